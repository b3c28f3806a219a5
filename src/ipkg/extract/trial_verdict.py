"""A trial's outcome (issue 12): its verdict on the tested intervention and each results sentence's own outcomes,
read after :mod:`ipkg.extract.outcomes` has kept the findings the study states (split from it, round 28).

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
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Concept, Finding, StudyPico
from .active_comparisons import (active_only, clause_span, compares_arms, in_clause, named_as_comparator,
                                 not_before_clause)
from .arm_outcomes import BASELINE, sentence_finding
from .condition_setting import setting_of_other
from .harm_outcomes import harm_scale_result, no_verdict, safety_reading
from .negation import is_negated
from .population_roles import POPULATIONS_COMPARED
from .relations import CONDITION_CLASSES, MODULATED_CLASSES, NO_CHANGE

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["NULL_RESULT", "POPULATION_BEFORE", "POSITIVE_RESULT", "SUBGROUP_RESULT", "TRIAL_OUTCOME_DESIGNS",
           "trial_outcome"]

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
#: a condition that names the population ("participants with Y"), read on the lower-cased text before it. Not one
#: reader with title_claims' ``_POPULATION_BEFORE`` or reversal's ``_GROUP_WITH`` (session 17, docs/scale.md): this
#: one is a feature of the trained CID model (:mod:`ipkg.extract.cid_model`: changing it changes the model's
#: inputs) and names people only, by the links trials use ("suffering from", "diagnosed with")
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
#: (unless the sentence compares them: :data:`_ACROSS_ARMS`; not active_comparisons' ``_ARMS_COMPARED``, whose
#: "groups" and "arms" :data:`_WITHIN_ARMS` always finds)
_WITHIN_ARMS = re.compile(r"\b(?:both|all|each)\s+(?:(?:treatment|study|intervention)\s+)?(?:groups?|arms?)\b", _F)
_ACROSS_ARMS = re.compile(r"\b(?:than|versus|vs\.?|compared|relative|differen\w*|between)\b", _F)
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
SUBGROUP_RESULT = re.compile(
    r"\b(?:subgroups?|post[\s-]hoc|exploratory\s+(?:analys[ie]s|outcomes?|endpoints?)|only\s+(?:in|among|for)|(?:in|among|for)\s+(?:the\s+|those\s+)?"
    r"(?:patients|participants|subjects|individuals|those)\s+(?:with|who\s+had)\s+(?:a\s+)?(?:any\s+)?[\"'“‘]?"
    r"(?:high|higher|elevated|increased|low|lower|greater|baseline))\b",
    _F,
)


#: (round 43) a condition whose name is a drug's harm (movement harms, weight gain, sedation, a raised prolactin, a long
#: QT, "drug-induced"): in a trial not studying it, a results sentence names it as a harm, with or without a word of
#: safety ("no statistically significant differences ... with respect to measures of parkinsonism, akathisia, and
#: dyskinesias"; :func:`ipkg.extract.harm_outcomes.safety_reading` needs that word)
_DRUG_HARM_NAME = re.compile(r"dyskinesia|akathisia|parkinsonism|parkinsonian|extrapyramidal|"
                             r"basal\s+ganglia\s+disorder|dystonia|tremor|weight\s+gain|somnolence|sedation|"
                             r"hyperprolactin|long\s+QT|drug-induced", _F)


def _named_harm(sentence: Sentence, concept: Concept, studied: tuple[Concept, ...], null: bool) -> bool | None:
    """How a trial's results ``sentence`` speaks of ``concept`` when its name is a drug's harm
    (:data:`_DRUG_HARM_NAME`) and the trial studies no such harm: whether every clause naming it holds the sentence's
    null result (the harm denied: ``True``; else ``False``, no finding); ``None`` for any other concept and for one
    said to improve in its own phrase ("the severity of EPS was significantly reduced": a treatment, as round 25 reads
    it; not "a significant decrease in EPS and ... modest weight gain" for the weight gain)."""
    if concept in studied or not _DRUG_HARM_NAME.search(concept.label) or any(
            _DRUG_HARM_NAME.search(c.label) for c in studied):
        return None  # a trial of a drug's harm ("nefazodone in the treatment of neuroleptic induced EPS") treats them
    starts = [m.start - sentence.start for m in sentence.mentions if m.concept == concept]
    if any(POSITIVE_RESULT.search(sentence.text, *_segment(sentence.text, at)) for at in starts):
        return None  # "the severity of extrapyramidal symptoms was significantly reduced": treated (round 25)
    places = [clause_span(sentence.text, at) for at in starts]
    return null and bool(places) and all(NULL_RESULT.search(sentence.text, lo, hi) for lo, hi in places)


#: where a phrase of a coordination ends: a comma, a semicolon, "and", "but"
_SEGMENT_END = re.compile(r"[,;]|\b(?:and|but)\b", _F)


def _segment(text: str, at: int) -> tuple[int, int]:
    """The phrase of ``text`` around offset ``at`` between commas, semicolons, "and" or "but"."""
    lo = max((m.end() for m in _SEGMENT_END.finditer(text, 0, at)), default=0)
    after = _SEGMENT_END.search(text, at)
    return lo, len(text) if after is None else after.start()


#: (round 43) two groups of patients named by the treatment each was on: "did not differ between patients treated with
#: conventional neuroleptics and those treated with olanzapine or risperidone"
_GROUPS_BY_TREATMENT = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:patients|participants|subjects|those|individuals)\s+(?:who\s+(?:were|had\s+been)\s+)?"
    r"(?:treated\s+with|receiving|taking|on)\s+[^.;]{1,80}?\band\s+(?:those|patients|participants|subjects|"
    r"individuals)\s+(?:who\s+(?:were|had\s+been)\s+)?(?:treated\s+with|receiving|taking|on)\s+[^.;]{1,80}", _F)


def _groups_by_background(sentence: Sentence, pico: StudyPico) -> bool:
    """True when ``sentence`` compares groups of patients named by the treatment each was on
    (:data:`_GROUPS_BY_TREATMENT`) and neither group's is a tested intervention or placebo: the groups of an add-on
    trial by their ongoing treatment, whose null result is no verdict on the add-on (round 43)."""
    for match in _GROUPS_BY_TREATMENT.finditer(sentence.text):
        lo, hi = sentence.start + match.start(), sentence.start + match.end()
        if "placebo" in match.group(0).lower() or any(
                lo <= m.start < hi and m.concept in pico.interventions for m in sentence.mentions):
            continue
        return True
    return False


#: (round 43) a word of comparison right before a mention in a null result: "not significantly different from X or
#: placebo", "did not differ from X" (X is what the result's subject was compared with)
_FROM_COMPARATOR = re.compile(r"\b(?:different|differ(?:ed|s|ing)?|distinguishable)\s+from\s+(?:(?:that|those)\s+"
                              r"(?:of|with)\s+)?(?:the\s+)?$", _F)


def _null_comparator(sentence: Sentence, concept: Concept, tested: tuple[Concept, ...]) -> bool:
    """True when ``concept``'s first mention in a null result ``sentence`` follows "different from" and another tested
    intervention is named before it: "Scores for bupropion were ... not significantly different from fluoxetine or
    placebo" is bupropion's null, not fluoxetine's (round 43)."""
    places = sorted(m.start for m in sentence.mentions if m.concept == concept)
    if not places:
        return False
    at = places[0] - sentence.start
    return bool(_FROM_COMPARATOR.search(sentence.text, max(0, at - 40), at)) and any(
        m.concept in tested and m.concept != concept and m.start < places[0] for m in sentence.mentions)


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


