"""Relations to immune cells, cytokines and pathways: how a disorder goes with them (``associatedWith``, with a
direction when one is stated) and what an intervention acts through (``actsThrough``). What an intervention does to
them (``increases`` / ``decreases`` / ``modulates``) is :mod:`ipkg.extract.relation_modulation`'s, re-exported here;
clauses of contrast and lists of markers with their own direction are :mod:`ipkg.extract.relation_lists`'. See
:mod:`ipkg.extract.relations`."""

from __future__ import annotations

import re

from .negation import MASK
from .relation_conditions import POPULATION
from .relation_modulation import COMPOUND_NP_REST, modulation
from .relation_senses import far_antecedent, in_relative_clause
from .relation_context import (
    _BREAK,
    _F,
    _WS,
    PairContext,
    RelationMatch,
    _between,
    _last,
    _lo,
    _post,
    _pre,
)
from .relation_words import DOWN_WORDS, FOUND_IN_GROUP, NEUTRAL_WORDS, SUBGROUP_AFTER, UP_WORDS

__all__ = ["MECHANISM_CUE", "COMPOUND_NP_REST", "acts_through", "association", "modulation"]


# ---------------------------------------------------------------- mechanism (intervention -> pathway)
#: "X acts via / through Y", "X ... by (differentially) altering / triggering / inhibiting Y" (round 10: any verb of
#: change after "by", an adverb allowed)
_MECHANISM_FORWARD = re.compile(
    r"\b(?:via|through|by\s+way\s+of|mediated\s+(?:by|through|via)|dependent\s+on|depend(?:s|ing)?\s+on|"
    r"requir(?:e|es|ed|ing)|act(?:s|ed|ing)?\s+on|by\s+(?:\w+ly\s+)?(?:modulating|activating|inhibiting|blocking|"
    r"targeting|stimulating|enhancing|suppressing|increasing|reducing|restoring|altering|triggering|inducing|"
    r"promoting|decreasing|attenuating|regulating|up-?regulating|down-?regulating|preventing)|"
    r"mechanisms?\s+(?:of\s+action\s+)?"
    r"(?:involv\w*|includ\w*|such\s+as|is|are|of))\b",
    _F,
)
#: "X's effect could be due to / is attributable to Y" (round 13): a mechanism only within X's own clause (", and
#: this effect could be due to Y" after "rats subjected to X" is not X's)
_DUE_TO = re.compile(r"\b(?:due|attribut(?:ed|able))\s+to\b", _F)
#: what may stand between the subject and "due to": "'s effect could be", "effect of X is partly"
_DUE_GAP = re.compile(r"^(?:['’]s)?\s*(?:(?:[\w-]+\s+){0,3}?(?:effects?|actions?|benefits?|efficacy)\s+)?"
                      r"(?:(?:is|are|was|were|may\s+be|might\s+be|could\s+be|can\s+be|seems?\s+to\s+be|"
                      r"appears?\s+to\s+be)\s+)?(?:\w+ly\s+)?$", _F)
