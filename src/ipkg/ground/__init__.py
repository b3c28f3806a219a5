"""Grounding: the lexicon (built from ontologies by :mod:`ipkg.ground.build`), its Aho–Corasick index
(:mod:`ipkg.ground.lexicon`), surface-variant normalisation (:mod:`ipkg.ground.variants`) and the matcher
(:class:`~ipkg.ground.matcher.Grounder`)."""

from __future__ import annotations

from .matcher import Grounder, Match, treatment_context

__all__ = ["Grounder", "Match", "treatment_context"]
