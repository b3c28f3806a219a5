"""Negation scope and hedge detection for one sentence (NegEx-style, dependency-free).

A sentence *denies* a relation when a negation cue's **scope** reaches the relation's trigger word or its object
mention, not when a cue merely occurs somewhere in the sentence:

* a *forward* cue (``no``, ``not``, ``did not``, ``without``, ``failed to``, ``neither``/``nor``, ``absence of``,
  ``lack of``, ``non-significant`` ...) scopes over the words after it, up to the first terminator: ``. ; : ! ?``,
  a comma that does not continue a list of mentions, a conjunction that opens a new clause (``but``, ``however``,
  ``although``, ``whereas``, ``while``, ``which``, ``except`` ...), ``and`` followed by a past-tense verb
  (``... did not change IL-6 and reduced TNF``), or 15 words, whichever comes first;
* a *backward* cue (``unchanged``, ``was not observed``, ``not significant``, ``did not differ`` ...) scopes over
  the words before it, back to the previous terminator;
* *pseudo* cues (``not only``, also after an auxiliary: ``did not only``; ``no doubt``, ``whether or not``,
  ``not necessarily`` ...) negate nothing;
* a negated verb that takes a relation as its object (``alter``, ``affect``, ``prevent``, ``inhibit``, ``reverse``
  ...) ends the scope: "did not alter the increase in IL-1β in response to LPS" denies the alteration, not the
  increase;
* ``NO`` in capitals is nitric oxide, not a cue.

A statement is *hedged* when a speculative cue (``may``, ``might``, ``could``, ``possibly``, ``likely``,
``suggest``, ``hypothesis``, ``appears to``, ``seems to``, ``putative``, ``whether``, ``remains unclear``,
``we propose`` ...) or a non-assertive aim cue (``we aimed to``, ``the purpose of``, ``to investigate``,
``will``) lies in the statement's region: from the start of its clause (after ``;``, ``but``, ``however``,
``whereas``, ``although``, ``while``) to the end of the statement.

The functions read a sentence in which the caller may have *masked* each entity mention with ``§`` characters
(same length, so offsets do not move): a masked mention is one word, and a comma followed by a mention continues a
list instead of ending a scope.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from ..cues import Cue as _Search
from ..cues import Folded, fold

__all__ = ["AUXILIARY", "MASK", "NOT_KNOWN_PHRASES", "NOT_KNOWN_STATES", "Cue", "hedge_cues", "mask_spans", "is_hedged",
           "is_negated", "blank_window", "negation_cues", "negation_scopes", "short_of_significance"]

#: the character a caller uses to mask entity mentions in a sentence (one word per mention)
MASK = "§"


def mask_spans(text: str, spans: Iterable[tuple[int, int]], mask: str = MASK) -> str:
    """``text`` with the characters of every span (``(start, end)`` offsets within ``text``, in any order,
    overlapping or not) replaced by ``mask`` (:data:`MASK` unless given), its length kept; made from slices, not a
    list of characters (3x faster).

    >>> mask_spans("IL-6 and TNF rose", [(9, 12), (0, 4), (2, 3)])
    '§§§§ and §§§ rose'
    """
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if end <= at:
            continue
        if start > at:
            out.append(text[at:start])
            at = start
        out.append(mask * (end - at))
        at = end
    out.append(text[at:])
    return "".join(out)


def blank_window(text: str, lo: int, hi: int, spans: Iterable[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with the part of every span (offsets of ``text``) that falls inside it blanked with spaces:
    what stands between two mentions once other mentions are taken out of the way.

    >>> blank_window("A and B versus C", 2, 16, [(6, 7), (0, 1)])
    'and   versus C'
    """
    return mask_spans(text[lo:hi], [(max(s, lo) - lo, min(e, hi) - lo) for s, e in spans if s < hi and e > lo], " ")

