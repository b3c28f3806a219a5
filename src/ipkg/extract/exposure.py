"""Experimental exposures (``ipkg:Exposure``, issue 12): stress paradigms and deprivations that induce a model.

The lexicon grounds them (:mod:`ipkg.ground.sources.exposures`); here are the two run-time rules that make them
finding subjects and keep them there:

* a paradigm name that qualifies a noun of the body's reaction or of a measure is not the exposure: "the chronic
  stress response", "stress hormones", "psychological stress reactivity", "chronic stress-related disorders",
  "social isolation scale", "water deprivation testing" (a diagnostic test) (:func:`names_no_exposure`);
* a shorter name of the abstract's paradigm is that paradigm: after "chronic social defeat stress", "social
  defeat" and "social defeat stress" name it again, as "restraint stress" does after "chronic restraint stress"
  (:func:`exposure_aliases`; the curators record the paradigm by its full name);
* an exposure is paired like an intervention (:class:`ipkg.extract.pairing.Item` reads its class as one), but a
  curator records it only as the subject of ``hasAdverseEffect``, ``increases``, ``decreases``, ``modulates`` and
  ``actsThrough``: never what treats or potentiates, never an object (:func:`admissible`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Concept, Finding, Mention

__all__ = ["EXPOSURE", "EXPOSURE_PREDICATES", "admissible", "exposure_aliases", "names_no_exposure"]

#: the entity class of an experimental exposure
EXPOSURE = "Exposure"
#: the predicates an exposure may be the subject of
EXPOSURE_PREDICATES = frozenset({"hasAdverseEffect", "increases", "decreases", "modulates", "actsThrough"})
#: a noun after the name that makes it a reaction, a hormone, a system or a measure, or "-related"
_NOT_EXPOSURE_AFTER = re.compile(
    r"[\s-]+(?:responses?|responsiveness|responsivity|reactions?|reactivity|hormones?|system|axis|"
    r"related|management|coping|scales?|questionnaires?|inventory|index|scores?|levels?|biomarkers?)\b",
    re.IGNORECASE,
)
#: round 19h: a deprivation followed by "test(ing)" is a diagnostic procedure ("the water deprivation test"); a
#: stress paradigm's "test" stays the paradigm ("the learned helplessness test", "the Trier social stress test")
_TEST_AFTER = re.compile(r"[\s-]+(?:tests?|testing)\b", re.IGNORECASE)


def names_no_exposure(text: str, end: int) -> bool:
    """True when what follows an exposure name ending at ``end`` makes it no exposure.

    >>> names_no_exposure("The chronic stress response", 18), names_no_exposure("chronic stress-related", 14)
    (True, True)
    >>> names_no_exposure("chronic stress induced", 14), names_no_exposure("CUMS-induced depression", 4)
    (False, False)
    >>> names_no_exposure("water deprivation testing", 17), names_no_exposure("learned helplessness test", 20)
    (True, False)
    """
    return bool(_NOT_EXPOSURE_AFTER.match(text, end)) or (
        text[max(0, end - 11) : end].lower() == "deprivation" and bool(_TEST_AFTER.match(text, end)))


def admissible(finding: Finding) -> bool:
    """Whether a finding keeps exposures where curators put them: a subject of :data:`EXPOSURE_PREDICATES`
    only, never an object."""
    if finding.obj is not None and finding.obj.cls == EXPOSURE:
        return False
    return finding.subject.cls != EXPOSURE or finding.predicate in EXPOSURE_PREDICATES


def exposure_aliases(mentions: Iterable[Mention]) -> dict[str, Concept]:
    """Case-folded texts of the abstract's exposure mentions whose label is the tail of exactly one longer
    exposure label of the abstract ("social defeat", "social defeat stress" after "chronic social defeat stress")
    -> that longer exposure.

    >>> from ipkg.models import Mention
    >>> long = Concept("e:csds", "chronic social defeat stress", EXPOSURE)
    >>> short = Concept("e:sd", "social defeat", EXPOSURE)
    >>> aliases = exposure_aliases([Mention("abstract", 0, 28, "chronic social defeat stress", long),
    ...                              Mention("abstract", 40, 53, "Social defeat", short)])
    >>> {text: concept.label for text, concept in aliases.items()}
    {'social defeat': 'chronic social defeat stress'}
    """
    exposures = [m for m in mentions if m.concept.cls == EXPOSURE]
    concepts = {m.concept.iri: m.concept for m in exposures}
    out: dict[str, Concept] = {}
    for m in exposures:
        words = _head_words(m.concept.label)
        longer = [c for c in concepts.values() if c.iri != m.concept.iri and _contains_tail(_words(c.label), words)]
        if len(longer) == 1:
            out[m.text.casefold()] = longer[0]
    return out


def _words(label: str) -> list[str]:
    return label.lower().replace("-", " ").split()


def _head_words(label: str) -> list[str]:
    """The words that must recur: the label without a final "stress" ("social defeat stress" ~ "social defeat")."""
    words = _words(label)
    return words[:-1] if len(words) > 1 and words[-1] == "stress" else words


def _contains_tail(longer: list[str], words: list[str]) -> bool:
    """Whether ``longer`` holds ``words`` right after its first word(s), with at most "stress" after them."""
    for start in range(1, len(longer) - len(words) + 1):
        rest = longer[start + len(words):]
        if longer[start:start + len(words)] == words and rest in ([], ["stress"]):
            return True
    return False
