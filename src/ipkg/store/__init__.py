"""Triple stores behind one :class:`Store` protocol: embedded Oxigraph, rdflib in memory, remote SPARQL over HTTP.

>>> store = open_store(None)
>>> store.add('<http://e/a> <http://e/p> "x" .', format="ntriples")
1
>>> store.count()
1
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .base import QueryResult, QueryTimeoutError, Store, Term, Triple, check_iri, is_update
from .memory import MemoryStore
from .oxigraph import OxigraphStore
from .results import GRAPH_FORMATS, RESULT_FORMATS, serialize_result, serialize_triples

__all__ = [
    "Store",
    "Term",
    "Triple",
    "QueryResult",
    "QueryTimeoutError",
    "OxigraphStore",
    "MemoryStore",
    "open_store",
    "check_iri",
    "is_update",
    "serialize_result",
    "serialize_triples",
    "RESULT_FORMATS",
    "GRAPH_FORMATS",
]


def open_store(
    location: str | Path | None,
    *,
    files: Sequence[Path] = (),
    backend: str = "oxigraph",
    read_only: bool = False,
    allow_service: bool = False,
) -> Store:
    """Open a store and add ``files`` to it.

    :param location: ``None`` for memory, a folder for an on-disk Oxigraph store, or an ``http(s)://`` Graph Store
        URL (a remote store, see :mod:`ipkg.store.http`)
    :param backend: ``oxigraph`` or ``rdflib`` (in memory only)
    :param allow_service: let queries run ``SERVICE`` clauses (local stores only; see :mod:`ipkg.store.guard`)
    :raises StoreError: when the store cannot be opened or a file cannot be loaded
    """
    from ..errors import StoreError

    store: Store
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        from .http import Auth, HttpStore

        store = HttpStore.from_url(location, auth=Auth.from_env())
    elif backend == "rdflib":
        if location is not None:
            raise StoreError("the rdflib backend keeps data in memory only: drop the store folder or use oxigraph")
        store = MemoryStore(allow_service=allow_service)
    elif backend == "oxigraph":
        store = OxigraphStore(location, read_only=read_only, allow_service=allow_service)
    else:
        raise StoreError(f"unknown store backend {backend!r} (oxigraph, rdflib)")
    for file in files:
        store.add(Path(file))
    return store
