"""Relations of an intervention to a disorder or a symptom (``treats``, ``hasAdverseEffect``) and to another
intervention (``potentiates``). See :mod:`ipkg.extract.relations`."""

from __future__ import annotations

import re

from ..cues import Probe
from .negation import MASK
from .population_roles import ongoing_treatment, owners_outcome, purpose_before_population
from .relation_context import (
    POPULATION,
    _BREAK,
    _F,
    _WS,
    PairContext,
    RelationMatch,
    _between,
    _last,
    _lo,
    _new_subject,
    _owned,
    _post,
    _pre,
    verb_before_list,
)
from .relation_exposed import exposed_developed, had_on, on_injection, response_to

__all__ = ["DEFINING_APPOSITIVE", "POPULATION", "potentiates", "treats_or_adverse"]

# ---------------------------------------------------------------- treats / adverse effects (intervention -> disorder)
_TREAT_FORWARD = re.compile(
    r"\b(?:(?:treat(?:s|ed|ing|ments?)?|therap(?:y|ies)|management|manag(?:e|es|ed|ing))(?:\s+options?)?\s+"
    r"(?:of|for|in)|(?:therapeutic|treatment)\s+(?:options?|approach(?:es)?|strateg(?:y|ies)|alternatives?|"
    r"agents?|candidates?|tools?)\s+(?:of|for|in|against)|"
    r"improv\w*|alleviat\w*|reliev\w*|relief|ameliorat\w*|attenuat\w*|reduc\w*|lessen\w*|mitigat\w*|"
    r"revers(?:e|es|ed|ing|al)|restor(?:e|es|ed|ing)|resol\w*|prevent\w*|cur(?:e|es|ed|ing)|suppress(?:es|ed|ing)?|"
    r"(?:block|abolish|abrogat|halt|stopp?)\w*\s+(?:the\s+)?(?:development|onset|emergence|appearance)\s+of|"
    r"protect(?:s|ed|ing|ion|ive)?\s+against|approv(?:ed|al)\s+(?:[\w&]+\s+){0,8}?for|(?:modify|modifies|modified|lower\w*)\s+(?:the\s+)?risks?\s+(?:of|for)|"
    r"(?:effective|efficacious|efficacy|effectiveness|benefit\w*|beneficial|useful|effects?|properties|"
    r"action|actions|response|potential)\s+(?:\w+\s+){0,2}?(?:in|for|against|on|of))\b",
    _F,
)
#: a list of examples of a measure ("reduced growth performance, including body weight, weight gain"): what is
#: reduced there need not be a condition
_EXAMPLES = re.compile(r"\b(?:including|such\s+as|e\.g\.|i\.e\.|namely)", _F)
#: the verbs of an improvement that may govern a list of conditions
_TREAT_VERB = re.compile(
    r"\b(?:improv\w*|alleviat\w*|reliev\w*|ameliorat\w*|attenuat\w*|reduc\w*|lessen\w*|mitigat\w*|"
    r"revers(?:e|es|ed|ing)|resol\w*|prevent\w*)\b",
    _F,
)
#: the short "X in Y" gap: "trial of X in Y", "X in patients with Y", "X vs placebo in the treatment of Y"
#: a disorder that names the population ("tumor-bearing mice after treatment with X"), not an outcome
_POPULATION_AFTER = re.compile(rf"^[\s-]*(?:\([^()]*\)\s*)?(?:bearing\s+|prone\s+|like\s+)?{POPULATION}\b", _F)
#: the words that may sit between an intervention and "in"/"for" in the short gap
_GAP_WORDS = (
    r"(?:(?:(?:vs\.?|versus|or|and|with|plus|compared\s+(?:with|to))\s+placebo|therapy|treatments?|monotherapy|"
    r"augmentation|use|administration|supplementation|alone|infusions?|injections?|trials?|preconditioning|"
    r"add-?on|adjunct(?:ive)?|regimens?)\s+)"
)
_TREAT_GAP = re.compile(
    rf"^\s*{_GAP_WORDS}{{0,3}}(?:in|for|among|against)\s+(?:the\s+)?(?:(?:treatment|management|therapy)\s+of\s+)?"
    rf"(?:{_WS}{{0,3}}?{POPULATION}\s+(?:with|of|suffering\s+from|diagnosed\s+with|affected\s+by)\s+)?"
    rf"{_WS}{{0,3}}\(?$",
    _F,
)
#: the disorder right before a passive of undoing: "Y (which is) reversed / ameliorated / attenuated by (chronic
#: treatment with) X" (round 10; nothing but a relative pronoun and an auxiliary between)
#: (round 13) "improved by" too, and the animals or patients the state was seen in between ("memory impairment in
#: OBX mice were improved by the chronic treatment with X")
_UNDONE_BY = re.compile(
    rf"^\s*(?:(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{POPULATION}\s+)?(?:(?:which|that)\s+)?"
    rf"(?:(?:is|was|were|are|has\s+been|have\s+been|can\s+be|could\s+be)\s+)?"
    rf"(?:\w+ly\s+)?(?:revers|ameliorat|alleviat|attenuat|reliev|abolish|rescu|normali[sz]|improv)\w*\s+by\s+"
    rf"{_WS}{{0,4}}$",
    _F,
)
#: the condition names who had the state undone, not the state: "memory impairment in patients with MS was improved
#: by X", "in MS was reversed by"
#: (round 32) another outcome measured in the population that has the condition: "Depression-like behaviors in mice
#: with colitis were improved after X", "memory deficits in rats with diabetes were attenuated by X": the behaviour or
#: deficit improved, not the population's disorder ("symptoms in patients with Y" stay Y's; so does a mention before
#: "in": "cases of colitis in patients with migraine treated with X" keeps X's treatment of migraine here; round 49's
#: ``population_treatment`` filter later drops it from a sentence that states no outcome)
_OUTCOME_IN_POPULATION = re.compile(
    rf"\b(?:[\w-]+-like\s+behaviou?rs?|behaviou?rs?|deficits?|impairments?|dysfunction)\s+"
    rf"(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{POPULATION}\s+(?:with|suffering\s+from|bearing)\s+$", _F)
