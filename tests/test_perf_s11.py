"""Session 11 speed pass: each faster search finds exactly what the search it replaced finds (docs/scale.md,
"Session 11 speed pass")."""

from __future__ import annotations

import gc
import pickle
import re

from ipkg.extract import anaphora, axes, behaviour, mechanism, negation, pico
from ipkg.cues import fold, folded_pattern
from ipkg.ground import matcher
from ipkg.parallel import TASK_GC_THRESHOLD, _FewerCollections, ordered_map
from tests.constants import SEEDS
from tests.test_perf_cues import TRICKY, _texts

#: texts for the corner cases of the changed searches (self-written)
CORNERS = [
    *TRICKY,
    "These Two Cytokines rose; both drugs and THOSE disorders; İn THİS disorder",
    "The gut-brain axis; gut microbiota-immune-brain AXIS and the x-axis; a-b axisx c-d axis; ſ-b axis",
    "Gut\u2013liver\u2013brain axis, the  e-f axis, ab-cd\taxis",
    "patients TREATED with low-dose IL-2; INFUSION of IL-2; İL-2 given; ıl-2",
    "IL-6 rose, whereas TNF fell; However IL-10 did not; While İt",
    "Its Anti-Inflammatory and ANXIOLYTIC effects; the mechanisms underlying X INCLUDE Y; all EXCEPT IL-6",
    "CUMS-induced Depressive-like behaviour; anxİety-like states; DEPRESSED PATIENTS and manic symptoms",
    "ketamine or PLACEBO, each added to ",
    "given as an Adjunct therapy to the ",
]


