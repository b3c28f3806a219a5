"""A trial's result stated as a comparison of its arms (issue 12, round 9): "the incidence of nausea was
significantly lower in the dexmedetomidine group than in the control group", "pain scores were lower with X than with
placebo (p < 0.01)", "patients receiving X had significantly less fatigue", "pain relief was significantly greater in
the X group", "serum IL-6 was significantly lower in the X group compared with placebo".

A results or conclusions sentence of a randomised or non-randomised trial that compares its arms (placebo, control,
"than", "compared with", "between the groups"; or names an arm by the label the abstract defined for it, "in group D":
:mod:`ipkg.extract.arm_labels`) and says an outcome was significantly (a "significantly" or a p-value
below 0.05 in the sentence, none saying not significant) lower or higher in one arm gives that arm's intervention:

* ``treats`` the condition (a disorder or a symptom, not the population: "patients with Y") when the condition is
  lower ("less nausea", "pain scores were lower") or its relief is higher ("pain relief was greater", "a greater
  reduction in depressive symptoms"); a condition that is *higher* in an arm ("headache was more frequent in group
  A") is not read (an adverse effect needs its own wording);
* ``decreases`` / ``increases`` the cell, cytokine or pathway that is lower / higher ("lower serum hs-CRP").

The arm is the intervention named as a group ("the X group", "X-treated patients", "patients receiving X", "lower
with X than with placebo") before the comparison word; one named after it ("than the midazolam group") is the
comparator. With no arm named, a trial with one tested intervention stands behind "the treatment / intervention /
experimental / study group" and "active treatment". A sentence that also states a null result, a subgroup or
exploratory result, or a denied or marginal ("borderline significant", "a trend towards") change gives nothing here;
a claim the trial's verdict denies (a negative trial) is never asserted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Finding, StudyPico
from .arm_labels import LABEL, arm_labels, label_key
from .cid_arms import occurred_alike
from .negation import is_negated
from .scale_outcomes import ScaleMentions, scale_mentions, with_scales
from .relations import CONDITION_CLASSES, MODULATED_CLASSES

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["BASELINE", "COMPARATOR_WORDS", "TrialContext", "arm_outcomes", "named_arms", "population_pattern",
           "sentence_finding", "trial_context", "trial_setting"]

_F = re.IGNORECASE
#: the sentence compares the arms
_COMPARED = re.compile(
    r"\b(?:in\s+favou?r\s+of|placebo|control|sham|compared|versus|vs\.?|than|relative\s+to|between\s+(?:the\s+)?"
    r"(?:two\s+|study\s+|treatment\s+)?(?:arms|groups))\b", _F)
#: the words that put what follows on the comparator's side ("than X", "compared with X"; also in
#: :mod:`ipkg.extract.trial_results`)
COMPARATOR_WORDS = r"than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to"
_COMPARATOR_WORD = re.compile(rf"\b(?:{COMPARATOR_WORDS}|over)\b", _F)
_LOWER = r"(?:lower|less(?:er)?|fewer|reduced|decreased|smaller|milder)"
_HIGHER = r"(?:higher|greater|more|better|larger|increased|elevated)"
#: "significantly lower", "were lower ... (p < 0.01)": the cue; group 1 is the word of direction
#: a benefit stated without a direction: "significant improvements in favour of the intervention", "a significant
#: improvement in", "a better outcome in terms of", "more effective for"
_BENEFIT = (r"significant\w*\s+(?:\([^()]{0,30}\)\s+)?(?:greater\s+)?improvements?\s+(?:in\s+favou?r\s+of|in|of|for)|"
            r"(?:better|improved|superior)\s+outcomes?\s+(?:\([^()]{0,30}\)\s+)?(?:in\s+terms\s+of|for|on|in)|"
            r"more\s+effective\s+(?:for|in|to|on|at)")
_CUE = re.compile(rf"\b(?:(?:significantly\s+|statistically\s+significantly\s+)?({_LOWER}|{_HIGHER})\b(?!-)|"
                  rf"(?P<benefit>{_BENEFIT})\b)", _F)
#: an improvement within every arm ("Both groups showed significant improvement in pain"): no comparison
_WITHIN_ARMS = re.compile(r"\b(?:both|each|all)\s+(?:(?:treatment|study|intervention)\s+)?(?:groups?|arms?)\s+"
                          r"(?:showed|had|experienced|improved|demonstrated|reported)\b", _F)
_SIGNIFICANT_WORD = re.compile(r"\bsignificant(?:ly)?\b", _F)
_P = re.compile(r"\bp\s*(=|<|≤|<=)\s*(0?\.\d+)", _F)
#: an intervention named as an arm, read after its mention: "the X group", "X-treated patients", "X arm"
_ARM_AFTER = re.compile(
    r"(?:[\s-]+(?:treated|treatment|therapy|supplement(?:ed|ation)?|intervention|injection|infusion))?\s*"
    r"(?:\([^()]{0,20}\)\s*)?(?:groups?|arms?|(?<=treated)\s+(?:patients|subjects|participants|group))\b", _F)
#: ... and before it: "patients receiving X", "those treated with X", "lower with X"
_ARM_BEFORE = re.compile(
    rf"(?:\b(?:patients|subjects|participants|those|individuals|women|men|children|mothers)\s+"
    rf"(?:who\s+(?:were\s+|had\s+been\s+)?)?(?:receiving|received|taking|took|treated\s+with|given|on|"
    rf"randomi[sz]ed\s+to|assigned\s+to|allocated\s+to)|"
    rf"\b(?:{_LOWER}|{_HIGHER})\s+(?:[\w-]+\s+){{0,4}}?with|\bin\s+(?:the\s+)?group\s+(?:receiving|"
    rf"given|treated\s+with))\s+(?:(?:the|a|an|oral|intravenous|iv|adjunctive|add-on)\s+)?$", _F)
#: the tested intervention's arm named without its name
_ACTIVE_ARM = re.compile(
    r"\b(?:in\s+favou?r\s+of\s+(?:the\s+)?(?:intervention|treatment|active)|(?:treatment|treated|intervention|"
    r"experimental|study|active|trial|verum|drug)\s+(?:groups?|arms?)|"
    r"active\s+(?:treatment|drug))\b", _F)
#: an arm named by a word of its own compared with the control arm ("higher in the SSTS group than in the placebo
#: group", "in group D compared with the control group"): in a trial of one tested intervention, that intervention
_VERSUS_CONTROL = re.compile(
    r"\b(?!(?:placebo|control|sham|both|all|two|each|other)\b)[\w-]+\s+(?:groups?|arms?)\b[^;]{0,80}?\b"
    rf"(?:{COMPARATOR_WORDS})\s+(?:(?:that|those)\s+(?:of|in)\s+|in\s+)?(?:the\s+)?"
    r"(?:placebo|control|sham|usual[\s-]care)\b", _F)
#: a condition whose relief is measured: higher is better ("pain relief", "reduction in depressive symptoms"; round 18:
#: "nausea improved significantly more in the X group", which the adverse-effect model read as X causing nausea)
_RELIEF_AFTER = re.compile(r"\W{0,3}(?:[\w-]+\s+){0,2}?(?:relief|freedom|free|improvements?|improved|remission|"
                           r"reduction|decrease|resolution|control|response|threshold|tolerance|"
                           r"intensity\s+differences?)\b", _F)
_RELIEF_BEFORE = re.compile(r"\b(?:relief|improvement|reduction|decrease|decline|resolution|remission|control)s?\s+"
                            r"(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", _F)
#: a comparison of the arms before treatment: "At baseline, HAM-D scores did not differ between groups", "baseline
#: demographic characteristics showed no difference", "the baseline mean scores of depression ... were not
#: different" (round 9): balance, not a result ("after adjusting for baseline values" and "the change from baseline"
#: are results)
BASELINE = re.compile(
    r"\b(?:at\s+baseline|(?<!for\s)(?<!from\s)(?<!to\s)baseline\s+(?:[\w-]+\s+){0,3}?(?:characteristics|scores?|"
    r"values?|levels?|data|variables|measures|severity|demographics?|features)|(?:demographic|clinical)\s+"
    r"characteristics|at\s+(?:study\s+)?(?:entry|randomi[sz]ation|enrol(?:l)?ment|inclusion)|"
    r"before\s+(?:the\s+)?(?:treatment|intervention|"
    r"randomi[sz]ation))\b", _F)
#: a change within one arm over time: "decreased from 6.64 at baseline to 2.04 at 4 weeks"
_WITHIN_ONE_ARM = re.compile(r"\bfrom\b[^;]{0,80}?\bto\b|\b(?:over\s+time|from\s+baseline)\b", _F)
#: what makes the sentence no verdict of its own
_NOT_HERE = re.compile(
    r"\b(?:subgroups?|post[\s-]hoc|exploratory|borderline|marginal(?:ly)?|trends?\s+(?:towards?|for)|not\s+"
    r"(?:statistically\s+)?significant|non-?significant|did\s+not|no\s+(?:statistically\s+)?significant|comparable|"
    r"similar|no\s+(?:[\w-]+\s+)?differences?)\b", _F)
#: the clause breaks between an object and its cue
_BREAK = re.compile(r"[;:]|\b(?:but|whereas|while|although|however)\b", _F)


def population_pattern(more_nouns: str = "", more_links: str = "", counted: bool = False) -> re.Pattern[str]:
    """A pattern for the text right before a condition that names the trial's population, not its outcome ("patients
    with Y", "children diagnosed with Y", "those undergoing Y"): people, at most two words, a word that links them to
    the condition, at most three words. ``more_nouns`` / ``more_links``: alternations added to the people and the
    links; ``counted``: a count of the population is an outcome ("the proportion / number / percentage of patients
    with Y did not differ"), so those words before the people undo the match. One pattern for both trial-result
    readers: the null results (:mod:`ipkg.extract.trial_results`) speak of animals too and of "at risk of" and read
    counts as outcomes; this module's comparison of arms does not (the rounds that fitted each kept them apart)."""
    nouns = "patients?|subjects?|participants?|adults?|children|women|men|people|individuals?|those"
    links = r"with|suffering\s+from|diagnosed\s+with|undergoing"
    counts = r"(?<!proportion\sof\s)(?<!number\sof\s)(?<!percentage\sof\s)" if counted else ""
    return re.compile(rf"{counts}\b(?:{nouns}{'|' * bool(more_nouns)}{more_nouns})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{links}{'|' * bool(more_links)}{more_links})\s+(?:[\w-]+\s+){{0,3}}?$", _F)


#: the population of the trial, not its outcome: "patients with Y"
_POPULATION = population_pattern()
#: how far before its cue an object may be named (characters), and how many words may part a cue from the object
#: it precedes
_REACH = 120
_ADJACENT = 4


def _significant(text: str) -> bool:
    """A "significant(ly)" or a p-value below 0.05 ("p < 0.05", "p <= 0.05", "p = 0.049"; not "p = 0.05").

    One of three p-value readers that differ on purpose. This one asks one question, is some result significant, read
    numerically. The null-result reader (:data:`ipkg.extract.trial_results.SIGNIFICANT`, :data:`~ipkg.extract.
    trial_results.P_NULL`) also needs the other side, a p-value that says not significant ("p = NS", "p > 0.01",
    "P = .20"; "p = 0.05" is neither), and counts "significance" as a word of significance; it reads the digits by
    pattern, so "p < .053" (in the 9k corpus) is significant there and not here. The chemical-disease evidence
    (:func:`ipkg.extract.cid_evidence.not_significant`) reads both sides numerically, with confidence intervals.
    Joining them would change what each reads on such forms."""
    if _SIGNIFICANT_WORD.search(text):
        return True
    return any(op != "=" and float(v) <= 0.05 or float(v) < 0.05 for op, v in _P.findall(text))


def _after_comparator_word(text: str, at: int) -> bool:
    """A word of comparison ("than", "compared with", "versus") in the 60 characters before ``at``, in the same phrase:
    a comparator fronted and closed by a comma is not the arm after it ("Compared with placebo, pain was lower in the
    X group": X is the compared arm; round 51)."""
    return bool(_COMPARATOR_WORD.search(text[max(0, at - 60):at].rsplit(",", 1)[-1]))


def named_arms(sentence: Sentence, pico: StudyPico, setting: frozenset[Concept],
               labels: Mapping[str, Concept] | None = None) -> tuple[set[Concept], set[Concept]]:
    """The interventions the sentence names as its compared arm (subjects) and as the comparator; ``setting``: the
    procedures every patient had (:func:`trial_setting`), which no unnamed arm stands for; ``labels``: the arm
    labels the abstract defines (:func:`ipkg.extract.arm_labels.arm_labels`: "lower in group D than in group C")."""
    text, base = sentence.text, sentence.start
    subjects: set[Concept] = set()
    comparators: set[Concept] = set()
    for m in sentence.mentions:
        if m.concept.cls != "Intervention":
            continue
        lo, hi = m.start - base, m.end - base
        if not (_ARM_AFTER.match(text, hi) or _ARM_BEFORE.search(text[max(0, lo - 80):lo])):
            continue
        (comparators if _after_comparator_word(text, lo) else subjects).add(m.concept)
    table = labels or {}
    for match in LABEL.finditer(text) if table else ():
        concept = table.get(label_key(match.group()))
        if concept is not None:
            (comparators if _after_comparator_word(text, match.start()) else subjects).add(concept)
    subjects -= comparators
    if not subjects and len(pico.interventions) == 1 and pico.interventions[0] not in setting and (
            _ACTIVE_ARM.search(text) or _VERSUS_CONTROL.search(text)
            or any(m.concept in pico.interventions for m in sentence.mentions)):
        subjects = set(pico.interventions) - comparators
    return subjects, comparators


#: a procedure that defines the population, not an arm: "patients undergoing X", "scheduled for X", "X patients"
_UNDERGOING = re.compile(r"\b(?:undergoing|underwent|undergo|scheduled\s+for|candidates\s+for|referred\s+for|"
                         r"post-?operative\s+[\w-]+\s+(?:following|after))\s+"
                         r"(?:(?:an?|the|elective)\s+)?(?:[\w-]+\s+){0,2}?$", _F)
_PATIENTS_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?patients\b", _F)


def trial_setting(annotated: AnnotatedDocument) -> frozenset[Concept]:
    """The interventions the abstract names as what its patients undergo ("patients undergoing percutaneous coronary
    intervention (PCI)", "105 PCNL patients", "postoperative pain following X"): the trial's setting, on every arm."""
    out = set()
    for sentence in annotated.sentences:
        text, base = sentence.text, sentence.start
        for m in sentence.mentions:
            if m.concept.cls == "Intervention" and (
                    _UNDERGOING.search(text[max(0, m.start - base - 60):m.start - base])
                    or _PATIENTS_AFTER.match(text, m.end - base)):
                out.add(m.concept)
    return frozenset(out)


#: what both trial-result readers (this module, :mod:`ipkg.extract.trial_results`) need of the whole abstract: the
#: trial's setting (:func:`trial_setting`), its arm labels (:func:`ipkg.extract.arm_labels.arm_labels`) and the
#: condition mentions of its scales (:func:`ipkg.extract.scale_outcomes.scale_mentions`)
TrialContext = tuple[frozenset[Concept], dict[str, Concept], ScaleMentions]


def _trial_context(annotated: AnnotatedDocument) -> TrialContext:
    return trial_setting(annotated), arm_labels(annotated), scale_mentions(annotated)


def trial_context(annotated: AnnotatedDocument) -> TrialContext:
    """The :data:`TrialContext` of ``annotated``, computed once per document (:meth:`AnnotatedDocument.derived
    <ipkg.extract.annotate.AnnotatedDocument.derived>`) whichever reader asks first."""
    return annotated.derived(_trial_context)


def _objects(sentence: Sentence, cues: list[re.Match[str]]) -> list[tuple[Concept, str]]:
    """Each condition or marker the cues speak of, with ``lower`` or ``higher``."""
    text, base = sentence.text, sentence.start
    out: list[tuple[Concept, str]] = []
    for m in sentence.mentions:
        cls = m.concept.cls
        if cls not in CONDITION_CLASSES and cls not in MODULATED_CLASSES:
            continue
        lo, hi = m.start - base, m.end - base
        if cls in CONDITION_CLASSES and _POPULATION.search(text[max(0, lo - 80):lo]):
            continue
        if occurred_alike(text, [lo]):
            continue  # "although stroke similarly occurred in both groups, ...": alike in the arms (round 34)
        cue = _nearest(text, lo, hi, cues)
        if cue is None:
            continue
        if cue.group("benefit"):
            if cls in CONDITION_CLASSES:
                out.append((m.concept, "treats"))
            continue
        word = "lower" if re.fullmatch(_LOWER, cue.group(1), _F) else "higher"
        if cls in CONDITION_CLASSES:
            relief = bool(_RELIEF_AFTER.match(text, hi) or _RELIEF_BEFORE.search(text[max(0, lo - 60):lo]))
            if relief == (word == "lower"):
                continue  # less relief, or more of the condition: not a treatment's benefit
            out.append((m.concept, "treats"))
        else:
            out.append((m.concept, "decreases" if word == "lower" else "increases"))
    return out


def _nearest(text: str, lo: int, hi: int, cues: list[re.Match[str]]) -> re.Match[str] | None:
    """The cue that governs a mention at ``lo:hi``: one right before it (at most :data:`_ADJACENT` words between, no
    comma: "significantly lower serum levels of IL-6"), else the first after it in its clause, within
    :data:`_REACH` characters ("the incidence of nausea was significantly lower")."""
    before = [c for c in cues if c.end() <= lo]
    if before:
        gap = text[before[-1].end():lo]
        if len(gap.split()) <= _ADJACENT and not re.search(r"[,;:()]", gap):
            return before[-1]
    for cue in cues:
        if cue.start() >= hi and cue.start() - hi <= _REACH and not _BREAK.search(text, hi, cue.start()):
            return cue
    if before and before[-1].group("benefit") and lo - before[-1].end() <= _REACH and not _BREAK.search(
            text, before[-1].end(), lo):
        return before[-1]  # a benefit reaches over a list: "improvements in favour of X for the HIT score, pain, ..."
    return None


def sentence_finding(subject: Concept, predicate: str, obj: Concept, sentence: Sentence, negated: bool = False,
                     direction: str | None = None) -> Finding:
    """A trial finding whose evidence is the whole ``sentence`` (never hedged)."""
    return Finding(subject=subject, predicate=predicate, obj=obj, evidence=sentence.text, passage=sentence.passage,
                   start=sentence.start, end=sentence.end, negated=negated, hedged=False, direction=direction,
                   role=sentence.role)


def arm_outcomes(annotated: AnnotatedDocument, kept: Sequence[Finding], pico: StudyPico) -> list[Finding]:
    """The asserted findings of the results sentences that compare the arms (see the module docstring); ``kept``:
    the findings already read (none is repeated, and none the trial denies is asserted)."""
    denied = {(f.subject, f.predicate, f.obj) for f in kept if f.negated and f.subject in pico.interventions}
    out: list[Finding] = []
    for sentence in annotated.iter_sentences("results", "conclusions"):
        text = sentence.text
        compared = _COMPARED.search(text)
        if (not (compared or LABEL.search(text)) or _NOT_HERE.search(text) or _WITHIN_ARMS.search(text)
                or BASELINE.search(text) or not _significant(text)):
            continue
        cues = [c for c in _CUE.finditer(text) if not is_negated(text, [c.span()])]
        if not cues:
            continue
        setting, labels, scales = trial_context(annotated)
        if not compared and (_WITHIN_ONE_ARM.search(text)
                             or not any(label_key(m.group()) in labels for m in LABEL.finditer(text))):
            continue  # an arm named by its defined label is compared with the others ("lower in group D"), unless
            # the sentence follows one arm over time ("In Group I, VAS decreased from 6.6 to 2.0")
        sentence = with_scales(sentence, scales)
        subjects, _ = named_arms(sentence, pico, setting, labels)
        if not subjects:
            continue
        here = {(f.subject, f.predicate, f.obj) for f in kept
                if f.start == sentence.start and f.passage == sentence.passage}
        for obj, predicate in _objects(sentence, cues):
            for subject in sorted(subjects, key=lambda c: c.iri):
                key = (subject, predicate, obj)
                if key in here or key in denied:
                    continue
                here.add(key)
                out.append(sentence_finding(subject, predicate, obj, sentence,
                                            direction={"decreases": "decrease", "increases": "increase"}.get(predicate)))
    return out
