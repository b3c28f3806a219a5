"""A harm study told from a treatment study (issue 12, CID round 18; docs/findings.md 8s).

An abstract's frame — its title and its aims — says what the study is about. :func:`study_kind` reads one of four
kinds, in this order:

* a *treatment study* gives a chemical to treat a disorder and asks how well it did: its frame names a treatment of
  something, an efficacy or a relief ("Efficacy of X in patients with Y", "X for the treatment of Y", "X ameliorates
  the stress-induced depression-like behaviour", "combined treatment", a placebo, a trial or a randomised study:
  "Aspirin after ischemic stroke: a randomized controlled trial") or a disease model ("the
  X-induced rat model of Y": what the study tests is done in the model), or the rules read a relation of treating in
  its title or aims ("Prebiotics for depression"). A frame that names a relief is a treatment study's whatever
  harm it also names: immunopsychiatry abstracts test drugs in harm models ("LPS-induced depression-like
  behaviour"). The bare noun of the drug given is no treatment frame: "after X treatment", "treated with X",
  "concomitant treatment with X" is how a harm study's chemical was given too;
* a *case report* ("a case report", "we report a ...", "a 63-year-old woman"): a harm study of one patient;
* a *harm study*: its frame names a harm ("Vitamin D3 toxicity in dairy cows", "X-induced Y", "adverse effects of
  X", "complications", "X poisoning");
* else *unstated* ("Suxamethonium infusion rate and observed fasciculations", "Serum cytokines in schizophrenia"),
  unless the title names the disorder a chemical was given in ("Safety of X in acute ischemic stroke", "X for
  children with Y"): a treatment study.

The adverse-effect model's guards (:func:`ipkg.extract.cid_model.guarded_candidates`) consult it: the tested pair's
guard stands in a treatment study, the population's disorder's in a treatment study or a case report (the one
patient's own condition); elsewhere the condition a study tested a chemical in or its people have is what the
chemical caused about as often as the model's other pairs ("Vitamin D3 toxicity in dairy cows": hypercalcaemia;
"patients with heparin-induced thrombocytopenia": thrombosis). The findings' filter of lessened harms reads the
model's pairs in a treatment study only (:func:`ipkg.extract.findings.read_study`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .relations import CONDITION_CLASSES

if TYPE_CHECKING:
    from ..models import Finding
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["CASE", "HARM", "TREATMENT", "UNSTATED", "study_kind"]

#: the kinds of a study
TREATMENT, HARM, CASE, UNSTATED = "treatment", "harm", "case", "unstated"
#: the roles of the sentences of the frame
_FRAME = frozenset({"title", "objective"})
_F = re.IGNORECASE
#: a harm named in the frame: "-induced", "induced by", "toxicity", "adverse", "complication", "poisoning"
_HARM = re.compile(
    r"-(?:induced|associated|related|evoked|provoked|caused)\b|\b(?:induced|caused|provoked|produced)\s+by\b|"
    r"\binduction\s+(?:of\s+[\w-]+\s+)?by\b|tox(?:ic|icity|icities)\b|\bpoison|\bintoxicat|\boverdos|\badverse\b|"
    r"\bside[- ]effects?\b|\bcomplications?\b|\biatrogenic\b|\bhazards?\b|\bcarcinogen|\bteratogen", _F)
#: a treatment, an efficacy or a relief named in the frame: "treatment of", "for the treatment", "efficacy",
#: "ameliorates", "modulation of", "antidepressant", "combined treatment"; a trial or a randomised study (session 20:
#: what a trial gives is put to the test for its population's condition); a disease model ("the X-induced rat model
#: of Y": the harm is the study's setting, what it tests is done in it); not the bare noun of the drug given ("after
#: X treatment", "treated with X")
_TREATMENT = re.compile(
    r"\b(?:treatments?|therap(?:y|ies)|management|prevention|prophylaxis|relief)\s+(?:of|for|in)\b|"
    r"\btreat(?:s|ing)?\b|\btherapeutic\b|\befficacy\b|\beffectiveness\b|\bplacebo\b|\btrials?\b|\brandomi[sz]|"
    r"\b(?:combined|combination|adjunct\w*|add-on|augmentation)\s+(?:treatment|therapy)\b|\bmodels?\b|"
    r"\b(?:amelior|alleviat|attenuat|revers|rescu|restor|improv|prevent|protect|counteract|relie|normali[sz]|"
    r"modulat|antidepress|anxiolytic|antipsychotic|neuroprotect)\w*", _F)
#: a title's setting after a chemical: "X in acute ischemic stroke", "X for children with Y" (the drug given in the
#: population's disorder)
_SETTING = re.compile(r"\b(?:in|for)\s+(?:(?:[\w-]+\s+){0,2}?(?:with|suffering\s+from)\s+)?(?:[\w-]+\s+){0,2}?$", _F)
_GERUND = re.compile(r"\w{3,}ing\b", _F)
#: case-report wording anywhere in the abstract: "a case report", "we report a", "a 63-year-old woman" (one person,
#: not "8-week-old mice")
_CASE = re.compile(r"\bcase\s+reports?\b|\ba\s+case\s+of\b|\bwe\s+(?:report|describe|present)\s+(?:an?|the|two|three|"
                   r"four|\d+)\b|\ban?\s+\d+-(?:year|month|week|day)-old\s+(?:[\w-]+\s+){0,2}?(?:woman|man|boy|girl|"
                   r"patient|female|male|child|infant|neonate|lady|gentleman)\b|\bcase\s+(?:is|was)\s+(?:reported|"
                   r"described|presented)\b", _F)


def study_kind(annotated: AnnotatedDocument, candidates: Iterable[Finding] = ()) -> str:
    """The kind of the study of ``annotated`` (module docstring): :data:`TREATMENT`, :data:`HARM` or
    :data:`CASE` or :data:`UNSTATED`. ``candidates`` are the relations every sentence states
    (:func:`~ipkg.extract.findings.candidate_findings`): a treating one of the title or the aims makes a treatment
    study.

    >>> from ipkg.extract.annotate import annotate
    >>> from ipkg.models import Document
    >>> def kind(title, abstract="Rats were given the drug."):
    ...     return study_kind(annotate(Document("a.txt", title, abstract)))
    >>> kind("Vitamin D3 toxicity in dairy cows."), kind("Valvular heart disease in patients treated with pergolide.")
    ('harm', 'unstated')
    >>> kind("Minocycline ameliorates LPS-induced depression-like behaviour in mice.")
    'treatment'
    >>> kind("Tremor in a patient on lithium.", "We report a 63-year-old woman who developed tremor.")
    'case'
    """
    if any(f.predicate == "treats" and not f.negated and f.obj is not None and f.role in _FRAME for f in candidates):
        return TREATMENT
    return annotated.derived(_frame_kind)


def _frame_kind(annotated: AnnotatedDocument) -> str:
    """The kind the frame's wording alone says (:func:`study_kind` without the rules' relations)."""
    frame = [s.text for s in annotated.sentences if s.passage in ("title", "abstract") and s.role in _FRAME]
    if any(_TREATMENT.search(text) for text in frame):
        return TREATMENT
    if any(_CASE.search(s.text) for s in annotated.sentences if s.passage in ("title", "abstract")):
        return CASE
    if any(_HARM.search(text) for text in frame):
        return HARM
    if any(_given_in(s) for s in annotated.sentences if s.role == "title"):
        return TREATMENT
    return UNSTATED


def _given_in(title: Sentence) -> bool:
    """True when the title names a chemical and after it a condition as its setting ("Safety of X in acute
    ischemic stroke", "X for children with Y"); no chemical and no verb form in "-ing" between the setting's word
    and the condition ("the threshold for initiating Y", "pretreatment for X injection pain", "in X nephrosis" name
    no setting)."""
    base = title.start
    chemicals = [(m.start - base, m.end - base) for m in title.mentions if m.concept.cls == "Intervention"]
    for m in title.mentions:
        if m.concept.cls not in CONDITION_CLASSES:
            continue
        at = m.start - base
        setting = _SETTING.search(title.text, max(0, at - 60), at)
        if (setting and not _GERUND.search(setting.group()) and any(end <= setting.start() for _, end in chemicals)
                and not any(setting.start() <= start < at for start, _ in chemicals)):
            return True
    return False
