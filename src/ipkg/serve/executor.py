"""Run ``/sparql`` queries in worker processes that can be stopped for real: bounded in time, memory and number.

Neither engine can cancel a running query (pyoxigraph 0.5: oxigraph issue #1926; rdflib evaluates in pure
Python), and a thread cannot be killed. So each query runs in a small pool of worker *processes*:

* each worker opens its own read-only view of the data: an on-disk Oxigraph store opened with
  ``Store.read_only`` (several processes share it through the page cache), or, for the rdflib backend, the graph
  re-parsed from an N-Quads snapshot. An in-memory store is first copied to a temporary on-disk store (or
  snapshot file), which :meth:`QueryExecutor.shutdown` removes. A worker starts in ~0.2 s;
* each worker caps its address space (``RLIMIT_AS``) at its size after opening the store plus ``memory_mb``; a
  query that needs more fails its allocation and the worker dies (answer 503, a fresh worker takes its slot);
* a query not answered within ``timeout`` seconds is answered 503 and its worker is killed (``SIGKILL``) and
  replaced at once by a spare worker started beforehand, so the slot is free for the next query;
* at most ``workers`` queries run at once; a query waits up to ``queue_wait`` seconds for a free worker, and
  beyond ``8 x workers`` waiting requests the answer is 503 at once;
* while a query waits, the longest-running query that has run past ``yield_after`` seconds gives its slot to the
  waiting one (served by the spare): it runs on in the background at the lowest CPU priority with its memory
  frozen near its current size, until it ends, its ``timeout`` or that memory cap (at most ``2 x workers`` such
  queries, each under 256 MiB resident; else the oldest running one is stopped, 503). So on an idle server a
  query may use the whole ``timeout``, and on a busy one a few heavy queries cannot starve the many short ones;
* a query stopped by a limit (time, memory, yielding) is refused at once for the next 60 s when the same text
  (comments and spaces aside) comes again, so retries of an abusive query take no worker;
* workers die with the server (``PR_SET_PDEATHSIG`` on Linux, end of the pipe elsewhere) and ignore Ctrl-C, which
  the server handles; :meth:`QueryExecutor.shutdown` kills them all.

The defaults fit a 2-core, 4 GB host: 2 workers x (store view + 1 GiB) + 4 background queries x ~320 MiB + a
spare + the server stay under ~4 GB in the worst case, and far under it in practice.
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
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import QueryError, StoreError
from ..store.base import QueryResult, QueryTimeoutError, Store
from ..store.guard import query_key
from ..store.worker import WorkerSource, worker_source

__all__ = [
    "DEFAULT_MEMORY_MB",
    "DEFAULT_YIELD_AFTER",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WORKERS",
    "QueryBusyError",
    "QueryExecutor",
    "QueryMemoryError",
    "WorkerSource",
    "worker_source",
]  # WorkerSource and worker_source live in ipkg.store.worker (the worker process imports no web stack)

logger = logging.getLogger(__name__)

#: seconds a query may run by default
DEFAULT_TIMEOUT = 10.0
#: worker processes (queries running at once) by default: one per core of a 2-core host
DEFAULT_WORKERS = 2
#: MiB of address space a query may add to its worker by default
DEFAULT_MEMORY_MB = 1024
#: seconds after which a running query yields its worker to a waiting one by default
DEFAULT_YIELD_AFTER = 1.0
#: seconds a new worker may take to open the store
_STARTUP_TIMEOUT = 120.0
#: seconds a query stopped by a limit is refused at once when sent again (an abusive client's retries take no worker)
_PENALTY_SECONDS = 60.0
#: query texts remembered for that
_PENALTY_ENTRIES = 1024
#: bytes a query moved to the background may still add to its worker
_BACKGROUND_MARGIN = 64 * 1024 * 1024
#: resident bytes past which a query is stopped rather than moved to the background
_BACKGROUND_MAX_RSS = 256 * 1024 * 1024
#: queries in the background at most, per worker
_BACKGROUND_PER_WORKER = 2
#: waiting requests per worker beyond which the answer is "busy" at once
_PENDING_PER_WORKER = 8


class QueryBusyError(StoreError):
    """Every query worker is busy; the client should retry shortly."""


class QueryMemoryError(QueryTimeoutError):
    """A query needed more memory than its worker may use (answered like a timeout: 503, retry won't help)."""


# -- the parent side -------------------------------------------------------------------------------------------


#: the worker's entry: ``ipkg`` as a bare package, so that importing ``ipkg.store.worker`` skips ``ipkg/__init__``
#: (which loads the whole build pipeline, pySHACL included): a worker starts in ~0.2 s instead of ~0.45 s
_BOOTSTRAP = (
    "import sys, types\n"
    "package = types.ModuleType('ipkg'); package.__path__ = [sys.argv[1]]; sys.modules['ipkg'] = package\n"
    "from ipkg.store.worker import main\n"
    "main(sys.argv[2:])\n"
)


class _Worker:
    """One worker process (:mod:`ipkg.store.worker`, see :data:`_BOOTSTRAP`) and the parent's end of its pipe."""

    def __init__(self, source: WorkerSource, memory_mb: int) -> None:
        self.conn, child = multiprocessing.Pipe(duplex=True)
        package = str(Path(__file__).resolve().parents[1])  # the ``ipkg`` folder
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOTSTRAP, package, str(child.fileno())],
            pass_fds=(child.fileno(),),
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C at the terminal is the server's to handle, even while a worker starts
        )
        child.close()
        self.conn.send((source, memory_mb))
        self.ready = False
        self.started: float | None = None  #: when the running query started (``None``: idle)
        self.preempted = False  #: killed to give its slot to a waiting query
        self.background = False  #: gave its slot to a waiting query and runs on at the lowest priority

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

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
        if self.alive:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)
        with contextlib.suppress(OSError):
            self.conn.close()


