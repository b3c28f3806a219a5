"""The boosted trees beside the CID model's logistic regression (issue 12, round 8): read in pure Python as
scikit-learn fitted them, shipped as text, averaged with the linear model."""

from __future__ import annotations

import math

import pytest

from ipkg.extract.cid_model import CLASSES
from ipkg.extract.cid_trees import Ensemble, Trees, load_trees_model, write_trees
from ipkg.learn import LinearModel

# one tree: "induced" present -> 2.0; absent: "given" present -> -1.0, else 0.5
TREE = ((("induced", 1, 2), ("given", 3, 4), (None, 2.0, 0), (None, 0.5, 0), (None, -1.0, 0)),)


def test_a_tree_splits_on_a_feature_being_present() -> None:
    trees = Trees(0.25, 0.5, TREE)
    assert trees.log_odds({"induced", "given"}) == pytest.approx(0.25 + 0.5 * 2.0)
    assert trees.log_odds({"given"}) == pytest.approx(0.25 - 0.5)
    assert trees.log_odds(set()) == pytest.approx(0.25 + 0.25)
    assert trees.proba(set()) == pytest.approx(1 / (1 + math.exp(-0.5)))


def test_the_trees_file_reads_back_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "trees.tsv.gz"
    trees = Trees(-0.125, 0.05, TREE + TREE)
    write_trees(path, trees)
    first = path.read_bytes()
    write_trees(path, trees)
    assert path.read_bytes() == first  # no timestamp: same trees, same bytes
    load_trees_model.cache_clear()
    try:
        assert load_trees_model(path) == trees
    finally:
        load_trees_model.cache_clear()


def test_the_ensemble_averages_the_two_probabilities() -> None:
    linear = LinearModel(CLASSES, (0.0,), {"induced": (2.0,)}, {"threshold": 0.6})
    trees = Trees(0.0, 1.0, TREE)
    ensemble = Ensemble(linear, trees)
    p_linear, p_trees = 1 / (1 + math.exp(-2.0)), 1 / (1 + math.exp(-2.0))
    assert ensemble.proba(["induced"])[1] == pytest.approx((p_linear + p_trees) / 2)
    p_linear, p_trees = 0.5, 1 / (1 + math.exp(1.0))
    assert ensemble.proba(["given"])[1] == pytest.approx((p_linear + p_trees) / 2)
    assert Ensemble(linear, None).proba(["given"]) == linear.proba(["given"])
    assert ensemble.meta["threshold"] == 0.6


def test_the_exported_trees_score_as_scikit_learn() -> None:
    pytest.importorskip("sklearn")
    from ipkg.extract.train_cid import TREE_PARAMS, _fit_trees

    # a conjunction a linear model cannot weigh: a cue counts only with the chemical in the title
    rows = []
    for i in range(60):
        title, cue = i % 2 == 0, i % 3 == 0
        feats = {"BIAS"} | ({"CT"} if title else set()) | ({"CUE:induce"} if cue else set()) | {f"n{i % 5}"}
        rows.append((feats, int(title and cue)))
    trees = _fit_trees(rows)
    assert len(trees.trees) == TREE_PARAMS["n_estimators"]
    assert trees.proba({"BIAS", "CT", "CUE:induce"}) > 0.9
    assert max(trees.proba({"BIAS", "CT"}), trees.proba({"BIAS", "CUE:induce"})) < 0.1
    # the pure-Python reading equals scikit-learn's on the same fit
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(sorted(f), 1) for f, _ in rows])
    labels = [y for _, y in rows]
    weights = [60 / (2 * sum(labels)) if y else 60 / (2 * (60 - sum(labels))) for y in labels]
    model = GradientBoostingClassifier(**TREE_PARAMS).fit(matrix, labels, sample_weight=weights)  # type: ignore[arg-type]
    for feats, _ in rows[:12]:
        expected = model.predict_proba(vectorizer.transform([dict.fromkeys(feats, 1)]))[0][1]
        assert trees.proba(feats) == pytest.approx(expected, abs=1e-4)


def test_the_shipped_trees_are_read() -> None:
    from ipkg.extract.train_cid import TREE_PARAMS

    trees = load_trees_model()
    assert trees is not None and len(trees.trees) == TREE_PARAMS["n_estimators"]
    assert all(nodes[0][0] is not None for nodes in trees.trees[:10])  # each tree splits at its root


