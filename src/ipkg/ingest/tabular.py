"""Tables of records: CSV, TSV, JSON Lines, and JSON documents (a list of records, or records keyed by id).

Columns (or JSON keys) are found by name, case-insensitively and ignoring spaces and punctuation, among the common
names (``title``/``TI``/``article_title``, ``abstract``/``AB``, ``pmid``/``pubmed_id``, ``doi`` ...); a
:class:`ColumnMap` names them explicitly. CSV fields may be large (a 5 MB abstract is read); JSON documents are
loaded whole, so they are capped at :data:`JSON_MAX_BYTES` (use JSON Lines for big collections).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from typing import Any

from ..errors import InputError
from ..models import Document
from ._record import make_document, split_author_list
from ._source import Source

__all__ = ["JSON_MAX_BYTES", "ColumnMap", "header_delimiter", "read_csv", "read_json", "read_jsonl", "read_tsv"]

#: the largest JSON document (decompressed) read whole
JSON_MAX_BYTES = 256 * 1024 * 1024
#: csv's per-field limit is raised to this, process-wide (the default 128 KiB is too small for long abstracts)
FIELD_LIMIT = 64 * 1024 * 1024
#: field -> accepted column names, compared after lower-casing and dropping everything but letters and digits
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "ti", "articletitle", "documenttitle", "primarytitle", "papertitle", "t1"),
    "abstract": ("abstract", "ab", "abstracttext", "abstractnote", "n2", "summary"),
    "pmid": ("pmid", "pubmedid", "pubmed", "pmids", "pubmedidentifier"),
    "doi": ("doi", "di", "do", "articledoi"),
    "pmcid": ("pmcid", "pmc"),
    "authors": ("authors", "author", "au", "authornames", "authorfullnames", "creators", "fau"),
    "keywords": ("keywords", "keyword", "kw", "authorkeywords", "de", "ot"),
    "year": ("year", "publicationyear", "py", "pubyear", "date", "publicationdate", "pubdate", "dp"),
    "journal": ("journal", "journaltitle", "sourcetitle", "so", "ta", "jt", "publicationtitle", "venue", "source"),
}
_MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "-"})


@dataclass(frozen=True)
class ColumnMap:
    """Which column (or JSON key) holds each field, when the names are not the usual ones.

    >>> ColumnMap(title="Article Name", abstract="Summary Text").title
    'Article Name'
    """

    title: str | None = None
    abstract: str | None = None
    pmid: str | None = None
    doi: str | None = None
    pmcid: str | None = None
    authors: str | None = None
    keywords: str | None = None
    year: str | None = None
    journal: str | None = None


@lru_cache(maxsize=4096)
def _canonical(name: str) -> str:
    """A column name reduced to lower-case letters and digits (memoised: every JSON record repeats its keys)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _resolve(names: list[str], columns: ColumnMap | None, source: Source, *, strict: bool) -> dict[str, int]:
    """field -> index in ``names``; explicit :class:`ColumnMap` names first, then the aliases."""
    canonical = [_canonical(name) for name in names]
    mapping: dict[str, int] = {}
    for spec in dataclass_fields(ColumnMap):
        wanted = getattr(columns, spec.name) if columns else None
        if wanted:
            if _canonical(wanted) not in canonical:
                if strict:
                    raise source.error(f"no column {wanted!r} (columns: {', '.join(names)[:300]})")
                continue
            mapping[spec.name] = canonical.index(_canonical(wanted))
            continue
        for alias in ALIASES[spec.name]:
            if alias in canonical:
                mapping[spec.name] = canonical.index(alias)
                break
    return mapping


def header_delimiter(line: str) -> str | None:
    """The delimiter of a header line that names a title, abstract or PMID column, else ``None``."""
    known = {alias for field in ("title", "abstract", "pmid", "doi") for alias in ALIASES[field]}
    for delimiter in ("\t", ",", ";", "|"):
        if delimiter in line:
            cells = next(csv.reader([line], delimiter=delimiter), [])
            if len(cells) > 1 and any(_canonical(cell) in known for cell in cells):
                return delimiter
    return None


def read_csv(
    source: Source, *, columns: ColumnMap | None = None, delimiter: str | None = None
) -> Iterator[Document | InputError]:
    """Every row of a CSV (or, with ``delimiter``, any delimited) file with a header row.

    :raises InputError: when the header has no abstract or no title column.
    """
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    numbered = source.iter_lines()
    offset, header_line = next(((n, line) for n, line in numbered if line.strip()), (0, ""))
    if delimiter is None:
        delimiter = header_delimiter(header_line) or max(",;\t", key=header_line.count)
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    mapping = _resolve(header, columns, source, strict=True)
    _require(mapping, header, source)
    reader = csv.reader((line + "\n" for _, line in numbered), delimiter=delimiter)
    record = 0
    while True:
        first_line = reader.line_num + offset + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            record += 1
            yield source.error(f"malformed row ({err})", record=record, line=first_line)
            continue
        if not any(cell.strip() for cell in row):
            continue
        record += 1
        values = {field: row[index] for field, index in mapping.items() if index < len(row)}
        yield _document(source, record, values, first_line)


