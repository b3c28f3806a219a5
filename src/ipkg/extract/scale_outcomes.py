"""A rating scale named for a condition stands for that condition in a trial's result (issue 12, round 18): "The
modified Children's Hospital of Eastern Ontario Pain Scale was significantly lower in group D", "Fatigue Severity
Scale scores did not differ between the groups", "HAM-D scores were lower with X than with placebo" (after "Hamilton
Depression Rating Scale (HAM-D)").

The grounder keeps no mention inside a scale's name (the name is an instrument, not the condition), so a trial
result stated on the scale has no object. The rule: a scale, inventory, questionnaire, index, checklist or score
whose name is capitalised words ("Beck Depression Inventory", "Pain Disability Index"; "of", "for", "and", "the"
may join them) measures the condition one of its words (or two adjacent words) names, looked up whole in the lexicon
(a disorder or a symptom; the name's instrument words -- rating, severity, assessment, scale ... -- are not looked
up, nor a person's name); when the abstract defines a short form for it ("(HAM-D)", "(FSS)"), each later use of the
short form stands for the condition too. A name with words of two conditions ("Hospital Anxiety and Depression
Scale") stands for both. Higher scores are more of the condition, so "lower" is the condition lower. A scale
named for no condition ("visual analogue scale (VAS)", "numeric rating scale (NRS)") stands, by its short form, for
the one condition its definition names ("pain was rated on a visual analogue scale (VAS)", "(NRS) for pain").

These mentions are read only by the trial-result rules (:mod:`ipkg.extract.arm_outcomes`,
:mod:`ipkg.extract.trial_results`): nowhere else does a scale become a finding's object.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Abbreviation, Concept, Mention
from .relations import CONDITION_CLASSES

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["ScaleMentions", "scale_mentions"]

#: a scale's name: capitalised words (joined by "of", "for", "and", "the") ending in the instrument word
_NAME = re.compile(r"\b(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){1,8}(?:Scales?|Inventory|Inventories|Questionnaires?|"
                   r"Index|Checklist|Scores?)\b")
#: the instrument words of a name, never looked up as the condition
_INSTRUMENT = frozenset("""rating ratings scale scales inventory questionnaire index checklist score scores severity
assessment assessments self report short form brief modified revised total global clinical visual analogue analog
numeric numerical of for and the hospital children's childrens impression change symptom symptoms status
examination state test interview disability handicap impact quality life""".split())

#: a scale named for no condition: what it measures is said where the abstract defines it
_GENERIC = re.compile(r"\b(?:visual\s+analog(?:ue)?|numeric(?:al)?\s+rating|verbal\s+rating|(?:wong-baker\s+)?faces?\s+"
                      r"(?:pain\s+)?rating|likert)(?:\s+scales?)?\b", re.I)
#: how far before a generic scale's long form (or after its short form) the condition it measures may be named
_BEFORE, _AFTER = 60, 20


def _measured(annotated: AnnotatedDocument, abbreviation: Abbreviation) -> list[Concept]:
    """The condition a generic scale is defined to measure: the one condition named right before its definition
    ("pain was assessed with a visual analogue scale (VAS)", "pain intensity on a numeric rating scale (NRS)") or
    right after its short form ("(VAS) for pain"); none when the definition names none or two."""
    sentence = annotated.sentence_at(abbreviation.passage, abbreviation.start)
    if sentence is None:
        return []
    near = {m.concept for m in sentence.mentions if m.concept.cls in CONDITION_CLASSES and (
        abbreviation.start - _BEFORE <= m.start < abbreviation.start or abbreviation.end <= m.start < abbreviation.end
        + _AFTER)}
    return list(near) if len(near) == 1 else []


ScaleMentions = dict[tuple[str, int], tuple[Mention, ...]]


def _conditions(name: str, lookup) -> list[Concept]:  # type: ignore[no-untyped-def]
    words = re.findall(r"[\w'’-]+", name)
    found: list[Concept] = []
    i = 0
    while i < len(words):
        for width in (2, 1):
            part = words[i:i + width]
            if len(part) < width or any(w.lower() in _INSTRUMENT for w in part):
                continue
            concept = lookup(" ".join(part).lower())
            if concept is not None and concept.cls in CONDITION_CLASSES:
                if concept not in found:
                    found.append(concept)
                i += width - 1
                break
        i += 1
    return found


def scale_mentions(annotated: AnnotatedDocument) -> ScaleMentions:
    """For each sentence (by passage and start), a mention of the condition each scale it names stands for (see the
    module docstring); sentences without one are absent."""
    from . import get_grounder

    lookup = get_grounder().lookup
    by_name: dict[str, list[Concept]] = {}
    short: dict[str, list[Concept]] = {}
    for abbreviation in annotated.abbreviations:
        concepts = []
        if _NAME.fullmatch(abbreviation.long.strip()):
            concepts = by_name.setdefault(abbreviation.long.strip(), _conditions(abbreviation.long, lookup))
        if not concepts and _GENERIC.search(abbreviation.long):
            concepts = _measured(annotated, abbreviation)
        if concepts:
            short[abbreviation.short] = concepts
    shorts = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in sorted(short, key=len, reverse=True))
                        + r")(?![\w-])") if short else None
    out: ScaleMentions = {}
    for sentence in annotated.sentences:
        text, base = sentence.text, sentence.start
        found: list[Mention] = []
        for match in _NAME.finditer(text):
            name = match.group()
            concepts = by_name.get(name)
            if concepts is None:
                concepts = by_name[name] = _conditions(name, lookup)
            found += [Mention(sentence.passage, base + match.start(), base + match.end(), name, c) for c in concepts]
        for match in shorts.finditer(text) if shorts else ():
            found += [Mention(sentence.passage, base + match.start(), base + match.end(), match.group(), c)
                      for c in short[match.group()]]
        if found:
            out[(sentence.passage, sentence.start)] = tuple(found)
    return out


def with_scales(sentence: Sentence, scales: ScaleMentions) -> Sentence:
    """``sentence`` with the condition mentions of its scales added to its own (by start)."""
    extra = scales.get((sentence.passage, sentence.start))
    if not extra:
        return sentence
    own = {(m.concept, m.start) for m in sentence.mentions}
    added = tuple(m for m in extra if (m.concept, m.start) not in own)
    return replace(sentence, mentions=tuple(sorted((*sentence.mentions, *added), key=lambda m: (m.start, m.end))))
