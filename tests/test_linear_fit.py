"""The trainers' one fitting path (:mod:`ipkg.extract.linear_fit`): tiny fits whose exported weights are checked."""

from __future__ import annotations

import pytest

from ipkg.extract.linear_fit import exported, fit, write
from ipkg.learn import LinearModel

pytest.importorskip("sklearn")

#: "the" stands in both classes, "up" and "down" in one each
ROWS = [["w=up"], ["w=down"], ["w=up", "w=the"], ["w=down", "w=the"]]
LABELS = ["inc", "dec", "inc", "dec"]


def test_a_two_class_fit_has_one_column_and_exports_pruned_rounded_sorted() -> None:
    model = fit(ROWS, LABELS, c=1.0)
    assert model.classes == ("dec", "inc") and len(model.bias) == 1
    assert all(len(row) == 1 for row in model.weights.values())
    assert abs(model.weights["w=the"][0]) < 1e-9  # fitted unrounded, nothing dropped yet
    shipped = exported(model, min_weight=0.01, meta={"C": 1.0})
    assert shipped.weights == {"w=down": (-0.6748,), "w=up": (0.6748,)}
    assert list(shipped.weights) == sorted(shipped.weights) and shipped.meta == {"C": 1.0}
    assert shipped.predict(["w=up"]) == "inc" and shipped.predict(["w=down"]) == "dec"


def test_rows_are_feature_sets_or_values() -> None:
    # a set counts each feature once; a mapping gives its values (a count of 2 is not a count of 1)
    assert fit(ROWS, LABELS, c=1.0) == fit([dict.fromkeys(r, 1) for r in ROWS], LABELS, c=1.0)
    doubled = fit([{f: 2 for f in r} for r in ROWS], LABELS, c=1.0)
    assert doubled.weights["w=up"][0] != fit(ROWS, LABELS, c=1.0).weights["w=up"][0]


def test_the_trainers_choices_are_kept() -> None:
    no_intercept = fit(ROWS + [["w=up"]], LABELS + ["inc"], c=1.0, fit_intercept=False)
    assert no_intercept.bias == (0.0,)
    balanced = fit(ROWS + [["w=up"]], LABELS + ["inc"], c=1.0, class_weight="balanced")
    assert balanced.bias[0] != fit(ROWS + [["w=up"]], LABELS + ["inc"], c=1.0).bias[0]
    three = fit(ROWS + [["w=the"]], LABELS + ["none"], c=1.0)
    assert three.classes == ("dec", "inc", "none") and all(len(row) == 3 for row in three.weights.values())


def test_pruning_reads_the_weights_before_rounding() -> None:
    model = LinearModel(("a", "b"), (0.123456,), {"z": (0.00496,), "k": (-0.00512,), "y": (0.0,)})
    shipped = exported(model, min_weight=0.005)
    # 0.00496 rounds to 0.005 but is below it: dropped; -0.00512 kept, rounded
    assert shipped.weights == {"k": (-0.0051,)} and shipped.bias == (0.1235,)


def test_same_fit_same_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = [tmp_path / "a.json.gz", tmp_path / "b.json.gz"]
    for path in paths:
        write(path, exported(fit(ROWS, LABELS, c=1.0), min_weight=0.01, meta={"threshold": 0.5}))
    assert paths[0].read_bytes() == paths[1].read_bytes()
    back = LinearModel.from_file(paths[0])
    assert back.weights == {"w=down": (-0.6748,), "w=up": (0.6748,)} and back.meta == {"threshold": 0.5}


def test_a_scaled_column_is_the_fit_of_the_scaled_rows_with_the_scale_folded_back() -> None:
    # scaling "w=up" by 3 before the fit is fitting rows whose "w=up" is 3; the weights returned apply to the rows
    # as given, so each is 3 times the weight fitted on the tripled rows
    scaled = fit(ROWS, LABELS, c=1.0, scale=lambda name: 3.0 if name == "w=up" else 1.0)
    tripled = fit([{f: 3.0 if f == "w=up" else 1.0 for f in r} for r in ROWS], LABELS, c=1.0)
    assert scaled.weights["w=up"][0] == pytest.approx(3 * tripled.weights["w=up"][0], abs=1e-6)
    assert scaled.weights["w=down"][0] == pytest.approx(tripled.weights["w=down"][0], abs=1e-6)
    # a larger scale lets the penalised feature weigh more per unit of the row's value
    assert scaled.weights["w=up"][0] > fit(ROWS, LABELS, c=1.0).weights["w=up"][0]
    assert fit(ROWS, LABELS, c=1.0, scale=lambda name: 1.0) == fit(ROWS, LABELS, c=1.0)


def test_a_sample_weight_of_two_is_the_row_given_twice() -> None:
    rows, labels = ROWS + [["w=up", "w=down"]], LABELS + ["inc"]
    weighted = fit(rows, labels, c=1.0, sample_weight=[1, 1, 1, 1, 2])
    twice = fit(rows + [["w=up", "w=down"]], labels + ["inc"], c=1.0)
    assert weighted.bias[0] == pytest.approx(twice.bias[0], abs=1e-4)
    assert weighted.weights["w=up"][0] == pytest.approx(twice.weights["w=up"][0], abs=1e-4)
    assert weighted.bias[0] != pytest.approx(fit(rows, labels, c=1.0).bias[0], abs=1e-3)
