"""Dictionary grounding: find lexicon names in text and choose one concept per span.

:class:`Grounder` tokenises a text (:func:`ipkg.ground.variants.tokenize`), runs the Aho–Corasick automaton of
:mod:`ipkg.ground.lexicon` over the key string, then

1. drops readings whose case does not fit (short acronyms such as ``IL-6``, ``BD``, ``MDD`` match only with the
   case the lexicon gives them);
2. picks one reading per span: the best-ranked one, except that a context-only reading (a cytokine *given* as a
   drug, an endogenous molecule *administered*) wins when a treatment cue stands next to the span
   (``low-dose IL-2``, ``IL-2 infusion``, ``treated with ...``, ``... (20 mg/kg)``), and is dropped otherwise;
3. keeps the leftmost-longest spans (``major depressive disorder`` over ``depressive disorder``); a shorter
   span of another class inside a kept span is kept too when it is a cytokine or a cell
   (``IL-6 signaling`` names both the pathway and IL-6).

Ontology abbreviations (``syntype`` ``abbreviation``) come back flagged; :mod:`ipkg.extract.mentions` keeps them
only when the document confirms the concept. Nothing here compiles a regex per call or per mention.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import NamedTuple

from ..models import Concept
from .lexicon import UNKNOWN, Entry, Index, load_index
from .variants import tokenize

__all__ = ["Match", "Grounder", "treatment_context"]

logger = logging.getLogger(__name__)

#: a treatment cue right before a name: "low-dose IL-2", "treated with", "infusion of", "randomised to receive"
_CUE_BEFORE = re.compile(
    r"(?:(?:low|high|single|repeated|daily|weekly|standard|fixed|escalating)[- ]dos(?:e|es|ed|ing)|"
    r"administ\w*|adjunct\w*|treat(?:ed|ment|ing)?\s+with|therap(?:y|ies)\s+with|infusions?\s+of|"
    r"injections?\s+of|inject\w*|given|receiv\w*|randomi[sz]ed\s+to|supplement\w*\s+with|"
    r"recombinant|challenge[sd]?\s+with|pre-?treat\w*|doses?\s+of|exposure\s+to|exposed\s+to|"
    r"add-on|augment\w*\s+with)"
    r"(?:\s+(?:either|a|an|the|of|with|\w+-dose|low|high|single|intravenous|oral|intranasal|subcutaneous)){0,3}"
    r"[\s(]*$",
    re.IGNORECASE,
)
#: a treatment cue right after a name: "IL-2 therapy", "-induced", "(20 mg/kg)", "-enriched", "group"
_CUE_AFTER = re.compile(
    r"^[\s-]*(?:treatment|therapy|therapies|infusion|injection|administration|supplementation|supplement|"
    r"challenge|treated|induced|enriched|augmentation|monotherapy|arm|group|"
    r"\(?\s*\d+(?:\.\d+)?\s*(?:mg|µg|μg|ug|g|iu|miu|mu|ng|units?)\b)",
    re.IGNORECASE,
)


#: positions in a raw reading tuple (see :attr:`ipkg.ground.lexicon.Index.entries`)
_CASED, _CONTEXT, _ABBREVIATION = 4, 5, 6
#: classes whose names inside a longer span of another class are kept as mentions of their own
_NESTABLE = frozenset({"Cytokine", "ImmuneCell"})


def treatment_context(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` say it is given as a treatment.

    >>> t = "low-dose IL-2 raised Tregs; IL-2 levels were low; patients treated with low-dose IL-2"
    >>> treatment_context(t, 9, 13), treatment_context(t, 28, 32), treatment_context(t, 80, 84)
    (True, False, True)
    """
    return bool(_CUE_BEFORE.search(text, max(0, start - 48), start) or _CUE_AFTER.match(text[end : end + 24]))


class Match(NamedTuple):
    """A grounded span of a text: offsets, the concept, the lexicon entry that matched and whether it is an
    ontology abbreviation that still needs confirming."""

    start: int
    end: int
    concept: Concept
    entry: Entry
    abbreviation: bool


