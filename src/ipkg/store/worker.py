"""The worker process of :mod:`ipkg.serve.executor`: opens a read-only view of the store and answers queries.

Started as ``python -m ipkg.store.worker FD`` with one end of a pipe as file descriptor ``FD``; it imports only the
store layer (no web stack), so a fresh worker is ready in a fraction of a second. Protocol over the pipe
(:class:`multiprocessing.connection.Connection` messages): first ``(WorkerSource, memory_mb)`` in and
``("ready", pid)`` or ``("failed", message)`` out, then per query ``(sparql, max_rows)`` in and ``(status,
payload)`` out, where status is ``ok`` (a :class:`~ipkg.store.base.QueryResult`), ``query``, ``timeout``,
``memory`` or ``store``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

from ..errors import QueryError, StoreError
from .base import QueryTimeoutError, Store

__all__ = ["WorkerSource", "main", "serve_queries", "worker_source"]

logger = logging.getLogger(__name__)

_MIB = 1024 * 1024


@dataclass(frozen=True)
class WorkerSource:
    """How a worker process opens its read-only view of the data.

    :param backend: ``oxigraph`` (``path`` is an on-disk store) or ``rdflib`` (``path`` is an N-Quads file)
    :param path: the store folder or snapshot file
    :param union_default_graph: the store's setting (see :class:`~ipkg.store.oxigraph.OxigraphStore`)
    :param allow_service: let queries run ``SERVICE`` clauses
    """

    backend: Literal["oxigraph", "rdflib"]
    path: str
    union_default_graph: bool | None = None
    allow_service: bool = False

    def open(self) -> Store:
        """Open the view (in the worker)."""
        if self.backend == "oxigraph":
            from .oxigraph import OxigraphStore

            return OxigraphStore(
                self.path,
                read_only=True,
                union_default_graph=self.union_default_graph,
                allow_service=self.allow_service,
            )
        from .memory import MemoryStore

        store = MemoryStore(allow_service=self.allow_service)
        store.add(Path(self.path))
        return store


def worker_source(store: Store, workdir: Path, *, allow_service: bool = False) -> WorkerSource:
    """The :class:`WorkerSource` for ``store``, writing a snapshot into ``workdir`` when the store is in memory.

    :raises StoreError: for a store kind workers cannot open (a remote store needs no workers: query it directly)
    """
    from .memory import MemoryStore
    from .oxigraph import OxigraphStore

    if isinstance(store, OxigraphStore):
        union = store.union_default_graph
        if store.path is not None:
            with contextlib.suppress(OSError):  # a read-only store cannot flush and needs not
                store.raw.flush()
            return WorkerSource("oxigraph", str(store.path), union, allow_service)
        import pyoxigraph as ox

        folder = workdir / "store"
        copy = ox.Store(str(folder))
        copy.bulk_extend(store.raw.quads_for_pattern(None, None, None, None))
        copy.flush()
        del copy
        return WorkerSource("oxigraph", str(folder), union, allow_service)
    if isinstance(store, MemoryStore):
        snapshot = workdir / "graph.nq"
        store._ds.serialize(destination=str(snapshot), format="nquads")  # noqa: SLF001 - same package family
        return WorkerSource("rdflib", str(snapshot), None, allow_service)
    raise StoreError(f"queries on a {type(store).__name__} cannot run in worker processes")


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (no orphan keeps running a query)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        logger.debug("prctl(PR_SET_PDEATHSIG) unavailable")


def _address_space() -> int:
    """This process's virtual memory size in bytes (Linux ``/proc``; 0 where unknown)."""
    try:
        with open(f"/proc/{os.getpid()}/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space at its current size plus ``memory_mb`` MiB (``RLIMIT_AS``)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    limit = _address_space() + memory_mb * _MIB
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve_queries(conn: Connection) -> None:
    """Serve queries from ``conn`` until it closes (the protocol of the module docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the server handles it
    _die_with_parent()
    try:
        source, memory_mb = conn.recv()
    except (EOFError, OSError):
        return
    try:
        store = source.open()
    except Exception as err:  # noqa: BLE001 - report any failure to the parent, one line
        conn.send(("failed", f"the worker cannot open the store: {err}"))
        return
    _limit_memory(memory_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            sparql, max_rows = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", store.query(sparql, max_rows=max_rows))
        except MemoryError:
            reply = ("memory", "")
        except QueryTimeoutError as err:
            reply = ("timeout", str(err))
        except QueryError as err:
            reply = ("query", str(err))
        except Exception as err:  # noqa: BLE001 - any engine failure is the client's 502, one line
            reply = ("store", str(err).splitlines()[0] if str(err) else type(err).__name__)
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("memory", ""))
        if reply[0] == "memory":
            return  # the heap may be fragmented beyond use: let a fresh worker take the slot


def main(argv: list[str] | None = None) -> None:
    """``python -m ipkg.store.worker FD``: serve the pipe end inherited as file descriptor ``FD``."""
    args = sys.argv[1:] if argv is None else argv
    serve_queries(Connection(int(args[0])))


if __name__ == "__main__":
    main()
