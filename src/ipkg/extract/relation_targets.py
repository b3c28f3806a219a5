"""Relations to immune cells, cytokines and pathways: what an intervention does to them (``increases`` /
``decreases`` / ``modulates``, ``actsThrough``) and how a disorder goes with them (``associatedWith``, with a
direction when one is stated). See :mod:`ipkg.extract.relations`."""

from __future__ import annotations

import re
from typing import NamedTuple

from .negation import MASK
from .relation_conditions import POPULATION
from .relation_senses import far_antecedent, in_relative_clause
from .relation_context import (
    _BREAK,
    _F,
    _WS,
    NO_CHANGE,
    PairContext,
    RelationMatch,
    _between,
    _last,
    _lo,
    _new_subject,
    _hyphenated,
    _owned,
    _post,
    verb_before_list,
    _pre,
)

__all__ = ["MECHANISM_CUE", "COMPOUND_NP_REST", "Contrast", "acts_through", "association", "contrast", "directed_lists",
           "modulation"]

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
    r"ameliorat\w*|antagoni[sz]\w*|neutrali[sz]\w*|blunt(?:s|ed|ing)?|lessen\w*|counteract\w*|curb(?:s|ed|ing)?|"
    r"weaken\w*|repress\w*"
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
_LEADING_PREPOSITION = re.compile(rf"\b(?:after|following|with|upon|during|post)\s+{_WS}{{0,6}}$", _F)
#: a longer noun phrase ending in the class of the objects that follow: "the serum concentrations of the
#: pro-inflammatory cytokines IL-6 and TNF", "the levels of several cytokines, including IL-6, ..."
_CLASS_NOUNS = (
    r"cytokines?|chemokines?|interleukins?|(?:bio)?markers?|mediators?|factors?|cells?|subsets?|"
    r"(?:sub)?populations?|molecules?|proteins?|parameters?"
)
_CLASS_GAP = re.compile(
    rf"\s*(?:(?!(?:when|where|which|that|who|whose|if|because|since|whereas|while|although|and|or)\b){_WS}){{0,10}}?"
    rf"(?:{_CLASS_NOUNS})\s*,?\s*(?:\(?\s*(?:including|such\s+as|namely|i\.e\.,?|e\.g\.,?|particularly|especially|"
    rf"notably|mainly)\s+|\(\s*)?$",
    _F,
)
#: a change named by a noun ("the increase in IL-6"), which a verb before it may act on
NOMINAL_CHANGE = (
    r"increases?|rises?|elevations?|up-?regulation|induction|overexpression|decreases?|reductions?|declines?|"
    r"loss|down-?regulation|depletion|suppression"
)
_NOMINAL = re.compile(NOMINAL_CHANGE, _F)
#: the rest of an object's noun phrase after a compound naming a state: "(the LPS-induced) increase in the serum
#: levels of (IL-6)", "(LPS-induced) (depressive-like behaviour)"
COMPOUND_NP_REST = (
    rf"\s*(?:(?:{NOMINAL_CHANGE})\s+(?:in|of)\s+)?(?:(?:the|serum|plasma|circulating|brain|central|peripheral|"
    r"hippocampal|cortical|levels?|concentrations?|expression|production|release)\s+(?:of\s+)?){0,3}$"
)
#: the verb acting on that change: "attenuated the LPS-induced increase in", "prevented an increase of"
_ACTING_ON_CHANGE = re.compile(
    rf"\b(?P<verb>[a-z]+)\s+(?:(?:the|an?|this|these|that|any)\s+)?(?:(?:[\w{MASK}-]+-\s*|[\w{MASK}-]+\s+)"
    rf"(?:induced|mediated|evoked|related|associated|dependent)\s+|(?:\w+ly\s+)?(?:significant|marked|robust|"
    rf"subsequent|concomitant|expected|acute|chronic)\s+)?$",
    _F,
)
#: a state of the object named by an adjective ("elevated IL-6"), which a verb right before it may act on
_STATE_WORD = re.compile(r"elevated|increased|raised|higher|high|enhanced|decreased|reduced|lower|low|diminished|depleted", _F)
_RESTORE = re.compile(r"restor(?:e|es|ed|ing)", _F)
_ACTING_ON_STATE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:the\s+)?$", _F)
#: "in the X group": the arm that received the intervention ("CRP decreased in the infliximab group", "In the
#: X-treated group, IL-6 levels were reduced")
_IN_THE = re.compile(r"\bin\s+the\s+$", _F)
_ARM_AFTER = re.compile(r"\s*(?:-?\s*(?:treated|treatment|supplemented|based)\s+)?(?:group|arm|cohort)s?\b", _F)
#: ... and the trigger after the object's list: "serum IL-6 and TNF-α levels were significantly reduced"
_FOLLOWING_TRIGGER = re.compile(
    rf"\s*(?:(?:levels?|concentrations?|counts?|numbers?|expression|production|activity|secretion)\s+)?"
    rf"(?:(?:is|are|was|were|had|have)\s+)?(?:\w+ly\s+)?(?={_MODULATION.pattern})",
    _F,
)

