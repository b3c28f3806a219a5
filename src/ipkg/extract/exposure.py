"""Experimental exposures (``ipkg:Exposure``, issue 12): stress paradigms and deprivations that induce a model.

The lexicon grounds them (:mod:`ipkg.ground.sources.exposures`); here are the two run-time rules that make them
finding subjects and keep them there:

* a paradigm name that qualifies a noun of the body's reaction or of a measure is not the exposure: "the chronic
  stress response", "stress hormones", "psychological stress reactivity", "chronic stress-related disorders",
  "social isolation scale" (:func:`names_no_exposure`);
* an exposure is paired like an intervention (:class:`ipkg.extract.pairing.Item` reads its class as one), but a
  curator records it only as the subject of ``hasAdverseEffect``, ``increases``, ``decreases``, ``modulates`` and
  ``actsThrough``: never what treats or potentiates, never an object (:func:`admissible`).
"""

from __future__ import annotations

import re

from ..models import Finding

__all__ = ["EXPOSURE", "EXPOSURE_PREDICATES", "admissible", "names_no_exposure"]

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


def names_no_exposure(text: str, end: int) -> bool:
    """True when what follows an exposure name ending at ``end`` makes it no exposure.

    >>> names_no_exposure("The chronic stress response", 18), names_no_exposure("chronic stress-related", 14)
    (True, True)
    >>> names_no_exposure("chronic stress induced", 14), names_no_exposure("CUMS-induced depression", 4)
    (False, False)
    """
    return bool(_NOT_EXPOSURE_AFTER.match(text, end))


def admissible(finding: Finding) -> bool:
    """Whether a finding keeps exposures where curators put them: a subject of :data:`EXPOSURE_PREDICATES`
    only, never an object."""
    if finding.obj is not None and finding.obj.cls == EXPOSURE:
        return False
    return finding.subject.cls != EXPOSURE or finding.predicate in EXPOSURE_PREDICATES
