"""The design-facts gate finds the same matches as each cue's own search, on real abstracts and odd text."""

from __future__ import annotations

from pathlib import Path

from ipkg.cues import fold
from ipkg.extract.design import _gate

RAW = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "raw"


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(RAW.glob("*.txt"))]
    texts += ["Patients (n = 40) were given placebo for 12 weeks at 3 centres; 2:1 randomisation, phase II.",
              "In \u0130stanbul, double-blind sham-controlled study of 20 inpatients (first-episode) in rats.",
              "single-center, treatment as usual, wait-list, open-label", ""]
    return texts


def test_gate_matches_each_cue_s_search() -> None:
    gate = _gate()
    cues = [cue for cue in _all_cues()]
    assert len(cues) > 30
    for text in _texts():
        view = fold(text)
        gated = gate.gate(view)
        for cue in cues:
            expected = cue.search(view)
            got = gated.search(cue)
            assert (got and got.span()) == (expected and expected.span()), (cue.pattern.pattern, text[:60])
            assert [m.span() for m in gated.finditer(cue)] == [m.span() for m in cue.finditer(view)]


def _all_cues():  # type: ignore[no-untyped-def]
    from ipkg.extract import design, population

    yield from (cue for cue, _ in design._BLINDING + design._CONTROLS)
    yield from (design._PHASE, design._SINGLE_CENTRE, design._N_CENTRES, design._RATIO, design._DURATION,
                design._PRIMARY, design._POOLED)
    yield from population.CUES


def test_reach_bounds_what_a_pattern_reads() -> None:
    import re

    from ipkg.extract.design_gate import reach

    assert reach(re.compile(r"\bplacebos?\b")) == 8
    assert reach(re.compile(r"\bmonkeys?(?! kidney)")) == 14  # the lookahead reads on past the match
    assert reach(re.compile(r"(?<=the )trial")) == 5  # a lookbehind reads before the match, which a window sees
    assert reach(re.compile(r"\b(?:a|bcd){1,3}\b")) == 9
    for unbounded in (r"\bthe (?:\w+ )?trial", r"\d+ weeks", r"trial$", r"(a)\1"):
        assert reach(re.compile(unbounded)) is None, unbounded


def test_ratio_precheck_never_hides_a_match() -> None:
    from ipkg.extract.design import _RATIO, _ratio_may_match

    texts = _texts() + ["randomised 2 : 1 ratio", "an allocation ratio of 1:1:1", "Ratio Of\n3:2", "ratio 2 to 1"]
    found = 0
    for text in texts:
        view = fold(text)
        if _RATIO.search(view) is not None:
            found += 1
            assert _ratio_may_match(view.lower), text[:60]
    assert found >= 3
    assert not _ratio_may_match("randomised in a ratio 2 to 1 at 10 centres")


def test_duration_precheck_never_hides_a_match() -> None:
    from ipkg.extract.design import _DURATION, _duration_may_match

    odd = ["for two\nmonths", "over twelve  weeks", "a 12-week trial", "ninety-day", "for one hundred and five days",
           "during 1,200 years", "FOR SIX WEEKS", "of 3 months", "for \u0663 weeks"]
    found = 0
    for text in _texts() + odd:
        view = fold(text)
        if _DURATION.search(view) is not None:
            found += 1
            assert _duration_may_match(view.lower), text[:60]
    assert found >= len(odd) - 1
    for text in ("several weeks", "on the same day", "daily", "a 12- week course", "years later", "weekly"):
        assert not _duration_may_match(text), text
