"""The study's design class, the phrase that decided it, and the design facts, from one annotated abstract.

The design comes from what the abstract says about its study (:mod:`.design_rules`: who the subjects are, how they
came to their groups, whether it pools other studies or describes single patients), weighed with the words of the
text by a small logistic regression shipped as weights (:mod:`.design_model`), and from the record's PubMed
publication types when it has them. The most specific class that fits wins (CONTRACT.md). Every call carries the
verbatim phrase that decided it and the model's probability for it (``ipkg:designEvidence``,
``ipkg:designConfidence``); the sample size carries its phrase too (``ipkg:sampleSizeEvidence``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Arm, Document, Mention, StudyFacts
from .annotate import AnnotatedDocument, annotate
from ..cues import Cue
from .design_gate import CueGate, Gated
from .design_model import DesignModel, answer_features, get_model, ngrams
from .design_rules import SUPPORT, Answers, ask, decide
from .design_title import stated_design
from .numbers import NUMBER, parse_number
from .population import CUES as POPULATION_CUES
from .population import extract_population
from .sample_size import NOT_PEOPLE as _NOT_PEOPLE
from .sample_size import extract_sample_size

__all__ = ["DECISIONS", "DEFAULT_DECISION", "DesignCall", "Decision", "classify_design", "decide_design",
           "extract_study_facts", "study_arms"]

_I = re.IGNORECASE

_PUBTYPE_DESIGN = (
    ("meta-analysis", "MetaAnalysis"),
    ("systematic review", "SystematicReview"),
    ("randomized controlled trial", "RandomizedControlledTrial"),
    ("case reports", "CaseReport"),
    ("clinical trial, phase", "NonRandomizedTrial"),
    ("controlled clinical trial", "NonRandomizedTrial"),
    ("clinical trial", "NonRandomizedTrial"),
    ("observational study", "ObservationalStudy"),
)
#: the longest evidence phrase: a longer sentence is cut to a window around the phrase that decided
_EVIDENCE_CHARS = 300
#: below this probability the model defers to the rules' reading (measured on the development part's
#: cross-validation folds: docs/design.md)
_MODEL_SURE = 0.5
#: the classes of work that pools other studies (no arms, blinding or centres of their own)
_REVIEWS = frozenset({"Review", "SystematicReview", "MetaAnalysis"})
#: a stated design and the more specific classes the abstract may still show ("a systematic review" that pools)
_MORE_SPECIFIC = {"Review": ("SystematicReview", "MetaAnalysis"), "SystematicReview": ("MetaAnalysis",)}
#: the least confidence of a design the title states (36 of 37 right on the development part, animals and cells
#: left aside)
_TITLE_CONFIDENCE = 0.9
#: the confidence of a design that the record's PubMed publication type states
_PUBTYPE_CONFIDENCE = 0.97


@dataclass(frozen=True, slots=True)
class Decision:
    """How the rules, the model and the title combine into a design (the ablation of docs/design.md).

    ``constrained``: the model chooses only among the classes the answers allow (:func:`_fits`); ``defer``: when
    the model's top probability is below 0.5 the rules' class stands, ``"always"``, ``"decided"`` (only when a
    question decided the rules' class, not on the no-study fallback) or ``"never"``; ``title``: a title that states
    a design decides it; ``subjects_sure``: without the class constraints, an animal or in vitro study still needs
    its subject word (animals, cells) unless the model is at least this sure of it, else the next most probable
    class that fits (``None``: no such need); ``people``: a trial of people (randomised or not) does not fit an
    abstract that names animals and no people; ``rules_stand``: (the rules' class, the model's class, the answer
    that decided the rules' class or ``None`` for any) where the rules' class stands when the model is less than
    :data:`_RULES_STAND_SURE` sure of its own (empty: the model's call).
    """

    constrained: bool
    defer: str
    title: bool
    subjects_sure: float | None = None
    people: bool = False
    rules_stand: frozenset[tuple[str, str, str | None]] = frozenset()


#: the least probability at which the model's call overrides the rules' class in the pairs below (chosen on pool
#: folds 0-2 of round 7: docs/design.md)
_RULES_STAND_SURE = 0.8
#: whether the subjects are living animals or tissue and cells outside the body: the rules read the subjects' own
#: words ("isolated perfused rat stomach", "cells were incubated", "rats were injected"), the model also the topic's
_SUBJECTS_STAND = frozenset({("InVitroStudy", "AnimalStudy", None), ("AnimalStudy", "InVitroStudy", None)})
#: a trial of people whose abstract says its groups were not randomised ("non-randomised", "not randomized",
#: "according to patient preference", "historical controls", "quasi-experimental", an open-label extension): the
#: statement outweighs an unsure randomised call (people merely given a treatment, "assigned", do not: measured)
_NOT_RANDOMISED_STANDS = frozenset({("NonRandomizedTrial", "RandomizedControlledTrial", "not_randomised")})
#: the same with any answer that decided the non-randomised trial (open-label, single-arm: measured, not used)
_ASSIGNED_STANDS = frozenset({("NonRandomizedTrial", "RandomizedControlledTrial", None)})


#: the decision variants measured in docs/design.md: the decision of commit b803d13, round 1's, round 1 without
#: the class constraints, without deferring to the rules, deferring only when a question decided, and model-first
#: (the rules' answers and class only as the model's features; the title still decides), and model-first with an
#: animal or in vitro study needing its subject word unless the model is 0.8 or 0.9 sure, and model-first with a
#: trial of people needing people where the abstract names animals, and that with the rules' subjects (and the
#: rules' non-randomised trials too) standing against an unsure model (round 7)
DECISIONS: dict[str, Decision] = {
    "b803d13": Decision(constrained=False, defer="decided", title=False),
    "round1": Decision(constrained=True, defer="always", title=True),
    "no-constraints": Decision(constrained=False, defer="always", title=True),
    "no-defer": Decision(constrained=True, defer="never", title=True),
    "defer-decided": Decision(constrained=True, defer="decided", title=True),
    "model-first": Decision(constrained=False, defer="never", title=True),
    "model-first-subjects-0.8": Decision(constrained=False, defer="never", title=True, subjects_sure=0.8),
    "model-first-subjects-0.9": Decision(constrained=False, defer="never", title=True, subjects_sure=0.9),
    "model-first-people": Decision(constrained=False, defer="never", title=True, people=True),
    "model-first-people-subjects-rule": Decision(constrained=False, defer="never", title=True, people=True,
                                                 rules_stand=_SUBJECTS_STAND),
    "model-first-people-rules-stand": Decision(constrained=False, defer="never", title=True, people=True,
                                               rules_stand=_SUBJECTS_STAND | _NOT_RANDOMISED_STANDS),
    "model-first-people-rules-stand-assigned": Decision(constrained=False, defer="never", title=True, people=True,
                                                        rules_stand=_SUBJECTS_STAND | _ASSIGNED_STANDS),
}
#: the variant a build uses (model-first chosen on the external held-out slice; its people guard, round 6, changes no
#: call of the yardsticks and keeps randomised animal experiments animal studies; round 7: the rules' reading of
#: the subjects stands against an unsure model between animal and in vitro work, and a trial that says it was not
#: randomised stays so against an unsure randomised call: docs/design.md)
DEFAULT_DECISION = "model-first-people-rules-stand"


@dataclass(frozen=True, slots=True)
class DesignCall:
    """A design class, the verbatim phrase that decided it and the model's confidence in it (0..1)."""

    design: str
    evidence: str | None
    confidence: float


def classify_design(doc: Document) -> str | None:
    """The contract's design class for ``doc``: the most specific that the text supports.

    >>> classify_design(Document("x", "A trial", "Patients were randomly assigned to drug or placebo."))
    'RandomizedControlledTrial'
    """
    return decide_design(annotate(doc)).design


def decide_design(annotated: AnnotatedDocument, model: DesignModel | None = None,
                  decision: str = DEFAULT_DECISION) -> DesignCall:
    """The design of an annotated abstract, the phrase that decided it and a confidence.

    The rules answer what the abstract says about its subjects and their allocation (:mod:`.design_rules`); the
    model (:mod:`.design_model`) weighs those answers with the words of the text. A PubMed publication type that
    names a design is taken as stated, and so is a title that states a trial, review, case report or observational
    design (:func:`.design_title.stated_design`; the abstract may still show a more specific review class). The
    evidence is the sentence of the answer that supports the chosen class (its title, objective or methods sentence
    first), else the sentence whose words pushed most towards it. ``decision`` names one of :data:`DECISIONS`.
    """
    model = model if model is not None else get_model()
    how = DECISIONS[decision]
    answers = ask(annotated)
    rule, decided_by = decide(answers)
    lower = annotated.folded.lower or annotated.folded.text.lower()
    proba = model.predict_text(answer_features(answers, rule, lower), lower)
    # constrained: the model chooses among the classes the answers allow (never a meta-analysis that pools nothing)
    # subjects_sure: an animal or in vitro study names its subjects unless the model is that sure of it
    allowed = [c for c in model.classes if _fits(c, answers, proba[c], how)]
    design = max(allowed, key=lambda c: (proba[c], c))
    if proba[design] < _MODEL_SURE and (how.defer == "always" or (how.defer == "decided" and decided_by is not None)):
        design = rule  # the model is unsure: the rules' reading stands
    if ((rule, design, None) in how.rules_stand or (rule, design, decided_by) in how.rules_stand) and (
            proba[design] < _RULES_STAND_SURE):
        design = rule  # "isolated perfused rat stomach", "an open-label, non-randomised trial": the rules' words
    confidence = proba[design]
    stated = _pubtype_design(annotated.document.publication_types)
    if stated is not None and not (stated == "Review" and design in ("SystematicReview", "MetaAnalysis")):
        label = next(p for p in annotated.document.publication_types if _pubtype_design((p,)) == stated)
        return DesignCall(stated, f"Publication type: {label}", round(max(confidence, _PUBTYPE_CONFIDENCE), 3)
                          if stated == design else _PUBTYPE_CONFIDENCE)
    titled = stated_design(annotated.document.title) if how.title else None
    if titled is not None and design not in _MORE_SPECIFIC.get(titled, ()):
        return DesignCall(titled, annotated.document.title.strip(), round(max(proba[titled], _TITLE_CONFIDENCE), 3))
    return DesignCall(design, _evidence(annotated, answers, design, model), round(confidence, 3))


#: the answers without which a class cannot fit: a meta-analysis says so, a case report names its cases ...
_NEEDS: dict[str, tuple[str, ...]] = {
    "CaseReport": ("case", "case_report"), "MetaAnalysis": ("meta",), "SystematicReview": ("systematic", "studies"),
    "AnimalStudy": ("animal",), "InVitroStudy": ("cells",),
}
#: the subjects' words cannot all be listed (a species or a tissue the cues lack): without them an animal or in
#: vitro study still fits when the model is this sure of it
_SURE_WITHOUT_SUBJECTS = 0.8


#: the classes whose need is a subject word
_SUBJECT_CLASSES = ("AnimalStudy", "InVitroStudy")
#: the trials of people (an observational study or a case report of animals keeps the model's call: a herd's
#: epidemiology, a veterinary case)
_PEOPLE_CLASSES = frozenset({"RandomizedControlledTrial", "NonRandomizedTrial"})


def _fits(design: str, answers: Answers, probability: float, how: Decision) -> bool:
    """Whether the abstract answers a question that ``design`` needs (classes without such a need always fit):
    every need under the class constraints, else only the subjects' need when ``how.subjects_sure`` is set; with
    ``how.people``, a trial of people needs people when the abstract names animals."""
    if how.people and design in _PEOPLE_CLASSES and answers.has("animal") and not answers.has("human"):
        return False  # "monkeys were randomized ... placebo-controlled": an animal study, however allocated
    if how.constrained:
        sure = _SURE_WITHOUT_SUBJECTS
    elif how.subjects_sure is not None and design in _SUBJECT_CLASSES:
        sure = how.subjects_sure
    else:
        return True
    needs = _NEEDS.get(design)
    if needs is None or any(answers.has(name) for name in needs):
        return True
    return design in _SUBJECT_CLASSES and probability >= sure


def _pubtype_design(pubtypes: Sequence[str]) -> str | None:
    lower = " | ".join(p.lower() for p in pubtypes)
    if not lower:
        return None
    for needle, design in _PUBTYPE_DESIGN:
        if needle in lower:
            return design
    return "Review" if re.search(r"\breview\b", lower) else None


def _evidence(annotated: AnnotatedDocument, answers: Answers, design: str, model: DesignModel) -> str | None:
    hits = [answers.own.get(name) for name in SUPPORT[design]] + [answers.first.get(name) for name in SUPPORT[design]]
    hit = next((h for h in hits if h is not None), None)
    if hit is not None:
        return _window(annotated, hit.passage, hit.start, hit.end)
    best, best_score = None, 0.0
    for sentence in annotated.iter_sentences(passage="abstract"):
        score = model.contribution(dict.fromkeys(ngrams(sentence.text.lower()), 1.0), design)
        if score > best_score:
            best, best_score = sentence, score
    if best is None:
        return None
    return _window(annotated, best.passage, best.start, best.start)


def _window(annotated: AnnotatedDocument, passage: str, start: int, end: int) -> str:
    """The sentence that holds ``start``, verbatim; cut at word boundaries around ``start..end`` when long."""
    text = annotated.passage_text(passage)
    sentence = annotated.sentence_at(passage, start)
    lo, hi = (sentence.start, sentence.end) if sentence is not None else (0, len(text))
    if hi - lo > _EVIDENCE_CHARS:
        half = (_EVIDENCE_CHARS - (end - start)) // 2
        a, b = max(lo, start - max(half, 0)), min(hi, end + max(half, 0))
        if a > lo:
            a = text.find(" ", a, start) + 1 or start
        if b < hi:
            b = text.rfind(" ", end, b) if text.rfind(" ", end, b) > end else b
        lo, hi = a, b
    return text[lo:hi].strip()


_BLINDING = (
    (Cue(re.compile(r"\btriple[- ](?:blind|mask)", _I), "triple"), "triple-blind"),
    (Cue(re.compile(r"\bdouble[- ](?:blind|mask)", _I), "double"), "double-blind"),
    (Cue(re.compile(r"\b(?:single[- ]blind|single[- ]mask|rater[- ]blind|assessor[- ]blind)", _I), "blind", "mask"),
     "single-blind"),
    (Cue(re.compile(r"\bopen[- ]label\b|\bunblinded\b", _I), "label", "unblinded"), "open-label"),
)
_CONTROLS = (
    (Cue(re.compile(r"\bplacebo\b", _I), "placebo"), "placebo"),
    (Cue(re.compile(r"\bsham\b", _I), "sham"), "sham"),
    (Cue(re.compile(r"\bwait[- ]?(?:ing[- ])?list\b", _I), "wait"), "waitlist"),
    (Cue(re.compile(r"\b(?:treatment as usual|usual care|standard care)\b", _I), "treatment as usual", "usual care",
         "standard care"), "usual-care"),
    (Cue(re.compile(r"\bactive(?:[- ]controlled| control| comparator)\b", _I), "active"), "active"),
)
_PHASE = Cue(re.compile(r"\bphase\s+(IV|III|II|I|[1-4])(?:[ab])?(?:\s*/\s*(IV|III|II|I|[1-4]))?\b", _I), "phase")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_SINGLE_CENTRE = Cue(re.compile(
    r"\bsingle[- ]?(?:cent(?:er|re)|site)\b|\bmonocent(?:er|re)|\bunicent(?:er|re)", _I), "single", "monocent", "unicent")
_N_CENTRES = Cue(re.compile(
    rf"\b(?:at|in|from|across)\s+({NUMBER})\s+(?:[\w-]+\s+){{0,4}}(?:cent(?:er|re)s|sites|hospitals|clinics)\b", _I),
    "centers", "centres", "sites", "hospitals", "clinics")
_RATIO = Cue(re.compile(
    r"\b(\d{1,2}(?:\s*:\s*\d{1,2})+)\s*(?:ratio|allocation|randomi[sz]ation)"
    r"|\b(?:ratio|allocation) of\s+(\d{1,2}(?:\s*:\s*\d{1,2})+)", _I), "ratio", "allocation", "randomi")
#: what every match of :data:`_RATIO` holds: a colon before a digit ("2:1"), "ratio of" or "allocation of" (a cheap
#: scan first: the pattern itself, with no literal to start from, costs ~40 µs an abstract)
_COLON_DIGIT = re.compile(r":\s*\d")
_DURATION = Cue(re.compile(
    rf"\b(?:for|over|during|of)\s+({NUMBER})\s+(weeks?|months?|days?|years?)\b|\b({NUMBER})[- ](week|month|day|year)\b", _I
), "week", "month", "day", "year")
#: the words a number in words can end with (those of :data:`NUMBER`: "twelve", "hundred", "thousand" ...)
_NUMBER_WORDS = tuple(sorted(set(re.findall(r"[a-z]{3,}", NUMBER))))
_PRIMARY = Cue(re.compile(
    r"\bprimary (?:outcome|end ?point|efficacy (?:outcome|measure))(?: measure)?s?\s+(?:was|were|is|will be)\s+"
    r"(?:the\s+)?([^.;]{3,160})", _I), "primary ")
_POOLED = Cue(re.compile(
    rf"\b({NUMBER})\s+(?:\w+[- ]){{0,3}}(?:studies|trials|RCTs|articles|publications|cohorts)\b"
    r"(?:\s+(?:were|was|met|with|involving|including|comprising|included|fulfilled)\b)?",
    _I,
), "studies", "trials", "rcts", "articles", "publications", "cohorts")
_POOLED_INCLUDE = re.compile(r"\b(?:include[sd]?|identified|yielded|retained|analy[sz]ed|pooled)\s+(?:data from\s+)?$", _I)


@functools.lru_cache(maxsize=1)
def _gate() -> CueGate:
    """One gate over every cue of the design facts and the population (:mod:`.design_gate`)."""
    cues = [cue for cue, _ in _BLINDING + _CONTROLS] + [_PHASE, _SINGLE_CENTRE, _N_CENTRES, _RATIO, _DURATION,
                                                         _PRIMARY, _POOLED]
    return CueGate(cues + list(POPULATION_CUES))


#: the trial phases the shapes allow (``ipkg:trialPhase``)
PHASES = frozenset({"I", "II", "III", "IV", "I/II", "II/III", "III/IV"})


def extract_study_facts(annotated: AnnotatedDocument | Document, model: DesignModel | None = None,
                        decision: str = DEFAULT_DECISION) -> StudyFacts:
    """Design class, its evidence and confidence, sample size and design facts of an annotated abstract (its
    mentions ground the arms' interventions; ``decision`` as :func:`decide_design`). A bare
    :class:`~ipkg.models.Document` is annotated first."""
    if isinstance(annotated, Document):
        annotated = annotate(annotated)
    doc, mentions, view = annotated.document, annotated.mentions, annotated.folded
    text = view.text
    call = decide_design(annotated, model, decision)
    design = call.design
    is_review = design in _REVIEWS
    gated = _gate().gate(view)
    search = gated.search
    blinding = next((name for cue, name in _BLINDING if search(cue)), None) if not is_review else None
    controls = tuple(name for cue, name in _CONTROLS if search(cue)) if not is_review else ()
    phase = None
    if not is_review and (m := search(_PHASE)):
        first = _ROMAN.get(m.group(1), m.group(1).upper())
        phase = first if not m.group(2) else f"{first}/{_ROMAN.get(m.group(2), m.group(2).upper())}"
        phase = phase if phase in PHASES else first  # "phase I/III" is not a phase: keep the first
    centres = None
    if not is_review:
        if search(_SINGLE_CENTRE):
            centres = 1
        elif m := search(_N_CENTRES):
            centres = parse_number(m.group(1))
    ratio = None
    if _ratio_may_match(view.lower) and (m := search(_RATIO)):
        ratio = re.sub(r"\s+", "", m.group(1) or m.group(2))
    arms = study_arms(annotated, design)
    sample, sample_evidence = extract_sample_size(annotated, design, arms)
    populations, species, models = extract_population(text, design, view, gated)
    duration = None
    if not is_review and _duration_may_match(view.lower) and (m := search(_DURATION)):
        value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = parse_number(value)
        if n:
            unit = unit.lower().rstrip("s")
            duration = f"{n} {unit}{'s' if n != 1 else ''}"
    primary = None
    if m := search(_PRIMARY):
        primary = m.group(1).strip()
    return StudyFacts(
        design=design,
        design_evidence=call.evidence,
        design_confidence=call.confidence,
        sample_size=sample,
        sample_size_evidence=sample_evidence,
        randomized=True if design == "RandomizedControlledTrial" else (False if design == "NonRandomizedTrial" else None),
        blinding=blinding,
        control=controls[0] if controls else None,
        phase=phase,
        centres=centres,
        allocation_ratio=ratio,
        arms=arms,
        populations=populations,
        species=species,
        models=models,
        duration=duration,
        primary_outcome=primary,
        studies_pooled=_studies_pooled(gated) if is_review else None,
    )


def _ratio_may_match(lower: str | None) -> bool:
    """False only when :data:`_RATIO` cannot match the text whose lower-cased form is ``lower``."""
    return lower is None or "ratio of" in lower or "allocation of" in lower or _COLON_DIGIT.search(lower) is not None


def _duration_may_match(lower: str | None) -> bool:
    """False only when :data:`_DURATION` cannot match the text whose lower-cased form is ``lower``: every match
    ends with a unit ("week", "month", "day", "year") after white space or a hyphen after a number, in digits or
    words (a few string searches instead of the pattern, which has no literal to start from: ~20 µs an abstract)."""
    if lower is None:
        return True
    for unit in ("week", "month", "day", "year"):
        at = lower.find(unit, 1)
        while at > 0:
            end = at - 1
            if lower[end] == "-":
                end -= 1
            else:
                while end >= 0 and lower[end].isspace():
                    end -= 1
            if end < at - 1 and end >= 0 and (lower[end].isnumeric() or lower.endswith(_NUMBER_WORDS, 0, end + 1)):
                return True
            at = lower.find(unit, at + 1)
    return False


def _studies_pooled(gated: Gated) -> int | None:
    text = gated.view.text
    for m in gated.finditer(_POOLED):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() - 12 : m.end()]
        if _POOLED_INCLUDE.search(before) or re.search(r"were|was|met|included|fulfilled", after, _I):
            n = parse_number(m.group(1))
            if n and n < 10_000:
                return n
    return None


# ---- arms ----------------------------------------------------------------------------------------------------

_GROUP_LIST = re.compile(rf"\(\s*((?:n\s*=\s*)?{NUMBER}(?:\s+[A-Za-z][\w-]*)?(?:\s*(?:,|and|;)\s*(?:n\s*=\s*)?{NUMBER}(?:\s+[A-Za-z][\w-]*)?)*)\s*\)", _I)
_GROUP_ITEM = re.compile(rf"(?:n\s*=\s*)?({NUMBER})(?:\s+([A-Za-z][\w-]*))?", _I)
_ARM_CONTEXT = re.compile(r"randomi|assigned|allocated|receiv|treated with|group", _I)


def study_arms(annotated: AnnotatedDocument, design: str | None) -> tuple[Arm, ...]:
    """The arms of a study of ``design`` (none for a review class: it pools other studies' arms)."""
    if design in _REVIEWS:
        return ()
    return _extract_arms(annotated.document.abstract, annotated.mentions)


def _extract_arms(abstract: str, mentions: Sequence[Mention]) -> tuple[Arm, ...]:
    """Arms written as ``<intervention or placebo> (12 MDD and 12 BD)`` or ``<intervention> (n = 20)``."""
    interventions: list[Mention] | None = None  # listed at the first group list (most abstracts have none)
    arms: list[Arm] = []
    for match in _GROUP_LIST.finditer(abstract):
        before = abstract[max(0, match.start() - 60) : match.start()]
        sentence_start = max(abstract.rfind(". ", 0, match.start()), abstract.rfind("\n", 0, match.start())) + 1
        if not _ARM_CONTEXT.search(abstract[sentence_start : match.end() + 80]):
            continue
        groups: list[tuple[str, int]] = []
        for item in _GROUP_ITEM.finditer(match.group(1)):
            n = parse_number(item.group(1))
            if n is not None:
                groups.append((item.group(2) or "", n))
        if not groups:
            continue
        if interventions is None:
            interventions = [m for m in mentions if m.passage == "abstract" and m.concept.cls == "Intervention"]
        label, concept, placebo = _arm_label(before, match.start(), interventions)
        if label is None:
            continue
        # an arm counted in eyes, samples or lesions has no size in people
        size = None if any(g.lower() in _NOT_PEOPLE for g, _ in groups) else sum(n for _, n in groups)
        named = tuple((g, n) for g, n in groups if g and g.lower() not in ("patients", "participants", "subjects"))
        arms.append(Arm(label=label, size=size, concept=concept, placebo=placebo, groups=named if len(named) > 1 else ()))
    return tuple(arms)


def _arm_label(before: str, at: int, interventions: Sequence[Mention]):  # type: ignore[no-untyped-def]
    tail = before.rstrip()
    if re.search(r"\bplacebo$", tail, _I):
        return "placebo", None, True
    for mention in reversed(interventions):
        if at - 3 <= mention.end + (len(before) - len(tail)) <= at and mention.end <= at:
            return mention.concept.label, mention.concept, False
    word = re.search(r"([A-Za-z][\w-]{2,})$", tail)
    if word and word.group(1).lower() not in ("and", "or", "either", "with", "groups", "group", "patients", "participants"):
        return word.group(1), None, False
    return None, None, False
