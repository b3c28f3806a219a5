"""What an intervention does to an immune cell, a cytokine or a pathway (``increases`` / ``decreases`` /
``modulates``, or no change): the trigger nearest the object when the intervention comes first ("X reduced IL-6"),
the passive or nominal trigger with a link to the intervention when the object does ("IL-6 was reduced by X", "a
decrease in IL-6 after X"), and a verb acting on a change named by a noun or an adjective ("X attenuated the
LPS-induced increase in IL-6"). Re-exported by :mod:`ipkg.extract.relation_targets`; see
:mod:`ipkg.extract.relations`."""

from __future__ import annotations

import re
from dataclasses import replace

from .negation import MASK
from .relation_context import (
    _BREAK,
    _F,
    _WS,
    NO_CHANGE,
    PairContext,
    RelationMatch,
    _last,
    _lo,
    _new_subject,
    _hyphenated,
    _owned,
    verb_before_list,
    _pre,
)
from .relation_words import LIST_REST, MEASURE, MORE_DOWN_VERBS, MORE_STATE_WORDS, MORE_UP_VERBS

__all__ = ["AGENT_BEFORE_DRUG", "COMPOUND_NP_REST", "NOMINAL_CHANGE", "modulation"]

# ---------------------------------------------------------------- modulation triggers (intervention -> target)
_INCREASE = (
    r"increas\w*|elevat\w*|rais(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|induc(?:e|es|ed|ing|tion)|up-?regulat\w*|"
    r"promot\w*|expan(?:d|ds|ded|ding|sion)|enhanc\w*|boost\w*|stimulat\w*|activat\w*|amplif\w*|higher|"
    r"augment\w*|potentiat\w*|trigger(?:s|ed|ing)?|evok\w*|provok\w*|" + MORE_UP_VERBS
)
_DECREASE = (
    r"reduc\w*|decreas\w*|lower(?:s|ed|ing)?|suppress\w*|inhibit(?:s|ed|ing|ion)?|attenuat\w*|"
    r"down-?regulat\w*|diminish\w*|dampen\w*|block(?:s|ed|ing|ade)?|deplet\w*|declin\w*|fell|fall(?:s|ing)?|"
    r"drop(?:s|ped)?|abolish\w*|abrogat\w*|prevent\w*|revers\w*|normali[sz]\w*|mitigat\w*|alleviat\w*|"
    r"ameliorat\w*|antagoni[sz]\w*|neutrali[sz]\w*|blunt(?:s|ed|ing)?|lessen\w*|counteract\w*|curb(?:s|ed|ing)?|"
    r"weaken\w*|repress\w*|impair\w*|" + MORE_DOWN_VERBS
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
    r"loss|down-?regulation|depletion|suppression|impairments?"
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
#: (round 50) a participle of causing after its object ("the decrease in IL-10 induced by X"): it says that the change
#: named before the object was caused, not that the object rose
_CAUSED = re.compile(r"induced|evoked|provoked|triggered", _F)
#: a lowering named right before the object: "the (significant) decrease in (the serum levels of)", "the disrupted"
#: (an adjective after a determiner or at the start: "X suppressed Y induced by Z" is a verb)
_LOWERING_BEFORE = re.compile(
    r"\b(?:(?:decreases?|reductions?|declines?|loss|down-?regulation|depletion|suppression|impairments?|deficits?)\s+"
    r"(?:in|of)\s+(?:the\s+)?|(?:^|\b(?:the|an?|this|these|those)\s+)(?:impaired|disrupted|reduced|decreased|"
    r"diminished|suppressed|lowered|attenuated)\s+)"
    r"(?:(?:serum|plasma|circulating|brain|hippocampal|cortical|levels?|concentrations?|expression|production|release)"
    r"\s+(?:of\s+)?){0,3}$", _F)
#: a state of the object named by an adjective ("elevated IL-6"), which a verb right before it may act on
_STATE_WORD = re.compile(r"elevated|increased|raised|higher|high|enhanced|decreased|reduced|lower|low|diminished|depleted|"
                         r"impaired|" + MORE_STATE_WORDS, _F)
#: a verb that undoes the change or state it acts on; (round 17) "improved / rescued the impairment of Y", "improved
#: impaired Y": Y rises
_RESTORE = re.compile(r"(?:restor|improv|rescu)(?:e|es|ed|ing)", _F)
#: (round 17) an effect, influence or impact whose direction a word right before it names: "a potent suppressive
#: effect on cellular immunity", "an inhibitory effect on", "may alleviate the influence of chronic inflammation",
#: "reduced the negative impact of Y": the subject lowers (or raises) Y, not merely modulates it
_EFFECT_WORD = re.compile(r"effects?\s+on|influences?|impacts?", _F)
_QUALIFIED_EFFECT = re.compile(
    rf"\b(?:(?P<increase>{_INCREASE}|stimulatory)|(?P<decrease>{_DECREASE}|inhibitory))\s+"
    r"(?:(?:the|an?|its|their|this|these)\s+)?(?:[a-z-]+\s+)?$",
    _F,
)
#: (round 47) a restoring verb's passive with its agent after it, before the subject: "(the decrease in B) was
#: (fully) restored by (X)"
_PASSIVE_RESTORE = re.compile(
    rf"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{_RESTORE.pattern})\s+"
    rf"(?:by|after|following|with|upon)\b", _F)
#: (round 47) the object's passive verb and a list of agents after "by" that ends with the subject: "(TNF-α and
#: IL-6) were (synergistically) induced by IFN-α and (poly(I:C))": a target named first among the agents is one
#: of them, not another object of the verb
_AGENTS_LISTED = re.compile(
    rf"\s*(?:{MEASURE}\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+){{0,2}}"
    rf"(?:{_INCREASE}|{_DECREASE})\s+by\s+(?:{MASK}+\s*(?:\([^()]{{1,15}}\)\s*)?,?\s*)+(?:and|or)\s+$", _F)
_ACTING_ON_STATE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:the\s+)?$", _F)
#: a trigger's word as a match with a ``verb`` group (as the two patterns above give it)
_VERB = re.compile(r"(?P<verb>[a-z]+)", _F)
#: (round 24) the verb acts on a list of nominal changes and the change is a later item: "X blocked the development
#: of A, elevation of plasma IL-6 levels, and downregulation of B", "X prevented weight loss, the rise in IL-6 and
#: ...": the items before the change are noun phrases (no comma, no finite verb of their own), one to three of them
_EARLIER_ITEMS = re.compile(
    r"\s+(?:(?!\b(?:is|are|was|were|has|have|had|and|or|but|which|that|while|whereas)\b)[^,;:.()]){1,60},\s+"
    r"(?:(?:(?!\b(?:is|are|was|were|has|have|had|and|or|but|which|that|while|whereas)\b)[^,;:.()]){1,60},\s+){0,2}"
    r"(?:and\s+|or\s+)?(?:(?:the|an?)\s+)?$",
    _F,
)
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

