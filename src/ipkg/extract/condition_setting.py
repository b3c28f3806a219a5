"""A condition named as the setting of another: "psychosis in PD", "depression in patients with Parkinson's disease"
(round 43, issue 12).

A trial's null result on "the efficacy of olanzapine for treatment of dopamimetic-induced psychosis in PD" is a
verdict on the psychosis: Parkinson's disease is who has it, not an outcome the trial measured. The trial readers
(:mod:`ipkg.extract.trial_verdict`, :mod:`ipkg.extract.trial_results`) gave the tested drug a denied ``treats`` of
every condition the sentence names; :func:`in_setting` and :func:`setting_of_other` tell them which condition only
follows another one and "in" (or "in patients with").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .relation_context import CONDITION_CLASSES

if TYPE_CHECKING:
    from ..models import Concept, Mention
    from .annotate import Sentence

__all__ = ["in_setting", "setting_of_other"]

#: the words between a condition and the one it is set in: "in", "among", "in patients with"
_IN_SETTING = re.compile(r"\s+(?:in|among)\s+(?:(?:the\s+)?(?:patients|people|persons|individuals|subjects|children|"
                         r"adolescents|adults)\s+(?:with|suffering\s+from|diagnosed\s+with)\s+)?", re.IGNORECASE)


def in_setting(sentence: Sentence, mention: Mention) -> bool:
    """True when ``mention`` of ``sentence`` follows another condition of it and "in" (:data:`_IN_SETTING`).

    >>> from ipkg.models import Concept, Mention
    >>> from ipkg.extract.annotate import Sentence
    >>> psy = Concept("http://e.org/P", "psychotic disorder", "Disorder")
    >>> pd = Concept("http://e.org/D", "Parkinson disease", "Disorder")
    >>> text = "No benefit on psychosis in patients with PD."
    >>> ms = (Mention("abstract", 14, 23, "psychosis", psy), Mention("abstract", 41, 43, "PD", pd))
    >>> s = Sentence("abstract", 1, 0, len(text), text, "results", mentions=ms)
    >>> in_setting(s, ms[1]), in_setting(s, ms[0])
    (True, False)
    """
    return any(o.concept != mention.concept and o.concept.cls in CONDITION_CLASSES and o.end <= mention.start
               and _IN_SETTING.fullmatch(sentence.text, o.end - sentence.start, mention.start - sentence.start)
               for o in sentence.mentions)


def setting_of_other(sentence: Sentence, concept: Concept) -> bool:
    """True when every mention of ``concept`` in ``sentence`` is the setting of another condition
    (:func:`in_setting`)."""
    places = [m for m in sentence.mentions if m.concept == concept]
    return bool(places) and all(in_setting(sentence, m) for m in places)
