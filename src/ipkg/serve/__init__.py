"""The linked-data browser and SPARQL endpoint: ``get_app(store, base_iri)`` builds the Starlette application.

starlette and uvicorn are base dependencies; ``kg serve`` runs the application with uvicorn.
"""

from __future__ import annotations

from .app import get_app, list_queries

__all__ = ["get_app", "list_queries"]