#: the object is the agent of what the verb acts on: "vagotomy attenuates behavioural effects of interleukin-1" changes
#: what IL-1 does, not IL-1 (round 8)
_EFFECTS_OF_OBJECT = re.compile(rf"\b(?:effects?|actions?|consequences)\s+of\s+(?:(?!(?:on|in)\b){_WS}){{0,2}}$", _F)


#: a drug named by what it does to its target (round 10): an appositive after the drug, "X, a potent inhibitor of
#: cytokine production", "X (Dex), a selective antagonist of Y", or the target's agent noun before it, "the NMDA
#: receptor antagonist ketamine", "the 5-HT(1A) receptor antagonist, WAY100635", "the IL-6 inhibitor X": X lowers
#: (an inhibitor, antagonist, blocker) or raises (an agonist, activator, inducer, stimulator) its target
_AGENT_NOUN = r"(?:(?P<down>inhibitor|antagonist|blocker|suppressor)|(?P<up>agonist|activator|inducer|stimulator))s?"
#: the agent noun right before the drug it names: "the NMDA receptor antagonist(,) ketamine"
AGENT_BEFORE_DRUG = re.compile(rf"\b{_AGENT_NOUN}\s*,?\s*$", _F)
_AGENT_AFTER = re.compile(
    rf"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_AGENT_NOUN}\s+(?:of|for)\s+(?:the\s+)?$", _F)
_AGENT_BEFORE = re.compile(
    rf"^\s*(?:\([^()]{{1,12}}\)\s*)?(?:receptors?\s+|uptake\s+|reuptake\s+|signall?ing\s+|pathway\s+)?"
    rf"(?:(?:selective|specific|potent|competitive|noncompetitive|non-competitive)\s+)?{_AGENT_NOUN}\s*,?\s*$", _F)