_NAMES_POPULATION = re.compile(rf"(?:{POPULATION}\s+(?:with|suffering\s+from|diagnosed\s+with)|\bin)\s+(?:the\s+)?$", _F)
_TREAT_BACKWARD = re.compile(
    rf"(?:\b(?:treated|managed|medicated)\s+(?:\w+\s+){{0,2}}?(?:with|by|using)|"
    rf"\b(?:respon\w*|remission|remitted|improv\w*|benefit\w*)\s+(?:\w+\s+){{0,2}}?(?:to|with|from|after|"
    rf"following|on)|^\s*{POPULATION}?\s*(?:who\s+(?:were|are|had\s+been)\s+)?(?:receiving|given|taking|on|"
    rf"(?:were\s+)?(?:randomi[sz]ed|assigned|allocated)\s+to(?:\s+receive)?))\s+{_WS}{{0,4}}$",
    _F,
)
#: (round 32) the conditions are events reported in the treated group: "Dizziness, drowsiness and fatigue were
#: reported most often in the group treated with X", "nausea was observed in patients receiving X": adverse events,
#: not what X treats (unless an improvement is said of them: "reduced fatigue was reported ...")
_REPORTED_EVENT = re.compile(
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+\s+){0,2}?(?:reported|observed|noted|recorded|experienced|seen|"
    r"documented)\b"
    r"(?!\s+(?:\w+\s+)?(?:less|fewer|lower|rarely|seldom)\b)", _F)
