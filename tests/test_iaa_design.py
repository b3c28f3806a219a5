"""bench/iaa_design.py: agreement of two design labellings and their adjudication (issue 11)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import iaa_design  # noqa: E402


def _reading(design, size, quote="q"):
    return {"design": design, "sample_size": size, "quote": quote, "size_quote": None}


def test_agreement_counts_design_and_size_apart_and_corrects_for_chance() -> None:
    a = {"x": _reading("AnimalStudy", 20), "y": _reading("Review", None), "z": _reading("AnimalStudy", 10)}
    b = {"x": _reading("AnimalStudy", 24), "y": _reading("Review", None), "z": _reading("InVitroStudy", 10)}
    figures = iaa_design.agreement(a, b)
    assert figures["design"] == pytest.approx(2 / 3) and figures["sample_size"] == pytest.approx(2 / 3)
    # chance: A says Animal 2/3, Review 1/3; B says Animal 1/3, Review 1/3, InVitro 1/3 -> 3/9
    assert figures["kappa"] == pytest.approx((2 / 3 - 1 / 3) / (1 - 1 / 3))


def test_the_gold_takes_agreed_readings_from_a_and_disputed_ones_from_the_adjudicator() -> None:
    a = {"x": _reading("AnimalStudy", 20, "rats"), "y": _reading("Review", None)}
    b = {"x": _reading("AnimalStudy", 20, "male rats"), "y": _reading("MetaAnalysis", None)}
    decided = {"y": _reading("MetaAnalysis", 1200, "pooled")}
    rows = iaa_design.gold(a, b, decided, {"x": "tune", "y": "report"})
    assert rows == [{"id": "x", "part": "tune", "design": "AnimalStudy", "sample_size": 20, "quote": "rats",
                     "size_quote": None},
                    {"id": "y", "part": "report", "design": "MetaAnalysis", "sample_size": 1200, "quote": "pooled",
                     "size_quote": None}]
    with pytest.raises(SystemExit, match="y: disputed"):
        iaa_design.gold(a, b, {})


DESIGN = Path(__file__).resolve().parent / "data" / "design"
GROUNDING_GOLD = Path(__file__).resolve().parent / "data" / "grounding" / "immunopsychiatry-gold.jsonl"


def test_the_shipped_design_gold_is_the_adjudication_of_its_two_readings(tmp_path) -> None:
    out = tmp_path / "gold.jsonl"
    iaa_design.main([str(DESIGN / "immunopsychiatry-design-readerA.jsonl"),
                     str(DESIGN / "immunopsychiatry-design-readerB.jsonl"),
                     "--adjudicated", str(DESIGN / "immunopsychiatry-design-adjudication.jsonl"),
                     "--parts", str(GROUNDING_GOLD), "--out", str(out)])
    assert out.read_bytes() == (DESIGN / "immunopsychiatry-design.jsonl").read_bytes()
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    annotated = {json.loads(line)["id"]: json.loads(line)["part"]
                 for line in GROUNDING_GOLD.read_text(encoding="utf-8").splitlines()}
    assert {r["id"]: r["part"] for r in rows} == annotated  # every annotated abstract, in its own part


def test_the_report_part_refuses_to_list_its_errors(capsys) -> None:
    import bench_design_ip

    with pytest.raises(SystemExit) as stop:
        bench_design_ip.main(["--part", "report", "-v"])
    assert stop.value.code == 2 and "refused" in capsys.readouterr().err


def test_the_second_check_set_gold_is_the_adjudication_of_its_two_readings(tmp_path) -> None:
    out = tmp_path / "gold.jsonl"
    iaa_design.main([str(DESIGN / "check2-design-readerA.jsonl"), str(DESIGN / "check2-design-readerB.jsonl"),
                     "--adjudicated", str(DESIGN / "check2-design-adjudication.jsonl"), "--out", str(out)])
    assert out.read_bytes() == (DESIGN / "check2-design.jsonl").read_bytes()


def test_the_check_set_gold_is_the_adjudication_of_its_two_readings_and_covers_the_sample(tmp_path) -> None:
    from tests.constants import SHARED

    out = tmp_path / "gold.jsonl"
    iaa_design.main([str(DESIGN / "check-design-readerA.jsonl"), str(DESIGN / "check-design-readerB.jsonl"),
                     "--adjudicated", str(DESIGN / "check-design-adjudication.jsonl"), "--out", str(out)])
    assert out.read_bytes() == (DESIGN / "check-design.jsonl").read_bytes()
    if not (SHARED / "corpus" / "external").exists():
        pytest.skip("needs ../shared")
    import bench_design_check

    ids = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {bench_design_check.text_id(r.id) for r in bench_design_check.sample(SHARED)} == ids  # same draw


def test_the_training_pool_labels_are_the_adjudication_of_its_two_readings(tmp_path) -> None:
    from ipkg.extract.design_pool import pool_labels

    out = tmp_path / "gold.jsonl"
    iaa_design.main([str(DESIGN / "pool-design-readerA.jsonl"), str(DESIGN / "pool-design-readerB.jsonl"),
                     "--adjudicated", str(DESIGN / "pool-design-adjudication.jsonl"), "--out", str(out)])
    gold = {json.loads(line)["id"].replace("_", ":", 1): json.loads(line)
            for line in out.read_text(encoding="utf-8").splitlines()}
    shipped = pool_labels()
    assert shipped.keys() == gold.keys() and len(shipped) == 600
    assert all((shipped[i]["design"], shipped[i]["sample_size"], shipped[i]["quote"])
               == (gold[i]["design"], gold[i]["sample_size"], gold[i]["quote"]) for i in gold)


def test_the_second_training_pool_labels_are_the_adjudication_of_its_two_readings(tmp_path) -> None:
    from tests.constants import REPO, SHARED

    out = tmp_path / "gold.jsonl"
    iaa_design.main([str(DESIGN / "pool2-design-readerA.jsonl"), str(DESIGN / "pool2-design-readerB.jsonl"),
                     "--adjudicated", str(DESIGN / "pool2-design-adjudication.jsonl"), "--out", str(out)])
    gold = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    shipped = [json.loads(line) for line in
               (REPO / "src" / "ipkg" / "extract" / "data" / "design-train2.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(g["id"].replace("_", ":", 1), g["design"], g["sample_size"], g["quote"]) for g in gold] == \
        [(s["id"], s["design"], s["sample_size"], s["quote"]) for s in shipped]
    assert len(shipped) == 400
    if not (SHARED / "corpus" / "external").exists():
        pytest.skip("needs ../shared")
    import bench_design_check

    drawn = {r.id for r in bench_design_check.training_sample(SHARED, 2)}
    assert drawn == {s["id"] for s in shipped}
    assert not drawn & {r.id for r in bench_design_check.training_sample(SHARED, 1)}