#: forward negation cues: their scope runs to the right
_FORWARD = re.compile(
    r"\b(?:no|not|non-?significant(?:ly)?|insignificant(?:ly)?|neither|nor|never|none|nothing|cannot|can't|"
    r"without|absence\s+of|absent|lack(?:s|ed|ing)?(?:\s+of)?|fail(?:s|ed|ing|ure)?\s+to|free\s+of|"
    # "failure of X (, Y and Z) to reverse W": the failure of the agents named before "to" (not "heart failure of")
    r"(?<!heart\s)(?<!renal\s)(?<!kidney\s)(?<!liver\s)(?<!organ\s)(?<!respiratory\s)(?<!treatment\s)"
    r"failure\s+of(?=[^.;:]{1,100}?\bto\s+[a-z]+)|"
    r"did\s+not|does\s+not|do\s+not|n't|unable\s+to|devoid\s+of|ruled?\s+out|denie[sd]|den(?:y|ying))\b",
    re.IGNORECASE,
)
#: an exception: what follows is excluded from the statement
_EXCEPT = re.compile(r"\bexcept(?:\s+for)?\b", re.IGNORECASE)
_EXCEPT_CUE = _Search(_EXCEPT, "except")
#: backward negation cues: their scope runs to the left
_BACKWARD = re.compile(
    r"\b(?:unchanged|unaltered|unaffected|(?:was|were|is|are|been)\s+not\s+(?:\w+ly\s+)?(?:observed|found|"
    r"detected|seen|reported|confirmed|replicated|affected|altered|changed|significant|different)|"
    r"not\s+(?:statistically\s+)?significant|did\s+not\s+(?:significantly\s+)?(?:differ|change|reach)|"
    r"(?:was|were)\s+absent|(?:has|have|had)\s+never\s+been\s+(?:reported|observed|described|found|seen))\b",
    re.IGNORECASE,
)
_REPORTING = re.compile(r"\b(?:observed|found|detected|seen|reported|described)\b", re.IGNORECASE)
#: an auxiliary verb: before "not only" ("did not only", a pseudo cue) and after "nor" (an inverted clause); the
#: verb that ends :mod:`ipkg.extract.clause_links`' target phrase
AUXILIARY = r"(?:did|does|do|is|are|was|were|has|have|had|can|could|may|might|will|would|should)"
#: pseudo cues: contain a cue word but negate nothing
_PSEUDO = re.compile(
    rf"\b(?:(?:{AUXILIARY}\s+)?not\s+only|not\s+just|not\s+limited\s+to|not\s+necessarily|no\s+doubt|without\s+(?:any\s+)?doubt|"
    r"whether\s+or\s+not|if\s+not|with\s+or\s+without|with(?:\s+[\w-]+)?\s+and\s+without|not\s+previously|no\s+longer\s+only|not\s+least|nothing\s+but|"
    r"not\s+(?:yet\s+)?(?:fully\s+)?(?:understood|known|clear|certain|established|elucidated))\b",
    re.IGNORECASE,
)
#: words that end a negation scope (a new clause or a contrast)
_CONJUNCTION = re.compile(
    r"\b(?:but|however|although|though|whereas|while|whilst|yet|except|which|who|whom|whose|nevertheless|"
    r"nonetheless|instead|despite|in\s+contrast|apart\s+from|aside\s+from|because|since|thereby|thus|hence|"
    r"therefore|unlike)\b",
    re.IGNORECASE,
)
#: a negated verb whose object is itself a relation: the scope ends with the verb ("did not alter the increase in
#: IL-1β in response to LPS" denies the alteration, not the increase; (round 16) "this did not account for the
#: decrease in IFN-γ" denies the explanation, not the decrease)
_GOVERNOR = re.compile(
    r"\s+(?:\w+ly\s+)?(?:alter|affect|influence|modify|prevent|block|inhibit|reverse|attenuate|abolish|"
    r"antagoni[sz]e|mimic|interfere|require|involve|mediate|account\s+for)\w*\b",
    re.IGNORECASE,
)
#: "but not" before a mention set off by commas: the negation is the mention's alone ("X, but not Y, reduced Z")
_BUT_BEFORE = re.compile(r"\bbut\s+$", re.IGNORECASE)
_EXCEPTED = re.compile(rf"\s+(?:the\s+)?{MASK}+(?=\s*,|\s+(?:\w+ly\s+)?[a-z]+(?:ed|es)\b)")
#: (round 38) ... and "but not" before a noun phrase of any words, up to the clause's verb: "low dose (...) but not
#: high dose of X increased BDNF", "X at 10 but not 30 mg/kg reduced IL-6": only the contrasted phrase is denied,
#: the verb keeps its subject's statement (the verb: a past form, or a present form of change, after the first word)
_CONTRASTED_PHRASE = re.compile(
    r"\s+\S+(?:\s+(?!(?:\w+ly\s+)?(?:[a-z]{2,}ed|(?:increase|decrease|reduce|induce|produce|improve|"
    r"attenuate|reverse|prevent)s)\b)\S+){0,8}?(?=\s+(?:\w+ly\s+)?(?:[a-z]{2,}ed|(?:increase|decrease|reduce|"
    r"induce|produce|improve|attenuate|reverse|prevent)s)\b)", re.IGNORECASE)
