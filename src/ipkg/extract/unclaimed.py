"""Clauses that claim nothing (round 19, issue 12): a text's statement of its own scope, an open question, a purpose.

A sentence can report what a review or chapter is about, ask what is not known or say what an experiment was for,
and still name a subject and an object a relation pattern joins:

* **scope**: a reporting verb whose subject is the text or its authors: "This review / chapter / article discusses,
  summarises, focuses on, highlights, explores, reviews, provides a review of ...", "In this chapter, the author
  reviews ... and also discuss the potential of X for the treatment of Y", "We (also) discuss / review / focus on /
  highlight / summarise ...", and (round 19c) a review's listing of its own contents: "We also list X, Y and Z as
  therapies for W", "This review tabulates ...", "X and Y are listed here" (a list claims nothing of its items);
* **an open question**: a "whether / how / if" clause or a topic whose verb says it is not known ("whether X can
  alleviate Y ... have not been fully understood", "the role of X in Y remains unclear / unknown / to be
  determined / poorly understood", "It remains unclear whether X affects Y"). A topic whose mechanism, role or
  prognosis is unknown ("the role of X in doxorubicin-induced apoptosis is unknown", "little is known about the
  consequences of X-induced lesions") presupposes its relations: it is no question of them, and stays;
* **a purpose clause** opening the sentence ("To clarify the role of X in Y, we ...", "In order to explore ...");
* (round 22) **an aim that asks**, whatever section the sentence is read in ("Secondary objectives will examine if X
  may be associated with Y", "We will test whether ..."), and **divided evidence** ("Current evidence is
  conflicting on the use of X for Y", "data on X in Y remain inconclusive"), which is presented, not claimed;
* (round 25) **a relation unexplored or under study** ("..., it has remained relatively unexplored in Y", "the
  efficacy of X in Y is currently being evaluated", "..., and its efficacy in Y is being investigated"), where an
  argument named only inside the span is claimed by no one though the other stands outside (:func:`untested_spans`,
  which holds the aims that ask too: "the X study was designed to determine whether X has benefits in Y"), and **an
  outlook** ("a better understanding of X in Y can provide ...", "could contribute to a better understanding of").

:func:`scope_spans` and :func:`unclaimed_spans` give the character spans (sentence-relative) those clauses cover;
the clause ends at a semicolon or the sentence's end (scope, a question after its verb), at its verb of ignorance (a
question before it) or at the comma that closes an opening purpose clause. A finding whose subject and object are
named only inside such spans is a question or a purpose (:func:`unclaimed`: no finding) or what a review presents
(:func:`in_scope`: hedged, as the curated tune parts record "we discuss the possible role of X in Y"). Round 22: a
scope names its relation as a hypothesis only with a word of one ("possible", "potential", "may", "whether" ...);
without one ("This review focuses on the uses of X in Y", "In this review, we collect data on the efficacy of X in
patients with Y") it claims nothing (:func:`unclaimed`), as the tune parts record nothing for 15 such sentences and
the fresh samples' reader judges them not stated; divided evidence is hedged (:func:`in_scope`). A result
stated in another clause of the same sentence ("X reduced Y; whether Z does remains unclear") keeps its finding, and
a review's own established statement ("X is known to reduce Y", "Current research shows that X has a preventive
effect on Y") is no scope and stays as stated.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .negation import NOT_KNOWN_STATES

if TYPE_CHECKING:
    from ..models import Finding
    from .annotate import Sentence

__all__ = ["claimless_spans", "in_scope", "presented_spans", "scope_spans", "unclaimed", "unclaimed_spans",
           "untested_spans"]

_F = re.IGNORECASE
_TEXT = r"(?:review|minireview|mini-review|chapter|article|paper|overview|perspective|commentary|editorial)"
_REPORT_VERB = (r"(?:discuss(?:es|ed)?|summari[sz](?:es|ed|e)|focus(?:es|ed)?\s+on|highlight(?:s|ed)?|"
                r"explor(?:es|ed|e)|reviews?|reviewed|outlin(?:es|ed|e)|address(?:es|ed)?|consider(?:s|ed)?|"
                r"lists?|listed|tabulat(?:es|ed|e)|"
                r"provid(?:es|ed|e)\s+(?:an?\s+)?"
                r"(?:(?:brief|short|comprehensive|narrative|critical|updated)\s+)?(?:review|overview|summary|"
                r"account)|collect(?:s|ed)?\s+(?:the\s+)?(?:data|evidence|studies|findings|literature)\s+"
                r"(?:on|about|regarding|concerning))")
#: scope: the text or its authors as the subject of a reporting verb; the clause runs to a semicolon or the end
#: ("describes", "examines", "documents" are not among the verbs: "This article describes two patients in whom X
#: caused Y" is a case report's result)
_SCOPE = re.compile(
    rf"\b(?:(?:this|the\s+present|the\s+current|our)\s+{_TEXT}\s+(?:also\s+|further\s+|briefly\s+|then\s+|first\s+)?"
    rf"{_REPORT_VERB}|(?:in\s+this\s+{_TEXT}\s*,\s*)(?:we|the\s+authors?)\s+(?:also\s+|further\s+|briefly\s+)?"
    rf"{_REPORT_VERB}|\bwe\s+(?:also\s+|further\s+|briefly\s+|then\s+|first\s+|here\s+|critically\s+)?"
    r"(?:discuss|review|summari[sz]e|highlight|focus\s+on|list|tabulate|collect\s+(?:data|evidence)\s+on))\b[^;]*",
    _F,
)
#: what is not known: :data:`ipkg.extract.negation.NOT_KNOWN_STATES` and more ("not yet elucidated", "remains to be
#: determined", "has never been explained", "still needs to be examined", "warrants further study"); negation's
#: trailing hedge reads a shorter list plus contested wording
_NOT_KNOWN = (rf"(?:(?:remains?|is|are|was|were)\s+(?:still\s+|largely\s+|currently\s+|yet\s+)?(?:{NOT_KNOWN_STATES}|"
              r"(?:poorly|not\s+(?:yet\s+)?(?:fully\s+|well\s+|completely\s+)?)(?:understood|known|"
              r"clear|elucidated|established|characteri[sz]ed)|to\s+be\s+(?:determined|elucidated|established|"
              r"clarified|explored))|(?:has|have)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:fully\s+|well\s+|"
              r"completely\s+|clearly\s+)?(?:understood|elucidated|clarified|established|determined|explained)|"
              # (round 34) a question left to later work: "whether X prevents Y still needs to be examined"
              r"(?:still\s+)?(?:needs?|requires?|warrants?)\s+(?:to\s+be\s+)?(?:further\s+)?(?:examined|"
              r"investigated|studied|explored|determined|clarified|confirmed|evaluated|established|study|"
              r"investigation|research|examination|evaluation|confirmation)|should\s+be\s+(?:further\s+)?"
              r"(?:examined|investigated|studied|explored|determined|clarified|confirmed|evaluated))")
#: a question or a topic before its verb of ignorance ("whether X ... have not been fully understood", "the role
#: of X in Y remains unclear"): from the clause's start to the verb; the clause starts after the last semicolon, colon
#: or comma that opens a new clause ("..., though the conditions", "..., but methods", "..., the mechanism",
#: "..., which") before the verb, else at the sentence's start
_NOT_KNOWN_VERB = re.compile(rf"\b{_NOT_KNOWN}\b", _F)
_CLAUSE_START = re.compile(
    r"[;:]\s*|,\s*(?:but|however|yet|though|although|while|whereas)\b\s*,?\s*|"
    r",\s*(?=(?:the|its|their|this|these|it|how|whether|what|why|which)\b)",
    _F,
)
#: a passive verb of discussion whose subject is the topic ("The present understanding of X in Y is summarized in
#: this review", "The role of X in Y is discussed here"): from the clause's start to the verb
_PASSIVE_SCOPE = re.compile(
    rf"(?:^|(?<=;))[^;]*?\b(?:is|are)\s+(?:also\s+|briefly\s+|further\s+|critically\s+)?(?:discussed|reviewed|"
    rf"summari[sz]ed|outlined|highlighted|described|considered|listed|tabulated)\s+(?:here|herein|below|"
    rf"in\s+(?:this|the\s+present)\s+(?:\w+\s+)?{_TEXT})\b",
    _F,
)
#: a clause that asks (the question before its verb of ignorance must be one; a noun topic presupposes its relations)
_WH_START = re.compile(r"(?:however\s*,\s*|but\s+|yet\s+|(?:al)?though\s+)?(?:whether|if|how|why|"
                       r"to\s+what\s+extent)\b", _F)
#: a relation named by a hyphenated participle ("bupropion-induced seizures", "cocaine-associated chest pain"): the
#: question presupposes it
_PRESUPPOSED = re.compile(r"-(?:induced|associated|related|mediated|evoked|triggered|elicited|dependent)\b", _F)
#: a question after its verb of ignorance ("It remains unclear whether X affects Y", "little is known about X"):
#: to a semicolon or the end
_QUESTION_AFTER = re.compile(
    rf"\b(?:{_NOT_KNOWN}\s+(?:whether|if|how|what|why|to\s+what\s+extent)|little\s+is\s+(?:yet\s+)?known\s+"
    r"(?:whether|how))\b[^;]*",
    _F,
)
#: an aim or a plan that asks, to a semicolon or the end ("Secondary objectives will examine if X may be associated
#: with Y", "The aim was to determine whether X reduces Y", "We will test whether ..."): a protocol's or a study's
#: question, whatever the section the sentence is read in
_AIM_QUESTION = re.compile(
    r"\b(?:(?:objectives?|aims?|goals?|purposes?)\s+(?:[\w-]+\s+){0,2}?(?:will|is|are|was|were)|we\s+(?:will|aim\s+to|"
    r"aimed\s+to|sought\s+to|set\s+out\s+to|intend\s+to|plan\s+to)|(?:is|are|was|were)\s+designed\s+to)\s+(?:to\s+)?"
    r"(?:examine|determine|investigate|assess|test|explore|evaluate|establish|clarify|ask|identify)\s+(?:whether|if)\b"
    r"[^;]*",
    _F,
)
#: a purpose clause opening the sentence, to its closing comma ("To clarify the role of X in Y, we ...")
_PURPOSE = re.compile(
    r"^(?:in\s+order\s+)?to\s+(?:investigate|examine|explore|determine|clarify|elucidate|assess|evaluate|test|"
    r"study|address|understand|identify)\b[^;,]*(?:,[^;,]*)*?,\s*(?=(?:we|the|our|a|an|this|these)\b)",
    _F,
)


#: a statement that the evidence on a relation is divided or thin, to a semicolon or the end ("Current evidence is
#: conflicting on the use of X for the treatment of Y", "data on X in Y remain inconclusive", the topic at most 120
#: characters), to a semicolon or a contrast ("..., but X reduced Y" is claimed): presented, not claimed; hedged as a
#: review's scope is (not "inconsistent with", which contradicts)
#: the words of divided or thin evidence (the pattern's alternatives and the word gate that spares its scan)
_CONTESTED_WORDS = ("conflicting", "mixed", "inconsistent", "inconclusive", "contradictory", "controversial",
                    "equivocal", "limited", "scarce", "sparse", "insufficient", "lacking")
_CONTESTED = re.compile(
    r"\b(?:evidence|data|results|findings|literature|studies)(?:\s+(?:on|about|regarding|concerning|for|of)\s+"
    r"[^;,.]{1,120}?)?\s+(?:is|are|remains?|has\s+been|have\s+been)\s+"
    r"(?:still\s+|largely\s+|currently\s+|rather\s+)?(?:"
    + "|".join(w + r"(?!\s+with)" if w == "inconsistent" else w for w in _CONTESTED_WORDS) + r")\b"
    r"(?:(?!\b(?:but|however|whereas|although|though|while|yet)\b)[^;])*",
    _F,
)
#: a word inside a statement of scope that makes its relation the review's hypothesis ("we discuss the possible
#: role of X in Y", "the potential of X as a treatment for Y") or a claim the review weighs ("We also review
#: evidence for interventions that ... reduce stress responses", "This review highlights the essential role of X in
#: Y", which the fresh samples' reader counts as the review's stated theme): hedged, as the curated tune parts record it; a
#: scope without one ("This review focuses on the uses of X in Y", "we collect data on the efficacy of X in Y")
#: claims nothing (:func:`unclaimed`)
_SCOPE_HEDGE = re.compile(r"\b(?:possibl[ey]|potential(?:ly)?|putative|may|might|could|promising|emerging|"
                          r"candidate|hypothe\w*|whether|if|evidence\s+(?:for|that|of|on|supporting)|highlight\w*|"
                          r"emphasi[sz]\w*|underscor\w*)\b", _F)


#: (round 25) a relation said to be unexplored where it lies: "While the IL-23/IL-17 axis plays a role in immune
#: disorders, it has remained relatively unexplored in neuropsychiatric disorders", "its role has been understudied
#: in Y": from the verb to a semicolon or the end; an argument named only there is no claim's (:func:`unclaimed`)
_UNEXPLORED = re.compile(
    r"\b(?:has|have|had)\s+(?:remained|been)\s+(?:relatively\s+|largely\s+|mostly\s+|so\s+far\s+|little\s+)?"
    r"(?:unexplored|understudied|unstudied|uninvestigated|overlooked|neglected|unaddressed)\b[^;]*|"
    r"\b(?:remains?|is|are)\s+(?:relatively\s+|largely\s+|still\s+)?(?:unexplored|understudied|uninvestigated)\s+"
    r"(?:in|among|for)\b[^;]*",
    _F,
)
#: (round 25) a topic under study and an outlook: "The efficacy of X in Y is currently being evaluated", "X is under
#: investigation for Y" (the clause, from its start: a semicolon, a colon, a comma before a conjunction, or the "and"
#: of a second predicate: "X is an established therapy for A and is being investigated for B" keeps A);
#: "A better understanding of the role of X in Y can provide new therapies", "could contribute to a better
#: understanding of X in Y" (what a better understanding would cover, to a semicolon or the end)
_UNDER_STUDY = re.compile(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+|presently\s+)?(?:being\s+(?:evaluated|investigated|studied|"
    r"tested|explored|examined|assessed)|under\s+(?:investigation|evaluation|study))\b[^;]*",
    _F,
)
_STUDY_CLAUSE_START = re.compile(
    r"[;:]\s*|,\s*(?:and|but)\s+|\b(?:while|whereas)\s+|\band\s+(?=(?:is|are)\s+(?:\w+\s+)?(?:being|under)\b)", _F)
_OUTLOOK = re.compile(
    r"\b(?:an?\s+)?(?:better|deeper|improved|greater|fuller|clearer|more\s+complete)\s+understanding\s+of\b[^;]*?"
    r"\b(?:can|could|may|might|will|would|should)\b[^;]*|\b(?:can|could|may|might|will|would)\s+(?:\w+\s+){0,3}?"
    r"(?:to\s+)?(?:an?\s+)?(?:better|deeper|improved|greater|fuller|clearer)\s+understanding\s+of\b[^;]*",
    _F,
)
_UNDER_STUDY_WORDS = ("unexplored", "understudied", "unstudied", "uninvestigated", "overlooked", "neglected",
                      "unaddressed", "being ", "under ")

#: words one of which each pattern needs (lower case): a sentence without them is not scanned (the scans cost ~25
#: microseconds a sentence each, the look-ups ~3 together)
_SCOPE_WORDS = ("review", "chapter", "article", "paper", "overview", "perspective", "commentary", "editorial",
                "we discuss", "we summar", "we highlight", "we focus", "we also", "we further", "we briefly",
                "we then", "we first", "we here", "we critically", "we collect", "we list", "we tabulate")
_QUESTION_WORDS = ("clear", "known", "uncertain", "elusive", "understood", "elucidated", "established", "characteri",
                   "determined", "clarified", "explained", "explored", "need", "require", "warrant", "should be")
_PURPOSE_START = ("to ", "in order to ")


@lru_cache(maxsize=512)
def scope_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` (a sentence) that state the text's own scope (active or passive); cached, as the
    findings of one sentence ask in turn."""
    low = text.lower()
    if not any(word in low for word in _SCOPE_WORDS):
        return ()
    return tuple(m.span() for pattern in (_SCOPE, _PASSIVE_SCOPE) for m in pattern.finditer(text))


