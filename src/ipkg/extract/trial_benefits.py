"""A trial's benefit stated as a difference in favour of an arm or as a significant reduction (issue 12, round 51):
"the between-group difference in pain favoured X (p = 0.01)", "significant differences in favour of the intervention
were found for pain and fatigue", "a significant treatment effect favouring X on pain intensity", "participants
randomized to X vs. placebo had significant declines in pain and hsCRP".

Two wordings of Evidence Inference train's part read (docs/findings.md section 51) that the arm comparisons
(:mod:`ipkg.extract.arm_outcomes`, which read a comparative adjective: "lower", "greater", "fewer") do not take, and
that the learned adverse-effect model read as the opposite (X ``hasAdverseEffect`` pain, asserted). A results or
conclusions sentence of a trial that states a significant result (a "significant(ly)" or a p-value below 0.05 outside
what it denies) and no null, trend, marginal, subgroup or baseline wording gives, asserted:

* **a difference in favour of an arm**: "favoured / favouring / in favour of X" (the intervention named right after
  the word, as a group or not) or "... of the intervention / the treatment / the active group" (the trial's one tested
  intervention) ``treats`` each condition of the sentence's clause (to a semicolon or a contrast), not the
  population; nothing when the favoured arm is a placebo, sham or control, or names no intervention;
* **a condition relieved or fallen in an arm**: "Y was significantly improved in the X group as compared to the
  placebo group", "Y resolved in more patients in the X group than in the placebo group", "Y scores fell significantly
  in the X group relative to placebo" (the verb after each condition, or marker for a verb of fall, of its clause)
  gives the arm's intervention ``treats`` (``decreases``) it; not in a sentence that reads one arm over time or every
  arm ("improved in both groups", "fell from baseline");
* **a significant reduction**: "(a) (statistically) significant reduction / decrease / decline / improvement in Y"
  (the noun right after "significant": "a significantly greater reduction" is the comparisons' own wording) in a
  sentence that compares the arms gives the arm's intervention (:func:`ipkg.extract.arm_outcomes.named_arms`)
  ``treats`` each condition and ``decreases`` each marker of the list after the noun (to a clause break or a word of
  comparison); "a significant increase in Y" gives ``increases`` a marker (a condition that increased is no benefit).

A pair the sentence already holds, or one the trial's verdict denies, is not repeated. The adverse-effect model
adds no harm for a pair these findings type as ``treats`` (:func:`ipkg.extract.cid_model.model_findings`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Finding, StudyPico
from .arm_outcomes import BASELINE, named_arms, population_pattern, sentence_finding, trial_context
from .condition_setting import in_setting
from .relations import CONDITION_CLASSES, MODULATED_CLASSES
from .scale_outcomes import with_scales

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["trial_benefits"]

_F = re.IGNORECASE
#: "favoured X", "favouring the X group", "in favour of X"; group ``arm`` starts where the favoured arm is named
_FAVOUR = re.compile(r"\b(?:favou?r(?:ed|ing|s)?|in\s+favou?r\s+of)\s+(?P<arm>(?:the\s+)?[^\s,;.()]+)", _F)
#: the favoured arm is the untreated one, or is named as the tested intervention's arm without its name
_UNTREATED = re.compile(r"(?:the\s+)?(?:placebo|sham|controls?|usual|standard|no|waiting|wait-?list|vehicle)\b", _F)
_TESTED_ARM = re.compile(r"(?:the\s+)?(?:intervention|treatment|active|experimental|study|verum|drug)\b", _F)
#: "a significant reduction in Y", the noun right after "significant"; group 1 the noun
_CHANGE = re.compile(r"\b(?:statistically\s+)?significant\s+(reductions?|decreases?|declines?|improvements?|"
                     r"increases?)\s+(?:in|of)\b", _F)
#: "Y was significantly improved (in the X group ...)", "Y resolved in more patients in the X group", "Y scores fell
#: significantly in the X group relative to placebo": a verb of relief or of fall after each condition (and, for a
#: fall, marker) before it in its clause; group ``fall`` for a verb of fall
_IMPROVED = re.compile(r"\b(?:(?:was|were)\s+)?(?:statistically\s+)?(?:significantly\s+)?(?:more\s+|better\s+)?"
                       r"(?:improved|relieved|alleviated|ameliorated|resolved|remitted|(?P<fall>fell|declined|dropped))\b",
                       _F)
#: a verb of relief or fall read within one arm or in every arm: "improved in both groups", "fell from baseline",
#: "compared with baseline", "over time"
_WITHIN = re.compile(r"\b(?:(?:both|all|each)\s+(?:of\s+the\s+|the\s+)?(?:[\w-]+\s+)?(?:groups|arms)|(?:from|compared\s+"
                     r"(?:with|to)|relative\s+to|versus|than)\s+(?:at\s+)?(?:the\s+)?(?:baseline|pre-?treatment)|"
                     r"over\s+time)\b", _F)
#: the sentence compares the arms (what makes a change an arm's result, not one arm's change over time)
_COMPARES = re.compile(r"\b(?:placebo|control|sham|compared|versus|vs\.?|than|relative\s+to|between\s+(?:the\s+)?"
                       r"(?:two\s+|study\s+|treatment\s+)?(?:arms|groups))\b", _F)
#: what makes the sentence no plain significant result: a null, a trend, a marginal or partial result ("... favored X,
#: with statistical significance for ...": the favoured list is not all significant)
_NOT_PLAIN = re.compile(
    r"\b(?:trends?|tended|tendency|borderline|marginal(?:ly)?|subgroups?|subsets?|post[\s-]hoc|exploratory|"
    r"not\s+(?:statistically\s+)?significant(?:ly)?|non-?significant(?:ly)?|insignificant|did\s+not|no\s+"
    r"(?:statistically\s+)?significant|comparable|similar|no\s+(?:[\w-]+\s+)?differences?|but\s+not|whereas|"
    r"while|although|however|except|only\s+(?:in|among|for)|(?:with|reaching|reached)\s+(?:statistical\s+)?"
    r"significance\s+(?:only\s+)?(?:for|in|on))\b", _F)
_SIGNIFICANT = re.compile(r"\bsignifican\w*|\bp\s*(?:<|≤|<=)\s*0?\.0[0-5]\d*|\bp\s*=\s*0?\.0[0-4]\d*", _F)
#: the end of the clause a cue speaks of
_BREAK = re.compile(r"[;:]|\b(?:but|whereas|while|although|however)\b", _F)
#: the end of the list of outcomes after "a significant reduction in": a clause break or a word of comparison
_LIST_END = re.compile(r"[;:]|\b(?:but|whereas|while|although|however|than|compared|versus|vs\.?|relative|"
                       r"in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:group|arm)s?|among|with|after|from)\b", _F)
_POPULATION = population_pattern()


def _outcomes(sentence: Sentence, lo: int, hi: int) -> list[tuple[Concept, bool]]:
    """The conditions and markers of ``sentence`` between ``lo`` and ``hi`` (offsets in its text), each with whether
    it is a condition; not the population ("patients with Y") nor a condition's setting ("Y in Z")."""
    text, base = sentence.text, sentence.start
    out: list[tuple[Concept, bool]] = []
    for m in sentence.mentions:
        cls, start = m.concept.cls, m.start - base
        if not lo <= start < hi or cls not in CONDITION_CLASSES and cls not in MODULATED_CLASSES:
            continue
        condition = cls in CONDITION_CLASSES
        if condition and (_POPULATION.search(text[max(0, start - 80):start]) or in_setting(sentence, m)):
            continue
        out.append((m.concept, condition))
    return out


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause of ``text`` around offset ``at``: from the last break before it to the first after it."""
    lo = max((b.end() for b in _BREAK.finditer(text, 0, at)), default=0)
    after = _BREAK.search(text, at)
    return lo, after.start() if after else len(text)


def _favoured(sentence: Sentence, pico: StudyPico, setting: frozenset[Concept], arm_at: int) -> set[Concept]:
    """The intervention the arm named at ``arm_at`` stands for: one named there ("favoured X", "in favour of the X
    group"), or the trial's one tested intervention ("in favour of the intervention"); none for a placebo arm."""
    text, base = sentence.text, sentence.start
    if _UNTREATED.match(text, arm_at):
        return set()
    first = min((m for m in sentence.mentions if m.start - base >= arm_at), key=lambda m: m.start, default=None)
    if first is not None and first.start - base - arm_at <= 4 and first.concept.cls == "Intervention":
        return {first.concept}
    if _TESTED_ARM.match(text, arm_at) and len(pico.interventions) == 1 and pico.interventions[0] not in setting:
        return {pico.interventions[0]}
    return set()


def _significant(text: str) -> bool:
    """A significant result stated in ``text`` (a word of significance or a p-value below 0.05)."""
    return bool(_SIGNIFICANT.search(text))


def _readings(sentence: Sentence, pico: StudyPico, setting: frozenset[Concept],
              labels: dict[str, Concept]) -> list[tuple[Concept, str, Concept]]:
    """The (subject, predicate, object) the sentence's favour and reduction wordings give."""
    text = sentence.text
    out: list[tuple[Concept, str, Concept]] = []
    for cue in _FAVOUR.finditer(text):
        subjects = _favoured(sentence, pico, setting, cue.start("arm"))
        lo, hi = _clause(text, cue.start())
        out += [(s, "treats", obj) for s in subjects for obj, condition in _outcomes(sentence, lo, hi) if condition]
    changes = list(_CHANGE.finditer(text))
    improved = list(_IMPROVED.finditer(text))
    if (changes or improved) and _COMPARES.search(text):
        subjects, _ = named_arms(sentence, pico, setting, labels)
        for cue in improved if not _WITHIN.search(text) else ():
            lo, _ = _clause(text, cue.start())
            for obj, condition in _outcomes(sentence, lo, cue.start()):
                if condition or cue.group("fall"):  # a marker only falls: "improved" gives it no direction
                    out += [(s, "treats" if condition else "decreases", obj) for s in subjects]
        for cue in changes:
            end = _LIST_END.search(text, cue.end())
            lower = not cue.group(1).lower().startswith("increase")
            for obj, condition in _outcomes(sentence, cue.end(), end.start() if end else len(text)):
                if condition and not lower:
                    continue  # a condition that increased: no benefit, and not read as a harm here
                predicate = "treats" if condition else "decreases" if lower else "increases"
                out += [(s, predicate, obj) for s in subjects]
    return out


def trial_benefits(annotated: AnnotatedDocument, kept: Sequence[Finding], pico: StudyPico) -> list[Finding]:
    """The asserted findings of the results sentences that state a benefit in favour of an arm or a significant
    reduction (see the module docstring); ``kept``: the findings already read (none is repeated, and none the trial
    denies is asserted)."""
    denied = {(f.subject, f.predicate, f.obj) for f in kept if f.negated and f.subject in pico.interventions}
    out: list[Finding] = []
    for sentence in annotated.iter_sentences("results", "conclusions"):
        text = sentence.text
        if not (_FAVOUR.search(text) or _CHANGE.search(text) or _IMPROVED.search(text)) \
                or _NOT_PLAIN.search(text) or BASELINE.search(text) or not _significant(text):
            continue
        setting, labels, scales = trial_context(annotated)
        sentence = with_scales(sentence, scales)
        here = {(f.subject, f.predicate, f.obj) for f in kept
                if f.start == sentence.start and f.passage == sentence.passage}
        held = {(f.subject, f.obj) for f in kept if f.start == sentence.start and f.passage == sentence.passage}
        for subject, predicate, obj in _readings(sentence, pico, setting, labels):
            key = (subject, predicate, obj)
            if subject == obj or key in here or key in denied or (subject, obj) in held:
                continue
            here.add(key)
            out.append(sentence_finding(subject, predicate, obj, sentence,
                                        direction={"decreases": "decrease", "increases": "increase"}.get(predicate)))
    return out
