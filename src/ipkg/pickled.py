"""Data files parsed once per machine, not once per process: the parsed object kept as a pickle in the cache folder.

A shipped model is gzipped JSON (:mod:`ipkg.learn`: a file a reviewer can read); parsing the sentence-role model's
233,000 floats costs a process ~0.15 CPU s, unpickling the parsed model ~0.04 s. :func:`load_cached` keeps the
parsed object in the lexicon index's cache folder (:func:`cache_folder`) under a name that digests
the file's bytes and the source of the code that parses it, so an edited file or parser never serves a stale
object; the object is the one the parser returns (the same floats), so nothing a build writes can change. A cache
that cannot be read or written is ignored: the file is parsed as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["CACHES_KEPT", "cache_folder", "load_cached", "touch", "write_kept"]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

#: how many parsed files a cache folder keeps (the most recently used ones); each shipped model is one
CACHES_KEPT = 8
#: bump when the cached form changes without any parser source changing
_FORMAT = "1"
_PREFIX = "parsed-"


def load_cached(path: Path, parse: Callable[[bytes], _T], *, code: tuple[type, ...] = ()) -> _T:
    """``parse(path's bytes)``, unpickled from the cache folder when a process has parsed these bytes before.

    :param code: classes whose modules' source is part of the cache key (the parser's, and those of the classes it
        builds): editing any of them makes the cached object stale.
    """
    raw = path.read_bytes()
    target = _cache_file(raw, code)
    if target is not None and target.is_file():
        try:
            with target.open("rb") as handle:
                value: _T = pickle.load(handle)
            touch(target)
            return value
        except Exception as exc:  # a truncated or foreign file: parse again and rewrite it
            logger.warning("ignoring unreadable cache %s (%s)", target, exc)
    value = parse(raw)
    if target is not None:
        write_kept(target, value)
    return value


def _cache_file(raw: bytes, code: tuple[type, ...]) -> Path | None:
    """The cache file of ``raw`` parsed by ``code``'s modules, or ``None`` when their source cannot be read."""
    sha = hashlib.sha256(_FORMAT.encode())
    modules = sorted({c.__module__ for cls in code for c in cls.__mro__ if c.__module__ != "builtins"})
    for name in modules:
        source = getattr(sys.modules.get(name), "__file__", None)
        try:
            sha.update(name.encode() + b"\0" + Path(source).read_bytes())  # type: ignore[arg-type]
        except (OSError, TypeError):
            return None
    sha.update(b"\0" + raw)
    return cache_folder() / f"{_PREFIX}{sha.hexdigest()[:24]}.pickle"


def touch(path: Path) -> None:
    """Set ``path``'s time to now (a cache file used: :func:`write_kept` keeps the most recently used files)."""
    try:
        os.utime(path)
    except OSError:
        pass


def cache_folder() -> Path:
    """Where pickled indexes and parsed files live: ``$IPKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/ipkg``, else
    ``~/.cache/ipkg`` (:func:`ipkg.ground.lexicon.cache_dir`; here so that finding it imports nothing)."""
    explicit = os.environ.get("IPKG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "ipkg"


def write_kept(target: Path, value: object, prefix: str = _PREFIX, kept: int = CACHES_KEPT) -> bool:
    """Pickle ``value`` to ``target`` atomically (a temporary file renamed), so a concurrent process never reads
    half a pickle; then keep only the ``kept`` most recently used files of the folder named ``prefix*.pickle``.
    ``False`` when it cannot be written (a warning logged)."""
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{prefix}", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except Exception as exc:  # noqa: BLE001 - a full disk, a read-only folder, an object pickle refuses: no cache
        logger.warning("cannot cache %s in %s (%s)", target.name, target.parent, exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False
    try:
        files = sorted(target.parent.glob(f"{prefix}*.pickle"), key=lambda p: (p.stat().st_mtime, p.name),
                       reverse=True)
    except OSError:
        return True
    for old in [p for p in files if p != target][kept - 1 :]:
        try:
            old.unlink()
        except OSError:
            pass
    return True