#: ... but not "an interaction was observed ..., indicating greater benefit with X": a benefit's trigger
_BENEFIT = re.compile(r"\b(?:respon\w*|remission|remitted|improv\w*|benefit\w*)\b", _F)
#: "the role of X in Y" states no treatment
_ROLE_OF = re.compile(r"\brole\s+of\s+(?:the\s+)?$", _F)
#: ", a monoclonal antibody targeting TNF," right after the intervention
_APPOSITIVE = re.compile(r"^\s*,\s+(?:a|an|the)\s+[^,;]{1,80},")
#: an appositive that defines the intervention by its target (", a monoclonal antibody targeting TNF"): a fact
#: about the drug, stated as such even inside an aim ("To assess the efficacy of infliximab, a monoclonal antibody
#: targeting tumor necrosis factor, in ..."); read on the masked text from the subject's end to the trigger's
DEFINING_APPOSITIVE = re.compile(
    r"\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:(?:that|which)\s+)?(?=target|inhibit|block|neutrali[sz])", _F
)
_TREATMENT_OF = re.compile(r"\b(?:treat\w*|therap\w*|management)\s+of\s+(?:the\s+)?$", _F)
_WITH_AGENT = re.compile(rf"^\s*{_WS}{{0,2}}?(?:with|by|using)\s+{_WS}{{0,3}}$", _F)
_ADVERSE_CUE = r"(?:adverse|side|unwanted|undesirable|untoward)[\s-]+(?:drug\s+)?(?:effects?|events?|reactions?)"
_ADVERSE_FORWARD = re.compile(
    rf"\b(?:{_ADVERSE_CUE}|toxicit\w*|complications?|induc(?:e|es|ed|ing)|caus(?:e|es|ed|ing)|"
    r"provok\w*|precipitat\w*|trigger(?:s|ed|ing)?|exacerbat\w*|worsen\w*|aggravat\w*|elicit\w*)\b",
    _F,
)
#: "X ... a model of Y": the intervention induces the state it models
_MODEL_OF = re.compile(rf"\b(?:is|are|be|been|as|provides?)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?models?\s+of\s+{_WS}{{0,3}}$", _F)
#: "X resulted in / led to (a) Y": only when the disorder follows closely
_LEADS_TO = re.compile(rf"\b(?:result(?:s|ed|ing)?\s+in|le(?:d|ads?)\s+to)\s+{_WS}{{0,3}}$", _F)
#: an improvement word after "resulted in": "X resulted in clear reductions of Y symptoms"
_IMPROVEMENT = re.compile(
    r"\b(?:reduc\w*|improv\w*|decreas\w*|relie\w*|remission|lower\w*|fewer|alleviat\w*|ameliorat\w*|"
    r"resolution|recovery)\b", _F
)
#: (round 15) a cause verb whose effect is a lowering of the condition itself: "PHA caused a dose-dependent decrease
#: in the size of all three tumors", "X induced a reduction of Y", "X produced a regression of Y": X relieves Y
_CAUSED_LOWERING = re.compile(
    rf"\b(?:caus|induc|produc|elicit|evok|brought\s+about|br(?:ing|ings)\s+about)\w*\s+(?:an?\s+|some\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:decrease|reduction|regression|diminution|lowering|shrinkage|suppression|inhibition)s?\s+"
    rf"(?:in|of)\s+(?:the\s+)?(?:(?:size|growth|volume|number|incidence|severity|burden|frequency|weight)\s+of\s+)?"
    r"(?:(?:one|some|all|each|both|most|the|these|those|of|two|three|four|five|\d+)\s+){0,4}$",
    _F,
)
#: (round 15) the condition names the cause of the state treated, right before "-induced" ("alleviating SD-induced
#: anxiety-like behaviors", "stroke-induced depression"): the state is what is relieved, not its cause ("-related"
#: is not: "anxiety-related symptoms" are the anxiety's)
_INDUCER_OF_STATE = re.compile(r"-(?:induced|evoked|triggered|provoked|elicited)\b", _F)
#: "the effect of X on (negative) symptoms in / of Y"
_ON_SYMPTOMS = re.compile(
    rf"^\s*on\s+{_WS}{{0,2}}?symptoms?\s+(?:of|in|among)\s+(?:{_WS}{{0,2}}?{POPULATION}\s+with\s+)?{_WS}{{0,2}}$", _F
)
_EFFECT_OF_BEFORE = re.compile(r"\b(?:benefits?|effects?|efficacy|effectiveness|impact)\s+of\s+(?:\w+\s+){0,2}$", _F)
_ADJACENT_INDUCED = re.compile(
    r"^[\s-]*(?:induced|associated|related|evoked|triggered|provoked|attributed|elicited)\b(?![\s-]+(?:change|"
    r"increase|decrease|reduction|improvement|remission|response))", _F
)
#: "from" after a word of difference or separation names no cause ("appears to be independent from X-generated
#: effects", "distinct from fluoxetine", "recovered from", "derived from"; round 13)
_NOT_SOURCE = "".join(rf"(?<!{w}\s)" for w in ("independent", "different", "differently", "distinct", "separate",
                                              "separately", "apart", "away", "free", "derived", "isolated", "obtained",
                                              "recovered", "protected", "excluded", "withdrawn", "switched"))