def _agent_noun(ctx: PairContext) -> RelationMatch | None:
    """X lowers or raises the target its appositive or its agent noun names (:data:`_AGENT_AFTER`,
    :data:`_AGENT_BEFORE`)."""
    between = ctx.text[ctx.first[1] : ctx.second[0]]
    found = (_AGENT_AFTER if ctx.subject_first else _AGENT_BEFORE).match(between)
    if found is None:
        return None
    group = "down" if found.group("down") else "up"
    span = (ctx.first[1] + found.start(group), ctx.first[1] + found.end(group))
    predicate, direction = _KIND_RELATION["decrease" if group == "down" else "increase"]
    return RelationMatch(predicate, direction, span)


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
    rf"\s*(?:{MEASURE}\s+)?(?:(?:in|of)\s+(?:the\s+)?[\w-]+\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+){0,2}$",
    _F,
)
#: a word the object depends on: "the effect of A on B", "a deficit in B" (B is not what the passive verb says)
_OBJECT_DEPENDS = re.compile(rf"\b(?:on|in|to|of)\s+(?:the\s+)?$", _F)
_OBJECT_MEASURED = re.compile(rf"\b{MEASURE}\s+of\s+(?:the\s+)?$", _F)


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


#: "in (the) X(-treated) mice": the animals that received or underwent X (round 14: "the number of BrdU-positive
#: cells significantly decreased in OBX mice", "IL-6 levels were increased in LPS-treated rats"); not when they
#: received something more ("in LPS-treated mice given X") nor the second group of a comparison ("than in X mice")
_IN_ANIMALS = re.compile(r"(?<!\bthan\s)(?<!\bvs\.\s)(?<!\bversus\s)\bin\s+(?:the\s+)?$", _F)
_ANIMALS_AFTER = re.compile(
    r"(?:\s*-\s*|\s+)(?:(?:treated|exposed|injected|operated|challenged|stressed|infected)\s+)?"
    r"(?:mice|rats|animals|pups|offspring)\b(?!\s+(?:given|treated|receiving|received|that|who|which|pre-?treated|"
    r"co-?treated|injected|administered|fed|after|following|with|and|or)\b)", _F)


def _in_arm(text: str, before: str, end: int) -> bool:
    """True when the intervention ending at ``end`` names an arm: "in the X group" (``before``: the text before it),
    or the animals given X: "in X-treated mice", "in OBX rats" (:data:`_ANIMALS_AFTER`)."""
    return bool(_IN_THE.search(before)) and bool(_ARM_AFTER.match(text, end)) or bool(
        _IN_ANIMALS.search(before[-12:])) and bool(_ANIMALS_AFTER.match(text, end))


#: (round 32) an active verb of change whose subject is a mention before it: "Minocycline lowered IL-6 in LPS-treated
#: mice" (the mention is the sentence's agent; the animals "given" LPS are only where the change was measured)
_ACTIVE_SUBJECT = re.compile(rf"{MASK}\)?\s+(?:(?:also|further|\w+ly)\s+)?$", _F)


def _agent_before(text: str, start: int) -> bool:
    """Is the object starting at ``start`` the complement of an active verb of change whose subject is a mention
    (:data:`_ACTIVE_SUBJECT`)?  Then the "X-treated mice" after the object (:data:`_ANIMALS_AFTER`) name no agent
    of that change, whether "in" or "of" links them."""
    verb = _last(_MODULATION, text, max(0, start - _TRIGGER_REACH), start)
    return verb is not None and bool(_NP_GAP.match(text[verb.end() : start])) and bool(
        _ACTIVE_SUBJECT.search(text, max(0, verb.start() - 30), verb.start()))


