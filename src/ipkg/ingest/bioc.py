"""The fields of one BioC ``<document>`` (PubTator/PubTator3 exports, BioCreative corpora).

A BioC document is an ``<id>`` and ``<passage>`` elements, each typed by ``<infon key="type">`` (``title``,
``abstract``, PMC's ``front``/``abstract_title_1``/``paragraph``...); the annotations are skipped. Only the title
and abstract passages are read: ingest is about abstracts. Format: https://bioc.sourceforge.net/
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from ._xml import children, find_text, text_of

__all__ = ["bioc_fields"]

#: passage types that hold the title / the abstract (or a heading inside it)
_TITLES = frozenset({"title", "front", "title_1"})
_ABSTRACTS = frozenset({"abstract"})
_HEADINGS = frozenset({"abstract_title_1", "abstract_title"})


def bioc_fields(document: Element) -> dict[str, Any]:
    """Document fields from a BioC ``<document>`` element."""
    fields: dict[str, Any] = {"title": "", "abstract": []}
    doc_id = find_text(document, "id").strip()
    if doc_id.isdigit():
        fields["pmid"] = doc_id
    elif doc_id.upper().startswith("PMC"):
        fields["pmcid"] = doc_id
    label = ""
    for passage in children(document, "passage"):
        infons = {(i.get("key") or ""): text_of(i).strip() for i in children(passage, "infon")}
        kind = (infons.get("type") or infons.get("section_type") or "").lower()
        text = find_text(passage, "text").strip()
        if kind in _TITLES and not fields["title"]:
            fields["title"] = text
        elif kind in _HEADINGS:
            label = text.rstrip(":")
        elif kind in _ABSTRACTS and text:
            fields["abstract"].append(f"{label}: {text}" if label else text)
            label = ""
        for key in ("doi", "pmid", "pmcid", "journal", "year"):
            if infons.get(key) and not fields.get(key):
                fields[key] = infons[key]
    return fields
