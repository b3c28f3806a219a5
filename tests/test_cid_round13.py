"""CID round 13 (session 15, issue 12; docs/findings.md section 8m): a per-sentence first stage
(:mod:`ipkg.extract.cid_sentence`) and a smoothed threshold choice (:func:`ipkg.extract.cid_select.smoothed`).
Self-written sentences; mentions from the shipped lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from ipkg.extract import cid_sentence
from ipkg.extract.cid_select import choose, halves, smoothed
from ipkg.extract.cid_sentence import aggregate, pair_sentences
from ipkg.models import Concept


def _sentences() -> dict[tuple[str, str], tuple[frozenset[str], ...]]:
    """The sentence features of every pair of a self-written case report, keyed by the concepts' labels."""
    from ipkg.extract import get_grounder
    from ipkg.extract.annotate import annotate
    from ipkg.extract.cid_model import pair_features
    from ipkg.extract.findings import candidate_findings
    from ipkg.extract.mentions import extract_mentions
    from ipkg.models import Document

    text = ("A 30-year-old man received haloperidol and diazepam for agitation. Two days later he developed acute "
            "dystonia. Haloperidol may not cause seizures. The dystonia resolved after haloperidol was stopped.")
    doc = Document("t.txt", "Acute dystonia after haloperidol", text)
    annotated = annotate(doc, *extract_mentions(doc, get_grounder()))
    pairs = list(pair_features(annotated, candidate_findings(annotated)))
    label = {c.iri: c.label.lower() for pair in pairs for c in pair}
    return {(label[c], label[d]): rows for (c, d), rows in pair_sentences(annotated, pairs).items()}


def test_a_pair_is_scored_in_each_sentence_that_names_both_from_the_sentence_as_a_whole() -> None:
    rows = _sentences()
    # haloperidol and dystonia: the title and the last sentence; never the second (it names no chemical)
    title, last = rows[("haloperidol", "dystonia")]
    assert "ROLE:title" in title and "SLAST" not in title and "SLAST" in last
    assert {"ORD:DC", "B:after"} <= title  # the pair model's own sentence features are there
    # "Haloperidol may not cause seizures.": cause between them, hedged and denied as a whole
    (seizures,) = rows[("haloperidol", "seizures")]
    assert {"CUE:CD:induce", "SW:induce", "SHEDGE", "SNEG", "SOC:0"} <= seizures
    # diazepam and dystonia share no sentence: no row, yet the pair is there
    assert rows[("diazepam", "dystonia")] == ()


def test_a_pair_s_sentence_scores_become_cumulative_cuts() -> None:
    assert aggregate([]) == {"SS:NONE"}
    one = aggregate([0.9, 0.3, 0.55])
    assert {"SMAX>=0.8", "SMAX>=0.2", "SN>=1", "SN>=2", "SMEAN>=0.5"} <= one
    assert "SN>=3" not in one and "SMEAN>=0.65" not in one
    assert aggregate([0.1]) == set()


@dataclass
class _Doc:
    """A toy document: each pair's one row and one sentence carry the document's own word."""

    pmid: str
    rows: list[tuple[set[str], int]] = field(default_factory=list)
    row_keys: list[tuple[str, str]] = field(default_factory=list)
    model: list[tuple[set[tuple[str, str]], set[str], tuple[Concept, Concept]]] = field(default_factory=list)
    sentences: dict[tuple[str, str], tuple[frozenset[str], ...]] = field(default_factory=dict)


class _Recorder:
    """A sentence model that records the documents it was fitted on and refuses to score one of them."""

    def __init__(self, rows: list[frozenset[str]], labels: list[int], c: float = 0.1) -> None:
        self.seen = {f for row in rows for f in row if f.startswith("doc")}

    def proba(self, row: frozenset[str]) -> list[float]:
        assert not self.seen & row, "a sentence scored by a model fitted on its own document"
        return [0.4, 0.6]


