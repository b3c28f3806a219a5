"""Issue 13, round 2: rules found on tuning data only (the tune half of the annotated set, BC5CDR train/dev,
GutBrainIE training annotations, unlabelled screening abstracts). Every sentence here was written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.ground.morphology import inn_enantiomer, ligand_variants
from ipkg.models import Document
from tests.constants import OBO, SHARED

MESH = "http://id.nlm.nih.gov/mesh/"
R_KETAMINE = OBO + "CHEBI_580604"
COCAINE = OBO + "CHEBI_27958"
PHENOBARBITAL = OBO + "CHEBI_8069"
APREPITANT = OBO + "CHEBI_499361"
ANTIPSYCHOTIC = OBO + "CHEBI_35476"
ANTIBACTERIAL = MESH + "D000900"
GLUTAMATERGIC_TRANSMISSION = OBO + "GO_0035249"


def concepts(grounder: Grounder, text: str) -> dict[str, str]:
    """concept IRI -> class of every mention in ``text``."""
    mentions, _ = extract_mentions(Document("t.txt", "", text), grounder)
    return {m.concept.iri: m.concept.cls for m in mentions}


def test_inn_enantiomer_prefixes() -> None:
    assert inn_enantiomer("(R)-ketamine") == ["arketamine"]
    assert inn_enantiomer("(S)-citalopram") == ["escitalopram"]
    assert inn_enantiomer("(2R,6R)-6-hydroxynorketamine") == []
    assert inn_enantiomer("ketamine") == []


@pytest.mark.parametrize("text", ["Mice received arketamine (10 mg/kg).", "Arketamine was compared with esketamine."])
def test_an_enantiomer_inn_grounds_to_the_enantiomer(grounder: Grounder, text: str) -> None:
    assert concepts(grounder, text).get(R_KETAMINE) == "Intervention"


@pytest.mark.parametrize("text", ["Patients used cocaine.", "Cocaine was self-administered by rats."])
def test_a_xenobiotic_is_not_gated_as_endogenous(grounder: Grounder, text: str) -> None:
    # ChEBI also calls cocaine a mouse metabolite; its xenobiotic role says it comes from outside
    assert concepts(grounder, text).get(COCAINE) == "Intervention"


@pytest.mark.parametrize(("text", "iri"), [
    ("Phenobarbital was given for seven days.", PHENOBARBITAL),
    ("Aprepitant reduced nausea.", APREPITANT),
])
def test_inn_substances_ending_like_adjectives_ground_anywhere(grounder: Grounder, text: str, iri: str) -> None:
    assert concepts(grounder, text).get(iri) == "Intervention"


@pytest.mark.parametrize(("text", "iri", "grounded"), [
    ("The antipsychotic was stopped after two weeks.", ANTIPSYCHOTIC, True),
    ("An antibiotic reduced the bacterial load.", ANTIBACTERIAL, True),
    ("The antipsychotic effect was small.", ANTIPSYCHOTIC, False),
    ("Antipsychotic doses were lowered.", ANTIPSYCHOTIC, True),
    ("antibiotic resistance rose", ANTIBACTERIAL, False),
])
def test_a_class_word_after_a_determiner_and_before_a_verb_is_a_noun(grounder: Grounder, text: str, iri: str,
                                                                     grounded: bool) -> None:
    assert (iri in concepts(grounder, text)) is grounded


def test_an_enumeration_in_brackets_defines_no_short_form(grounder: Grounder) -> None:
    text = ("Serum amino acids related to glutamatergic neurotransmission (glutamine, glutamate, glycine) were "
            "measured; glutamine was higher in patients.")
    mentions, abbreviations = extract_mentions(Document("t.txt", "", text), grounder)
    assert not abbreviations
    grounded = [(m.text, m.concept.iri) for m in mentions if m.concept.iri == GLUTAMATERGIC_TRANSMISSION]
    assert grounded == [("glutamatergic neurotransmission", GLUTAMATERGIC_TRANSMISSION)]


SEROTONIN_UPTAKE_INHIBITOR = OBO + "CHEBI_50949"
NMDA_ANTAGONIST = OBO + "CHEBI_60643"


@pytest.mark.parametrize(("text", "iri"), [
    ("Rats were given a 5-HT uptake blocker.", SEROTONIN_UPTAKE_INHIBITOR),
    ("the serotonin reuptake inhibitor was stopped", SEROTONIN_UPTAKE_INHIBITOR),
    ("An NMDA antagonist was infused.", NMDA_ANTAGONIST),
])
def test_ligand_classes_in_their_usual_wordings(grounder: Grounder, text: str, iri: str) -> None:
    assert concepts(grounder, text).get(iri) == "Intervention"


def test_ligand_variants_rule() -> None:
    names = [n for n, _ in ligand_variants(["dopamine receptor antagonists", "serotonin uptake inhibitor"])]
    assert "dopamine antagonists" in names and "dopamine receptor blockers" in names
    assert "5-HT reuptake inhibitor" in names and "serotonin uptake blocker" in names
    assert ligand_variants(["fluoxetine", "receptor antagonist"]) == []


@pytest.mark.shared
def test_bench_mesh_map_takes_the_nearest_ancestor_for_a_mondo_disease_without_mesh() -> None:
    """bench/_grounding_sets.MeshMap: MeSH ids only from ontology xrefs and is_a, never from a document."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from _grounding_sets import MeshMap

    with_ancestors, direct = MeshMap(SHARED), MeshMap(SHARED, ancestors=False)
    assert not direct.by_curie.get("MONDO:0004781")  # acute myocardial infarction: no MeSH xref of its own
    assert "D009203" in with_ancestors.ids("MONDO:0004781")  # its parent myocardial infarction's
    assert with_ancestors.ids("MONDO:0005090") == direct.ids("MONDO:0005090") == {"D012559"}  # own xref kept


