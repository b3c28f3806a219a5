"""Numbers as abstracts write them: digits with thousands separators, or English number words."""

from __future__ import annotations

import re

__all__ = ["NUMBER", "parse_number"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))

_SMALL = rf"(?:{_WORD})(?:[\s-](?:{_WORD}))?"
_HUNDREDS = rf"{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?"
#: a number in digits (``1,234``, ``1 234`` is not accepted) or words (``thirty-six``, ``one hundred and twenty``,
#: ``one thousand three hundred and sixty-two``)
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_HUNDREDS}(?:\s+thousand(?:,?\s+(?:and\s+)?{_HUNDREDS})?)?))"
_NUMBER_RE = re.compile(rf"^{NUMBER}$", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """The integer value of ``text``, or ``None`` when it is not a number.

    >>> [parse_number(t) for t in ("36", "1,234", "Thirty-six", "one hundred and twenty", "many")]
    [36, 1234, 36, 120, None]
    >>> parse_number("One thousand three hundred and sixty-two"), parse_number("two thousand")
    (1362, 2000)
    """
    text = text.strip()
    if not _NUMBER_RE.match(text):
        return None
    if text[0].isdigit():
        return int(text.replace(",", ""))
    total = current = 0
    for word in re.split(r"[\s,-]+", text.lower()):
        if word == "and":
            continue
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
    return total + current