#: (round 34) an improvement said not to be shown after it: "clinically significant improvement is not yet
#: established"
_NOT_YET = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:is|was|has|have|were|are)\s+not\s+(?:yet\s+)?(?:been\s+)?"
                      r"(?:established|demonstrated|shown|proven|confirmed)\b", _F)


def _null_and_positive(text: str, active: bool = False) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The null-result wording of a results sentence and its wording of a significant improvement (``None`` when
    absent; an improvement under a negation is no improvement, a null on safety or between schedules no null, nor,
    in a trial of ``active`` arms only, a null between the arms: round 28)."""
    from .cid_model import not_significant  # cid_model reads this module's patterns

    good = next((g for g in POSITIVE_RESULT.finditer(text)
                 if not _MARGINAL.search(text, max(0, g.start() - 40), g.start())
                 and not SUBGROUP_RESULT.search(text, 0, g.start())
                 and not _SUBGROUP_SUBJECT.search(text, 0, g.start())), None)  # "subjects with high CRP improved more"
    if good is not None and (is_negated(text, [good.span()]) or not_significant(text) or _NOT_YET.match(text,
                                                                                                       good.end())
                             or _WITHIN_ARMS.search(text) and not _ACROSS_ARMS.search(text)):
        good = None  # denied; a change within each arm; statistics that say not significant
    # not a null on safety only or between two schedules of X (round 25), nor between two active drugs (round 28)
    return next((null for null in NULL_RESULT.finditer(text) if not no_verdict(text, null)
                 and not (active and compares_arms(text, null.start()))), None), good


def _verdicts(annotated: AnnotatedDocument, pico: StudyPico,
              active: bool) -> tuple[Sentence | None, Sentence | None, int]:
    """The first results or conclusions sentence that states a null result, and the first that states a
    significant improvement over the comparator (``None`` when there is none), and the offset of the improvement's
    wording in its sentence; ``active``: no arm is inert."""
    null = positive = None
    at = 0
    arms = _arms(annotated)
    for sentence in annotated.iter_sentences("results", "conclusions", "other"):
        if (not _about_trial(sentence, pico, arms) or _SUBGROUP.search(sentence.text) or BASELINE.search(sentence.text)
                or POPULATIONS_COMPARED.search(sentence.text) or _groups_by_background(sentence, pico)):
            continue  # (round 34) "for patients with A versus those with B": patient groups compared
        text = sentence.text
        cue, good = _null_and_positive(text, active)
        # "ESRS scores were greater with haloperidol than with X", "no difference on the Simpson-Angus Scale": a
        # harm's size, no verdict either way (round 32)
        cue, good = (None if m is None or harm_scale_result(text, m.start(), pico.conditions) else m
                     for m in (cue, good))
        if cue is not None and good is not None:
            continue  # "response was greater with X, but remission was not different": a secondary outcome
        clinical = _CLINICAL.search(text) or not any(m.concept.cls in MODULATED_CLASSES for m in sentence.mentions)
        if cue is not None and null is None and clinical:
            null = sentence  # not "IL-6 levels did not differ between the X and placebo groups": a marker's
        if (good is not None and positive is None and _COMPARISON.search(text) and not _EXPOSED.search(text)
                and clinical):
            positive, at = sentence, good.start()
    return null, positive, at


def _named(sentence: Sentence, cue: int) -> set[Concept]:
    """The concepts named in the clause of ``sentence`` around offset ``cue`` (its result's wording), or in the whole
    sentence when that clause names none: "X was superior to Y; the difference between Z and Y was not significant"
    is X's result, not Z's (round 28)."""
    own = {m.concept for m in sentence.mentions if in_clause(sentence.text, m.start - sentence.start, cue)}
    return own or {m.concept for m in sentence.mentions}


def _key(f: Finding) -> tuple[str, str, str]:
    return f.subject.iri, f.predicate, f.obj.iri if f.obj else ""


def trial_outcome(annotated: AnnotatedDocument, kept: list[Finding], pico: StudyPico) -> list[Finding]:
    """The trial's verdict on its tested interventions, then each results sentence's own outcomes."""
    # what the tested interventions are said to potentiate is their background ("potentiated antidepressant
    # response to ongoing SSRI treatment"): a sentence naming it is still about the trial
    added = {f.obj for f in kept if f.predicate == "potentiates" and f.subject in pico.interventions and f.obj}
    if added - set(pico.background):
        pico = replace(pico, background=tuple(sorted({*pico.background, *added}, key=lambda c: c.iri)))
    active = active_only(annotated)  # a null between two active drugs is no verdict (round 28)
    null, positive, cue = _verdicts(annotated, pico, active)
    verdict = null if null is not None else positive
    claims = _claims(pico.interventions, pico)
    keys = {(s.iri, p, o.iri) for s, p, o in claims}
    if null is not None:
        # a negative trial asserts none of its claims, wherever a sentence seems to
        kept = [f for f in kept if f.negated or f.hedged or _key(f) not in keys]
    if verdict is not None:
        stated = {_key(f) for f in kept if f.negated == (null is not None) and not f.hedged}
        named = _named(verdict, cue) & set(pico.interventions) if null is None else set()
        for subject, predicate, obj in claims:
            if named and subject not in named:
                continue  # "Lower doses of azelastine were more effective than placebo": not the other arm's
            if null is None and named_as_comparator(verdict, subject, cue):
                continue  # "greater improvement compared with the divalproex group": the comparator (round 28)
            if null is not None and _null_comparator(verdict, subject, pico.interventions):
                continue  # "bupropion ... not significantly different from fluoxetine or placebo" (round 43)
            if predicate == "treats" and setting_of_other(verdict, obj):
                continue  # "efficacy of X for treatment of psychosis in PD": PD is where (round 43)
            if (subject.iri, predicate, obj.iri) not in stated:
                kept.append(sentence_finding(subject, predicate, obj, verdict, null is not None))
    return kept + _sentence_outcomes(annotated, kept, pico, negative=null is not None, keys=keys, active=active)


def _sentence_outcomes(annotated: AnnotatedDocument, kept: list[Finding], pico: StudyPico, negative: bool,
                       keys: set[tuple[str, str, str]], active: bool) -> list[Finding]:
    """A results or conclusions sentence about the trial that states a null result or a significant improvement
    for a condition it names ("no significant difference in fatigue between the groups", "pain scores were
    significantly lower with X than with placebo") gives the tested intervention's ``treats`` of that condition,
    denied or asserted; a null result for a marker it names gives a denied modulation ("IL-6 did not differ
    between arms"). Never an asserted claim of a negative trial's own tested condition; only a condition of the
    result's own clause or after it, and never for the comparator of an improvement (round 28)."""
    out: list[Finding] = []
    single = len(pico.interventions) == 1
    for sentence in annotated.iter_sentences("results", "conclusions"):
        if _SUBGROUP.search(sentence.text) or BASELINE.search(sentence.text) or POPULATIONS_COMPARED.search(
                sentence.text) or not (
            _about_trial(sentence, pico) or single and _only_tested(sentence, pico)
        ):
            continue
        text = sentence.text
        null, good = _null_and_positive(text, active)
        if (null is None) == (good is None):
            continue  # neither, or both (a mixed sentence: which outcome is which is not read)
        cue = (null or good).start()  # type: ignore[union-attr]
        here = {(f.subject, f.obj) for f in kept if f.start == sentence.start and f.passage == sentence.passage}
        from_cue = {m.concept for m in sentence.mentions if not_before_clause(text, m.start - sentence.start, cue)}
        for concept in sorted({m.concept for m in sentence.mentions}):
            own = concept in from_cue
            for subject in pico.interventions:
                if (subject, concept) in here or good is not None and named_as_comparator(sentence, subject, cue):
                    continue
                if concept.cls in CONDITION_CLASSES:
                    if _population(sentence, concept) or setting_of_other(sentence, concept):
                        continue  # "participants with unipolar depression", "psychosis in PD": who was treated
                    harm = safety_reading(sentence, concept, pico.conditions, null is not None)  # round 25
                    if harm is None:  # a harm by its name: "no differences ... in parkinsonism" (round 43)
                        harm = _named_harm(sentence, concept, pico.conditions, null is not None)
                    if harm is not None:  # "no evidence of seizures": a harm outcome, denied or not read
                        out += [sentence_finding(subject, "hasAdverseEffect", concept, sentence, True)] if harm else []
                        continue
                    if not own:
                        continue  # a condition of a clause before the result's ("; "): not its outcome (round 28)
                    finding = sentence_finding(subject, "treats", concept, sentence, null is not None)
                    if not (negative and not finding.negated and _key(finding) in keys):
                        out.append(finding)
                elif own and concept.cls in MODULATED_CLASSES and null is not None:
                    out.append(replace(sentence_finding(subject, "modulates", concept, sentence, True),
                                       direction=NO_CHANGE))
    return out
