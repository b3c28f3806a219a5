"""Issue #7 "Scale": the gated, folded cue searches find exactly what the bare patterns find."""

from __future__ import annotations

import re

import pytest

from ipkg.extract import design, design_rules, population, sample_size
from ipkg.cues import Cue, fold
from ipkg.extract.sentences import split_sentences
from tests.constants import SEEDS, SHARED

#: texts that exercise the corner cases: the characters lower-casing cannot stand for, the Kelvin sign, capitals
TRICKY = [
    "İstanbul patients ıl ſ 12 weeks of placebo",
    "K\u212a PLACEBO-controlled RCT in 40 MEN (n = 12) for 8 WEEKS",
    "Phase IV trial; a total of 120 Participants; 2:1 ratio; primary outcome was the HAM-D score.",
    "Mice (C57BL/6J) and Sprague-Dawley RATS; knock-out animals; drug-naïve p ≤ 0.05",
    "",
]


def _cues() -> list[tuple[str, Cue]]:
    found = []
    for module in (design, design_rules, population, sample_size):
        for name, value in vars(module).items():
            if isinstance(value, dict):  # design_rules.QUESTIONS: question -> cues
                found += [(f"{module.__name__}.{name}:{key}:{i}", cue) for key, cues in value.items()
                          if isinstance(cues, tuple) for i, cue in enumerate(cues) if isinstance(cue, Cue)]
            elif isinstance(value, Cue):
                found.append((f"{module.__name__}.{name}", value))
            elif isinstance(value, tuple):
                found += [(f"{module.__name__}.{name}:{item[1]}", item[0]) for item in value
                          if isinstance(item, tuple) and item and isinstance(item[0], Cue)]
    return found


def _texts(folder: object, limit: int) -> list[str]:
    from ipkg.errors import InputError
    from ipkg.pipeline import iter_documents

    texts = list(TRICKY)
    for doc in iter_documents([str(folder)]):
        if isinstance(doc, InputError):
            continue
        texts += [f"{doc.title}\n{doc.abstract}", doc.abstract]
        texts += [doc.abstract[s:e] for s, e in split_sentences(doc.abstract)]
        if len(texts) > limit:
            break
    return texts


def _signature(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups())


def _assert_same(texts: list[str]) -> None:
    cues = _cues()
    assert len(cues) > 50
    for text in texts:
        view = fold(text)
        for name, cue in cues:
            pattern = cue.pattern
            assert _signature(cue.search(view)) == _signature(pattern.search(text)), (name, text)
            assert [_signature(m) for m in cue.finditer(view)] == [_signature(m) for m in pattern.finditer(text)], (
                name, text)
            assert cue.count(view) == len(pattern.findall(text)), (name, text)


def test_cues_find_what_the_patterns_find_in_the_seeds() -> None:
    _assert_same(_texts(SEEDS, 3000))


@pytest.mark.shared
def test_cues_find_what_the_patterns_find_in_the_shared_corpus() -> None:
    _assert_same(_texts(SHARED / "corpus", 6000))


def test_every_cue_runs_folded() -> None:
    assert [name for name, cue in _cues() if cue.folded is None] == []


def test_gate_and_fallback() -> None:
    cue = Cue(re.compile(r"\bsmith\b", re.IGNORECASE), words=("smith",))
    assert not cue.may_match(fold("blacksmiths"))
    assert cue.search(fold("Dr SMITH")).group(0) == "SMITH"  # type: ignore[union-attr]
    # the long s matches "s" case-insensitively but does not lower-case to it: no gate, original pattern
    assert fold("ſmith").lower is None
    assert cue.search(fold("ſmith")) is not None
    assert Cue(re.compile(r"\bsmith\b")).folded is None  # case-sensitive patterns are never folded


def test_a_cue_compiles_its_folded_pattern_once_when_first_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import ipkg.cues

    made = []
    real = ipkg.cues.folded_pattern
    monkeypatch.setattr(ipkg.cues, "folded_pattern", lambda pattern: made.append(pattern) or real(pattern))
    cue = Cue(re.compile(r"\bplacebo\b", re.IGNORECASE), "placebo")
    assert made == []  # not at construction (a module's cues are made at import)
    assert cue.search(fold("open label")) is None and made == []  # nor for a text the gate stops
    assert cue.search(fold("A PLACEBO arm")).group(0) == "PLACEBO"  # type: ignore[union-attr]
    assert [m.group(0) for m in cue.finditer(fold("Placebo or placebo"))] == ["Placebo", "placebo"]
    assert cue.count(fold("placebo")) == 1 and cue.folded is not None
    assert made == [cue.pattern]  # once, on the first text that got through


def test_split_sentences_hands_out_a_fresh_list() -> None:
    text = "One. Two."
    spans = split_sentences(text)
    spans.clear()
    assert split_sentences(text) == [(0, 4), (5, 9)]
