"""Sentence splitting for biomedical abstracts.

A rule-based splitter tuned for scientific English: a sentence ends at ``.``, ``?`` or ``!`` (optionally followed
by closing quotes or brackets) when the next non-space character starts a new sentence (an upper-case letter, a
digit, an opening bracket or quote) and the period does not end a known abbreviation (``e.g.``, ``vs.``,
``et al.``, ``Fig.``), an initial (``J. Smith``) or a decimal number. A newline always ends a sentence (abstract
paragraphs and structured-abstract sections are separated by newlines).
"""

from __future__ import annotations

import functools
import re

__all__ = ["split_sentences"]

#: lower-cased tokens that end with a period without ending the sentence
_ABBREVIATIONS = frozenset(
    """e.g i.e vs v al etc approx ca cf fig figs no nos ref refs dr mr mrs ms prof st vol eq sp spp resp
    min max mo wk yr yrs hr hrs mg kg ml mmol dl incl inc ltd co corp jan feb mar apr jun jul aug sep sept oct
    nov dec""".split()
)

_END = re.compile(r"[.?!][\"'”’)\]]*(?=\s+|$)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]?[A-Z0-9α-ωΑ-Ω])")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "([":
        start -= 1
    token = text[start:dot].lower()
    if not token:
        return False
    if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
        return True
    # a single capital letter: an initial (J. Smith), or a dotted abbreviation (U.S.)
    return len(token) == 1 and text[start].isupper() or "." in token and len(token) <= 5 and token[0].isalpha()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences, returning ``(start, end)`` offsets with surrounding space trimmed.

    >>> t = "IL-6 rose (p < 0.05) vs. placebo. Depression improved! Next line\\nNew one."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['IL-6 rose (p < 0.05) vs. placebo.', 'Depression improved!', 'Next line', 'New one.']
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
        if line[match.start()] == "." and _is_abbreviation(line, match.start()):
            continue
        following = _NEXT_START.match(line, end)
        if end < len(line) and following is None:
            continue
        _emit(line, start, end, offset, spans)
        start = end
    _emit(line, start, len(line), offset, spans)


def _emit(line: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((offset + start, offset + end))
