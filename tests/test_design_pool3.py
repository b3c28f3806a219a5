"""design_pool's third, targeted draw (session 19, round 16): its rule, its records and its labels."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ipkg.extract.design_corpus import external_heldout, title_design
from ipkg.extract.design_pool import POOL3_PATH, POOL_PATHS, border_wording, iter_pool_records, pool_labels
from tests.constants import REPO, SHARED

sys.path.insert(0, str(REPO / "bench"))
import bench_design_check  # noqa: E402
import iaa_design  # noqa: E402

DESIGN = REPO / "tests" / "data" / "design"
needs_shared = pytest.mark.skipif(not (SHARED / "corpus" / "external").is_dir(), reason="needs ../shared")


@pytest.mark.parametrize(("text", "kind"), [
    ("Twenty patients received drug X for eight weeks and were rated before and after.", "assigned"),
    ("An open-label pilot study of drug X in adults with asthma.", "assigned"),
    ("A phase II study of drug X in advanced cancer.", "assigned"),
    ("We reviewed the charts of 80 patients treated with drug X.", "treated-observed"),
    ("A retrospective cohort of people receiving drug X; patients received Y as well.", "treated-observed"),
    ("Patients were randomly assigned to drug X or placebo in an open-label trial.", None),  # says "random"
    ("A phase III trial of drug X.", None),
    ("Rats were given drug X.", None),
])
def test_border_wording_names_the_treatment_given_or_observed_and_nothing_that_says_random(text, kind) -> None:
    assert border_wording(text) == kind


def test_the_third_draw_labels_are_the_adjudication_of_its_two_readings(tmp_path) -> None:
    out = tmp_path / "gold.jsonl"
    iaa_design.main([str(DESIGN / "pool3-design-readerA.jsonl"), str(DESIGN / "pool3-design-readerB.jsonl"),
                     "--adjudicated", str(DESIGN / "pool3-design-adjudication.jsonl"), "--out", str(out)])
    gold = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    shipped = [json.loads(line) for line in POOL3_PATH.read_text(encoding="utf-8").splitlines()]
    assert [(g["id"].replace("_", ":", 1), g["design"], g["sample_size"], g["quote"]) for g in gold] == \
        [(s["id"], s["design"], s["sample_size"], s["quote"]) for s in shipped]
    assert len(shipped) == 100


@needs_shared
def test_the_third_draw_is_its_rule_s_records_none_of_the_earlier_draws_and_read_as_pool3() -> None:
    drawn = bench_design_check.training_sample(SHARED, 3)
    assert {r.id for r in drawn} == pool_labels(POOL3_PATH).keys()
    earlier = {r.id for n in (1, 2) for r in bench_design_check.training_sample(SHARED, n)}
    assert not {r.id for r in drawn} & earlier
    assert all(border_wording(f"{r.title}\n{r.abstract}") and title_design(r.title) is None
               and not external_heldout(r.id) for r in drawn)
    parts = [r.part for r in iter_pool_records(SHARED, POOL_PATHS + (POOL3_PATH,))]
    assert parts.count("pool3") == 100 and parts.count("pool2") == 400
    assert "pool3" not in {r.part for r in iter_pool_records(SHARED)}  # not trained on by default (round 16)
