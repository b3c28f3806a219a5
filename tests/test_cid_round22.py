"""CID round 22 (session 24, issue 12; docs/findings.md section 8w): a class's harm stated beside its member's with
the same disease is the member's (:func:`ipkg.extract.cid_classes.drop_classes`). The concepts and the class table
are given, so that only the rule is tested.
"""

from __future__ import annotations

import pytest

from ipkg.extract import cid_classes
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