#: the measure words that may stand around a marker
_MEASURE = r"(?:levels?|concentrations?|numbers?|counts?|expression|production|release|secretion|activity)"

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
    rf"\b(?:effects?|actions?|(?<!in\s)response|efficacy|properties|mechanisms?|benefits?|activit(?:y|ies))\s+(?:of|to)\s+"
    rf"{_WS}{{0,2}}$", _F
)
_EFFECT_AFTER = re.compile(r"^(?:['’]s\b|[\s-]*(?:induced|mediated|evoked|effects?|actions?|response)\b)", _F)
#: the object is the agent of what the verb acts on: "vagotomy attenuates behavioural effects of interleukin-1" changes
#: what IL-1 does, not IL-1 (round 8)
_EFFECTS_OF_OBJECT = re.compile(rf"\b(?:effects?|actions?|consequences)\s+of\s+(?:(?!(?:on|in)\b){_WS}){{0,2}}$", _F)
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
#: "has attracted increasing attention / interest": said of the research, not of a marker's level
_DIRECTION_WORD = re.compile(
    rf"\b(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS})|(?P<neutral>{_NEUTRAL_WORDS}))\b"
    r"(?!\s+(?:attention|interest|awareness|recognition|concern)\b)", _F
)
_ASSOCIATION = re.compile(
    rf"\b(?:associat\w*\s+{_WS}{{0,3}}?(?:with|to)|link\w*\s+(?:\w+\s+){{0,2}}?(?:to|with)|"
    rf"(?:implicat|involv)\w*\s+{_WS}{{0,3}}?in|correlat\w*\s+(?:\w+\s+){{0,2}}?with|related\s+to|"
    rf"relationship\s+(?:with|to)|contribut\w*\s+(?:\w+\s+){{0,2}}?to|(?:roles?|parts?)\s+(?:\w+\s+){{0,2}}?in|"
    rf"predict\w*|(?:bio)?markers?\s+(?:of|for)|characteri[sz]\w*\s+by|underl\w*|driv(?:e|es|ing)|mediat\w*|"
    rf"(?P<located>(?:{_UP_WORDS}|{_DOWN_WORDS}|{_NEUTRAL_WORDS})\s+{_WS}{{0,4}}?(?:in|among)))\b",
    _F,
)
_CLOSE = re.compile(rf"^\s*,?\s*{_WS}{{0,4}}$")
#: a closed apposition right after the marker, skipped before _CLOSE: "IL-6, a cytokine produced by monocytes, is"
_APPOSITIVE_PHRASE = re.compile(r"^\s*,\s+(?:a|an|the)\s+[^,;]*,")
#: "the pathogenesis of", "the pathogenesis, phenomenology, and possible treatment of": the disorder follows
_PATHOGENESIS_OF = re.compile(
    rf"\b(?:patho(?:physiology|genesis|logy|biology)|(?:a)?etiolog\w*|neurobiology|development|onset|risk|"
    rf"progression)(?:\s*,\s*(?:[\w-]+\s+){{0,2}}?[\w-]+)*(?:\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?"
    rf"\s+of\s+{_WS}{{0,2}}$",
    _F,
)
#: the groups a marker is compared between, right before the disorder: "between individuals with", "among"
_BETWEEN_GROUPS = re.compile(
    rf"\b(?:between|among|across)\s+(?:the\s+)?(?:{_WS}{{0,2}}?{POPULATION}\s+(?:with|of|who\s+(?:had|have))\s+)?"
    rf"{_WS}{{0,1}}$",
    _F,
)
#: the rest of a list of masked mentions after one of them, and the list before one ("A, B and C")
_LIST_REST = re.compile(rf"(?:\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?{MASK}+(?!{MASK}))*", _F)
#: "differences in X(, the ...,) are present in samples of individuals who died by Y": a change of the marker
#: found in the disorder's population (the change words before the marker, the finding after it)
_CHANGE_IN = re.compile(r"\b(?:differences?|changes?|alterations?|abnormalit(?:y|ies)|deficits?)\s+in\s+(?:the\s+)?$", _F)
_FOUND_IN = re.compile(
    rf"^\s*(?:,\s+(?:a|an|the)\s+[^,;]*,)?\s*(?:are|were|is|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    rf"(?P<cue>present|found|observed|seen|detected|reported|evident)\s+in\s+(?:[\w-]+\s+){{0,5}}?{POPULATION}\s+"
    rf"(?:with|who\s+(?:died\s+(?:by|of|from)|had|have|attempted)|diagnosed\s+with)\s+$",
    _F,
)
#: "Higher levels of IL-6 and TNF-α were found in patients with Y (than in controls)", "a significant increase in
#: IL-6 in patients with Y": a direction word opening the clause before the marker (alone, after "there was", or
#: after a verb of showing; never after a mention, the agent of a change) ...
_OPENING_DIRECTION = re.compile(
    rf"(?:(?P<start>^)|[,;:]\s*|\b(?:show(?:s|ed|n)?|revealed|found|had|has|have|displayed|exhibited|"
    rf"demonstrated|(?:there|which)\s+(?:was|were|is|are))\s+)(?:(?:a|an|no)\s+)?(?:(?:\w+ly|significant|marked|"
    rf"small|moderate|large|slight)\s+)?(?P<dir>{_UP_WORDS}|{_DOWN_WORDS})(?:\s+(?:in|of))?\s+(?:(?:levels?|"
    rf"concentrations?|expression|numbers?|counts?|production|activity|proportions?|percentages?|frequenc(?:y|ies))"
    rf"\s+(?:of\s+)?)?(?:(?:the\s+)?(?:serum|plasma|blood|peripheral|circulating|salivary|csf)\s+)?$",
    _F,
)
#: ... followed, after the marker's list, by the population with the disorder: "(levels) (were found) in patients
#: with", "in the serum of patients with"
_FOUND_IN_GROUP = re.compile(
    rf"^\s*(?:(?:levels?|concentrations?|expression|counts?)\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been)\s+"
    rf"(?:\w+ly\s+)?(?:found|observed|seen|detected|reported|noted|present|evident|measured|shown)\s+)?"
    rf"(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?:of\s+)?{POPULATION}\s+(?:with|who\s+(?:had|have)|"
    rf"diagnosed\s+with|suffering\s+from)\s+(?:[\w-]+\s+){{0,2}}?)?$",
    _F,
)
#: the disorder's own subgroup follows: "in patients with Y who did not respond", "Y non-responders"
_SUBGROUP_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:who|whose|that|treated|receiving|taking|(?:non-?)?responders?|(?:non-?)?remitters?|"
    r"with\s+(?:high|low)|with\s+and\s+without)\b",
    _F,
)
#: a word that says whether groups differ ("did not differ", "no significant difference", "comparable")
_DIFFERENCE = re.compile(r"\b(?:differ(?:s|ed|ing)?|differen(?:t|ces?)|comparable|similar)\b", _F)
#: a verb coordinated right after a target: the target closes an object, the verb belongs to the clause subject
_COORDINATED_VERB = re.compile(
    r"^\s*,?\s*and\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|plays?|played|may|might|can|could)\b", _F)
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