_ADVERSE_BACKWARD = re.compile(
    rf"(?:^\s*{_WS}{{0,2}}?(?:induced|caused|provoked|precipitated|triggered|elicited|aggravated|exacerbated)\s+"
    rf"{_WS}{{0,2}}?by|^\s*{_WS}{{0,3}}?(?:due|secondary|attributable|attributed|related)\s+to|"
    rf"\bas\s+(?:a|an)\s+(?:\w+\s+){{0,2}}?(?:side\s+effect|adverse\s+(?:effect|event|reaction)|complication|"
    rf"consequence|sequela)\s+of|\bcomplicat\w*|{_NOT_SOURCE}\bfrom|"
    rf"\b(?:after|following|during|with)\s+{_WS}{{0,3}}?(?:use|treatment|therapy|administration|exposure|intake|"
    rf"injections?|infusions?|doses?|dosing|ingestion|overdose)\s+(?:of|with)|exposure\s+to|"
    rf"\b(?:develop\w*|onset|emergen\w*|occurr\w*|occurs?|appear\w*|presenting)\s+{_WS}{{0,3}}?(?:after|"
    rf"following|during|with|on)\s+{_WS}{{0,5}}?(?:of\s+)?{_WS}{{0,3}}$|"
    rf"^\s*{_WS}{{0,6}}?(?:in|among)\s+{_WS}{{0,5}}?{POPULATION}\s+(?:who\s+(?:were|are|had\s+been)\s+)?"
    rf"(?:receiving|treated\s+with|taking|given|on|exposed\s+to|using))\s+{_WS}{{0,5}}$",
    _F,
)
#: "withdrawal of X improved Y": the relation is the withdrawal's, not X's
_TREAT_CONTEXT = re.compile(
    r"\b(?:improv\w*|remission|remitted|respon\w*|relie\w*|reduc\w*|decreas\w*|alleviat\w*|ameliorat\w*|"
    r"efficac\w*|effective|treatment\s+of|severity)\b", _F
)
#: "adverse effects of X in patients with Y": Y is the population, not what X treats
_SAFETY_CONTEXT = re.compile(
    r"\b(?:adverse|side|toxicit\w*|complications?)\b(?:\s+\w+){0,2}\s+(?:of|with|from|to)\s+(?:[\w-]+\s+){0,2}$", _F
)

#: "the greater effects of X than of Z on Y are related to ...": Y is what an effect acts on, not a harm's object
_EFFECT_ON_BEFORE = re.compile(
    r"\b(?:effects?|efficacy|benefits?|impact|influence)\b[^;:.]{0,80}\bon\s+(?:[\w-]+\s+){0,3}$", _F
)

_IN_POPULATION = re.compile(r"\b(?:in|among)\s+(?:the\s+)?$", _F)
#: "Y was (also) attenuated in mice following administration of X": X relieves Y, it does not cause it
_RELIEVED_AFTER = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+){0,2}?(?:attenuat|reduc|decreas|prevent|block|inhibit|abolish|"
    r"revers|suppress|antagoni[sz]|ameliorat|alleviat|relieve|improv)\w*", _F
)

#: an improvement said right before the condition, and the intervention after it: "reduced Y after X"
_IMPROVED_BEFORE = re.compile(
    r"\b(?:reduc(?:ed|tions?\s+(?:in|of))|decreas(?:ed|es?\s+in)|improv(?:ed|ements?\s+(?:in|of))|alleviat(?:ed|ion\s+of)|"
    r"ameliorat(?:ed|ion\s+of)|attenuat(?:ed|ion\s+of)|relie(?:ved|f\s+of)|lower)\s+(?:[\w-]+\s+){0,2}?$",
    _F,
)
_AFTER_AGENT = re.compile(rf"^\s*(?:after|following|with|upon|under)\s+{_WS}{{0,3}}$", _F)
#: (round 25) a lower rate of a condition with X than with another drug ("Lower incidence of tardive dyskinesia with
#: risperidone compared with haloperidol"), and X less likely to cause it than another ("X is significantly less
#: likely to result in Y than haloperidol"): a comparison of harms, neither X's treatment nor X's stated harm (against
#: placebo or no treatment a lower rate stays a prevention: "lower incidence of stroke with X than with placebo")
_RATE_BEFORE = re.compile(
    r"\b(?:incidences?|rates?|risks?|frequency|occurrence|prevalence)\s+of\s+(?:[\w-]+\s+){0,2}?$", _F)
