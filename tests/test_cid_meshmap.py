"""The one concept -> MeSH map (ipkg.ground.meshmap) that the grounding bench, the CID bench and the CID model's
training labels share (issue 12): its rules are ontology rules (xrefs, is_a, MeSH trees, chemical naming), each
asserted on a term, never a fact of a scored document."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ipkg.ground.meshmap import MeshMap, bare_keys, iri_curie
from ipkg.ground.variants import name_key
from ipkg.models import Concept
from tests.constants import SHARED

pytestmark = pytest.mark.shared

OBO = "http://purl.obolibrary.org/obo/"


@pytest.fixture(scope="module")
def mesh() -> MeshMap:
    return MeshMap(SHARED)


def test_one_map_for_both_benches_and_the_training_labels() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import _grounding_sets

    from ipkg.extract import train_cid

    assert _grounding_sets.MeshMap is MeshMap and train_cid.MeshMap is MeshMap
    assert "MeshMap" in _grounding_sets.__all__


def test_iri_curie() -> None:
    assert iri_curie(OBO + "MONDO_0005090") == "MONDO:0005090"
    assert iri_curie("http://purl.uniprot.org/uniprot/P05231") == "UP:P05231"
    assert iri_curie("https://example.org/x") == "https://example.org/x"


def test_descriptors_newer_than_the_corpus_stand_for_their_older_broader_ones(mesh: MeshMap) -> None:
    # Tardive Dyskinesia (D000071057, MeSH 2017) was indexed as Dyskinesia, Drug-Induced before it existed
    assert mesh.ids("MESH:D000071057") == {"D004409"}
    assert mesh.ids("MONDO:0010096", "tardive dyskinesia") == {"D004409"}  # through MONDO's xref
    assert mesh.ids("MESH:D000096722") == {"D003556"}  # Cystitis, Hemorrhagic -> Cystitis
    # a newer chemical keeps its id (it was a supplementary record, never indexed as its class)
    assert mesh.ids("MESH:D000077582") == {"D000077582"}
    assert mesh.ids("MESH:D012559") == {"D012559"}  # an old descriptor is itself
    assert MeshMap(SHARED, mesh2015=False).ids("MESH:D000071057") == {"D000071057"}


def test_chemical_names_without_their_counter_ion_or_as_their_acid(mesh: MeshMap) -> None:
    assert bare_keys(("lithium", "carbonate")) == []  # lithium's salts are the drug
    assert mesh.ids("X:1", "raloxifene") == {"D020849"}  # Raloxifene Hydrochloride
    assert mesh.ids("X:1", "sodium nitroprusside") == {"D009599"}  # Nitroprusside
    assert mesh.ids("X:1", "valproate") == {"D014635"}  # Valproic Acid
    assert mesh.ids("X:1", "ecothiopate") == {"D004456"}  # entry term Ecothiopate Iodide
    # a bare name that is a descriptor of its own keeps only that one
    assert mesh.by_bare and not set(mesh.by_bare) & set(mesh.by_name)
    assert mesh.ids("X:1", "lithium") == {"D008094"}  # not Lithium Carbonate
    assert not MeshMap(SHARED, salts=False).ids("X:1", "raloxifene")


def test_concepts_and_pairs(mesh: MeshMap) -> None:
    valproate = Concept(OBO + "CHEBI_60654", "valproate", "Intervention")
    dyskinesia = Concept(OBO + "MONDO_0010096", "tardive dyskinesia", "Disorder")
    assert mesh(valproate) == {"D014635"} and mesh(valproate) is mesh(valproate)  # memoised
    assert mesh.pairs(valproate, dyskinesia) == {("D014635", "D004409")}


def test_a_chemically_induced_disease_is_also_its_induced_descriptor(mesh: MeshMap) -> None:
    # BC5CDR pairs name the "..., Drug-Induced" / "Substance-Induced" child of a disease where MeSH has one
    psychosis = Concept(OBO + "MONDO_0005485", "psychotic disorder", "Disorder")
    haloperidol = Concept("http://id.nlm.nih.gov/mesh/D006220", "Haloperidol", "Intervention")
    assert mesh(psychosis) == {"D011618"} and mesh.induced_ids(psychosis) == {"D011618", "D011605"}
    assert mesh.pairs(haloperidol, psychosis) == {("D006220", "D011618"), ("D006220", "D011605")}
    assert mesh.induced.get("D020820") == {"D004409"}  # Dyskinesias -> Dyskinesia, Drug-Induced
    # not under a category that is itself chemical harm, nor through a general-pathology tree
    assert "D064420" not in mesh.induced and "D011041" not in mesh.induced and "D002908" not in mesh.induced


def test_one_official_id_per_concept_in_the_stated_order(mesh: MeshMap) -> None:
    # own MeSH IRI; a newer descriptor as its MeSH 2015 broader one; a salt; the nearest is_a ancestors' id
    assert mesh.choose("MESH:D012559") == "D012559"
    assert mesh.choose("MESH:D000071057") == "D004409"
    assert mesh.choose("X:1", "raloxifene") == "D020849"
    assert mesh.choose("X:1", "lithium") == "D008094"
    assert mesh.choose("X:1", "no such chemical name") is None
    # acute myocardial infarction: no id of its own; its ancestors' ids, Acute Disease (a disease attribute)
    # passed over: Myocardial Infarction
    assert mesh.tiers("MONDO:0004781", "acute myocardial infarction")[-1] == {"D009203"}
    assert mesh.choose("MONDO:0004781", "acute myocardial infarction") == "D009203"
    # the tiers in order, on a concept made for the test: a direct xref beats the label's descriptor, the
    # label's beats a lexicon name's; a descriptor that existed in 2015 in a later tier beats an earlier
    # tier's newer one
    curie = "X:ORDER"
    try:
        mesh.names[curie] = {name_key("Temefos")}
        assert mesh.choose(curie, "calcimycin") == "D000001"  # label > lexicon name
        assert mesh.choose(curie, "") == "D000002"  # lexicon name
        mesh.direct[curie] = {"D000003"}
        assert mesh.choose(curie, "calcimycin") == "D000003"  # direct xref > names
        mesh.direct[curie] = {"D000071057"}  # newer than 2015
        assert mesh.choose(curie, "calcimycin") == "D000001"
        mesh.names[curie], mesh.direct[curie] = set(), {"D000071057", "D000003"}
        assert mesh.choose(curie, "") == "D000003"
        mesh.direct[curie] = {"D000071057"}
        assert mesh.choose(curie, "") == "D004409"  # only a newer id: its 2015 broader one
    finally:
        mesh.names.pop(curie, None)
        mesh.direct.pop(curie, None)


def test_one_official_pair_per_concept_pair(mesh: MeshMap) -> None:
    from ipkg.extract.train_cid import official_pairs

    haloperidol = Concept("http://id.nlm.nih.gov/mesh/D006220", "Haloperidol", "Intervention")
    psychosis = Concept(OBO + "MONDO_0005485", "psychotic disorder", "Disorder")
    unknown = Concept("https://example.org/x", "no such disease", "Disorder")
    # the disease as its chemically induced child (Psychoses, Substance-Induced), where MeSH has one
    assert mesh.pair(haloperidol, psychosis) == ("D006220", "D011605")
    assert mesh.pair(haloperidol, psychosis, induced=False) == ("D006220", "D011618")
    assert mesh.one(psychosis) == "D011618" and mesh.one(unknown) is None
    assert mesh.pair(haloperidol, unknown) is None and official_pairs(mesh, haloperidol, unknown) == set()
    assert official_pairs(mesh, haloperidol, psychosis) == {("D006220", "D011605")}
    # one pair of the several the concept pair stands for
    assert mesh.pair(haloperidol, psychosis) in mesh.pairs(haloperidol, psychosis)


def test_an_ancestor_named_only_by_a_disease_attribute_is_passed_over(mesh: MeshMap) -> None:
    # crescentic glomerulonephritis has no MeSH id; MONDO files it under acute disease (MeSH Acute Disease, a
    # disease attribute) and under glomerulonephritis: only the disease counts
    assert mesh.ids("MONDO:0001645", "crescentic glomerulonephritis") == {"D005921"}
    assert "D000208" in MeshMap(SHARED).ids("MONDO:0020683", "acute disease")  # its own id stays