def read_tsv(source: Source, *, columns: ColumnMap | None = None) -> Iterator[Document | InputError]:
    """Every row of a tab-separated file with a header row."""
    return read_csv(source, columns=columns, delimiter="\t")


def _require(mapping: Mapping[str, int], names: list[str], source: Source) -> None:
    for field in ("abstract", "title"):
        if field not in mapping:
            raise source.error(
                f"no {field} column among: {', '.join(names)[:300]} (name it with ColumnMap({field}=...))"
            )


def read_jsonl(source: Source, *, columns: ColumnMap | None = None) -> Iterator[Document | InputError]:
    """Every record of a JSON Lines file; a malformed line is an error for that line only."""
    record = 0
    for number, line in source.iter_lines():
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as err:
            record += 1
            yield source.error(f"malformed JSON line ({getattr(err, 'msg', err)})", record=record, line=number)
            continue
        except RecursionError:
            record += 1
            yield source.error("JSON line nested too deeply to read", record=record, line=number)
            continue
        for item in _records(value) if isinstance(value, dict) else [value]:
            record += 1
            try:
                yield _from_json(source, record, item, columns, number)
            except RecursionError:
                yield source.error("JSON record nested too deeply to read", record=record, line=number)


def read_json(source: Source, *, columns: ColumnMap | None = None) -> Iterator[Document | InputError]:
    """Every record of a JSON document: a list of records, one record, or records keyed by id.

    :raises InputError: when the document is malformed or larger than :data:`JSON_MAX_BYTES`.
    """
    parts = source.read_lines(
        JSON_MAX_BYTES, f"JSON document larger than {JSON_MAX_BYTES >> 20} MB: convert it to JSON Lines")
    try:
        value = json.loads("\n".join(parts))
    except ValueError as err:
        where = f" at line {err.lineno}" if isinstance(err, json.JSONDecodeError) else ""
        raise source.error(f"malformed JSON{where} ({getattr(err, 'msg', err)})") from err
    del parts
    for record, item in enumerate(_records(value), start=1):
        yield _from_json(source, record, item, columns, None)


def _records(value: Any) -> Iterator[Any]:
    """The records in a JSON value: list items, the value itself, or the values of an id-keyed object."""
    if isinstance(value, list):
        yield from value
    elif (
        isinstance(value, dict)
        and value
        and not _looks_like_record(value)
        and all(isinstance(item, dict) for item in value.values())
    ):
        for key, item in value.items():
            yield {"_id": key, **item}
    else:
        yield value


def _looks_like_record(value: Mapping[str, Any]) -> bool:
    keys = {_canonical(str(key)) for key in value}
    return bool(keys & set(ALIASES["title"] + ALIASES["abstract"] + ("metadata",)))


def _from_json(
    source: Source, record: int, item: Any, columns: ColumnMap | None, line: int | None
) -> Document | InputError:
    if not isinstance(item, dict):
        return source.error(f"record is a JSON {type(item).__name__}, not an object", record=record, line=line)
    flat: dict[str, Any] = {}
    for key, value in item.items():  # nested {"metadata": {...}} (GutBrainIE) is merged into the record
        if isinstance(value, dict) and _canonical(str(key)) in ("metadata", "fields", "data"):
            flat.update({k: v for k, v in value.items() if k not in flat})
        else:
            flat.setdefault(str(key), value)
    names = list(flat)
    mapping = _resolve(names, columns, source, strict=False)
    values = {field: flat[names[index]] for field, index in mapping.items()}
    if "pmid" not in values and re.fullmatch(r"\d{1,9}", str(flat.get("_id", ""))):
        values["pmid"] = flat["_id"]
    return _document(source, record, values, line)


def _text_of(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "; ".join(filter(None, (_text_of(item) for item in value)))
    if isinstance(value, dict):
        for key in ("name", "full_name", "fullname", "text", "value", "title"):
            if key in value:
                return _text_of(value[key])
        parts = [value.get(k) for k in ("given", "first", "forename", "family", "last", "lastname") if value.get(k)]
        return " ".join(map(_text_of, parts))
    return str(value)


def _document(source: Source, record: int, values: Mapping[str, Any], line: int | None) -> Document | InputError:
    fields: dict[str, Any] = {}
    for field, value in values.items():
        text = _text_of(value)
        if text.strip().lower() not in _MISSING:
            fields[field] = text
    if "authors" in fields:
        fields["authors"] = split_author_list(fields["authors"])
    if "keywords" in fields:
        fields["keywords"] = _split_list(fields["keywords"])
    if "year" in fields:
        match = re.search(r"\b(1[6-9]\d\d|2[01]\d\d)\b", fields["year"])
        fields["year"] = int(match.group(1)) if match else None
    return make_document(source, record, fields, line=line)


def _split_list(text: str) -> Iterable[str]:
    for separator in (";", "|", ","):
        if separator in text:
            return text.split(separator)
    return [text]