def test_no_document_is_scored_by_a_sentence_model_or_a_document_model_that_saw_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    chem, dis = Concept("http://example.org/c", "c", "Intervention"), Concept("http://example.org/d", "d", "Disorder")
    key = (chem.iri, dis.iri)
    pool = [_Doc(f"{i}", [({f"doc{i}"}, i % 2)], [key], [(set(), {f"doc{i}"}, (chem, dis))],
                 {key: (frozenset({f"doc{i}", "w"}),)}) for i in range(40)]
    monkeypatch.setattr(cid_sentence, "fit_sentences", _Recorder)
    fitted: list[set[str]] = []

    def fit(rows: list[tuple[set[str], int]]):  # type: ignore[no-untyped-def]
        seen = {f for feats, _ in rows for f in feats if f.startswith("doc")}
        fitted.append(seen)
        assert all("SMAX>=0.5" in feats for feats, _ in rows)  # the out-of-fold aggregates reach the rows
        return lambda feats: 0.0 if seen & feats else 1.0

    def curve(docs: list[int], scores: list[list[float]]) -> dict[float, float]:
        assert sorted(docs) == list(range(40))
        return {0.5: sum(p for s in scores for p in s) / len(scores)}

    splits = [halves([d.pmid for d in pool], seed) for seed in (1, 2)]
    result = cid_sentence.sentence_curves(pool, splits, lambda a, b: [[0.5] for _ in b], fit, curve)
    assert len(fitted) == 4 and result.second == (1.0, 1.0)  # every judged document unseen by its model
    alone = cid_sentence.sentence_curves(pool, splits[:1], lambda a, b: [[0.5] for _ in b],
                                         lambda rows: (lambda feats: float(feats == {"SMAX>=0.2", "SMAX>=0.35",
                                                                                      "SMAX>=0.5", "SMEAN>=0.2",
                                                                                      "SMEAN>=0.35", "SMEAN>=0.5",
                                                                                      "SN>=1"})),
                                         curve, variant="alone")
    assert alone.second == (1.0,)  # alone: the pair's own features are left out


def test_a_smoothed_curve_averages_neighbouring_thresholds() -> None:
    curve = {0.5: 0.40, 0.525: 0.46, 0.55: 0.43, 0.575: 0.42}
    assert smoothed(curve, 0) == curve
    assert smoothed(curve, 1) == pytest.approx({0.5: 0.43, 0.525: 0.43, 0.55: 0.4366667, 0.575: 0.425})


def _falling(peak_at: float, lone: float = 0.0) -> dict[float, float]:
    """A mean F1 curve over 0.300 .. 0.900 (steps of 0.025) peaking at ``peak_at`` and falling 0.004 a step either
    side; ``lone`` added at the threshold just below the peak (a lone high point of one input)."""
    ts = [t / 40 for t in range(12, 37)]
    return {t: 0.475 - 0.004 * abs(t - peak_at) / 0.025 + (lone if abs(t - peak_at + 0.025) < 1e-9 else 0.0)
            for t in ts}


def test_the_threshold_is_kept_a_fixed_distance_above_the_smoothed_peak() -> None:
    steady = {0.01: [_falling(0.475)] * 3}
    choice = choose(steady, offset=0.15)  # round 13's six steps
    assert choice.threshold == pytest.approx(0.625) and choice.f1 == pytest.approx(steady[0.01][0][0.625])
    assert choice.plateau_end == pytest.approx(0.600)  # round 11's rule, reported beside it
    assert choose(steady).threshold == pytest.approx(0.600)  # round 15's default: five steps (docs 8o)
    # a lone high point one step below the peak moves the raw peak, not the smoothed one
    lone = {0.01: [_falling(0.475, lone=0.006)] * 3}
    assert choose(lone, smooth=0, offset=0.15).threshold == pytest.approx(0.600)
    assert choose(lone, offset=0.15).threshold == pytest.approx(0.625)
    # never above the grid
    assert choose({0.01: [_falling(0.85)] * 2}).threshold == pytest.approx(0.9)


def test_the_choice_says_the_rule_it_was_read_by() -> None:
    from ipkg.extract.cid_select import describe

    steady = {0.01: [_falling(0.475)] * 3}
    said: list[str] = []
    describe(choose(steady, offset=0.1, smooth=1), said.append)
    assert "0.1 above the peak of the curve smoothed over 1 thresholds" in said[-1]
    said.clear()
    describe(choose(steady, offset=None), said.append)
    assert "threshold 0.600: the plateau's end" in said[-1]
