"""Keep a SPARQL query local: no ``SERVICE`` federation unless allowed, no dereferencing of ``FROM``.

A query sent to ``/sparql`` is untrusted. Both engines can reach the network on its behalf: pyoxigraph and rdflib
run ``SERVICE <http://...>`` by fetching the URL, and rdflib also fetches a ``FROM``/``FROM NAMED`` IRI that names
no graph of the store. That turns the endpoint into a proxy into the server's own network (SSRF), and its error
texts (connection refused, timed out, not an RDF document ...) into a port scanner.

:func:`check_local_query` finds ``SERVICE`` in the query's parse tree (rdflib's SPARQL grammar), after a cheap
lexical pre-check so that the common query pays nothing; text rdflib cannot parse (an Oxigraph-only extension) is
checked lexically, with strings, IRIs and comments removed first. ``FROM``/``FROM NAMED`` stay allowed: Oxigraph
resolves them to the store's own named graphs, and :func:`forbid_rdflib_loading` makes rdflib do the same.
``LOAD`` is an update, refused before any query runs (:func:`~ipkg.store.base.is_update`).

>>> check_local_query("SELECT ?s WHERE { ?s ?p 'SERVICE' }")
>>> check_local_query("SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
Traceback (most recent call last):
...
ipkg.errors.QueryError: SERVICE (federated query) is disabled on this endpoint
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import QueryError

__all__ = [
    "SERVICE_REFUSED",
    "SERVICE_FAILED",
    "check_local_query",
    "forbid_rdflib_loading",
    "has_service",
    "query_key",
]

#: the answer to a query with a ``SERVICE`` clause (names no host: the client learns nothing about the network)
SERVICE_REFUSED = "SERVICE (federated query) is disabled on this endpoint"
#: the answer when an allowed SERVICE query fails (the engine's own text names hosts, ports and their errors)
SERVICE_FAILED = "the query failed (a SERVICE call failed; details are not shown)"

#: the keyword anywhere in the text: a query without it cannot hold a SERVICE clause
_SERVICE_WORD = re.compile(r"service", re.IGNORECASE)
#: strings (all four quote forms), IRIs and comments, removed before the lexical fallback looks for the keyword
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''" r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'" r"|<[^<>\s]*>" r"|#[^\n]*",
    re.DOTALL,
)
_SERVICE_KEYWORD = re.compile(r"(?<![\w:?$])SERVICE\b", re.IGNORECASE)


def _nodes(node: Any) -> Iterator[Any]:
    """Every CompValue of an rdflib parse tree, depth first."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list | tuple) or type(item).__name__ == "ParseResults":
            stack.extend(item)


def has_service(sparql: str) -> bool:
    """Does the query hold a ``SERVICE`` clause (in its parse tree, or lexically when rdflib cannot parse it)?

    >>> has_service("SELECT * { ?s <http://e/service> ?o }")
    False
    >>> has_service("SELECT * { SERVICE SILENT <http://e/> { ?s ?p ?o } }")
    True
    """
    if not _SERVICE_WORD.search(sparql):
        return False
    try:
        from rdflib.plugins.sparql.parser import parseQuery

        tree = parseQuery(sparql)
    except Exception:  # noqa: BLE001 - pyparsing errors, or syntax only Oxigraph knows: decide lexically
        return bool(_SERVICE_KEYWORD.search(_NOT_CODE.sub(" ", sparql)))
    return any(node.name == "ServiceGraphPattern" for node in _nodes(tree))


def query_key(sparql: str) -> str:
    """The query without comments and with spaces normalised: two texts with the same key are the same query.

    >>> query_key("SELECT *  # all\\n{ ?s <http://e/#x> '# kept' }")
    "SELECT * { ?s <http://e/#x> '# kept' }"
    """
    kept = _NOT_CODE.sub(lambda m: " " if m.group().startswith("#") else m.group(), sparql)
    return " ".join(kept.split())


def check_local_query(sparql: str, *, allow_service: bool = False) -> None:
    """Raise unless the query may run here: a ``SERVICE`` clause needs ``allow_service``.

    :raises QueryError: with :data:`SERVICE_REFUSED` (the message names no host)
    """
    if not allow_service and has_service(sparql):
        raise QueryError(SERVICE_REFUSED)


def forbid_rdflib_loading() -> None:
    """Make rdflib's SPARQL engine take ``FROM``/``FROM NAMED`` from the dataset instead of fetching the IRI.

    rdflib keeps the switch as a module global (``rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS``); ipkg never wants a
    query to fetch data, so it is turned off for the whole process.
    """
    import rdflib.plugins.sparql

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