@lru_cache(maxsize=512)
def presented_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` that present a relation without claiming it, which :func:`in_scope` hedges: a scope
    with a word of hypothesis (:data:`_SCOPE_HEDGE`), and a statement that the evidence is divided or thin."""
    spans = [span for span in scope_spans(text) if _SCOPE_HEDGE.search(text, *span)]
    low = text.lower()
    if any(word in low for word in _CONTESTED_WORDS):
        spans += [m.span() for m in _CONTESTED.finditer(text)]
    return tuple(spans)


@lru_cache(maxsize=512)
def unclaimed_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` (a sentence) that ask an open question, state a purpose or an outlook, or state the
    text's scope without a word of hypothesis (module docstring; an aim that asks is :func:`untested_spans`')."""
    low = text.lower()
    spans = [m.span() for m in _PURPOSE.finditer(text)] if low.startswith(_PURPOSE_START) else []
    spans += [span for span in scope_spans(text) if not _SCOPE_HEDGE.search(text, *span)]
    if "understanding of" in low:
        spans += [m.span() for m in _OUTLOOK.finditer(text)]
    if not any(word in low for word in _QUESTION_WORDS):
        return tuple(spans)
    spans += [m.span() for m in _QUESTION_AFTER.finditer(text)]
    verbs = list(_NOT_KNOWN_VERB.finditer(text))
    bounds = [(b.start(), b.end()) for b in _CLAUSE_START.finditer(text)] if verbs else []
    for verb in verbs:
        at = bisect.bisect_left(bounds, (verb.start(), 0))  # the boundaries that start before the verb
        start = bounds[at - 1][1] if at else 0
        if start <= verb.start() and _WH_START.match(text, start):
            spans.append((start, verb.end()))
    return tuple(spans)


def _within(sentence: Sentence, finding: Finding, spans: tuple[tuple[int, int], ...], either: bool = False) -> bool:
    """True when every mention in ``sentence`` of the finding's subject or object lies inside ``spans`` (and at
    least one does: an argument resolved from an anaphor, "these conditions", has no mention); with ``either``,
    when every mention of one of the two does ("it has remained unexplored in Y": Y's relation is unexplored)."""
    if not spans:
        return False
    if either:
        return any(_within(sentence, replace(finding, subject=c, obj=c), spans) for c in (finding.subject, finding.obj)
                   if c is not None)
    concepts = {finding.subject, finding.obj}
    places = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions if m.concept in concepts]
    if any(_PRESUPPOSED.match(sentence.text, e) for _, e in places):
        return False
    return bool(places) and all(any(a <= s and e <= b for a, b in spans) for s, e in places)


