"""Speed work on negation, hedging and the outcome cues: the folded scans find exactly what the plain patterns find."""

from __future__ import annotations

from ipkg.extract import negation
from ipkg.extract.negation import MASK, hedge_cues, mask_spans, negation_cues
from tests.test_perf_roles import texts  # noqa: F401  (the fixture: corner cases and real sentences)


def _plain_negation_cues(text: str) -> tuple[negation.Cue, ...]:
    """:func:`negation_cues` as written before the folded scans: every pattern run over the text as it is."""
    pseudo = [(m.start(), m.end()) for m in negation._PSEUDO.finditer(text)]
    cues = [negation.Cue(m.start(), m.end(), "backward") for m in negation._BACKWARD.finditer(text)]
    for m in negation._EXCEPT.finditer(text):
        if not negation._FORWARD.search(text, max(0, m.start() - 60), m.start()):
            cues.append(negation.Cue(m.start(), m.end(), "forward"))
    for m in negation._FORWARD.finditer(text):
        if m.group(0) != "NO" and not negation._inside(m.start(), m.end(), pseudo):
            cues.append(negation.Cue(m.start(), m.end(), "forward"))
    cues = [c for c in cues if not negation._inside(c.start, c.end, pseudo)]
    # a "nor" continuing an earlier cue's list is dropped after the scans, the same in both (its own test:
    # tests/test_findings_neither.py)
    return tuple(sorted(negation._continued_nor(text, set(cues)), key=lambda c: (c.start, c.end, c.direction)))


def _plain_hedge_cues(text: str) -> tuple[tuple[int, int], ...]:
    blocked = [(m.start(), m.end()) for m in negation._NOT_HEDGE.finditer(text)]
    return tuple((m.start(), m.end()) for m in negation._HEDGE.finditer(text)
                 if not negation._inside(m.start(), m.end(), blocked))


def test_folded_scans_find_what_the_patterns_find(texts: list[str]) -> None:  # noqa: F811
    found = 0
    for text in texts + ["NO/cGMP did NOT change İL-6; No effect, except CRP", "It MAY be; WHEREAS it cannot"]:
        assert negation_cues(text) == _plain_negation_cues(text), text
        assert hedge_cues(text) == _plain_hedge_cues(text), text
        clauses = [(m.start(), m.end()) for m in negation._CLAUSE.finditer(text)]
        assert negation._hedge_index(text)[:2] == ([s for s, _ in clauses], [e for _, e in clauses]), text
        found += len(negation_cues(text)) + len(hedge_cues(text))
    assert found > 100
    # the cue's own casing is read from the text: "NO" is nitric oxide, "No" a negation
    assert [c.start for c in negation_cues("NO levels rose. No change.")] == [16]


def test_mask_spans_is_the_character_by_character_mask() -> None:
    text = "IL-6 and TNF-α rose in MDD (n = 12)"
    for spans in ([], [(0, 4)], [(9, 14), (0, 4)], [(0, 4), (2, 6)], [(9, 14), (9, 14)], [(30, 35)], [(5, 5)]):
        chars = list(text)
        for start, end in spans:
            chars[start:end] = MASK * (end - start)
        assert mask_spans(text, spans) == "".join(chars), spans


def test_folded_outcome_cues_find_what_the_patterns_find(texts: list[str]) -> None:  # noqa: F811
    from ipkg.extract import outcomes
    from ipkg.cues import fold

    found = 0
    for pattern, scan in zip(outcomes._KEEP_CUES, outcomes._KEEP_SCANS, strict=True):
        for text in texts:
            expected = pattern.search(text)
            got = scan.search(fold(text))
            assert (got and got.span()) == (expected and expected.span()), (pattern.pattern[:40], text)
            found += expected is not None
    assert found > 20
