"""One reader per shared table during a lexicon build: each file is parsed once and its rows shared by the sources.

Several sources read the same tables (HGNC by the disorder, code-name, cytokine and target-class sources; the
MeSH supplementary records by the intervention, compound, agent and cytokine sources; mesh-xrefs, the MeSH
descriptors, go-bp and chebi-has-role twice or more). Inside :func:`one_reading` (the scope of one
:func:`ipkg.ground.build.build_rows` call) :func:`read_tsv` parses a file the first time it is asked for and
serves every later reader copies of the rows parsed then; :func:`build_cached` keeps a reader's derived result
(the HGNC symbol set, the MeSH-to-ChEBI xrefs) for the same scope. The scope's tables are dropped when it ends:
nothing outlives one build, and outside a scope every read parses the file afresh, as before. What it costs: the
six tables held as row dicts, ~290 MB until the build ends (the build's peak RSS ~1.16 -> ~1.41 GB), for ~3 s of
CPU no longer spent parsing them again (docs/scale.md, session 12).
"""

from __future__ import annotations

import csv
import gzip
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from pathlib import Path
from typing import TypeVar

__all__ = ["read_tsv", "one_reading", "build_cached", "reading_scope"]

_T = TypeVar("_T")
csv.field_size_limit(1 << 24)  # cells longer than csv's default limit are read whole
#: the tables and derived results of the build in progress (``None``: no build scope, nothing is kept)
_SCOPE: ContextVar[dict | None] = ContextVar("ipkg_ground_build_readers", default=None)


@contextmanager
def reading_scope() -> Iterator[dict]:
    """A scope in which each table is parsed once (nested scopes share the outer one); yields its store."""
    scope = _SCOPE.get()
    if scope is not None:
        yield scope
        return
    token = _SCOPE.set({})
    try:
        yield _SCOPE.get()
    finally:
        _SCOPE.reset(token)


def one_reading(func: Callable[..., _T]) -> Callable[..., _T]:
    """Run ``func`` (a whole build) inside :func:`reading_scope`."""

    @wraps(func)
    def scoped(*args, **kwargs):
        with reading_scope():
            return func(*args, **kwargs)

    return scoped


def build_cached(func: Callable[..., _T]) -> Callable[..., _T]:
    """Keep ``func``'s result per (hashable) arguments for the build in progress; outside one, call it each time.
    The result is shared, so it must be read-only (a frozenset, a dict no caller changes)."""

    @wraps(func)
    def cached(*args):
        scope = _SCOPE.get()
        if scope is None:
            return func(*args)
        key = (func.__module__, func.__qualname__, args)
        if key not in scope:
            scope[key] = func(*args)
        return scope[key]

    return cached


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file with one header line (``.gz`` read transparently), no quoting. Inside a
    :func:`reading_scope` the file is parsed once; each read yields fresh copies of its rows (a caller may change
    them)."""
    scope = _SCOPE.get()
    if scope is None:
        yield from _parse_tsv(path)
        return
    key = ("tsv", Path(path))
    rows = scope.get(key)
    if rows is None:
        rows = scope[key] = list(_parse_tsv(path))
    for row in rows:
        yield dict(row)


def _parse_tsv(path: Path) -> Iterator[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
