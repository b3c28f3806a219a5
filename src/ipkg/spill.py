"""External sorting: keep memory flat however big the corpus, and make the output independent of input order.

Two sorters, both "sort a bounded chunk in memory, spill it to a temporary file, merge the spilled runs with
``heapq.merge``":

* :class:`RecordSorter` sorts picklable records (tuples) by their natural order; the pipeline uses it for
  ``(study key, preference, ..., N-Triples lines)`` so that the records of one study meet at merge time and the
  canonical one is picked, whatever the input order or the number of workers.
* :class:`LineSorter` sorts text lines and drops duplicates (the global, de-duplicated line order of the triple
  formats).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp, LineSorter(tmp, chunk_lines=2) as lines:
...     lines.extend(["<c> <p> <o> .", "<a> <p> <o> .", "<b> <p> <o> .", "<a> <p> <o> ."])
...     list(lines.merged())
['<a> <p> <o> .', '<b> <p> <o> .', '<c> <p> <o> .']
"""

from __future__ import annotations

import heapq
import logging
import os
import pickle
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

__all__ = [
    "LineSorter",
    "RecordSorter",
    "dedupe_sorted",
    "iter_pickled",
    "pid_alive",
    "remove_stale",
    "scratch_prefix",
    "stale_owner",
]

#: records per in-memory chunk before a spill (a record is one abstract: ~5 kB of lines)
DEFAULT_CHUNK_RECORDS = 4000
#: lines per in-memory chunk before a spill (~120 bytes a line)
DEFAULT_CHUNK_LINES = 250_000
#: runs merged at once; more runs are first merged in groups of this many (bounded open files and buffers)
MAX_FAN_IN = 64
#: read buffer per open run
_READ_BUFFER = 1 << 18


logger = logging.getLogger(__name__)


def scratch_prefix(name: str) -> str:
    """The prefix of a scratch file or folder of this process: ``name``, its pid, a dash (see :func:`remove_stale`).

    >>> scratch_prefix("ipkg-build-") == f"ipkg-build-{os.getpid()}-"
    True
    """
    return f"{name}{os.getpid()}-"


