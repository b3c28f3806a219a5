"""What the relation patterns share: the pair context, the relation match, the word classes and the helpers that
find where a trigger may sit (:mod:`ipkg.extract.relations` composes the patterns of
:mod:`ipkg.extract.relation_conditions` and :mod:`ipkg.extract.relation_targets` over them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .negation import MASK

__all__ = ["CONDITION_CLASSES", "MODULATED_CLASSES", "NO_CHANGE", "POPULATION", "PairContext", "RelationMatch",
           "verb_before_list"]

#: the direction of a modulation that the sentence says did not happen ("unchanged", "no effect on")
NO_CHANGE = "no-change"
#: the classes an intervention modulates and a disorder is associated with
MODULATED_CLASSES = frozenset({"ImmuneCell", "Cytokine", "Pathway"})
#: what an intervention treats or causes as an adverse effect: disorders and signs or symptoms
CONDITION_CLASSES = frozenset({"Disorder", "Phenotype"})

_F = re.IGNORECASE
#: the words that name a study's population ("patients", "individuals", "mice")
POPULATION = (
    r"(?:patients?|subjects?|individuals?|adults?|people|participants?|child(?:ren)?|adolescents?|youths?|"
    r"outpatients?|inpatients?|wom[ae]n|m[ae]n|persons?|those|veterans?|animals?|rats?|mice|monkeys?|primates?|"
    r"dogs?|pigs?|cases|models?)"
)
_W = rf"[\w{MASK}'’+/-]+"  # one word (a masked mention is one word)
_WS = rf"(?:{_W}\s+)"  # a word and its trailing space

_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", _F)
_BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b", _F)
_PRONOUN = re.compile(r"\b(?:it|they|this|these|which|who|he|she|we)\b", _F)
#: the verb right after its subject: "X (treatment) (significantly) reduced"
_VERB_AFTER_SUBJECT = re.compile(r"\s*(?:(?:treatment|administration|therapy|infusions?|injections?)\s+)?(?:\w+ly\s+)?", _F)
#: a list of short noun phrases, comma-separated, before the object: "immobility time, serum corticosterone and"
_NP_ITEM_WORD = (
    rf"(?!(?:was|were|is|are|has|have|had|which|that|who|whereas|while|but|when|after|before|in|by|with|to|than)\b)"
    rf"[\w{MASK}'’+/()-]+"
)
#: (each item's words are separated by spaces, so that a word is matched one way only: no backtracking blow-up)
_NP_LIST = re.compile(
    rf"\s+(?:(?:the\s+)?{_NP_ITEM_WORD}(?:\s+{_NP_ITEM_WORD}){{0,4}}\s*,\s*)+(?:and\s+)?(?:{_NP_ITEM_WORD}\s+){{0,3}}$", _F
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
    object are not separated by a comma: "X decreased symptoms, an effect attributed to ... Y"; but "(e.g.," and
    "(i.e.," introduce examples of what precedes them)."""
    breaks = [m.end() for m in _BREAK.finditer(ctx.text, ctx.lo, ctx.hi)]
    commas = [ctx.lo + i + 1 for i, c in enumerate(ctx.text[ctx.lo : ctx.hi])
              if c == "," and ctx.text[max(0, ctx.lo + i - 4) : ctx.lo + i].lower() not in ("e.g.", "i.e.")]
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


def _hyphenated(text: str, match: re.Match[str], subject: tuple[int, int]) -> bool:
    """True when a trigger is hyphenated to a word other than the subject ("stress-induced", "ICS-induced")."""
    return bool(match.start()) and text[match.start() - 1] == "-" and match.start() - 1 != subject[1]


def _owned(text: str, match: re.Match[str], subject: tuple[int, int]) -> bool:
    """Whether a trigger after the subject is the subject's: not when hyphenated to another word ("stress-induced",
    "ICS-induced"), and not in the passive ("X episodes were induced by Y": X undergoes, Y acts)."""
    if _hyphenated(text, match, subject):
        return False
    return not (_PASSIVE_BEFORE.search(text, max(0, match.start() - 25), match.start())
                and _BY_AFTER.match(text, match.end()))


#: (round 15) a clause opened by a contrast word or ", and", whose own subject may follow
_CLAUSE_OPENING = re.compile(rf"{_BREAK.pattern}|,\s+and\b", _F)
#: the modals and the finite forms of "be", "have" and "do"
_AUXILIARIES = r"can|could|may|might|will|would|should|must|is|are|was|were|has|have|had|does|do|did"
#: a verb form that shows a clause has its own subject before the trigger: an auxiliary, a modal, a past form
_FINITE_WORD = re.compile(rf"\b(?:{_AUXILIARIES}|[a-z]{{3,}}ed)\b", _F)
#: what opens a clause without a subject of its own: an elided subject's verb or adverb ("but also raised B",
#: ", and significantly improved", ", however, is"), a preposition ("but in controls"), an existential "there" (", and
#: there were no group differences in ...": still the groups' result), a mention (coordination is pairing's)
_NO_OWN_SUBJECT = re.compile(
    rf"[\s,]*(?:{MASK}|(?:[a-z]+ly|also|not|only|then|thus|thereby|further|even|still|there|in|at|after|before|during|with|"
    r"without|for|by|on|to|from|among|under|upon|following|compared|when|if|as|so|"
    rf"{_AUXILIARIES}|[a-z]+ed|[a-z]+ing)\b)",
    _F,
)


def _new_subject(ctx: PairContext, trigger: int) -> bool:
    """True when a clause break with a subject of its own stands between the subject and the trigger ("X lowered A,
    while it raised B": "it" may be anything); (round 15) the subject may be a noun phrase with a verb of its own
    before the trigger, after a contrast or ", and" ("The low-protein diet reduced A, but JAWS cells, which
    exhibited ..., increased the response of B"; "the use of X increases the risk of A, and medications for A can
    exacerbate B"): the trigger is that subject's."""
    breaks = [m.end() for m in _BREAK.finditer(ctx.text, ctx.first[1], trigger)]
    if breaks and _PRONOUN.search(ctx.text, max(breaks), trigger):
        return True
    opening = _last(_CLAUSE_OPENING, ctx.text, ctx.first[1], trigger)
    if opening is None or _NO_OWN_SUBJECT.match(ctx.text, opening.end()):
        return False
    head = ctx.first[0] if ctx.head < 0 else min(ctx.head, ctx.first[0])
    if opening.group().startswith(",") and ("," in ctx.text[ctx.first[1] : opening.start()]
                                            or "," in ctx.text[max(0, head - 3) : ctx.first[0]]):
        return False  # "X, Y, Z, and certain anti-inflammatories have been shown to": the end of a list, no clause
    return _FINITE_WORD.search(ctx.text, opening.end(), trigger) is not None




def verb_before_list(ctx: PairContext, verbs: re.Pattern[str]) -> re.Match[str] | None:
    """The verb (of ``verbs``) right after the subject when the object ends a list of short noun phrases after it
    ("X decreased immobility time, serum corticosterone and IL-6 levels", "X improved sleep quality, fatigue and
    depressive symptoms"): no clause, no preposition, no verb inside the list."""
    text = ctx.text
    at = _VERB_AFTER_SUBJECT.match(text, max(ctx.first[1], ctx.tail)).end()
    verb = verbs.match(text, at, ctx.hi)
    if verb is None or not _NP_LIST.match(text, verb.end(), ctx.hi):
        return None
    return verb
