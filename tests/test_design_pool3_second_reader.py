"""The third draw read by a second, independent reader and adjudicated (session 20, round 17)."""

from __future__ import annotations

import json
import sys

import pytest

from ipkg.extract.design_pool import (POOL3_ADJUDICATED_PATH, POOL3_PATH, POOL3_READER_B_PATH, POOL_PATHS,
                                      iter_pool_records, pool_labels)
from tests.constants import REPO, SHARED

sys.path.insert(0, str(REPO / "bench"))
import bench_design_check  # noqa: E402
import iaa_design  # noqa: E402

ADJUDICATION = REPO / "tests" / "data" / "design" / "pool3-readerB-adjudication.jsonl"
#: the ids of the calls reader B marked unsure while reading, before seeing reader A's labels
UNSURE = REPO / "tests" / "data" / "design" / "pool3-readerB-unsure.txt"
needs_shared = pytest.mark.skipif(not (SHARED / "corpus" / "external").is_dir(), reason="needs ../shared")


def _rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_adjudicated_labels_are_the_two_readers_where_they_agree_and_the_adjudication_elsewhere(tmp_path) -> None:
    out = tmp_path / "gold.jsonl"
    iaa_design.main([str(POOL3_PATH), str(POOL3_READER_B_PATH), "--adjudicated", str(ADJUDICATION),
                     "--out", str(out)])
    assert [(g["id"], g["design"], g["sample_size"], g["quote"]) for g in _rows(out)] == \
        [(s["id"], s["design"], s["sample_size"], s["quote"]) for s in _rows(POOL3_ADJUDICATED_PATH)]


def test_the_readers_label_the_same_hundred_records_and_every_dispute_is_decided_by_a_stated_rule() -> None:
    a, b = pool_labels(POOL3_PATH), pool_labels(POOL3_READER_B_PATH)
    assert a.keys() == b.keys() and len(a) == 100
    figures = iaa_design.agreement(a, b)
    assert (round(figures["design"], 3), round(figures["kappa"], 3), round(figures["sample_size"], 3)) == \
        (0.93, 0.906, 0.99)
    decided = {row["id"]: row for row in _rows(ADJUDICATION)}
    assert decided.keys() == {i for i in a if iaa_design.disputed(a[i], b[i])}
    unsure = set(UNSURE.read_text(encoding="utf-8").split())
    assert len(unsure) == 27 and unsure <= a.keys() and decided.keys() <= unsure  # every dispute was a doubtful call
    for record_id, row in decided.items():
        assert row["rule"] and {row["design_from"], row["size_from"]} <= {"A", "B"}
        assert row["design"] == (a if row["design_from"] == "A" else b)[record_id]["design"]
        assert row["sample_size"] == (a if row["size_from"] == "A" else b)[record_id]["sample_size"]


@needs_shared
def test_reader_b_quotes_are_verbatim_and_the_adjudicated_draw_is_read_as_pool3() -> None:
    texts = {r.id: f"{r.title}\n{r.abstract}" for r in bench_design_check.training_sample(SHARED, 3)}
    assert all(row["quote"] in texts[row["id"]] for row in _rows(POOL3_READER_B_PATH))
    parts = [r.part for r in iter_pool_records(SHARED, POOL_PATHS + (POOL3_ADJUDICATED_PATH,))]
    assert parts.count("pool3") == 100
