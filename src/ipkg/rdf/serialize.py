"""Writers: sorted N-Triples lines -> Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, written atomically.

Determinism: lines are sorted and de-duplicated before anything is written, and pyoxigraph writes triples in the
order it is given them (PERF-NOTES.md), so the same extraction gives the same bytes. pyoxigraph's Turtle writer is
~45x faster than rdflib's (PERF-NOTES.md); rdflib is not used to write.

Two ways in: :func:`serialize_lines` takes every graph in memory (small builds, the library API); the streaming
writers take what the pipeline's external sort yields (:mod:`ipkg.spill`), so memory stays flat whatever the
corpus size and the bytes are the same as :func:`serialize_lines` writes for the same graphs:

* :func:`write_sorted` -- the triple formats from globally sorted, distinct N-Triples lines;
* :func:`write_quad_lines` + :func:`convert_nquads` -- the dataset formats from a canonical N-Quads file (graphs in
  IRI order, each graph's lines sorted), which is also what an on-disk store bulk-loads.

JSON-LD is written here, not by pyoxigraph: pyoxigraph's writer gives expanded JSON-LD (no ``@context``, every
key a full IRI) and ignores prefixes. :func:`write_jsonld` streams compacted JSON-LD 1.1 instead -- an
``@context`` of the prefixes of :data:`~ipkg.vocab.PREFIXES`, keys and IRIs as compact IRIs (``ipkg:mentions``,
``obo:MONDO_0002009``), ``rdf:type`` as ``@type``, one named graph object per abstract, keys sorted -- at the cost
of one small dict per subject; pyld's compaction gives the same graph but holds the whole document in memory.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from ..progress import Counted
from ..vocab import PREFIXES

__all__ = [
    "FORMATS",
    "FORMAT_ALIASES",
    "FORMAT_CHOICES",
    "RdfFormatInfo",
    "atomic_output",
    "convert_nquads",
    "format_for_path",
    "jsonld_context",
    "resolve_format",
    "serialize_lines",
    "write_atomic",
    "write_jsonld",
    "write_quad_lines",
    "write_sorted",
]

#: N-Triples lines parsed per pyoxigraph call when streaming into a writer
_PARSE_CHUNK = 20_000


@dataclass(frozen=True)
class RdfFormatInfo:
    """A serialisation the build can write."""

    name: str
    extension: str
    media_type: str
    oxigraph: ox.RdfFormat
    quads: bool  # a dataset format: one named graph per abstract


#: the output formats by name (``--format``); adding one is one line here
FORMATS: dict[str, RdfFormatInfo] = {
    info.name: info
    for info in (
        RdfFormatInfo("turtle", ".ttl", "text/turtle", ox.RdfFormat.TURTLE, False),
        RdfFormatInfo("ntriples", ".nt", "application/n-triples", ox.RdfFormat.N_TRIPLES, False),
        RdfFormatInfo("nquads", ".nq", "application/n-quads", ox.RdfFormat.N_QUADS, True),
        RdfFormatInfo("trig", ".trig", "application/trig", ox.RdfFormat.TRIG, True),
        RdfFormatInfo("jsonld", ".jsonld", "application/ld+json", ox.RdfFormat.JSON_LD, True),
        RdfFormatInfo("rdfxml", ".rdf", "application/rdf+xml", ox.RdfFormat.RDF_XML, False),
    )
}
#: other names users type for the formats (rdflib's and Jena's short names, media-type-like spellings) -> a name of
#: :data:`FORMATS`. ``n3``: Turtle is a subset of Notation3, so a Turtle file is a correct ``.n3`` file.
FORMAT_ALIASES: dict[str, str] = {
    "ttl": "turtle", "n3": "turtle",
    "nt": "ntriples", "nt11": "ntriples", "n-triples": "ntriples",
    "nq": "nquads", "n-quads": "nquads",
    "json-ld": "jsonld",
    "xml": "rdfxml", "rdf": "rdfxml", "owl": "rdfxml", "rdf/xml": "rdfxml", "pretty-xml": "rdfxml",
}
#: every name ``--format`` accepts, sorted: the formats, then their aliases
FORMAT_CHOICES: tuple[str, ...] = (*FORMATS, *sorted(FORMAT_ALIASES))
_BY_EXTENSION = {info.extension: info.name for info in FORMATS.values()} | {
    ".owl": "rdfxml", ".xml": "rdfxml", ".json": "jsonld", ".n3": "turtle", ".nt11": "ntriples",
}
#: every output extension that implies a format, sorted (``kg build -o`` names them when it refuses one)
OUTPUT_EXTENSIONS: tuple[str, ...] = tuple(sorted(_BY_EXTENSION))


def resolve_format(name: str) -> str:
    """The name in :data:`FORMATS` of a format name or alias, any case (``nt`` -> ``ntriples``).

    >>> resolve_format("nt"), resolve_format("JSON-LD"), resolve_format("xml")
    ('ntriples', 'jsonld', 'rdfxml')

    :raises ValueError: for a name that is neither
    """
    key = name.strip().lower()
    if key in FORMATS:
        return key
    if key in FORMAT_ALIASES:
        return FORMAT_ALIASES[key]
    raise ValueError(f"unknown RDF format {name!r} (choose from {', '.join(FORMAT_CHOICES)})")


def format_for_path(path: str | Path, default: str | None = "turtle") -> str | None:
    """The format name an output path's extension implies (``kg.nq`` -> ``nquads``, ``a.xml`` -> ``rdfxml``).

    A path without an extension gives ``default``; an extension that is no RDF format (``.csv``) gives ``None``,
    so the caller can refuse it rather than write Turtle into ``a.csv``.

    >>> format_for_path("kg.nq"), format_for_path("kg"), format_for_path("kg.csv")
    ('nquads', 'turtle', None)
    """
    suffix = Path(path).suffix.lower()
    if not suffix:
        return default
    return _BY_EXTENSION.get(suffix)


def serialize_lines(graphs: Iterable[tuple[str, Sequence[str]]], fmt: str, out: IO[bytes]) -> int:
    """Write ``(graph IRI, N-Triples lines)`` pairs to ``out`` in format ``fmt``; returns the triple count.

    Triple formats merge every graph into one (sorted, de-duplicated); dataset formats keep a named graph per
    abstract, graphs sorted by IRI.
    """
    info = FORMATS[fmt]
    prefixes = dict(PREFIXES)
    if info.quads:
        ordered = sorted(graphs, key=lambda pair: pair[0])
        quads = list(_quads(ordered))
        if fmt == "jsonld":
            return write_jsonld(quads, out)
        ox.serialize(quads, out, info.oxigraph, prefixes=prefixes if fmt == "trig" else None)
        return len(quads)
    lines = sorted({line for _, graph_lines in graphs for line in graph_lines})
    if fmt == "ntriples":
        out.write(("\n".join(lines) + ("\n" if lines else "")).encode("utf-8"))
        return len(lines)
    triples = [quad.triple for quad in ox.parse("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    ox.serialize(triples, out, info.oxigraph, prefixes=prefixes)
    return len(triples)


def _quads(graphs: Sequence[tuple[str, Sequence[str]]]) -> Iterator[ox.Quad]:
    for graph, lines in graphs:
        name = ox.NamedNode(graph)
        data = "\n".join(sorted(set(lines))).encode("utf-8")
        for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
            yield ox.Quad(quad.subject, quad.predicate, quad.object, name)


def _chunked_triples(lines: Iterable[str]) -> Iterator[ox.Quad]:
    """The statements of N-Triples lines, parsed by pyoxigraph a chunk at a time (one call per
    :data:`_PARSE_CHUNK`), as the parser gives them: quads in the default graph, which the triple writers take as
    they are (no ``.triple`` object made per statement, ~10% of the Turtle writing)."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= _PARSE_CHUNK:
            yield from ox.parse("\n".join(chunk).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
            chunk = []
    if chunk:
        yield from ox.parse("\n".join(chunk).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)


def write_sorted(lines: Iterable[str], fmt: str, out: IO[bytes]) -> int:
    """Write sorted, distinct N-Triples lines in a triple format (Turtle, N-Triples, RDF/XML), streaming.

    Gives the bytes :func:`serialize_lines` gives for the same lines. Returns the triple count.
    """
    info = FORMATS[fmt]
    if info.quads:
        raise ValueError(f"{fmt} is a dataset format: use write_quad_lines and convert_nquads")
    counted = Counted(lines)
    if fmt == "ntriples":
        buffer: list[str] = []
        for line in counted:
            buffer.append(line)
            if len(buffer) >= _PARSE_CHUNK:
                out.write(("\n".join(buffer) + "\n").encode("utf-8"))
                buffer = []
        if buffer:
            out.write(("\n".join(buffer) + "\n").encode("utf-8"))
        return counted.count
    ox.serialize(_chunked_triples(counted), out, info.oxigraph, prefixes=dict(PREFIXES))
    return counted.count


def write_quad_lines(graphs: Iterable[tuple[str, Sequence[str]]], out: IO[bytes]) -> int:
    """Write ``(graph IRI, sorted N-Triples lines)`` pairs as N-Quads text; returns the statement count.

    The pairs must come in graph IRI order for :func:`convert_nquads` to give :func:`serialize_lines`'s bytes.
    """
    count = 0
    for graph, lines in graphs:
        suffix = f" <{graph}> .\n"
        out.write("".join(line[:-1] + suffix[1:] if line.endswith(" .") else line + suffix for line in lines)
                  .encode("utf-8"))
        count += len(lines)
    return count


def convert_nquads(path: str | Path, fmt: str, out: IO[bytes]) -> int:
    """Re-write an N-Quads file of :func:`write_quad_lines` in a dataset format (N-Quads, TriG, JSON-LD),
    streaming; returns the statement count."""
    info = FORMATS[fmt]
    if not info.quads:
        raise ValueError(f"{fmt} is a triple format: use write_sorted")
    with open(path, "rb") as handle:
        quads = Counted(ox.parse(handle, format=ox.RdfFormat.N_QUADS))
        if fmt == "jsonld":
            return write_jsonld(quads, out)
        ox.serialize(quads, out, info.oxigraph, prefixes=dict(PREFIXES) if fmt == "trig" else None)
    return quads.count


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def jsonld_context(prefixes: Iterable[tuple[str, str]] = PREFIXES) -> dict[str, str]:
    """The ``@context`` of ipkg's JSON-LD: one prefix definition per namespace (each ends in ``/`` or ``#``, so
    JSON-LD 1.1 treats it as a prefix)."""
    return dict(prefixes)


class _Compactor:
    """IRIs -> compact IRIs (``prefix:suffix``) with the longest matching namespace, as JSON-LD 1.1 expands them
    back (a suffix never starts with ``//``)."""

    def __init__(self, context: dict[str, str]) -> None:
        self.namespaces = sorted(((ns, prefix) for prefix, ns in context.items()), key=lambda i: -len(i[0]))
        self.memo: dict[str, str] = {}

    def __call__(self, value: str) -> str:
        found = self.memo.get(value)
        if found is None:
            found = value
            for namespace, prefix in self.namespaces:
                if value.startswith(namespace) and not value[len(namespace):].startswith("//"):
                    found = f"{prefix}:{value[len(namespace):]}"
                    break
            if len(self.memo) < 100_000:
                self.memo[value] = found
        return found


def _jsonld_term(term: object, compact: _Compactor) -> object:
    if isinstance(term, ox.NamedNode):
        return {"@id": compact(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    assert isinstance(term, ox.Literal)
    if term.language:
        return {"@language": term.language, "@value": term.value}
    datatype = term.datatype.value
    if datatype == _XSD_STRING:
        return {"@value": term.value}
    return {"@type": compact(datatype), "@value": term.value}


def _jsonld_nodes(quads: Iterable[ox.Quad], compact: _Compactor) -> Iterator[tuple[object, list[dict[str, object]]]]:
    """``(graph name, node objects)`` per run of quads with the same graph name."""
    current: object = None
    nodes: dict[str, dict[str, object]] = {}
    for quad in quads:
        if quad.graph_name != current:
            if nodes:
                yield current, list(nodes.values())
            current, nodes = quad.graph_name, {}
        subject = quad.subject
        key = compact(subject.value) if isinstance(subject, ox.NamedNode) else f"_:{subject.value}"
        node = nodes.get(key)
        if node is None:
            node = nodes[key] = {"@id": key}
        if quad.predicate.value == _RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact(quad.object.value))  # type: ignore[union-attr]
        else:
            node.setdefault(compact(quad.predicate.value), []).append(_jsonld_term(quad.object, compact))  # type: ignore[union-attr]
    if nodes:
        yield current, list(nodes.values())


def write_jsonld(quads: Iterable[ox.Quad], out: IO[bytes], prefixes: Iterable[tuple[str, str]] = PREFIXES) -> int:
    """Write quads (grouped by graph name, as :func:`serialize_lines` and the canonical N-Quads file give them) as
    compacted JSON-LD with an ``@context``; returns the statement count.

    >>> import io
    >>> out = io.BytesIO()
    >>> q = ox.Quad(ox.NamedNode("http://purl.obolibrary.org/obo/CL_0000815"),
    ...             ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("regulatory T cell"))
    >>> write_jsonld([q], out)
    1
    >>> json.loads(out.getvalue())["@graph"]
    [{'@id': 'obo:CL_0000815', 'rdfs:label': [{'@value': 'regulatory T cell'}]}]
    """
    context = jsonld_context(prefixes)
    compact = _Compactor(context)
    counted = Counted(quads)
    out.write(b'{"@context": ' + json.dumps(context, sort_keys=True).encode("utf-8") + b',\n"@graph": [')
    first = True

    def dump(node: object) -> bytes:
        return json.dumps(node, sort_keys=True, ensure_ascii=False).encode("utf-8")

    for graph, nodes in _jsonld_nodes(counted, compact):
        ordered = sorted(nodes, key=lambda node: str(node["@id"]))
        if isinstance(graph, ox.NamedNode):
            body = b",\n".join(dump(node) for node in ordered)
            out.write((b"\n" if first else b",\n") + b'{"@id": ' + dump(compact(graph.value)) + b', "@graph": [\n'
                      + body + b"\n]}")
        else:
            out.write((b"\n" if first else b",\n") + b",\n".join(dump(node) for node in ordered))
        first = False
    out.write(b"\n]}\n")
    return counted.count


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file handle whose content replaces ``path`` only when the block ends without an exception.

    The data goes to a temporary file in the destination folder (``.NAME.PID-XXXX.part``), is flushed to disk, then
    renamed over ``path`` (``os.replace`` is atomic on POSIX): an interrupted or failed write never leaves a
    truncated file and never overwrites a good one. The file gets the mode a new file would get (``0666`` less the
    umask, as ``open`` gives), not ``mkstemp``'s private ``0600``. Parts left by a killed run (their process is
    gone) are removed first (:func:`~ipkg.spill.remove_stale`).
    """
    from ..spill import remove_stale, scratch_prefix

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target.parent, f".{target.name}.")
    fd, tmp = tempfile.mkstemp(prefix=scratch_prefix(f".{target.name}."), suffix=".part", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    """The process umask, read without changing it where Linux shows it (``os.umask`` alone must set one)."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        with open("/proc/self/status") as status:
            return int(next(line for line in status if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as handle:
        handle.write(data)
