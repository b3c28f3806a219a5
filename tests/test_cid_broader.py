"""The hypernym filter of the CID model (issue 12): of two diseases a chemical is stated to cause in one abstract,
the one broader in MeSH is dropped (ipkg.extract.cid_broader). Sentences written for the test."""

from __future__ import annotations

import pytest

from ipkg.extract import cid_model
from ipkg.extract.annotate import annotate
from ipkg.extract.cid_broader import TABLE, broader, drop_broader, write_table
from ipkg.extract.findings import candidate_findings
from ipkg.learn import LinearModel
from ipkg.models import Concept, Document, Mention

OBO = "http://purl.obolibrary.org/obo/"
DRUG = Concept(OBO + "CHEBI_1", "drug a", "Intervention")
OTHER = Concept(OBO + "CHEBI_2", "drug b", "Intervention")
KIDNEY, ACUTE, SEIZURE = (Concept(OBO + f"MONDO_{n}", name, "Disorder")
                          for n, name in ((1, "kidney disease"), (2, "acute kidney injury"), (3, "seizure")))
TREES = {KIDNEY.iri: ("C12.777.419",), ACUTE.iri: ("C12.777.419.780.050",), SEIZURE.iri: ("C10.597.742",)}


def test_broader_reads_mesh_tree_numbers() -> None:
    assert broader(KIDNEY, ACUTE, TREES)
    assert not broader(ACUTE, KIDNEY, TREES)
    assert not broader(KIDNEY, KIDNEY, TREES)
    assert not broader(KIDNEY, SEIZURE, TREES)
    # a prefix only at a dot: C12.777.41 is no ancestor of C12.777.419
    assert not broader(Concept(OBO + "MONDO_9", "x", "Disorder"), KIDNEY, {**TREES, OBO + "MONDO_9": ("C12.777.41",)})
    assert not broader(KIDNEY, Concept(OBO + "MONDO_8", "unmapped", "Disorder"), TREES)


def test_the_broader_disease_of_one_chemical_is_dropped() -> None:
    pairs = [(DRUG, KIDNEY), (DRUG, ACUTE), (DRUG, SEIZURE), (OTHER, KIDNEY)]
    # drug a's kidney disease goes (acute kidney injury is narrower); drug b's stays: its narrower one is a's
    assert drop_broader(pairs, [], TREES) == [False, True, True, True]
    # the narrower disease may come from the rules' adverse effects
    assert drop_broader([(OTHER, KIDNEY)], [(OTHER, ACUTE)], TREES) == [False]
    assert drop_broader([(OTHER, ACUTE)], [(OTHER, KIDNEY)], TREES) == [True]


@pytest.mark.shared
def test_the_shipped_table_is_mesh_and_rebuilds_the_same(tmp_path, grounder) -> None:  # type: ignore[no-untyped-def]
    renal, acute = grounder.lookup("renal failure"), grounder.lookup("acute renal failure")
    hypotension = grounder.lookup("hypotension")
    assert renal and acute and hypotension
    assert broader(renal, acute) and not broader(acute, renal) and not broader(hypotension, acute)
    out = tmp_path / "table.tsv.gz"
    write_table(out)
    assert out.read_bytes() == TABLE.read_bytes()


def test_model_findings_state_the_narrower_disease(monkeypatch, grounder) -> None:  # type: ignore[no-untyped-def]
    # a model that keeps every pair, so that only the filter decides
    monkeypatch.setattr(cid_model, "load_model", lambda: LinearModel(cid_model.CLASSES, (0.0,), {}, {"threshold": 0.0}))
    renal, acute = grounder.lookup("renal failure"), grounder.lookup("acute renal failure")
    text = "Renal failure was seen in 12 patients given drug a; in four of them drug a led to acute renal failure."
    spans = [("Renal failure", renal, 0), ("drug a", DRUG, 0), ("drug a", DRUG, 60), ("acute renal failure", acute, 0)]
    mentions = []
    for surface, concept, after in spans:
        start = text.index(surface, after)
        mentions.append(Mention("abstract", start, start + len(surface), surface, concept))
    annotated = annotate(Document("t.txt", "", text), sorted(mentions))
    found = cid_model.model_findings(annotated, candidate_findings(annotated), [])
    assert {(f.subject.label, f.obj.label) for f in found} == {("drug a", acute.label)}


def test_the_tree_features_name_a_kind_of_disease_never_one() -> None:
    from ipkg.extract.cid_model import _tree_features

    unmapped = Concept(OBO + "MONDO_8", "unmapped", "Disorder")
    assert _tree_features([KIDNEY, ACUTE, SEIZURE, unmapped], TREES) == {
        KIDNEY.iri: {"DTREE:C12", "DTREE2:C12.777", "DBROADER"}, ACUTE.iri: {"DTREE:C12", "DTREE2:C12.777", "DNARROWER"},
        SEIZURE.iri: {"DTREE:C10", "DTREE2:C10.597"}, unmapped.iri: set()}
    assert _tree_features([KIDNEY], TREES) == {KIDNEY.iri: {"DTREE:C12", "DTREE2:C12.777"}}
