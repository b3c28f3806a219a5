"""Speed work on extraction: every fast path gives what the slower path it replaced gives."""

from __future__ import annotations

import re

import pytest

from ipkg.extract.cues import Cue, fold
from tests.constants import SEEDS
from tests.test_perf_cues import TRICKY, _cues, _texts

#: word gates at the edges of a text, inside longer words, next to digits, underscores and letters outside ASCII
EDGES = ["men", "women and men", "treatment", "men_", "_men", "9men", "mén men", "men-women", "MEN.", "amen men2"]


def test_word_gate_by_token_set_is_the_scan() -> None:
    texts = EDGES + TRICKY + _texts(SEEDS, 1500)
    cues = [cue for _, cue in _cues() if cue.words]
    assert len(cues) >= 5
    for text in texts:
        view = fold(text)
        for cue in cues:
            assert cue.may_match(view) == cue.may_match_scan(view), (cue.words, text)


def test_word_gate_edges() -> None:
    cue = Cue(re.compile(r"\bmen\b", re.IGNORECASE), words=("men",))
    assert [cue.may_match(fold(t)) for t in EDGES] == [True, True, False, False, False, False, True, True, True, False]


def test_words_must_be_tokens() -> None:
    with pytest.raises(ValueError, match="whole"):
        Cue(re.compile(r"\bplus maze\b", re.IGNORECASE), words=("plus maze",))
