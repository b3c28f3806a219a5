"""The fast paths of matching, abbreviations and reading give the results of the plain code they short-cut
(issue #7 "Scale"): each test runs the original formulation next to the optimised one."""

from __future__ import annotations

from itertools import compress

import pytest

from ipkg.extract import abbreviations, coordination, mentions
from ipkg.ground import variants
from ipkg.ground.matcher import Grounder
from ipkg.ingest import _text

TEXTS = [
    "Anti-inflammatory IL-1β; Alzheimer's disease and non-steroidal anti-neuro-inflammatory drugs.",
    "Interleukin (IL)-6 and omega-3 (n-3) fatty acids in von Hippel-Lindau (VHL) disease: a re-analysis.",
    "CD4(+) and CD8+ T cells, TNFα/IFN-γ; major depressive disorder (MDD) vs. bipolar disorder (BD; n = 12).",
    "Patients' scores (Hamilton Depression Rating Scale) fell - after low-dose IL-2 (1 MIU/day) - in women's",
    "pre-treatment with anti-TNF, co-morbid auto-immune and de-novo schizo-affective disorders",
    "The Scale for the Assessment of Negative Symptoms; scale of depression; autoimmune or chronic inflammatory "
    "diseases, CD4+ and CD8+ T cells, and/or IL-6",
    "",
    "a",
    "(IL)-6 at the start, and a trailing anti-",
]


def _reference_segment(text: str, *, breaks: bool = True) -> variants.Segmented:
    """The segmenter as it was before the raw-token codes: every token's keys first, then the fixes."""
    parts = variants._SPLIT_RE.split(text)
    raws = parts[1::2]
    keys = [variants.token_key(raw) for raw in raws]
    joined: dict[int, int] = {}
    cuts: list[int] = []
    if len(raws) > 1:
        kinds = [variants._GAP_KIND[g] for g in parts[2:-1:2]]
        positions = range(1, len(raws))
        if breaks:
            cuts = list(compress(positions, map((2).__eq__, kinds)))
        for r in compress(positions, map({1: True, 3: True}.get, kinds)):
            if kinds[r - 1] == 3:
                if raws[r] in ("s", "S"):
                    keys[r] = ()
            elif keys[r] and keys[r - 1] and keys[r - 1][-1] in variants._JOIN_PREFIXES and variants._joinable(
                    raws[r - 1], raws[r]):
                keys[r - 1] = (*keys[r - 1][:-1], keys[r - 1][-1] + keys[r][0])
                keys[r] = keys[r][1:]
                joined[r - 1] = r
    if breaks and "(" in text:
        patches: dict[int, tuple[str, ...]] = {}
        variants._skip_inserts(text, parts, patches, cuts)
        for r, patch in patches.items():
            keys[r] = patch
    return variants.Segmented(parts, keys, cuts, joined)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("breaks", [True, False])
def test_segment_matches_reference(text: str, breaks: bool) -> None:
    assert variants.segment(text, breaks=breaks) == _reference_segment(text, breaks=breaks)


def test_positions() -> None:
    kinds = [0, 2, 1, 2, 0, 3, 2]
    for kind in range(4):
        assert variants._positions(kinds, kind) == [i + 1 for i, k in enumerate(kinds) if k == kind]


def test_find_cold_and_warm_memos_agree() -> None:
    warm = Grounder.default()
    for text in TEXTS:
        warm.find(text)
    cold = Grounder(warm.index)
    for text in TEXTS:
        assert cold.find(text) == warm.find(text)
        assert cold._lookup(text, None) == warm.lookup(text) == cold.lookup(text)


@pytest.mark.parametrize("text", ["a (b) c", "a (b (c) d) e", "a (b", "(" + "x" * 250 + ")", "((a)", "(a)(b)",
                                  "x (" + "y" * 197 + ")", "x (" + "y" * 198 + ")"])
def test_closing_bracket(text: str) -> None:
    for open_ in [i for i, c in enumerate(text) if c == "("]:
        assert abbreviations._closing(text, open_) == abbreviations._closing_by_scan(text, open_)


WINDOWS = ["autoimmune or chronic inflammatory ", "CD4+ and CD8+ ", "CD4+,CD8+ ", "a/b ", "x, y z w ",
           "and or nor ", "no conjunction here at all ", "A, B\n", "X and\u00a0", "one two three four five , "]


@pytest.mark.parametrize("window", WINDOWS)
def test_conjunction_gate_is_necessary(window: str) -> None:
    if coordination.CONJUNCT.search(window):
        assert coordination.conjunction_near_end(window)


@pytest.mark.parametrize("before", ["Hamilton rating scale for ", "Scale FOR\n", "manual of  ", "index Of\u00a0",
                                    "scale for", "the scale for depression and ", "criteria of\t"])
def test_instrument_gate_is_necessary(before: str) -> None:
    if mentions._INSTRUMENT_BEFORE.search(before):
        assert before.rstrip()[-3:].lower().endswith(("for", "of"))


def _clean_line_reference(text: str) -> str:
    return _text._SPACE.sub(" ", _text._CONTROL.sub(" ", text)).strip()


@pytest.mark.parametrize("text", ["plain text", "  two  spaces ", "tab\there", "nbsp\u00a0here", "zero\u200bwidth",
                                  "ctrl\x07char", "thin\u2009space ", "µ and α and é", "\ufeffbom", " x\u3000 y "])
def test_clean_line_fast_path(text: str) -> None:
    assert _text._clean_line(text) == _clean_line_reference(text)


def test_clean_inline_without_tags_or_newlines() -> None:
    assert _text.clean_inline("IL-6 &amp; <i>TNF</i>\r\n in  depression") == "IL-6 & TNF in depression"
    assert _text.clean_inline("no markup at all") == "no markup at all"
    assert _text.clean_inline("  e\u0301 \n ") == "\u00e9"