_THAN_DRUG = re.compile(
    r"^[^;.]{0,40}?\b(?:compared\s+(?:with|to)|than(?:\s+with)?|versus|vs\.?|relative\s+to)\s+"
    r"(?!(?:(?:with|in)\s+)?(?:the\s+)?(?:(?:patients|subjects|those)\s+(?:given|receiving|taking|on)\s+)?"
    r"(?:placebo|sham|controls?|no\s+treatment|usual\s+care)\b)", _F)
#: (round 28) X with a lower rate of a condition than another drug, said before the condition: "X was associated
#: with a lower risk of EPS than risperidone", "X carried a lower risk of TD compared with haloperidol"
_LOWER_RATE = re.compile(
    r"\b(?:lower|reduced|decreased|smaller|less)\s+(?:[\w-]+\s+){0,2}?(?:incidences?|rates?|risks?|frequency|"
    r"occurrence|prevalence|likelihood)\s+of\s+(?:[\w-]+\s+){0,2}?$", _F)
#: (round 28) who was treated, named right before a harm word: "patients with (an) acute exacerbation of
#: schizophrenia", "inpatients suffering from a drug-induced psychosis" (the trial's population, not X's harm)
_POPULATION_WITH = re.compile(
    rf"\b{POPULATION}\s+(?:(?:who|that)\s+(?:had|have|were|are)\s+)?(?:with|suffering\s+from|presenting\s+with|"
    rf"experiencing|(?:hospitali[sz]ed|admitted)\s+(?:with|for))\s+(?:(?:an?|the|their)\s+)?(?:[\w-]+\s+){{0,2}}?$",
    _F,
)
#: (round 28) a condition the population is without: "BNP did not increase in the patients without heart failure
#: given X" (no outcome of X)
_POPULATION_WITHOUT = re.compile(rf"\b{POPULATION}\s+without\s+(?:(?:a|an|any)\s+)?(?:(?:history|signs?)\s+of\s+)?$",
                                 _F)
#: its word, looked for once a sentence (session 19)
_POPULATION_WITHOUT_PROBE = Probe(_POPULATION_WITHOUT)
_THAN_BEFORE = re.compile(r"\bthan\s+(?:(?:the|those|patients|subjects|participants|individuals|people)\s+){0,2}$", _F)
_LESS_LIKELY = re.compile(r"\b(?:less|least)\s+(?:likely|often|frequently|apt|prone)\s+(?:to\s+)?(?:\w+\s+){0,2}?$", _F)

# ---------------------------------------------------------------- potentiation (intervention -> intervention)
_POTENTIATE_VERB = re.compile(r"\b(?:potentiat|augment|enhanc|boost|strengthen|accelerat)(?:e|es|ed|ing|s)?\b", _F)
_ADDON_FORWARD = re.compile(
    rf"\b(?:add-?on|adjunct\w*|adjuvant|augment\w*|added|addition)\b(?:\s+{_WS}{{0,3}}?)?\s*to\s+"
    rf"{_WS}{{0,3}}$",
    _F,
)
_ADDON_BACKWARD = re.compile(
    rf"(?:\b(?:augment\w*|potentiat\w*|add-?on|adjunct\w*|adjuvant)\b[^,;]*\b(?:with|by)\b[^,;]*$|"
    rf"\b(?:be|been|is|are|was|were)\s+(?:\w+ly\s+|further\s+)*enhanced\s+by\s+{_WS}{{0,3}}$|"
    rf"\b(?:with|plus)\s+{_WS}{{0,2}}?(?:add-?on|adjunct\w*|adjuvant|augment\w*)\b[^,;]*$)",
    _F,
)
#: "X augmentation of Y", "X potentiation of Y": the first mention is the add-on
_AUGMENTS_OF = re.compile(
    rf"^\s*(?:augmentation|potentiation)\s+(?:therapy\s+|treatment\s+|strategy\s+)?of\s+(?:the\s+)?{_WS}{{0,2}}$", _F
)
_PASSIVE_WITH = re.compile(r"\s+(?:with|by)\b", _F)
_AUGMENTATION_OF = re.compile(rf"\b(?:augmentation|potentiation|enhancement)\s+of\s+(?:the\s+)?{_WS}{{0,2}}$", _F)


#: a level measured, not a treatment given: "lower serum zinc in depressed patients", "plasma levels of X in Y"
_LEVEL_OF = re.compile(
    r"\b(?:serum|plasma|blood|circulating|salivary|urinary|csf|(?:levels?|concentrations?|status)\s+of|lower|higher|"
    r"reduced|decreased|increased|elevated|low|high|deficien\w*)\s+$",
    _F,
)


