"""PubMed XML (``PubmedArticleSet`` from E-utilities efetch or the baseline files), PMC/JATS XML and BioC XML.

Streams with :class:`xml.etree.ElementTree.XMLPullParser`: each ``PubmedArticle``, ``PubmedBookArticle``, JATS
``article`` or BioC ``document`` is read when its end tag arrives, then cleared, so memory stays flat for a 1 GB
(gzipped) file. When the XML breaks (a truncated download), the articles before the break are yielded, then one
:class:`InputError` with the line of the break. Elements: https://www.nlm.nih.gov/bsd/licensee/elements_descriptions.html
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree as ET
from xml.etree.ElementTree import Element

from ..errors import InputError
from ..models import Document
from . import _text
from ._record import make_document
from ._source import Source
from ._xml import children, date_parts, find_text, lang_of, local, text_of
from .bioc import bioc_fields
from .jats import jats_fields

__all__ = ["RECORD_TAGS", "looks_like_pubmed_xml", "read_pubmed_xml"]

#: elements that hold one record
RECORD_TAGS = frozenset({"PubmedArticle", "PubmedBookArticle", "article"})
_ROOTS = re.compile(
    r"<(PubmedArticleSet|PubmedArticle|PubmedBookArticle|pmc-articleset|article|MedlineCitationSet)[\s>/]"
)
_BIOC = re.compile(r"<collection[\s>][\s\S]*<(?:document|source)[\s>]|BioC\.dtd")
_DECLARED = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)")
_BATCH = 1 << 16


def looks_like_pubmed_xml(text: str) -> bool:
    """True when the head of an XML text opens a PubMed, PMC/JATS or BioC element."""
    return bool(_ROOTS.search(text) or _BIOC.search(text))


def read_pubmed_xml(source: Source, **_: Any) -> Iterator[Document | InputError]:
    """Every article of a PubMed or PMC XML file; a break in the XML ends the file with one error."""
    parser: ET.XMLPullParser[Element] = ET.XMLPullParser(events=("start", "end"))
    state = _State()
    try:
        for chunk in _chunks(source):
            parser.feed(chunk)
            yield from _records(source, parser, state)
        parser.close()
        yield from _records(source, parser, state)
    except InputError:
        raise
    except (LookupError, ValueError) as err:  # a declared encoding the parser cannot use
        yield source.error(
            f"XML cannot be decoded ({err}); {state.record} article(s) read before it", record=state.record + 1
        )
        return
    except ET.ParseError as err:
        line = err.position[0] if getattr(err, "position", None) else None
        reason = str(err).split(":")[0]
        what = "ends before its elements are closed (truncated?)" if "no element found" in reason else "is malformed"
        yield source.error(
            f"XML {what}: {reason}; {state.record} article(s) read before it", record=state.record + 1, line=line
        )
        return
    if state.record == 0:
        yield source.error("XML holds no PubmedArticle, article or BioC document element", record=1)


class _State:
    """Where the pull parser is: the root element, the element depth, the records read."""

    def __init__(self) -> None:
        self.root: Element | None = None
        self.depth = 0
        self.record = 0


def _records(source: Source, parser: ET.XMLPullParser[Element], state: _State) -> Iterator[Document | InputError]:
    """The records whose end tag the parser has seen since the last call; each is cleared once read."""
    for pair in parser.read_events():
        event, elem = pair if len(pair) == 2 else ("", None)
        if not isinstance(elem, Element):
            continue
        if event == "start":
            state.root = elem if state.root is None else state.root
            state.depth += 1
            continue
        state.depth -= 1
        elem.tag = local(elem.tag)
        root = local(state.root.tag) if state.root is not None else ""
        if (
            elem.tag in RECORD_TAGS
            or state.depth == 1
            and (elem.tag == "MedlineCitation" or elem.tag == "document" and root == "collection")
        ):
            state.record += 1
            yield _document(source, state.record, elem)
            elem.clear()
            if state.root is not None and state.root is not elem:
                state.root.clear()


def _chunks(source: Source) -> Iterator[bytes]:
    """The file's bytes for the parser: transcoded to UTF-8 line by line unless it declares another encoding."""
    declared = _DECLARED.match(source.head(200))
    if declared and declared.group(1).lower().replace(b"-", b"").replace(b"_", b"") != b"utf8":
        try:
            codecs.lookup(declared.group(1).decode("ascii"))
        except LookupError as err:
            raise source.error(f"XML declares an unknown encoding {declared.group(1).decode('ascii')!r}") from err
        with source.open() as stream:
            while chunk := stream.read(_BATCH):
                yield chunk
        return
    batch: list[bytes] = []
    size = 0
    for _, line in source.iter_lines():
        data = line.encode("utf-8", "surrogatepass") + b"\n"
        batch.append(data)
        size += len(data)
        if size >= _BATCH:
            yield b"".join(batch)
            batch, size = [], 0
    if batch:
        yield b"".join(batch)


