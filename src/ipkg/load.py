"""``kg load``: send graph files to a remote triple store in N-Triples batches, then check the store's count.

Files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD, optionally ``.gz``) are parsed as a stream by
pyoxigraph; named graphs are flattened into the target graph. Each batch of at most ``batch_triples`` distinct
triples goes in its own request with the SPARQL 1.1 Graph Store HTTP Protocol (the first one ``PUT`` when
replacing, the rest ``POST``), or as SPARQL 1.1 Update ``INSERT DATA`` when an update URL is given or the server
does not speak the Graph Store Protocol. Afterwards a ``COUNT`` through the query URL is compared with the number
of distinct triples sent.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "g.nt").write_text('<http://e/a> <http://e/p> "1" .\\n<http://e/a> <http://e/p> "1" .\\n')
>>> load_graph([folder / "g.nt"], "http://127.0.0.1:9/store", dry_run=True).triples_sent
1
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from queue import Full, Queue
from typing import Literal

import pyoxigraph as ox

from .errors import StoreError, redact
from .progress import Counted
from .store.auth import split_userinfo
from .store.http import GSP_UNSUPPORTED, Auth, Endpoints, HttpStore, derive_endpoints
from .store.oxigraph import iter_file_quads

__all__ = ["LoadResult", "load_graph"]

logger = logging.getLogger(__name__)

Mode = Literal["replace", "append"]


@dataclass(frozen=True)
class LoadResult:
    """What :func:`load_graph` did.

    :param triples_read: statements parsed from the files (duplicates included)
    :param triples_sent: distinct triples sent (or that would be sent, in a dry run)
    :param batches: requests carrying data
    :param store_count_before: triples in the target graph before an append (``None`` for replace or dry run)
    :param store_count_after: triples in the target graph afterwards (``None`` in a dry run)
    :param seconds: wall-clock time of the whole load
    :param method: ``gsp``, ``update`` or ``dry-run``
    :param blank_node_triples: triples with a blank node (they may split across batches, see docs/publishing.md)
    """

    triples_read: int
    triples_sent: int
    batches: int
    store_count_before: int | None
    store_count_after: int | None
    seconds: float
    method: str
    mode: Mode
    graph: str | None
    blank_node_triples: int = 0

    @property
    def triples_per_second(self) -> float:
        """Throughput of the load."""
        return self.triples_sent / self.seconds if self.seconds > 0 else 0.0

    @property
    def count_ok(self) -> bool | None:
        """Does the store's count fit what was sent? ``None`` when not checked (dry run).

        Replace: the graph holds exactly the distinct triples sent. Append: it holds at least those and at most
        the previous content plus those.
        """
        after = self.store_count_after
        if after is None:
            return None
        if self.mode == "replace" or self.store_count_before is None:
            return after == self.triples_sent
        return max(self.store_count_before, self.triples_sent) <= after <= self.store_count_before + self.triples_sent


class _Reader:
    """Streams the distinct triples of files as N-Triples bodies, counting what it reads.

    pyoxigraph parses and serialises (in Rust); duplicates are dropped by a 96-bit BLAKE2b digest of each
    canonical N-Triples line, so a repeated triple is sent once and the count check compares like with like.
    """

    def __init__(self, files: Sequence[Path]) -> None:
        self.files = [Path(f) for f in files]
        self.read = 0
        self.distinct = 0
        self.blank = 0
        self._seen: set[bytes] = set()

    def bodies(self, size: int) -> Iterator[bytes]:
        """N-Triples bodies of at most ``size`` distinct triples each (graph names dropped)."""
        if size < 1:
            raise ValueError(f"batch size must be >= 1, got {size}")
        batch: list[object] = []
        pending = 0  # distinct triples waiting in ``out``
        out: list[bytes] = []
        for path in self.files:
            if not path.is_file():
                raise StoreError(f"{path}: no such file")
            for quad in iter_file_quads(path):
                self.read += 1
                batch.append(quad if isinstance(quad.graph_name, ox.DefaultGraph) else quad.triple)
                if len(batch) >= size:
                    pending += self._keep(batch, out)
                    batch = []
                    if pending >= size:
                        yield b"".join(out[:size])
                        out, pending = out[size:], pending - size
        if batch:
            pending += self._keep(batch, out)
        while out:
            yield b"".join(out[:size])
            out = out[size:]

    def _keep(self, batch: list[object], out: list[bytes]) -> int:
        """Serialise ``batch``; append the lines not seen before to ``out``; return how many were new."""
        digest, seen = hashlib.blake2b, self._seen
        new = 0
        for line in (ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b"").splitlines(keepends=True):
            key = digest(line, digest_size=12).digest()
            if key in seen:
                continue
            seen.add(key)
            out.append(line)
            new += 1
            if b"_:" in line and _has_blank(line):
                self.blank += 1
        self.distinct += new
        return new


def _has_blank(line: bytes) -> bool:
    """Does an N-Triples line have a blank node subject or object (not ``_:`` inside a literal or IRI)?"""
    if line.startswith(b"_:"):
        return True
    body = line.rstrip()[:-1].rstrip()  # drop the final " ."
    return body.rsplit(b" ", 1)[-1].startswith(b"_:")


def _prefetch(items: Iterator[bytes], depth: int = 2) -> Iterator[bytes]:
    """Produce ``items`` in a background thread while the caller consumes them, so parsing the next batch
    overlaps sending this one (the HTTP wait releases the GIL). An error of the producer is raised here; when the
    consumer stops early the producer stops too."""
    queue: Queue[tuple[str, object]] = Queue(maxsize=depth)
    stop = threading.Event()

    def put(entry: tuple[str, object]) -> bool:
        while not stop.is_set():
            try:
                queue.put(entry, timeout=0.1)
                return True
            except Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(("item", item)):
                    return
            put(("end", None))
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            put(("error", exc))

    worker = threading.Thread(target=produce, name="kg-load-reader", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = queue.get()
            if kind == "end":
                return
            if kind == "error":
                raise value  # type: ignore[misc]
            yield value  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()


def load_graph(
    files: Sequence[Path],
    to: str,
    *,
    graph: str | None = None,
    mode: Mode = "replace",
    update_url: str | None = None,
    query_url: str | None = None,
    auth: Auth | None = None,
    batch_triples: int = 50_000,
    dry_run: bool = False,
    retries: int = 3,
    timeout: float = 60.0,
    bulk: bool = True,
) -> LoadResult:
    """Load RDF files into a remote store, in batches, and count the result.

    :param files: graph files; the format comes from the extension (``.ttl .nt .nq .trig .rdf .owl .jsonld``,
        each optionally ``.gz``)
    :param to: the Graph Store Protocol URL (Oxigraph ``/store``, Fuseki ``/ds/data``, Virtuoso
        ``/sparql-graph-crud-auth``, RDF4J/GraphDB ``/repositories/NAME/rdf-graphs/service`` or ``/statements``)
    :param graph: the target named graph; ``None`` is the default graph
    :param mode: ``replace`` the target graph, or ``append`` to it
    :param update_url: send ``INSERT DATA`` requests to this SPARQL Update URL instead of using the Graph Store
    :param query_url: the SPARQL query URL for the final count (derived from ``to`` for known servers)
    :param auth: credentials (basic or bearer); see :meth:`Auth.from_env`
    :param batch_triples: triples per request
    :param dry_run: parse and batch, but contact no server
    :param retries: extra attempts per request after a connection error or a 5xx answer
    :param timeout: seconds per request
    :param bulk: use the server's non-transactional bulk loader where it has one (Oxigraph ``?no_transaction``)
        for every batch after the first; several times faster, but a batch that fails half-way may leave part of
        its triples behind (the count check then fails)
    :returns: counts, batches, the store's count after loading and the time taken
    :raises StoreError: when a file cannot be read or the store is unreachable or refuses a request
    """
    if mode not in ("replace", "append"):
        raise ValueError(f"mode must be 'replace' or 'append', got {mode!r}")
    if batch_triples < 1:
        raise ValueError(f"batch_triples must be >= 1, got {batch_triples}")
    started = time.perf_counter()
    to, embedded = split_userinfo(to)  # credentials in a URL are used, never shown (messages name the URL)
    query_url = split_userinfo(query_url)[0] if query_url else None
    update_url = split_userinfo(update_url)[0] if update_url else None
    if auth is None and embedded is not None:
        if embedded.user and not embedded.password:
            raise ValueError("the store URL names a user but no password: use --user and --password-env instead")
        auth = embedded
    endpoints = derive_endpoints(to, query_url=query_url, update_url=update_url)
    if graph is None and "/sparql-graph-crud" in (endpoints.gsp or ""):
        raise ValueError("Virtuoso's Graph Store cannot address the default graph: pass --graph IRI")
    reader = _Reader(files)
    if dry_run:
        batches = sum(1 for _ in reader.bodies(batch_triples))
        logger.info("dry run: %d distinct triples in %d batches, nothing sent", reader.distinct, batches)
        return LoadResult(
            reader.read,
            reader.distinct,
            batches,
            None,
            None,
            time.perf_counter() - started,
            "dry-run",
            mode,
            graph,
            reader.blank,
        )
    if endpoints.query is None:
        raise StoreError(f"cannot guess the SPARQL query URL of {to}: pass --query-url for the count check")
    with HttpStore(endpoints, auth=auth, timeout=timeout, retries=retries) as store:
        before = store.count(graph) if mode == "append" else None
        bodies = _prefetch(reader.bodies(batch_triples))
        method, batches = _send(store, endpoints, bodies, graph, mode, bool(update_url), bulk)
        if mode == "replace" and batches == 0:  # nothing to send: still empty the graph, as replace promises
            _empty(store, endpoints, graph)
        after = store.count(graph)
    if reader.blank:
        logger.warning(
            "%d triples have blank nodes: a blank node whose triples fall into different batches becomes several "
            "nodes in the store (use a larger --batch, or skolemise)",
            reader.blank,
        )
    result = LoadResult(
        reader.read,
        reader.distinct,
        batches,
        before,
        after,
        time.perf_counter() - started,
        method,
        mode,
        graph,
        reader.blank,
    )
    logger.info("loaded %d triples in %d batches (%s); store count %d", result.triples_sent, batches, method, after)
    return result


def _send(
    store: HttpStore,
    endpoints: Endpoints,
    bodies: Iterator[bytes],
    graph: str | None,
    mode: Mode,
    use_update: bool,
    bulk: bool,
) -> tuple[str, int]:
    """Send every body; returns the method used and the number of batches.

    With a bulk loader (``bulk`` and a server that has one, i.e. Oxigraph), the batches are streamed in one
    chunked ``POST`` to it (method ``gsp-bulk``), after an empty ``PUT`` when replacing: no per-request cost, and
    the server loads while the client still parses. Such a stream is not retried.
    """
    method = "update" if use_update or not endpoints.gsp else "gsp"
    if bulk and method == "gsp" and endpoints.bulk_param is not None:
        return _send_bulk(store, bodies, graph, mode)
    batches = 0
    for body in bodies:
        first = batches == 0
        if method == "gsp":
            response = store.send_gsp(body, graph=graph, replace=first and mode == "replace")
            if first and response.status_code in GSP_UNSUPPORTED and endpoints.update:
                logger.warning(
                    "%s answered HTTP %d to the Graph Store request: falling back to SPARQL Update at %s",
                    redact(endpoints.gsp or ""),
                    response.status_code,
                    redact(endpoints.update),
                )
                method = "update"
            else:
                verb = "PUT" if first and mode == "replace" else "POST"
                store.check(response, f"Graph Store {verb} (batch {batches + 1})")
        if method == "update":
            if first and mode == "replace":
                store.clear(graph)
            store.insert_data(body, graph=graph)
        batches += 1
        logger.debug("batch %d sent (%d bytes)", batches, len(body))
    return method, batches


def _send_bulk(store: HttpStore, bodies: Iterator[bytes], graph: str | None, mode: Mode) -> tuple[str, int]:
    """Stream every body in one bulk ``POST``; returns ``("gsp-bulk", batches)``."""
    if mode == "replace":
        store.check(store.send_gsp(b"", graph=graph, replace=True), "Graph Store PUT (empty the graph)")
    streamed = Counted(bodies)
    store.check(store.send_gsp(iter(streamed), graph=graph, replace=False, bulk=True), "Graph Store bulk POST")
    logger.debug("%d batches streamed", streamed.count)
    return "gsp-bulk", streamed.count


def _empty(store: HttpStore, endpoints: Endpoints, graph: str | None) -> None:
    if endpoints.gsp:
        store.check(store.send_gsp(b"", graph=graph, replace=True), "Graph Store PUT (empty)")
    else:
        store.clear(graph)
