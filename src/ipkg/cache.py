"""Per-abstract build cache: reuse an abstract's N-Triples lines when neither it nor the extractors changed.

An entry is keyed by the SHA-256 of the input record (every field of the :class:`~ipkg.models.Document` except
``source_path``, which names where the file sits and appears nowhere in the graph) and of the base IRI. The cache
file records the *extractor version* it was filled under: ipkg's version, the SHA-256 of every file of the installed
package (code, lexicon, models, shapes: :func:`package_digest`) and :data:`EXTRACTOR_EPOCH`; when any of them
differs, the whole cache is ignored and refilled, so a changed lexicon, model or extractor never serves stale graphs,
with or without a version bump.

The store is one SQLite file (``DIR/graphs.sqlite``) in WAL mode, so several builds may share a cache folder: reads
never wait, new entries are buffered and written in short transactions, a busy database is waited for
(:data:`BUSY_SECONDS`) and retried, and a write that still cannot get through is dropped with one warning (the cache
only saves time; the graph is the same without it).

>>> import tempfile
>>> from ipkg.models import Document
>>> with tempfile.TemporaryDirectory() as tmp, BuildCache(tmp, version="test") as cache:
...     key = record_hash(Document("a.txt", "T", "A"), "https://w3id.org/ipkg/id/")
...     cache.put(key, ["<s> <p> <o> ."])
...     cache.get(key)
['<s> <p> <o> .']
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import sqlite3
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .models import Document

__all__ = ["BUSY_SECONDS", "EXTRACTOR_EPOCH", "BuildCache", "extractor_version", "package_digest", "record_hash"]

logger = logging.getLogger(__name__)

#: bump when the graph of a record would change without any file of the package changing (the cache's own format)
EXTRACTOR_EPOCH = "1"
#: seconds one SQLite call waits for another build's lock before it is retried (three tries)
BUSY_SECONDS = 10.0
#: buffered entries written per transaction
_FLUSH_EVERY = 200
_T = TypeVar("_T")
_FIELDS = tuple(f.name for f in dataclasses.fields(Document) if f.name != "source_path")


def record_hash(doc: Document, base: str) -> str:
    """The SHA-256 of an input record as the graph sees it (all fields but ``source_path``) and the base IRI."""
    values = tuple(getattr(doc, name) for name in _FIELDS)
    return hashlib.sha256(repr((base, values)).encode("utf-8")).hexdigest()


def package_digest(root: Path | None = None) -> str:
    """The SHA-256 of every file under ``root`` (default: the installed ``ipkg`` package; ``__pycache__`` left out),
    their paths relative to ``root`` and contents in path order: any change of code, lexicon, model or shape changes
    it."""
    root = root if root is not None else Path(__file__).resolve().parent
    sha = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        sha.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                sha.update(block)
        sha.update(b"\0")
    return sha.hexdigest()


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """ipkg's version, :func:`package_digest` and :data:`EXTRACTOR_EPOCH`, in one string."""
    from importlib import metadata

    try:
        version = metadata.version("ipkg")
    except metadata.PackageNotFoundError:  # a checkout that is not installed
        version = "0+unknown"
    return f"ipkg {version}; package {package_digest()[:16]}; epoch {EXTRACTOR_EPOCH}"


class BuildCache:
    """Cached N-Triples lines of abstracts, in ``folder/graphs.sqlite``.

    :param folder: the cache folder (created when missing)
    :param version: the extractor version the entries must match (default :func:`extractor_version`)
    """

    def __init__(self, folder: str | Path, *, version: str | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.version = version if version is not None else extractor_version()
        self.hits = 0
        self.misses = 0
        self._pending: dict[str, bytes] = {}
        self._db: sqlite3.Connection | None = sqlite3.connect(self.folder / "graphs.sqlite", timeout=BUSY_SECONDS)
        try:
            self._retry(self._open)
        except sqlite3.OperationalError as err:
            logger.warning("cache %s cannot be used (%s): building without it", self.folder, err)
            self._db.close()
            self._db = None

    def _open(self) -> None:
        db = self._db
        assert db is not None
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        with db:  # one short transaction
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS graphs (record TEXT PRIMARY KEY, lines BLOB)")
            row = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
            if row is None or row[0] != self.version:
                if row is not None:
                    logger.info("cache %s was filled by %s; starting afresh for %s", self.folder, row[0], self.version)
                db.execute("DELETE FROM graphs")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))

    def _retry(self, action: Callable[[], _T]) -> _T:
        """Run ``action``; when another build holds the lock past :data:`BUSY_SECONDS`, try twice more."""
        for attempt in range(3):
            try:
                return action()
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err) or attempt == 2:
                    raise
                logger.debug("cache %s busy (%s); retrying", self.folder, err)
                time.sleep(0.1 * 2**attempt)
        raise AssertionError("unreachable")

    def get(self, record: str) -> list[str] | None:
        """The cached lines of a record hash, or ``None``."""
        row = (self._pending[record],) if record in self._pending else None
        if row is None and self._db is not None:
            try:
                row = self._retry(
                    lambda: self._db.execute("SELECT lines FROM graphs WHERE record = ?", (record,)).fetchone()  # type: ignore[union-attr]
                )
            except sqlite3.OperationalError as err:
                logger.debug("cache read failed: %s", err)
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        text = zlib.decompress(row[0]).decode("utf-8")
        return text.split("\n") if text else []

    def put(self, record: str, lines: list[str]) -> None:
        """Remember the lines of a record hash (written every :data:`_FLUSH_EVERY` entries and on close)."""
        if self._db is None:
            return
        self._pending[record] = zlib.compress("\n".join(lines).encode("utf-8"), 1)
        if len(self._pending) >= _FLUSH_EVERY:
            self._flush()

    def _flush(self) -> None:
        """Write the buffered entries in one short transaction; drop them (one warning) if the lock never comes."""
        db, rows = self._db, list(self._pending.items())
        self._pending = {}
        if db is None or not rows:
            return

        def write() -> None:
            with db:
                db.executemany("INSERT OR REPLACE INTO graphs VALUES (?, ?)", rows)

        try:
            self._retry(write)
        except sqlite3.OperationalError as err:
            logger.warning("cache %s busy (%s): %d entries not cached this time", self.folder, err, len(rows))

    def __len__(self) -> int:
        if self._db is None:
            return 0
        self._flush()
        return int(self._db.execute("SELECT COUNT(*) FROM graphs").fetchone()[0])

    def close(self) -> None:
        """Write what is buffered and close."""
        if self._db is not None:
            self._flush()
            self._db.close()
            self._db = None

    def __enter__(self) -> BuildCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
