"""Choosing a reader by content, and the registry of readers the CLI's ``--input-format`` offers.

The first :data:`~ipkg.ingest._source.HEAD_SIZE` bytes decide: XML (PubMed, PMC/JATS or BioC), JSON, MEDLINE/RIS tag
lines, PubTator ``id|t|`` lines, a delimited header naming a title/abstract column, else free text. The file extension only breaks
ties (a ``.csv`` whose header names no known column, a ``.json`` whose first line is longer than the head).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import PurePath

from ..errors import InputError
from ..models import Document
from ._source import HEAD_SIZE
from .freetext import read_freetext
from .medline import looks_like_medline, read_medline
from .pubmed_xml import looks_like_pubmed_xml, read_pubmed_xml
from .pubtator import looks_like_pubtator, read_pubtator
from .tabular import header_delimiter, read_csv, read_json, read_jsonl, read_tsv

__all__ = ["READERS", "Reader", "decode_head", "detect_format"]

#: a reader: ``reader(source, columns=...)`` -> documents and per-record errors
Reader = Callable[..., Iterator[Document | InputError]]

#: every reader by the name ``detect_format`` returns and ``--input-format`` accepts
READERS: dict[str, Reader] = {
    "pubmed-xml": read_pubmed_xml,
    "bioc-xml": read_pubmed_xml,  # the same streaming XML reader; the name says what the file holds
    "medline": read_medline,
    "pubtator": read_pubtator,
    "csv": read_csv,
    "tsv": read_tsv,
    "jsonl": read_jsonl,
    "json": read_json,
    "freetext": read_freetext,
}

#: how JSON goes on after its first ``[`` or ``{`` (a bracketed title goes on with a word)
_JSON_START = re.compile(r'[\[{]\s*(?:[\[{"\-\d\]}]|true\b|false\b|null\b|$)')

#: RDF serialisations by their usual extensions, and a Turtle / SPARQL-style prefix line at the start: a graph (an
#: earlier ``kg build`` output left in the input folder, an ontology), never abstracts
_RDF_EXTENSIONS = frozenset({".ttl", ".nt", ".nq", ".trig", ".n3", ".jsonld", ".rdf", ".owl", ".trix"})
_RDF_START = re.compile(r"(?:@prefix|@base|PREFIX|BASE)\s+(?:[\w.-]*:\s*)?<[^<>\s]*>", re.IGNORECASE)

_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".nbib": "medline",
    ".medline": "medline",
    ".ris": "medline",
    ".xml": "pubmed-xml",
}


def decode_head(head: bytes) -> str:
    """The head as text for sniffing (UTF-16 by its byte order mark, else UTF-8 with replacement)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace").removeprefix("\ufeff")


def _extension(name: str) -> str:
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _parse_json(text: str) -> object:
    """``json.loads``, with nesting too deep for Python's parser as a one-line ValueError (not a RecursionError)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to read (over ~1,000 levels of [ or {)") from None


def _json_kind(stripped: str, extension: str, complete: bool) -> str | None:
    """``json`` or ``jsonl`` for a head that starts with ``[`` or ``{`` and is JSON, ``None`` for text that only
    starts like it (a translated title "[Clozapine and pregnancy]." is a text file's title).

    :raises ValueError: for JSON nested too deeply to read.
    """
    if extension in (".jsonl", ".ndjson"):
        return "jsonl"
    first = stripped.split("\n", 1)[0].strip()
    try:
        return "jsonl" if isinstance(_parse_json(first), dict) and extension != ".json" else "json"
    except ValueError as err:
        if "nested" in str(err):
            raise
    if extension == ".json":
        return "json"
    if complete:  # the whole file is in the head: it is JSON exactly when it parses
        try:
            _parse_json(stripped)
        except ValueError as err:
            if "nested" in str(err):
                raise
            return None
        return "json"
    if not _JSON_START.match(stripped):
        return None
    cut = "\n" not in stripped  # a long first line cut by the head
    return "jsonl" if cut else "json"


def _markup_in_text(stripped: str, extension: str) -> bool:
    """Whether a head that starts with ``<`` is text whose first line opens with inline markup (a title such as
    "<i>Lactobacillus reuteri</i> in mice", as PubMed and GutBrainIE keep italics), not an XML document: no XML
    declaration or doctype, not named ``.xml``, and the first element closes within the first line with more text
    after it (a document's root element encloses everything)."""
    if extension == ".xml" or stripped.startswith(("<?", "<!")):
        return False
    first = stripped.split("\n", 1)[0]
    opening = re.match(r"<([A-Za-z][\w.:-]*)[^<>]*>", first)
    if not opening:
        return False
    closing = first.find(f"</{opening.group(1)}>")
    return closing != -1 and bool(first[closing + len(opening.group(1)) + 3:].strip())


def detect_format(head: bytes, name: str = "") -> str:
    """The name (a key of :data:`READERS`) of the reader for a file whose first bytes are ``head``.

    >>> detect_format(b"PMID- 123\\nTI  - A title.\\n"), detect_format(b"1|t|Title\\n1|a|Text\\n")
    ('medline', 'pubtator')

    :raises ValueError: when the content is XML or HTML that no reader takes, or RDF data, saying what it looks like.
    """
    text = decode_head(head)
    stripped = text.lstrip()
    extension = _extension(name)
    complete = len(head) < HEAD_SIZE
    lines = text.splitlines()
    if not complete and lines and not text.endswith(("\n", "\r")):
        lines = lines[:-1] or lines  # the last line may be cut by the head
    if extension in _RDF_EXTENSIONS or _RDF_START.match(stripped):
        raise ValueError("RDF data (a graph, such as an earlier kg build output, or an ontology), not abstracts")
    if stripped.startswith("<") and not _markup_in_text(stripped, extension):
        if looks_like_pubmed_xml(stripped):
            return "bioc-xml" if re.search(r"<collection[\s>]", stripped) else "pubmed-xml"
        lowered = stripped[:1000].lower()
        if "<html" in lowered or "<!doctype html" in lowered:
            raise ValueError("an HTML page: save it as text, or fetch the PubMed/PMC XML instead")
        root = re.search(r"<([A-Za-z_][\w.:-]*)[\s>/]", re.sub(r"<[?!][^>]*>", "", stripped))
        raise ValueError(f"XML whose root <{root.group(1) if root else '?'}> is not PubMed, PMC/JATS or BioC XML")
    if stripped.startswith(("{", "[")):
        kind = _json_kind(stripped, extension, complete)
        if kind:
            return kind
    if looks_like_medline(lines):
        return "medline"
    if looks_like_pubtator(lines):
        return "pubtator"
    header = next((line for line in lines if line.strip()), "")
    delimiter = header_delimiter(header)
    if delimiter:
        return "tsv" if delimiter == "\t" else "csv"
    if _EXTENSIONS.get(extension) in ("csv", "tsv"):
        return _EXTENSIONS[extension]
    return "freetext"
