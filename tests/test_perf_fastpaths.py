"""Speed work on extraction: every fast path gives what the plain code it short-cuts gives."""

from __future__ import annotations

from tests.constants import SEEDS
from tests.test_perf_cues import TRICKY, _texts

#: sentences for the findings cues: each one's branches, capitals, and the characters lower-casing cannot stand for
FINDINGS_TEXTS = [
    "Patients were RANDOMISED to placebo; the TRIAL gave 20 mg by infusion.", "add-on and adjunctive dosing",
    "After the treatment, the drug was stopped; treatment-emergent adverse events and side-effects occurred.",
    "During active therapy, this agent showed ANTI-INFLAMMATORY and neuroprotective properties.",
    "Following administration of the compound, untoward drug reactions; antiinflammatory effects",
    "ſide effects ıntervention İstanbul", "the medication of choice", "",
]


def test_findings_cues_find_what_the_patterns_find() -> None:
    import re

    from ipkg.extract import findings, main_subject
    from ipkg.cues import Cue, fold

    # the findings cues live in findings.py and, since the split, main_subject.py (the main intervention's cues)
    cues = [(name, value) for module in (findings, main_subject) for name, value in vars(module).items()
            if isinstance(value, Cue)]
    assert len(cues) >= 4
    texts = FINDINGS_TEXTS + TRICKY + _texts(SEEDS, 3000)

    def sig(match: re.Match[str] | None) -> object:
        return None if match is None else (match.span(), match.groups())

    found = 0
    for text in texts:
        view = fold(text)
        for name, cue in cues:
            expected = cue.pattern.search(text)
            assert sig(cue.search(view)) == sig(expected), (name, text)
            assert [sig(m) for m in cue.finditer(view)] == [sig(m) for m in cue.pattern.finditer(text)], (name, text)
            found += expected is not None
    assert found >= 25  # the gates let the real matches through


#: whole words at the edges of a text, inside longer words, beside digits, underscores and letters outside ASCII
EDGES = ["men", "women and men", "treatment", "men_", "_men", "9men", "mén men", "men-women", "MEN.", "amen men2",
         "patientsrats", "rats", "(rats)", "mice\nrats", "piglets pigs", "ratsß"]


def test_word_gate_by_automaton_is_the_scan() -> None:
    from ipkg.cues import _AUTOMATON_WORDS, fold
    from tests.test_perf_cues import _cues

    cues = [cue for _, cue in _cues() if len(cue.words) >= _AUTOMATON_WORDS]
    assert len(cues) >= 3
    texts = EDGES + TRICKY + _texts(SEEDS, 3000)
    seen = set()
    for text in texts:
        lower = fold(text).lower
        if lower is None:
            continue
        for cue in cues:
            expected = cue._scan_words(lower)
            assert cue._has_word(lower) == expected, (cue.words[:3], text)
            seen.add(expected)
    assert seen == {True, False}
