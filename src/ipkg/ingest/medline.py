"""MEDLINE/PubMed text (``.nbib``, "PubMed format" export) and RIS, the two tagged-line formats.

MEDLINE lines are ``TAG - value`` with the tag left-justified in four columns (``PMID- ``, ``TI  - ``); a value
continues on lines indented by six spaces; records are separated by a blank line (a new ``PMID-`` also starts
one). Reference: https://www.nlm.nih.gov/bsd/mms/medlineelements.html. RIS (``TY  - JOUR`` ... ``ER  - ``) has the
same line shape, so the same loop reads it with its own tag table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..models import Document
from . import _text
from ._record import make_document
from ._source import Source

__all__ = ["looks_like_medline", "read_medline"]

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) {0,3}- ?(.*)$")
#: MEDLINE tags that give a Document field directly
_MEDLINE = {
    "TI": "title",
    "AB": "abstract",
    "PMID": "pmid",
    "VI": "volume",
    "IP": "issue",
    "PG": "pages",
    "PMC": "pmcid",
    "DP": "date",
    "DEP": "epub_date",
    "TA": "journal",
    "JT": "journal_full",
}
_MEDLINE_LISTS = {"OT": "keywords", "MH": "mesh_terms", "PT": "publication_types"}
#: RIS tags (https://en.wikipedia.org/wiki/RIS_(file_format)) with the same meaning
_RIS = {
    "TI": "title",
    "T1": "title",
    "AB": "abstract",
    "N2": "abstract",
    "VL": "volume",
    "IS": "issue",
    "SP": "start_page",
    "EP": "end_page",
    "DO": "doi",
    "PY": "date",
    "Y1": "date",
    "DA": "date",
    "J2": "journal",
    "JA": "journal",
    "JO": "journal",
    "T2": "journal_full",
    "JF": "journal_full",
}
_RIS_LISTS = {"KW": "keywords"}


def looks_like_medline(lines: list[str]) -> bool:
    """True when the first non-blank lines are MEDLINE or RIS tag lines (at least two, or one PMID line)."""
    tagged = [line for line in lines if line.strip()][:6]
    if not tagged or not _TAG_LINE.match(tagged[0]):
        return False
    tags = [m.group(1) for m in map(_TAG_LINE.match, tagged) if m]
    known = {"PMID", "TI", "AB", "AU", "FAU", "TA", "DP", "TY", "T1", "OWN", "STAT", "DA", "PY", "SO", "LID"}
    return tags[0] in ("PMID", "TY") or len([t for t in tags if t in known]) >= 2


def read_medline(source: Source, **_: Any) -> Iterator[Document | InputError]:
    """Every record of a MEDLINE or RIS file, in order.

    :raises InputError: when the stream is corrupt before the first record.
    """
    record = 0
    fields: list[tuple[str, str]] = []
    start = 0
    for number, line in source.iter_lines():
        match = _TAG_LINE.match(line)
        if match:
            tag, value = match.group(1), match.group(2).strip()
            if tag in ("PMID", "TY") and any(t == tag for t, _ in fields):
                record += 1
                yield _document(source, record, fields, start)
                fields = []
            if not fields:
                start = number
            fields.append((tag, value))
            if tag == "ER":
                record += 1
                yield _document(source, record, fields, start)
                fields = []
        elif not line.strip():
            if fields:
                record += 1
                yield _document(source, record, fields, start)
                fields = []
        elif fields:  # a continuation line (six spaces), or a wrapped line without the indent
            fields.append(("", line.strip()))
    if fields:
        record += 1
        yield _document(source, record, fields, start)


def _joined(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Tag lines with their continuation lines (tag ``""``) appended, in one join per field."""
    out: list[tuple[str, list[str]]] = []
    for tag, value in fields:
        if tag or not out:
            out.append((tag, [value] if value else []))
        else:
            out[-1][1].append(value)
    return [(tag, " ".join(parts)) for tag, parts in out]


def _document(source: Source, record: int, fields: list[tuple[str, str]], line: int) -> Document | InputError:
    fields = _joined(fields)
    ris = fields[0][0] == "TY"
    simple, lists = (_RIS, _RIS_LISTS) if ris else (_MEDLINE, _MEDLINE_LISTS)
    out: dict[str, Any] = {"keywords": [], "mesh_terms": [], "publication_types": [], "translations": []}
    authors: list[list[Any]] = []  # [name, affiliations, orcid, has_short_form]
    pending_affiliations: list[str] = []
    for tag, value in fields:
        if tag in simple:
            key = simple[tag]
            if key == "abstract" and out.get("abstract"):
                out["abstract"] += "\n" + value
            else:
                out.setdefault(key, value)
        elif tag in lists:
            out[lists[tag]].append(value.split("/")[0].lstrip("*") if tag == "MH" else value)
        elif tag in ("FAU", "A1") or tag == "AU" and (ris or not authors or authors[-1][3]):
            authors.append([value, [], None, tag == "AU"])
            if len(authors) == 1 and pending_affiliations:
                authors[0][1].extend(pending_affiliations)
        elif tag == "AU":
            authors[-1][3] = True
        elif tag == "AD":
            (authors[-1][1] if authors else pending_affiliations).append(value)
        elif tag == "AUID" and authors and "orcid" in value.lower():
            authors[-1][2] = value
        elif tag in ("LID", "AID") and value.endswith("[doi]"):
            out.setdefault("doi", value[:-5])
        elif tag == "OAB":
            out["translations"].append(["und", value])
        elif tag == "OABL" and out["translations"]:
            out["translations"][-1][0] = value
        elif tag == "SO":
            out.setdefault("source_line", value)
    if "doi" not in out and out.get("source_line"):
        out["doi"] = _text.find_doi(out["source_line"])
    year, month, day = _text.parse_date(out.pop("date", None))
    out.update(year=year, month=month, day=day, authors=[tuple(a[:3]) for a in authors])
    out["affiliations"] = pending_affiliations
    out["journal"] = out.get("journal") or out.get("journal_full")
    if ris and out.get("start_page"):
        out["pages"] = out["start_page"] + (f"-{out['end_page']}" if out.get("end_page") else "")
    out["translations"] = [(lang, text) for lang, text in out["translations"] if _text.language_code(lang) != "en"]
    return make_document(source, record, out, line=line)