_PUNCT = re.compile(r"[.;:!?]")
_COMMA = re.compile(r",")
#: a comma that continues a list of masked mentions does not end a scope
_LIST_CONTINUES = re.compile(rf"\s*(?:and\s+|or\s+)?(?:the\s+)?(?:\w+\s+)?{MASK}")
#: ``and``/``or`` followed by a past-tense verb opens a new verb phrase
_AND_VERB = re.compile(r"\b(?:and|or)\s+(?=(?:\w+ly\s+)?\w+ed\b)", re.IGNORECASE)
_WORD = re.compile(rf"[\w{MASK}]+(?:[-'][\w{MASK}]+)*")
_MAX_WORDS = 15

#: speculative language: the sentence only suggests the statement
_HEDGE = re.compile(
    r"\b(?:may|might|could|would|possibl[ey]|potential(?:ly)?|likely|unlikely|perhaps|presumabl[ey]|"
    r"probabl[ey]|putative(?:ly)?|conceivabl[ey]|plausibl[ey]|speculat\w*|suggest\w*|hypothes[ie][sz]\w*|"
    r"propos(?:e|es|ed|al)|postulat\w*|(?:appear|seem)(?:s|ed)?\s+to|remains?\s+(?:unclear|unknown|elusive|"
    r"uncertain|controversial|to\s+be\s+(?:determined|established|elucidated))|unclear|uncertain|"
    r"to\s+our\s+knowledge|whether|thought\s+(?:to|that)|believed\s+(?:to|that)|suspected\s+(?:to|that)|"
    r"presumed\s+(?:to|that)|candidate|"
    r"rais(?:e|es|ed|ing)\s+the\s+(?:hypothesis|possibility|question)|possibility\s+that|if|"
    r"speculat\w*|tentative(?:ly)?|preliminary|(?:hope|promise)\s+(?:for|as|in)|promising|(?:a|the)\s+trend\s+(?:for|toward|towards)|"
    r"not\s+(?:yet\s+)?(?:fully\s+)?(?:certain|known|clear|established|understood|elucidated)|"
    # non-assertive aims, questions and plans
    r"aim(?:s|ed)?\s+(?:to|of|was|is)|(?:the\s+)?purpose\s+of|objective|sought\s+to|"
    r"to\s+(?:investigate|examine|assess|evaluate|explore|determine|test|compare|study|clarify)|"
    # a review's account of what it covers (round 15): "We also review evidence for interventions that ... reduce
    # stress responses", "We summarise the literature on ...": what the review presents, not what it found
    r"we\s+(?:also\s+|then\s+|further\s+|briefly\s+|critically\s+)?(?:review|summari[sz]e|discuss|describe|outline|"
    r"overview)\s+(?:the\s+)?(?:current\s+|recent\s+|available\s+|existing\s+|emerging\s+)?(?:evidence|literature|"
    r"studies|data|findings|research|knowledge)|"
    r"(?:investigat|examin|assess|evaluat|explor)(?:e|es|ed|ing)\s+(?:whether|if|the\s+(?:effect|efficacy|"
    r"role|association|impact|safety))|will|protocol)\b",
    re.IGNORECASE,
)
#: a result short of significance, right before its trigger: "marginally significant decrease in CRP", "a trend
#: towards lower IL-6" (it governs that trigger only, not the significant result listed beside it)
_SHORT_OF_SIGNIFICANCE = re.compile(
    r"\b(?:(?:marginal(?:ly)?|borderline)\s+(?:statistically\s+)?significant|trend(?:ed|s|ing)?\s+"
    r"(?:toward|towards)(?:\s+(?:an?|the))?(?:\s+(?:statistically\s+)?significant(?:ly)?)?)\s+$",
    re.IGNORECASE,
)
#: hedge cues that are not hedges ("may" the month is rare in sentences; "could not" stays a negation only)
_NOT_HEDGE = re.compile(r"\b(?:could\s+not|would\s+not|no\s+potential|will\s+not)\b", re.IGNORECASE)
#: the words that say a thing is not known, after "remains" / "is": this module's trailing hedge and
#: :mod:`ipkg.extract.unclaimed`'s open questions both start from them and part after (see :data:`_TRAILING_HEDGE`)
NOT_KNOWN_STATES = "unclear|unknown|uncertain|elusive"
#: ... and the phrases after them that say the same ("poorly understood", "not (yet) (fully) known / clear /
#: understood / established"), which :mod:`ipkg.extract.role_mechanisms` reads as a gap too
NOT_KNOWN_PHRASES = r"poorly\s+understood|not\s+(?:yet\s+)?(?:fully\s+)?(?:known|clear|understood|established)"
#: hedges that follow what they govern: "the mechanism by which X acts in Y remains unclear"; a contested statement
#: ("remains controversial / debated") is hedged too, which is no open question for :mod:`ipkg.extract.unclaimed`
#: (its list of what is not known is longer: "has not been elucidated", "remains to be determined": a question whose
#: answer is missing, not a doubt on the statement before it, which this hedge reads within a clause)
_TRAILING_HEDGE = re.compile(
    rf"\b(?:remains?|is|are|was|were)\s+(?:still\s+|largely\s+)?(?:{NOT_KNOWN_STATES}|"
    rf"controversial|debated|speculative|hypothetical|{NOT_KNOWN_PHRASES})\b",
    re.IGNORECASE,
)
#: how far after a statement a trailing hedge may sit (characters)
_TRAILING_REACH = 300
#: a new clause that a hedge from an earlier clause does not govern
_CLAUSE = re.compile(
    r";|\b(?:but|however|whereas|although|though|while|whilst|in\s+contrast|nevertheless|nonetheless)\b",
    re.IGNORECASE,
)
# the whole-sentence scans of the patterns above, run folded over the lower-cased sentence (the same matches, ~2x
# faster: :class:`ipkg.cues.Cue`; ungated, as the empty needle is in every text)
_FORWARD_SCAN, _BACKWARD_SCAN, _PSEUDO_SCAN, _HEDGE_SCAN, _CLAUSE_SCAN = (
    _Search(pattern, "") for pattern in (_FORWARD, _BACKWARD, _PSEUDO, _HEDGE, _CLAUSE))


