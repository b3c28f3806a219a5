"""``build(inputs, options) -> BuildResult``: the stages composed; the CLI calls only this.

The build streams; it never holds the corpus in Python objects (docs/scale.md):

1. *extract* -- the main process reads records (ingest), looks each one up in the ``--cache``, and sends the
   others in batches to worker processes (``--jobs``), which run the extractors and return N-Triples lines;
   every record goes into an external sort (:class:`~ipkg.spill.RecordSorter`) keyed by study key and
   :func:`_preference`, spilling sorted runs to a temporary folder.
2. *merge, validate, write* (:mod:`ipkg.build_output`) -- the runs are merged (``heapq.merge``); the first record
   of each study key is the canonical one, the others are reported as duplicates. The kept abstracts go, in
   study-key order, to SHACL in batches of ``batch_size`` (on the workers) and to the writers: a canonical N-Quads
   file (dataset formats, the on-disk store) or a second external sort of lines (triple formats, globally sorted
   and de-duplicated).
3. *publish* -- when the graph conforms (or ``keep_invalid``), the output is written atomically and the store
   bulk-loaded; otherwise nothing is touched.

Batches and order depend only on the study keys, so the bytes are the same whatever the input order or ``jobs``.
Per-input problems are returned, never printed: a bad record is skipped and reported unless ``strict`` is set.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .build_output import BuildOutput
from .errors import InputError, MissingInputError
from .ingest.stream import file_size, iter_documents, iter_sized
from .extract import extract_document
from .models import Document
from .parallel import Runner, ordered_map, resolve_jobs, terminate_as_exit
from .progress import ProgressCallback
from .rdf.graph import extraction_to_ntriples
from .rdf.iris import study_key
from .rdf.serialize import FORMATS
from .report import BuildReportMixin
from .spill import RecordSorter, remove_stale, scratch_prefix
from .validate import ValidationReport
from .vocab import DEFAULT_BASE

__all__ = ["BuildOptions", "BuildResult", "build", "extract_records", "iter_documents"]

logger = logging.getLogger(__name__)

#: records per batch sent to a worker for extraction
EXTRACT_BATCH = 50
#: duplicate records held back (not extracted: a better record of their study was) at most; beyond, they are
#: extracted like the others (memory stays bounded however repetitive the corpus)
MAX_DEFERRED = 10_000


@dataclass(frozen=True)
class BuildOptions:
    """How to build: where to write, in which format, how strict, how parallel, what to reuse."""

    output: Path | None = None
    fmt: str = "turtle"
    base_iri: str = DEFAULT_BASE
    validate: bool = True
    keep_invalid: bool = False
    strict: bool = False
    input_format: str | None = None
    batch_size: int = 200  #: abstracts per SHACL call
    jobs: int = 1  #: worker processes; 0 = one per core
    cache: Path | None = None  #: per-abstract cache folder (``--cache``)
    store: Path | None = None  #: on-disk Oxigraph store to (re)create (``--store``)
    report: Path | None = None  #: machine-readable summary, JSON (``--report``)
    shacl_engine: str = "auto"  #: ``auto``, ``pyshacl`` (reference) or ``turbo``
    keep_graphs: bool | None = None  #: keep every graph in ``BuildResult.graphs``; default: when nothing is written
    temp_dir: Path | None = None  #: where the external sort spills (default: the system temp folder)


@dataclass
class BuildResult(BuildReportMixin):
    """What a build did: problems met, the SHACL report, counts and seconds per stage.

    ``graphs`` (``(graph IRI, N-Triples lines)`` per study, in study-key order) is filled only with
    ``keep_graphs``: a streaming build keeps nothing per abstract in memory.
    """

    graphs: list[tuple[str, list[str]]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    #: inputs named on the command line that do not exist (a usage error: ``kg build`` exits 2 after building)
    missing: list[InputError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    report: ValidationReport | None = None
    output: Path | None = None
    store: Path | None = None
    written: bool = False
    triples: int = 0
    records_read: int = 0
    built: int = 0
    extracted: int = 0  #: records run through the extractors (the others came from the cache)
    cached: int = 0
    jobs: int = 1
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def studies(self) -> int:
        return self.built

    def add_seconds(self, stage: str, value: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + value


def _preference(doc: Document) -> tuple[int, str, int]:
    """Sort key among records of one study: the first is kept, whatever the order they were read in."""
    return (-len(doc.abstract), doc.source_file, doc.record)


def _label(doc: Document) -> str:
    return doc.source_file + (f" (record {doc.record})" if doc.record > 1 else "")


def extract_records(task: tuple[str, list[Document]]) -> tuple[list[list[str] | str], float, float]:
    """Worker task: each document's sorted N-Triples lines (or an error message); seconds extracting, making RDF."""
    base, docs = task
    out: list[list[str] | str] = []
    extract_s = rdf_s = 0.0
    for doc in docs:
        clock = time.perf_counter()
        try:
            extraction = extract_document(doc)
        except Exception as err:
            logger.warning("%s: extraction failed", _label(doc), exc_info=True)
            out.append(f"extraction failed (a bug; please report it): {type(err).__name__}: {err}")
            continue
        middle = time.perf_counter()
        out.append(extraction_to_ntriples(extraction, base))
        extract_s += middle - clock
        rdf_s += time.perf_counter() - middle
    return out, extract_s, rdf_s


