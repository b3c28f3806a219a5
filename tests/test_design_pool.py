"""design_pool: the training pool's draws (issue 11). The second draw's labels (data/design-train2.jsonl) are read
when the file is there; here a tiny temporary file stands in for it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ipkg.extract.design_curve import curve_quarter, learning_curve
from ipkg.extract.design_pool import POOL_PATH, iter_pool_records, pool_fold, pool_labels

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_design_check  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "external").is_dir(), reason="needs ../shared")


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def draw2() -> list:
    return bench_design_check.training_sample(SHARED, 2)[:3]


def test_a_second_draw_file_is_read_trained_on_as_pool2_and_folded_like_the_first(tmp_path, draw2) -> None:
    a, b, c = draw2
    second = _write(tmp_path / "design-train2.jsonl", [
        {"id": a.id, "design": "RandomizedControlledTrial", "sample_size": 40, "quote": "randomised"},
        # a reader's file-name form of the id is the same record
        {"id": bench_design_check.text_id(b.id), "design": "AnimalStudy", "sample_size": None, "quote": "rats"},
        {"id": c.id, "design": None, "sample_size": None, "quote": ""},  # no class fits: left out
    ])
    records = list(iter_pool_records(SHARED, (POOL_PATH, second)))
    first = [r for r in records if r.part == "pool"]
    new = {r.id: r for r in records if r.part == "pool2"}
    assert len(first) == sum(row["design"] is not None for row in pool_labels().values())
    assert set(new) == {a.id, b.id}
    assert (new[a.id].design, new[a.id].sample_size, new[b.id].design) == ("RandomizedControlledTrial", 40,
                                                                          "AnimalStudy")
    assert new[a.id].title == a.title and new[a.id].abstract == a.abstract
    assert {pool_fold(r.id) for r in records} == set(range(5)) and 0 <= curve_quarter(a.id) < 4


def test_without_the_second_file_the_pool_is_the_first_draw(tmp_path) -> None:
    records = list(iter_pool_records(SHARED, (POOL_PATH, tmp_path / "absent.jsonl")))
    assert {r.part for r in records} == {"pool"} and len(records) == len(list(iter_pool_records(SHARED, (POOL_PATH,))))


def test_a_record_labelled_in_both_draws_or_an_unknown_id_is_an_error(tmp_path, draw2) -> None:
    taken = next(iter(pool_labels()))
    twice = _write(tmp_path / "twice.jsonl", [{"id": taken, "design": "Review", "sample_size": None, "quote": ""}])
    with pytest.raises(ValueError, match="two pool files"):
        list(iter_pool_records(SHARED, (POOL_PATH, twice)))
    unknown = _write(tmp_path / "unknown.jsonl", [
        {"id": draw2[0].id, "design": "Review", "sample_size": None, "quote": ""},
        {"id": "bc5cdr:0000000000", "design": "Review", "sample_size": None, "quote": ""}])
    with pytest.raises(ValueError, match="name no record"):
        list(iter_pool_records(SHARED, (POOL_PATH, unknown)))


def test_the_second_draw_is_none_of_the_first() -> None:
    assert not {r.id for r in bench_design_check.training_sample(SHARED, 2)} & pool_labels().keys()


def test_the_pool_cv_scores_every_record_of_both_draws_and_a_curve_trains_on_part_only() -> None:
    """Self-written abstracts: a second-draw record is scored by the model fitted without its fold, like the
    first draw's (``scored_pool`` lets a learning curve score records no model trained on)."""
    from ipkg.extract.design import DEFAULT_DECISION
    from ipkg.extract.design_corpus import Record
    from ipkg.extract.train_design import _example, evaluate

    trial = "Patients with depression were randomly assigned to drug or placebo for eight weeks."
    rats = "Male rats were injected with the drug and their behaviour was tested in the forced swim test."
    review = "This review summarises what is known of the drug and discusses the open questions."
    classes = (("RandomizedControlledTrial", trial), ("AnimalStudy", rats), ("Review", review))

    def record(k: int, part: str) -> Record:
        design, text = classes[k % 3]
        return Record(f"bc5cdr:{part}{k}", "", text, design, "bc5cdr", None, None, part)

    external = [_example(record(k, "external")) for k in range(12)]
    pool = [_example(record(k, "pool")) for k in range(6)] + [_example(record(k, "pool2")) for k in range(6)]
    calls = evaluate([], external, {}, [DEFAULT_DECISION], pool=pool)[DEFAULT_DECISION][3]
    assert sorted(c.record.id for c in calls) == sorted(ex.record.id for ex in pool)
    assert all(c.design == c.record.design for c in calls)
    part = evaluate([], external, {}, [DEFAULT_DECISION], pool=pool[:6], scored_pool=pool)[DEFAULT_DECISION][3]
    assert len(part) == len(pool)
    # the learning curve: nested quarters of the pool trained on, the whole pool scored on every row
    table = learning_curve([], external, {}, [], pool).splitlines()
    rows = [line.split(" | ") for line in table[2:]]
    assert [row[0] for row in rows] == ["| 1/4", "| 2/4", "| 3/4", "| 4/4"]
    sizes = [int(row[1]) for row in rows]
    assert sizes == sorted(sizes) and sizes[-1] == len(pool)
    assert sizes == [sum(curve_quarter(ex.record.id) < q for ex in pool) for q in (1, 2, 3, 4)]
    assert all(row[-1].endswith(f"/{len(pool) // 3} |") for row in rows)  # each class scored on all its records


def test_the_second_check_set_is_none_of_the_first_nor_of_any_training_draw_and_its_gold_covers_it() -> None:
    from ipkg.extract.design_corpus import EXTRA_QUOTAS

    second = bench_design_check.sample2(SHARED)
    assert len(second) == sum(EXTRA_QUOTAS.values()) == 150
    ids = {r.id for r in second}
    taken = {r.id for r in bench_design_check.sample(SHARED)}
    taken |= {r.id for draw in (1, 2, 3) for r in bench_design_check.training_sample(SHARED, draw)}
    assert not ids & taken and len(ids) == len(second)
    gold = bench_design_check.GOLD2.read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in gold} == {bench_design_check.text_id(i) for i in ids}
