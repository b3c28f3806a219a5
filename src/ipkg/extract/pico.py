"""What a study tested (issue 12): its interventions, condition and comparator, read from the title, the aims and
the methods — study facts, never claims.

A relation that a title, an aim or a method sentence states between an intervention and a condition ("Simvastatin
as an adjuvant therapy to fluoxetine in patients with major depression", "To assess the efficacy of adjunctive
infliximab in adults with bipolar depression", "patients were randomised to minocycline or placebo") says what
was put to the test, not what was found: its subject becomes a *tested intervention*, its object a *studied
condition*, and the intervention an add-on was given on top of becomes the *background* treatment (what the
add-on would potentiate). An intervention named after "vs", "versus", "compared with" in those sentences is a
*comparator*. When no such relation is stated, a trial's or an animal study's main intervention (see
:func:`~ipkg.extract.findings.main_intervention`) is the tested intervention and the conditions named in its title
and aims are the studied ones. A placebo is the study's ``controlType`` (the lexicon grounds no placebo concept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Finding, StudyPico
from ..cues import Cue, fold
from .relations import CONDITION_CLASSES

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["TESTED_ROLES", "TRIAL_DESIGNS", "extract_pico"]

#: the roles of the sentences that say what a study tests
TESTED_ROLES = frozenset({"title", "objective", "methods"})
#: designs whose main intervention is tested against a control
TRIAL_DESIGNS = frozenset({"RandomizedControlledTrial", "NonRandomizedTrial", "AnimalStudy"})
_COMPARED = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:with|to)|comparison\s+(?:with|to)|against|or)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: the ongoing treatment an add-on is given on top of: "as an adjuvant therapy to X", "added to X"
_ADDED_TO = re.compile(
    r"\b(?:adjunct\w*|adjuvant|add-?on|added|addition|augment\w*)\s+(?:[\w-]+\s+){0,2}?(?:to|of)\s+"
    r"(?:(?:the|ongoing|stable|standard|their|current)\s+)?$",
    re.IGNORECASE,
)
#: the co-treatment of every arm, named after the placebo arm too: "CXDT-HFG plus necessary analgesics, or placebo
#: plus necessary analgesics", "ketamine or placebo, each added to ECT" (round 9): background, not tested; not a
#: dummy of another drug ("fulvestrant placebo plus anastrozole") nor a list of arms ("X, placebo and Y")
_ON_PLACEBO_TOO = re.compile(
    r"(?:\bor|\bto|,|\breceived?|\bthe|\bwith)\s+(?:(?:a|matching|identical)\s+)?(?:placebo|sham)\b[^.;]{0,25}?"
    r"(?:\bplus|\+|\bin\s+addition\s+to|\b(?:each\s+)?added\s+to)\s+"
    r"(?:(?:the|their|usual|standard|necessary|ongoing|stable|rescue|concomitant)\s+){0,2}$",
    re.IGNORECASE,
)
#: an intervention named before a placebo or sham with these words between is an arm, not a comparator
_PLACEBO_WORD = re.compile(r"\bplacebo|\bsham\b", re.IGNORECASE)
#: the two background tests searched folded (:mod:`ipkg.cues`; every "on placebo too" match names placebo or sham)
_ADDED_TO_CUE, _ON_PLACEBO_TOO_CUE = Cue(_ADDED_TO, ""), Cue(_ON_PLACEBO_TOO, "placebo", "sham")


def _sorted(concepts: Iterable[Concept]) -> tuple[Concept, ...]:
    return tuple(sorted(set(concepts), key=lambda c: c.iri))


def extract_pico(annotated: AnnotatedDocument, candidates: Sequence[Finding], design: str | None = None,
                 main: Concept | None | bool = False) -> StudyPico:
    """The interventions, conditions, comparators and background treatments the study tested.

    ``candidates`` are the relations every sentence states (:func:`~ipkg.extract.findings.candidate_findings`);
    those of the title, aims and methods are read here.
    """
    from .findings import main_intervention

    tested: set[Concept] = set()
    conditions: set[Concept] = set()
    background: set[Concept] = set()
    for finding in candidates:
        if finding.role not in TESTED_ROLES or finding.obj is None or finding.negated:
            continue
        if finding.predicate == "treats":
            tested.add(finding.subject)
            conditions.add(finding.obj)
        elif finding.predicate == "potentiates":
            tested.add(finding.subject)
            background.add(finding.obj)
    if not tested and design in TRIAL_DESIGNS:
        if main is False:
            main = main_intervention(annotated.document, annotated.mentions, annotated)
        if isinstance(main, Concept):
            tested.add(main)
    if tested and not conditions:
        conditions = {
            m.concept for s in annotated.iter_sentences("title", "objective") for m in s.mentions
            if m.concept.cls in CONDITION_CLASSES
        }
    comparators: set[Concept] = set()
    for sentence in annotated.iter_sentences(*TESTED_ROLES):
        for mention in sentence.mentions:
            if mention.concept.cls != "Intervention":
                continue
            before = sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
            view = fold(before)
            if _ADDED_TO_CUE.search(view) or _ON_PLACEBO_TOO_CUE.search(view):
                background.add(mention.concept)
            elif _COMPARED.search(before) and not _PLACEBO_WORD.search(before) and mention.concept not in tested:
                comparators.add(mention.concept)
    tested -= background
    comparators -= tested | background
    return StudyPico(_sorted(tested), _sorted(conditions), _sorted(comparators), _sorted(background))
