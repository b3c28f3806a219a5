"""Interchange with the knowledge-graph community: KGX TSV (Biolink) and nanopublications (docs/interchange.md).

Both read a built graph (any of ``kg build``'s formats) through :func:`read_findings`, which selects the findings,
their study and the concepts they relate with SPARQL, so the exports follow the graph contract, not the pipeline.
"""

from __future__ import annotations

from .findings import ExportedConcept, ExportedFinding, read_findings
from .kgx import write_kgx
from .nanopub import write_nanopubs

__all__ = ["ExportedConcept", "ExportedFinding", "read_findings", "write_kgx", "write_nanopubs"]
