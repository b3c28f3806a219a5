"""The fields of one JATS ``<article>`` (PMC efetch ``pmc-articleset``, PMC OA files, publisher XML).

Reads ``front/article-meta`` and ``front/journal-meta``: ids, title, abstract (sections from ``<sec><title>``),
``trans-abstract`` translations, authors with affiliations (``xref ref-type="aff"`` resolved) and ORCID, journal,
dates, volume/issue/pages and keywords. The body is not read.
Tag library: https://jats.nlm.nih.gov/archiving/tag-library/
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from . import _text
from ._xml import children, date_parts, find_text, lang_of, local, text_of

__all__ = ["jats_fields"]

#: ``<abstract abstract-type=...>`` values that are not the article's abstract proper
_SIDE_ABSTRACTS = frozenset({"graphical", "teaser", "precis", "toc", "web-summary", "author-highlights", "editor"})


def jats_fields(article: Element) -> dict[str, Any]:
    """Document fields from a JATS ``<article>`` element (namespaces already stripped from tags)."""
    front = article.find("front")
    meta = front.find("article-meta") if front is not None else None
    if meta is None:
        return {}
    journal_meta = front.find("journal-meta") if front is not None else None
    fields: dict[str, Any] = {"title": find_text(meta, "title-group/article-title")}
    for article_id in children(meta, "article-id"):
        kind = (article_id.get("pub-id-type") or "").lower()
        key = {"pmid": "pmid", "pmc": "pmcid", "pmcid": "pmcid", "doi": "doi"}.get(kind)
        if key and article_id.text:
            fields.setdefault(key, article_id.text.strip())
    abstracts = [a for a in children(meta, "abstract") if (a.get("abstract-type") or "") not in _SIDE_ABSTRACTS]
    if abstracts:
        fields["abstract"] = _abstract(abstracts[0])
    fields["translations"] = [(lang_of(t), "\n".join(_abstract(t))) for t in children(meta, "trans-abstract")]
    fields["authors"] = _authors(meta, front)
    journal = ""
    for kind in ("iso-abbrev", "nlm-ta"):
        journal = journal or next(
            (j.text or "" for j in children(journal_meta, "journal-id") if j.get("journal-id-type") == kind), ""
        )
    fields["journal"] = journal or find_text(journal_meta, "journal-title-group/journal-title")
    dates = {(d.get("pub-type") or d.get("date-type") or "pub"): d for d in children(meta, "pub-date")}
    for kind in ("ppub", "pub", "collection", "epub", "epub-ppub"):
        if kind in dates:
            year, month, day = date_parts(dates[kind])
            fields.update(year=year, month=_text.parse_month(month), day=day)
            break
    if "epub" in dates:
        year, month, day = date_parts(dates["epub"])
        fields["epub_date"] = f"{year}-{month}-{day}" if year and month and day else None
    fields["volume"] = find_text(meta, "volume")
    fields["issue"] = find_text(meta, "issue")
    first, last = find_text(meta, "fpage"), find_text(meta, "lpage")
    fields["pages"] = f"{first}-{last}" if first and last else first or find_text(meta, "elocation-id")
    fields["keywords"] = [text_of(k) for group in children(meta, "kwd-group") for k in children(group, "kwd")]
    return fields


def _abstract(abstract: Element) -> list[str]:
    """Paragraphs of an abstract; each ``<sec>`` becomes ``Title: text``."""
    paragraphs: list[str] = []
    for child in abstract:
        name = local(child.tag)
        if name == "sec":
            label = find_text(child, "title").strip().rstrip(":")
            text = " ".join(text_of(p) for p in child if local(p.tag) in ("p", "list", "sec"))
            paragraphs.append(f"{label}: {text}" if label else text)
        elif name in ("p", "list"):
            paragraphs.append(text_of(child))
    if not paragraphs:
        paragraphs.append(text_of(abstract, skip=("title", "label")))
    return paragraphs


def _authors(meta: Element, front: Element | None) -> list[tuple[str, list[str], str | None]]:
    affiliations = {
        aff.get("id"): text_of(aff, skip=("label", "sup"))
        for scope in (meta, front)
        if scope is not None
        for aff in scope.iter("aff")
        if aff.get("id")
    }
    authors = []
    for group in children(meta, "contrib-group"):
        for contrib in children(group, "contrib"):
            if (contrib.get("contrib-type") or "author") != "author":
                continue
            surname, given = find_text(contrib, "name/surname"), find_text(contrib, "name/given-names")
            name = f"{surname}, {given}" if surname and given else surname or given
            name = name or find_text(contrib, "collab") or find_text(contrib, "string-name")
            own = [text_of(aff, skip=("label", "sup")) for aff in children(contrib, "aff")]
            xrefs = [x for x in children(contrib, "xref") if x.get("ref-type") == "aff"]
            linked = [affiliations.get(rid, "") for x in xrefs for rid in (x.get("rid") or "").split()]
            orcid = next(
                (c.text for c in children(contrib, "contrib-id") if (c.get("contrib-id-type") or "") == "orcid"), None
            )
            authors.append((name, [a for a in own + linked if a], orcid))
    return authors