def modulation(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> immune cell, cytokine or pathway: the trigger nearest the object (subject first), or the
    passive or nominal trigger followed by a link to the intervention (object first: "IL-6 was reduced by X", "a
    decrease in IL-6 after X")."""
    text = ctx.text
    agent = _agent_noun(ctx)
    if agent is not None:
        return agent
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
            end = LIST_REST.match(text, ctx.second[1]).end()
            follow = _FOLLOWING_TRIGGER.match(text, end, end + 90)
            if follow is not None:
                best = _MODULATION.match(text, follow.end())
    else:
        ctx = _apposition_closed(ctx)  # "the inflammatory cytokine, IFNγ, was decreased by X" (round 47)
        text, between = ctx.text, ctx.text[ctx.lo : ctx.hi]
        if _BREAK.search(between) or ("," in between and not ctx.parallel) or not (
            _AGENT_LINK.search(text, ctx.first[1], ctx.second[0])
            or _in_arm(text, text[ctx.first[1] : ctx.second[0]], ctx.second[1])
        ) or _ANIMALS_AFTER.match(text, ctx.second[1]) and _agent_before(text, ctx.first[0]):
            return None
        if not ctx.parallel or _AGENTS_LISTED.match(text, ctx.lo, ctx.hi):
            best = _last(_MODULATION, text, ctx.lo, ctx.hi)
            if best is not None and not _owned(text, best, ctx.second) and not _passive_of_object(ctx, best):
                acting, best = best, None  # a passive of something else: "the increase in B was prevented by X"
            if best is None and acting is None:
                # (round 47) "the stress-induced decrease in B was restored by X": X undoes the change
                acting = _PASSIVE_RESTORE.search(text, ctx.lo, ctx.hi)
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
    if kind == "modulate" and _EFFECT_WORD.fullmatch(word):
        qualified = _QUALIFIED_EFFECT.search(text, max(0, best.start() - 40), best.start())
        if qualified is not None and (not ctx.subject_first or qualified.start() >= ctx.first[1]):
            kind, span = qualified.lastgroup, (qualified.start(), best.end())  # type: ignore[assignment]
    if not ctx.subject_first and kind == "increase" and _CAUSED.fullmatch(word) and _LOWERING_BEFORE.search(
            text, max(0, ctx.first[0] - 60), ctx.first[0]):
        kind = "decrease"  # (round 50) "the decrease in (the impaired) IL-10 induced by X": X lowers IL-10
    changed = kind in ("increase", "decrease") and bool(_NOMINAL.fullmatch(word) or _STATE_WORD.fullmatch(word))
    acting_kind = (acting.lastgroup or "decrease") if acting is not None else None  # a restoring verb undoes
    if ctx.subject_first and changed:
        acting_on = _ACTING_ON_CHANGE if _NOMINAL.fullmatch(word) else _ACTING_ON_STATE
        verb = acting_on.search(text, max(ctx.first[1], best.start() - 60), best.start())
        if _NOMINAL.fullmatch(word) and (verb is None or not (_MODULATION.fullmatch(verb.group("verb"))
                                                              or _RESTORE.fullmatch(verb.group("verb")))):
            verb = _verb_before_list(ctx, best) or verb
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


#: (round 47) the object named as an appositive of its class noun: "the (inflammatory) cytokine, (IFNγ), was ..."
#: (the class noun may be a mention of its own, masked)
_CLASS_NOUN_COMMA = re.compile(rf"(?:\b(?:{_CLASS_NOUNS})|{MASK})\s*,\s*$", _F)
_COMMA_THEN_PASSIVE = re.compile(r"\s*,\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b", _F)


def _apposition_closed(ctx: PairContext) -> PairContext:
    """``ctx`` with the comma that closes the object's apposition to its class noun blanked ("the production of
    the inflammatory cytokine, IFNγ, was significantly decreased in response to X": the object's own passive, no
    clause break), or ``ctx`` as it is. A list's items take no comma before the verb, so a comma there closes an
    apposition."""
    comma = _COMMA_THEN_PASSIVE.match(ctx.text, ctx.lo, ctx.hi)
    if comma is None or not _CLASS_NOUN_COMMA.search(ctx.text, max(0, ctx.first[0] - 40), ctx.first[0]):
        return ctx
    at = ctx.text.index(",", ctx.lo)
    return replace(ctx, text=ctx.text[:at] + " " + ctx.text[at + 1 :])


def _verb_before_list(ctx: PairContext, change: re.Match[str]) -> re.Match[str] | None:
    """The verb whose list of nominal changes ends in ``change`` (:data:`_EARLIER_ITEMS`): the last modulation
    trigger after the subject, as a match with a ``verb`` group, or None."""
    lo = max(ctx.first[1], change.start() - 200)
    trigger = _last(_MODULATION, ctx.text, lo, change.start())
    if trigger is None or not _EARLIER_ITEMS.match(ctx.text, trigger.end(), change.start()):
        return None
    return _VERB.match(ctx.text, trigger.start(), trigger.end())


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
