"""``build(inputs, options) -> BuildResult``: the stages composed; the CLI calls only this.

The build streams; it never holds the corpus in Python objects (docs/scale.md):

1. *extract* -- the main process reads records (ingest), looks each one up in the ``--cache``, and sends the
   others in batches to worker processes (``--jobs``), which run the extractors and return N-Triples lines;
   every record goes into an external sort (:class:`~ipkg.spill.RecordSorter`) keyed by study key and
   :func:`_preference`, spilling sorted runs to a temporary folder.
2. *merge, validate, write* -- the runs are merged (``heapq.merge``); the first record of each study key is the
   canonical one, the others are reported as duplicates. The kept abstracts go, in study-key order, to SHACL in
   batches of ``batch_size`` (on the workers) and to the writers: a canonical N-Quads file (dataset formats, the
   on-disk store) or a second external sort of lines (triple formats, globally sorted and de-duplicated).
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
from itertools import groupby, islice
from pathlib import Path

from .errors import InputError, MissingInputError
from .ingest.stream import file_size, iter_documents, iter_sized
from .extract import extract_document
from .models import Document
from .parallel import Runner, ordered_map, resolve_jobs, terminate_as_exit
from .progress import ProgressCallback
from .rdf.graph import extraction_to_ntriples
from .rdf.iris import study_key
from .rdf.serialize import (
    FORMATS,
    atomic_output,
    convert_nquads,
    write_quad_lines,
    write_sorted,
)
from .report import BuildReportMixin
from .spill import LineSorter, RecordSorter, remove_stale, scratch_prefix
from .validate import (
    ValidationReport,
    ValidationResult,
    merge_results,
    resolve_engine,
    validate_batch,
)
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


def _validate_task(task: tuple[list[tuple[str, list[str]]], str]) -> tuple[list[ValidationResult], float]:
    batch, engine = task
    clock = time.perf_counter()
    return validate_batch(batch, engine=engine), time.perf_counter() - clock


class _Build:
    """One run of :func:`build`: the state the stages share."""

    def __init__(self, options: BuildOptions, result: BuildResult, tmp: Path, runner: Runner,
                 progress: ProgressCallback | None) -> None:
        self.options, self.result, self.tmp, self.runner = options, result, tmp, runner
        self.progress = progress or (lambda stage, done, total: None)
        self.seconds = result.seconds
        self.keep_graphs = options.keep_graphs if options.keep_graphs is not None else (
            options.output is None and options.store is None)
        self.aside_results: list[ValidationResult] = []  #: violations of the records set aside
        #: study key -> preference of the best of its records in the record sorter
        self.sorted_best: dict[str, tuple[int, str, int]] = {}

    def add_seconds(self, stage: str, value: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + value

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
                    self.add_seconds("ingest", time.perf_counter() - clock)
                    yield base, batch
                    clock, batch = time.perf_counter(), []
                if result.records_read % 200 == 0:
                    share = (done_bytes / total_bytes) if total_bytes else 0
                    self.progress("extract", result.records_read,
                                  int(result.records_read / share) if share > 0.05 else None)
            self.add_seconds("ingest", time.perf_counter() - clock)
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
            self.add_seconds("extract", extract_s)
            self.add_seconds("rdf", rdf_s)
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
            self.add_seconds("cache+sort", time.perf_counter() - clock)

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

    def kept(self, sorter: RecordSorter) -> Iterator[tuple[str, str, list[str]]]:
        """Stage 2a: ``(study key, source label, lines)`` of the canonical record of each study, in key order."""
        for key, group in groupby(sorter.merged(), key=lambda record: record[0]):
            first = next(group)
            for other in group:
                self.result.duplicates.append(
                    f"{other[2]} (record {other[3]}): same study as {first[2]} ({key}); kept once")
            yield key, first[4], first[5]

    def merge_validate_write(self, sorter: RecordSorter) -> None:
        """Stage 2b: validate the kept abstracts in batches, set aside the records that fail, feed the writers.

        A batch is validated in one engine call; only when it has violations are their focus nodes traced to the
        records whose lines describe them, and those records set aside (reported in ``result.errors``, like a
        skipped record) while the rest of the batch is checked again and written. ``keep_invalid`` writes all.
        """
        options, result = self.options, self.result
        info = FORMATS[options.fmt]
        graph_base = f"{options.base_iri}graph/"
        quads = self.tmp / "graphs.nq" if info.quads and options.output is not None else None
        wants_lines = (options.output is not None and not info.quads) or options.store is not None
        lines_sorter = LineSorter(self.tmp) if wants_lines else None
        quad_handle = quads.open("wb", buffering=1 << 20) if quads else None
        engine = resolve_engine(options.shacl_engine) if options.validate else ""
        results: list[ValidationResult] = []
        total = sorter.count
        waiting: deque[list[tuple[str, list[str], str]]] = deque()

        def batches() -> Iterator[tuple[list[tuple[str, list[str]]], str]]:
            stream = self.kept(sorter)
            while batch := [(label, lines, key) for key, label, lines in islice(stream, options.batch_size)]:
                waiting.append(batch)
                yield [(label, lines) for label, lines, _ in batch], engine

        def write(batch: list[tuple[str, list[str], str]]) -> None:
            clock = time.perf_counter()
            result.built += len(batch)
            if quad_handle is not None:
                write_quad_lines(((graph_base + key, lines) for _, lines, key in batch), quad_handle)
            if lines_sorter is not None:
                for _, lines, _ in batch:
                    lines_sorter.extend(lines)
            if self.keep_graphs:
                result.graphs.extend((graph_base + key, lines) for _, lines, key in batch)
            self.add_seconds("merge+write", time.perf_counter() - clock)
            self.progress("validate", result.built, total)

        try:
            if options.validate:
                for found, seconds in ordered_map(_validate_task, batches(), runner=self.runner):
                    batch = waiting.popleft()
                    self.add_seconds("validate", seconds)
                    if not options.keep_invalid and any(r.severity == "Violation" for r in found):
                        batch, found = self._set_aside(batch, found, engine)
                    results.extend(found)
                    write(batch)
                if not result.built:  # every record failed: a systematic fault, not bad records; write nothing
                    results.extend(self.aside_results)
                clock = time.perf_counter()
                result.report = ValidationReport(results=merge_results(results), graphs_checked=result.built)
                self.add_seconds("validate", time.perf_counter() - clock)
                logger.info("validated %d studies (%s): %d results, conforms: %s", result.built, engine,
                            len(result.report.results), result.report.conforms)
            else:
                for _ in batches():
                    write(waiting.popleft())
            self.progress("validate", result.built, result.built)
            if quad_handle is not None:
                quad_handle.close()
            if result.report is None or result.report.violation_free or options.keep_invalid:
                self.publish(quads, lines_sorter)
        finally:
            if quad_handle is not None:
                quad_handle.close()
            if lines_sorter is not None:
                lines_sorter.close()

    def _set_aside(self, batch: list[tuple[str, list[str], str]], found: list[ValidationResult], engine: str
                   ) -> tuple[list[tuple[str, list[str], str]], list[ValidationResult]]:
        """The records of a failing batch that conform, and their results; the others go to ``result.errors``.

        A violation is traced to the records whose lines have its focus node as subject (the study, its design,
        its findings ...). The rest is validated again (a set-aside record may have been the only one to describe
        a shared node); a violation that no record describes stays in the report, which then stops the write.
        """
        clock = time.perf_counter()
        aside: dict[int, list[ValidationResult]] = {}
        for _round in range(3):
            owners: dict[str, list[int]] = {}
            for index, (_, lines, _) in enumerate(batch):
                if index not in aside:
                    for subject in {line[1: line.find(">")] for line in lines if line.startswith("<")}:
                        owners.setdefault(subject, []).append(index)
            before = len(aside)
            for violation in (r for r in found if r.severity == "Violation"):
                for index in owners.get(violation.focus, ()):
                    aside.setdefault(index, []).append(violation)
            if len(aside) == before:
                break
            found = validate_batch([(label, lines) for i, (label, lines, _) in enumerate(batch) if i not in aside],
                                   engine=engine)
            if not any(r.severity == "Violation" for r in found):
                break
        for index, violations in sorted(aside.items()):
            self.aside_results.extend(violations)
            first = violations[0]
            more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
            value = f" (value: {first.value})" if first.value else ""
            error = InputError(batch[index][0], f"set aside: its graph fails the SHACL shapes: <{first.focus}> "
                                                f"{first.path}: {first.message}{value}{more}")
            if self.options.strict:
                raise error
            self.result.errors.append(error)
        self.add_seconds("validate", time.perf_counter() - clock)
        return [item for i, item in enumerate(batch) if i not in aside], found

    def publish(self, quads: Path | None, lines_sorter: LineSorter | None) -> None:
        """Stage 3: the output file (atomically) and the store.

        The store gets the merged graph in its default graph (the triples of the triple formats), not a named
        graph per abstract: Oxigraph's union default graph does not merge a triple repeated in many named graphs
        (every concept's type and label), which multiplies query answers and slows joins by orders of magnitude.
        """
        options, result = self.options, self.result
        clock = time.perf_counter()
        triples_file = None
        merged: Iterable[str] | None = lines_sorter.merged() if lines_sorter is not None else None
        if options.store is not None and merged is not None:
            triples_file = self.tmp / "graph.nt"
            with triples_file.open("wb", buffering=1 << 20) as handle:
                write_sorted(merged, "ntriples", handle)
            merged = _file_lines(triples_file)
        if options.output is not None:
            with atomic_output(options.output) as handle:
                if FORMATS[options.fmt].quads:
                    result.triples = convert_nquads(quads, options.fmt, handle)  # type: ignore[arg-type]
                else:
                    result.triples = write_sorted(merged, options.fmt, handle)  # type: ignore[arg-type]
            result.written = True
            self.progress("write", result.built, result.built)
            logger.info("wrote %s: %d statements (%s)", options.output, result.triples, options.fmt)
        self.add_seconds("serialise", time.perf_counter() - clock)
        if options.store is not None and triples_file is not None:
            from .bulkstore import replace_store

            clock = time.perf_counter()
            loaded = replace_store(options.store, triples_file)
            result.triples = result.triples or loaded
            result.store = options.store
            result.written = True
            self.add_seconds("store", time.perf_counter() - clock)


def _file_lines(path: Path) -> Iterator[str]:
    """The lines of a UTF-8 file, without their newlines."""
    with path.open(encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line[:-1]


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
            run = _Build(options, result, Path(tmp), runner, progress)
            items = iter_sized(paths, input_format=options.input_format, stdin=stdin)
            with run.extract(items, total_bytes, cache) as sorter:
                logger.info("extracted %d records (%d from the cache) in %.1f s", result.extracted + result.cached,
                            result.cached, time.perf_counter() - started)
                run.merge_validate_write(sorter)
    finally:
        if cache is not None:
            cache.close()
    result.seconds["total"] = time.perf_counter() - started
    logger.info("built %d studies in %.1f s: %s", result.built, result.seconds["total"],
                ", ".join(f"{k} {v:.1f}" for k, v in result.seconds.items()))
    if options.report is not None:
        result.write_report(options.report, options)  # type: ignore[attr-defined]
    return result