def _class_trigger(ctx: PairContext) -> re.Match[str] | None:
    """The trigger of a longer noun phrase that names the objects' class before them (:data:`_CLASS_GAP`), nearest
    the object, in the subject's clause (commas allowed: "cytokines, including IL-6")."""
    text, lo = ctx.text, max(ctx.lo, ctx.hi - _TRIGGER_REACH - 60)
    breaks = [m.end() for m in _BREAK.finditer(text, lo, ctx.hi)]
    lo = max(breaks, default=lo)
    if MASK in text[lo : ctx.hi]:
        return None
    for match in reversed(list(_MODULATION.finditer(text, lo, ctx.hi))):
        if _CLASS_GAP.match(text, match.end(), ctx.hi):
            return match if _owned(text, match, ctx.first) else None
    return None


#: the object's own passive verb, right after it: "IL-6 (levels) (in the serum) were (significantly) reduced by X"
_OBJECT_PASSIVE = re.compile(
    rf"\s*(?:{_MEASURE}\s+)?(?:(?:in|of)\s+(?:the\s+)?[\w-]+\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+){0,2}$",
    _F,
)
#: a word the object depends on: "the effect of A on B", "a deficit in B" (B is not what the passive verb says)
_OBJECT_DEPENDS = re.compile(rf"\b(?:on|in|to|of)\s+(?:the\s+)?$", _F)
_OBJECT_MEASURED = re.compile(rf"\b{_MEASURE}\s+of\s+(?:the\s+)?$", _F)