ZYMOSAN = MESH + "D015054"
CARRAGEENAN = OBO + "CHEBI_3435"  # MeSH Carrageenan (D002351) under its ChEBI xref: the OBO term first


@pytest.mark.parametrize(("text", "iri", "grounded"), [
    ("Rats received an intraperitoneal injection of zymosan.", ZYMOSAN, True),
    ("zymosan-induced hypophagia was attenuated", ZYMOSAN, True),
    ("Paw oedema was induced by carrageenan (1%) injected", CARRAGEENAN, True),  # "injected" after it (round 19j)
    ("Paw oedema was larger where carrageenan had spread", CARRAGEENAN, False),  # no cue next to the name
    ("carrageenan-induced paw oedema", CARRAGEENAN, True),
])
def test_mesh_single_agents_ground_where_given(grounder: Grounder, text: str, iri: str, grounded: bool) -> None:
    assert (iri in concepts(grounder, text)) is grounded


def test_mesh_agent_classes_and_tracers_are_no_agents() -> None:
    from ipkg.ground.sources.interventions import PLURAL_OR_TRACER

    assert PLURAL_OR_TRACER.search("Crown Ethers") and PLURAL_OR_TRACER.search("Technetium Tc 99m Exametazime")
    assert not PLURAL_OR_TRACER.search("Zymosan") and not PLURAL_OR_TRACER.search("Freund's Adjuvant")
    assert not PLURAL_OR_TRACER.search("Bendamustine Hydrochloride") and not PLURAL_OR_TRACER.search("Arbutus")


IMMUNE_REGULATION = OBO + "GO_0002682"


@pytest.mark.parametrize("text", [
    "Statins may exert immunomodulatory effects in depression.",
    "The immunoregulatory actions of vitamin D were studied.",
])
def test_fused_immune_regulation_names_the_guidelines_process(grounder: Grounder, text: str) -> None:
    # GUIDELINES: immune (dys)regulation is regulation of immune system process, in its variants too
    assert concepts(grounder, text).get(IMMUNE_REGULATION) == "Pathway"


def test_immunomodulatory_agents_stay_an_intervention(grounder: Grounder) -> None:
    found = concepts(grounder, "Immunomodulatory agents were given.")
    assert IMMUNE_REGULATION not in found and "Intervention" in found.values()


DEPRESSIVE_DISORDER = OBO + "MONDO_0002050"


@pytest.mark.parametrize(("text", "grounded"), [
    ("Opioids cause respiratory depression.", False),
    ("CNS depression and bone marrow depression were dose limiting.", False),
    ("Post-stroke depression is common.", True),
    ("Patients with depression and anxiety", True),
])
def test_depression_of_an_organ_is_no_mood_disorder(grounder: Grounder, text: str, grounded: bool) -> None:
    assert (DEPRESSIVE_DISORDER in concepts(grounder, text)) is grounded


DRUG_INDUCED_HEPATITIS = OBO + "MONDO_0002184"
HEPATITIS = OBO + "MONDO_0002251"


def test_a_sign_a_named_drug_induces_is_its_drug_induced_form(grounder: Grounder) -> None:
    found = concepts(grounder, "Isoniazid-induced hepatitis was reversible.")
    assert DRUG_INDUCED_HEPATITIS in found and HEPATITIS not in found
    assert HEPATITIS in concepts(grounder, "Hepatitis was excluded.")
    # no drug-induced form in the ontologies: the disorder itself
    assert DEPRESSIVE_DISORDER in concepts(grounder, "LPS-induced depression in mice")


DHA_MESH = OBO + "CHEBI_36005"  # MeSH Docosahexaenoic Acids (D004281) under its ChEBI xref: the OBO term first


@pytest.mark.parametrize(("text", "grounded"), [
    ("Patients took docosahexaenoic acid (DHA)-enriched fish oil, 900 mg a day.", True),  # cue past the bracket
    ("Docosahexaenoic acid was given for eight weeks.", True),
    ("Serum docosahexaenoic acid levels were low.", False),  # measured, not given
])
def test_omega_3_acids_ground_where_given(grounder: Grounder, text: str, grounded: bool) -> None:
    assert (DHA_MESH in concepts(grounder, text)) is grounded
