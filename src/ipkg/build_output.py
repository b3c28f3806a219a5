"""Stages 2 and 3 of :func:`ipkg.pipeline.build`: merge the sorted records, validate, write and publish.

Stage 1 (:mod:`ipkg.pipeline`) leaves every record in a :class:`~ipkg.spill.RecordSorter`; :class:`BuildOutput`
keeps the first record of each study key, validates the kept abstracts in batches on the workers, feeds the writers
and, when the graph conforms (or ``keep_invalid``), writes the output atomically and bulk-loads the store.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import groupby, islice
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .parallel import Runner, ordered_map
from .progress import ProgressCallback
from .rdf.serialize import (
    FORMATS,
    atomic_output,
    convert_nquads,
    write_quad_lines,
    write_sorted,
)
from .spill import LineSorter, RecordSorter
from .validate import (
    ValidationReport,
    ValidationResult,
    merge_results,
    resolve_engine,
    validate_batch,
)

if TYPE_CHECKING:
    from .pipeline import BuildOptions, BuildResult

__all__ = ["BuildOutput"]

logger = logging.getLogger("ipkg.pipeline")


def _validate_task(task: tuple[list[tuple[str, list[str]]], str]) -> tuple[list[ValidationResult], float]:
    batch, engine = task
    clock = time.perf_counter()
    return validate_batch(batch, engine=engine), time.perf_counter() - clock


class BuildOutput:
    """Stages 2 and 3 of one run of :func:`ipkg.pipeline.build`, writing into its ``result``."""

    def __init__(self, options: BuildOptions, result: BuildResult, tmp: Path, runner: Runner,
                 progress: ProgressCallback) -> None:
        self.options, self.result, self.tmp, self.runner, self.progress = options, result, tmp, runner, progress
        self.keep_graphs = options.keep_graphs if options.keep_graphs is not None else (
            options.output is None and options.store is None)
        self.aside_results: list[ValidationResult] = []  #: violations of the records set aside

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
            result.add_seconds("merge+write", time.perf_counter() - clock)
            self.progress("validate", result.built, total)

        try:
            if options.validate:
                for found, seconds in ordered_map(_validate_task, batches(), runner=self.runner):
                    batch = waiting.popleft()
                    result.add_seconds("validate", seconds)
                    if not options.keep_invalid and any(r.severity == "Violation" for r in found):
                        batch, found = self._set_aside(batch, found, engine)
                    results.extend(found)
                    write(batch)
                if not result.built:  # every record failed: a systematic fault, not bad records; write nothing
                    results.extend(self.aside_results)
                clock = time.perf_counter()
                result.report = ValidationReport(results=merge_results(results), graphs_checked=result.built)
                result.add_seconds("validate", time.perf_counter() - clock)
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
        self.result.add_seconds("validate", time.perf_counter() - clock)
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
        result.add_seconds("serialise", time.perf_counter() - clock)
        if options.store is not None and triples_file is not None:
            from .bulkstore import replace_store

            clock = time.perf_counter()
            loaded = replace_store(options.store, triples_file)
            result.triples = result.triples or loaded
            result.store = options.store
            result.written = True
            result.add_seconds("store", time.perf_counter() - clock)


def _file_lines(path: Path) -> Iterator[str]:
    """The lines of a UTF-8 file, without their newlines."""
    with path.open(encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line[:-1]
