"""``kg build --store DIR``: (re)create an on-disk Oxigraph store from the build's sorted N-Triples file.

The store is bulk-loaded (``pyoxigraph.Store.bulk_load``: parsing and indexing in Rust, no Python objects per
triple) into a fresh folder beside ``DIR``; only when that succeeded is it swapped in for ``DIR``, so an interrupted
build leaves the previous store as it was. The merged graph goes into the default graph (see
``build_output.BuildOutput.publish`` for why not a named graph per abstract).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .spill import remove_stale, scratch_prefix

__all__ = ["looks_like_store", "replace_store"]

logger = logging.getLogger(__name__)


def looks_like_store(folder: Path) -> bool:
    """True for a folder RocksDB (Oxigraph's storage) has written: it holds ``CURRENT`` and ``OPTIONS-*``."""
    return (folder / "CURRENT").is_file() and any(folder.glob("OPTIONS-*"))


def replace_store(target: str | Path, data: str | Path, rdf_format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES,
                  *, schema: bool = True) -> int:
    """Make ``target`` an Oxigraph store holding the statements of ``data`` (and, with ``schema``, the shipped
    ontology's hierarchy and labels, :func:`ipkg.query.add_schema`); returns the count of the data's statements.

    :raises StoreError: when ``target`` is a non-empty folder that is not an Oxigraph store (it is never deleted),
        or the store cannot be written
    """
    target = Path(target)
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not looks_like_store(target))):
        raise StoreError(f"{target}: exists and is not an Oxigraph store; choose a new folder or remove it")
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target.parent, f".{target.name}.")  # the .part folder of a load that was killed
    fresh = Path(tempfile.mkdtemp(prefix=scratch_prefix(f".{target.name}."), suffix=".part", dir=target.parent))
    try:
        store = ox.Store(str(fresh))
        store.bulk_load(path=str(data), format=rdf_format)
        count = len(store)
        if schema:
            # the ontology's hierarchy and labels, so the shipped queries answer on the store alone (kg query --store)
            from .query import add_schema

            add_schema(store)
        store.flush()
        del store
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            os.replace(target, old)
        os.replace(fresh, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except (OSError, SyntaxError, ValueError) as err:
        shutil.rmtree(fresh, ignore_errors=True)
        raise StoreError(f"cannot write the Oxigraph store {target}: {err}") from err
    logger.info("loaded %d quads into %s", count, target)
    return count
