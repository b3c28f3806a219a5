"""The labelled extra set (``extract/data/design-extra.jsonl``): labels only, drawn by its stated hash rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipkg.extract.design_corpus import (EXTRA_PATH, EXTRA_QUOTAS, N_FOLDS, external_heldout, extra_fold,
                                        extra_labels, extra_sample, iter_design_records, iter_extra_records)

SHARED = Path(__file__).resolve().parents[2] / "shared"
CLASSES = {"RandomizedControlledTrial", "NonRandomizedTrial", "MetaAnalysis", "SystematicReview", "Review",
           "ObservationalStudy", "AnimalStudy", "InVitroStudy", "CaseReport"}


def test_labels_only_and_valid() -> None:
    labels = extra_labels()
    assert len(labels) == sum(EXTRA_QUOTAS.values())
    for record_id, row in labels.items():
        assert set(row) == {"id", "design", "sample_size", "quote"}  # no title, no abstract: no text is stored
        assert row["design"] in CLASSES or row["design"] is None
        assert row["sample_size"] is None or (isinstance(row["sample_size"], int) and row["sample_size"] >= 1)
        assert row["design"] != "CaseReport" or row["sample_size"] is not None
        assert 0 < len(row["quote"]) <= 200
        assert not external_heldout(record_id)  # the external held-out slice is never labelled here
    assert {extra_fold(i) for i in labels} == set(range(N_FOLDS))
    assert EXTRA_PATH.name == "design-extra.jsonl"


@pytest.mark.shared
def test_the_labels_are_the_seeded_sample_and_quotes_are_verbatim() -> None:
    sample = extra_sample(SHARED)
    labels = extra_labels()
    assert [r.id for r in sample] == list(labels)  # the file is exactly the draw, in its order
    design_titles = {r.title.lower() for r in iter_design_records(SHARED)}
    for record in sample:
        assert labels[record.id]["quote"] in f"{record.title} {record.abstract}"
        assert record.title.lower() not in design_titles
    records = list(iter_extra_records(SHARED))
    assert len(records) == sum(row["design"] is not None for row in labels.values())
    assert all(r.part == "extra" and r.title for r in records)
