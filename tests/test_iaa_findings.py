"""bench/iaa_findings.py: agreement of two curations of findings and their adjudication (issue 12)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import iaa_findings  # noqa: E402


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _finding(subject, relation, obj, polarity="asserted", subject_ids=(), object_ids=()):
    return {"subject": {"label": subject, "ids": list(subject_ids)}, "relation": relation,
            "object": {"label": obj, "ids": list(object_ids)}, "polarity": polarity, "direction": None,
            "evidence": ""}


def test_strict_agreement_needs_relation_and_polarity_pair_agreement_does_not() -> None:
    a = _finding("infliximab", "treats", "depression", "negated", ["CHEBI:64357"])
    b = _finding("Infliximab", "treats", "depressive disorder", "asserted", object_ids=[])
    assert not iaa_findings.findings_agree(a, b, _norm)  # objects differ by name and have no ids
    b["object"]["ids"] = ["MONDO:0002050"]
    a["object"]["ids"] = ["MONDO:0002050"]
    assert not iaa_findings.findings_agree(a, b, _norm)  # polarity differs
    assert iaa_findings.findings_agree(a, b, _norm, strict=False)
    up = _finding("LPS", "increases", "IL-6")
    assert iaa_findings.findings_agree(up, _finding("lps", "modulates", "il-6"), _norm, strict=False)
    assert not iaa_findings.findings_agree(up, _finding("lps", "modulates", "il-6"), _norm)


def test_compare_and_adjudicate() -> None:
    a = {"x": {"id": "x", "findings": [_finding("X", "treats", "Y", subject_ids=["C:1"]), _finding("X", "increases", "IL-6")]}}
    b = {"x": {"id": "x", "findings": [_finding("x", "treats", "y", subject_ids=["C:2"]), _finding("X", "decreases", "TNF")]}}
    assert iaa_findings.compare(a, b, ["x"], _norm) == (1, 2, 1, 2)
    kept = [_finding("X", "decreases", "TNF")]
    out = iaa_findings.adjudicate(a["x"], b["x"], kept, _norm)
    assert [(f["relation"], f["object"]["label"]) for f in out["findings"]] == [("treats", "Y"), ("decreases", "TNF")]
    assert out["findings"][0]["subject"]["ids"] == ["C:1", "C:2"]


FINDINGS = Path(__file__).resolve().parent / "data" / "findings"


def test_the_shipped_findings_golds_are_the_adjudications_of_their_two_curations(tmp_path) -> None:
    from tests.constants import SHARED

    if not (SHARED / "tools" / "score.py").exists():
        import pytest

        pytest.skip("needs ../shared/tools/score.py")
    for prefix, gold in (("immunopsychiatry", "immunopsychiatry-findings"),
                         ("immunopsychiatry-tune", "immunopsychiatry-findings-tune"),
                         ("immunopsychiatry-r2", "immunopsychiatry-findings-r2"),
                         ("immunopsychiatry-t2", "immunopsychiatry-findings-tune2"),
                         ("immunopsychiatry-r3", "immunopsychiatry-findings-r3"),
                         ("immunopsychiatry-r4", "immunopsychiatry-findings-r4")):
        out = tmp_path / f"{gold}.jsonl"
        iaa_findings.main(["--shared", str(SHARED), str(FINDINGS / f"{prefix}-curatorA.jsonl"),
                           str(FINDINGS / f"{prefix}-curatorB.jsonl"),
                           "--adjudicated", str(FINDINGS / f"{prefix}-adjudication.jsonl"), "--out", str(out)])
        assert out.read_bytes() == (FINDINGS / f"{gold}.jsonl").read_bytes()
