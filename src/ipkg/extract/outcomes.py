"""What a study found (issue 12): the findings of its results, conclusions and background, and a trial's outcome.

:func:`found_findings` sorts the relations every sentence states (:func:`~ipkg.extract.findings.candidate_findings`)
by the role of their sentence (:mod:`ipkg.extract.annotate`):

* a **title** states a finding only when it says a result with a finite verb ("endotoxin reduces ventral
  striatum responses", "TSPO is not elevated in depression"); a title that names the topic ("Efficacy of adjunctive
  infliximab vs placebo in the treatment of bipolar depression", "Augmentation therapy with minocycline in
  treatment-resistant depression") states none;
* **aims and methods** say what was tested (:mod:`ipkg.extract.pico`), never what was found: they give no asserted
  finding, no treats or potentiates finding, and nothing from a sentence that states an aim;
* **results, conclusions, background** and unlabelled sentences give their findings as stated (a review's
  background states what it presents as established).

A trial's outcome (its verdict on the tested intervention, each results sentence's own outcomes) is read by
:mod:`ipkg.extract.trial_verdict`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..cues import Cue, fold
from ..models import Finding, StudyPico
from .arm_outcomes import arm_outcomes
from .implicit import INFLAMMATORY_RESPONSE, inflammatory_kind
from .negation import mask_spans
from .pico import TESTED_ROLES
from .relation_modulation import AGENT_BEFORE_DRUG
from .relations import DEFINING_APPOSITIVE
from .title_result import title_states_result
from .trial_benefits import trial_benefits
from .trial_results import null_results
from .trial_verdict import (NULL_RESULT, POPULATION_BEFORE, POSITIVE_RESULT, SUBGROUP_RESULT, TRIAL_OUTCOME_DESIGNS,
                            trial_outcome)
from .unclaimed import in_scope, unclaimed

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

#: NULL_RESULT, POPULATION_BEFORE, POSITIVE_RESULT and TRIAL_OUTCOME_DESIGNS are :mod:`ipkg.extract.trial_verdict`'s,
#: re-exported here for the modules that read them from this one
__all__ = ["AIM_ANYWHERE", "NULL_RESULT", "POPULATION_BEFORE", "POSITIVE_RESULT", "TRIAL_OUTCOME_DESIGNS", "found_findings",
           "states_result"]

_MECHANISM_PREDICATES = frozenset({"increases", "decreases", "modulates", "actsThrough"})
_F = re.IGNORECASE
#: an aim: what the study set out to test
_AIM = re.compile(
    r"\b(?:aim(?:s|ed)?|purpose|objectives?|goals?|sought|hypothesi[sz]\w*|we\s+(?:investigated|examined|"
    r"evaluated|assessed|explored|tested|studied|compared)|to\s+(?:investigate|examine|assess|evaluate|explore|"
    r"determine|test|compare|study|clarify)|whether|protocol|will)\b",
    _F,
)
#: an aim or a gap in knowledge stated in any part of the abstract: nothing found ("We assessed the effect of X",
#: "This study assesses ...", "We present a protocol", "no study has previously evaluated whether", "Our intent was")
AIM_ANYWHERE = re.compile(
    r"\b(?:(?:our|the|this|study)\s+(?:aims?|purpose|objectives?|goals?|intent(?:ion)?s?)|we\s+aim(?:ed)?\s+to|"
    r"we\s+(?:assessed|investigated|examined|evaluated|explored|tested|studied)\s+(?:the|whether|if|how)|"
    r"(?:this|the\s+present|our)\s+(?:study|trial|review|article|paper|work)\s+(?:assess|explor|examin|"
    r"investigat|evaluat|aim)\w*|(?:in\s+)?(?:this|the\s+present|the\s+current|our)\s+(?:study|work|paper)\s*,\s*"
    r"we\s+(?!(?:show|showed|shown|found|find|demonstrate|demonstrated|observed|report|reported|confirm|confirmed|"
    r"provide|identified|describe)\b)[a-z]+|protocol|we\s+(?:wanted|wished|intended|planned)\s+to|"
    r"(?:no|few)\s+(?:previous\s+)?(?:studies|study|trials?|work)\s+"
    r"(?:has|have)|(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:studied|evaluated|examined|investigated|tested)|"
    # (round 28) "A randomized trial was started to compare ...", "This study was undertaken to determine ..."
    r"(?:study|trial|investigation|experiment)\s+(?:was|is|has\s+been)\s+(?:started|undertaken|initiated|conducted|"
    r"performed|carried\s+out|set\s+up)\s+to\s+(?:compare|determine|assess|evaluate|investigate|examine|test|"
    r"explore|establish|clarify))\b",
    _F,
)


def states_result(sentence: Sentence, finding: Finding) -> bool:
    """True when a title states ``finding`` as a result: it has a finite verb (after masking its mentions, so a
    drug named "-ed" is no verb), denies it, or asks a question (hedged). A hedge word alone does not make a topic
    a result: "The potential influence of X in the management of Y" names what is discussed (round 8)."""
    if finding.negated or finding.hedged and "?" in sentence.text:
        return True
    masked = mask_spans(sentence.text, [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions])
    return title_states_result(masked)


#: a review's account of how it chose its studies ("We retrieved five randomized controlled trials meeting our
#: inclusion criteria: four used a statin in addition to an antidepressant", "A systematic review was conducted of
#: ... trials reporting on ..."): what was looked at, whatever its section says, never a finding
_REVIEW_METHOD = re.compile(
    r"\b(?:(?:meeting|met|fulfill?ing|fulfill?ed)\s+(?:the\s+|our\s+)?(?:inclusion|eligibility)\s+criteria|"
    r"(?:systematic\s+review|meta-?analysis|(?:literature\s+|systematic\s+)?search)\s+(?:was|were)\s+"
    r"(?:conducted|performed|carried\s+out|undertaken)|we\s+(?:retrieved|identified|included|screened|selected)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:studies|trials|articles|records|reports|papers))\b",
    _F,
)


def _keep(sentence: Sentence, finding: Finding, seen: dict[tuple[int, int], bool]) -> bool:
    """Whether ``finding`` is one the study found (see the module docstring); ``seen``: each (sentence, cue)
    answer already looked up (several findings share a sentence)."""
    if sentence.role == "title":
        return states_result(sentence, finding)
    if _cue(sentence, 0, seen) or unclaimed(sentence, finding):
        return False
    if sentence.role in TESTED_ROLES and not _reports_result(sentence, seen):
        if _defines(sentence, finding):
            return True  # "infliximab, a monoclonal antibody targeting tumor necrosis factor": a fact, not a test
        return not (
            finding.predicate in ("treats", "potentiates")
            or not (finding.negated or finding.hedged)
            or _cue(sentence, 1, seen)
            or _cue(sentence, 2, seen)
        )
    return not ((finding.hedged or finding.negated) and _cue(sentence, 2, seen))


#: words that report a result: a sentence of an unlabelled abstract holding them states what was found, whatever
#: role the sentence-role model gave it ("Here we show that X inhibits Y", "mice challenged with LPS displayed
#: increased IL-1β", "X resulted in ...", "(p < 0.01)")
_RESULT_REPORTED = re.compile(
    r"\b(?:we\s+(?:show|showed|found|find|demonstrate|demonstrated|observed|report)\b|(?:was|were)\s+found\s+to\b|"
    r"resulted\s+in\b|displayed\b|exhibited\b|p\s*[<=≤]\s*0?\.\d)",
    _F,
)
#: research still to be done, an outlook (round 8; the tune adjudication: "a proposal ... or an outlook is not
#: recorded"): "Large randomized trials are needed to further elucidate the effect of X in Y", "Several trials of X
#: as treatment for Y are planned or ongoing", "prompting further research into the mechanisms of X in Y treatment"
#: (round 13) the research still to be done named first ("Further research into the link between X and Y is
#: essential, as ..."), and a target proposed for drug discovery ("..., which can become useful targets for CNS drug
#: discovery, including modulating Y")
_OUTLOOK = re.compile(
    r"\b(?:(?:research|studies|trials|RCTs|investigations?|work|data|evidence)\s+(?:is|are)\s+(?:still\s+|thus\s+|"
    r"therefore\s+|urgently\s+)?(?:needed|required|warranted|necessary)|prompting\s+(?:further|future)|"
    r"planned\s+or\s+ongoing|(?:is|are)\s+(?:currently\s+)?(?:ongoing|underway)|"
    r"(?:further|future|more|additional)\s+(?:research|studies|trials|investigations?|work|testing|evaluations?|"
    r"validation|experiments|exploration|examination|analys[ie]s)\b[^.;]{0,160}?\b"
    r"(?:is|are)\s+(?:still\s+|thus\s+|therefore\s+|urgently\s+|also\s+)?(?:needed|required|warranted|necessary|"
    r"essential|crucial|indispensable)|"
    r"targets?\s+for\s+(?:[\w-]+\s+){0,2}?(?:drug|therapeutic)\s+(?:discovery|development|design)|"
    # (round 15) a wish: "this article hopes to provide suggestions for ...", "we hope that our results will"; (round 16)
    # trials asked for ("encourages further clinical trials") and the topic of ongoing studies ("ongoing studies of")
    r"(?:this|the\s+present|our)\s+(?:study|review|article|paper|work|chapter)\s+(?:hopes?|intends?|seeks?|wishes)\s+to|"
    r"we\s+hope\s+(?:to|that)|(?:encourag\w*|warrant(?:s|ed)?|justif\w*|call(?:s|ed)?\s+for)\s+(?:further|future|more|"
    r"additional|larger)\s+(?:[\w-]+\s+){0,3}?(?:research|studies|trials|RCTs|investigations?|work|evaluations?)|"
    r"(?:ongoing|planned|upcoming)\s+(?:clinical\s+)?(?:studies|trials|research|investigations?)\s+(?:(?:examin|"
    r"investigat|explor|evaluat|assess|test)ing|of|on|into))\b",
    _F,
)
#: a topic put as the subject of a verb of study (round 8): "The role of macrophage stimulation and suppression in
#: the development of toxic liver damage was studied in rats with hepatitis induced by paracetamol", "The effects
#: of X on Y were investigated in mice": what was looked at, not what was seen
_TOPIC_STUDIED = re.compile(
    r"^(?:(?:in\s+)?(?:this|the\s+present|our)\s+(?:study|work|paper)\s*,\s*)?(?:the\s+)?(?:roles?|effects?|"
    r"influence|impact|involvement|contribution|participation)\s+of\b[^;:]*?\b(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:studied|investigated|examined|explored|evaluated|assessed|analy[sz]ed)\b(?![^;:]*(?:,\s*(?:and|but)\b|\b(?:and|but)\s+"
    r"(?:was|were|it|they|found|showed|revealed)\b))",
    _F,
)
#: a review's table of contents (round 12a): a sentence whose verb says its topic is talked over, not found ("Finally,
#: dietary interventions targeting the gut-brain axis in depression are briefly discussed", "The roles of X in Y are
#: reviewed here"): the passive verb of discussion ends the sentence, so nothing after it is stated
_TOPIC_DISCUSSED = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|then\s+|further\s+|briefly\s+|critically\s+)*(?:discussed|reviewed|summari[sz]ed|"
    r"outlined|considered)(?:\s+(?:here|herein|below|in\s+(?:this|the)\s+(?:review|article|paper|chapter)))?"
    r"\s*[.;]?\s*$",
    _F,
)
#: what is no finding whatever the sentence's section: a review's method, an outlook, a topic studied or discussed
_NOT_FOUND = re.compile(f"{_REVIEW_METHOD.pattern}|{_OUTLOOK.pattern}|{_TOPIC_STUDIED.pattern}|"
                        f"{_TOPIC_DISCUSSED.pattern}", _F)
_KEEP_CUES = (_NOT_FOUND, _AIM, AIM_ANYWHERE, _RESULT_REPORTED)
#: the same searches, run folded over the lower-cased sentence (:class:`ipkg.cues.Cue`: the same matches,
#: ~2x faster; ungated, as the empty needle is in every text)
_KEEP_SCANS = tuple(Cue(pattern, "") for pattern in _KEEP_CUES)


def _reports_result(sentence: Sentence, seen: dict[tuple[int, int], bool]) -> bool:
    """True when a sentence whose role the model chose (no section label) reports a result and states no aim."""
    return sentence.section is None and _cue(sentence, 3, seen) and not _cue(sentence, 1, seen)


def _cue(sentence: Sentence, which: int, seen: dict[tuple[int, int], bool]) -> bool:
    key = (sentence.index, which)
    if key not in seen:
        seen[key] = _KEEP_SCANS[which].search(fold(sentence.text)) is not None
    return seen[key]


def _defines(sentence: Sentence, finding: Finding) -> bool:
    """An asserted mechanism finding stated by an appositive that defines the drug by its target, or a disorder
    defined as inflammatory ("IBDs are complex chronic inflammatory disorders", under an "Objective:" label)."""
    if finding.hedged or finding.negated:
        return False
    text = sentence.text
    if finding.predicate == "associatedWith" and finding.obj == INFLAMMATORY_RESPONSE:
        spans = [(m.start - sentence.start, m.end - sentence.start, m.concept) for m in sentence.mentions]
        return any(c == finding.subject for _, _, c in inflammatory_kind(text, spans))
    if finding.predicate not in _MECHANISM_PREDICATES:
        return False
    return any(DEFINING_APPOSITIVE.match(text, m.end - sentence.start)
               or AGENT_BEFORE_DRUG.search(text, max(0, m.start - sentence.start - 40), m.start - sentence.start)
               for m in sentence.mentions if m.concept == finding.subject)


def _once(findings: list[Finding]) -> list[Finding]:
    """A relation stated as a result (asserted or denied) somewhere is not also listed where it is only suggested
    (an aim, a hypothesis): FINDINGS.md records each (subject, relation, object) once, with its clearest sentence."""
    firm = {(f.subject, f.predicate, f.obj) for f in findings if not f.hedged}
    return [f for f in findings if not f.hedged or (f.subject, f.predicate, f.obj) not in firm]


def found_findings(annotated: AnnotatedDocument, candidates: Sequence[Finding], pico: StudyPico,
                   design: str | None = None) -> tuple[Finding, ...]:
    """The findings the study states as found, sorted (see the module docstring)."""
    by_start = annotated.sentences_by_start()
    seen: dict[tuple[int, int], bool] = {}
    kept = [_restricted(by_start[(f.passage, f.start)], f) for f in candidates
            if _keep(by_start[(f.passage, f.start)], f, seen)]
    if design in TRIAL_OUTCOME_DESIGNS:
        if pico.interventions and (pico.conditions or pico.background):
            kept = trial_outcome(annotated, kept, pico)
        kept += arm_outcomes(annotated, kept, pico)
        kept += trial_benefits(annotated, kept, pico)
        kept += null_results(annotated, kept, pico)
    return tuple(sorted(_once(kept), key=lambda f: (f.passage, f.start, f.subject.iri, f.predicate,
                                                    f.obj.iri if f.obj else "")))


def _restricted(sentence: Sentence, finding: Finding) -> Finding:
    """A treatment claim stated for a subgroup only (:data:`SUBGROUP_RESULT`) or a relation a review names as its
    scope (:func:`~ipkg.extract.unclaimed.in_scope`) is hedged: the trial suggests it, the review presents it."""
    if not (finding.negated or finding.hedged) and (in_scope(sentence, finding) or finding.predicate in (
            "treats", "potentiates") and sentence.role in ("results", "conclusions", "other")
            and SUBGROUP_RESULT.search(sentence.text)):
        return replace(finding, hedged=True)
    return finding
