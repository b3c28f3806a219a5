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

A randomised or non-randomised **trial's outcome** follows its results and conclusions. A results or conclusions
sentence about the tested intervention, its arms or its placebo comparison that states a null result ("did not
differ between study arms", "was not superior to placebo", "no significant improvement", "failed to", "could not
confirm", "comparable to placebo", "differences were negligible", "was not beneficial") makes the trial negative:
each tested intervention gets a *negated* ``treats`` of each studied condition (and a negated ``potentiates`` of
the treatment it was added to), and no sentence may assert those claims. Without a null result, a sentence that
states a significant improvement over the comparator ("significantly more reductions in HDRS scores compared to
the placebo group", "superior to placebo") gives the asserted claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Concept, Finding, StudyPico
from .arm_outcomes import BASELINE, arm_outcomes, sentence_finding
from .harm_outcomes import no_verdict, safety_reading
from ..cues import Cue, fold
from .implicit import INFLAMMATORY_RESPONSE, inflammatory_kind
from .negation import is_negated, mask_spans
from .pico import TESTED_ROLES
from .relation_modulation import AGENT_BEFORE_DRUG
from .relations import CONDITION_CLASSES, DEFINING_APPOSITIVE, MODULATED_CLASSES, NO_CHANGE
from .title_result import title_states_result
from .trial_results import null_results
from .unclaimed import in_scope, unclaimed

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["AIM_ANYWHERE", "NULL_RESULT", "POPULATION_BEFORE", "POSITIVE_RESULT", "TRIAL_OUTCOME_DESIGNS", "found_findings", "states_result"]

_MECHANISM_PREDICATES = frozenset({"increases", "decreases", "modulates", "actsThrough"})
#: the designs whose outcome decides the tested intervention's ``treats`` claim
TRIAL_OUTCOME_DESIGNS = frozenset({"RandomizedControlledTrial", "NonRandomizedTrial"})
_F = re.IGNORECASE
#: how trials state that the tested intervention did not beat its comparator
NULL_RESULT = re.compile(
    r"\b(?:did\s+not\s+(?:significantly\s+)?(?:differ|separate|improve|reduce|show|result|lead|outperform|demonstrate|"
    r"produce)|(?:was|were|is|are)\s+not\s+(?:significantly\s+|statistically\s+)?(?:superior|better|"
    r"more\s+effective|beneficial|effective|efficacious|different|associated\s+with\s+(?:an?\s+)?(?:greater|more|"
    r"increased|higher|elevated|"
    r"significant))|no\s+(?:statistically\s+)?significant\s+(?:[\w-]+\s+)?(?:differences?|improvements?|effects?|"
    r"changes?|benefits?|reductions?|advantages?)|no\s+(?:clinical\s+)?(?:benefit|efficacy|advantage)|"
    r"fail(?:ed|s)?\s+to|could\s+not\s+(?:confirm|demonstrate|show|detect|find)|not\s+(?:statistically\s+)?"
    r"significant(?:ly)?\s+(?:different|improv|reduc)\w*|(?:comparable|similar)\s+(?:to|with)\s+(?:the\s+)?placebo|"
    r"(?:comparable|similar)\s+(?:in|between|across)\s+(?:both|the\s+(?:two|three)|all|treatment|study)\s+"
    r"(?:\w+\s+)?(?:groups|arms)|negligible|ineffective|no\s+better\s+than|no\s+(?:[\w-]+\s+)?differences?|"
    r"non-?significant(?:ly)?|not\s+(?:statistically\s+)?significant|"
    r"did\s+not\s+reach\s+(?:statistical\s+)?significance)\b",
    _F,
)
#: a condition that names the population ("participants with Y"), read on the lower-cased text before it
POPULATION_BEFORE = re.compile(
    r"\b(?:patients?|subjects?|individuals?|participants?|adults?|children|adolescents|inpatients|outpatients|"
    r"people|women|men|those|cases)\s+(?:[\w-]+\s+){0,3}?(?:with|suffering\s+from|diagnosed\s+with|"
    r"presenting\s+with)\s+(?:[\w-]+\s+){0,3}?$"
)
#: a significant improvement over the comparator
POSITIVE_RESULT = re.compile(
    r"\b(?:significant(?:ly)?\s+(?:more|greater|larger|better|higher|lower)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:reductions?|improvements?|decreases?|declines?|response|responses|remission|rates?|scores?)|"
    r"significant(?:ly)?\s+(?:improv|reduc|decreas|alleviat|ameliorat|potentiat|attenuat)\w*|"
    r"superior\s+to\s+(?:the\s+)?placebo|(?:improvements?|response|remission|responders|remitters|reductions?|"
    r"decreases?|declines?)"
    r"(?:\s+rates?)?\s+(?:[\w-]+\s+){0,8}?(?:was|were)\s+(?:also\s+)?significantly\s+(?:greater|higher|better|larger)|"
    r"(?:greater|higher|larger)\s+(?:proportions?|percentages?|rates?)\s+of\s+"
    r"(?:patients|participants|subjects)\s+(?:receiving|treated|in\s+the)|"
    # "the proportion of patients with a 50% reduction in HAM-D scores was significantly higher with X"
    r"(?:proportions?|percentages?|numbers?)\s+of\s+(?:patients|participants|subjects)\s+(?:with|achieving|who\s+"
    r"(?:achieved|had|showed))\s+[^.;]{0,80}?(?:was|were)\s+significantly\s+(?:higher|greater|larger)|"
    r"(?:was|were|is)\s+(?:an\s+)?(?:effective|efficacious|beneficial)\b(?!\s+(?:in\s+(?:a|the)\s+)?subgroup)|"
    # "significantly more patients in the X group achieved remission"
    r"significantly\s+more\s+(?:patients|participants|subjects)\s+(?:[\w-]+\s+){0,6}?(?:achieved|attained|reached|"
    r"showed|experienced|met|responded|remitted)|"
    # "improved significantly more in the X group", "decreased significantly further"
    r"(?:improv|reduc|decreas|declin|alleviat)\w*\s+(?:\w+\s+){0,2}?significantly\s+(?:more|further|greater)|"
    # "more effective than placebo", "reduced HAM-D scores compared with placebo"
    r"more\s+(?:effective|efficacious|beneficial)\s+than\s+(?:the\s+)?(?:placebo|sham|control)|"
    r"(?:improv|reduc|decreas|lower|alleviat|attenuat|ameliorat)\w*\s+(?:[\w-]+\s+){0,6}?(?:compared\s+(?:with|to)|"
    r"relative\s+to|versus|vs\.?)\s+(?:the\s+)?(?:placebo|sham)\b|"
    # round 9: "significantly fewer depressive symptoms", "significantly lower HAM-D scores"
    r"significant(?:ly)?\s+(?:fewer|less|lower|milder)\s+(?:[\w-]+\s+){0,3}?(?:symptoms?|scores?|severity)\b|"
    # a score lower in the tested arm than in the placebo arm ("HAM-D scores were significantly lower in the
    # X group than in the placebo group"), an improvement larger there ("depressive symptoms improved more with X
    # than with placebo")
    r"(?:(?:scores?|symptoms?|severity|ratings?)\s+(?:[\w()-]+\s+){0,4}?(?:was|were)\s+(?:also\s+)?"
    r"(?:significantly\s+)?(?:lower|reduced|decreased|improved|better)|(?:improv|reduc|decreas|declin)\w*\s+"
    r"(?:significantly\s+)?(?:more|further|to\s+a\s+greater\s+extent))\s+(?:in|with|among|for|on)\s+[^.;]{0,60}?\b(?:than|"
    r"compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:(?:that|those)\s+(?:of|in|receiving|given)\s+|in\s+|"
    r"with\s+)?(?:the\s+)?(?:placebo|sham|control)\b)",
    _F,
)
#: an improvement within every arm ("Both groups improved significantly over time") says nothing of the comparison
#: (unless the sentence compares them: :data:`_ARMS_COMPARED`)
_WITHIN_ARMS = re.compile(r"\b(?:both|all|each)\s+(?:(?:treatment|study|intervention)\s+)?(?:groups?|arms?)\b", _F)
_ARMS_COMPARED = re.compile(r"\b(?:than|versus|vs\.?|compared|relative|differen\w*|between)\b", _F)
#: the sentence compares the arms (not a before-after change in one group)
_COMPARISON = re.compile(
    r"\b(?:placebo|control|sham|compared|versus|vs\.?|than|between\s+(?:the\s+)?(?:study\s+|treatment\s+)?"
    r"(?:arms|groups)|between-groups?|study\s+arms?|treatment\s+groups?|group\s+differences?|overall|"
    r"active\s+(?:treatment|arm|"
    r"group|drug))\b",
    _F,
)
#: words of a trial's clinical outcome (a rating scale, symptoms, response): not a biomarker
_OUTCOME = re.compile(
    r"\b(?:scores?|symptoms?|response|responders?|remission|efficacy|(?:in)?effective|beneficial|improvement|"
    r"outcomes?|severity|ham-?d\w*|madrs|hdrs|bdi|panss|ymrs|cgi|scales?|arms?|group\s+differences|superior|depressive|"
    r"treatment\s+(?:groups?|effect)|placebo)\b",
    _F,
)
#: a clinical outcome named by the sentence: a result on a marker alone ("X significantly reduced CRP levels
#: compared with placebo") is no verdict on the condition
_CLINICAL = re.compile(
    r"\b(?:scores?|symptoms?|response|responders?|remission|severity|ham-?d\w*|madrs|hdrs|bdi|panss|ymrs|cgi|"
    r"scales?|efficacy|effective|improv\w*|depressi\w*|anxiety|mood|relapse|outcomes?)\b",
    _F,
)
#: an experimental challenge, not a treatment: "subjects exposed to endotoxin"
_EXPOSED = re.compile(r"\b(?:exposed\s+to|exposure|challenge)\b", _F)
_SUBGROUP = re.compile(r"\b(?:subgroups?|stratif\w*|subsets?|post[\s-]hoc|exploratory|moderat\w*)\b", _F)
#: a result restricted to patients defined by a marker or a subgroup ("In patients with high CRP, X improved ...",
#: "only in participants with elevated inflammation", "in a post hoc subgroup"): suggested, not what the trial found
_SUBGROUP_RESULT = re.compile(
    r"\b(?:subgroups?|post[\s-]hoc|exploratory\s+(?:analys[ie]s|outcomes?|endpoints?)|only\s+(?:in|among|for)|(?:in|among|for)\s+(?:the\s+|those\s+)?"
    r"(?:patients|participants|subjects|individuals|those)\s+(?:with|who\s+had)\s+(?:a\s+)?(?:any\s+)?[\"'“‘]?"
    r"(?:high|higher|elevated|increased|low|lower|greater|baseline))\b",
    _F,
)
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
    r"(?:has|have)|(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:studied|evaluated|examined|investigated|tested))\b",
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


def _claims(tested: Iterable[Concept], pico: StudyPico) -> list[tuple[Concept, str, Concept]]:
    out = []
    for subject in tested:
        out += [(subject, "treats", c) for c in pico.conditions if c != subject]
        out += [(subject, "potentiates", b) for b in pico.background if b != subject]
    return out


#: a methods sentence that assigns the arms: "were randomized ... to 8 weeks of EPA, DHA or placebo"
_ASSIGNED = re.compile(r"\b(?:randomi[sz]ed|assigned|allocated)\b[^;.]{0,60}?\bto\b", _F)
#: how far after "randomized ... to" an arm may be named (characters)
_ARM_REACH = 200


def _arms(annotated: AnnotatedDocument) -> frozenset[Concept]:
    """The interventions a methods sentence assigns participants to ("randomized ... to", "assigned to", within
    ``_ARM_REACH`` characters after it; not "the randomized population was divided into subgroups"): the trial's
    arms (a tested product's variants, "EPA-enriched n-3 ... or placebo"), so a results sentence naming them is
    still about the trial."""
    arms = set()
    for sentence in annotated.iter_sentences("methods"):
        for match in _ASSIGNED.finditer(sentence.text):
            lo = sentence.start + match.end()
            arms.update(m.concept for m in sentence.mentions
                        if m.concept.cls == "Intervention" and lo <= m.start < lo + _ARM_REACH)
    return frozenset(arms)


def _about_trial(sentence: Sentence, pico: StudyPico, arms: frozenset[Concept] = frozenset()) -> bool:
    concepts = {m.concept for m in sentence.mentions}
    others = {c for c in concepts if c.cls == "Intervention"} - set(pico.interventions) - set(pico.background) - set(
        pico.comparators
    ) - arms
    return not others and bool(_OUTCOME.search(sentence.text)) and (
        bool(concepts & set(pico.interventions)) or bool(_COMPARISON.search(sentence.text))
    )


def _population(sentence: Sentence, concept: Concept) -> bool:
    lower = sentence.text.lower()
    return any(POPULATION_BEFORE.search(lower, max(0, m.start - sentence.start - 80), m.start - sentence.start)
               for m in sentence.mentions if m.concept == concept)


def _only_tested(sentence: Sentence, pico: StudyPico) -> bool:
    """The sentence names no intervention but the tested ones: a change it reports in a single-intervention trial
    is the treatment's ("There were significant reductions in anxiety ... from baseline")."""
    return not any(m.concept.cls == "Intervention" and m.concept not in pico.interventions for m in sentence.mentions)


#: a result short of significance right before an improvement ("borderline statistically significant improvement",
#: "a trend towards significantly lower scores"): no improvement (round 9)
_MARGINAL = re.compile(r"\b(?:borderline|marginal(?:ly)?|near(?:ly)?|trend(?:s|ing)?\s+(?:towards?|for))\s+"
                       r"(?:[\w-]+\s+){0,2}?$", _F)


#: patients defined by a level as the subject of an improvement: "subjects with any 'high' inflammation improved more
#: on EPA than placebo" (a subgroup, not the trial's result)
_SUBGROUP_SUBJECT = re.compile(r"\b(?:patients|participants|subjects|individuals|those)\s+(?:with|who\s+had)\s+"
                               r"(?:a\s+)?(?:any\s+)?[\"'“‘]?(?:high|higher|elevated|increased|low|lower|greater)\b", _F)


def _null_and_positive(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The null-result wording of a results sentence and its wording of a significant improvement (``None`` when
    absent; an improvement under a negation is no improvement, a null on safety or between schedules no null)."""
    from .cid_model import not_significant  # cid_model reads this module's patterns

    good = next((g for g in POSITIVE_RESULT.finditer(text)
                 if not _MARGINAL.search(text, max(0, g.start() - 40), g.start())
                 and not _SUBGROUP_RESULT.search(text, 0, g.start())
                 and not _SUBGROUP_SUBJECT.search(text, 0, g.start())), None)  # "subjects with high CRP improved more"
    if good is not None and (is_negated(text, [good.span()]) or not_significant(text)
                             or _WITHIN_ARMS.search(text) and not _ARMS_COMPARED.search(text)):
        good = None  # denied; a change within each arm; statistics that say not significant
    # not a null on safety only or between two schedules of X (round 25)
    return next((null for null in NULL_RESULT.finditer(text) if not no_verdict(text, null)), None), good


def _verdicts(annotated: AnnotatedDocument, pico: StudyPico) -> tuple[Sentence | None, Sentence | None]:
    """The first results or conclusions sentence that states a null result, and the first that states a
    significant improvement over the comparator (``None`` when there is none)."""
    null = positive = None
    arms = _arms(annotated)
    for sentence in annotated.iter_sentences("results", "conclusions", "other"):
        if not _about_trial(sentence, pico, arms) or _SUBGROUP.search(sentence.text) or BASELINE.search(sentence.text):
            continue
        text = sentence.text
        cue, good = _null_and_positive(text)
        if cue is not None and good is not None:
            continue  # "response was greater with X, but remission was not different": a secondary outcome
        clinical = _CLINICAL.search(text) or not any(m.concept.cls in MODULATED_CLASSES for m in sentence.mentions)
        if cue is not None and null is None and clinical:
            null = sentence  # not "IL-6 levels did not differ between the X and placebo groups": a marker's
        if (good is not None and positive is None and _COMPARISON.search(text) and not _EXPOSED.search(text)
                and clinical):
            positive = sentence
    return null, positive


def _trial_finding(subject: Concept, predicate: str, obj: Concept, sentence: Sentence, negated: bool) -> Finding:
    return sentence_finding(subject, predicate, obj, sentence, negated)


def found_findings(annotated: AnnotatedDocument, candidates: Sequence[Finding], pico: StudyPico,
                   design: str | None = None) -> tuple[Finding, ...]:
    """The findings the study states as found, sorted (see the module docstring)."""
    by_start = {(s.passage, s.start): s for s in annotated.sentences}
    seen: dict[tuple[int, int], bool] = {}
    kept = [_restricted(by_start[(f.passage, f.start)], f) for f in candidates
            if _keep(by_start[(f.passage, f.start)], f, seen)]
    if design in TRIAL_OUTCOME_DESIGNS:
        if pico.interventions and (pico.conditions or pico.background):
            kept = _trial_outcome(annotated, kept, pico)
        kept += arm_outcomes(annotated, kept, pico)
        kept += null_results(annotated, kept, pico)
    return tuple(sorted(_once(kept), key=lambda f: (f.passage, f.start, f.subject.iri, f.predicate,
                                                    f.obj.iri if f.obj else "")))


def _restricted(sentence: Sentence, finding: Finding) -> Finding:
    """A treatment claim stated for a subgroup only (:data:`_SUBGROUP_RESULT`) or a relation a review names as its
    scope (:func:`~ipkg.extract.unclaimed.in_scope`) is hedged: the trial suggests it, the review presents it."""
    if not (finding.negated or finding.hedged) and (in_scope(sentence, finding) or finding.predicate in (
            "treats", "potentiates") and sentence.role in ("results", "conclusions", "other")
            and _SUBGROUP_RESULT.search(sentence.text)):
        return replace(finding, hedged=True)
    return finding


def _key(f: Finding) -> tuple[str, str, str]:
    return f.subject.iri, f.predicate, f.obj.iri if f.obj else ""


def _trial_outcome(annotated: AnnotatedDocument, kept: list[Finding], pico: StudyPico) -> list[Finding]:
    """The trial's verdict on its tested interventions, then each results sentence's own outcomes."""
    # what the tested interventions are said to potentiate is their background ("potentiated antidepressant
    # response to ongoing SSRI treatment"): a sentence naming it is still about the trial
    added = {f.obj for f in kept if f.predicate == "potentiates" and f.subject in pico.interventions and f.obj}
    if added - set(pico.background):
        pico = replace(pico, background=tuple(sorted({*pico.background, *added}, key=lambda c: c.iri)))
    null, positive = _verdicts(annotated, pico)
    verdict = null if null is not None else positive
    claims = _claims(pico.interventions, pico)
    keys = {(s.iri, p, o.iri) for s, p, o in claims}
    if null is not None:
        # a negative trial asserts none of its claims, wherever a sentence seems to
        kept = [f for f in kept if f.negated or f.hedged or _key(f) not in keys]
    if verdict is not None:
        stated = {_key(f) for f in kept if f.negated == (null is not None) and not f.hedged}
        named = {m.concept for m in verdict.mentions} & set(pico.interventions) if null is None else set()
        for subject, predicate, obj in claims:
            if named and subject not in named:
                continue  # "Lower doses of azelastine were more effective than placebo": not the other arm's
            if (subject.iri, predicate, obj.iri) not in stated:
                kept.append(_trial_finding(subject, predicate, obj, verdict, null is not None))
    return kept + _sentence_outcomes(annotated, kept, pico, negative=null is not None, keys=keys)


def _sentence_outcomes(annotated: AnnotatedDocument, kept: list[Finding], pico: StudyPico, negative: bool,
                       keys: set[tuple[str, str, str]]) -> list[Finding]:
    """A results or conclusions sentence about the trial that states a null result or a significant improvement
    for a condition it names ("no significant difference in fatigue between the groups", "pain scores were
    significantly lower with X than with placebo") gives the tested intervention's ``treats`` of that condition,
    denied or asserted; a null result for a marker it names gives a denied modulation ("IL-6 did not differ
    between arms"). Never an asserted claim of a negative trial's own tested condition."""
    out: list[Finding] = []
    single = len(pico.interventions) == 1
    for sentence in annotated.iter_sentences("results", "conclusions"):
        if _SUBGROUP.search(sentence.text) or BASELINE.search(sentence.text) or not (
            _about_trial(sentence, pico) or single and _only_tested(sentence, pico)
        ):
            continue
        text = sentence.text
        null, good = _null_and_positive(text)
        if (null is None) == (good is None):
            continue  # neither, or both (a mixed sentence: which outcome is which is not read)
        here = {(f.subject, f.obj) for f in kept if f.start == sentence.start and f.passage == sentence.passage}
        for concept in sorted({m.concept for m in sentence.mentions}):
            for subject in pico.interventions:
                if (subject, concept) in here:
                    continue
                if concept.cls in CONDITION_CLASSES:
                    if _population(sentence, concept):
                        continue  # "participants with unipolar depression": who was treated, not the outcome
                    harm = safety_reading(sentence, concept, pico.conditions, null is not None)  # round 25
                    if harm is not None:  # "no evidence of seizures": a harm outcome, denied or not read
                        out += [_trial_finding(subject, "hasAdverseEffect", concept, sentence, True)] if harm else []
                        continue
                    finding = _trial_finding(subject, "treats", concept, sentence, null is not None)
                    if not (negative and not finding.negated and _key(finding) in keys):
                        out.append(finding)
                elif concept.cls in MODULATED_CLASSES and null is not None:
                    out.append(replace(_trial_finding(subject, "modulates", concept, sentence, True),
                                       direction=NO_CHANGE))
    return out