@dataclass(frozen=True, slots=True)
class Cue:
    """A negation cue in a sentence: its span and whether its scope runs ``forward`` or ``backward``."""

    start: int
    end: int
    direction: str  # "forward" | "backward"


def _pseudo_spans(view: Folded) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PSEUDO_SCAN.finditer(view)]


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def negation_cues(text: str) -> tuple[Cue, ...]:
    """The negation cues of a sentence, pseudo cues removed, in order of position.

    >>> [(c.direction, c.start) for c in negation_cues("IL-6 did not change; IL-8 was unchanged.")]
    [('forward', 5), ('backward', 5), ('backward', 30)]
    >>> negation_cues("Not only IL-6 but IL-8 rose.")
    ()
    >>> [t[c.start : c.end] for t in ["X did not antagonize A nor B caused by Y."] for c in negation_cues(t)]
    ['did not']
    """
    view = fold(text)
    pseudo = _pseudo_spans(view)
    cues = [Cue(m.start(), m.end(), "backward") for m in _BACKWARD_SCAN.finditer(view)]
    for m in _EXCEPT_CUE.finditer(view):
        # "a greater effect on all dimensions except anhedonia": the exception is denied, unless a negation
        # already governs it ("no change except in IL-6")
        if not _FORWARD.search(text, max(0, m.start() - 60), m.start()):
            cues.append(Cue(m.start(), m.end(), "forward"))
    for m in _FORWARD_SCAN.finditer(view):
        if m.group(0) == "NO":
            continue  # nitric oxide ("NO/cGMP pathway"), not a negation
        if not _inside(m.start(), m.end(), pseudo):
            cues.append(Cue(m.start(), m.end(), "forward"))
    cues = [c for c in cues if not _inside(c.start, c.end, pseudo)]
    return tuple(sorted(_continued_nor(text, set(cues)), key=lambda c: (c.start, c.end, c.direction)))


