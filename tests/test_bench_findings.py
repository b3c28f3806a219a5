"""bench/bench_findings.py builds the curated abstracts and pairs every one with its gold record."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.constants import SHARED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


@pytest.mark.skipif(not (SHARED / "corpus" / "external").exists(), reason="needs ../shared")
def test_every_curated_abstract_is_built_and_paired(tmp_path) -> None:
    import bench_findings

    lines = bench_findings.GOLD.read_text(encoding="utf-8").splitlines()[:3]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = bench_findings.score_heldout(SHARED, gold)
    assert result["abstracts"] == 3 and result["unpaired"] == 0
    assert result["gold"] == sum(len(json.loads(line)["findings"]) for line in lines)
    assert result["predicted"] > 0  # three immunopsychiatry abstracts give ipkg findings to score
