"""``bench/bench_cid.py --unreached`` (CID round 20, docs/findings.md 8u): why a gold concept is in no candidate pair,
read from its gold spans and ipkg's mentions. A stand-in map gives the MeSH ids, so the test reads the kinds only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ipkg.models import Concept, Mention

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_cid  # noqa: E402

OBO = "http://purl.obolibrary.org/obo/"


class _Map:
    """Concept label -> its MeSH ids (the first the one chosen); no chemically induced forms, no emotions."""

    def __init__(self, ids: dict[str, list[str]]) -> None:
        self.ids = ids

    def one(self, concept: Concept) -> str | None:
        return (self.ids.get(concept.label) or [None])[0]

    def disease_id(self, concept: Concept, induced: bool = True) -> str | None:
        return self.one(concept)

    def __call__(self, concept: Concept) -> frozenset[str]:
        return frozenset(self.ids.get(concept.label, ()))

    induced_ids = __call__


def _mention(start: int, end: int, label: str, cls: str = "Disorder", passage: str = "abstract") -> Mention:
    return Mention(passage, start, end, label, Concept(OBO + label.replace(" ", "_"), label, cls))


def _kind(mentions: list[Mention], spans: list[tuple[str, int, int, str, bool]], ids: dict[str, list[str]],
          gold: str = "D011014", kind: str = "Disease") -> str:
    return bench_cid._unreached_kind(_Map(ids), kind, gold, spans, mentions)  # type: ignore[arg-type]


def test_no_mention_by_wording() -> None:
    assert _kind([], [("abstract", 0, 14, "blurred vision", False)], {}) == "no mention: other wording"
    assert _kind([], [("abstract", 0, 29, "memory and learning impairments", True)], {}) == "no mention: composite"
    assert _kind([], [("abstract", 0, 3, "SLE", False)], {}) == "no mention: abbreviation"
    assert _kind([], [("abstract", 0, 4, "PGE2", False)], {}) == "no mention: abbreviation"
    assert _kind([], [("title", 0, 6, "Angina", False)], {}) == "no mention: other wording (title only)"
    assert _kind([], [("title", 0, 9, "steatosis", False)], {}) == "no mention: other wording (title only)"
    assert _kind([], [], {}) == "no gold mention"


def test_a_mention_on_the_gold_span() -> None:
    span = [("abstract", 10, 21, "pneumonitis", False)]
    assert _kind([_mention(10, 21, "pneumonitis", "Pathway")], span, {}) == "a mention of another class (Pathway)"
    assert _kind([_mention(10, 21, "pneumonitis")], span, {}) == "a mention without a MeSH id"
    assert _kind([_mention(10, 21, "pneumonitis")], span, {"pneumonitis": ["D008171", "D011014"]}) == (
        "a mention, another of its MeSH ids chosen")
    assert _kind([_mention(30, 41, "pneumonitis")], span, {"pneumonitis": ["D011014"]}) == "no mention: other wording"


@pytest.mark.shared
def test_broader_narrower_and_newer_ids() -> None:
    span = [("abstract", 0, 11, "pneumonitis", False)]
    # Lung Diseases (C08.381) is broader than Pneumonia (C08.381.677); Fever narrower than Body Temperature Changes
    assert _kind([_mention(0, 11, "pneumonitis")], span, {"pneumonitis": ["D008171"]}) == "a mention, broader id"
    assert bench_cid.mesh_relation("D005334", "D001832") == "narrower"
    assert bench_cid.mesh_relation("D006261", "D011014") == "unrelated"
    chem = [("abstract", 0, 10, "olanzapine", False)]
    olanzapine = _mention(0, 10, "olanzapine", "Intervention")
    assert _kind([olanzapine], chem, {"olanzapine": ["D000077152"]}, "C076029", "Chemical") == (
        "a mention, a descriptor newer than the gold's MeSH")
