"""A disorder that names who was treated, not what was treated (round 34, issue 12): guards of
:func:`ipkg.extract.relation_conditions.treats_or_adverse` and of the trial verdict's results sentences.

* **A purpose before the population**: "X with placebo for smoking cessation in patients with schizophrenia", "X
  for weight loss in adults with bipolar disorder": the disorder after "in patients with" is the population of a
  study whose aim the "for" phrase names (a duration, "for 8 weeks in patients with Y", and "for the treatment of
  ..." stay the convention "X in patients with Y": X treats Y).
* **The population that owns a generic outcome**: "X can improve cancer patients' overall quality of life", "X
  improved the quality of life of stroke patients": the outcome is the quality of life (well-being, mood, sleep,
  fatigue, satisfaction ...: what any population has), the disorder names its owners. An outcome of the disorder
  stays its treatment: "schizophrenia patients' negative symptoms", "motor function in PD mice", "mortality in
  stroke patients" (a first version read every "<outcome> of / in Y patients" so and dropped four right findings
  of Parkinson's disease models on the 9k corpus).
* **The population's ongoing treatment**: "X is superior to placebo when used in combination with lithium or
  divalproex in acute mania": the drugs after "in combination with / added to / on top of" another mention are what
  the population already took (the add-on's background), not a treatment of the disorder of their own.
* **Populations compared**: "no significant difference in outcome for patients with chronic migraine versus those
  with tension-type headache": a comparison of patient groups, no verdict on the treatment.
"""

from __future__ import annotations

import re

from .negation import MASK
from .relation_context import POPULATION

__all__ = ["POPULATIONS_COMPARED", "ongoing_treatment", "owners_outcome", "purpose_before_population"]

_F = re.IGNORECASE
#: "for <purpose> in (the) <population> with", at the end of the words between the intervention and the disorder
_PURPOSE = re.compile(
    rf"\bfor\s+((?:[\w-]+\s+){{1,3}}?)(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{POPULATION}\s+"
    rf"(?:with|suffering\s+from|diagnosed\s+with|affected\s+by)\s+(?:[\w-]+\s+){{0,3}}?\(?$", _F)
#: what a "for" phrase holds when it is no purpose: a duration or the treatment of the disorder itself
_NO_PURPOSE = re.compile(r"^(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|six\b|several\b|up\b|at\b|each\b|the\s+"
                         r"(?:treatment|management|therapy|prevention|relief)\b|(?:treatment|management|therapy|"
                         r"prevention|relief)\b)|\b(?:weeks?|months?|days?|years?|hours?|period|duration)\b", _F)
#: an outcome any population has, not a sign of its disorder: "quality of life", "well-being", "satisfaction"
_GENERIC_OUTCOME = (r"(?:quality\s+of\s+life|(?:hr)?qol|well-?being|satisfaction|adherence|compliance|knowledge|"
                    r"self-efficacy|coping|mood(?:\s+status)?|sleep(?:\s+quality)?|fatigue|social\s+functioning|"
                    r"daily\s+activities|costs?)")
#: the disorder names the owners of a generic outcome: "Y patients' (overall) quality of life"
_OWNERS = re.compile(rf"\s*{POPULATION}(?:'|’)s?\s+(?:[\w-]+\s+)?{_GENERIC_OUTCOME}\b", _F)
#: "... the quality of life of (the) Y patients", "QOL in Y patients": a generic outcome of the population after it
_OF_POPULATION = re.compile(rf"^\s*(?:the\s+|their\s+)?(?:[\w-]+\s+)?{_GENERIC_OUTCOME}\s+(?:of|in|among)\s+"
                            r"(?:the\s+)?$", _F)
_POPULATION_NEXT = re.compile(rf"\s*{POPULATION}\b", _F)
#: another mention, then "in combination with" (or "added to", "on top of") right before the list of drugs
_COMBINED_WITH = re.compile(rf"{MASK}[^;.]{{0,60}}?\b(?:in\s+combination\s+with|combined\s+with|added\s+to|"
                            r"on\s+top\s+of|as\s+an?\s+(?:add-?on|adjunct)\s+to)\s+(?:(?:the|a|an|ongoing|"
                            r"current|standard|stable)\s+)?$", _F)
#: a comparison of patient groups: "for patients with A versus those with B"
POPULATIONS_COMPARED = re.compile(
    rf"\b{POPULATION}\s+(?:with|who\s+had)\s+[^.;]{{1,80}}?\b(?:versus|vs\.?|compared\s+(?:with|to)|and)\s+"
    r"(?:those|patients|participants|subjects|individuals)\s+(?:with|who\s+had|without)\b", _F)


def purpose_before_population(between: str) -> bool:
    """True when the words between an intervention and a disorder end with "for <purpose> in <population> with":
    the disorder is the population, the purpose the outcome.

    >>> purpose_before_population(" with placebo for smoking cessation in patients with ")
    True
    >>> purpose_before_population(" for 8 weeks in patients with ")
    False
    >>> purpose_before_population(" for the treatment of depression in patients with ")
    False
    """
    purpose = _PURPOSE.search(between)
    return purpose is not None and not _NO_PURPOSE.search(purpose.group(1))


def owners_outcome(text: str, trigger_end: int, start: int, end: int) -> bool:
    """True when the disorder at ``start:end`` of ``text``, the object of an improving verb that ends at
    ``trigger_end``, names the owners of a generic outcome: "Y patients' quality of life", "the quality of life of
    Y patients" (:data:`_GENERIC_OUTCOME`; "motor function in PD mice" stays PD's).

    >>> text = "MQ can improve cancer patients' overall QOL."
    >>> owners_outcome(text, 14, 15, 21)
    True
    >>> text = "X improved the quality of life of stroke patients."
    >>> owners_outcome(text, 10, 34, 40)
    True
    >>> text = "X improved motor function in PD mice."
    >>> owners_outcome(text, 10, 29, 31)
    False
    """
    return bool(_OWNERS.match(text, end) or _OF_POPULATION.match(text[trigger_end:start])
                and _POPULATION_NEXT.match(text, end))


def ongoing_treatment(pre: str) -> bool:
    """True when the text before a list of drugs (``pre``, mentions masked) ends with another mention and "in
    combination with" or the like: the drugs are the ongoing treatment an add-on was given with.

    >>> ongoing_treatment("§§§§§§§§§§§ is superior to placebo when used in combination with ")
    True
    >>> ongoing_treatment("Patients received a combination with ")
    False
    """
    return _COMBINED_WITH.search(pre) is not None