class _Build:
    """Stage 1 of one run of :func:`build`: every record extracted (or read from the cache) into the sorter."""

    def __init__(self, options: BuildOptions, result: BuildResult, tmp: Path, runner: Runner,
                 progress: ProgressCallback | None) -> None:
        self.options, self.result, self.tmp, self.runner, self.progress = options, result, tmp, runner, progress
        #: study key -> preference of the best of its records in the record sorter
        self.sorted_best: dict[str, tuple[int, str, int]] = {}

    def extract(self, items: Iterator[tuple[int, Document | InputError]], total_bytes: int, cache: object) -> RecordSorter:
        """Stage 1: every record into the record sorter, extracted by the workers or taken from the cache.

        A record whose study already has a better record (:func:`_preference`) on its way is not extracted: the
        merge keeps one record a study and reads no other's lines, so it goes into the sorter without lines once
        a better record of its study is in (:meth:`_deferred`). Corpora gathered from several sources repeat
        many abstracts (a fifth of the 9k bench corpus).
        """
        from .cache import record_hash

        options, result = self.options, self.result
        sorter = RecordSorter(self.tmp)
        base = options.base_iri
        queued: dict[str, tuple[int, str, int]] = {}  # study key -> preference of its best record sent on so far
        deferred: list[tuple[str, Document]] = []

        def batches() -> Iterator[tuple[str, list[Document]]]:
            clock = time.perf_counter()
            batch: list[Document] = []
            for done_bytes, item in items:
                if isinstance(item, InputError):
                    if options.strict:
                        raise item
                    logger.warning("%s", item)
                    result.errors.append(item)
                    continue
                result.records_read += 1
                key, preference = study_key(item), _preference(item)
                best = queued.get(key)
                if best is not None and best < preference and len(deferred) < MAX_DEFERRED:
                    deferred.append((key, item))
                else:
                    if best is None or preference < best:
                        queued[key] = preference
                    lines = None
                    if cache is not None:
                        digest = record_hash(item, base)
                        lines = cache.get(digest)  # type: ignore[attr-defined]
                    if lines is not None:
                        result.cached += 1
                        self._keep(sorter, item, lines, key)
                    else:
                        batch.append(item)
                if len(batch) >= EXTRACT_BATCH:
                    result.add_seconds("ingest", time.perf_counter() - clock)
                    yield base, batch
                    clock, batch = time.perf_counter(), []
                if result.records_read % 200 == 0:
                    share = (done_bytes / total_bytes) if total_bytes else 0
                    self.progress("extract", result.records_read,
                                  int(result.records_read / share) if share > 0.05 else None)
            result.add_seconds("ingest", time.perf_counter() - clock)
            if batch:
                yield base, batch

        self._extract_batches(batches(), sorter, cache)
        self._deferred(deferred, sorter, cache)
        self.progress("extract", result.records_read, result.records_read)
        return sorter

    def _extract_batches(self, tasks: Iterable[tuple[str, list[Document]]], sorter: RecordSorter,
                         cache: object) -> None:
        """Run the extractors over ``tasks`` (on the workers); each record's lines into the sorter (and cache)."""
        from .cache import record_hash

        options, result = self.options, self.result
        pending: deque[list[Document]] = deque()

        def remembered() -> Iterator[tuple[str, list[Document]]]:
            for task in tasks:
                pending.append(task[1])
                yield task

        for outcomes, extract_s, rdf_s in ordered_map(extract_records, remembered(), runner=self.runner):
            docs = pending.popleft()
            result.add_seconds("extract", extract_s)
            result.add_seconds("rdf", rdf_s)
            clock = time.perf_counter()
            for doc, lines in zip(docs, outcomes):
                if isinstance(lines, str):
                    error = InputError(doc.source_path or doc.source_file, lines, record=doc.record)
                    if options.strict:
                        raise error
                    result.errors.append(error)
                    continue
                result.extracted += 1
                if cache is not None:
                    cache.put(record_hash(doc, options.base_iri), lines)  # type: ignore[attr-defined]
                self._keep(sorter, doc, lines)
            result.add_seconds("cache+sort", time.perf_counter() - clock)

    def _deferred(self, deferred: Sequence[tuple[str, Document]], sorter: RecordSorter, cache: object) -> None:
        """The records that were not extracted because a better record of their study was: into the sorter
        without lines when a better record of their study is in it (it is the canonical one, or a better one
        still), else (that record failed) extracted now, in input order."""
        later: list[Document] = []
        for key, doc in deferred:
            best = self.sorted_best.get(key)
            if best is not None and best < _preference(doc):
                sorter.add((key, *_preference(doc), _label(doc), []))
            else:
                later.append(doc)
        if later:
            base = self.options.base_iri
            self._extract_batches(((base, later[i : i + EXTRACT_BATCH]) for i in range(0, len(later), EXTRACT_BATCH)),
                                  sorter, cache)

    def _keep(self, sorter: RecordSorter, doc: Document, lines: list[str], key: str | None = None) -> None:
        key = key if key is not None else study_key(doc)
        preference = _preference(doc)
        sorter.add((key, *preference, _label(doc), lines))
        best = self.sorted_best.get(key)
        if best is None or preference < best:
            self.sorted_best[key] = preference


