"""``build(inputs, options) -> BuildResult``: the stages composed; the CLI calls only this.

ingest (files -> Document) -> extract (sentences, mentions, design, findings) -> rdf (N-Triples lines per abstract)
-> validate (pySHACL per batch) -> serialise (atomic write). Per-input problems are returned, never printed: a bad
record is skipped and reported unless ``strict`` is set.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .extract import extract_document
from .models import Document, Extraction
from .rdf.graph import extraction_to_ntriples
from .rdf.iris import graph_iri, study_key
from .rdf.serialize import FORMATS, atomic_output, serialize_lines
from .validate import ValidationReport, validate_lines
from .vocab import DEFAULT_BASE

__all__ = ["BuildOptions", "BuildResult", "build", "iter_documents", "extract_all"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildOptions:
    """How to build: where to write, in which format, and how strict to be."""

    output: Path | None = None
    fmt: str = "turtle"
    base_iri: str = DEFAULT_BASE
    validate: bool = True
    keep_invalid: bool = False
    strict: bool = False
    input_format: str | None = None
    batch_size: int = 200


@dataclass
class BuildResult:
    """What a build did: the graphs (one per abstract), problems met, the SHACL report and figures."""

    graphs: list[tuple[str, list[str]]] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    report: ValidationReport | None = None
    output: Path | None = None
    written: bool = False
    triples: int = 0
    records_read: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def studies(self) -> int:
        return len(self.graphs)


def iter_documents(
    inputs: Sequence[str], *, input_format: str | None = None, stdin: Callable[[], bytes] | None = None
) -> Iterator[Document | InputError]:
    """Every record of every input (files, folders, globs, ``-``), or an :class:`InputError` per bad one."""
    from .ingest import iter_input_paths, read_documents

    for path in iter_input_paths(inputs):
        try:
            if path == "-":
                data = stdin() if stdin else b""
                yield from read_documents(Path("<stdin>"), data=data, input_format=input_format)
            else:
                yield from read_documents(Path(path), input_format=input_format)
        except InputError as err:
            yield err


def _preferred(a: Document, b: Document) -> Document:
    """Of two records of one study, the one to keep, whatever the order they were read in."""
    key_a = (-len(a.abstract), a.source_file, a.record)
    key_b = (-len(b.abstract), b.source_file, b.record)
    return a if key_a <= key_b else b


def extract_all(documents: Iterable[Document]) -> list[Extraction]:
    """Run the extractors over documents (sorted by study key for determinism)."""
    return [extract_document(doc) for doc in documents]


def build(inputs: Sequence[str], options: BuildOptions = BuildOptions(), *, stdin: Callable[[], bytes] | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs``; write it to ``options.output`` when given.

    :raises InputError: on the first bad input when ``options.strict`` is set.
    """
    result = BuildResult(output=options.output)
    clock = time.perf_counter()
    by_key: dict[str, Document] = {}
    for item in iter_documents(inputs, input_format=options.input_format, stdin=stdin):
        if isinstance(item, InputError):
            if options.strict:
                raise item
            logger.warning("%s", item)
            result.errors.append(item)
            continue
        result.records_read += 1
        key = study_key(item)
        if key in by_key:
            kept = _preferred(by_key[key], item)
            dropped = item if kept is by_key[key] else by_key[key]
            result.duplicates.append(f"{dropped.source_file} (record {dropped.record}): same study as {kept.source_file} ({key}); kept once")
            by_key[key] = kept
        else:
            by_key[key] = item
    result.seconds["ingest"] = time.perf_counter() - clock

    clock = time.perf_counter()
    documents = [by_key[key] for key in sorted(by_key)]
    result.extractions = extract_all(documents)
    result.seconds["extract"] = time.perf_counter() - clock

    clock = time.perf_counter()
    for extraction in result.extractions:
        doc = extraction.document
        result.graphs.append((graph_iri(options.base_iri, doc), extraction_to_ntriples(extraction, options.base_iri)))
    result.seconds["rdf"] = time.perf_counter() - clock

    if options.validate:
        clock = time.perf_counter()
        labelled = [
            (f"{ex.document.source_file}" + (f" (record {ex.document.record})" if ex.document.record > 1 else ""), lines)
            for ex, (_, lines) in zip(result.extractions, result.graphs)
        ]
        result.report = validate_lines(labelled, batch_size=options.batch_size)
        result.seconds["validate"] = time.perf_counter() - clock

    if options.output is not None:
        clock = time.perf_counter()
        if result.report is None or result.report.conforms or options.keep_invalid:
            with atomic_output(options.output) as handle:
                result.triples = serialize_lines(result.graphs, options.fmt, handle)
            result.written = True
        result.seconds["serialise"] = time.perf_counter() - clock
    return result


def serialise_result(result: BuildResult, fmt: str) -> bytes:
    """The graph of a build as bytes in ``fmt`` (for stdout)."""
    import io

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    buffer = io.BytesIO()
    result.triples = serialize_lines(result.graphs, fmt, buffer)
    return buffer.getvalue()
