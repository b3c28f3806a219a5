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

A relative pronoun's clause is said of the noun before it: an association's object inside it, or a target far
before it, is not the disorder's (:func:`in_relative_clause`, :func:`far_antecedent`).
"""

from __future__ import annotations

import re

from .relation_context import _WS

__all__ = ["far_antecedent", "in_relative_clause", "is_component", "is_lowering", "names_absence"]

_F = re.IGNORECASE
#: a function or organ word right before "depression": the function is lowered
_FUNCTION_BEFORE = re.compile(
    r"\b(?:contractile|myocardial|cardiac|cardiovascular|circulatory|respiratory|ventilatory|synaptic|long[\s-]term|"
    r"spreading|immune|immunological|(?:bone\s+)?marrow|h[a]?ematopoietic|CNS|neuronal|motor|locomotor|"
    r"ST(?:[\s-]segment)?|segment|growth|freezing[\s-]point)\s+$",
    _F,
)
#: a parenthesis (one level of nesting inside) between the words: "natural killer (CD56(+) and CD56(+)DR(+)) blood
#: cells" (round 24)
_PARENTHESIS = r"\((?:[^()]|\([^()]{0,40}\)){0,80}\)"
#: "depression of / in" a function, an activity, a behaviour or a cell (up to four words before it, a parenthesis
#: counting as one)
_FUNCTION_AFTER = re.compile(
    rf"\s+(?:of|in|on)\s+(?:the\s+)?(?:(?:{_PARENTHESIS}|[\w()-]+)\s+){{0,4}}?(?:activity|activities|function|functions|responses?|"
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


#: a relative clause opened after a noun: ", which / who / whose"
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b", _F)


def in_relative_clause(text: str, start: int, end: int) -> bool:
    """True when a relative clause opens between ``start`` and ``end`` and is not closed by a comma before
    ``end``: what lies there is said of the noun before the clause ("AD has been linked with herpesvirus, which
    enters melanosomes and causes apoptosis, and with gut dysbiosis": apoptosis is the virus's, dysbiosis AD's)."""
    opened = None
    for opened in _RELATIVE.finditer(text, start, end):
        pass
    return opened is not None and "," not in text[opened.end() : end]


#: a relative pronoun right before the association cue: "... which correlate with", "that are linked to"
_PRONOUN_BEFORE = re.compile(rf"\b(?:which|that)\s+{_WS}{{0,2}}$", _F)


def far_antecedent(text: str, target_end: int, cue_start: int) -> bool:
    """True when the cue's subject is a relative pronoun more than four words after the target: the pronoun
    stands for a nearer noun ("Activation of the kynurenine pathway by interferon-alpha leads to altered csf
    concentrations of kynurenine and its metabolites which correlate with depression": the metabolites correlate)."""
    pronoun = _PRONOUN_BEFORE.search(text, max(target_end, cue_start - 60), cue_start)
    return pronoun is not None and len(text[target_end : pronoun.start()].split()) > 4
