"""CID round 22 (session 24, issue 12; docs/findings.md section 8w): a class's harm stated beside its member's with
the same disease is the member's (:func:`ipkg.extract.cid_classes.drop_classes`), and a disorder whose mention holds
the population's noun ("schizophrenic patients") or names one person after it ("a hypertensive man") names the
population (the ``DPOP`` feature of :func:`ipkg.extract.cid_model.pair_features`). Self-written sentences; the
concepts and the class table are given, so that only the rules are tested.
"""

from __future__ import annotations

import pytest

from ipkg.extract import cid_classes
from ipkg.extract.cid_classes import drop_classes, without_class_harms
from ipkg.extract.cid_model import pair_features
from ipkg.extract.findings import candidate_findings
from ipkg.models import Concept, Finding
from tests.test_cid_round15 import annotated_with

OBO = "http://purl.obolibrary.org/obo/"
SUNITINIB = Concept(OBO + "CHEBI_38940", "sunitinib", "Intervention")
SORAFENIB = Concept(OBO + "CHEBI_50924", "sorafenib", "Intervention")
INHIBITOR = Concept(OBO + "CHEBI_48422", "angiogenesis inhibitor", "Intervention")
HEMOLYSIS = Concept(OBO + "HP_0001878", "Hemolysis", "Phenotype")
HYPERTENSION = Concept(OBO + "MONDO_0005044", "hypertensive disorder", "Disorder")
SCHIZOPHRENIA = Concept(OBO + "MONDO_0005090", "schizophrenia", "Disorder")
LOSARTAN = Concept(OBO + "CHEBI_6541", "losartan", "Intervention")
RISPERIDONE = Concept(OBO + "CHEBI_8871", "risperidone", "Intervention")


@pytest.fixture
def classes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in class table: sunitinib and sorafenib are angiogenesis inhibitors."""
    table = {SUNITINIB.iri: frozenset({INHIBITOR.iri}), SORAFENIB.iri: frozenset({INHIBITOR.iri})}
    monkeypatch.setattr(cid_classes, "load_classes", lambda: table)


def _harm(chem: Concept, dis: Concept, negated: bool = False) -> Finding:
    return Finding(chem, "hasAdverseEffect", dis, "", "abstract", 0, 0, negated=negated)


def test_a_class_beside_its_member_with_the_same_disease_is_dropped(classes: None) -> None:
    pairs = [(INHIBITOR, HEMOLYSIS), (SUNITINIB, HEMOLYSIS), (SORAFENIB, HEMOLYSIS)]
    assert drop_classes(pairs) == [False, True, True]
    # the class's harm stays when no member is stated with that disease, or when only a non-member is
    assert drop_classes([(INHIBITOR, HEMOLYSIS), (SUNITINIB, HYPERTENSION)]) == [True, True]
    assert drop_classes([(INHIBITOR, HEMOLYSIS), (LOSARTAN, HEMOLYSIS)]) == [True, True]


def test_only_the_classes_stated_harm_goes(classes: None) -> None:
    denied = _harm(INHIBITOR, HEMOLYSIS, negated=True)
    treats = Finding(INHIBITOR, "treats", HEMOLYSIS, "", "abstract", 0, 0)
    found = (_harm(INHIBITOR, HEMOLYSIS), _harm(SUNITINIB, HEMOLYSIS), denied, treats)
    assert without_class_harms(found) == found[1:]
    # a denied harm of the member does not make the class's stated one the member's
    alone = (_harm(INHIBITOR, HEMOLYSIS), _harm(SUNITINIB, HEMOLYSIS, negated=True))
    assert without_class_harms(alone) == alone


def _features(text: str, names: dict[str, Concept], chem: Concept, dis: Concept) -> set[str]:
    annotated = annotated_with(text, names)
    return pair_features(annotated, candidate_findings(annotated))[(chem, dis)][0]


def test_a_disorder_whose_mention_holds_the_population_names_it() -> None:
    text = "Two schizophrenic patients were treated with risperidone. Both later had visual disturbances."
    held = _features(text, {"schizophrenic patients": SCHIZOPHRENIA, "risperidone": RISPERIDONE},
                     RISPERIDONE, SCHIZOPHRENIA)
    assert "DPOP" in held
    # the shorter mention with the noun after it named the population before this round, and still does
    after = _features(text, {"schizophrenic": SCHIZOPHRENIA, "risperidone": RISPERIDONE}, RISPERIDONE, SCHIZOPHRENIA)
    assert "DPOP" in after
    caused = _features("Risperidone-induced schizophrenia-like psychosis was seen.",
                       {"schizophrenia": SCHIZOPHRENIA, "Risperidone": RISPERIDONE}, RISPERIDONE, SCHIZOPHRENIA)
    assert "DPOP" not in caused


def test_one_person_named_after_the_disorder_is_the_population() -> None:
    names = {"hypertensive": HYPERTENSION, "losartan": LOSARTAN}
    one = _features("We report a 70-year-old hypertensive man who developed anuria after losartan.", names,
                    LOSARTAN, HYPERTENSION)
    assert "DPOP" in one
    # "human" is no person noun after the disorder
    other = _features("Losartan lowered hypertensive human responses.", {"hypertensive": HYPERTENSION,
                                                                            "Losartan": LOSARTAN}, LOSARTAN, HYPERTENSION)
    assert "DPOP" not in other


def test_a_mention_between_the_person_and_the_disorder_does_not_hide_the_population() -> None:
    palsy = Concept(OBO + "MONDO_0006497", "cerebral palsy", "Disorder")
    epilepsy = Concept(OBO + "MONDO_0005027", "epilepsy", "Disorder")
    clonidine = Concept(OBO + "CHEBI_3757", "clonidine", "Intervention")
    names = {"cerebral palsy": palsy, "seizure disorder": epilepsy, "clonidine": clonidine}
    text = "A 5-year-old child with cerebral palsy and seizure disorder received clonidine for restlessness."
    assert "DPOP" in _features(text, names, clonidine, epilepsy)