def _spans(found: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


def test_folded_pattern_keeps_group_names_and_references() -> None:
    pattern = re.compile(r"\b(?P<Dose>High|LOW)[\s-](?P=Dose)\b|\(?P\)", re.IGNORECASE)
    folded = folded_pattern(pattern)
    assert folded is not None and folded.groupindex == {"Dose": 1}
    for text in ("high-HIGH", "Low low", "HIGH-low", "(p)", "(P)"):
        # the spans are the same (callers match again on the text for its groups' case)
        assert [m.span() for m in folded.finditer(text.lower())] == [m.span() for m in pattern.finditer(text)], text


def test_changed_searches_find_what_the_bare_patterns_find() -> None:
    texts = CORNERS + _texts(SEEDS, 1500)
    demonstrative = anaphora._DEMONSTRATIVE
    for text in texts:
        # anaphora: found folded, matched again on the text
        assert _spans(anaphora._demonstratives(text)) == (
            _spans(demonstrative.finditer(text)) if any(w in text.lower() for w in anaphora._DET_WORDS) else [])
        # axes: only the window around the "axis" words is scanned
        assert _spans(axes._AXIS.finditer(text, *axes._scan_window(text))) == _spans(axes._AXIS.finditer(text))
        # grounding: the treatment cues before a name, searched in the lower-cased window
        for start in range(0, len(text), 7):
            before = max(0, start - matcher._CUE_WINDOW)
            cue = matcher._CUE_WORD.search(text, before, start)
            phrase = cue and matcher._CUE_BEFORE.search(text, max(before, cue.start() - matcher._CUE_LEAD), start)
            bare = bool(phrase) and not (phrase.group("items") and matcher._CLAUSE_AFTER.match(text, start))
            assert matcher._cue_before(text, start, start) == bare, (text, start)


def test_odd_characters_fall_back_to_the_bare_patterns() -> None:
    assert fold("THİS disorder").lower is None
    assert axes._scan_window("ſ-b axis") == (0, 8)
    # the bare pattern matches "İ" for "i" (lower-casing does not): the fallback keeps that
    assert [m.group("det") for m in anaphora._demonstratives("THİS disorder and these disorders")] == ["THİS", "these"]
    assert matcher.treatment_context("İ treated with IL-2", 15, 19)


def test_cues_of_the_speed_pass_find_what_their_patterns_find() -> None:
    cues = [mechanism._GROUP_CUE, mechanism._MECHANISMS_INCLUDE_CUE, negation._EXCEPT_CUE, anaphora._DEMONSTRATIVE_CUE,
            pico._ADDED_TO_CUE, pico._ON_PLACEBO_TOO_CUE]
    assert all(cue.folded is not None for cue in cues)  # named groups no longer keep a cue from running folded
    for text in CORNERS + _texts(SEEDS, 1500):
        view = fold(text)
        for cue in cues:
            assert _spans(cue.finditer(view)) == _spans(cue.pattern.finditer(text)), (cue.pattern.pattern, text)
        # behaviour: the literal gate before the induced-state search drops only sentences it cannot match
        if behaviour._STATE.search(text) is not None:
            assert view.lower is None or "like" in view.lower and ("depressi" in view.lower or "anxi" in view.lower)


def _threshold(_: object) -> tuple[int, int, int]:
    return gc.get_threshold()


def test_tasks_run_with_fewer_collections_and_restore_the_thresholds() -> None:
    old = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        assert list(ordered_map(_threshold, [1, 2], runner=None)) == [(TASK_GC_THRESHOLD, 10, 10)] * 2
        assert gc.get_threshold() == (700, 10, 10)
        wrapped = pickle.loads(pickle.dumps(_FewerCollections(_threshold)))  # workers get it pickled
        assert wrapped(None) == (TASK_GC_THRESHOLD, 10, 10)
        gc.set_threshold(0)  # automatic collection off: left off
        assert list(ordered_map(_threshold, [1], runner=None))[0][0] == 0
    finally:
        gc.set_threshold(*old)


def _lookup_by_tokens(grounder: matcher.Grounder, name: str, cls: str | None) -> object:
    """``Grounder._lookup`` as it read names before (through :func:`ipkg.ground.variants.tokenize`)."""
    from ipkg.ground.lexicon import UNKNOWN
    from ipkg.ground.variants import tokenize

    tokens = tokenize(name, breaks=False)
    code = "".join(grounder._vocab.get(t[0], UNKNOWN) for t in tokens)
    value = grounder._automaton.get(code, None) if code else None
    if value is None:
        return None
    cased = tokens[0][3]
    for raw in grounder._entries[value >> 6]:
        concept = grounder.index.table[raw[0]]
        if raw[matcher._CONTEXT] or raw[matcher._CASED] and raw[matcher._CASED] != cased:
            continue
        if cls is None or concept.cls == cls:
            return concept
    return None


def test_lookup_reads_names_as_tokenize_does() -> None:
    from ipkg.extract import get_grounder

    grounder = get_grounder()
    names = ["IL-6", "il-6", "Interleukin (IL)-6", "TNF-α inhibitors", "anti-inflammatory", "Alzheimer's disease",
             "CD4+ T cells", "gut-brain axis", "5-HT(1A) receptor", "LPS-induced", "", " ", "(", "major depressive "
             "disorder", "Major Depressive Disorder", "MDD", "mdd", "tumor necrosis factor (TNF) inhibitors"]
    for text in _texts(SEEDS, 400):
        words = text.split()
        names += [" ".join(words[i : i + k]) for k in (1, 2, 3) for i in range(0, len(words), 5)]
    found = 0
    for name in names:
        for cls in (None, "Cytokine", "Disorder"):
            got = grounder._lookup(name, cls)
            assert got == _lookup_by_tokens(grounder, name, cls), (name, cls)
            found += got is not None
    assert found > 50


def test_literal_first_falls_back_to_the_plain_pattern_when_the_internal_compiler_fails(monkeypatch):
    """Another Python's ``re`` internals may differ: the rewrite is then skipped, never the pattern."""
    from ipkg import cues

    def broken(*args, **kwargs):
        raise TypeError("internal API moved")

    monkeypatch.setattr(cues, "_rewritten", broken)  # not _sre itself: re.compile goes through it too
    pattern = cues.literal_first(r"\bexcept\b", 0)
    assert pattern.pattern == r"\bexcept\b"
    assert [m.start() for m in pattern.finditer("all except one; nonexcept")] == [4]
