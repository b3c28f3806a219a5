"""SHACL validation with pySHACL, in batches of abstracts, with a report a person can act on.

Each abstract's lines are a self-contained graph (see ``rdf/graph.py``), so validating batches of abstracts finds
exactly the violations whole-graph validation finds (``tests/test_validate.py`` proves it on the seeds) while a
pySHACL call's fixed cost (~2-4 ms, PERF-NOTES.md) is paid once per batch rather than once per abstract.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from .errors import ShapesError
from .resources import shapes_path

__all__ = ["ValidationResult", "ValidationReport", "load_shapes", "validate_graph", "validate_lines"]

logger = logging.getLogger(__name__)

#: abstracts per pySHACL call
DEFAULT_BATCH = 200


@dataclass(frozen=True, order=True)
class ValidationResult:
    """One SHACL result: where (focus node, path), what (message), which shape, and which input it came from."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    shape: str = ""
    value: str = ""
    source: str = ""  # the input file (and record) of the abstract the focus node belongs to

    def line(self) -> str:
        """One line for a terminal."""
        where = f"{self.source}: " if self.source else ""
        path = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{where}{self.severity}: <{self.focus}>{path}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a graph: ``conforms`` is False when any result is a Violation."""

    results: tuple[ValidationResult, ...] = ()
    graphs_checked: int = 0

    @property
    def conforms(self) -> bool:
        return not any(r.severity == "Violation" for r in self.results)

    @property
    def violations(self) -> tuple[ValidationResult, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    def text(self) -> str:
        """The whole report, one result a line, sorted by focus node, path and shape."""
        head = "Conforms: True" if self.conforms else f"Conforms: False ({len(self.violations)} violations)"
        return "\n".join([head] + [r.line() for r in self.results])


@functools.lru_cache(maxsize=4)
def load_shapes(path: str | None = None) -> Graph:
    """The SHACL shapes graph (``shapes/ipkg-shapes.ttl`` unless ``path`` is given), parsed once per process."""
    source = Path(path) if path else shapes_path()
    try:
        return Graph().parse(source, format="turtle")
    except FileNotFoundError as err:
        raise ShapesError(f"{source}: SHACL shapes file not found") from err
    except Exception as err:  # rdflib raises several parser exception types
        raise ShapesError(f"{source}: cannot parse the SHACL shapes: {err}") from err


def _term(node: object) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)
    return str(node)


def validate_graph(data: Graph, *, shapes: Graph | None = None, sources: dict[str, str] | None = None) -> ValidationReport:
    """Validate an rdflib graph against the shapes (no inference: the data is checked as written).

    ``sources`` maps focus-node IRIs to the input they came from, for the report.
    """
    shapes = shapes if shapes is not None else load_shapes()
    try:
        _conforms, report, _text = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
        )
    except Exception as err:  # pySHACL raises ReportableRuntimeError and others on bad shapes
        raise ShapesError(f"SHACL validation failed to run: {err}") from err
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        focus = _term(report.value(node, SH.focusNode))
        path = report.value(node, SH.resultPath)
        severity = report.value(node, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(node, SH.resultMessage))
        results.append(
            ValidationResult(
                focus=focus,
                path=_term(path) if isinstance(path, URIRef) else ("" if path is None else "(complex path)"),
                message="; ".join(messages) or "constraint violated",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                shape=_term(report.value(node, SH.sourceShape)) if isinstance(report.value(node, SH.sourceShape), URIRef) else "",
                value=_term(report.value(node, SH.value)),
                source=(sources or {}).get(focus, ""),
            )
        )
    return ValidationReport(results=tuple(sorted(results)), graphs_checked=1)


def validate_lines(
    graphs: Iterable[tuple[str, Sequence[str]]], *, batch_size: int = DEFAULT_BATCH, shapes: Graph | None = None
) -> ValidationReport:
    """Validate abstracts given as ``(source label, N-Triples lines)``, ``batch_size`` abstracts per pySHACL call."""
    shapes = shapes if shapes is not None else load_shapes()
    results: list[ValidationResult] = []
    count = 0
    batch: list[tuple[str, Sequence[str]]] = []

    def flush() -> None:
        if not batch:
            return
        sources: dict[str, str] = {}
        text: list[str] = []
        for source, lines in batch:
            text.extend(lines)
            for line in lines:
                subject = line[1 : line.index(">")]
                sources.setdefault(subject, source)
        data = Graph().parse(data="\n".join(text), format="nt")
        results.extend(validate_graph(data, shapes=shapes, sources=sources).results)
        batch.clear()

    for item in graphs:
        batch.append(item)
        count += 1
        if len(batch) >= batch_size:
            flush()
    flush()
    logger.info("validated %d abstracts: %d results", count, len(results))
    return ValidationReport(results=tuple(sorted(set(results))), graphs_checked=count)
