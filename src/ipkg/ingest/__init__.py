"""Ingest: input files -> :class:`~ipkg.models.Document` records.

``iter_input_paths`` expands the command line's inputs; ``read_documents`` picks a reader by content (PubMed, PMC
and BioC XML, MEDLINE/RIS, PubTator, CSV/TSV/JSON Lines/JSON, free-text abstract pages), streams the file and
yields one Document per record, or an :class:`~ipkg.errors.InputError` for a record that cannot be used.
``READERS`` names the readers (``--input-format``); ``ColumnMap`` names a table's columns.
"""

from __future__ import annotations

from .detect import READERS, detect_format
from .paths import iter_input_paths
from .reader import read_documents
from .tabular import ColumnMap

__all__ = ["READERS", "ColumnMap", "detect_format", "iter_input_paths", "read_documents"]
