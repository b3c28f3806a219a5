"""Source.read_lines: the size cap that the free-text and JSON readers share (one loop, two callers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipkg.errors import InputError
from ipkg.ingest import freetext, tabular
from ipkg.ingest._source import Source

TEXT = "Interleukin-6 and depression\n\nSerum IL-6 was higher in patients than in controls.\n"


def test_lines_under_the_cap_are_returned_whole() -> None:
    source = Source(Path("abstract.txt"), TEXT.encode("utf-8"))
    assert source.read_lines(len(TEXT), "too large") == TEXT.splitlines()


def test_one_character_over_the_cap_is_an_input_error() -> None:
    source = Source(Path("abstract.txt"), TEXT.encode("utf-8"))
    with pytest.raises(InputError, match="too large"):
        source.read_lines(len(TEXT) - 1, "too large")


def test_free_text_over_its_cap_names_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(freetext, "MAX_BYTES", 20)
    with pytest.raises(InputError, match="free text over 0 MB is not one abstract"):
        list(freetext.read_freetext(Source(Path("abstract.txt"), TEXT.encode("utf-8")), forced=True))


def test_json_over_its_cap_says_to_use_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "JSON_MAX_BYTES", 10)
    data = b'[{"title": "Interleukin-6 and depression", "abstract": "Serum IL-6 was higher."}]\n'
    with pytest.raises(InputError, match="convert it to JSON Lines"):
        list(tabular.read_json(Source(Path("records.json"), data)))
