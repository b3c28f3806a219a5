"""CID round 12 (session 14): the rules' statements read in one pass (``cid_document.Statements``)."""

from __future__ import annotations

from ipkg.extract.cid_document import Statements
from ipkg.models import Concept, Finding

_LITHIUM = Concept("http://example.org/lithium", "lithium", "Intervention")
_TREMOR = Concept("http://example.org/tremor", "tremor", "Disorder")
_MANIA = Concept("http://example.org/mania", "mania", "Disorder")


def _said(predicate: str, obj: Concept, negated: bool = False, hedged: bool = False) -> Finding:
    # "Lithium induced tremor." / "Lithium did not induce tremor." / "Lithium may treat mania."
    return Finding(_LITHIUM, predicate, obj, "", "abstract", 0, 0, negated=negated, hedged=hedged)


def test_one_pass_gives_each_pair_its_own_statements_and_the_competing_ones_without_the_denied() -> None:
    said = Statements([_said("hasAdverseEffect", _TREMOR), _said("hasAdverseEffect", _TREMOR, negated=True),
                       _said("treats", _MANIA, hedged=True), _said("increases", _MANIA)])
    assert said.rules[(_LITHIUM.iri, _TREMOR.iri)] == {"RULE:hasAdverseEffect:pos", "RULE:hasAdverseEffect:neg"}
    assert said.rules[(_LITHIUM.iri, _MANIA.iri)] == {"RULE:treats:hedge"}  # "increases" is no CID statement
    assert said.causes[_LITHIUM.iri] == {_TREMOR.iri} and said.treats[_MANIA.iri] == {_LITHIUM.iri}
    # a denied statement is the pair's own feature, never a competing cause
    denied = Statements([_said("hasAdverseEffect", _TREMOR, negated=True)])
    assert denied.rules[(_LITHIUM.iri, _TREMOR.iri)] == {"RULE:hasAdverseEffect:neg"}
    assert _LITHIUM.iri not in denied.causes


def test_the_second_stage_reads_a_pair_s_standing_among_the_abstract_s_pairs() -> None:
    from ipkg.extract.cid_rank import DOCUMENT, RELATIVE, Candidate, rank_features

    # one abstract: lithium with tremor (0.8) and with mania (0.2); valproate with tremor (0.5)
    pairs = [Candidate("lithium", "tremor", frozenset({"CT", "OTH:DTREATED"})), Candidate("lithium", "mania"),
             Candidate("valproate", "tremor")]
    rows = rank_features(pairs, [0.8, 0.2, 0.5])
    assert all(len(row) == len(RELATIVE) for row in rows)
    tremor, mania, other = ({n: v for n, v in zip(RELATIVE, row)} for row in rows)
    assert tremor["logit"] > other["logit"] > mania["logit"]
    assert tremor["own_minus_abstract_best"] == 0
    assert mania["own_minus_abstract_best"] < other["own_minus_abstract_best"] < 0
    assert tremor["best_of_its_chemical"] == tremor["best_of_its_disease"] == 1.0
    assert mania["best_of_its_chemical"] == 0.0 and mania["dis_has_other"] == 0.0
    assert other["best_of_its_disease"] == 0.0 and other["dis_other_best_minus_own"] > 0  # lithium explains it better
    full = {n: v for n, v in zip(RELATIVE + DOCUMENT,
                                 rank_features(pairs, [0.8, 0.2, 0.5], {("valproate", "tremor")}, document=True)[0])}
    assert full["rank_0"] == full["CT"] == full["OTH:DTREATED"] == full["dis_stated_elsewhere"] == 1.0
    assert full["chem_stated_elsewhere"] == full["DT"] == 0.0


def test_out_of_fold_scores_never_come_from_a_model_that_saw_the_document() -> None:
    from ipkg.extract.cid_rank import fold_of, out_of_fold

    keys = [f"pmid{i}" for i in range(40)]
    calls = []

    def probs(fitted_on: list[int], scored_on: list[int]) -> list[list[float]]:
        calls.append((fitted_on, scored_on))
        assert not set(fitted_on) & set(scored_on)
        return [[float(i)] for i in scored_on]

    assert out_of_fold(keys, probs, seed=7) == [[float(i)] for i in range(40)]  # every document scored once
    assert len(calls) == 5 and sorted(i for _, scored in calls for i in scored) == list(range(40))
    assert fold_of("pmid3", 7) == fold_of("pmid3", 7) and {fold_of(k, 7) for k in keys} == set(range(5))


def test_the_second_stage_is_adopted_only_beyond_the_splits_deviation() -> None:
    from ipkg.extract.cid_rank import compare

    first = [{0.5: 0.470, 0.6: 0.46}, {0.5: 0.480, 0.6: 0.47}, {0.5: 0.475, 0.6: 0.47}]
    small = [{0.5: f + 0.003} for f in (0.470, 0.480, 0.475)]  # +0.003 < the deviation 0.005
    large = [{0.5: f + 0.010} for f in (0.470, 0.480, 0.475)]
    assert not compare(first, small).adopted and compare(first, large).adopted
    assert abs(compare(first, large).gain - 0.010) < 1e-9


def test_stacked_curves_score_each_half_with_both_stages_fitted_on_the_other() -> None:
    from ipkg.extract.cid_rank import Candidate, rank_features, stacked_curves
    from ipkg.extract.cid_select import halves

    # 40 abstracts of two pairs: the first is gold; the first stage's score is what any fit gives
    keys = [f"pmid{i}" for i in range(40)]
    truth = [[1, 0] for _ in keys]
    seen: list[tuple[list[int], list[int]]] = []

    def probs(fitted_on: list[int], scored_on: list[int]) -> list[list[float]]:
        seen.append((fitted_on, scored_on))
        return [[0.7, 0.4 + 0.01 * (i % 5)] for i in scored_on]

    def curve(docs: list[int], scores: list[list[float]]) -> dict[float, float]:
        out = {}
        for t in (0.3, 0.5):
            tp = sum(y for i, s in zip(docs, scores) for y, p in zip(truth[i], s) if p >= t)
            n = sum(p >= t for s in scores for p in s)
            out[t] = 2 * tp / (n + len(docs))
        return out

    pairs = [Candidate("c", "d1"), Candidate("c", "d2")]
    result = stacked_curves([halves(keys, 1)], keys, probs, lambda i, p: rank_features(pairs, p),
                            lambda i: truth[i], curve)
    assert len(result.first) == len(result.second) == 1 and len(result.weights) == 2
    assert result.first[0] == 1.0 and result.second[0] == 1.0  # the gold pair ranks first for both stages
    assert all(not set(a) & set(b) for a, b in seen)  # never scored by a fit that saw the document