#: an auxiliary right after "nor" inverts a clause of its own: "nor did it prevent", "nor was it"
_INVERTED = re.compile(rf"\s+{AUXILIARY}\b", re.IGNORECASE)


def _continued_nor(text: str, cues: set[Cue]) -> set[Cue]:
    """``cues`` without a "nor" that continues the list of an earlier forward cue of its clause: "did not
    antagonize A nor B caused by Y" and "neither A nor B" say "not ... A or B", so the earlier cue's scope (ended by
    its governing verb, :data:`_GOVERNOR`) is the one that counts; a "nor" after a clause end ("..., nor ...") or
    that opens an inverted clause of its own ("nor did it prevent B") keeps its own."""
    nors = [c for c in cues if c.direction == "forward" and text[c.start : c.end].lower() == "nor"
            and not _INVERTED.match(text, c.end)]
    if not nors:
        return cues
    stops = _terminators(text)
    for nor in nors:
        if any(c.direction == "forward" and c.end <= nor.start and not any(c.end <= s < nor.start for s, _ in stops)
               for c in cues):
            cues.discard(nor)
    return cues


def _terminators(text: str) -> list[tuple[int, int]]:
    """Spans that end a negation scope."""
    spans = [(m.start(), m.end()) for m in _PUNCT.finditer(text) if not _decimal_point(text, m.start())]
    spans += [(m.start(), m.end()) for m in _CONJUNCTION.finditer(text)]
    spans += [(m.start(), m.end()) for m in _AND_VERB.finditer(text)]
    for m in _COMMA.finditer(text):
        if not _LIST_CONTINUES.match(text, m.end()):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _decimal_point(text: str, index: int) -> bool:
    return text[index] == "." and 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