def test_reaches_is_the_mean_over_the_threshold() -> None:
    linear = LinearModel(CLASSES, (0.0,), {"induced": (2.0,), "given": (-3.0,)}, {"threshold": 0.6})
    ensemble = Ensemble(linear, Trees(0.0, 1.0, TREE))
    for feats in ({"induced"}, {"given"}, set(), {"induced", "given"}):
        for threshold in (0.1, 0.3, 0.5, 0.6, 0.8):
            assert ensemble.reaches(feats, threshold) == (ensemble.proba(feats)[1] >= threshold)
    # without trees, the linear model alone decides
    assert Ensemble(linear, None).reaches({"induced"}, 0.8) and not Ensemble(linear, None).reaches(set(), 0.6)


def test_the_compiled_trees_add_the_same_floats_as_the_walk() -> None:
    # leaves that do not add up exactly in floating point: the compiled function must add them in the same order
    deep = (("a", 1, 2), ("b", 3, 4), (None, 0.1, 0), (None, 0.7, 0), ("c", 5, 6), (None, 1e-17, 0), (None, 0.2, 0))
    trees = Trees(-0.3, 0.1, TREE + (deep,) * 3 + TREE)
    for feats in (set(), {"a"}, {"b"}, {"b", "c"}, {"induced", "b", "c"}, {"given", "b"}, {"x"}):
        assert trees._sum(feats) == trees.walk(feats)  # bit for bit, not approximately
        assert trees.log_odds(feats) == trees.init + trees.rate * trees.walk(feats)
    assert trees._sum is not trees.walk  # compiled, not the fallback
    assert Trees(0.0, 1.0, ()).log_odds({"a"}) == 0.0


def test_trees_too_deep_to_compile_are_walked() -> None:
    from ipkg.extract import cid_trees

    depth = cid_trees._MAX_COMPILED_DEPTH + 1
    # a chain: feature i present -> leaf i, absent -> the next split
    nodes = []
    for i in range(depth):
        nodes += [(f"f{i}", 2 * i + 2, 2 * i + 1), (None, float(i), 0)]
    nodes.append((None, -1.0, 0))
    trees = Trees(0.0, 1.0, (tuple(nodes),))
    assert trees._sum == trees.walk
    assert trees.log_odds({"f3", "f7"}) == 3.0 and trees.log_odds(set()) == -1.0


def test_the_shipped_trees_compile_to_the_walk() -> None:
    trees = load_trees_model()
    assert trees is not None
    names = sorted({n[0] for nodes in trees.trees for n in nodes if n[0] is not None})
    for k in range(0, len(names), 7):
        feats = set(names[k : k + 11]) | set(names[: k % 5])
        assert trees._sum(feats) == trees.walk(feats)


def test_the_ensembles_linear_probability_is_the_linear_models() -> None:
    # weights whose sum depends on the order of addition: the fast path must add them as LinearModel does
    weights = {"a": (0.1,), "b": (0.7,), "c": (1e-17,), "d": (0.2,), "zero": (0.0,)}
    linear = LinearModel(CLASSES, (-0.3,), weights, {"threshold": 0.6})
    ensemble = Ensemble(linear, None)
    for feats in ([], ["a"], ["a", "b", "c", "d"], ["d", "c", "b", "a", "zero", "x"], ["zero"]):
        assert ensemble.proba(feats)[1] == linear.proba(feats)[1]  # bit for bit
    three = LinearModel(("x", "y", "z"), (0.0, 0.0, 0.0), {"a": (1.0, 0.0, 0.0)})
    assert Ensemble(three, None)._linear_proba(["a"]) == three.proba(["a"])[1]  # not a one-column model


def test_the_ensemble_of_the_same_models_is_made_once() -> None:
    from ipkg.extract.cid_trees import ensemble_of

    linear = LinearModel(CLASSES, (0.0,), {"induced": (2.0,)}, {"threshold": 0.6})
    trees = Trees(0.0, 1.0, TREE)
    first = ensemble_of(linear, trees)
    assert ensemble_of(linear, trees) is first and first == Ensemble(linear, trees)
    other = LinearModel(CLASSES, (0.0,), {"induced": (1.0,)}, {"threshold": 0.6})
    assert ensemble_of(other, trees).linear is other  # other models: another ensemble
