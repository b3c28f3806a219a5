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


@pytest.mark.parametrize("part", ["report", "report2", "heldout", "report4", "heldoutall"])
def test_the_held_out_parts_refuse_to_list_their_errors(part, capsys) -> None:
    import bench_findings

    with pytest.raises(SystemExit) as stop:
        bench_findings.main(["--part", part, "-v"])
    assert stop.value.code == 2
    assert "refused on the held-out parts" in capsys.readouterr().err


def test_the_held_out_parts_are_the_report_half_and_disjoint_from_the_tuning_part() -> None:
    import bench_findings
    from _grounding_sets import ANNOTATED

    def ids(path: Path) -> set[str]:
        return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}

    report = {json.loads(line)["id"] for line in ANNOTATED.read_text(encoding="utf-8").splitlines()
              if json.loads(line)["part"] == "report"}
    first, second, tune = ids(bench_findings.GOLD), ids(bench_findings.GOLD_R2), ids(bench_findings.GOLD_TUNE)
    assert not first & second and first | second <= report and not (first | second) & tune
    assert bench_findings.PARTS["heldout"] == (bench_findings.GOLD, bench_findings.GOLD_R2)


def test_the_third_tuning_part_is_the_second_check_sets_judge_half_and_no_longer_held_out() -> None:
    import bench_findings
    from _grounding_sets import ANNOTATED_CHECK2, CHECK_SETS, check_halves

    def ids(path: Path) -> set[str]:
        return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}

    halves = check_halves(sorted(ids(ANNOTATED_CHECK2)), CHECK_SETS["check2"][1])
    third = ids(bench_findings.GOLD_R3)
    assert third == {i for i, half in halves.items() if half == "judge"}
    others = set().union(*(ids(path) for path in (bench_findings.GOLD, bench_findings.GOLD_R2,
                                                    bench_findings.GOLD_TUNE, bench_findings.GOLD_TUNE2)))
    assert not third & others
    assert bench_findings.PARTS["heldoutall"] == bench_findings.HELD_OUT
    assert bench_findings.GOLD_R3 not in bench_findings.HELD_OUT
    assert bench_findings.PARTS["tune3"] == (bench_findings.GOLD_R3,)


def test_the_fourth_held_out_part_is_the_first_check_sets_judge_half() -> None:
    import bench_findings
    from _grounding_sets import ANNOTATED_CHECK, CHECK_SETS, check_halves

    def ids(path: Path) -> set[str]:
        return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}

    halves = check_halves(sorted(ids(ANNOTATED_CHECK)), CHECK_SETS["check"][1])
    fourth = ids(bench_findings.GOLD_R4)
    assert fourth == {i for i, half in halves.items() if half == "judge"} and len(fourth) == 20
    others = set().union(*(ids(path) for path in (bench_findings.GOLD, bench_findings.GOLD_R2, bench_findings.GOLD_R3,
                                                    bench_findings.GOLD_TUNE, bench_findings.GOLD_TUNE2)))
    assert not fourth & others
    assert bench_findings.GOLD_R4 in bench_findings.HELD_OUT
