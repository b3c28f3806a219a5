"""CID round 22 (session 24, issue 12; docs/findings.md section 8w): a class's harm stated beside its member's with
a harm of its member is the member's (:func:`ipkg.extract.cid_classes.drop_classes`), and a rules' harm of a disease
broader than another the chemical is stated with goes as the model's does
(:func:`ipkg.extract.cid_model.without_broader_harms`). The concepts, the class table and the MeSH trees are given,
so that only the rules are tested.
"""

from __future__ import annotations

import pytest

from ipkg.extract import cid_broader, cid_classes
from ipkg.extract.cid_model import without_broader_harms
from ipkg.extract.cid_classes import drop_classes, without_class_harms
from ipkg.models import Concept, Finding

OBO = "http://purl.obolibrary.org/obo/"
SUNITINIB = Concept(OBO + "CHEBI_38940", "sunitinib", "Intervention")
SORAFENIB = Concept(OBO + "CHEBI_50924", "sorafenib", "Intervention")
INHIBITOR = Concept(OBO + "CHEBI_48422", "angiogenesis inhibitor", "Intervention")
HEMOLYSIS = Concept(OBO + "HP_0001878", "Hemolysis", "Phenotype")
HYPERTENSION = Concept(OBO + "MONDO_0005044", "hypertensive disorder", "Disorder")
LOSARTAN = Concept(OBO + "CHEBI_6541", "losartan", "Intervention")


@pytest.fixture
def classes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in class table: sunitinib and sorafenib are angiogenesis inhibitors."""
    table = {SUNITINIB.iri: frozenset({INHIBITOR.iri}), SORAFENIB.iri: frozenset({INHIBITOR.iri})}
    monkeypatch.setattr(cid_classes, "load_classes", lambda: table)


def _harm(chem: Concept, dis: Concept, negated: bool = False) -> Finding:
    return Finding(chem, "hasAdverseEffect", dis, "", "abstract", 0, 0, negated=negated)


def test_a_class_beside_its_members_harm_is_dropped(classes: None) -> None:
    pairs = [(INHIBITOR, HEMOLYSIS), (SUNITINIB, HEMOLYSIS), (SORAFENIB, HEMOLYSIS)]
    assert drop_classes(pairs) == [False, True, True]
    assert drop_classes([(INHIBITOR, HEMOLYSIS), (SUNITINIB, HYPERTENSION)]) == [False, True]
    # the class's harm stays when no member's harm is stated, only a non-member's
    assert drop_classes([(INHIBITOR, HEMOLYSIS), (LOSARTAN, HEMOLYSIS)]) == [True, True]
    assert drop_classes([(INHIBITOR, HEMOLYSIS)]) == [True]


def test_only_the_classes_stated_harm_goes(classes: None) -> None:
    denied = _harm(INHIBITOR, HEMOLYSIS, negated=True)
    treats = Finding(INHIBITOR, "treats", HEMOLYSIS, "", "abstract", 0, 0)
    found = (_harm(INHIBITOR, HEMOLYSIS), _harm(SUNITINIB, HEMOLYSIS), denied, treats)
    assert without_class_harms(found) == found[1:]
    # a denied harm of the member does not make the class's stated one the member's
    alone = (_harm(INHIBITOR, HEMOLYSIS), _harm(SUNITINIB, HEMOLYSIS, negated=True))
    assert without_class_harms(alone) == alone


def test_a_rules_harm_broader_than_another_of_the_chemical_goes() -> None:
    arrhythmia = Concept(OBO + "HP_0011675", "Arrhythmia", "Phenotype")
    arrest = Concept(OBO + "HP_0031674", "Sinus arrest", "Phenotype")
    cimetidine = Concept(OBO + "CHEBI_3699", "cimetidine", "Intervention")
    trees = {arrhythmia.iri: ("C14.280.067",), arrest.iri: ("C14.280.067.845.695",)}
    found = (_harm(cimetidine, arrhythmia), _harm(cimetidine, arrest), _harm(LOSARTAN, arrhythmia))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cid_broader, "load_trees", lambda: trees)
        assert without_broader_harms(found) == found[1:]  # another chemical's broader harm stays
        # an exposure the model does not read keeps its broader harm ("CUMS-induced depressive disorder")
        stress = Concept("https://w3id.org/ipkg/id/concept/exposure/stress", "stress", "Intervention")
        exposure = (_harm(stress, arrhythmia), _harm(stress, arrest))
        assert without_broader_harms(exposure) == exposure
        # a denied narrower harm does not take the broader one
        denied = (_harm(cimetidine, arrhythmia), _harm(cimetidine, arrest, negated=True))
        assert without_broader_harms(denied) == denied
