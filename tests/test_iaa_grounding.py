"""bench/iaa_grounding.py: agreement between two readings of the annotated immunopsychiatry set (issue 13)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.constants import SHARED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import iaa_grounding  # noqa: E402

GOLD = Path(__file__).resolve().parent / "data" / "grounding" / "immunopsychiatry-gold.jsonl"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _item(ids, label, *aliases):
    return {"ids": list(ids), "label": label, "aliases": list(aliases)}


def test_items_agree_by_a_shared_id_or_else_by_name() -> None:
    mdd = _item(["MONDO:0002009"], "major depressive disorder", "MDD")
    assert iaa_grounding.agree(mdd, _item(["MONDO:0002050", "MONDO:0002009"], "depressive disorder"), _norm)
    # both grounded to different ids: no agreement on the concept, though the surface form is shared
    other = _item(["MONDO:0002050"], "depressive disorder", "MDD")
    assert not iaa_grounding.agree(mdd, other, _norm)
    assert iaa_grounding.agree(mdd, other, _norm, by_ids=False)
    # an ungrounded item agrees by its name
    assert iaa_grounding.agree(_item([], "Kai-Xin-San"), _item(["MESH:C000605449"], "kai-xin-san"), _norm)


def test_counts_are_one_to_one_per_class() -> None:
    a = {"x": {"entities": {"Disorder": [_item(["D:1"], "a"), _item(["D:2"], "b")], "Cytokine": []}}}
    b = {"x": {"entities": {"Disorder": [_item(["D:1"], "a")], "Cytokine": [_item(["C:1"], "il-6")]}}}
    counts = iaa_grounding.compare(a, b, ["x"], _norm)
    assert counts["Disorder"] == (1, 1, 0)
    assert counts["Cytokine"] == (0, 0, 1)
    assert counts["micro"] == (1, 1, 1)


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="needs ../shared/tools/score.py")
def test_a_reading_agrees_with_itself_and_disagreements_are_listed(tmp_path, capsys) -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    changed = [dict(r, entities={**r["entities"], "Cytokine": []}) for r in records]
    lost = sum(len(r["entities"]["Cytokine"]) for r in records)
    assert lost  # the set has cytokines to lose
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in changed), encoding="utf-8")
    out = tmp_path / "dis.jsonl"
    iaa_grounding.main(["--shared", str(SHARED), str(GOLD), str(GOLD)])
    same = capsys.readouterr().out
    assert "all      concept         1.000" in same
    iaa_grounding.main(["--shared", str(SHARED), str(GOLD), str(tmp_path / "b.jsonl"), "--disagreements", str(out)])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["only_a"]["Cytokine"]) for r in rows) == lost
    assert not any(r["only_b"][c] for r in rows for c in iaa_grounding.CLASSES)


def test_adjudicated_gold_keeps_agreed_items_with_both_readers_ids_and_only_the_kept_disputes() -> None:
    a = {"id": "x", "part": "tune", "entities": {
        "Disorder": [_item(["MONDO:0002009"], "major depressive disorder", "MDD"), _item([], "stress disorder")],
        "Cytokine": [_item(["PR:1"], "IL-6")]}}
    b = {"id": "x", "entities": {
        "Disorder": [_item(["MONDO:0002050", "MONDO:0002009"], "depressive disorder", "depression")],
        "Cytokine": [_item(["PR:1"], "interleukin-6"), _item(["PR:2"], "TNF")]}}
    kept = {"Cytokine": [_item(["PR:2"], "tumour necrosis factor", "TNF")],
            "Disorder": [_item(["MONDO:0002009"], "Major depressive disorder", "depressive illness"),
                         _item(["MESH:D061218", "MONDO:0002009"], "treatment-resistant depression")]}
    out = iaa_grounding.adjudicate(a, b, kept, _norm)
    assert out["part"] == "tune"
    assert out["entities"]["Disorder"] == [
        _item(["MONDO:0002009", "MONDO:0002050"], "major depressive disorder", "MDD", "depression", "depressive illness"),
        _item(["MESH:D061218", "MONDO:0002009"], "treatment-resistant depression")]  # a fallback id shared: kept apart
    assert [i["label"] for i in out["entities"]["Cytokine"]] == ["IL-6", "tumour necrosis factor"]
    assert out["entities"]["Pathway"] == []


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="needs ../shared/tools/score.py")
def test_the_shipped_gold_is_the_adjudication_of_each_batchs_two_readings(tmp_path) -> None:
    data = GOLD.parent
    records = []
    for batch, (a, b) in {"batch1": ("reader1", "reader2"), "batch2": ("readerA", "readerB")}.items():
        out = tmp_path / f"{batch}.jsonl"
        iaa_grounding.main(["--shared", str(SHARED), str(data / f"immunopsychiatry-{batch}-{a}.jsonl"),
                            str(data / f"immunopsychiatry-{batch}-{b}.jsonl"),
                            "--adjudicated", str(data / f"immunopsychiatry-{batch}-adjudication.jsonl"),
                            "--out", str(out)])
        records += out.read_text(encoding="utf-8").splitlines()
    records.sort(key=lambda line: json.loads(line)["id"])
    assert "".join(line + "\n" for line in records).encode() == GOLD.read_bytes()



@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="needs ../shared/tools/score.py")
def test_the_check_set_gold_is_the_adjudication_of_its_two_readings_and_disjoint_from_the_annotated_set(
        tmp_path) -> None:
    data = GOLD.parent
    out = tmp_path / "check.jsonl"
    iaa_grounding.main(["--shared", str(SHARED), str(data / "immunopsychiatry-check-readerA.jsonl"),
                        str(data / "immunopsychiatry-check-readerB.jsonl"),
                        "--adjudicated", str(data / "immunopsychiatry-check-adjudication.jsonl"), "--out", str(out)])
    assert out.read_bytes() == (data / "immunopsychiatry-check.jsonl").read_bytes()
    check = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    annotated = {json.loads(line)["id"] for line in GOLD.read_text(encoding="utf-8").splitlines()}
    assert len(check) == 40 and {r["part"] for r in check} == {"check"} and not {r["id"] for r in check} & annotated
    from _grounding_sets import check_sample

    assert check_sample(SHARED) == [r["id"] for r in check]  # the same draw

def test_pairing_prefers_the_same_label_then_the_same_first_id_over_a_shared_fallback_id() -> None:
    ibs = _item(["MONDO:0005052"], "irritable bowel syndrome", "IBS")
    ibd_a = _item(["MONDO:0005265"], "inflammatory bowel disease")
    ibd_b = _item(["MONDO:0005265", "MONDO:0005052"], "inflammatory bowel disease")
    assert iaa_grounding.pairing([ibs, ibd_a], [ibd_b, dict(ibs)], _norm) == [(0, 1), (1, 0)]
    starch = [_item(["MESH:D013213"], name) for name in ("butylated starch", "acetylated starch")]
    other = [_item(["MESH:C050766", "MESH:D013213"], "acetylated starch"), _item(["MESH:D013213"], "butylated starch")]
    assert iaa_grounding.pairing(starch, other, _norm) == [(0, 1), (1, 0)]
