"""Per-abstract build cache: reuse an abstract's N-Triples lines when neither it nor the extractors changed.

An entry is keyed by the SHA-256 of the input record (every field of the :class:`~ipkg.models.Document` except
``source_path``, which names where the file sits and appears nowhere in the graph) and of the base IRI. The cache
file records the *extractor version* it was filled under: ipkg's version, the SHA-256 of the shipped lexicon and
:data:`EXTRACTOR_EPOCH`; when any of them differs, the whole cache is ignored and refilled, so a changed lexicon or
extractor never serves stale graphs. Bump :data:`EXTRACTOR_EPOCH` when an extractor changes without a version bump.

The store is one SQLite file (``DIR/graphs.sqlite``), written only by the process that runs the build.

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
import zlib
from pathlib import Path

from .models import Document

__all__ = ["EXTRACTOR_EPOCH", "BuildCache", "extractor_version", "record_hash"]

logger = logging.getLogger(__name__)

#: bump when extraction or RDF output changes in a way ipkg's version and the lexicon hash do not show
EXTRACTOR_EPOCH = "1"
_FIELDS = tuple(f.name for f in dataclasses.fields(Document) if f.name != "source_path")


def record_hash(doc: Document, base: str) -> str:
    """The SHA-256 of an input record as the graph sees it (all fields but ``source_path``) and the base IRI."""
    values = tuple(getattr(doc, name) for name in _FIELDS)
    return hashlib.sha256(repr((base, values)).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """ipkg's version, the shipped lexicon's SHA-256 and :data:`EXTRACTOR_EPOCH`, in one string."""
    from importlib import metadata

    from .resources import lexicon_path

    try:
        version = metadata.version("ipkg")
    except metadata.PackageNotFoundError:  # a checkout that is not installed
        version = "0+unknown"
    sha = hashlib.sha256()
    try:
        with lexicon_path().open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                sha.update(block)
    except OSError:
        sha.update(b"no lexicon")
    return f"ipkg {version}; lexicon {sha.hexdigest()[:16]}; epoch {EXTRACTOR_EPOCH}"


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
        self._db = sqlite3.connect(self.folder / "graphs.sqlite")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        self._db.execute("CREATE TABLE IF NOT EXISTS graphs (record TEXT PRIMARY KEY, lines BLOB)")
        row = self._db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is None or row[0] != self.version:
            if row is not None:
                logger.info("cache %s was filled by %s; starting afresh for %s", self.folder, row[0], self.version)
            self._db.execute("DELETE FROM graphs")
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))
        self._db.commit()
        self._pending = 0

    def get(self, record: str) -> list[str] | None:
        """The cached lines of a record hash, or ``None``."""
        row = self._db.execute("SELECT lines FROM graphs WHERE record = ?", (record,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        text = zlib.decompress(row[0]).decode("utf-8")
        return text.split("\n") if text else []

    def put(self, record: str, lines: list[str]) -> None:
        """Remember the lines of a record hash (committed every 1,000 entries and on close)."""
        blob = zlib.compress("\n".join(lines).encode("utf-8"), 1)
        self._db.execute("INSERT OR REPLACE INTO graphs VALUES (?, ?)", (record, blob))
        self._pending += 1
        if self._pending >= 1000:
            self._db.commit()
            self._pending = 0

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM graphs").fetchone()[0])

    def close(self) -> None:
        """Commit and close."""
        if self._db is not None:
            self._db.commit()
            self._db.close()
            self._db = None  # type: ignore[assignment]

    def __enter__(self) -> BuildCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
