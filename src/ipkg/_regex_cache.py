"""Compiled regular expressions kept across processes: ipkg's ~1,300 patterns parsed once per machine.

Every process that imports the extractors compiles their module-level patterns, and the cues compile theirs at
first use: ~0.5 CPU s a process (``re``'s parser and code generator are Python), about half of a build's fixed
cost, which every ``kg`` command, ``--jobs`` forkserver and test process pays. What ``re`` hands to its C engine is a pure function
of the pattern string and flags: the code array, the group count and the group names. :func:`install` wraps
``re``'s compiler (``re._compiler.compile``, what ``re.compile`` and ``re.search`` call on a miss of ``re``'s own
cache) so that a pattern compiled before, by any process of this Python, is handed to the engine from a pickle of
those arguments instead of being parsed again: the same arguments give the same pattern object, so no match and no
output byte can change. Patterns are recorded only when an ``ipkg`` module compiles them (a program importing ipkg
keeps its own patterns out of the file); a pattern the file does not hold is compiled as before. The file is named
by the Python version, the engine's magic number, this module's source and the package's folder, lives in the
lexicon index's cache folder, and is rewritten (atomically, merged with what other processes wrote) at exit when a
process compiled new patterns. A file that cannot be read or written is ignored. :func:`parsed_fact` keeps, in
the same file, facts that ipkg's own code reads off a pattern's parse (a gate's literals, a pattern's reach),
keyed also by the digest of that code's module.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import pickle
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import _sre  # type: ignore[import-not-found]
from re import _compiler as _sre_compile  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from .pickled import cache_folder, touch, write_kept

__all__ = ["FILES_KEPT", "MAX_PATTERNS", "compile_rewritten", "install", "parsed_fact"]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

#: the most patterns a file holds (a build compiles ~1,300 of ipkg's; patterns made from data must not grow it
#: without end)
MAX_PATTERNS = 3000
#: how many files the cache folder keeps (the most recently used: one per Python and ipkg checkout; a machine that
#: builds from several checkouts at once, a developer's worktrees, must not evict a file a running checkout reads)
FILES_KEPT = 16
_PREFIX = "regex-"
#: how many frames above ``re``'s compiler are searched for an ipkg caller
_CALLER_DEPTH = 6

#: the engine's arguments after the pattern: flags, code (its words packed in an array's bytes and deflated: the
#: file's entries a process never serves stay in memory, and a list of ints takes ~10x the room), groups,
#: groupindex, indexgroup
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: (pattern, flags[, kind of rewrite]) -> its entry: the file's patterns this process has not compiled yet (an
#: entry goes once served: the pattern object holds its own copy of the code)
_known: dict[tuple, _Entry] = {}
#: the patterns this process compiled that the file did not hold, for the file
_new: dict[tuple, _Entry] = {}
#: the keys this process has compiled (a pattern ``re``'s cache dropped and asks for again is no new pattern)
_served: set[tuple] = set()
#: module name -> the digest of its source (:func:`parsed_fact`)
_digests: dict[str, str] = {}
#: the array type of one code word
_WORD = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)
_original = _sre_compile.compile


def install() -> None:
    """Load the machine's file of compiled patterns and route ``re``'s compiler through it (once a process; never
    when the environment sets ``IPKG_REGEX_CACHE=0``: ``re`` then compiles every pattern itself)."""
    if _sre_compile.compile is _cached_compile or os.environ.get("IPKG_REGEX_CACHE") == "0":
        return
    target = _cache_file()
    if target is not None:
        _known.update(_read(target))
        atexit.register(_save, target)
    _sre_compile.compile = _cached_compile


def compile_rewritten(kind: str, source: str, flags: int,
                      rewrite: Callable[[str, int], _sre_parse.SubPattern]) -> re.Pattern[str]:
    """The pattern object of ``rewrite(source, flags)`` (a parse of ``source`` that the caller changed), compiled
    as ``re``'s compiler compiles a parse; the engine's arguments come from the file when this ``kind`` of rewrite
    compiled ``source`` before (``rewrite`` is then not called). ``rewrite`` must be a pure function of ``source``
    and ``flags`` (the file keys on them), as :func:`ipkg.cues.literal_first`'s is."""
    key = (source, int(flags), kind)
    return _engine_pattern(source, _entry(key, lambda: rewrite(source, flags), always=True))