@lru_cache(maxsize=512)
def untested_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` that ask in an aim (:data:`_AIM_QUESTION`), say a relation is unexplored where it lies
    (:data:`_UNEXPLORED`) or under study (:data:`_UNDER_STUDY`, from its clause's start): an argument named only
    there belongs to no claim, though the other one stands outside ("..., and its efficacy in Y is currently being
    evaluated", "The X On Underlying Disease study was designed to identify whether early X has benefits in Y")."""
    low = text.lower()
    spans = [m.span() for m in _AIM_QUESTION.finditer(text)] if "whether" in low or " if " in low else []
    if not any(word in low for word in _UNDER_STUDY_WORDS):
        return tuple(spans)
    spans += [m.span() for m in _UNEXPLORED.finditer(text)]
    verbs = list(_UNDER_STUDY.finditer(text))
    starts = [b.end() for b in _STUDY_CLAUSE_START.finditer(text)] if verbs else []  # ascending: one scan
    for verb in verbs:
        i = bisect.bisect_right(starts, verb.start())  # the last clause start at or before the verb
        spans.append((starts[i - 1] if i else 0, verb.end()))
    return tuple(spans)


def claimless_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every span of ``text`` that claims nothing: its statements of scope (:func:`scope_spans`), its unclaimed
    clauses (:func:`unclaimed_spans`) and its untested aims and questions (:func:`untested_spans`); "In this review,
    we summarize the changes in X in Y" presents a topic, not a finding."""
    return (*scope_spans(text), *unclaimed_spans(text), *untested_spans(text))


def _divided_lists(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """(round 32) The statements of divided evidence (:data:`_CONTESTED`) that name two or more interventions:
    "Current evidence is conflicting on the use of A, B, ... or F for Y" says the evidence on the list is divided,
    not which member it favours; a hedged claim of each member says more than the sentence (a single one, "evidence
    for X in Y is limited", stays hedged by :func:`in_scope`)."""
    low = sentence.text.lower()
    if not any(word in low for word in _CONTESTED_WORDS):
        return ()
    spans = []
    for span in (m.span() for m in _CONTESTED.finditer(sentence.text)):
        named = {m.concept for m in sentence.mentions if m.concept.cls == "Intervention"
                 and span[0] <= m.start - sentence.start and m.end - sentence.start <= span[1]}
        if len(named) > 1:
            spans.append(span)
    return tuple(spans)


def unclaimed(sentence: Sentence, finding: Finding) -> bool:
    """True when the finding is stated only inside an open question, a purpose, an outlook or a bare statement of
    scope (:func:`unclaimed_spans`), or divided evidence on a list (:func:`_divided_lists`), or when one of its
    arguments is named only inside an aim that asks or a relation unexplored or under study
    (:func:`untested_spans`): no finding."""
    return (_within(sentence, finding, unclaimed_spans(sentence.text))
            or _within(sentence, finding, _divided_lists(sentence))
            or _within(sentence, finding, untested_spans(sentence.text), either=True))


def in_scope(sentence: Sentence, finding: Finding) -> bool:
    """True when the finding is stated only inside a statement of the text's scope that names it as a hypothesis,
    or inside a statement that the evidence is divided: what the review presents, which the curated findings
    record hedged ("we discuss the possible role of X in Y"; the tune parts), not asserted."""
    return _within(sentence, finding, presented_spans(sentence.text))
