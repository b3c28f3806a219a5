"""Worker processes for ``--jobs N``: a bounded, order-keeping map over a process pool.

Workers are started with ``forkserver`` where the platform has it, else ``spawn`` (never plain ``fork``: the
parent may hold threads and open stores); the forkserver imports the extraction, RDF and validation modules
(:data:`FORKSERVER_PRELOAD`) once, before it forks the workers, and, when the workers extract, loads the grounder,
the extractors' models and the compiled shapes (:data:`WARM_MODULE`), so that the workers fork with them loaded
(~0.5 CPU s less a build at ``--jobs 2``; the pages stay shared, so the workers' own memory is smaller too, though
a sum of the processes' RSS counts them in each). Each worker still asks for the grounder in its initializer (a
no-op when it came loaded; with ``spawn``, it loads the lexicon's Aho–Corasick index from the on-disk cache of
:mod:`ipkg.ground.lexicon`, ~0.5 s a worker).

:func:`ordered_map` keeps at most ``window`` tasks in flight, so a generator of work is consumed only as fast as
the workers finish it (``multiprocessing.Pool.imap`` would read the whole input ahead and hold it in memory), and
yields the results in submission order, so the output never depends on which worker finished first.

As with any ``spawn``/``forkserver`` pool, a *script* that calls ``build(..., BuildOptions(jobs=2))`` must do so
under ``if __name__ == "__main__":`` (the workers re-import the main module); ``kg build --jobs`` needs nothing.

>>> list(ordered_map(abs, [-1, -2, 3], runner=None))
[1, 2, 3]
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

__all__ = ["Runner", "ordered_map", "resolve_jobs", "terminate_as_exit"]

logger = logging.getLogger(__name__)

#: modules the forkserver imports once, so that every worker forks with them (and their ~400 compiled regexes)
#: already loaded instead of importing them itself (~0.5 CPU s a worker)
FORKSERVER_PRELOAD = ("__main__", "ipkg.pipeline", "ipkg.extract.design", "ipkg.extract.findings",
                      "ipkg.extract.mentions", "ipkg.rdf.graph", "ipkg.validate")

#: imported by the forkserver after those when workers extract: loads the grounder, models and shapes once, so
#: that the workers fork with them loaded instead of each loading them (~0.5 CPU s less a build at --jobs 2)
WARM_MODULE = "ipkg._warm"

#: the garbage collector's first threshold while a task runs (the default, 700, collects ~0.4 times an abstract
#: and spends ~3% of extraction in it; the objects of an abstract are garbage a moment later either way)
TASK_GC_THRESHOLD = 7000

T = TypeVar("T")
R = TypeVar("R")


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes: ``jobs``, or every core for 0 or less."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _initialise(level: int, preload_grounder: bool) -> None:
    """Runs once in each worker: logging level like the parent's, the grounder loaded before the first task."""
    logging.basicConfig(level=level, format="%(levelname)s %(name)s[worker]: %(message)s")
    if preload_grounder:
        from .extract import get_grounder

        get_grounder()


class Runner:
    """A process pool of ``jobs`` workers, or none at all for ``jobs == 1`` (work runs in this process).

    Use as a context manager; the pool is shut down (and its workers ended) on exit.
    """

    def __init__(self, jobs: int = 1, *, preload_grounder: bool = True) -> None:
        self.jobs = resolve_jobs(jobs)
        self._pool: ProcessPoolExecutor | None = None
        self._preload = preload_grounder

    def __enter__(self) -> Runner:
        if self.jobs > 1:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            if context.get_start_method() == "forkserver":
                preload = [*FORKSERVER_PRELOAD, *((WARM_MODULE,) if self._preload else ())]
                context.set_forkserver_preload(preload)  # type: ignore[attr-defined]
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=context,
                initializer=_initialise,
                initargs=(logging.getLogger("ipkg").getEffectiveLevel(), self._preload),
            )
            logger.info("started %d worker processes (%s)", self.jobs, context.get_start_method())
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if self._pool is None:
            return
        pool, self._pool = self._pool, None
        if kind is not None and not issubclass(kind, Exception):  # SIGTERM / Ctrl-C: stop the workers, don't wait
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, fn: Callable[..., R], *args: Any) -> Future[R]:
        """Run ``fn(*args)`` in a worker (or right here when there is no pool)."""
        if self._pool is not None:
            return self._pool.submit(fn, *args)
        future: Future[R] = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as err:  # handed to the caller through .result(), as a pool would
            future.set_exception(err)
        return future


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, runner: Runner | None,
                window: int | None = None) -> Iterator[R]:
    """``fn`` over ``items`` on the runner's workers, results in input order, at most ``window`` in flight.

    Without a runner (or with one that has no pool) this is a plain lazy ``map``.
    """
    fn = _FewerCollections(fn)
    if runner is None or runner._pool is None:
        yield from map(fn, items)
        return
    window = window if window is not None else 2 * runner.jobs + 1
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(runner.submit(fn, item))
            while len(pending) >= window or (pending and pending[0].done()):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


class _FewerCollections:
    """``fn`` run with the collector's first threshold at :data:`TASK_GC_THRESHOLD` (a worker's task or, without
    workers, each call), the caller's thresholds restored after; picklable like ``fn``. Nothing a task returns
    depends on when the collector runs."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[T], R]) -> None:
        self.fn = fn

    def __call__(self, item: T) -> R:
        old = gc.get_threshold()
        if old[0]:  # 0: the caller turned automatic collection off
            gc.set_threshold(max(old[0], TASK_GC_THRESHOLD), *old[1:])
        try:
            return self.fn(item)
        finally:
            gc.set_threshold(*old)


@contextlib.contextmanager
def terminate_as_exit() -> Iterator[None]:
    """Turn SIGTERM (timeout, systemd, docker stop) into ``SystemExit(143)`` while building, so the temporary
    folder and the output's ``.part`` file are removed as for Ctrl-C. Only from the main thread, and only when
    nobody else handles SIGTERM."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) != signal.SIG_DFL:
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
