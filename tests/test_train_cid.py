"""Scoring of BC5CDR chemical-induced disease pairs (issue 12): one MeSH pair per concept pair, as BioCreative's
systems output, or every MeSH pair of a concept mapped to several ids (the stricter count)."""

from __future__ import annotations

from ipkg.extract.train_cid import score

A, B, C = ("D1", "D9"), ("D2", "D9"), ("D3", "D9")


def test_a_concept_pair_counts_once() -> None:
    gold = {"1": {A}}
    # one concept pair mapped to two MeSH pairs, one gold: one true pair, nothing false
    assert score({"1": {frozenset({A, B})}}, gold) == (1, 1)
    assert score({"1": {frozenset({A, B})}}, gold, every_id=True) == (1, 2)
    # a false concept pair counts once, and not again when it shares an id pair with one counted
    assert score({"1": {frozenset({B, C}), frozenset({C})}}, gold) == (0, 1)
    assert score({"1": {frozenset({A, B}), frozenset({B})}}, gold) == (1, 1)
    # an unmapped concept pair (no MeSH id) is not output; a document without predictions keeps its gold
    assert score({"1": {frozenset()}, "2": set()}, {"1": {A}, "2": {B}}) == (0, 0)
    assert score({"1": {frozenset({A}), frozenset({C})}}, gold) == (1, 2)


def test_the_fit_is_class_balanced_without_intercept() -> None:
    import pytest

    pytest.importorskip("sklearn")
    from ipkg.extract.cid_model import CLASSES
    from ipkg.extract.train_cid import _fit_linear

    # one positive row in four; the model scores with the CID classes and a zero bias, as cid_model reads it
    rows = [({"w=induced", "w=the"}, 1), ({"w=the"}, 0), ({"w=the", "w=given"}, 0), ({"w=given"}, 0)]
    model = _fit_linear(rows, 1.0)
    assert model.classes == CLASSES and model.bias == (0.0,)
    assert model.proba(["w=induced"])[1] > 0.5 > model.proba(["w=given"])[1]
    assert all(len(row) == 1 for row in model.weights.values())
