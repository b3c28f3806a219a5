"""The sentence splitter on scientific English."""

from __future__ import annotations

import pytest

from ipkg.extract.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IL-6 rose. TNF fell.", ["IL-6 rose.", "TNF fell."]),
        ("Levels were 2.5 mg/L (p < 0.05). Next.", ["Levels were 2.5 mg/L (p < 0.05).", "Next."]),
        ("As shown by Smith et al. in 2010, it works.", ["As shown by Smith et al. in 2010, it works."]),
        ("Drugs, e.g. ketamine, act fast. Others do not.", ["Drugs, e.g. ketamine, act fast.", "Others do not."]),
        ("Ketamine vs. placebo was tested. It worked.", ["Ketamine vs. placebo was tested.", "It worked."]),
        ("Was it? Yes! 36 patients took part.", ["Was it?", "Yes!", "36 patients took part."]),
        ("Line one without stop\nLine two.", ["Line one without stop", "Line two."]),
        ("METHODS: Participants (n = 39) were randomised.", ["METHODS: Participants (n = 39) were randomised."]),
        ("J. Smith reported it. Done.", ["J. Smith reported it.", "Done."]),
        ("It rose (see Fig. 2). Done.", ["It rose (see Fig. 2).", "Done."]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "  First sentence.   Second one!\n\nThird "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First sentence.", "Second one!", "Third"]
    assert all(0 <= s < e <= len(text) for s, e in spans)
