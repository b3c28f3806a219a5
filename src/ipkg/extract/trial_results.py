"""A trial's null result stated sentence by sentence (issue 12, round 18): "No significant differences in cough severity
were found between the two groups", "The proportion of dogs with AKI did not differ between the X and the placebo
groups", "X had no significant effect on measures of insulin secretion", "cholestasis was 11 of 110 (10.1%) in the
intervention and 18 of 113 (15.9%) in the control group (P = .20)".

A results or conclusions sentence of a randomised or non-randomised trial that states that the arms did not differ
gives, for each condition and marker it names that no finding of the sentence holds yet (not the population: "patients
with Y"; but "the proportion of patients with Y" is an outcome), a *denied* finding of the arm's intervention:
``treats`` a condition (``hasAdverseEffect`` when it is named after words of adverse events, side effects, complications
or toxicity, or called one: "somnolence was the most common adverse event"), ``modulates`` a marker with direction
``no-change``. The sentence states the null result in words (:data:`ipkg.extract.outcomes.NULL_RESULT`: "no significant
difference", "did not differ", "was similar", "comparable"; "no effect of X on Y", "did not alter"; and, where it
compares the arms, "no change in", "unchanged") or by statistics alone (every p-value 0.05 or above and no word of
significance: "(P = .20)", "p > 0.05", "p = NS"). It gives nothing when it also states a significant result (a p-value
below 0.05, or "significantly" outside the null wording: which outcome is which is not read), an exception ("with the
exception of", "no other differences", "but", "whereas"), a trend or a marginal result ("a trend toward", "borderline"),
a subgroup, post hoc or exploratory result, or balance before treatment ("at baseline", "before the procedure", "no
differences in age, gender, body mass index"). A condition that qualifies the people or the scale ("in ADHD adults", "CF
Quality of Life score") is no outcome.

The arm: the interventions the sentence names as arms (:func:`ipkg.extract.arm_outcomes.named_arms`: "the X group",
"patients receiving X", an arm label the abstract defines, "group D"), else a tested intervention it names before the
null wording ("X had no significant effect on Y"), else -- when the sentence compares the arms ("between the groups",
"placebo", "control", "than") and names a placebo, sham, control or usual-care arm, or (round 51) says "between the
groups" in an abstract that pairs the tested intervention with such an arm ("X or placebo") -- the trial's one tested
intervention. A comparator ("than X", "versus X") is never the subject; nor is anyone when the trial has an active
comparator or the sentence names two interventions (two active arms that did not differ: neither is denied a benefit),
nor a tested intervention named as an outcome ("no difference in the need for X", "consumption of X"). Why a sentence of
its own: the trial's verdict (:mod:`ipkg.extract.outcomes`) speaks of the studied condition only, and only when the
sentence names nothing but the trial's own interventions; Evidence Inference's doctors label every outcome of a trial,
and most null outcomes are stated this way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..cues import Cue, Folded, fold
from ..models import Concept, Finding, StudyPico
from .arm_outcomes import BASELINE, COMPARATOR_WORDS, named_arms, population_pattern, sentence_finding, trial_context
from .condition_setting import in_setting
from .relations import CONDITION_CLASSES, MODULATED_CLASSES, NO_CHANGE
from .scale_outcomes import with_scales

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["P_NULL", "SIGNIFICANT", "null_by_p", "null_results", "null_spans"]

_F = re.IGNORECASE
#: the sentence compares the arms
_COMPARES = re.compile(
    r"\b(?:placebo|control\s+(?:groups?|arms?|conditions?|subjects|patients)|controls|sham|usual\s+care|compared|"
    r"versus|vs\.?|than|between(?:-|\s+)(?:the\s+)?(?:(?:two|three|"
    r"four|study|treatment|intervention)\s+){0,2}(?:arms|groups|conditions)|(?:among|across|in)\s+(?:all|both|the\s+"
    r"(?:two|three|four))\s+(?:\w+\s+)?(?:groups|arms)|group\s+differences?|between[\s-]groups?)\b", _F)
#: more null wording, read here only (the trial's verdict keeps its own): "there was no effect of X on Y", "X did not
#: alter Y", "no change in Y between the groups", "Y was unchanged"; (round 51) "Y did not differ significantly", whose
#: "significantly" the verdict's "did not differ" leaves outside the null wording
_NO_EFFECT = re.compile(r"\bno\s+(?:[\w-]+\s+){0,2}?effects?\s+(?:of|on)\b|"
                        r"\bdid\s+not\s+(?:significantly\s+)?(?:alter|affect|change|modify|influence)\b|"
                        r"\bdid\s+not\s+differ\s+(?:statistically\s+)?significantly\b", _F)
#: wording that says nothing changed, a null result only where the sentence compares the arms ("no change in Y
#: between the two treatment groups"; not "no change in bone density" of one arm, "a cut-off unaffected by X")
_NO_CHANGE = re.compile(r"\bno\s+(?:significant\s+)?changes?\s+in\b|\b(?:unchanged|unaffected)\b", _F)
#: what makes the sentence no plain null result: a trend, a marginal result, a subgroup, an analysis of a part
_NOT_PLAIN = re.compile(
    r"\b(?:trends?|tended|tendency|borderline|marginal(?:ly)?|subgroups?|subsets?|post[\s-]hoc|exploratory|stratif\w*|"
    r"only\s+(?:in|among|for)|interaction|except(?:ion|ing)?|apart\s+from|other\s+than|whereas|while|but|however|"
    r"although|"
    r"no\s+other|before\s+(?:the\s+)?(?:procedure|surgery|operation|treatment|intervention|randomi[sz]ation)|"
    r"age|gender|sex|body\s+mass\s+index|demographic\w*)\b", _F)
#: statistics of a significant result; the null wording is masked first (why this reader is not the trial
#: comparisons' numeric one, :func:`ipkg.extract.arm_outcomes._significant`: its docstring)
SIGNIFICANT = re.compile(r"\bsignifican\w*|\bp\s*(?:<|≤|<=)\s*0?\.0[0-5]\d*|\bp\s*=\s*0?\.0[0-4]\d*", _F)
#: a p-value that says not significant: "P = .20", "p > 0.05", "p = NS", "p = 0.05" stays undecided
P_NULL = re.compile(r"\bp(?:-value)?\s*(?:=\s*(?:0?\.(?:[1-9]|0[6-9]|05\d*[1-9])|1(?:\.0+)?|n\.?s\.?)|"
                    r"(?:>|≥|>=)\s*0?\.\d+)", _F)
#: a condition called an adverse event after it: "somnolence was the most common adverse event", (round 43) in an
#: apposition: "hypotension, the most frequently reported adverse event"
_CALLED_ADVERSE = re.compile(r"\s*(?:(?:was|were)\s+|,\s+)(?:the\s+)?(?:most\s+)?(?:common|frequent)\w*\s+"
                             r"(?:reported\s+)?(?:adverse|side)", _F)
#: an intervention named as an outcome: "the need for X", "consumption of X", "use of X"
_USE_OF = re.compile(r"\b(?:need|needs|use|usage|consumption|requirements?|doses?|amount)\s+(?:of|for)\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+)?$", _F)
#: a statement of an adverse outcome: the denied claim is an adverse effect, not a treatment
_ADVERSE = re.compile(r"\b(?:adverse|side[\s-]effects?|complications?|toxicit\w+|safety|tolerab\w+|"
                      r"reactions?)\b", _F)
_COMPARATOR_WORD = re.compile(rf"\b(?:{COMPARATOR_WORDS})\s+(?:the\s+)?$", _F)
#: the population, not an outcome: "patients with Y", "dogs at risk of Y" (a count of the population is an outcome: "the
#: proportion of dogs with AKI did not differ")
_POPULATION = population_pattern("cases|infants|mothers|animals|dogs|cats|rats|mice", r"at\s+risk\s+(?:of|for)",
                                 counted=True)


@functools.lru_cache(maxsize=1)
def _scans() -> dict[str, Cue]:
    """The sentence-wide searches of :func:`_null_wording`, run folded over the lower-cased sentence (the same
    matches, ~2x faster: :class:`ipkg.cues.Cue`; ungated, as the empty needle is in every text). Made on first use:
    :mod:`ipkg.extract.outcomes`, which holds ``NULL_RESULT``, imports this module."""
    from .outcomes import NULL_RESULT

    return {name: Cue(pattern, "") for name, pattern in (
        ("not plain", _NOT_PLAIN), ("baseline", BASELINE), ("compares", _COMPARES), ("null", NULL_RESULT),
        ("no effect", _NO_EFFECT), ("no change", _NO_CHANGE), ("significant", SIGNIFICANT))}


def null_spans(text: str, compares: bool = False, view: Folded | None = None) -> list[tuple[int, int]]:
    """The spans of the sentence's null wording, in order: :data:`ipkg.extract.outcomes.NULL_RESULT` and the "no effect"
    wording, and, where the sentence ``compares`` the arms, "no change in" / "unchanged". ``view``: ``fold(text)``
    when the caller has it."""
    scans = _scans()
    view = fold(text) if view is None else view
    names = ("null", "no effect", "no change") if compares else ("null", "no effect")
    return sorted(m.span() for name in names for m in scans[name].finditer(view))


def null_by_p(text: str, view: Folded | None = None) -> bool:
    """A null result stated by statistics alone: a p-value that says not significant (:data:`P_NULL`) and no p-value
    below 0.05 nor word of significance (:data:`SIGNIFICANT`)."""
    return not _scans()["significant"].search(fold(text) if view is None else view) and bool(P_NULL.search(text))


def _null_wording(text: str, view: Folded | None = None) -> list[tuple[int, int]] | None:
    """The spans of the sentence's null wording (``[]`` for a null stated by p-values alone); ``None`` when the
    sentence is no plain null result. ``view``: ``fold(text)`` when the caller has it."""
    scans = _scans()
    view = fold(text) if view is None else view
    if scans["not plain"].search(view) or scans["baseline"].search(view):
        return None
    spans = null_spans(text, bool(scans["compares"].search(view)), view)
    if not spans:
        return [] if null_by_p(text, view) else None
    rest = text
    for lo, hi in spans:  # the null wording blanked, so that its own words ("significant") do not count
        rest = f"{rest[:lo]}{' ' * (hi - lo)}{rest[hi:]}"
    return None if scans["significant"].search(fold(rest)) else spans  # a significant result beside it, or none


#: a condition that qualifies who was measured or what scale: "in ADHD adults", "CF Quality of Life score"
_QUALIFIER_AFTER = re.compile(r"\s+(?:adults|patients|children|subjects|individuals|women|men|infants|outpatients|"
                              r"inpatients|population|cohort|quality\s+of\s+life|qol)\b", _F)
#: the sentence names a placebo, sham or untreated arm: the arms' null result is then the tested intervention's
#: ("between the groups" alone may be two active arms, or arms that differ by a setting of the intervention)
_UNTREATED_ARM = re.compile(r"\b(?:placebo|sham|usual\s+care|standard\s+care|no[\s-]treatment|wait(?:ing)?[\s-]?list|"
                            r"control\s+(?:group|arm|condition))\b", _F)


#: the sentence compares "the groups" without naming them (round 51): "Pain scores did not differ significantly between
#: groups", "no significant differences between the two groups in fatigue"
_BETWEEN_GROUPS = re.compile(r"\bbetween(?:-|\s+)(?:the\s+)?(?:two\s+)?(?:(?:study|treatment|intervention)\s+)?"
                             r"(?:groups?|arms)\b", _F)


#: an arm pair of the tested intervention and an untreated arm, read after the intervention's mention ("X or placebo",
#: "X (10 mg/kg) versus a matching placebo") and before it ("placebo or X", "sham or active X")
_UNTREATED_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)*(?:[\w.,/%-]+\s+){0,4}?(?:or|versus|vs\.?|compared\s+(?:with|to)|and)\s+"
    r"(?:(?:an?|the|matching|identical|matched)\s+)*(?:placebo|sham|usual\s+care|no[\s-]treatment|wait(?:ing)?[\s-]?list|"
    r"control)\b", _F)
_UNTREATED_BEFORE = re.compile(
    r"\b(?:placebo|sham|usual\s+care|no[\s-]treatment|wait(?:ing)?[\s-]?list|control)\s+(?:groups?\s+|arms?\s+)?"
    r"(?:or|versus|vs\.?|and)\s+(?:[\w.-]+\s+){0,3}?$", _F)


def _against_untreated_arm(annotated: AnnotatedDocument, tested: Concept) -> bool:
    """The abstract names the tested intervention as one arm of a pair with a placebo, sham or untreated arm ("X or
    placebo", "placebo or X"): "between the groups" then holds it against that arm (round 51). Not a drug every arm
    had ("abatacept or placebo, on background MTX") nor the setting ("patients sedated with X ... X antagonist or
    placebo"), which "between the groups" would wrongly deny."""
    for sentence in annotated.sentences:
        text, base = sentence.text, sentence.start
        for m in sentence.mentions:
            if m.concept == tested and (_UNTREATED_AFTER.match(text[m.end - base:m.end - base + 80])
                                        or _UNTREATED_BEFORE.search(text[max(0, m.start - base - 60):m.start - base])):
                return True
    return False


def _subjects(sentence: Sentence, pico: StudyPico, first: int, setting: frozenset[Concept],
              labels: Mapping[str, Concept], untreated_arm: bool) -> set[Concept]:
    """Who the null result is about (see the module docstring); ``first``: where the null wording starts;
    ``untreated_arm``: the sentence names a placebo, sham or untreated arm."""
    text, base = sentence.text, sentence.start
    named_here = {m.concept for m in sentence.mentions if m.concept.cls == "Intervention"} - setting
    if pico.comparators or len(named_here) > 1:
        return set()  # two active arms that did not differ: neither is denied a benefit
    if any(m.concept in pico.interventions and _USE_OF.search(text, max(0, m.start - base - 40), m.start - base)
           for m in sentence.mentions):
        return set()  # "no difference in the need for X": the intervention is an outcome here
    subjects, comparators = named_arms(sentence, pico, setting, labels)
    if subjects:
        return subjects
    named = {m.concept for m in sentence.mentions if m.concept in pico.interventions and m.start - base < first
             and not _COMPARATOR_WORD.search(text[max(0, m.start - base - 20):m.start - base])}
    if named:
        return named - comparators
    if len(pico.interventions) == 1 and pico.interventions[0] not in setting and _COMPARES.search(text) and (
            untreated_arm):
        return set(pico.interventions) - comparators
    return set()


def null_results(annotated: AnnotatedDocument, kept: Sequence[Finding], pico: StudyPico) -> list[Finding]:
    """The denied findings of the results sentences that state a null result, for the outcomes no finding of
    ``kept`` in that sentence holds (see the module docstring)."""
    held = {(f.passage, f.start, f.obj) for f in kept}
    out: list[Finding] = []
    for sentence in annotated.iter_sentences("results", "conclusions"):
        text, base = sentence.text, sentence.start
        view = fold(text)
        spans = _null_wording(text, view)
        if spans is None or not spans and not _scans()["compares"].search(view):
            continue
        setting, labels, scales = trial_context(annotated)
        sentence = with_scales(sentence, scales)
        subjects = _subjects(sentence, pico, spans[0][0] if spans else len(text), setting, labels,
                             bool(_UNTREATED_ARM.search(text)) or bool(_BETWEEN_GROUPS.search(text))
                             and len(pico.interventions) == 1 and _against_untreated_arm(annotated, pico.interventions[0]))
        if not subjects:
            continue
        adverse = _ADVERSE.search(text)
        seen: set[tuple[Concept, str, Concept]] = set()
        for m in sentence.mentions:
            cls, obj = m.concept.cls, m.concept
            if (obj in subjects or cls not in CONDITION_CLASSES and cls not in MODULATED_CLASSES
                    or (sentence.passage, sentence.start, obj) in held):
                continue  # a subject, no outcome, or an outcome the sentence already has a finding on
            if (_POPULATION.search(text[max(0, m.start - base - 80):m.start - base])
                    or _QUALIFIER_AFTER.match(text, m.end - base)
                    or cls in CONDITION_CLASSES and in_setting(sentence, m)):
                continue  # who was treated ("psychosis in PD", round 43)
            after_adverse = adverse is not None and adverse.start() < m.start - base or bool(
                _CALLED_ADVERSE.match(text, m.end - base))
            predicate = ("hasAdverseEffect" if after_adverse else "treats") if cls in CONDITION_CLASSES else "modulates"
            for subject in sorted(subjects, key=lambda c: c.iri):
                if (subject, predicate, obj) in seen:
                    continue
                seen.add((subject, predicate, obj))
                out.append(sentence_finding(subject, predicate, obj, sentence, negated=True,
                                            direction=NO_CHANGE if predicate == "modulates" else None))
    return out
