"""Run ``/sparql`` queries in worker processes that can be stopped for real: bounded in time, memory and number.

Neither engine can cancel a running query (pyoxigraph 0.5: oxigraph issue #1926; rdflib evaluates in pure
Python), and a thread cannot be killed. So each query runs in a small pool of worker *processes*:

* each worker opens its own read-only view of the data: an on-disk Oxigraph store opened with
  ``Store.read_only`` (several processes share it through the page cache), or, for the rdflib backend, the graph
  re-parsed from an N-Quads snapshot. An in-memory store is first copied to a temporary on-disk store (or
  snapshot file), which :meth:`QueryExecutor.shutdown` removes. Startup takes ~0.2-0.5 s;
* each worker caps its address space (``RLIMIT_AS``) at its size after opening the store plus ``memory_mb``; a
  query that needs more fails its allocation and the worker dies (answer 503, a fresh worker takes its slot);
* a query not answered within ``timeout`` seconds is answered 503 and its worker is killed (``SIGKILL``) and
  replaced at once, so the slot is free for the next query (which may wait for the new worker's startup);
* at most ``workers`` queries run at once; a query waits up to ``queue_wait`` seconds for a free worker, and
  beyond ``8 x workers`` waiting requests the answer is 503 at once;
* workers die with the server (``PR_SET_PDEATHSIG`` on Linux, end of the pipe elsewhere) and ignore Ctrl-C, which
  the server handles; :meth:`QueryExecutor.shutdown` kills them all.

The defaults fit a 2-core, 4 GB host: 2 workers x (store view + 1 GiB) + the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

from ..errors import QueryError, StoreError
from ..store.base import QueryResult, QueryTimeoutError, Store

__all__ = [
    "DEFAULT_MEMORY_MB",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WORKERS",
    "QueryBusyError",
    "QueryExecutor",
    "QueryMemoryError",
    "WorkerSource",
    "worker_source",
]

logger = logging.getLogger(__name__)

#: seconds a query may run by default
DEFAULT_TIMEOUT = 10.0
#: worker processes (queries running at once) by default: one per core of a 2-core host
DEFAULT_WORKERS = 2
#: MiB of address space a query may add to its worker by default
DEFAULT_MEMORY_MB = 1024
#: seconds a new worker may take to open the store
_STARTUP_TIMEOUT = 120.0
#: waiting requests per worker beyond which the answer is "busy" at once
_PENDING_PER_WORKER = 8
_MIB = 1024 * 1024


class QueryBusyError(StoreError):
    """Every query worker is busy; the client should retry shortly."""


class QueryMemoryError(QueryTimeoutError):
    """A query needed more memory than its worker may use (answered like a timeout: 503, retry won't help)."""


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
            from ..store.oxigraph import OxigraphStore

            return OxigraphStore(
                self.path,
                read_only=True,
                union_default_graph=self.union_default_graph,
                allow_service=self.allow_service,
            )
        from ..store.memory import MemoryStore

        store = MemoryStore(allow_service=self.allow_service)
        store.add(Path(self.path))
        return store


def worker_source(store: Store, workdir: Path, *, allow_service: bool = False) -> WorkerSource:
    """The :class:`WorkerSource` for ``store``, writing a snapshot into ``workdir`` when the store is in memory.

    :raises StoreError: for a store kind workers cannot open (a remote store needs no workers: query it directly)
    """
    from ..store.memory import MemoryStore
    from ..store.oxigraph import OxigraphStore

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


# -- the worker process ----------------------------------------------------------------------------------------


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


def _worker_main(conn: Connection, source: WorkerSource, memory_mb: int) -> None:
    """Serve queries from ``conn`` until it closes: ``(sparql, max_rows)`` in, ``(status, payload)`` out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the server handles it
    _die_with_parent()
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


# -- the parent side -------------------------------------------------------------------------------------------


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, ctx: Any, source: WorkerSource, memory_mb: int) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=_worker_main, args=(child, source, memory_mb), name="ipkg-sparql-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        """Wait for the worker's "ready" (it opens the store first).

        :raises StoreError: when it fails or takes longer than ``timeout``
        """
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise StoreError(f"a query worker did not start within {timeout:g} s")
        try:
            status, payload = self.conn.recv()
        except (EOFError, OSError):
            raise StoreError("a query worker died while opening the store") from None
        if status != "ready":
            raise StoreError(str(payload))
        self.ready = True

    def kill(self) -> None:
        """Kill the process now and reap it (killed first: a thread polling the pipe then sees its end)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()


def _kill_all(workers: list[_Worker], workdir: str | None) -> None:
    for worker in list(workers):
        worker.kill()
    workers.clear()
    if workdir:
        shutil.rmtree(workdir, ignore_errors=True)


class QueryExecutor:
    """Runs SPARQL queries in a pool of worker processes, each bounded in time and memory.

    :param store: the store to query (read in the workers through :func:`worker_source`)
    :param timeout: seconds a query may run before its worker is killed (answer: 503)
    :param max_rows: rows (or triples) returned at most; the result is marked truncated past that
    :param workers: worker processes, i.e. queries running at once
    :param queue_wait: seconds a query waits for a free worker before the answer is 503
    :param memory_mb: MiB of address space a query may add to its worker (``RLIMIT_AS``)
    :param allow_service: let queries run ``SERVICE`` clauses (off: refused with 400, see :mod:`ipkg.store.guard`)

    Workers start on the first query (or :meth:`start`); :meth:`shutdown` kills them and removes any snapshot.
    """

    def __init__(
        self,
        store: Store,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_rows: int = 10_000,
        workers: int = DEFAULT_WORKERS,
        queue_wait: float = 2.0,
        memory_mb: int = DEFAULT_MEMORY_MB,
        allow_service: bool = False,
    ) -> None:
        self.store = store
        self.timeout, self.max_rows, self.workers, self.queue_wait = timeout, max_rows, workers, queue_wait
        self.memory_mb, self.allow_service = memory_mb, allow_service
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._source: WorkerSource | None = None
        self._workdir: str | None = None
        self._pending = 0
        self._closed = False
        self._threads = ThreadPoolExecutor(
            max_workers=workers * (_PENDING_PER_WORKER + 1), thread_name_prefix="ipkg-sparql-wait"
        )
        self._finalizer = weakref.finalize(self, _kill_all, self._all, None)

    def configure(self, *, memory_mb: int | None = None, allow_service: bool | None = None) -> None:
        """Change the memory cap or the SERVICE switch before the workers start (``kg serve`` options)."""
        if self._source is not None:
            raise StoreError("configure the query executor before its first query")
        if memory_mb is not None:
            self.memory_mb = memory_mb
        if allow_service is not None:
            self.allow_service = allow_service

    def start(self) -> None:
        """Snapshot the store if needed and start the workers (done by the first query otherwise)."""
        with self._lock:
            if self._closed:
                raise StoreError("the query executor is shut down")
            if self._source is not None:
                return
            self._workdir = tempfile.mkdtemp(prefix="ipkg-serve-")
            self._finalizer.detach()
            self._finalizer = weakref.finalize(self, _kill_all, self._all, self._workdir)
            started = time.monotonic()
            self._source = worker_source(self.store, Path(self._workdir), allow_service=self.allow_service)
            for _ in range(self.workers):
                self._idle.put(self._spawn())
            logger.info("%d query workers starting (snapshot %.2f s)", self.workers, time.monotonic() - started)

    def _spawn(self) -> _Worker:
        assert self._source is not None
        worker = _Worker(self._ctx, self._source, self.memory_mb)
        self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and put a fresh one in its slot at once (it becomes ready in the background)."""
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if self._closed:
                return
            self._idle.put(self._spawn())

    async def run(self, sparql: str) -> QueryResult:
        """Run ``sparql`` in a worker within the limits.

        :raises QueryBusyError: when no worker became free in time
        :raises QueryTimeoutError: when the time limit passed (the worker was killed)
        :raises QueryMemoryError: when the query needed more than ``memory_mb``
        :raises QueryError: when the query is malformed, an update, or uses SERVICE while that is off
        :raises StoreError: when a worker cannot open the store
        """
        with self._lock:
            if self._pending >= self.workers * _PENDING_PER_WORKER:
                raise QueryBusyError("all query workers are busy; try again shortly")
            self._pending += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._threads, self.run_sync, sparql)
        finally:
            with self._lock:
                self._pending -= 1

    def run_sync(self, sparql: str) -> QueryResult:
        """:meth:`run` for callers without an event loop (blocks this thread)."""
        self.start()
        try:
            worker = self._idle.get(timeout=self.queue_wait)
        except queue.Empty:
            raise QueryBusyError("all query workers are busy; try again shortly") from None
        try:
            worker.wait_ready(_STARTUP_TIMEOUT)
        except StoreError:
            self._replace(worker)
            raise
        started = time.monotonic()
        try:
            worker.conn.send((sparql, self.max_rows))
            answered = worker.conn.poll(self.timeout)
            reply = worker.conn.recv() if answered else None
        except (EOFError, OSError):
            reply = ("died", None)
        if reply is None:
            self._replace(worker)
            logger.warning("query stopped after %.1f s: worker killed and replaced", self.timeout)
            raise QueryTimeoutError(f"the query did not finish within {self.timeout:g} s")
        status, payload = reply
        if status in ("died", "memory"):
            worker.process.join(1)
            code = worker.process.exitcode
            self._replace(worker)
            if status == "memory" or code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
                raise QueryMemoryError(
                    f"the query needed more memory than the {self.memory_mb:,} MiB a query may use; narrow it"
                )
            raise StoreError(f"the query worker stopped unexpectedly (exit status {code})")
        self._idle.put(worker)
        logger.debug("query answered in %.3f s", time.monotonic() - started)
        if status == "ok":
            assert isinstance(payload, QueryResult)
            return payload
        if status == "timeout":
            raise QueryTimeoutError(payload)
        if status == "query":
            raise QueryError(payload)
        raise StoreError(payload)

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (for tests and monitoring)."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None and w.process.is_alive()]

    def shutdown(self) -> None:
        """Kill every worker, remove the snapshot and refuse further queries (running ones get an error)."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
        for worker in workers:
            worker.kill()
        self._finalizer()
        self._threads.shutdown(wait=False, cancel_futures=True)
