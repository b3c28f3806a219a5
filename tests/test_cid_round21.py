"""CID round 21 (issue 12): the disease side of an official (chemical, disease) MeSH pair at BioCreative's
granularity, from MeSH's own data: an emotion as MeSH's disorder of it, and a disease's "..., Secondary" child as
the form a chemical induces (as its "..., Drug-Induced" child was)."""

from __future__ import annotations

import pytest

from ipkg.ground.meshmap import MeshMap
from ipkg.models import Concept
from tests.constants import SHARED

pytestmark = pytest.mark.shared

OBO = "http://purl.obolibrary.org/obo/"
HALOPERIDOL = Concept("http://id.nlm.nih.gov/mesh/D006220", "Haloperidol", "Intervention")


@pytest.fixture(scope="module")
def mesh() -> MeshMap:
    return MeshMap(SHARED)


def test_an_emotion_in_a_pair_is_its_disorder(mesh: MeshMap) -> None:
    anxiety = Concept(OBO + "HP_0000739", "Anxiety", "Phenotype")
    # the concept's one id stays the emotion (the grounding's); the pair names the disorder
    assert mesh.one(anxiety) == "D001007"
    assert mesh.disease_id(anxiety) == "D001008" and mesh.pair(HALOPERIDOL, anxiety) == ("D006220", "D001008")
    assert mesh.pair(HALOPERIDOL, anxiety, induced=False) == ("D006220", "D001008")
    # a disease that is no emotion is its own id
    psychosis = Concept(OBO + "MONDO_0005485", "psychotic disorder", "Disorder")
    assert mesh.disease_id(psychosis, induced=False) == "D011618"


def test_a_secondary_form_is_the_induced_one(mesh: MeshMap) -> None:
    # Parkinsonian Disorders -> Parkinson Disease, Secondary; Hyperparathyroidism -> its secondary form
    assert "D010302" in mesh.induced["D020734"] and "D006962" in mesh.induced["D006961"]
    parkinsonism = Concept(OBO + "MONDO_0021095", "parkinsonian disorder", "Disorder")
    assert mesh.one(parkinsonism) == "D020734"
    assert mesh.pair(HALOPERIDOL, parkinsonism) == ("D006220", "D010302")
    assert mesh.pair(HALOPERIDOL, parkinsonism, induced=False) == ("D006220", "D020734")
    assert mesh.induced_ids(parkinsonism) == {"D020734", "D010302"}
    # only through a disease tree: Protein Structure, Secondary (G02) and Immunization, Secondary (E02) are no
    # disease's form; a drug-induced form keeps its own trees (Psychoses, Substance-Induced is under F03 too)
    forms = set().union(*mesh.induced.values())
    assert "D017433" not in forms and "D007117" not in forms
    assert "D011605" in mesh.induced["D011618"]


def test_a_label_of_another_granularity_says_nothing() -> None:
    from ipkg.extract.train_cid import mesh_relation, unlabelled

    gold = {("D006220", "D011014")}  # haloperidol, Pneumonia
    assert mesh_relation("D008171", "D011014") == "broader"  # Lung Diseases above Pneumonia
    assert unlabelled({("D006220", "D008171")}, gold)  # the same chemical, a broader disease
    assert mesh_relation("D011024", "D011014") == "narrower"  # Pneumonia, Viral under Pneumonia
    assert unlabelled({("D006220", "D011024")}, gold)  # a narrower one likewise
    assert not unlabelled({("D006220", "D011014")}, gold)  # the gold pair itself is labelled
    assert not unlabelled({("D000001", "D008171")}, gold)  # another chemical
    assert not unlabelled({("D006220", "D006261")}, gold)  # an unrelated disease (Headache)
    assert not unlabelled(set(), gold)


def test_rows_left_out_of_fitting_only() -> None:
    from ipkg.extract.train_cid import SweepDoc, fitted_rows

    doc = SweepDoc("1", set(), [], [({"a"}, 1), ({"b"}, 0), ({"c"}, 0)], [], unlabelled=frozenset({1}))
    assert fitted_rows([doc, doc._replace(unlabelled=frozenset())]) == [({"a"}, 1), ({"c"}, 0),
                                                                      ({"a"}, 1), ({"b"}, 0), ({"c"}, 0)]
