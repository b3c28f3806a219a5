"""Session 24's speed round: the same output, less CPU (docs/scale.md, session 24)."""

from __future__ import annotations

import os
import re

from ipkg import _regex_cache, cues
from ipkg.extract.pairing import Item
from ipkg.extract.recall_respellings import respelled_items, respellings
from ipkg.models import Concept, Mention


def test_a_regex_cache_file_read_counts_as_used(tmp_path, monkeypatch):
    """Pruning keeps the most recent files: a file a process reads is marked used, so files other checkouts write
    later do not evict a file in use (a warm process writes nothing)."""
    monkeypatch.setattr(_regex_cache, "_new", {("x", 0): (0, b"", 0, {}, ())})
    mine = tmp_path / "regex-mine.pickle"
    _regex_cache._save(mine)
    os.utime(mine, (1_000_000, 1_000_000))  # written long ago
    others = [tmp_path / f"regex-other{n}.pickle" for n in range(_regex_cache.FILES_KEPT - 1)]
    for n, other in enumerate(others):
        other.write_bytes(b"")
        os.utime(other, (2_000_000 + n, 2_000_000 + n))
    assert ("x", 0) in _regex_cache._read(mine)
    assert mine.stat().st_mtime > 2_000_000 + len(others)
    _regex_cache._new[("y", 0)] = (0, b"", 0, {}, ())
    _regex_cache._save(tmp_path / "regex-newest.pickle")  # one more checkout writes: the oldest goes, not mine
    assert mine.exists() and not others[0].exists()


def test_a_folded_pattern_is_the_same_served_or_computed(monkeypatch):
    """:func:`ipkg.cues.folded_pattern` reads its source through the regex cache's facts: the pattern it gives is
    the one the character loop makes, whether the fact is computed or served."""
    patterns = [re.compile(r"\b(?P<Dose>High|LOW)\s(?P=Dose)\W", re.IGNORECASE),
                re.compile(r"\bPlacebo\b|\\N", re.IGNORECASE), re.compile(r"\bcase\b"),
                re.compile(r"≤\s*Five", re.IGNORECASE), re.compile(r"é", re.IGNORECASE)]
    monkeypatch.setattr(_regex_cache, "_known", {})
    monkeypatch.setattr(_regex_cache, "_new", {})
    monkeypatch.setattr(_regex_cache, "_served", set())
    computed = [cues.folded_pattern(p) for p in patterns]
    assert [None if p is None else p.pattern for p in computed] == [
        r"\b(?P<Dose>high|low)\s(?P=Dose)\W", None, None, r"≤\s*five", None]
    monkeypatch.setattr(_regex_cache, "_known", dict(_regex_cache._new))
    monkeypatch.setattr(_regex_cache, "_served", set())
    assert [cues.folded_pattern(p) for p in patterns] == computed
    assert not _regex_cache._known  # every source served from the facts


def _names(*spellings: str) -> dict:
    return respellings([Mention("title", 0, len(s), s, Concept(f"http://example.org/{n}", s.lower(), "Pathway", "ipkg"))
                        for n, s in enumerate(spellings)])


def test_a_sentence_without_a_names_first_word_is_passed_over():
    names = _names("Neuro-Immune Interactions", "Gut-Brain Axis")
    items = [Item(0, 4, Concept("http://example.org/x", "x", "Cytokine"))]
    # the letters of both names are in the sentence, but no word begins one: nothing is read
    assert respelled_items("The xneuroimmune interactions and xgutbrain axis", items, names) == items
    found = respelled_items("Both gut brain axis and neuroimmune interactions matter", items, names)
    assert [(i.start, i.end, i.concept.label) for i in found] == [
        (0, 4, "x"), (5, 19, "gut-brain axis"), (24, 48, "neuro-immune interactions")]