def parsed_fact(kind: str, pattern: re.Pattern[str], compute: Callable[[re.Pattern[str]], _T]) -> _T:
    """``compute(pattern)``: a fact read off ``pattern``'s parse (a gate's literals, a pattern's reach), from the file
    when the same code computed it for the same pattern before. The key holds the digest of ``compute``'s module's
    source besides the pattern, its flags and ``kind``: unlike ``re``'s compiler such a function changes with ipkg's
    code, and an edited module must not be served what its old code computed. ``compute`` must be a pure function
    of the pattern, computed in its module alone, and return a picklable value."""
    digest = _module_digest(compute.__module__)
    if not digest:
        return compute(pattern)
    key = (pattern.pattern, int(pattern.flags), kind, digest)
    held = _known.pop(key, None)
    if held is None:
        held = (compute(pattern),)  # a 1-tuple: the fact may be None
        if key not in _served and len(_new) < MAX_PATTERNS:
            _new[key] = held
    _served.add(key)
    return held[0]  # type: ignore[no-any-return]


def _module_digest(name: str) -> str:
    """The SHA-256 of module ``name``'s source file (once a process; ``""`` when it cannot be read: the fact is
    then computed and not kept)."""
    digest = _digests.get(name)
    if digest is None:
        try:
            digest = hashlib.sha256(Path(sys.modules[name].__file__).read_bytes()).hexdigest()  # type: ignore[arg-type]
        except (KeyError, OSError, TypeError):
            digest = ""
        _digests[name] = digest
    return digest


def _cached_compile(p: str | bytes | _sre_parse.SubPattern, flags: int = 0) -> re.Pattern:
    """``re._compiler.compile``, served from the file for a string pattern compiled before."""
    if not isinstance(p, str) or flags & re.DEBUG:
        return _original(p, flags)
    return _engine_pattern(p, _entry((p, int(flags)), lambda: _sre_parse.parse(p, flags)))


def _entry(key: tuple, parse: Callable[[], _sre_parse.SubPattern], always: bool = False) -> _Entry:
    """The entry of ``key``: the file's, else compiled from ``parse()`` and kept for the file when it is new and
    an ipkg module asked for it (``always``: the caller is ipkg's)."""
    entry = _known.pop(key, None)
    if entry is None:
        entry = _engine_arguments(parse(), key[1])
        if key not in _served and len(_new) < MAX_PATTERNS and (always or _asked_by_ipkg()):
            _new[key] = entry
    _served.add(key)
    return entry


def _engine_pattern(source: str, entry: _Entry) -> re.Pattern[str]:
    """The engine's pattern object for ``source`` from its entry."""
    return _sre.compile(source, entry[0], array(_WORD, zlib.decompress(entry[1])).tolist(), entry[2], dict(entry[3]), entry[4])


def _engine_arguments(parsed: _sre_parse.SubPattern, flags: int) -> _Entry:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern string (the same code words,
    packed and deflated; the engine reads the words, not the named opcodes they were)."""
    code = zlib.compress(array(_WORD, _sre_compile._code(parsed, flags)).tobytes(), 1)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _asked_by_ipkg() -> bool:
    """Whether an ``ipkg`` module (other than this one) is among the callers of ``re``'s compiler."""
    frame = sys._getframe(3)
    for _ in range(_CALLER_DEPTH):
        if frame is None:
            return False
        name = frame.f_globals.get("__name__", "")
        if name.startswith("ipkg.") and name != __name__:
            return True
        frame = frame.f_back
    return False


def _cache_file() -> Path | None:
    """The file of this Python's engine, this module's source and this ipkg's folder (checkouts of other versions
    keep their patterns apart), or ``None`` when the source cannot be read."""
    here = Path(__file__).resolve()
    sha = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{here.parent}\0".encode())
    try:
        sha.update(here.read_bytes())
    except OSError:
        return None
    return cache_folder() / f"{_PREFIX}{sha.hexdigest()[:24]}.pickle"


def _read(target: Path) -> dict:
    """The file's patterns (none when it is missing, unreadable or not a mapping); a file read is marked used (its
    time set to now), so that pruning, which keeps the most recent files, keeps the files processes read and not
    only those they last wrote (a warm process writes nothing)."""
    try:
        with target.open("rb") as handle:
            value = pickle.load(handle)
    except FileNotFoundError:
        return {}
    except Exception as exc:  # noqa: BLE001 - a truncated or foreign file: compile as usual, rewrite it at exit
        logger.warning("ignoring unreadable regex cache %s (%s)", target, exc)
        return {}
    touch(target)
    return value if isinstance(value, dict) else {}


def _save(target: Path) -> None:
    """Add this process's new patterns to the file (merged with what is there now), atomically; then keep only
    the :data:`FILES_KEPT` most recently written files."""
    if not _new:
        return
    merged = _read(target)
    for key, entry in _new.items():
        if len(merged) >= MAX_PATTERNS:
            break
        merged.setdefault(key, entry)
    if write_kept(target, merged, prefix=_PREFIX, kept=FILES_KEPT):
        _new.clear()