def _passive_of_object(ctx: PairContext, trigger: re.Match[str]) -> bool:
    """True when a passive trigger with its agent after "by" is the object's own verb: "IL-6 levels were reduced
    by X" (the copula right after the object's list; the object is no complement: not "a deficit in B was reversed
    by X", "the effect of A on B is blocked by X"; but "the levels of IL-6 were ...")."""
    start, pre = _pre(ctx, 40)
    if _OBJECT_DEPENDS.search(pre) and not _OBJECT_MEASURED.search(pre):
        return False
    return bool(_OBJECT_PASSIVE.match(ctx.text[max(ctx.first[1], ctx.tail) : trigger.start()]))


def _rival_predicate(ctx: PairContext, trigger: re.Match[str]) -> bool:
    """True when ``trigger`` is the predicate of another target standing between the subject and the object ("After
    X, IL-6 decreased and IL-10 increased": "decreased" follows IL-6, the object's own verb follows the object)."""
    if ctx.lo <= max(ctx.first[1], ctx.tail) or ctx.text[ctx.lo - 1] != MASK:
        return False  # no other target between: the trigger right after the subject is the subject's
    follow = _FOLLOWING_TRIGGER.match(ctx.text, ctx.lo, trigger.end())
    return follow is not None and follow.end() == trigger.start()


def _in_arm(text: str, before: str, end: int) -> bool:
    """True when the intervention ending at ``end`` names an arm: "in the X group" (``before``: the text before it)."""
    return bool(_IN_THE.search(before)) and bool(_ARM_AFTER.match(text, end))


