"""Who formed the groups: three design questions about the arms of a study of people (round 10).

The design model's hardest question is how the people of a study came to their groups. Many non-randomised
trials never say "trial", "random", "blind" or "placebo", and many observational studies compare groups too; what
tells them apart is whether the study *formed* the groups it treats differently, or compares people as it found
them. Three questions, answered by :func:`.design_rules.ask` with the others (in one pass, each hit with its
sentence's role) and read by the model:

* ``formed``: groups the study formed and treated differently: a treated against an untreated, usual-care or
  waiting-list group ("standard care", "treatment as usual", "wait-list control", "the intervention group", "the
  control group received", "group A received", "one group received ...", "add-on therapy", "in addition to their
  usual medication");
* ``by_condition``: groups by condition, people as they were: patients against healthy, normal or matched controls,
  "with and without" a condition, carriers against non-carriers;
* ``over_time``: one group measured over time: "before and after", "pre- and post-treatment", "at baseline and
  week 8", "changes from baseline", "at week 12", "at the end of treatment".

:func:`arm_features` adds what the answers say together: groups formed in a text that never says "random"
(``z:formed-no-random``), a treatment the study gave and measured in a text that never says "random" nor names a
study of records or of people as found (``z:treated-no-random``, round 14: treatments compared for their effects,
or given and measured in the same people), and a single group followed over time (``z:single-group``: measured over
time, a treatment given, no group formed and no control, placebo, sham or comparison named). Every cue is a phrase
any methods section may use; none was written for one abstract.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cues import Cue

if TYPE_CHECKING:  # design_rules merges these questions into its own, so it imports this module
    from .design_rules import Answers

__all__ = ["ARM_QUESTIONS", "arm_features"]

_I = re.IGNORECASE
_GIVEN_VERBS = r"(?:received|was given|were given|was treated|were treated|underwent)"

#: the questions (merged into :data:`.design_rules.QUESTIONS`), each cue with the literals every match contains
ARM_QUESTIONS: dict[str, tuple[Cue, ...]] = {
    "formed": (
        Cue(re.compile(
            r"\b(?:usual|standard|routine|conventional) (?:care|treatment|therapy)\b|\btreatment as usual\b"
            r"|\bwait(?:ing)?[- ]?list\b|\bno[- ]treatment (?:control|group)\b|\buntreated (?:control )?group\b"
            r"|\b(?:intervention|experimental|treatment|treated|study|active|exercise|training) groups?\b"
            rf"|\bcontrol groups? (?:\w+ ){{0,2}}?{_GIVEN_VERBS}\b"
            rf"|\bgroups? (?:[a-d]|i{{1,3}}|[1-4]) (?:\([^()]{{0,20}}\) )?{_GIVEN_VERBS}\b"
            rf"|\b(?:one|the first|the other|the second|each) (?:group|arm) (?:\w+ ){{0,2}}?{_GIVEN_VERBS}\b"
            r"|\b(?:add-on|adjunctive|adjuvant) (?:treatment|therapy)\b"
            r"|\bin addition to (?:their|the|usual|standard)\b", _I),
            "usual", "standard", "routine", "conventional", "wait", "treatment", "group", "arm", "add-on",
            "adjunctive", "adjuvant", "in addition to"),
    ),
    "by_condition": (
        Cue(re.compile(
            r"\b(?:healthy|normal|matched|age-matched|sex-matched|non-?psychiatric|unaffected) (?:\w+ )?(?:controls?|"
            r"volunteers|subjects|comparison|individuals|siblings|relatives)\b|\bwith and without\b"
            r"|\b(?:carriers|non-?carriers)\b|\bcompared (?:with|to) (?:\d+ )?(?:healthy|normal|matched)\b", _I),
            "healthy", "normal", "matched", "psychiatric", "unaffected", "with and without", "carriers", "compared"),
    ),
    "over_time": (
        Cue(re.compile(
            r"\b(?:before|prior to) and (?:after|during|at the end of)\b|\bpre- and post-?"
            r"|\bpre-?(?:treatment|intervention|test)\b.{0,60}\bpost-?(?:treatment|intervention|test)\b"
            r"|\bat baseline(?: \([^()]{1,20}\))?,? and (?:after|at|following|again|weeks?|days?|months?|\d)"
            r"|\b(?:changes?|decreases?|increases?|reductions?|improvements?) from baseline\b"
            r"|\bcompared (?:with|to) baseline\b|\bat (?:weeks?|days?|months?) \d+\b"
            r"|\bend of (?:the )?(?:treatment|therapy|intervention|study period)\b|\bpre-?post\b", _I),
            "before", "prior to", "pre-", "pretreatment", "preintervention", "pretest", "prepost", "baseline",
            "at week", "at day", "at month", "end of"),
    ),
}

#: a treatment the study gave and measured (round 14): treatments compared for their effects ("we prospectively
#: compared the efficacy of X or Y", "the efficacy of two treatment packages was compared with that of standard
#: management", "X and Y were compared for their abilities"), or given and measured in the same people ("after 8
#: weeks of treatment with", "during treatment with", "before and 2 months after treatment", "following
#: administration of", "were switched to", "withdrawal of the drug")
_TREATED = re.compile(
    r"\bcompared (?:the )?(?:\w+ )?(?:efficacy|effectiveness|effects?|safety|tolerability|outcomes?|benefits?) of\b"
    r"|\b(?:efficacy|effectiveness|safety|tolerability|effects?) of (?:[\w-]+ ){1,12}?(?:was|were) compared\b"
    r"|\b(?:were|was) compared for (?:their|its)\b"
    r"|\bcompared with (?:that of )?(?:standard|usual|conventional|routine) (?:management|care|treatment|therapy)\b"
    r"|\bafter (?:\d+|[a-z]+(?:-[a-z]+)?) (?:weeks?|months?|days?|nights?|years?) of (?:\w+ )?(?:treatment|therapy|"
    r"administration)\b|\bduring (?:\w+ )?(?:treatment|therapy) with\b"
    r"|\b(?:before|prior to) and (?:[\w-]+ ){0,4}?after (?:the )?(?:treatment|therapy|administration|surgery|"
    r"intervention|operation)\b|\bfollowing (?:the )?(?:administration|infusion|injection) of\b"
    r"|\b(?:was|were) switched (?:to|from)\b|\bwithdrawal of (?:the )?(?:drug|medication|treatment)\b"
    r"|\b(?:treatment|therapy|medication) (?:was|were) (?:started|initiated|begun|withdrawn|stopped)\b")
#: words of a study of records, or of people as they were found (not of a treatment the study gave)
_OBSERVED_WORDS = ("retrospective", "records", "chart", "database", "registry", "register", "naturalistic",
                   "observational", "cohort", "case-control", "cross-sectional", "survey", "questionnaire")

#: words that name a comparison with another group (so the study is no single group followed over time)
_COMPARISON = ("control", "placebo", "sham", "versus", " vs", "comparison group")


def arm_features(answers: Answers, lower: str) -> dict[str, float]:
    """What the arm questions say together, for ``answers`` (:class:`.design_rules.Answers`) of the lower-cased
    title and abstract ``lower``: ``z:formed-no-random`` (groups formed, "random" nowhere), ``z:treated-no-random``
    (round 14: a treatment the study gave and measured, :data:`_TREATED`, "random" nowhere and no word of a study
    of records or of people as found, :data:`_OBSERVED_WORDS`) and ``z:single-group``
    (over time, a treatment given, that is an ``assigned`` answer other than the time points, no group formed, no
    groups by condition, no control, placebo, sham or comparison group named)."""
    out: dict[str, float] = {}
    if answers.has("formed") and "random" not in lower:
        out["z:formed-no-random"] = 1.0
    if ("random" not in lower and not any(word in lower for word in _OBSERVED_WORDS)
            and _TREATED.search(lower) is not None):
        out["z:treated-no-random"] = 1.0
    if (answers.has("over_time") and _given(answers) and not answers.has("formed")
            and not answers.has("by_condition") and not any(word in lower for word in _COMPARISON)):
        out["z:single-group"] = 1.0
    return out


def _given(answers: Answers) -> bool:
    """Whether an ``assigned`` answer says a treatment was given, other than the phrase of the time points ("at
    baseline and after" answers both ``assigned`` and ``over_time``: measured twice is no treatment given)."""
    n = answers.n("assigned")
    if n != 1:
        return n > 1
    hit, when = answers.first["assigned"], answers.first["over_time"]
    return (hit.passage, hit.start) != (when.passage, when.start)
