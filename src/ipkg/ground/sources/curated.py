"""The hand-made parts of the lexicon: ``lexicon/curated.tsv`` (names no ontology carries) and
``lexicon/stoplist.tsv`` (names too common or too ambiguous to match). Both have a ``reason`` column that must
not be empty; see ``lexicon/README.md``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ...errors import GroundingError
from ...models import ENTITY_CLASSES
from ..lexicon import LexiconRow
from ..variants import is_acronym, name_key
from .common import curie_to_iri, read_tsv

__all__ = ["CuratedName", "StopName", "read_curated", "read_stoplist", "curated_rows"]

logger = logging.getLogger(__name__)

CURATED_COLUMNS = ("class", "curie", "label", "name", "flags", "reason")
STOPLIST_COLUMNS = ("name", "class", "reason")


@dataclass(frozen=True)
class CuratedName:
    """One curated name: ``cls`` ``curie`` ``label`` (may be empty: taken from the sources) ``name`` ``flags``."""

    cls: str
    curie: str
    label: str
    name: str
    flags: str
    reason: str


@dataclass(frozen=True)
class StopName:
    """A name never matched in ``cls`` (``*``: any class)."""

    name: str
    cls: str
    reason: str


def _check(path: Path, row: dict, columns: tuple[str, ...], number: int) -> None:
    if tuple(row) != columns:
        header = "\t".join(columns)
        raise GroundingError(f"{path}: header must be {header!r}")
    if not (row.get("reason") or "").strip():
        raise GroundingError(f"{path}:{number}: every row needs a reason")


def read_curated(path: Path) -> list[CuratedName]:
    """The curated names (comment lines start with ``#``)."""
    out = []
    for number, row in enumerate(read_tsv(path), start=2):
        if row["class"].startswith("#"):
            continue
        _check(path, row, CURATED_COLUMNS, number)
        if row["class"] not in ENTITY_CLASSES:
            raise GroundingError(f"{path}:{number}: class {row['class']!r} is not one of {ENTITY_CLASSES}")
        curie_to_iri(row["curie"], row["class"])  # raises on an unknown prefix
        out.append(CuratedName(row["class"], row["curie"], row["label"], row["name"], row["flags"], row["reason"]))
    return out


def read_stoplist(path: Path) -> list[StopName]:
    """The stop list (comment lines start with ``#``)."""
    out = []
    for number, row in enumerate(read_tsv(path), start=2):
        if row["name"].startswith("#"):
            continue
        _check(path, row, STOPLIST_COLUMNS, number)
        if row["class"] != "*" and row["class"] not in ENTITY_CLASSES:
            raise GroundingError(f"{path}:{number}: class {row['class']!r} must be '*' or an entity class")
        out.append(StopName(row["name"], row["class"], row["reason"]))
    return out


def curated_rows(curated: list[CuratedName], labels: dict[str, str]) -> list[LexiconRow]:
    """Lexicon rows for the curated names; the label comes from the sources (``labels``: CURIE -> label) and
    must agree with the curated label when both exist, so a typo in an id cannot slip in."""
    rows = []
    for item in curated:
        known = labels.get(item.curie)
        if known and item.label and name_key(known) != name_key(item.label):
            raise GroundingError(
                f"curated {item.curie}: label {item.label!r} differs from the source label {known!r}; fix the id"
            )
        label = known or item.label
        if not label:
            raise GroundingError(f"curated {item.curie}: no label in the sources, give one in curated.tsv")
        flags = [f for f in item.flags.split(",") if f]
        if is_acronym(item.name) and "cs" not in flags:
            flags.append("cs")
        rows.append(LexiconRow(item.cls, curie_to_iri(item.curie, item.cls), item.curie, label, item.name, "curated",
                               "curated", "curated", ",".join(flags)))
    return rows
