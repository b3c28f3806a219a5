"""Session 16's speed pass: each pattern rewritten for speed finds what its plain form finds (behaviour-preserving).

The sentences are written for the test; they hold the edges of each rewrite (a match at the start of the text,
after a hyphen or a letter, two matches side by side, forms that overlap).
"""

from __future__ import annotations

import re

import pytest

from ipkg.extract import abbreviations, defined_concepts

#: sentences that hold the edge cases of the rewritten patterns
TEXTS = [
    "T3 (triiodothyronine) and thyroxine (T4) were measured; dopamine (D2) receptors too.",
    "x-T3 (a), aT3 (b), AB1 (C2), (AB12) and (1 (A1) and H1 (histamine): all at once.",
    "(T3) opened the text, then T4 (thyroxine (T4)) and LT4 (T4).",
    "Patients were treated, WAS THE DRUG given? It is, and has been; they'd be seen.",
    "1, 2-dioxygenase, IL-6,TNF, and 3,\u00a04 or 5 ,\nwords, ,",
    "",
    "Is it? Be done, were, Were, WERE; shall would-be is-a",
]


def _spans(pattern: re.Pattern[str], text: str, *start: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, *start)]


@pytest.mark.parametrize("text", TEXTS)
def test_digit_cue_finds_what_its_plain_form_finds(text: str) -> None:
    plain = re.compile(r"\([A-Z]{1,2}\d\)|(?<![\w-])[A-Z]{1,2}\d \(")
    assert _spans(defined_concepts._DIGIT_CUE, text) == _spans(plain, text)


@pytest.mark.parametrize("text", TEXTS)
def test_comma_finds_what_its_plain_form_finds(text: str) -> None:
    plain = re.compile(r"(?<!\d),\s")
    for start in range(len(text) + 1):
        assert _spans(abbreviations._COMMA, text, start) == _spans(plain, text, start)


@pytest.mark.parametrize("text", TEXTS)
def test_folded_verbs_find_what_the_verbs_find(text: str) -> None:
    assert abbreviations._VERB_FOLDED is not None
    for start in range(len(text) + 1):
        assert _spans(abbreviations._VERB_FOLDED, text.lower(), start) == _spans(abbreviations._VERB, text, start)


def test_window_start_with_a_character_lowercasing_changes() -> None:
    """A text with a dotted capital I (lower-cased to two characters) is read with the case-insensitive pattern."""
    before = "İstanbul patients had received diazepam "
    assert abbreviations._window_start(before, 0, "HR") == before.index("had") + 3


def test_role_context_features_are_the_formatted_ones() -> None:
    """The sentence-role features made from prepared strings are the strings formatting made."""
    from ipkg.extract.annotate import ROLES, _context_features

    for count in range(1, 13):
        for index in range(count):
            for scores in ([0, 0, 0, 0, 0], [1, 2, 3, 4, 5], [7, 0, 2, 1, 6]):
                plain = [f"pos={min(9, index * 10 // max(count, 1))}"]
                plain += ["first"] if index == 0 else []
                plain += ["last"] if index == count - 1 else []
                for role, score in zip(ROLES, scores):
                    plain.extend([f"cue={role}"] * (score // 2))
                assert _context_features(index, count, scores) == plain