def _document(source: Source, record: int, elem: Element) -> Document | InputError:
    if elem.tag == "document":
        fields = bioc_fields(elem)
    else:
        fields = jats_fields(elem) if elem.tag == "article" else _pubmed_fields(elem)
    if not fields:
        return source.error(f"<{elem.tag}> without the expected metadata", record=record)
    return make_document(source, record, fields)


def _abstract_paragraphs(abstract: Element | None) -> list[str]:
    out = []
    for part in children(abstract, "AbstractText"):
        text = text_of(part).strip()
        label = (part.get("Label") or "").strip()
        if text:
            out.append(f"{label}: {text}" if label and label.upper() != "UNLABELLED" else text)
    return out


def _pubmed_fields(elem: Element) -> dict[str, Any]:
    """Document fields from a ``PubmedArticle`` / ``PubmedBookArticle`` / ``MedlineCitation`` element."""
    citation = elem if elem.tag == "MedlineCitation" else elem.find("MedlineCitation")
    if citation is None:
        citation = elem.find("BookDocument")
    if citation is None:
        return {}
    article = citation.find("Article")
    if article is None:  # a book (chapter) record
        article = citation
    fields: dict[str, Any] = {"pmid": find_text(citation, "PMID")}
    fields["title"] = find_text(article, "ArticleTitle") or find_text(article, "Book/BookTitle")
    fields["abstract"] = _abstract_paragraphs(article.find("Abstract"))
    fields["translations"] = [
        (_text.language_code(lang_of(other)), "\n".join(_abstract_paragraphs(other)))
        for other in children(citation, "OtherAbstract")
        if _text.language_code(lang_of(other)) not in ("en", "und", "")
    ]
    fields["authors"] = [
        _author(author) for author in article.iterfind("AuthorList/Author") if author.get("ValidYN", "Y") != "N"
    ]
    journal = article.find("Journal")
    fields["journal"] = (
        find_text(journal, "ISOAbbreviation")
        or find_text(citation, "MedlineJournalInfo/MedlineTA")
        or find_text(journal, "Title")
    )
    issue = journal.find("JournalIssue") if journal is not None else None
    fields["volume"] = find_text(issue, "Volume")
    fields["issue"] = find_text(issue, "Issue")
    pub_date = issue.find("PubDate") if issue is not None else None
    if pub_date is not None:
        year, month, day = date_parts(pub_date)
        if year:
            fields.update(year=year, month=_text.parse_month(month), day=day)
        else:
            fields["year"], fields["month"], fields["day"] = _text.parse_date(find_text(pub_date, "MedlineDate"))
    first, last = find_text(article, "Pagination/StartPage"), find_text(article, "Pagination/EndPage")
    fields["pages"] = find_text(article, "Pagination/MedlinePgn") or (f"{first}-{last}" if first and last else first)
    ids = {(i.get("IdType") or "").lower(): (i.text or "") for i in elem.iterfind("PubmedData/ArticleIdList/ArticleId")}
    dois = [e.text or "" for e in children(article, "ELocationID") if e.get("EIdType") == "doi"]
    fields["doi"] = next(iter(dois), "") or ids.get("doi")
    fields["pmcid"] = ids.get("pmc")
    for date in children(article, "ArticleDate"):
        year, month, day = date_parts(date)
        fields["epub_date"] = f"{year}-{month}-{day}"
        break
    fields["keywords"] = [text_of(k) for k in citation.iterfind("KeywordList/Keyword")]
    fields["mesh_terms"] = [text_of(d) for d in citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName")]
    fields["publication_types"] = [text_of(p) for p in article.iterfind("PublicationTypeList/PublicationType")]
    return fields


def _author(author: Element) -> tuple[str, list[str], str | None]:
    last = find_text(author, "LastName")
    first = find_text(author, "ForeName") or find_text(author, "Initials")
    name = f"{last}, {first}" if last and first else last or find_text(author, "CollectiveName")
    affiliations = [text_of(a) for a in author.iterfind("AffiliationInfo/Affiliation")]
    orcid = next((i.text for i in children(author, "Identifier") if (i.get("Source") or "").upper() == "ORCID"), None)
    return name, affiliations, orcid
