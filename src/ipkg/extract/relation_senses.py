"""Senses and roles a mention does not carry (round 8, session 7; docs/findings.md 5g).

"Depression" is also the physiologists' word for a lowering: "systolic contractile depression", "respiratory
depression", "the depression of general activity", "the depression in social exploration induced by IL-1β", "the
depression of natural killer (NK) cell ...". Such a mention names a reduced function, not the mood disorder, and
is no endpoint of a finding. The mood disorder keeps its usual company ("depression in patients with ...",
"depression of the elderly", "LPS-induced depression", "depression-like behaviour").

"non-" before a mention names its absence: "in non-PD populations", "non-depressed controls" are not about
Parkinson's disease or depression.

An intervention listed after "consisted of", "composed of", "made up of" is a component of the preparation named
before it ("The compound inhalation liquid consisted of ligustrazin, baicalin and ginkgolide, has the
anti-asthmatic ..."): the preparation, not the component, does what the clause says.
"""

from __future__ import annotations

import re

__all__ = ["is_component", "is_lowering", "names_absence"]

_F = re.IGNORECASE
#: a function or organ word right before "depression": the function is lowered
_FUNCTION_BEFORE = re.compile(
    r"\b(?:contractile|myocardial|cardiac|cardiovascular|circulatory|respiratory|ventilatory|synaptic|long[\s-]term|"
    r"spreading|immune|immunological|(?:bone\s+)?marrow|h[a]?ematopoietic|CNS|neuronal|motor|locomotor|"
    r"ST(?:[\s-]segment)?|segment|growth|freezing[\s-]point)\s+$",
    _F,
)
#: "depression of / in" a function, an activity, a behaviour or a cell (up to four words before it)
_FUNCTION_AFTER = re.compile(
    r"\s+(?:of|in|on)\s+(?:the\s+)?(?:[\w()-]+\s+){0,4}?(?:activity|activities|function|functions|responses?|"
    r"exploration|behaviou?rs?|motility|contractility|transmission|cells?|production|proliferation|immunity|output|"
    r"rate|pressure|tone|synthesis|release|secretion|intake|locomotion|firing|potentials?|reflex(?:es)?|"
    r"responsiveness|hyper-?responsiveness|conduction)\b",
    _F,
)
#: the people or animals a depression is "in" or "of": then it is the mood disorder ("depression in patients with
#: low physical activity", "depression of elderly people")
_POPULATION = re.compile(
    r"\b(?:patients?|subjects?|individuals?|persons?|people|women|men|mothers|fathers|adults?|children|adolescents?|"
    r"youths?|elderly|older|population|veterans?|students?|those|cohorts?|rats?|mice|animals?|rodents?|cases?|"
    r"smokers?|users?|survivors?|late\s+life|pregnancy|postpartum|with|who)\b",
    _F,
)
_DEPRESSION = re.compile(r"depression", _F)
#: how far before the word its function qualifier is looked for (characters; keeps the check linear)
_REACH = 40


def is_lowering(sentence: str, start: int, end: int) -> bool:
    """True when the mention ``sentence[start:end]`` is the word "depression" used for a lowered function (see the
    module docstring)."""
    if not _DEPRESSION.fullmatch(sentence[start:end]):
        return False
    if _FUNCTION_BEFORE.search(sentence, max(0, start - _REACH), start):
        return True
    after = _FUNCTION_AFTER.match(sentence, end)
    return after is not None and not _POPULATION.search(after.group(0))


_NON = re.compile(r"\bnon[\s-]$", _F)
#: the list of components a preparation "consisted of", up to the mention (eight words at most)
_COMPONENT_OF = re.compile(
    r"\b(?:consist(?:s|ed|ing)?|composed|made\s+up|comprised)\s+of\s+(?:[^\s;:.()]+\s+){0,8}?$", _F
)


def names_absence(sentence: str, start: int) -> bool:
    """True when the mention starting at ``start`` follows "non-": it names the concept's absence."""
    return bool(_NON.search(sentence, max(0, start - 4), start))


def is_component(sentence: str, start: int) -> bool:
    """True when the mention starting at ``start`` is listed as a component after "consisted of" (see the module
    docstring)."""
    return bool(_COMPONENT_OF.search(sentence, max(0, start - 120), start))