def modulation(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> immune cell, cytokine or pathway: the trigger nearest the object (subject first), or the
    passive or nominal trigger followed by a link to the intervention (object first: "IL-6 was reduced by X", "a
    decrease in IL-6 after X")."""
    text = ctx.text
    best: re.Match[str] | None = None
    acting: re.Match[str] | None = None  # a verb acting on a change named by a noun ("attenuated the increase in")
    if ctx.subject_first:
        lo = max(_lo(ctx), ctx.hi - _TRIGGER_REACH)
        for match in _MODULATION.finditer(text, lo, ctx.hi):
            rank = _KIND_RANK[match.lastgroup or "modulate"]
            if _owned(text, match, ctx.first) and (
                best is None or (match.end(), rank) >= (best.end(), _KIND_RANK[best.lastgroup or "modulate"])
            ):
                best = match
        if best is not None and _rival_predicate(ctx, best):
            best = None  # "After X, IL-6 decreased and IL-10 increased": "decreased" is IL-6's, not IL-10's
        if best is None or not _NP_GAP.match(text[best.end() : ctx.hi]):
            # "reduced the serum levels of several pro-inflammatory cytokines, including IL-6, ..."
            best = _class_trigger(ctx) or best
        if best is None:
            listed = verb_before_list(ctx, _MODULATION)  # "X decreased immobility, corticosterone and IL-6 levels"
            if listed is not None:
                predicate, direction = _KIND_RELATION[listed.lastgroup or "modulate"]
                return RelationMatch(predicate, direction, (listed.start(), listed.end()))
        if best is not None and (
            best.lastgroup in ("increase", "decrease") and _STATE.search(text[: best.start()][-30:])
            or _EFFECTS_OF_OBJECT.search(text, best.end(), ctx.hi)
            or not (_NP_GAP.match(text[best.end() : ctx.hi]) or _CLASS_GAP.match(text, best.end(), ctx.hi))
            or _new_subject(ctx, best.start())
        ):
            return None  # "selected for elevated CRP"; "elevated sleeping times when the mice ..."; "while it ..."
        if best is None and (_LEADING_PREPOSITION.search(_pre(ctx)[1]) or _in_arm(text, _pre(ctx)[1], ctx.first[1])):
            # "After X treatment, IL-6 levels decreased": the trigger follows the object
            # ... past the rest of the object's list: "levels of IL-6 (g = -0.3), IL-1β and TNF-α decreased"
            end = _LIST_REST.match(text, ctx.second[1]).end()
            follow = _FOLLOWING_TRIGGER.match(text, end, end + 90)
            if follow is not None:
                best = _MODULATION.match(text, follow.end())
    else:
        between = text[ctx.lo : ctx.hi]
        if _BREAK.search(between) or ("," in between and not ctx.parallel) or not (
            _AGENT_LINK.search(text, ctx.first[1], ctx.second[0])
            or _in_arm(text, text[ctx.first[1] : ctx.second[0]], ctx.second[1])
        ):
            return None
        if not ctx.parallel:
            best = _last(_MODULATION, text, ctx.lo, ctx.hi)
            if best is not None and not _owned(text, best, ctx.second) and not _passive_of_object(ctx, best):
                acting, best = best, None  # a passive of something else: "the increase in B was prevented by X"
            best = best if best is not None and not _hyphenated(text, best, ctx.second) else None
        if best is None:
            start, pre = _pre(ctx, 60)
            found = _nearest(_PRE_OBJECT_TRIGGER, pre)
            while found is not None and found.start() and pre[found.start() - 1] == "-":
                found = _PRE_OBJECT_TRIGGER.search(pre, found.start() + 1)  # "LPS-induced" is LPS's, not X's
            if found is not None:
                best = _MODULATION.match(text, start + found.start())
    if best is None:
        return None
    kind = best.lastgroup or "modulate"
    word = best.group()
    span = (best.start(), best.end())
    changed = kind in ("increase", "decrease") and bool(_NOMINAL.fullmatch(word) or _STATE_WORD.fullmatch(word))
    acting_kind = acting.lastgroup if acting is not None else None
    if ctx.subject_first and changed:
        acting_on = _ACTING_ON_CHANGE if _NOMINAL.fullmatch(word) else _ACTING_ON_STATE
        verb = acting_on.search(text, max(ctx.first[1], best.start() - 60), best.start())
        found = _MODULATION.fullmatch(verb.group("verb")) if verb is not None else None
        if found is not None:
            acting_kind, span = found.lastgroup, (verb.start("verb"), best.end())  # type: ignore[union-attr]
        elif verb is not None and _RESTORE.fullmatch(verb.group("verb")):
            # "X restored the LPS-induced decrease in IL-10": X undoes the change (alone, "restored IL-10" says
            # no direction, so "restore" is no trigger of its own)
            acting_kind, span = "decrease", (verb.start("verb"), best.end())
    elif acting is not None:
        span = (min(best.start(), acting.start()), max(best.end(), acting.end()))
    if changed and acting_kind in ("modulate", "nochange"):
        # "X did not alter the LPS-induced increase in IL-6": X's relation is the verb's, not the increase's
        kind = acting_kind  # type: ignore[assignment]
    elif changed and acting_kind == "decrease":
        # "X attenuated the (LPS-induced) increase in IL-6", "the rise in IL-6 was prevented by X", "X normalized
        # elevated IL-6 levels": X lowers IL-6; "reversed the decrease in IL-10": X raises it
        kind = "increase" if kind == "decrease" else "decrease"
    predicate, direction = _KIND_RELATION[kind]
    # the span runs over the acting verb, so that its negation ("did not attenuate the increase") is read
    return RelationMatch(predicate, direction, span)


def _nearest(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of an end-anchored ``pattern`` that starts last: the trigger nearest the object ("blocks induction
    of IL-1β mRNA in response to LPS": LPS induces IL-1β; "blocks" is the other subject's verb, round 8)."""
    found = pattern.search(text)
    while found is not None:
        later = pattern.search(text, found.start() + 1)
        if later is None:
            return found
        found = later
    return None


def acts_through(ctx: PairContext) -> RelationMatch | None:
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


def _list_head(text: str, start: int, lo: int) -> int:
    """Where the list of masked mentions that ends with the mention at ``start`` begins ("A, B, and C": A's start),
    not before ``lo``; read backwards, one item at a time (linear in the characters read)."""
    head = start
    while True:
        i = head
        while i > lo and text[i - 1].isspace():
            i -= 1
        for word in ("and", "or"):
            if text[max(lo, i - len(word)) : i].lower() == word and (i - len(word) == lo or not text[i - len(word) - 1].isalnum()):
                i -= len(word)
                while i > lo and text[i - 1].isspace():
                    i -= 1
                break
        if i > lo and text[i - 1] == ",":
            i -= 1
            while i > lo and text[i - 1].isspace():
                i -= 1
        if i == head or i <= lo or text[i - 1] != MASK:
            return head
        while i > lo and text[i - 1] == MASK:
            i -= 1
        head = i


def _direction_near(ctx: PairContext, target: tuple[int, int], lo: int) -> str | None:
    """The direction of change stated next to ``target`` (a cell, cytokine or pathway)."""
    text = ctx.text
    # the direction said before a list reaches every item: "higher concentrations of IL-6 (p < 0.001), TNF-α and CRP"
    head = _list_head(text, target[0], max(lo, target[0] - 200))
    before = _last(_DIRECTION_WORD, text, max(lo, head - 50), head)
    if before is not None and not re.search(r"[;,]", text[before.end() : head]):
        return _direction_of(before)
    after = _COPULA_DIRECTION.match(text[target[1] :])
    if after is not None:
        return _direction_of(_last(_DIRECTION_WORD, text, target[1], target[1] + after.end()))
    return None


def _direction_of(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return {"up": "increase", "down": "decrease"}.get(match.lastgroup or "")


def _group_comparison(text: str, between: str, b0: int, pre_start: int, pre: str) -> tuple[int, int] | None:
    """The difference word of a comparison of groups, the marker first: "X did not differ between individuals with
    Y and controls", "no difference in X levels between patients with Y and ..." (the negation, when there is one,
    is read on that word)."""
    groups = _BETWEEN_GROUPS.search(between)
    if groups is None:
        return None
    word = _last(_DIFFERENCE, text, b0, b0 + groups.start())
    if word is None:
        before = _last(_DIFFERENCE, pre, max(0, len(pre) - 40), len(pre))
        if before is None or not _CLOSE.match(between[: groups.start()]):
            return None
        return pre_start + before.start(), pre_start + before.end()
    return word.start(), word.end()


def _found_in_group(ctx: PairContext, between: str, pre_start: int, pre: str) -> tuple[int, int] | None:
    """The direction word of "Higher levels of IL-6 were found in patients with Y", "a significant increase in IL-6
    in patients with Y compared to controls" (the marker first; see :data:`_OPENING_DIRECTION`)."""
    if not _FOUND_IN_GROUP.match(between) or _SUBGROUP_AFTER.match(ctx.text, ctx.second[1]):
        return None
    word = _OPENING_DIRECTION.search(pre)
    if word is None or (word.group("start") is not None and pre_start > 0):
        return None
    return pre_start + word.start("dir"), pre_start + word.end("dir")


def association(ctx: PairContext) -> RelationMatch | None:
    """Disorder <-> cell, cytokine or pathway, in either order; the target's direction when stated."""
    text, (b0, between) = ctx.text, _between(ctx)
    target = ctx.second if ctx.subject_first else ctx.first
    if _BREAK.search(between):
        return None
    if not ctx.subject_first and _COORDINATED_VERB.match(between):
        return None  # "X modulates immune responses and has a role in Y": the verb is X's, not the target's
    pre_start, pre = _pre(ctx)
    cue = _last(_ASSOCIATION, text, b0, b0 + len(between))
    if cue is not None and not ctx.subject_first and cue.lastgroup == "located" and not _CLOSE.match(
        _APPOSITIVE_PHRASE.sub("", text[b0 : cue.start()], count=1)
    ):
        cue = None  # "IL-6 levels are elevated in": the change must be said of the marker, right after it
    if cue is not None and ctx.subject_first and in_relative_clause(text, cue.end(), ctx.second[0]):
        return None  # "linked with herpesvirus, which ... causes apoptosis": apoptosis is the virus's
    if cue is not None and not ctx.subject_first and far_antecedent(text, ctx.first[1], cue.start()):
        return None  # "activation ... by IFN-α leads to altered kynurenine and its metabolites which correlate with"
    span: tuple[int, int] | None = (cue.start(), cue.end()) if cue is not None else None
    if span is None and not ctx.subject_first and _PATHOGENESIS_OF.search(between):
        span = ctx.second
    if span is None and not ctx.subject_first:
        span = _group_comparison(text, between, b0, pre_start, pre)
    if span is None and not ctx.subject_first and _CHANGE_IN.search(pre):
        found = _FOUND_IN.match(between)
        span = (b0 + found.start("cue"), b0 + found.end("cue")) if found is not None else None
    if span is None and not ctx.subject_first:
        span = _found_in_group(ctx, between, pre_start, pre)
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




# ---------------------------------------------------------------- a clause of contrast on other targets
#: "..., whereas IL-10 was decreased", "but IL-10 was not": the contrast clause's own targets and their direction
_CONTRAST_OPEN = re.compile(r"\s*(?:the\s+)?(?:(?:serum|plasma|circulating)\s+)?(?:" + _MEASURE + r"\s+of\s+)?(?=" + MASK + ")",
                            _F)
_CONTRAST_CLAUSE = re.compile(
    rf"\s*(?:{_MEASURE}\s+)?(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS})|"
    rf"(?P<unchanged>unchanged|unaltered|similar|comparable)|(?P<not>not)(?:\s+(?:\w+ly\s+)?(?:changed|altered|"
    rf"different|affected|{_UP_WORDS}|{_DOWN_WORDS}))?)\b",
    _F,
)
#: "... increased IL-6 but decreased IL-10 levels": a direction word and the targets, no verb of their own
_CONTRAST_VERBLESS = re.compile(
    rf"\s*(?:\w+ly\s+|significant\s+)?(?:(?P<up>{_UP_WORDS})|(?P<down>{_DOWN_WORDS}))\s+(?:{_MEASURE}\s+of\s+)?"
    rf"(?:the\s+)?(?:(?:serum|plasma|circulating)\s+)?(?={MASK})",
    _F,
)
#: what may follow the contrast clause: the comparison group, statistics (blanked), the sentence's end; never
#: another population, an agent or a mention ("but IL-10 was decreased in controls" is no contrast of the first)
_CONTRAST_REST = re.compile(
    rf"\s*(?:{_MEASURE}\s+)?(?:(?:\w+ly\s+)?(?:compared\s+(?:with|to)|relative\s+to|than(?:\s+in)?|versus|vs\.?)\s+"
    r"(?:the\s+|those\s+of\s+|that\s+of\s+)?(?:healthy\s+)?(?:controls?|control\s+(?:subjects|participants|"
    r"individuals|group)|comparison\s+subjects|placebo(?:\s+group)?|baseline)\s*)?[.\s]*$",
    _F,
)


class Contrast(NamedTuple):
    """A clause of contrast read after a relation on targets: where its targets start, its direction (``None``:
    the contrast denies the first clause's change), whether it denies, and where its verb ends."""

    start: int
    direction: str | None
    negated: bool
    verbless: bool


def contrast(text: str, at: int) -> Contrast | None:
    """The contrast clause starting at ``at`` (right after "whereas", "while", "but" in a masked sentence), when it
    names only targets and their direction ("IL-6 was elevated in patients with Y, whereas IL-10 was decreased";
    "increased IL-6 but decreased IL-10 levels"); its targets' list is read by the caller.

    >>> contrast("§§§§ was raised, whereas §§§§§ was decreased.", 25)
    Contrast(start=25, direction='decrease', negated=False, verbless=False)
    >>> contrast("raised §§§§ but lower §§§§§ levels than controls.", 16).direction
    'decrease'
    >>> contrast("§§§§ was raised, whereas §§§§§ was decreased by §§§.", 25) is None
    True
    """
    verbless = _CONTRAST_VERBLESS.match(text, at)
    opened = verbless or _CONTRAST_OPEN.match(text, at)
    if opened is None:
        return None
    start = opened.end()
    end = _LIST_REST.match(text, start).end()
    if verbless is not None:
        kind: str | None = verbless.lastgroup
    else:
        clause = _CONTRAST_CLAUSE.match(text, end)
        if clause is None:
            return None
        kind, end = clause.lastgroup, clause.end()
    if not _CONTRAST_REST.match(text, end):
        return None
    direction = {"up": "increase", "down": "decrease"}.get(kind or "")
    return Contrast(start, direction, kind in ("not", "unchanged"), verbless is not None)


# ---------------------------------------------------------------- lists of markers, each with its direction
#: one marker list with its own direction word: "decreased (serum levels of) BDNF", "increased IL-6 (and TNF)"
_DIRECTED_ONE = re.compile(
    rf"(?P<dir>{_UP_WORDS}|{_DOWN_WORDS})\s+(?:(?:serum|plasma|circulating|peripheral)\s+)?(?:{_MEASURE}\s+of\s+)?"
    rf"(?:the\s+)?(?={MASK})",
    _F,
)
_DIRECTED_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)", _F)
#: where such a list may open its clause: the sentence's start, a comma or colon, a verb of showing
_DIRECTED_OPEN = re.compile(
    r"(?:^|[,;:]\s*|\b(?:showed|revealed|found|observed|demonstrated|detected|there\s+(?:was|were))\s+)"
    r"(?:(?:a|an)\s+)?(?:(?:\w+ly|significant)\s+)?$",
    _F,
)


def directed_lists(text: str, start: int, disorder: tuple[int, int]) -> list[tuple[int, int, str, tuple[int, int]]]:
    """The marker lists of "Decreased BDNF and increased IL-6 levels were found in patients with Y" read from a
    masked sentence: ``(list start, list end, direction, direction word span)`` for each list of a run of two or
    more lists, each with its own direction word, that opens its clause and is followed by the population of the
    ``disorder`` mention (:data:`_FOUND_IN_GROUP`; not a subgroup of it); read from ``start``.

    >>> t = "Decreased §§§§ and increased §§§§ levels were found in patients with §§§."
    >>> [(d, t[a:b]) for a, b, d, _ in directed_lists(t, 0, (69, 72))]
    [('decrease', '§§§§'), ('increase', '§§§§')]
    >>> directed_lists("Decreased §§§§ and increased §§§§ levels were found in patients with §§§ who relapsed.", 0, (69, 72))
    []
    """
    end = disorder[0]
    if _SUBGROUP_AFTER.match(text, disorder[1]):
        return []
    for opening in _DIRECTED_ONE.finditer(text, start, end):
        if not _DIRECTED_OPEN.search(text, max(0, opening.start() - 40), opening.start()):
            continue
        lists, at, found = [], opening.start(), _DIRECTED_ONE.match(text, opening.start(), end)
        while found is not None:
            rest = _LIST_REST.match(text, found.end(), end).end()
            word = (found.start("dir"), found.end("dir"))
            lists.append((found.end(), rest, "increase" if re.fullmatch(_UP_WORDS, found.group("dir"), _F) else
                          "decrease", word))
            at = rest
            sep = _DIRECTED_SEP.match(text, at, end)
            found = _DIRECTED_ONE.match(text, sep.end(), end) if sep is not None else None
        if len(lists) > 1 and _FOUND_IN_GROUP.match(text[at:end]):
            return lists
    return []
