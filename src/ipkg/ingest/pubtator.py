"""PubTator text: ``PMID|t|title`` and ``PMID|a|abstract`` lines, then tab-separated annotation lines.

Documents are separated by a blank line (a ``|t|`` line with a new id also starts one). Annotation and relation
lines are skipped: ingest reads the text; the annotations are for evaluation. Format:
https://www.ncbi.nlm.nih.gov/research/pubtator/ (BioCreative V CDR corpus files use it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..models import Document
from ._record import make_document
from ._source import Source

__all__ = ["looks_like_pubtator", "read_pubtator"]

_TEXT_LINE = re.compile(r"^([^\s|]+)\|([tab])\|(.*)$")


def looks_like_pubtator(lines: list[str]) -> bool:
    """True when the first non-blank line is a PubTator ``id|t|`` or ``id|a|`` line."""
    first = next((line for line in lines if line.strip()), "")
    return bool(_TEXT_LINE.match(first))


def read_pubtator(source: Source, **_: Any) -> Iterator[Document | InputError]:
    """Every document of a PubTator file, in order."""
    record = 0
    current: dict[str, Any] = {}
    for number, line in source.iter_lines():
        match = _TEXT_LINE.match(line)
        if match:
            doc_id, kind, text = match.groups()
            if current and (doc_id != current["id"] or kind == "t" and "title" in current):
                record += 1
                yield _document(source, record, current)
                current = {}
            if not current:
                current = {"id": doc_id, "line": number}
            key = "title" if kind == "t" else "abstract"
            current[key] = f"{current[key]} {text}" if key in current else text
        elif not line.strip() and current:
            record += 1
            yield _document(source, record, current)
            current = {}
    if current:
        record += 1
        yield _document(source, record, current)


def _document(source: Source, record: int, current: dict[str, Any]) -> Document | InputError:
    doc_id = current["id"]
    fields = {"title": current.get("title"), "abstract": current.get("abstract")}
    if doc_id.isdigit():
        fields["pmid"] = doc_id
    elif doc_id.upper().startswith("PMC"):
        fields["pmcid"] = doc_id
    if fields["abstract"] and fields["abstract"].strip() in ("-", "None", "null"):
        fields["abstract"] = ""
    return make_document(source, record, fields, line=current["line"])
