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
"""

from __future__ import annotations

import contextlib
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
    "RdfFormatInfo",
    "atomic_output",
    "convert_nquads",
    "format_for_path",
    "serialize_lines",
    "write_atomic",
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
_BY_EXTENSION = {info.extension: info.name for info in FORMATS.values()} | {".owl": "rdfxml", ".json": "jsonld"}


def format_for_path(path: str | Path, default: str = "turtle") -> str:
    """The format name an output path's extension implies (``kg.nq`` -> ``nquads``)."""
    return _BY_EXTENSION.get(Path(path).suffix.lower(), default)


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


def _chunked_triples(lines: Iterable[str]) -> Iterator[ox.Triple]:
    """Triples of N-Triples lines, parsed by pyoxigraph a chunk at a time (one call per :data:`_PARSE_CHUNK`)."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= _PARSE_CHUNK:
            yield from (quad.triple for quad in ox.parse("\n".join(chunk).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
            chunk = []
    if chunk:
        yield from (quad.triple for quad in ox.parse("\n".join(chunk).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


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
        ox.serialize(quads, out, info.oxigraph, prefixes=dict(PREFIXES) if fmt == "trig" else None)
    return quads.count


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
