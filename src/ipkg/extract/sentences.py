"""Sentence splitting for biomedical abstracts.

A rule-based splitter tuned for scientific English: a sentence ends at ``.``, ``?`` or ``!`` (optionally followed
by closing quotes or brackets, and by the ``;`` with which some sources join a structured abstract's sections:
"... results.; CONCLUSION ...") when the next non-space character starts a new sentence (an upper-case letter, a
digit, an opening bracket or quote). A newline always ends a sentence (abstract paragraphs and structured-abstract
sections are separated by newlines). A period after an abbreviation is read by what the abbreviation is:

* never an end before a noun or a number (``e.g.``, ``vs.``, ``Fig.``, ``No.``, ``approx.``, ``Dr.``, ``U.S.``);
* an end when the next word opens a sentence, because sentences do end on them: a unit (``at 5 mg. The``, ``for
  10 min. NO rose``: any capital), a dose route or schedule (``given i.v. Nine subjects``, but not ``i.v. MP``, a
  drug's abbreviation), ``et al.``, ``etc.`` and ``spp.`` before a clause (``et al. We searched``, not ``et al. Am J
  Psychiatry``), and a single capital after a lower-case word or a number (``in group C. There``, ``10(-5) M.
  NECA``; not the initial of ``J. Smith`` or ``Ramaswamy H. Sarma``, nor a part's number, ``effects: I. A trial``):
  a capital followed by lower-case letters, or an acronym for the units and single capitals.

An all-capitals token is an acronym, never an abbreviation (``MS.``, ``CA.``, ``NO.``), and the number of a
numbered list (``2. N-carbethoxysecoglaucine ...``, ``(3)``) opens the sentence it numbers instead of being one.
"""

from __future__ import annotations

import functools
import re

__all__ = ["split_sentences"]

#: lower-cased tokens that end with a period and never end a sentence: the next word belongs to the same phrase
_NEVER_END = frozenset(
    """e.g i.e vs v viz cf fig figs no nos ref refs approx ca dr mr mrs ms prof st vol eq incl inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
#: lower-case units that end a sentence before a capital ("at 5 mg. The ..."), and keep it going otherwise
_UNITS = frozenset("mg kg ml mmol dl min max mo wk yr yrs hr hrs ms".split())
#: lower-cased tokens that end a sentence only before a word that opens one ("... et al. We performed ...")
_ENDS_BEFORE_WORD = frozenset("et al etc sp spp resp".split())

_END = re.compile(r"[.?!][\"'”’)\]]*(;)?(?=\s+|$)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]?[A-Z0-9α-ωΑ-Ω])")
#: a word that opens a sentence: a capital and lower-case letters ("The", "Nine", not "Cl-IB-MECA"), or "A"
_OPENING_WORD = re.compile(r"\s+(?:[A-Z][a-z]+|A)(?=[\s,;:])")
#: the same, or an acronym ("NO and TNF rose", "IT MK-801 reduced")
_OPENING_OR_ACRONYM = re.compile(r"\s+(?:[A-Z][a-z]+|A|[A-Z][A-Z0-9]+)(?=[\s,;:])")
#: such a word with a lower-case word after it: a clause ("We searched", "Instead, it"), not a journal's name
#: after a citation ("et al. Am J Psychiatry", "et al. [Nucl Med Biol ...]", "et al. (Genomics ...)")
_OPENING_CLAUSE = re.compile(r"\s+(?:[A-Z][a-z]+|A),?\s+[a-z]")
#: a dose route or schedule written with periods (i.v., i.c.v., p.o., b.i.d.)
_DOTTED_LOWER = re.compile(r"[a-z](?:\.[a-z]){1,3}")
#: a dotted capital abbreviation (U.S., U.K.)
_DOTTED_UPPER = re.compile(r"[A-Z](?:\.[A-Z]){1,3}")
#: a span that is only the number or letter of a numbered list
_LIST_MARKER = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\)?")


def _token(text: str, dot: int) -> tuple[int, str]:
    """The start and text of the token that the period at ``dot`` closes (after any opening bracket)."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "([":
        start -= 1
    return start, text[start:dot]


def _previous_word(text: str, start: int) -> str:
    """The word before position ``start`` (empty at the start of the line)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _continues(text: str, dot: int, end: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial that does not end the sentence before
    the text at ``end``."""
    start, token = _token(text, dot)
    if not token:
        return False
    if token in _UNITS:
        return _OPENING_OR_ACRONYM.match(text, end) is None
    lower = token.lower()
    acronym = len(token) > 1 and token.isupper() and "." not in token
    if lower in _ENDS_BEFORE_WORD:
        return _OPENING_CLAUSE.match(text, end) is None
    if lower in _NEVER_END and not acronym or _DOTTED_UPPER.fullmatch(token):
        return True
    if _DOTTED_LOWER.fullmatch(lower):
        return _OPENING_WORD.match(text, end) is None
    if len(token) == 1 and token.isupper():
        previous = _previous_word(text, start)
        # "in group C", "10(-5) M": not a name's initial ("Maria K. Brown"), nor a part's number ("effects: I.")
        after_text = bool(previous) and (previous[0].islower() or previous[0].isdigit()) and (
            previous[-1].isalnum() or previous[-1] == ")")
        return not after_text or _OPENING_OR_ACRONYM.match(text, end) is None
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences, returning ``(start, end)`` offsets with surrounding space trimmed.

    >>> t = "IL-6 rose (p < 0.05) vs. placebo. Depression improved! Next line\\nNew one.; CONCLUSION: X."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['IL-6 rose (p < 0.05) vs. placebo.', 'Depression improved!', 'Next line', 'New one.', 'CONCLUSION: X.']
    """
    return list(_split(text))


@functools.lru_cache(maxsize=8)
def _split(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of :func:`split_sentences`, remembered for the last few texts (the extractors of one abstract
    each split the same title and abstract)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        _split_line(line, offset, spans)
        offset += len(line) + 1
    return tuple(spans)


def _split_line(line: str, offset: int, spans: list[tuple[int, int]]) -> None:
    start = 0
    for match in _END.finditer(line):
        end = match.end()
        if end < len(line) and _NEXT_START.match(line, end) is None:
            continue
        if line[match.start()] == "." and _continues(line, match.start(), end):
            continue
        stop = match.start(1) if match.group(1) else end  # the section-joining ";" belongs to neither sentence
        if _LIST_MARKER.fullmatch(line[start:stop].strip()):
            continue
        _emit(line, start, stop, offset, spans)
        start = end
    _emit(line, start, len(line), offset, spans)


def _emit(line: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((offset + start, offset + end))