@functools.lru_cache(maxsize=512)
def negation_scopes(text: str) -> tuple[tuple[int, int], ...]:
    """The character spans that negation cues govern (each includes its cue).

    >>> t = "Ketamine did not reduce IL-6, but it raised TNF."
    >>> [t[s:e] for s, e in negation_scopes(t)]
    ['did not reduce IL-6']
    >>> t = "IL-6 levels remained unchanged after treatment."
    >>> [t[s:e] for s, e in negation_scopes(t)]
    ['IL-6 levels remained unchanged']
    """
    cues = negation_cues(text)
    if not cues:
        return ()
    stops = _terminators(text)
    stop_starts = [s for s, _ in stops]
    # bounds for the backward cues, by end: all stops, and the stops that are not commas (reporting cues)
    ends_all = sorted(e for _, e in stops)
    ends_no_comma = sorted(e for s, e in stops if text[s] != ",")
    scopes: list[tuple[int, int]] = []
    for cue in cues:
        if cue.direction == "forward":
            at = bisect.bisect_left(stop_starts, cue.end)
            end = stop_starts[at] if at < len(stop_starts) else len(text)
            words = list(islice(_WORD.finditer(text, cue.end, end), _MAX_WORDS + 1))
            if len(words) > _MAX_WORDS:
                end = words[_MAX_WORDS - 1].end()
            governor = _GOVERNOR.match(text, cue.end)
            if governor is not None:
                end = min(end, governor.end())  # "did not alter the increase in X": the increase is not denied
            contrast = _BUT_BEFORE.search(text, max(0, cue.start - 6), cue.start) is not None
            excepted = _EXCEPTED.match(text, cue.end) if contrast else None
            if excepted is not None:
                end = min(end, excepted.end())  # "X, but not Y, reduced Z": only Y is denied
            elif contrast and text[cue.start : cue.end].lower() == "not":
                phrase = _CONTRASTED_PHRASE.match(text, cue.end, end)
                if phrase is not None:
                    end = phrase.end()  # "low dose but not high dose of X increased Z": only the high dose is denied
            scopes.append((cue.start, _rstrip(text, cue.start, end)))
        else:
            # a reporting cue ("was not observed", "have never been reported") governs its whole subject, commas
            # and all; the others ("unchanged", "not significant") stop at a comma
            reporting = _REPORTING.search(text, cue.start, cue.end) is not None
            ends = ends_no_comma if reporting else ends_all
            at = bisect.bisect_right(ends, cue.start)
            start = ends[at - 1] if at else 0
            while start < cue.start and text[start].isspace():
                start += 1
            scopes.append((start, cue.end))
    return tuple(scopes)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def is_negated(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """True when a negation scope of ``text`` overlaps any of ``spans`` (a trigger, an object mention).

    >>> t = "No serious adverse effect was observed."
    >>> is_negated(t, [(t.find("adverse effect"), t.find("adverse effect") + 14)])
    True
    >>> t = "Ketamine reduced IL-6 but did not change TNF."
    >>> is_negated(t, [(9, 16)]), is_negated(t, [(t.find("change"), t.find("change") + 6)])
    (False, True)
    """
    starts, longest, scopes = _scope_index(text)
    for s, e in spans:
        # only scopes that start before the span ends and at most the longest scope's length before it starts
        for at in range(bisect.bisect_left(starts, s - longest), bisect.bisect_left(starts, e)):
            if s < scopes[at][1]:
                return True
    return False


@functools.lru_cache(maxsize=512)
def _scope_index(text: str) -> tuple[list[int], int, list[tuple[int, int]]]:
    scopes = sorted(negation_scopes(text))
    return [s for s, _ in scopes], max((e - s for s, e in scopes), default=0), scopes


@functools.lru_cache(maxsize=512)
def hedge_cues(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the speculative or non-assertive cues of a sentence.

    >>> t = "These results suggest that IL-6 may contribute to depression."
    >>> [t[s:e] for s, e in hedge_cues(t)]
    ['suggest', 'may']
    """
    blocked = [(m.start(), m.end()) for m in _NOT_HEDGE.finditer(text)]
    return tuple(
        (m.start(), m.end()) for m in _HEDGE_SCAN.finditer(fold(text)) if not _inside(m.start(), m.end(), blocked)
    )


def is_hedged(text: str, start: int, end: int) -> bool:
    """True when a hedge cue governs the statement that spans ``text[start:end]``.

    The region searched runs from the start of the statement's clause to ``end``.

    >>> t = "Elevated IL-6 may contribute to depression."
    >>> is_hedged(t, 9, len(t) - 1)
    True
    >>> t = "IL-6 may rise in mania; however, ketamine reduced IL-6."
    >>> is_hedged(t, t.find("ketamine"), len(t) - 1)
    False
    """
    if text.rstrip().endswith("?"):
        return True  # a question asserts nothing
    clause_starts, clause_ends, cue_starts, cues = _hedge_index(text)
    at = bisect.bisect_right(clause_ends, start)
    clause_start = clause_ends[at - 1] if at else 0
    at = bisect.bisect_left(clause_starts, end)
    clause_end = clause_starts[at] if at < len(clause_starts) else len(text)
    # a trailing hedge follows its statement closely ("... acts in Y remains unclear"): read at most
    # _TRAILING_REACH characters on, so that a long clause costs no more than a short one
    if _TRAILING_HEDGE.search(text, end, min(clause_end, end + _TRAILING_REACH)) is not None:
        return True
    # the first cue starting in the clause is the one that ends first (cue matches do not overlap)
    at = bisect.bisect_left(cue_starts, clause_start)
    return at < len(cues) and cues[at][1] <= end


def short_of_significance(text: str, trigger_start: int) -> bool:
    """True when the trigger at ``trigger_start`` is stated as only approaching significance (a hedge).

    >>> t = "a significant decrease in IL-6 and a marginally significant decrease in CRP"
    >>> short_of_significance(t, t.rfind("decrease")), short_of_significance(t, t.find("decrease"))
    (True, False)
    """
    return _SHORT_OF_SIGNIFICANCE.search(text, max(0, trigger_start - 60), trigger_start) is not None


@functools.lru_cache(maxsize=512)
def _hedge_index(text: str) -> tuple[list[int], list[int], list[int], tuple[tuple[int, int], ...]]:
    clauses = [(m.start(), m.end()) for m in _CLAUSE_SCAN.finditer(fold(text))]
    cues = hedge_cues(text)
    return [s for s, _ in clauses], [e for _, e in clauses], [s for s, _ in cues], cues