def pid_alive(pid: int) -> bool:
    """Does a process ``pid`` exist on this host (one of another user counts as alive)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stale_owner(entry: Path, name: str, started: float) -> bool:
    """Is ``entry`` a scratch file or folder named by :func:`scratch_prefix` (``name`` + pid + dash) of a process
    that no longer runs, older than ``started``, and ours (same user)? Anything else is left alone."""
    match = re.fullmatch(re.escape(name) + r"(\d+)-.*", entry.name)
    if not match or int(match.group(1)) == os.getpid() or pid_alive(int(match.group(1))):
        return False
    try:
        info = entry.lstat()
    except OSError:
        return False
    return info.st_mtime < started and (not hasattr(os, "getuid") or info.st_uid == os.getuid())


def remove_stale(folder: Path, name: str, *, started: float | None = None) -> int:
    """Remove what a killed run left in ``folder`` (see :func:`stale_owner`); returns how many entries went.

    >>> remove_stale(Path(tempfile.gettempdir()), "ipkg-doctest-none-")
    0
    """
    started = time.time() if started is None else started
    removed = 0
    try:
        entries = [entry for entry in folder.iterdir() if entry.name.startswith(name)]
    except OSError:
        return 0
    for entry in entries:
        if not stale_owner(entry, name, started):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as err:
            logger.debug("cannot remove stale %s: %s", entry, err)
            continue
        logger.info("removed %s, left by an interrupted run", entry)
        removed += 1
    return removed


def iter_pickled(path: Path) -> Iterator[Any]:
    """The objects of a file of consecutive pickles, in order."""
    with path.open("rb", buffering=_READ_BUFFER) as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


def dedupe_sorted(items: Iterable[Any]) -> Iterator[Any]:
    """Drop consecutive repeats of a sorted stream."""
    previous = object()
    for item in items:
        if item != previous:
            yield item
            previous = item


class _Sorter:
    """Chunks in memory, sorted runs on disk, one lazy merge."""

    def __init__(self, folder: str | Path | None, chunk: int, prefix: str) -> None:
        self._own = tempfile.TemporaryDirectory(prefix="ipkg-sort-") if folder is None else None
        self.folder = Path(self._own.name if self._own else folder)  # type: ignore[arg-type]
        self.chunk = chunk
        self.prefix = prefix
        self.runs: list[Path] = []
        self.buffer: list[Any] = []
        self.count = 0

    def __enter__(self) -> _Sorter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, item: Any) -> None:
        """Add one item (spills when the chunk is full)."""
        self.buffer.append(item)
        self.count += 1
        if len(self.buffer) >= self.chunk:
            self.spill()

    def extend(self, items: Iterable[Any]) -> None:
        """Add many items (as :meth:`add` one at a time would: the same spills at the same items)."""
        stream = iter(items)
        while True:
            room = self.chunk - len(self.buffer)
            before = len(self.buffer)
            self.buffer.extend(islice(stream, room))
            added = len(self.buffer) - before
            self.count += added
            if len(self.buffer) >= self.chunk:
                self.spill()
            elif added < room:  # the stream ran out before the chunk filled
                return

    def spill(self) -> None:
        """Write the buffer as one sorted run."""
        if not self.buffer:
            return
        self.buffer.sort()
        fd, name = tempfile.mkstemp(prefix=f"{self.prefix}-{len(self.runs):05d}-", suffix=".run", dir=self.folder)
        with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
            self._write(handle, self.buffer)
        self.runs.append(Path(name))
        self.buffer = []

    def merged(self) -> Iterator[Any]:
        """Every item added, in sorted order (the in-memory chunk is merged without being spilled).

        More than :data:`MAX_FAN_IN` runs are first merged, a group at a time, into longer runs.
        """
        self.buffer.sort()
        while len(self.runs) > MAX_FAN_IN:
            group, self.runs = self.runs[:MAX_FAN_IN], self.runs[MAX_FAN_IN:]
            fd, name = tempfile.mkstemp(prefix=f"{self.prefix}-m-", suffix=".run", dir=self.folder)
            with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
                self._write_stream(handle, heapq.merge(*(self._read(path) for path in group)))
            for path in group:
                path.unlink(missing_ok=True)
            self.runs.append(Path(name))
        streams = [self._read(path) for path in self.runs]
        if self.buffer:
            streams.append(iter(self.buffer))
        return heapq.merge(*streams) if len(streams) != 1 else streams[0]

    def close(self) -> None:
        """Delete the spilled runs."""
        for path in self.runs:
            path.unlink(missing_ok=True)
        self.runs = []
        self.buffer = []
        if self._own is not None:
            self._own.cleanup()
            self._own = None

    def _write(self, handle: Any, items: list[Any]) -> None:
        self._write_stream(handle, iter(items))

    def _write_stream(self, handle: Any, items: Iterator[Any]) -> None:
        raise NotImplementedError

    def _read(self, path: Path) -> Iterator[Any]:
        raise NotImplementedError


class RecordSorter(_Sorter):
    """Sorts picklable records (compared as tuples); spills runs of pickles."""

    def __init__(self, folder: str | Path | None = None, chunk_records: int | None = None) -> None:
        super().__init__(folder, chunk_records or DEFAULT_CHUNK_RECORDS, "records")

    def _write_stream(self, handle: Any, items: Iterator[Any]) -> None:
        for item in items:  # a fresh Pickler per item: no memo growing over a whole run
            pickle.dump(item, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def _read(self, path: Path) -> Iterator[Any]:
        return iter_pickled(path)


class LineSorter(_Sorter):
    """Sorts text lines (without newlines) and drops duplicates; spills runs of UTF-8 text."""

    def __init__(self, folder: str | Path | None = None, chunk_lines: int | None = None) -> None:
        super().__init__(folder, chunk_lines or DEFAULT_CHUNK_LINES, "lines")

    def spill(self) -> None:
        """Write the buffer, de-duplicated, as one sorted run."""
        self.buffer = list(set(self.buffer))
        super().spill()

    def _write(self, handle: Any, items: list[str]) -> None:
        handle.write(("\n".join(items) + "\n").encode("utf-8"))

    def _write_stream(self, handle: Any, items: Iterator[str]) -> None:
        for line in dedupe_sorted(items):
            handle.write(line.encode("utf-8") + b"\n")

    def _read(self, path: Path) -> Iterator[str]:
        with path.open("r", encoding="utf-8", newline="\n", buffering=_READ_BUFFER) as handle:
            for line in handle:
                yield line[:-1]

    def merged(self) -> Iterator[str]:
        """Every distinct line, sorted."""
        return dedupe_sorted(super().merged())
