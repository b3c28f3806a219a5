"""The Intervention name forms of round 18a, one call for the build: procedures in their standard wordings
(:mod:`.procedure_forms`) and drug classes with another drug noun (:mod:`.class_nouns`)."""

from __future__ import annotations

from pathlib import Path

from ..lexicon import LexiconRow
from .class_nouns import class_noun_forms
from .procedure_forms import procedure_forms

__all__ = ["intervention_forms"]


def intervention_forms(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of :mod:`.procedure_forms` and :mod:`.class_nouns` (each over ``rows`` alone)."""
    return procedure_forms(mesh, rows) + class_noun_forms(shared, mesh, rows)
