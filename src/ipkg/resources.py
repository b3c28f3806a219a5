"""The only module that knows where the shipped ontology, shapes, queries and lexicon live.

An installed wheel carries them under ``ipkg/_data/`` (hatch force-include of the top-level folders); an editable
install or a checkout falls back to the repository's top-level ``ontology/``, ``shapes/`` and ``queries/``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["data_dir", "ontology_path", "ontology_owl_path", "shapes_path", "queries_dir", "lexicon_path"]

_PACKAGE_ROOT = Path(__file__).resolve().parent
_CHECKOUT_ROOT = _PACKAGE_ROOT.parent.parent


def data_dir(name: str) -> Path:
    """The folder of shipped data ``name`` (``ontology``, ``shapes`` or ``queries``)."""
    packaged = Path(str(resources.files("ipkg"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = _CHECKOUT_ROOT / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"ipkg data folder {name!r} is missing: reinstall ipkg (looked in {packaged}, {checkout})")


def ontology_path() -> Path:
    """``ontology/ipkg.ttl``, the edit source of the ontology."""
    return data_dir("ontology") / "ipkg.ttl"


def ontology_owl_path() -> Path:
    """``ontology/ipkg.owl``, the RDF/XML export for Protégé and owlready2."""
    return data_dir("ontology") / "ipkg.owl"


def shapes_path() -> Path:
    """``shapes/ipkg-shapes.ttl``."""
    return data_dir("shapes") / "ipkg-shapes.ttl"


def queries_dir() -> Path:
    """``queries/``, the competency questions."""
    return data_dir("queries")


def lexicon_path() -> Path:
    """The grounding lexicon shipped inside the package (``src/ipkg/ground/data/lexicon.tsv.gz``)."""
    return _PACKAGE_ROOT / "ground" / "data" / "lexicon.tsv.gz"
