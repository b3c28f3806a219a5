"""SHACL validation in batches of abstracts, with a report a person can act on.

Each abstract's lines are a self-contained graph (see ``rdf/graph.py``), so validating batches of abstracts finds
exactly the violations whole-graph validation finds (``tests/test_validate.py`` proves it on the seeds) while a
validator call's fixed cost is paid once per batch rather than once per abstract.

Two engines behind one function, :func:`validate_text`:

* ``pyshacl`` -- pySHACL on an rdflib graph: the reference. On our shapes (``sh:or`` of ``sh:class`` for every
  mention) it costs ~30 ms per abstract, which caps a build near 30 abstracts/s per core (docs/scale.md).
* ``turbo`` -- pyshacl-turbo (a Rust SHACL engine with pySHACL's API) reading the N-Triples text directly:
  ~0.7 ms per abstract, same results (``tests/test_validate.py`` compares them on injected defects).

``auto`` (the default) takes ``turbo`` when pyshacl-turbo is installed, else ``pyshacl``.

Conformance is the SHACL specification's (https://www.w3.org/TR/shacl/#conforms): a graph conforms when validation
finds no result at all, whatever its severity, so a graph with only warnings does *not* conform (pySHACL's
``allow_warnings=False``, its default, answers the same). :attr:`ValidationReport.violation_free` is the separate
notion the build uses to decide whether to write a graph: no result of severity ``sh:Violation``.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from .errors import ShapesError
from .resources import shapes_path

__all__ = [
    "ENGINES",
    "ValidationReport",
    "ValidationResult",
    "load_shapes",
    "merge_results",
    "report_graph",
    "resolve_engine",
    "validate_batch",
    "validate_graph",
    "validate_lines",
    "validate_text",
]

logger = logging.getLogger(__name__)

#: the XML Schema namespace (a plain string: rdflib's XSD DefinedNamespace warns when pytest probes it)
_XSD = "http://www.w3.org/2001/XMLSchema#"

#: abstracts per validator call
DEFAULT_BATCH = 200
#: the SHACL engines :func:`validate_text` knows
ENGINES = ("auto", "pyshacl", "turbo")


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
    component: str = ""  #: the constraint component's local name (``DatatypeConstraintComponent`` ...)

    def line(self, components: Sequence[str] = ()) -> str:
        """One line for a terminal; ``components`` lists the constraints the value failed (when more than one)."""
        where = f"{self.source}: " if self.source else ""
        path = f" {self.path}" if self.path else ""
        value = f" (value: {self.value}{_datatype_hint(self.value)})" if self.value else ""
        failed = f" [{', '.join(components)}]" if len(components) > 1 else ""
        return f"{where}{self.severity}: <{self.focus}>{path}: {self.message}{value}{failed}"


def _datatype_hint(value: str) -> str:
    """``, a string`` when a value written as a literal is a plain string: the usual cause of a datatype result
    (``"36"`` where ``36``, an ``xsd:integer``, was meant)."""
    return ", a string" if value.endswith('"^^xsd:string') else ""


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a graph.

    ``conforms`` is the SHACL specification's ``sh:conforms``: no result of any severity. ``violation_free`` is
    weaker: no ``sh:Violation`` (warnings and infos allowed); the build writes a graph that is violation-free.
    ``graph`` holds the engine's own validation report graph when it was kept (``kg validate``).
    """

    results: tuple[ValidationResult, ...] = ()
    graphs_checked: int = 0
    graph: Graph | None = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def conforms(self) -> bool:
        """``sh:conforms`` (https://www.w3.org/TR/shacl/#conforms): True only when there is no result at all."""
        return not self.results

    @property
    def violation_free(self) -> bool:
        """No result of severity ``sh:Violation`` (warnings and infos allowed): what the build needs to write."""
        return not self.violations

    @property
    def violations(self) -> tuple[ValidationResult, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    def _grouped(self) -> list[list[ValidationResult]]:
        """The results grouped by defect: one group per (source, focus, path, severity, value, message) -- the
        constraints of one shape, or shapes that share a message, failed by one value."""
        grouped: dict[tuple[str, ...], list[ValidationResult]] = {}
        for result in self.results:
            key = (result.source, result.focus, result.path, result.severity, result.value, result.message)
            grouped.setdefault(key, []).append(result)
        return list(grouped.values())

    def counts(self) -> str:
        """``1 violation, 2 warnings`` -- defects by severity (a value failing two constraints of one shape is one
        defect) -- with ``; 4 SHACL results`` when the report graph counts more results than that."""
        order = {"Violation": 0, "Warning": 1, "Info": 2}
        groups = self._grouped()
        found: dict[str, int] = {}
        for group in groups:
            found[group[0].severity] = found.get(group[0].severity, 0) + 1
        parts = [f"{n} {s.lower()}{'' if n == 1 else 's'}" for s, n in sorted(found.items(), key=lambda i: order.get(i[0], 3))]
        extra = f"; {len(self.results)} SHACL results" if len(self.results) != len(groups) else ""
        return ", ".join(parts) + extra

    def text(self) -> str:
        """The whole report: ``Conforms: True|False`` as ``sh:conforms`` says, then one line per defect (a value
        that fails several constraints of one shape -- a string where an integer >= 1 is required fails
        ``sh:datatype`` and ``sh:minInclusive`` -- is printed once, naming the constraints), sorted by focus node,
        path and shape."""
        head = "Conforms: True" if self.conforms else f"Conforms: False ({self.counts()})"
        lines = [group[0].line(sorted({_component_name(r.component) for r in group if r.component}))
                 for group in self._grouped()]
        return "\n".join([head, *lines])


def _component_name(component: str) -> str:
    """``DatatypeConstraintComponent`` -> ``sh:datatype``."""
    name = component.removesuffix("ConstraintComponent")
    return f"sh:{name[:1].lower()}{name[1:]}" if name else ""


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
    """An IRI as it is; a literal with its datatype (``"36"^^xsd:string``), so a report shows a string for what it
    is; nothing for ``None``."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        lexical = str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if node.language:
            return f'"{lexical}"@{node.language}'
        datatype = str(node.datatype or _XSD + "string")
        return f'"{lexical}"^^{"xsd:" + datatype[len(_XSD):] if datatype.startswith(_XSD) else f"<{datatype}>"}'
    return str(node)


def validate_graph(
    data: Graph,
    *,
    shapes: Graph | None = None,
    sources: dict[str, str] | None = None,
    inference: str = "none",
    ontology: Graph | None = None,
    keep_graph: bool = False,
) -> ValidationReport:
    """Validate an rdflib graph against the shapes with pySHACL.

    By default the data is checked as written (``inference="none"``); ``inference="rdfs"`` with ``ontology``
    (the ontology graph, pySHACL's ``ont_graph``) checks the RDFS closure, as a store with RDFS inference would
    hold it. ``sources`` maps focus-node IRIs to the input they came from, for the report; ``keep_graph`` keeps
    pySHACL's validation report graph in :attr:`ValidationReport.graph`.

    :raises ShapesError: when pySHACL cannot run (bad shapes, unknown inference)
    """
    import pyshacl  # here, not at the top: ~70 ms of imports that builds with pyshacl-turbo never need

    shapes = shapes if shapes is not None else load_shapes()
    try:
        _conforms, report, _text = pyshacl.validate(
            data, shacl_graph=shapes, ont_graph=ontology, inference=inference, advanced=True, allow_warnings=False
        )
    except Exception as err:  # pySHACL raises ReportableRuntimeError and others on bad shapes
        raise ShapesError(f"SHACL validation failed to run: {err}") from err
    return ValidationReport(results=tuple(sorted(_parse_report(report, sources))), graphs_checked=1,
                            graph=report if keep_graph else None)


def report_graph(report: ValidationReport) -> Graph:
    """The standard validation report graph (https://www.w3.org/TR/shacl/#validation-report) of ``report``:
    the engine's own graph when it was kept, else one made from the results (``kg build --report``'s batches).

    >>> (None, SH.conforms, Literal(True)) in report_graph(ValidationReport())
    True
    """
    if report.graph is not None:
        return report.graph
    graph = Graph()
    graph.bind("sh", SH)
    root = BNode("report")
    graph.add((root, RDF.type, SH.ValidationReport))
    graph.add((root, SH.conforms, Literal(report.conforms)))
    for index, result in enumerate(report.results):
        node = BNode(f"result{index}")
        graph.add((root, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.focusNode, URIRef(result.focus)))
        if result.path and result.path != "(complex path)":
            graph.add((node, SH.resultPath, URIRef(result.path)))
        graph.add((node, SH.resultSeverity, SH[result.severity]))
        graph.add((node, SH.resultMessage, Literal(result.message)))
        if result.shape:
            graph.add((node, SH.sourceShape, URIRef(result.shape)))
        if result.component:
            graph.add((node, SH.sourceConstraintComponent, SH[result.component]))
    return graph


def _parse_report(report: Graph, sources: dict[str, str] | None) -> list[ValidationResult]:
    """The results of a SHACL validation report graph (pySHACL's and pyshacl-turbo's have the same shape)."""
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        focus = _term(report.value(node, SH.focusNode))
        path = report.value(node, SH.resultPath)
        severity = report.value(node, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(node, SH.resultMessage))
        shape = report.value(node, SH.sourceShape)
        component = report.value(node, SH.sourceConstraintComponent)
        results.append(
            ValidationResult(
                focus=focus,
                path=_term(path) if isinstance(path, URIRef) else ("" if path is None else "(complex path)"),
                message="; ".join(messages) or "constraint violated",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                shape=_term(shape) if isinstance(shape, URIRef) else "",
                value=_term(report.value(node, SH.value)),
                source=(sources or {}).get(focus, ""),
                component=str(component).rsplit("#", 1)[-1] if component is not None else "",
            )
        )
    return results


def resolve_engine(engine: str = "auto") -> str:
    """``pyshacl`` or ``turbo``: ``auto`` takes pyshacl-turbo when it is installed.

    :raises ShapesError: for an unknown engine, or ``turbo`` when pyshacl-turbo is not installed
    """
    if engine not in ENGINES:
        raise ShapesError(f"unknown SHACL engine {engine!r} (choose from {', '.join(ENGINES)})")
    if engine == "pyshacl":
        return engine
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError as err:
        if engine == "turbo":
            raise ShapesError("the turbo SHACL engine needs pyshacl-turbo: pip install pyshacl-turbo") from err
        return "pyshacl"
    return "turbo"


@functools.lru_cache(maxsize=4)
def _compiled(path: str | None) -> object:
    """pyshacl-turbo's compiled form of the shapes, once per process."""
    import pyshacl_turbo

    try:
        return pyshacl_turbo.compile_shapes(load_shapes(path), advanced=True)
    except Exception as err:  # the engine raises several types on shapes it cannot compile
        raise ShapesError(f"pyshacl-turbo cannot compile the shapes: {err}") from err


def validate_text(
    text: str, *, sources: dict[str, str] | None = None, engine: str = "auto", shapes_file: str | None = None
) -> list[ValidationResult]:
    """Validate N-Triples text (one or many abstracts) and return the results, unsorted.

    The one function behind which both engines sit: ``pyshacl`` (the reference) parses the text into an rdflib
    graph; ``turbo`` hands the text to pyshacl-turbo as it is.

    >>> found = validate_text('<https://w3id.org/ipkg/id/study/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...                       '<https://w3id.org/ipkg/ontology#Study> .', engine="pyshacl")
    >>> sorted({r.severity for r in found})
    ['Violation', 'Warning']

    :raises ShapesError: when the shapes cannot be loaded or the engine fails to run
    """
    engine = resolve_engine(engine)
    if engine == "pyshacl":
        data = Graph().parse(data=text, format="nt")
        return list(validate_graph(data, shapes=load_shapes(shapes_file), sources=sources).results)
    import pyshacl_turbo

    compiled = _compiled(shapes_file)
    try:
        _conforms, report, _text = compiled.validate(  # type: ignore[attr-defined]
            pyshacl_turbo.Input(text, "nt", None, {}, {}), allow_warnings=False
        )
    except Exception as err:  # the engine raises its own failure types
        raise ShapesError(f"SHACL validation (pyshacl-turbo) failed to run: {err}") from err
    return _parse_report(report, sources)


def _sources(batch: Sequence[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """Subject IRI -> the label of the first abstract of the batch whose lines describe it."""
    sources: dict[str, str] = {}
    for source, lines in batch:
        for line in lines:
            sources.setdefault(line[1 : line.index(">")], source)
    return sources


def validate_batch(
    batch: Sequence[tuple[str, Sequence[str]]], *, engine: str = "auto", shapes_file: str | None = None
) -> list[ValidationResult]:
    """Validate one batch of ``(source label, N-Triples lines)`` abstracts in one engine call; each result names
    the first abstract of the batch that describes its focus node."""
    if not batch:
        return []
    text = "\n".join(line for _, lines in batch for line in lines)
    results = validate_text(text, engine=engine, shapes_file=shapes_file)
    if not results:
        return results
    sources = _sources(batch)
    return [dataclasses.replace(r, source=sources.get(r.focus, "")) for r in results]


def merge_results(results: Iterable[ValidationResult]) -> tuple[ValidationResult, ...]:
    """Sorted, one result per (focus, path, message, severity, shape, value, constraint component): a concept
    described by abstracts in two batches is reported once, under the smallest source label, as whole-graph
    validation reports it."""
    best: dict[tuple[str, ...], ValidationResult] = {}
    for result in results:
        key = (result.focus, result.path, result.message, result.severity, result.shape, result.value,
               result.component)
        kept = best.get(key)
        if kept is None or result.source < kept.source:
            best[key] = result
    return tuple(sorted(best.values()))


def validate_lines(
    graphs: Iterable[tuple[str, Sequence[str]]],
    *,
    batch_size: int = DEFAULT_BATCH,
    shapes: Graph | None = None,
    engine: str = "auto",
) -> ValidationReport:
    """Validate abstracts given as ``(source label, N-Triples lines)``, ``batch_size`` abstracts per engine call.

    ``shapes`` (an rdflib graph) forces the pySHACL engine with those shapes.
    """
    results: list[ValidationResult] = []
    count = 0
    batch: list[tuple[str, Sequence[str]]] = []

    def flush() -> None:
        if not batch:
            return
        if shapes is not None:
            text = "\n".join(line for _, lines in batch for line in lines)
            data = Graph().parse(data=text, format="nt")
            results.extend(validate_graph(data, shapes=shapes, sources=_sources(batch)).results)
        else:
            results.extend(validate_batch(batch, engine=engine))
        batch.clear()

    for item in graphs:
        batch.append(item)
        count += 1
        if len(batch) >= batch_size:
            flush()
    flush()
    logger.info("validated %d abstracts: %d results", count, len(results))
    return ValidationReport(results=merge_results(results), graphs_checked=count)