#: "A is a / the (biological) basis of Y", "A forms the basis for Y" (round 14): A underlies Y; a copula or "form(s)",
#: "constitute(s)" first ("on the basis of" names a reason of the writer's, not a mechanism)
BASIS_OF = (r"(?:is|are|was|were|be|been|being|forms?|formed|constitutes?|constituted)\s+(?:\w+ly\s+)?"
            r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?bas(?:is|es)\s+(?:of|for)")
_MECHANISM_BACKWARD = re.compile(
    r"\b(?:mediat\w*|underl\w*|requir\w*|necessary\s+for|essential\s+for|involved\s+in|responsible\s+for|"
    rf"contribut\w*\s+to|role\s+in|implicated\s+in|{BASIS_OF})\b",
    _F,
)
_EFFECT_OF = re.compile(
    rf"\b(?:effects?|actions?|(?<!in\s)response|efficacy|properties|mechanisms?|benefits?|activit(?:y|ies))\s+(?:of|to)\s+"
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
#: "has attracted increasing attention / interest": said of the research, not of a marker's level
_DIRECTION_WORD = re.compile(
    rf"\b(?:(?P<up>{UP_WORDS})|(?P<down>{DOWN_WORDS})|(?P<neutral>{NEUTRAL_WORDS}))\b"
    r"(?!\s+(?:attention|interest|awareness|recognition|concern)\b)", _F
)
#: the cues of an association: "associated with", "linked to", "implicated in", "predicts", "characterized by",
#: "accompanied by" ("Depression is usually accompanied by neuro-inflammatory reactions", round 10), "elevated in"
_ASSOCIATION = re.compile(
    rf"\b(?:associat\w*\s+{_WS}{{0,3}}?(?:with|to)|link\w*\s+(?:\w+\s+){{0,2}}?(?:to|with)|"
    rf"(?:implicat|involv)\w*\s+{_WS}{{0,3}}?in|correlat\w*\s+(?:\w+\s+){{0,2}}?with|related\s+to|"
    rf"relationship\s+(?:with|to)|contribut\w*\s+(?:\w+\s+){{0,2}}?to|(?:roles?|parts?)\s+(?:\w+\s+){{0,2}}?in|"
    rf"predict\w*|(?:bio)?markers?\s+(?:of|for)|characteri[sz]\w*\s+by|underl\w*|driv(?:e|es|ing)|mediat\w*|"
    rf"accompan(?:y|ies|ied|ying)(?:\s+by)?|{BASIS_OF}|"
    rf"(?P<located>(?:{UP_WORDS}|{DOWN_WORDS}|{NEUTRAL_WORDS})\s+{_WS}{{0,4}}?(?:in|among)))\b",
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
#: "differences in X(, the ...,) are present in samples of individuals who died by Y": a change of the marker
#: found in the disorder's population (the change words before the marker, the finding after it)
_CHANGE_IN = re.compile(r"\b(?:differences?|changes?|alterations?|abnormalit(?:y|ies)|deficits?)\s+in\s+(?:the\s+)?$", _F)
_FOUND_IN = re.compile(
    rf"^\s*(?:,\s+(?:a|an|the)\s+[^,;]*,)?\s*(?:are|were|is|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    rf"(?P<cue>present|found|observed|seen|detected|reported|evident)\s+in\s+(?:[\w-]+\s+){{0,5}}?{POPULATION}\s+"
    rf"(?:with|who\s+(?:died\s+(?:by|of|from)|had|have|attempted)|diagnosed\s+with)\s+$",
    _F,
)
#: a change of no stated direction opening the clause (round 14): "Altered mucosal immunity in patients with Y",
#: "aberrant microglial activation was found in patients with Y": an association with no direction
_NEUTRAL_OPENING = r"altered|abnormal|aberrant|dysregulated|disturbed|disrupted"
#: "Higher levels of IL-6 and TNF-α were found in patients with Y (than in controls)", "a significant increase in
#: IL-6 in patients with Y": a direction word opening the clause before the marker (alone, after "there was", or
#: after a verb of showing; never after a mention, the agent of a change) ...
_OPENING_DIRECTION = re.compile(
    rf"(?:(?P<start>^)|[,;:]\s*|\b(?:show(?:s|ed|n)?|revealed|found|had|has|have|displayed|exhibited|"
    rf"demonstrated|(?:there|which)\s+(?:was|were|is|are))\s+)(?:(?:a|an|no)\s+)?(?:(?:\w+ly|significant|marked|"
    rf"small|moderate|large|slight)\s+)?(?P<dir>{UP_WORDS}|{DOWN_WORDS}|{_NEUTRAL_OPENING})(?:\s+(?:in|of))?\s+(?:(?:levels?|"
    rf"concentrations?|expression|numbers?|counts?|densit(?:y|ies)|production|activity|proportions?|percentages?|"
    rf"frequenc(?:y|ies))"
    rf"\s+(?:of\s+)?)?(?:(?:the\s+)?(?:serum|plasma|blood|peripheral|circulating|salivary|csf)\s+)?$",
    _F,
)
#: a word that says whether groups differ ("did not differ", "no significant difference", "comparable")
_DIFFERENCE = re.compile(r"\b(?:differ(?:s|ed|ing)?|differen(?:t|ces?)|comparable|similar)\b", _F)
#: a verb coordinated right after a target: the target closes an object, the verb belongs to the clause subject
_COORDINATED_VERB = re.compile(
    r"^\s*,?\s*and\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|plays?|played|may|might|can|could)\b", _F)
#: (round 38) a disorder that is the object of an agent's verb ("X ameliorated depression-like behaviours and reversed
#: the decrease in BDNF", "X induced depression and increased IL-6"): the verb coordinated after it is the agent's
_VERB_BEFORE_OBJECT = re.compile(
    r"\b(?:ameliorat|alleviat|attenuat|improv|revers|prevent|reliev|reduc|normali[sz]|rescu|abolish|block|"
    r"inhibit|suppress|induc|caus|produc|trigger|exacerbat|aggravat|worsen)\w*\s+(?:the\s+)?$", _F)
_AND_VERB_AFTER_OBJECT = re.compile(r"^[^,;]{0,40}?\band\s+(?:\w+ly\s+)?[a-z]+ed\b", _F)
_ASSOCIATION_OF = re.compile(
    rf"\b(?:association|associations|link|links|relationship|correlation|interplay|connection|role)\s+"
    rf"(?:between|of)\s+{_WS}{{0,3}}$",
    _F,
)
_HAVE = re.compile(r"\b(?:show|have|had|has|exhibit|display|present|demonstrat|manifest)\w*\b", _F)
_IN_POPULATION = re.compile(rf"^\s*{_WS}{{0,2}}?(?:in|among)\s+{_WS}{{0,3}}$", _F)
_IN_BEFORE = re.compile(rf"\b(?:in|among)\s+{_WS}{{0,3}}$", _F)
_COPULA_DIRECTION = re.compile(
    rf"^\s*{_WS}{{0,3}}?(?:is|are|was|were|been|being|be)?\s*(?:\w+ly\s+)?(?:{UP_WORDS}|{DOWN_WORDS}|{NEUTRAL_WORDS})\b",
    _F,
)


def acts_through(ctx: PairContext) -> RelationMatch | None:
    """Intervention -> pathway: the mechanism of action."""
    text, (b0, between) = ctx.text, _between(ctx)
    if ctx.subject_first:
        cue = _last(_MECHANISM_FORWARD, text, _lo(ctx), ctx.hi)
        if cue is None:
            cue = _DUE_TO.search(between)
            cue = None if cue is None or not _DUE_GAP.match(between[: cue.start()]) else cue
            return None if cue is None else RelationMatch("actsThrough", None, (b0 + cue.start(), b0 + cue.end()))
        return RelationMatch("actsThrough", None, (cue.start(), cue.end()))
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
    if not FOUND_IN_GROUP.match(between) or SUBGROUP_AFTER.match(ctx.text, ctx.second[1]):
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
    if ctx.subject_first and _VERB_BEFORE_OBJECT.search(text, max(0, ctx.first[0] - 40), ctx.first[0]) and (
            _AND_VERB_AFTER_OBJECT.match(between)):
        return None  # "X ameliorated depression and reversed the decrease in BDNF": the disorder is X's object
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
