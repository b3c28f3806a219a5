"""The second grounding check set (session 17, issue 13): its gold, its draw, its fixed halves and its bench rows.

No test here runs ipkg's grounding on the set's texts: the bench rows are checked with the scorer stubbed out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

from tests.constants import SHARED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _grounding_sets  # noqa: E402
import bench_grounding  # noqa: E402
import iaa_grounding  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "grounding"
needs_shared = pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="needs ../shared")

#: the halves, fixed before anyone scored ipkg on the set: the 20 ids with the smallest SHA-256 of
#: "ipkg-ground-check2-split:<id>"
CHECK2_READ = ["bb-1091", "bb-1142", "bb-1230", "bb-1494", "bb-1811", "bb-1950", "bb-305", "bb-511", "bb-639",
               "bb-918", "bb-991", "gb-26497477", "gb-32130662", "gb-34338703", "gb-37537902", "gb-37630602",
               "gb-37892465", "gb-38317780", "gb-38479554", "gb-39021576"]
#: the first check set's read half (session 8), which the salt argument must leave as it was
CHECK_READ = ["bb-108", "bb-1169", "bb-1282", "bb-1351", "bb-1429", "bb-1561", "bb-1754", "bb-176", "bb-1852",
              "bb-1897", "bb-221", "bb-286", "bb-35", "bb-365", "bb-459", "bb-526", "bb-579", "bb-594", "bb-662",
              "bb-779"]


def _gold() -> list[dict]:
    return [json.loads(line) for line in _grounding_sets.ANNOTATED_CHECK2.read_text(encoding="utf-8").splitlines()]


@needs_shared
def test_the_gold_rebuilds_byte_for_byte_from_the_two_readings_and_the_adjudication(tmp_path) -> None:
    out = tmp_path / "check2.jsonl"
    iaa_grounding.main(["--shared", str(SHARED), str(DATA / "immunopsychiatry-check2-readerA.jsonl"),
                        str(DATA / "immunopsychiatry-check2-readerB.jsonl"),
                        "--adjudicated", str(DATA / "immunopsychiatry-check2-adjudication.jsonl"), "--out", str(out)])
    assert out.read_bytes() == _grounding_sets.ANNOTATED_CHECK2.read_bytes()
    gold = _gold()
    assert len(gold) == 40 and {r["part"] for r in gold} == {"check2"}
    assert {r["source"]["corpus"] for r in gold} == {"bannach-brown-2019", "gutbrainie"}


@needs_shared
def test_the_draw_returns_the_sets_40_ids_and_none_of_an_earlier_set() -> None:
    ids = [r["id"] for r in _gold()]
    assert _grounding_sets.check2_sample(SHARED) == ids
    assert sum(i.startswith("gb-") for i in ids) == 20
    earlier = {json.loads(line)["id"] for line in _grounding_sets.ANNOTATED.read_text(encoding="utf-8").splitlines()}
    assert not set(ids) & (earlier | set(_grounding_sets.check_sample(SHARED)))


def test_the_halves_are_20_and_20_and_fixed() -> None:
    ids = [r["id"] for r in _gold()]
    halves = _grounding_sets.check_halves(ids, _grounding_sets.CHECK_SETS["check2"][1])
    assert sorted(i for i in ids if halves[i] == "read") == CHECK2_READ
    assert sum(h == "judge" for h in halves.values()) == 20


@needs_shared
def test_the_first_check_sets_halves_are_unchanged_by_the_salt_argument() -> None:
    ids = _grounding_sets.check_sample(SHARED)
    halves = _grounding_sets.check_halves(ids)
    assert sorted(i for i in ids if halves[i] == "read") == CHECK_READ


@needs_shared
def test_each_half_reads_its_texts_the_gutbrainie_ones_from_the_bronze_articles() -> None:
    for half in ("check2-read", "check2-judge"):
        records = _grounding_sets.read_annotated(SHARED, half)
        assert len(records) == 20
        for doc, gold in records:
            text = f"{doc.title} {doc.abstract}"
            assert len(doc.abstract) >= 400
            for items in gold["entities"].values():  # every alias is a surface form of the text
                assert all(alias in text for item in items for alias in item["aliases"]), gold["id"]


def test_an_alias_the_adjudicator_moves_leaves_the_agreed_item_and_stays_on_the_kept_one() -> None:
    ms = {"ids": ["MONDO:0005301"], "label": "multiple sclerosis", "aliases": ["MS", "a chronic CNS disease"]}
    record_a = {"id": "x", "entities": {"Disorder": [ms]}}
    record_b = {"id": "x", "entities": {"Disorder": [dict(ms, aliases=["MS"])]}}
    kept = {"Disorder": [{"ids": ["MONDO:0002602"], "label": "CNS disorder", "aliases": ["a chronic CNS disease"]}]}
    norm = str.lower
    moved = iaa_grounding.adjudicate(record_a, record_b, kept, norm, ["A chronic CNS disease"])
    assert [i["aliases"] for i in moved["entities"]["Disorder"]] == [["MS"], ["a chronic CNS disease"]]
    unmoved = iaa_grounding.adjudicate(record_a, record_b, kept, norm)
    assert unmoved["entities"]["Disorder"][0]["aliases"] == ["MS", "a chronic CNS disease"]


@needs_shared
def test_bench_rows_print_both_halves_and_v_lists_only_the_read_half(monkeypatch) -> None:
    calls = []

    def scored(records, grounder, score, classes, verbose):  # stands in for ipkg's grounding: nothing is run
        calls.append((records[0][1]["id"] in CHECK2_READ, verbose))
        return {c: (0, 0, 0) for c in classes}

    monkeypatch.setattr(bench_grounding, "bench_annotated", scored)
    args = argparse.Namespace(only="annotated-check2", verbose=True, shared=SHARED)
    rows = bench_grounding._split_rows(args, "dev", None, None, None)
    assert "immunopsychiatry check2-read (20) micro" in rows and "immunopsychiatry check2-judge (20) micro" in rows
    assert calls == [(True, True), (False, False)]
    assert bench_grounding._split_rows(args, "train", None, None, None) == ""