class Grounder:
    """Finds lexicon concepts in text. Build once per process (:meth:`from_path`) and reuse."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._automaton = index.automaton
        self._vocab = index.vocab
        self._entries = index.entries

    @classmethod
    def from_path(cls, path: Path | None = None, *, use_cache: bool = True) -> Grounder:
        """The grounder of the lexicon at ``path`` (default: the shipped one, :func:`ipkg.resources.lexicon_path`)."""
        if path is None:
            from ..resources import lexicon_path

            path = lexicon_path()
        return cls(load_index(Path(path), use_cache=use_cache))

    @classmethod
    def default(cls) -> Grounder:
        """The grounder of the shipped lexicon (index cached on disk; callers keep one per process)."""
        return cls.from_path()

    def concept(self, curie_or_iri: str) -> Concept | None:
        """The concept with this CURIE or IRI, when the lexicon has it."""
        return self.index.by_curie.get(curie_or_iri) or self.index.concepts.get(curie_or_iri)

    def lookup(self, name: str, cls: str | None = None) -> Concept | None:
        """The concept a whole name grounds to (no context, case rules applied), optionally of one class."""
        tokens = tokenize(name, breaks=False)
        code = "".join(self._vocab.get(t[0], UNKNOWN) for t in tokens)
        value = self._automaton.get(code, None) if code else None
        if value is None:
            return None
        cased = tokens[0][3]
        for raw in self._entries[value >> 6]:
            concept = self.index.table[raw[0]]
            if raw[_CONTEXT] or raw[_CASED] and raw[_CASED] != cased:
                continue
            if cls is None or concept.cls == cls:
                return concept
        return None

    def find(self, text: str) -> list[Match]:
        """The grounded spans of ``text``, sorted by start: leftmost-longest, one reading each (plus nested
        cytokines and cells inside longer spans of another class)."""
        tokens = tokenize(text)
        if not tokens:
            return []
        vocab = self._vocab
        code = "".join([vocab.get(t[0], UNKNOWN) for t in tokens])
        candidates: list[tuple[int, int, tuple, bool]] = []
        for j, value in self._automaton.iter(code):
            chosen = self._choose(text, tokens, j - (value & 63) + 1, j, self._entries[value >> 6])
            if chosen is not None:
                candidates.append((j - (value & 63) + 1, j, chosen[0], chosen[1]))
        if not candidates:
            return []
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        kept: list[tuple[int, int, tuple, bool]] = []
        last = -1
        for cand in candidates:
            if cand[0] > last:
                kept.append(cand)
                last = cand[1]
        nested = self._nested(candidates, kept)
        entry_of = self.index.entry
        out = []
        for i, j, raw, abbreviation in kept + nested:
            entry = entry_of(raw)
            out.append(Match(tokens[i][1], tokens[j][2], entry.concept, entry, abbreviation))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    @staticmethod
    def _choose(text: str, tokens: list, i: int, j: int, entries: tuple) -> tuple[tuple, bool] | None:
        """One raw reading for the span tokens[i..j], or None when no reading fits its case or context."""
        cased = tokens[i][3]
        plain = None
        contextual = None
        for raw in entries:
            if raw[_CASED] and raw[_CASED] != cased:
                continue
            if raw[_CONTEXT]:
                if contextual is None:
                    contextual = raw
            elif plain is None:
                plain = raw
        if contextual is not None and treatment_context(text, tokens[i][1], tokens[j][2]):
            return contextual, False
        if plain is None:
            return None
        return plain, plain[_ABBREVIATION]

    def _nested(self, candidates: list, kept: list) -> list:
        """Cytokine and cell spans strictly inside a kept span of another class (IL-6 in "IL-6 signaling")."""
        out = []
        table = self.index.table
        for i, j, raw, abbreviation in candidates:
            cls = table[raw[0]].cls
            if cls not in _NESTABLE or abbreviation:
                continue
            for ki, kj, kraw, _ in kept:
                if ki <= i and j <= kj and (ki, kj) != (i, j):
                    if table[kraw[0]].cls != cls:
                        out.append((i, j, raw, abbreviation))
                    break
        return out