def treats_or_adverse(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> disorder: ``treats`` or ``hasAdverseEffect``."""
    text, (b0, between) = ctx.text, _between(ctx)
    pre = _pre(ctx)[1]
    condition = ctx.second[0] if ctx.subject_first else ctx.first[0]
    if _POPULATION_WITHOUT_PROBE.may_occur(text) and _POPULATION_WITHOUT.search(text, max(0, condition - 60),
                                                                                 condition):
        return None  # "in the patients without heart failure given X": not X's outcome (round 28)
    if ctx.subject_first:
        adjacent = _ADJACENT_INDUCED.match(between)
        if adjacent is not None and len(between.strip(" -")) <= len(adjacent.group(0).strip(" -")) + 12:
            return RelationMatch("hasAdverseEffect", None, (b0 + adjacent.start(), b0 + adjacent.end()))
        exposed = exposed_developed(ctx)
        if exposed is not None:
            return exposed  # "X-treated rats developed Y", "rats treated with X for 14 days showed Y" (round 39)
        if _LOWER_RATE.search(between) and _THAN_DRUG.match(_post(ctx)):
            return None  # "X was associated with a lower risk of Y than Z": a comparison of harms (round 28)
        lo = _lo(ctx)
        model = _MODEL_OF.search(text, lo, ctx.hi)
        if model is not None:
            # "repeated LPS injections may be a useful model of chronic depression": an induced state
            return RelationMatch("hasAdverseEffect", None, (model.start(), model.end()))
        treat = _last(_TREAT_FORWARD, text, lo, ctx.hi)
        treat = treat if treat is not None and _owned(text, treat, ctx.first) else None
        harm = _last(_ADVERSE_FORWARD, text, lo, ctx.hi) or _LEADS_TO.search(text, lo, ctx.hi)
        if harm is not None and harm.re is _LEADS_TO and _IMPROVEMENT.search(text, harm.start(), ctx.hi):
            # "X resulted in clear reductions of Y symptoms": an improvement, not a harm
            return RelationMatch("treats", None, (harm.start(), harm.end()))
        if harm is not None and _CAUSED_LOWERING.search(text, harm.start(), ctx.second[0]):
            # "X caused a decrease in the size of Y": a lowering of Y, not a harm (round 15)
            return RelationMatch("treats", None, (harm.start(), harm.end()))
        harm = harm if harm is not None and _owned(text, harm, ctx.first) else None
        if harm is not None and _POPULATION_WITH.search(text, max(lo, harm.start() - 60), harm.start()):
            harm = None  # "in patients with acute exacerbation of Y": who was treated (round 28)
        if harm is not None and _LESS_LIKELY.search(text, max(lo, harm.start() - 40), harm.start()):
            return None  # "X is less likely to result in Y than Z": a comparison of harms (round 25)
        if harm is not None and _IN_POPULATION.search(text, lo, ctx.hi) and _POPULATION_AFTER.match(_post(ctx)):
            harm = None  # "complications that arise in Y patients": Y names who was harmed, not the harm
        if harm is not None and _new_subject(ctx, harm.start()):
            harm = None  # "..., and medications for A can exacerbate B": another subject's verb (round 15)
        if treat is not None and _new_subject(ctx, treat.start()):
            treat = None  # "X reduced A, but JAWS cells ... increased the response of B" (round 15)
        if harm is not None and (treat is None or harm.end() > treat.end()):
            return RelationMatch("hasAdverseEffect", None, (harm.start(), harm.end()))
        if treat is not None and owners_outcome(text, treat.end(), *ctx.second):
            treat = None  # "X can improve cancer patients' quality of life": who owns the outcome (round 34)
        if treat is not None and _INDUCER_OF_STATE.match(text, ctx.second[1]):
            return None  # "alleviating SD-induced anxiety": SD caused what is relieved (round 15)
        if treat is not None:
            return RelationMatch("treats", None, (treat.start(), treat.end()))
        listed = verb_before_list(ctx, _TREAT_VERB)
        if listed is not None and not _EXAMPLES.search(text, listed.end(), ctx.hi) and not _POPULATION_AFTER.match(
            _post(ctx)
        ):
            # "X improved sleep quality, fatigue and depressive symptoms": the verb reaches the end of its list
            return RelationMatch("treats", None, (listed.start(), listed.end()))
        gap = _APPOSITIVE.sub(" ", between, count=1)
        if purpose_before_population(gap) or ongoing_treatment(pre):
            return None  # "X for smoking cessation in patients with Y", "A in combination with X in Y" (round 34)
        if MASK not in gap and not _SAFETY_CONTEXT.search(pre) and not _ROLE_OF.search(pre) and not _LEVEL_OF.search(pre) and (
            _TREAT_GAP.match(gap) or _EFFECT_OF_BEFORE.search(pre) and _ON_SYMPTOMS.match(gap)
        ):
            return RelationMatch("treats", None, ctx.second)
        return None
    if _BREAK.search(between):
        return None
    administered = on_injection(ctx, b0, between) or response_to(ctx, b0, between, pre) or had_on(ctx, b0, between, pre)
    if administered is not None:
        return administered  # "pain on injection of X", "Y in response to X", "had Y on X" (round 39)
    harm = None if _POPULATION_AFTER.match(between) or _EFFECT_ON_BEFORE.search(pre) else _ADVERSE_BACKWARD.search(between)
    if harm is not None and not (_TREAT_CONTEXT.search(pre[-40:]) or _TREAT_CONTEXT.match(_post(ctx)[:30].strip())
                                 or _RELIEVED_AFTER.search(between, 0, harm.start())):
        return RelationMatch("hasAdverseEffect", None, (b0 + harm.start(), b0 + harm.end()))
    if _OUTCOME_IN_POPULATION.search(pre[-90:]):
        return None  # "Depression-like behaviors in mice with Y were improved after X": not Y's improvement
    treat = _TREAT_BACKWARD.search(between) or (None if _NAMES_POPULATION.search(pre) else _UNDONE_BY.match(between))
    if treat is not None and _THAN_BEFORE.search(between, 0, treat.start()):
        return None  # "more likely to develop Y than patients treated with X": X is the comparator (round 25)
    given = treat is not None and not _BENEFIT.search(treat.group(0))  # "treated with X", "receiving X"
    event = _REPORTED_EVENT.search(between, 0, treat.start()) if given else None
    if event is not None and not (_TREAT_CONTEXT.search(pre[-40:]) or _TREAT_CONTEXT.search(between, 0, treat.end())):
        return RelationMatch("hasAdverseEffect", None, (b0 + event.start(), b0 + event.end()))
    if treat is not None:
        return RelationMatch("treats", None, (b0 + treat.start(), b0 + treat.end()))
    if _TREATMENT_OF.search(pre) and _WITH_AGENT.match(between):
        return RelationMatch("treats", None, ctx.first)
    improved = _IMPROVED_BEFORE.search(pre)
    if improved is not None and _RATE_BEFORE.search(pre) and _THAN_DRUG.match(_post(ctx)):
        return None  # "lower incidence of Y with X compared with haloperidol": a comparison of harms (round 25)
    if improved is not None and _AFTER_AGENT.match(between):
        # "showed reduced negative symptoms after minocycline": the improvement is said before the condition
        start = _pre(ctx)[0]
        return RelationMatch("treats", None, (start + improved.start(), start + improved.end()))
    return None


def potentiates(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> intervention: add-on, adjunctive, augmentation, potentiation."""
    text, (b0, between) = ctx.text, _between(ctx)
    if ctx.subject_first:
        verb = _last(_POTENTIATE_VERB, text, _lo(ctx), ctx.hi)
        if verb is not None and _PASSIVE_WITH.match(text, verb.end()):
            return None  # "Y augmented with X": X is the add-on (read in object-first order)
        if verb is not None and _owned(text, verb, ctx.first):
            return RelationMatch("potentiates", None, (verb.start(), verb.end()))
        addon = _ADDON_FORWARD.search(between) or _AUGMENTS_OF.match(between)
        if addon is not None:
            return RelationMatch("potentiates", None, (b0 + addon.start(), b0 + addon.end()))
        return None
    if _BREAK.search(between):
        return None
    addon = _ADDON_BACKWARD.search(between)
    if addon is not None:
        return RelationMatch("potentiates", None, (b0 + addon.start(), b0 + addon.end()))
    if _AUGMENTATION_OF.search(_pre(ctx)[1]) and _WITH_AGENT.match(between):
        return RelationMatch("potentiates", None, ctx.first)
    return None
