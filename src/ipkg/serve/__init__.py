"""The linked-data browser and SPARQL endpoint: ``get_app(store, base_iri)`` builds the Starlette application.

Needs the ``serve`` extra (starlette, uvicorn); ``kg serve`` runs it with uvicorn.
"""

from __future__ import annotations

from .app import get_app, list_queries

__all__ = ["get_app", "list_queries"]