def _to_background(pid: int) -> bool:
    """Lowest CPU priority for a worker, and its address space capped near its current size (``prlimit``): it
    runs on only where it takes nothing from the queries in the slots. ``False`` where its resident memory is
    already over :data:`_BACKGROUND_MAX_RSS` (it is stopped instead) or the OS does not allow it."""
    try:
        import resource

        with open(f"/proc/{pid}/statm") as handle:
            size, resident = (int(n) * os.sysconf("SC_PAGE_SIZE") for n in handle.read().split()[:2])
        if resident > _BACKGROUND_MAX_RSS:
            return False
        os.setpriority(os.PRIO_PROCESS, pid, 19)
        resource.prlimit(pid, resource.RLIMIT_AS, (size + _BACKGROUND_MARGIN, size + _BACKGROUND_MARGIN))
    except (OSError, ValueError, AttributeError, ImportError):
        return False
    return True


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
    :param yield_after: seconds after which a running query gives its worker to a query that waits for one
        (killed, answer 503); ``0`` lets every query run to ``timeout``

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
        yield_after: float = DEFAULT_YIELD_AFTER,
    ) -> None:
        self.store = store
        self.timeout, self.max_rows, self.workers, self.queue_wait = timeout, max_rows, workers, queue_wait
        self.memory_mb, self.allow_service, self.yield_after = memory_mb, allow_service, yield_after
        self._lock = threading.Lock()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._source: WorkerSource | None = None
        self._spare: _Worker | None = None
        self._penalised: dict[str, float] = {}  #: query_key -> refused until
        self._workdir: str | None = None
        self._pending = 0
        self._closed = False
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ipkg-sparql-spawn")
        self._threads = ThreadPoolExecutor(
            max_workers=workers * (_PENDING_PER_WORKER + 1), thread_name_prefix="ipkg-sparql-wait"
        )
        self._finalizer = weakref.finalize(self, _kill_all, self._all, None)

    def configure(
        self, *, memory_mb: int | None = None, allow_service: bool | None = None, yield_after: float | None = None
    ) -> None:
        """Change the memory cap, the SERVICE switch or ``yield_after`` before the workers start (``kg serve``)."""
        if self._source is not None:
            raise StoreError("configure the query executor before its first query")
        if memory_mb is not None:
            self.memory_mb = memory_mb
        if allow_service is not None:
            self.allow_service = allow_service
        if yield_after is not None:
            self.yield_after = yield_after

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
            self._spare = self._spawn()  # takes the slot of a killed worker at once
            logger.info("%d query workers starting (snapshot %.2f s)", self.workers, time.monotonic() - started)

    def _spawn(self) -> _Worker:
        """Start a worker from the spawner thread: Linux ties a child's parent-death signal to the *thread* that
        started it, so a worker started from a short-lived caller thread would be killed when that thread ends."""
        source, memory_mb = self._source, self.memory_mb
        assert source is not None
        worker = self._spawner.submit(_Worker, source, memory_mb).result()
        self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and put the spare, started beforehand, in its slot; start the next spare."""
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if self._closed:
                return
            spare, self._spare = self._spare, self._spawn()
            self._idle.put(spare if spare is not None and spare.alive else self._spawn())

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
        key = query_key(sparql)
        with self._lock:
            until = self._penalised.get(key, 0.0)
        if until > time.monotonic():
            raise QueryTimeoutError(
                f"this query was stopped by a limit less than {_PENALTY_SECONDS:g} s ago; it is not run again "
                f"before {until - time.monotonic():.0f} s from now: narrow it"
            )
        try:
            return self._run_in_worker(sparql)
        except QueryTimeoutError:  # a timeout, the memory cap or yielding: do not let it take a worker again soon
            with self._lock:
                self._penalised[key] = time.monotonic() + _PENALTY_SECONDS
                while len(self._penalised) > _PENALTY_ENTRIES:
                    self._penalised.pop(next(iter(self._penalised)))
            raise

    def _run_in_worker(self, sparql: str) -> QueryResult:
        worker = self._acquire()
        try:
            worker.wait_ready(_STARTUP_TIMEOUT)
        except StoreError:
            self._replace(worker)
            raise
        started = worker.started = time.monotonic()
        try:
            worker.conn.send((sparql, self.max_rows))
            answered = worker.conn.poll(self.timeout)
            reply = worker.conn.recv() if answered else None
        except (EOFError, OSError):
            reply = ("died", None)
        worker.started = None
        if worker.background:  # it gave its slot away earlier: the process goes, no slot comes back
            self._retire(worker)
        if worker.preempted and (reply is None or reply[0] == "died"):
            if not worker.background:
                self._replace(worker)
            raise QueryTimeoutError(
                f"the query was stopped after {time.monotonic() - started:.1f} s to let waiting queries run (queries "
                f"over {self.yield_after:g} s give way while the server is busy); retry later, or narrow it"
            )
        if reply is None:
            if not worker.background:
                self._replace(worker)
            logger.warning("query stopped after %.1f s: worker killed", self.timeout)
            raise QueryTimeoutError(f"the query did not finish within {self.timeout:g} s")
        status, payload = reply
        if status in ("died", "memory"):
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(1)
            code = worker.process.returncode
            if not worker.background:
                self._replace(worker)
            if status == "memory" or code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
                raise QueryMemoryError(
                    f"the query needed more memory than the {self.memory_mb:,} MiB a query may use (less once it "
                    "runs in the background); narrow it"
                )
            raise StoreError(f"the query worker stopped unexpectedly (exit status {code})")
        if worker.preempted and not worker.background:  # answered just before it was stopped: the answer stands
            self._replace(worker)
        elif not worker.background:
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

    def _acquire(self) -> _Worker:
        """A free worker within ``queue_wait``; while waiting, a query that has run past ``yield_after`` is
        stopped so that its slot serves this one (one long query cannot starve many short ones).

        :raises QueryBusyError: when no worker became free in time
        """
        began = time.monotonic()
        preempted = False
        while True:
            try:
                return self._idle.get(timeout=0.05)
            except queue.Empty:
                pass
            now = time.monotonic()
            if now - began >= self.queue_wait:
                raise QueryBusyError("all query workers are busy; try again shortly")
            if not preempted and self.yield_after > 0:
                preempted = self._preempt(now)

    def _preempt(self, now: float) -> bool:
        """Free a slot for a waiting query from the longest-running query past ``yield_after``: move it to the
        background (lowest CPU priority, memory frozen near its current size, its slot served by the spare) while
        fewer than ``workers`` queries run there; else stop it."""
        with self._lock:
            running = [w for w in self._all if w.started is not None and not w.preempted and not w.background]
            if not running:
                return False
            oldest = min(running, key=lambda w: w.started or now)
            if now - (oldest.started or now) < self.yield_after:
                return False
            background = sum(1 for w in self._all if w.background and w.alive)
            room = background < _BACKGROUND_PER_WORKER * self.workers and self._spare is not None
            if room and _to_background(oldest.process.pid):
                oldest.background = True
                spare, self._spare = self._spare, self._spawn()
                self._idle.put(spare)
                logger.info("a query moved to the background after %.1f s: another query waits", now - oldest.started)
                return True
            oldest.preempted = True
        logger.info("stopping a query after %.1f s: another query waits", now - (oldest.started or now))
        if oldest.alive:
            oldest.process.kill()  # its own thread sees the pipe close, then replaces the worker
        return True

    def _retire(self, worker: _Worker) -> None:
        """Kill a background worker and forget it (its slot was handed on when it went to the background)."""
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    def worker_pids(self) -> list[int]:
        """Process ids of the live worker processes, the spare included (for tests and monitoring)."""
        with self._lock:
            return [w.process.pid for w in self._all if w.alive]

    def shutdown(self) -> None:
        """Kill every worker, remove the snapshot and refuse further queries (running ones get an error)."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
        for worker in workers:
            worker.kill()
        self._finalizer()
        self._threads.shutdown(wait=False, cancel_futures=True)
        self._spawner.shutdown(wait=False, cancel_futures=True)
