"""The trigger lexicon and the dependency-free patterns that type the relation between two mentions.

:func:`match_relation` reads one *pair context*: a sentence in which every entity mention is masked with ``§``
(see :mod:`ipkg.extract.negation`), the spans of the two mentions, and the span of the text a trigger may sit in.
It returns the relations the words around the pair state, by the classes of the subject and the object:

==========================  ===============================================================================
Intervention -> Disorder    ``treats`` ("X for the treatment of Y", "X improved Y", "efficacy of X in Y",
                            "X in patients with Y", "Y treated with X") or ``hasAdverseEffect`` ("X-induced
                            Y", "Y induced by X", "Y as a complication of X", "adverse events of X ... Y")
Intervention -> Intervention ``potentiates`` ("X as an add-on to Y", "X potentiated Y", "Y augmentation with X")
Intervention -> cell, cytokine, pathway  ``increases`` / ``decreases`` / ``modulates`` from the trigger nearest
                            the object; "unchanged", "did not change", "no effect on" give ``modulates`` with
                            direction ``no-change`` (a denial, see :data:`NO_CHANGE`)
Intervention -> Pathway     ``actsThrough`` ("X acts via Y", "mediated by Y", "Y mediates the effects of X")
Disorder -> cell, cytokine, pathway  ``associatedWith`` ("Y elevated in patients with X", "X associated with
                            Y", "Y implicated in X", "role of Y in the pathophysiology of X"), with a direction
                            when an elevation or a reduction of Y is stated
==========================  ===============================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .negation import MASK

__all__ = ["CONDITION_CLASSES", "DEFINING_APPOSITIVE", "MODULATED_CLASSES", "NO_CHANGE", "PairContext", "RelationMatch", "match_relation"]

#: the direction of a modulation that the sentence says did not happen ("unchanged", "no effect on")
NO_CHANGE = "no-change"
#: the classes an intervention modulates and a disorder is associated with
MODULATED_CLASSES = frozenset({"ImmuneCell", "Cytokine", "Pathway"})
#: what an intervention treats or causes as an adverse effect: disorders and signs or symptoms
CONDITION_CLASSES = frozenset({"Disorder", "Phenotype"})

_F = re.IGNORECASE
_W = rf"[\w{MASK}'’+/-]+"  # one word (a masked mention is one word)
_WS = rf"(?:{_W}\s+)"  # a word and its trailing space

# ---------------------------------------------------------------- modulation triggers (intervention -> target)
_INCREASE = (
    r"increas\w*|elevat\w*|rais(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|induc(?:e|es|ed|ing|tion)|up-?regulat\w*|"
    r"promot\w*|expan(?:d|ds|ded|ding|sion)|enhanc\w*|boost\w*|stimulat\w*|activat\w*|amplif\w*|higher|"
    r"augment\w*|potentiat\w*|trigger(?:s|ed|ing)?|evok\w*|provok\w*"
)
_DECREASE = (
    r"reduc\w*|decreas\w*|lower(?:s|ed|ing)?|suppress\w*|inhibit(?:s|ed|ing|ion)?|attenuat\w*|"
    r"down-?regulat\w*|diminish\w*|dampen\w*|block(?:s|ed|ing|ade)?|deplet\w*|declin\w*|fell|fall(?:s|ing)?|"
    r"drop(?:s|ped)?|abolish\w*|abrogat\w*|prevent\w*|revers\w*|normali[sz]\w*|mitigat\w*|alleviat\w*|"
    r"ameliorat\w*|antagoni[sz]\w*|neutrali[sz]\w*"
)
_MODULATE = (
    r"(?:immuno)?modulat\w*|alter(?:s|ed|ing|ation|ations)?|chang(?:e|es|ed|ing)|affect(?:s|ed|ing)?|"
    r"influenc(?:e|es|ed|ing)|(?<![\w-])regulat(?:e|es|ed|ing|ion)|target(?:s|ed|ing)?|impact(?:s|ed|ing)?|"
    r"effects?\s+on|shift(?:s|ed|ing)?|adjust(?:s|ed|ing)?"
)
_NOCHANGE = (
    r"unchang\w*|unaltered|unaffected|"
    r"(?:did|does|do|could|was|were|is|are)\s+not\s+(?:\w+ly\s+)?(?:chang|alter|affect|influenc|modif|differ|"
    r"var|modulat)\w*|no\s+(?:\w+\s+){0,2}?(?:change|alteration|effect|difference|impact|influence)s?|"
    r"remain(?:s|ed)?\s+(?:\w+ly\s+)?(?:stable|unchanged|constant|similar)|"
    r"not\s+(?:\w+ly\s+)?(?:changed|altered|affected|modified|different)"
)
_MODULATION = re.compile(
    rf"\b(?:(?P<nochange>{_NOCHANGE})|(?P<increase>{_INCREASE})|(?P<decrease>{_DECREASE})|(?P<modulate>{_MODULATE}))\b",
    _F,
)
_KIND_RANK = {"nochange": 3, "increase": 2, "decrease": 2, "modulate": 1}
_KIND_RELATION = {
    "nochange": ("modulates", NO_CHANGE),
    "increase": ("increases", "increase"),
    "decrease": ("decreases", "decrease"),
    "modulate": ("modulates", None),
}
#: between a trigger and its object: a short noun phrase, no new clause ("expanded the population of X")
_NP_GAP = re.compile(
    rf"^\s*(?:(?!(?:when|where|which|that|who|whose|if|because|since|whereas|while|although)\b){_WS}){{0,6}}$", _F
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", _F)
_BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b", _F)
_PRONOUN = re.compile(r"\b(?:it|they|this|these|which|who|he|she|we)\b", _F)
#: how far before the object a modulation trigger may sit (characters)
_TRIGGER_REACH = 110
#: a trigger right after these words describes a state or a covariate, not what the subject did
_STATE = re.compile(r"\b(?:(?<!associated )(?<!correlated )with|for|of)\s+(?:\w+\s+)?$", _F)
#: after a passive or nominal trigger, the word that introduces the intervention ("reduced by", "after")
_AGENT_LINK = re.compile(
    rf"\b(?:by|after|following|with|upon|during|under|on|in\s+response\s+to|due\s+to|because\s+of|via|from|"
    rf"receiving|treated\s+with|taking|given|of)\s+{_WS}{{0,5}}$",
    _F,
)
#: a nominal trigger right before the object: "a decrease in serum levels of IL-6"
_PRE_OBJECT_TRIGGER = re.compile(rf"\b(?:{_INCREASE}|{_DECREASE}|{_MODULATE})\s+{_WS}{{0,5}}$", _F)
#: "after / following / with X, IL-6 decreased": a preposition introducing the intervention
_LEADING_PREPOSITION = re.compile(rf"\b(?:after|following|with|upon|during|post)\s+{_WS}{{0,4}}$", _F)

# ---------------------------------------------------------------- treats / adverse effects (intervention -> disorder)
_POPULATION = (
    r"(?:patients?|subjects?|individuals?|adults?|people|participants?|child(?:ren)?|adolescents?|youths?|"
    r"outpatients?|inpatients?|wom[ae]n|m[ae]n|persons?|those|veterans?|animals?|rats?|mice|monkeys?|primates?|"
    r"dogs?|pigs?|cases|models?)"
)
_TREAT_FORWARD = re.compile(
    r"\b(?:(?:treat(?:s|ed|ing|ments?)?|therap(?:y|ies)|management|manag(?:e|es|ed|ing))(?:\s+options?)?\s+"
    r"(?:of|for|in)|improv\w*|alleviat\w*|reliev\w*|relief|ameliorat\w*|attenuat\w*|reduc\w*|lessen\w*|"
    r"revers(?:e|es|ed|ing|al)|resol\w*|prevent\w*|cur(?:e|es|ed|ing)|"
    r"(?:effective|efficacious|efficacy|effectiveness|benefit\w*|beneficial|useful|effects?|properties|"
    r"action|actions|response)\s+(?:\w+\s+){0,2}?(?:in|for|against|on|of))\b",
    _F,
)
#: the short "X in Y" gap: "trial of X in Y", "X in patients with Y", "X vs placebo in the treatment of Y"
#: a disorder that names the population ("tumor-bearing mice after treatment with X"), not an outcome
_POPULATION_AFTER = re.compile(rf"^[\s-]*(?:bearing\s+|prone\s+|like\s+)?{_POPULATION}\b", _F)
#: the words that may sit between an intervention and "in"/"for" in the short gap
_GAP_WORDS = (
    r"(?:(?:(?:vs\.?|versus|or|and|with|plus|compared\s+(?:with|to))\s+placebo|therapy|treatments?|monotherapy|"
    r"augmentation|use|administration|supplementation|alone|infusions?|injections?|trials?|preconditioning|"
    r"add-?on|adjunct(?:ive)?|regimens?)\s+)"
)
_TREAT_GAP = re.compile(
    rf"^\s*{_GAP_WORDS}{{0,3}}(?:in|for|among|against)\s+(?:the\s+)?(?:(?:treatment|management|therapy)\s+of\s+)?"
    rf"(?:{_WS}{{0,3}}?{_POPULATION}\s+(?:with|of|suffering\s+from|diagnosed\s+with|affected\s+by)\s+)?"
    rf"{_WS}{{0,3}}\(?$",
    _F,
)
_TREAT_BACKWARD = re.compile(
    rf"(?:\b(?:treated|managed|medicated)\s+(?:\w+\s+){{0,2}}?(?:with|by|using)|"
    rf"\b(?:respon\w*|remission|remitted|improv\w*|benefit\w*)\s+(?:\w+\s+){{0,2}}?(?:to|with|from|after|"
    rf"following|on)|^\s*{_POPULATION}?\s*(?:who\s+(?:were|are|had\s+been)\s+)?(?:receiving|given|taking|on|"
    rf"(?:were\s+)?(?:randomi[sz]ed|assigned|allocated)\s+to(?:\s+receive)?))\s+{_WS}{{0,4}}$",
    _F,
)
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
#: "the effect of X on (negative) symptoms in / of Y"
_ON_SYMPTOMS = re.compile(
    rf"^\s*on\s+{_WS}{{0,2}}?symptoms?\s+(?:of|in|among)\s+(?:{_WS}{{0,2}}?{_POPULATION}\s+with\s+)?{_WS}{{0,2}}$", _F
)
_EFFECT_OF_BEFORE = re.compile(r"\b(?:benefits?|effects?|efficacy|effectiveness|impact)\s+of\s+(?:\w+\s+){0,2}$", _F)
_ADJACENT_INDUCED = re.compile(
    r"^[\s-]*(?:induced|associated|related|evoked|triggered|provoked|attributed|elicited)\b(?![\s-]+(?:change|"
    r"increase|decrease|reduction|improvement|remission|response))", _F
)
_ADVERSE_BACKWARD = re.compile(
    rf"(?:^\s*{_WS}{{0,2}}?(?:induced|caused|provoked|precipitated|triggered|elicited|aggravated|exacerbated)\s+"
    rf"{_WS}{{0,2}}?by|^\s*{_WS}{{0,3}}?(?:due|secondary|attributable|attributed|related)\s+to|"
    rf"\bas\s+(?:a|an)\s+(?:\w+\s+){{0,2}}?(?:side\s+effect|adverse\s+(?:effect|event|reaction)|complication|"
    rf"consequence|sequela)\s+of|\bcomplicat\w*|\bfrom|"
    rf"\b(?:after|following|during|with)\s+{_WS}{{0,3}}?(?:use|treatment|therapy|administration|exposure|intake|"
    rf"injections?|infusions?|doses?|dosing|ingestion|overdose)\s+(?:of|with)|exposure\s+to|"
    rf"\b(?:develop\w*|onset|emergen\w*|occurr\w*|occurs?|appear\w*|presenting)\s+{_WS}{{0,3}}?(?:after|"
    rf"following|during|with|on)\s+{_WS}{{0,5}}?(?:of\s+)?{_WS}{{0,3}}$|"
    rf"^\s*{_WS}{{0,6}}?(?:in|among)\s+{_WS}{{0,5}}?{_POPULATION}\s+(?:who\s+(?:were|are|had\s+been)\s+)?"
    rf"(?:receiving|treated\s+with|taking|given|on|exposed\s+to|using))\s+{_WS}{{0,5}}$",
    _F,
)
#: "withdrawal of X improved Y": the relation is the withdrawal's, not X's
_WITHDRAWAL = re.compile(r"\b(?:withdrawal|discontinuation|cessation|tapering|stopping|removal)\s+of\s+(?:the\s+)?$", _F)
_TREAT_CONTEXT = re.compile(
    r"\b(?:improv\w*|remission|remitted|respon\w*|relie\w*|reduc\w*|decreas\w*|alleviat\w*|ameliorat\w*|"
    r"efficac\w*|effective|treatment\s+of|severity)\b", _F
)
#: "adverse effects of X in patients with Y": Y is the population, not what X treats
_SAFETY_CONTEXT = re.compile(
    r"\b(?:adverse|side|toxicit\w*|complications?)\b(?:\s+\w+){0,2}\s+(?:of|with|from|to)\s+(?:[\w-]+\s+){0,2}$", _F
)

# ---------------------------------------------------------------- potentiation (intervention -> intervention)
_POTENTIATE_VERB = re.compile(r"\b(?:potentiat|augment|enhanc|boost|strengthen|accelerat)(?:e|es|ed|ing|s)?\b", _F)
_ADDON_FORWARD = re.compile(
    rf"\b(?:add-?on|adjunct\w*|adjuvant|augment\w*|added|addition)\b(?:\s+{_WS}{{0,3}}?)?\s*to\s+"
    rf"{_WS}{{0,3}}$",
    _F,
)
_ADDON_BACKWARD = re.compile(
    rf"(?:\b(?:augment\w*|potentiat\w*|add-?on|adjunct\w*|adjuvant)\b[^,;]*\b(?:with|by)\b[^,;]*$|"
    rf"\b(?:with|plus)\s+{_WS}{{0,2}}?(?:add-?on|adjunct\w*|adjuvant|augment\w*)\b[^,;]*$)",
    _F,
)
#: "X augmentation of Y", "X potentiation of Y": the first mention is the add-on
_AUGMENTS_OF = re.compile(
    rf"^\s*(?:augmentation|potentiation)\s+(?:therapy\s+|treatment\s+|strategy\s+)?of\s+(?:the\s+)?{_WS}{{0,2}}$", _F
)
_PASSIVE_WITH = re.compile(r"\s+(?:with|by)\b", _F)
_AUGMENTATION_OF = re.compile(rf"\b(?:augmentation|potentiation|enhancement)\s+of\s+(?:the\s+)?{_WS}{{0,2}}$", _F)

# ---------------------------------------------------------------- mechanism (intervention -> pathway)
_MECHANISM_FORWARD = re.compile(
    r"\b(?:via|through|by\s+way\s+of|mediated\s+(?:by|through|via)|dependent\s+on|depend(?:s|ing)?\s+on|"
    r"requir(?:e|es|ed|ing)|act(?:s|ed|ing)?\s+on|by\s+(?:modulating|activating|inhibiting|blocking|targeting|"
    r"stimulating|enhancing|suppressing|increasing|reducing|restoring)|mechanisms?\s+(?:of\s+action\s+)?"
    r"(?:involv\w*|includ\w*|such\s+as|is|are|of))\b",
    _F,
)
_MECHANISM_BACKWARD = re.compile(
    r"\b(?:mediat\w*|underl\w*|requir\w*|necessary\s+for|essential\s+for|involved\s+in|responsible\s+for|"
    r"contribut\w*\s+to|role\s+in|implicated\s+in)\b",
    _F,
)
_EFFECT_OF = re.compile(
    rf"\b(?:effects?|actions?|response|efficacy|properties|mechanisms?|benefits?|activit(?:y|ies))\s+(?:of|to)\s+"
    rf"{_WS}{{0,2}}$", _F
)
_EFFECT_AFTER = re.compile(r"^(?:['’]s\b|[\s-]*(?:induced|mediated|evoked|effects?|actions?|response)\b)", _F)
#: "signalling pathways such as X ... play a key role": a mechanism statement without the intervention
MECHANISM_CUE = re.compile(
    r"\b(?:play(?:s|ed|ing)?\s+(?:a|an)?\s*(?:\w+\s+){0,2}?roles?|mechanisms?\s+of\s+action|"
    r"(?:mediate|mediates|underlie|underlies)\s+(?:its|the|this|these)\s+(?:\w+\s+){0,2}?(?:effects?|actions?))\b",
    _F,
)

# ---------------------------------------------------------------- association (disorder -> target)
_UP_WORDS = (
    r"elevat\w*|increas\w*|higher|rais(?:ed|e)|activat\w*|overexpress\w*|up-?regulat\w*|hyperactiv\w*|excess\w*|"
    r"greater|enhanc\w*|expan\w*"
)
_DOWN_WORDS = (
    r"decreas\w*|reduc\w*|lower|low|defici\w*|defect\w*|deplet\w*|down-?regulat\w*|loss|impair\w*|suppress\w*|"
    r"fewer|diminish\w*"
)
_NEUTRAL_WORDS = r"alter\w*|abnormal\w*|dysregulat\w*|dysfunction\w*|aberran\w*|disturb\w*|imbalanc\w*|differ\w*|chang\w*"
_DIRECTION_WORD = re.compile(rf"\b(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS})|(?P<neutral>{_NEUTRAL_WORDS}))\b", _F)
_ASSOCIATION = re.compile(
    rf"\b(?:associat\w*\s+{_WS}{{0,3}}?(?:with|to)|link\w*\s+(?:\w+\s+){{0,2}}?(?:to|with)|"
    rf"(?:implicat|involv)\w*\s+{_WS}{{0,3}}?in|correlat\w*\s+(?:\w+\s+){{0,2}}?with|related\s+to|"
    rf"relationship\s+(?:with|to)|contribut\w*\s+(?:\w+\s+){{0,2}}?to|(?:roles?|parts?)\s+(?:\w+\s+){{0,2}}?in|"
    rf"predict\w*|(?:bio)?markers?\s+(?:of|for)|characteri[sz]\w*\s+by|underl\w*|driv(?:e|es|ing)|mediat\w*|"
    rf"(?P<located>(?:{_UP_WORDS}|{_DOWN_WORDS}|{_NEUTRAL_WORDS})\s+{_WS}{{0,4}}?(?:in|among)))\b",
    _F,
)
_CLOSE = re.compile(rf"^\s*,?\s*{_WS}{{0,4}}$")
_PATHOGENESIS_OF = re.compile(
    rf"\b(?:patho(?:physiology|genesis|logy|biology)|(?:a)?etiolog\w*|neurobiology|development|onset|risk|"
    rf"progression)\s+of\s+{_WS}{{0,2}}$",
    _F,
)
_ASSOCIATION_OF = re.compile(
    rf"\b(?:association|associations|link|links|relationship|correlation|interplay|connection|role)\s+"
    rf"(?:between|of)\s+{_WS}{{0,3}}$",
    _F,
)
_HAVE = re.compile(r"\b(?:show|have|had|has|exhibit|display|present|demonstrat|manifest)\w*\b", _F)
_IN_POPULATION = re.compile(rf"^\s*{_WS}{{0,2}}?(?:in|among)\s+{_WS}{{0,3}}$", _F)
_IN_BEFORE = re.compile(rf"\b(?:in|among)\s+{_WS}{{0,3}}$", _F)
_COPULA_DIRECTION = re.compile(
    rf"^\s*{_WS}{{0,3}}?(?:is|are|was|were|been|being|be)?\s*(?:\w+ly\s+)?(?:{_UP_WORDS}|{_DOWN_WORDS}|{_NEUTRAL_WORDS})\b",
    _F,
)
_BREAK = re.compile(r";|:|\b(?:whereas|while|whilst|but|however|although|though|in\s+contrast)\b", _F)


@dataclass(frozen=True, slots=True)
class PairContext:
    """Two mentions of one masked sentence and where the words relating them may sit.

    ``first``/``second`` are the spans of the earlier and the later mention; ``lo``..``hi`` is the stretch of
    text between them that may hold the trigger (after the last mention that is neither coordinated with the
    first nor with the second, and before the second's list of coordinated mentions).
    """

    text: str
    first: tuple[int, int]
    second: tuple[int, int]
    subject_first: bool
    lo: int
    hi: int
    head: int = -1  # start of the first mention's list ("IL-6, TNF and IL-1β"); -1: the first mention's start
    parallel: bool = False  # object first, other objects between, each with its own trigger ("a decrease in A, ...")
    tail: int = -1  # end of the first mention's list; -1: the first mention's end


@dataclass(frozen=True, slots=True)
class RelationMatch:
    """A relation the words around a pair state: its predicate, direction and the trigger's span."""

    predicate: str
    direction: str | None
    trigger: tuple[int, int]


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The match of ``pattern`` in ``text[lo:hi]`` that ends last (nearest the second mention)."""
    best = None
    for match in pattern.finditer(text, lo, hi):
        if best is None or match.end() >= best.end():
            best = match
    return best


def _lo(ctx: PairContext) -> int:
    """Where a trigger of the second mention may start: after any clause break or comma of the stretch, and after
    any other mention ("changes in HAM-D scores compared with CRP": "changes" belongs to the scores)."""
    lo = _clause_lo(ctx)
    mask = ctx.text.rfind(MASK, lo, ctx.hi)
    return lo if mask < 0 else mask + 1


def _clause_lo(ctx: PairContext) -> int:
    """The start of the trigger stretch: after any clause break, and after the last comma (a trigger and its
    object are not separated by a comma: "X decreased symptoms, an effect attributed to ... Y")."""
    breaks = [m.end() for m in _BREAK.finditer(ctx.text, ctx.lo, ctx.hi)]
    commas = [ctx.lo + i + 1 for i, c in enumerate(ctx.text[ctx.lo : ctx.hi]) if c == ","]
    return max(breaks + commas, default=ctx.lo)


def _pre(ctx: PairContext, width: int = 90) -> tuple[int, str]:
    head = ctx.first[0] if ctx.head < 0 else ctx.head
    start = max(0, head - width)
    return start, ctx.text[start:head]


def _post(ctx: PairContext, width: int = 90) -> str:
    return ctx.text[ctx.second[1] : ctx.second[1] + width]


def _between(ctx: PairContext) -> tuple[int, str]:
    """Where the text between the first mention's list and the second mention's list starts, and the text."""
    start = max(ctx.first[1], ctx.tail)
    return start, ctx.text[start : max(start, ctx.hi)]


def _modulation(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> immune cell, cytokine or pathway: the trigger nearest the object (subject first), or the
    passive or nominal trigger followed by a link to the intervention (object first: "IL-6 was reduced by X", "a
    decrease in IL-6 after X")."""
    text = ctx.text
    best: re.Match[str] | None = None
    if ctx.subject_first:
        lo = max(_lo(ctx), ctx.hi - _TRIGGER_REACH)
        for match in _MODULATION.finditer(text, lo, ctx.hi):
            rank = _KIND_RANK[match.lastgroup or "modulate"]
            if _owned(text, match, ctx.first) and (
                best is None or (match.end(), rank) >= (best.end(), _KIND_RANK[best.lastgroup or "modulate"])
            ):
                best = match
        if best is not None and (
            best.lastgroup in ("increase", "decrease") and _STATE.search(text[: best.start()][-30:])
            or not _NP_GAP.match(text[best.end() : ctx.hi])
            or _new_subject(ctx, best.start())
        ):
            return None  # "selected for elevated CRP"; "elevated sleeping times when the mice ..."; "while it ..."
        if best is None and _LEADING_PREPOSITION.search(_pre(ctx)[1]):
            # "After X treatment, IL-6 levels decreased": the trigger follows the object
            follow = re.match(rf"\s*{_WS}{{0,3}}?(?:(?:is|are|was|were)\s+)?(?:\w+ly\s+)?", _post(ctx))
            if follow is not None:
                best = _MODULATION.match(text, ctx.second[1] + follow.end())
    else:
        between = text[ctx.lo : ctx.hi]
        if _BREAK.search(between) or ("," in between and not ctx.parallel) or not _AGENT_LINK.search(
            text, ctx.first[1], ctx.second[0]
        ):
            return None
        if not ctx.parallel:
            best = _last(_MODULATION, text, ctx.lo, ctx.hi)
            best = best if best is not None and _owned(text, best, ctx.second) else None
        if best is None:
            start, pre = _pre(ctx, 60)
            found = _PRE_OBJECT_TRIGGER.search(pre)
            if found is not None:
                best = _MODULATION.match(text, start + found.start())
    if best is None:
        return None
    predicate, direction = _KIND_RELATION[best.lastgroup or "modulate"]
    return RelationMatch(predicate, direction, (best.start(), best.end()))


def _owned(text: str, match: re.Match[str], subject: tuple[int, int]) -> bool:
    """Whether a trigger after the subject is the subject's: not when hyphenated to another word ("stress-induced",
    "ICS-induced"), and not in the passive ("X episodes were induced by Y": X undergoes, Y acts)."""
    if match.start() and text[match.start() - 1] == "-" and match.start() - 1 != subject[1]:
        return False
    return not (_PASSIVE_BEFORE.search(text, max(0, match.start() - 25), match.start())
                and _BY_AFTER.match(text, match.end()))


def _new_subject(ctx: PairContext, trigger: int) -> bool:
    """True when a clause break with a subject of its own stands between the subject and the trigger ("X lowered A,
    while it raised B": "it" may be anything)."""
    breaks = [m.end() for m in _BREAK.finditer(ctx.text, ctx.first[1], trigger)]
    return bool(breaks) and bool(_PRONOUN.search(ctx.text, max(breaks), trigger))


def _treats_or_adverse(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> disorder: ``treats`` or ``hasAdverseEffect``."""
    text, (b0, between) = ctx.text, _between(ctx)
    pre = _pre(ctx)[1]
    if ctx.subject_first:
        adjacent = _ADJACENT_INDUCED.match(between)
        if adjacent is not None and len(between.strip(" -")) <= len(adjacent.group(0).strip(" -")) + 12:
            return RelationMatch("hasAdverseEffect", None, (b0 + adjacent.start(), b0 + adjacent.end()))
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
        harm = harm if harm is not None and _owned(text, harm, ctx.first) else None
        if harm is not None and (treat is None or harm.end() > treat.end()):
            return RelationMatch("hasAdverseEffect", None, (harm.start(), harm.end()))
        if treat is not None:
            return RelationMatch("treats", None, (treat.start(), treat.end()))
        gap = _APPOSITIVE.sub(" ", between, count=1)
        if MASK not in gap and not _SAFETY_CONTEXT.search(pre) and not _ROLE_OF.search(pre) and (
            _TREAT_GAP.match(gap) or _EFFECT_OF_BEFORE.search(pre) and _ON_SYMPTOMS.match(gap)
        ):
            return RelationMatch("treats", None, ctx.second)
        return None
    if _BREAK.search(between):
        return None
    harm = None if _POPULATION_AFTER.match(between) else _ADVERSE_BACKWARD.search(between)
    if harm is not None and not (_TREAT_CONTEXT.search(pre[-40:]) or _TREAT_CONTEXT.match(_post(ctx)[:30].strip())):
        return RelationMatch("hasAdverseEffect", None, (b0 + harm.start(), b0 + harm.end()))
    treat = _TREAT_BACKWARD.search(between)
    if treat is not None:
        return RelationMatch("treats", None, (b0 + treat.start(), b0 + treat.end()))
    if _TREATMENT_OF.search(pre) and _WITH_AGENT.match(between):
        return RelationMatch("treats", None, ctx.first)
    return None


def _potentiates(ctx: PairContext) -> RelationMatch | None:
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


def _acts_through(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> pathway: the mechanism of action."""
    text, (b0, between) = ctx.text, _between(ctx)
    if ctx.subject_first:
        cue = _last(_MECHANISM_FORWARD, text, _lo(ctx), ctx.hi)
        if cue is not None:
            return RelationMatch("actsThrough", None, (cue.start(), cue.end()))
        return None
    if _BREAK.search(between):
        return None
    cue = _MECHANISM_BACKWARD.search(between)
    if cue is not None and (_EFFECT_OF.search(between) or _EFFECT_AFTER.match(_post(ctx))):
        return RelationMatch("actsThrough", None, (b0 + cue.start(), b0 + cue.end()))
    return None


def _direction_near(ctx: PairContext, target: tuple[int, int], lo: int) -> str | None:
    """The direction of change stated next to ``target`` (a cell, cytokine or pathway)."""
    text = ctx.text
    before = _last(_DIRECTION_WORD, text, max(lo, target[0] - 50), target[0])
    if before is not None and not re.search(r"[;,]", text[before.end() : target[0]]):
        return _direction_of(before)
    after = _COPULA_DIRECTION.match(text[target[1] :])
    if after is not None:
        return _direction_of(_last(_DIRECTION_WORD, text, target[1], target[1] + after.end()))
    return None


def _direction_of(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return {"up": "increase", "down": "decrease"}.get(match.lastgroup or "")


def _association(ctx: PairContext) -> RelationMatch | None:
    """Disorder <-> cell, cytokine or pathway, in either order; the target's direction when stated."""
    text, (b0, between) = ctx.text, _between(ctx)
    target = ctx.second if ctx.subject_first else ctx.first
    if _BREAK.search(between):
        return None
    pre_start, pre = _pre(ctx)
    cue = _last(_ASSOCIATION, text, b0, b0 + len(between))
    if cue is not None and not ctx.subject_first and cue.lastgroup == "located" and not _CLOSE.match(
        text[b0 : cue.start()]
    ):
        cue = None  # "IL-6 levels are elevated in": the change must be said of the marker, right after it
    span: tuple[int, int] | None = (cue.start(), cue.end()) if cue is not None else None
    if span is None and not ctx.subject_first and _PATHOGENESIS_OF.search(between):
        span = ctx.second
    if span is None and _ASSOCIATION_OF.search(pre) and re.match(rf"^\s*(?:and|with|in|{_WS}{{0,2}}?in)\s", between, _F):
        span = ctx.first
    if span is None and ctx.subject_first and _HAVE.search(between):
        word = _DIRECTION_WORD.search(text, ctx.second[1], ctx.second[1] + 30) or _DIRECTION_WORD.search(between)
        if word is not None:
            span = (word.start(), word.end())
    if span is None and (
        (ctx.subject_first and _IN_BEFORE.search(pre) and len(between.strip(" ,")) <= 12)
        or (not ctx.subject_first and _IN_POPULATION.match(between))
    ):
        # "in patients with X, IL-6 levels were elevated" / "IL-6 levels in patients with X were elevated"
        after = _COPULA_DIRECTION.match(text[ctx.second[1] :])
        if after is not None:
            span = (ctx.second[1], ctx.second[1] + after.end())
    if span is None:
        return None
    direction = None
    if cue is not None:
        direction = _direction_of(_DIRECTION_WORD.search(text, cue.start(), cue.end()))
    if direction is None:
        direction = _direction_near(ctx, target, ctx.first[1] if ctx.subject_first else pre_start)
    if direction is None and span != ctx.first and span != ctx.second:
        direction = _direction_of(_DIRECTION_WORD.search(text, span[0], span[1]))
    return RelationMatch("associatedWith", direction, span)


def match_relation(ctx: PairContext, subject_cls: str, object_cls: str) -> tuple[RelationMatch, ...]:
    """The relations a pair context states between a subject of ``subject_cls`` and an object of ``object_cls``.

    >>> t = "§§§§§§§§ reduced serum levels of §§§§."
    >>> ctx = PairContext(t, (0, 8), (33, 37), True, 8, 33)
    >>> match_relation(ctx, "Intervention", "Cytokine")
    (RelationMatch(predicate='decreases', direction='decrease', trigger=(9, 16)),)
    """
    found: list[RelationMatch | None] = []
    subject_start = ctx.first[0] if ctx.subject_first else ctx.second[0]
    if _WITHDRAWAL.search(ctx.text[max(0, subject_start - 40) : subject_start]):
        return ()
    if ctx.parallel and not (subject_cls == "Intervention" and object_cls in MODULATED_CLASSES):
        return ()
    if subject_cls == "Intervention" and object_cls in CONDITION_CLASSES:
        found.append(_treats_or_adverse(ctx))
    elif subject_cls == "Intervention" and object_cls == "Intervention":
        found.append(_potentiates(ctx))
    elif subject_cls == "Intervention" and object_cls in MODULATED_CLASSES:
        found.append(_modulation(ctx))
        if object_cls == "Pathway":
            found.append(_acts_through(ctx))
    elif subject_cls == "Disorder" and object_cls in MODULATED_CLASSES:
        found.append(_association(ctx))
    return tuple(m for m in found if m is not None)