def _resolve_inputs(inputs: Sequence[str], options: BuildOptions, result: BuildResult) -> list[Path | str]:
    """The files to read; a missing path goes to ``result.missing``, an unreadable folder to ``result.errors``
    (the other inputs are still built), or, with ``strict``, the first problem is raised before building."""
    from .ingest import iter_input_paths

    problems: list[InputError] = []
    paths: list[Path | str] = list(iter_input_paths(inputs, errors=problems))
    for error in problems:
        if options.strict:
            raise error
        (result.missing if isinstance(error, MissingInputError) else result.errors).append(error)
    return paths


def build(inputs: Sequence[str], options: BuildOptions = BuildOptions(), *, stdin: Callable[[], bytes] | None = None,
          progress: ProgressCallback | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs``; write it to ``options.output`` (and ``options.store``) when given.

    :param progress: called as ``progress(stage, done, total)`` while building (see :mod:`ipkg.progress`)
    :raises InputError: on the first bad input when ``options.strict`` is set (:class:`MissingInputError` for a
        path that does not exist: without ``strict`` those are listed in ``BuildResult.missing``).
    :raises ShapesError: when the SHACL shapes cannot be loaded or the engine fails.
    """
    if options.fmt not in FORMATS:
        raise ValueError(f"unknown format {options.fmt!r}")
    started = time.perf_counter()
    result = BuildResult(output=options.output, jobs=resolve_jobs(options.jobs))
    paths = _resolve_inputs(inputs, options, result)
    total_bytes = sum(file_size(p) for p in paths if p != "-")
    cache = None
    if options.cache is not None:
        from .cache import BuildCache

        cache = BuildCache(options.cache)
    try:
        scratch = Path(options.temp_dir or tempfile.gettempdir())
        remove_stale(scratch, "ipkg-build-")  # what a killed build left behind
        with terminate_as_exit(), \
                tempfile.TemporaryDirectory(prefix=scratch_prefix("ipkg-build-"), dir=scratch) as tmp, \
                Runner(options.jobs) as runner:
            report = progress or (lambda stage, done, total: None)
            items = iter_sized(paths, input_format=options.input_format, stdin=stdin)
            with _Build(options, result, Path(tmp), runner, report).extract(items, total_bytes, cache) as sorter:
                logger.info("extracted %d records (%d from the cache) in %.1f s", result.extracted + result.cached,
                            result.cached, time.perf_counter() - started)
                BuildOutput(options, result, Path(tmp), runner, report).merge_validate_write(sorter)
    finally:
        if cache is not None:
            cache.close()
    result.seconds["total"] = time.perf_counter() - started
    logger.info("built %d studies in %.1f s: %s", result.built, result.seconds["total"],
                ", ".join(f"{k} {v:.1f}" for k, v in result.seconds.items()))
    if options.report is not None:
        result.write_report(options.report, options)  # type: ignore[attr-defined]
    return result
