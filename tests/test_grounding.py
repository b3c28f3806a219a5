"""The matcher and the mention extractor over the shipped lexicon: variants, case, longest match, context,
stop list, abbreviations defined in the text."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder, treatment_context
from ipkg.ground.variants import name_key, tokenize
from ipkg.models import Document
from tests.constants import (
    ALDESLEUKIN, ANHEDONIA, BIPOLAR, DEV_RAW, FATIGUE, KETAMINE, MDD, MESH, OBO, PAIN, SEEDS, SEIZURE, TREG, TRD,
)

UNIPROT = "http://purl.uniprot.org/uniprot/"
TNF = UNIPROT + "P01375"
IL2 = UNIPROT + "P60568"
IL1B = UNIPROT + "P01584"
IL1RA = UNIPROT + "P18510"
CRP = UNIPROT + "P02741"
NAIVE_CD4 = OBO + "CL_0000895"
DEPRESSIVE_DISORDER = OBO + "MONDO_0002050"
BEHCET = OBO + "MONDO_0007191"


def iris(grounder: Grounder, text: str) -> list[str]:
    return [m.concept.iri for m in grounder.find(text)]


def spans(grounder: Grounder, text: str) -> list[str]:
    return [text[m.start : m.end] for m in grounder.find(text)]


@pytest.mark.parametrize("text", ["TNF-α", "TNF-alpha", "TNFα", "TNFalpha", "tumour necrosis factor-alpha", "TNF"])
def test_tnf_variants(grounder: Grounder, text: str) -> None:
    assert iris(grounder, f"Serum {text} was high") == [TNF]


@pytest.mark.parametrize("text", ["IL-2", "IL2", "IL 2", "interleukin 2", "interleukin-2", "Interleukin-2"])
def test_interleukin_variants(grounder: Grounder, text: str) -> None:
    assert iris(grounder, f"plasma {text} levels") == [IL2]


@pytest.mark.parametrize("text", ["IL-1β", "IL-1 beta", "IL-1beta", "interleukin-1β", "interleukin 1 beta"])
def test_greek_letters(grounder: Grounder, text: str) -> None:
    assert iris(grounder, text) == [IL1B]


@pytest.mark.parametrize("text", ["naive CD4+ T cells", "naïve CD4 + T cells", "naive CD4(+) T cells",
                                  "naive CD4-positive T cells", "Naive CD4+ T-cells"])
def test_cd_marker_variants(grounder: Grounder, text: str) -> None:
    assert iris(grounder, text) == [NAIVE_CD4]


@pytest.mark.parametrize("text", ["regulatory T cells", "T regulatory cells", "T-regulatory cells", "Tregs",
                                  "regulatory T-lymphocytes", "T regulatory"])
def test_word_order_and_plural_variants(grounder: Grounder, text: str) -> None:
    assert iris(grounder, text) == [TREG]


def test_normalised_keys_are_shared_by_variants() -> None:
    assert name_key("Alzheimer's disease") == name_key("Alzheimer disease") == name_key("alzheimer's illness")
    assert name_key("anti-inflammatory drugs") == name_key("antiinflammatory drug")
    assert name_key("illnesses of the central nervous system") == name_key("disease of central nervous system")
    assert name_key("bipolar II disorder") == name_key("bipolar 2 disorder")


def test_short_acronyms_match_case_sensitively(grounder: Grounder) -> None:
    assert iris(grounder, "patients with MDD or BD") == [MDD, BIPOLAR]
    assert iris(grounder, "mdd and bd in lower case") == []
    assert iris(grounder, "we aim to see whether it can help") == []


def test_longest_match_wins(grounder: Grounder) -> None:
    assert iris(grounder, "major depressive disorder") == [MDD]
    assert iris(grounder, "treatment-resistant depression") == [TRD]
    assert spans(grounder, "interleukin (IL)-1ra levels") == ["interleukin (IL)-1ra"]


def test_matches_respect_word_and_phrase_boundaries(grounder: Grounder) -> None:
    assert CRP not in iris(grounder, "CRPS and LTB4")  # not CRP in CRPS, not lymphotoxin beta in LTB4
    assert iris(grounder, "LTB4") == []
    assert CRP in iris(grounder, "hs-CRP")  # a hyphen is a word boundary
    assert iris(grounder, "major. Depressive disorder") == [DEPRESSIVE_DISORDER]  # no phrase across a sentence end


def test_nested_cytokine_inside_a_pathway(grounder: Grounder) -> None:
    text = "IL-6 signaling"
    found = {m.concept.cls: text[m.start : m.end] for m in grounder.find(text)}
    assert found == {"Cytokine": "IL-6", "Pathway": "IL-6 signaling"}


@pytest.mark.parametrize("text", ["placebo", "treatment", "the disease", "a drug", "signaling"])
def test_stop_list(grounder: Grounder, text: str) -> None:
    assert iris(grounder, text) == []


def test_cytokine_given_is_an_intervention(grounder: Grounder) -> None:
    assert iris(grounder, "add-on low-dose IL-2 in depression")[0] == ALDESLEUKIN
    assert iris(grounder, "patients treated with IL-2")[0] == ALDESLEUKIN
    assert iris(grounder, "serum IL-2 levels were measured") == [IL2]


def test_endogenous_molecule_needs_a_treatment_context(grounder: Grounder) -> None:
    assert iris(grounder, "tryptophan levels fell") == []
    assert [m.concept.cls for m in grounder.find("tryptophan supplementation (1 g/day)")] == ["Intervention"]


def test_treatment_context() -> None:
    text = "low-dose IL-2 raised Tregs; IL-2 levels were low"
    assert treatment_context(text, 9, 13) and not treatment_context(text, 28, 32)


def test_lookup(grounder: Grounder) -> None:
    assert grounder.lookup("interleukin-6", "Cytokine").iri == UNIPROT + "P05231"
    assert grounder.lookup("ketamine").iri == KETAMINE
    assert grounder.lookup("no such thing") is None
    assert grounder.concept("MONDO:0002009").iri == MDD


def test_tokens_carry_offsets() -> None:
    text = "CD4(+) T cells"
    assert [(k, text[a:b]) for k, a, b, _ in tokenize(text)] == [
        ("cd", "CD"), ("4", "4"), ("+", "(+)"), ("t", "T"), ("cell", "cells")]


def doc(text: str, title: str = "") -> Document:
    return Document("t.txt", title, text)


def concepts(grounder: Grounder, document: Document) -> dict[str, set[str]]:
    mentions, _ = extract_mentions(document, grounder)
    out: dict[str, set[str]] = {}
    for m in mentions:
        out.setdefault(m.concept.iri, set()).add(m.text)
    return out


def test_abbreviation_takes_its_long_form_concept(grounder: Grounder) -> None:
    found = concepts(grounder, doc("Behçet's disease (BD) affects the eyes. BD is rare.", "BD and uveitis"))
    assert BIPOLAR not in found
    assert found[BEHCET] == {"Behçet's disease", "BD"}


def test_abbreviation_defined_as_something_unknown_is_not_grounded(grounder: Grounder) -> None:
    found = concepts(grounder, doc("Electric conduction tests (ECT) were run. ECT was normal."))
    assert not found


def test_abbreviation_grounds_where_the_lexicon_does_not(grounder: Grounder) -> None:
    found = concepts(grounder, doc("In first-episode psychosis (FEP), FEP patients differ."))
    assert OBO + "MONDO_0005485" in found and "FEP" in found[OBO + "MONDO_0005485"]


def test_mentions_are_sorted_and_negated_ones_count(grounder: Grounder) -> None:
    mentions, _ = extract_mentions(doc("CRP was not elevated in major depressive disorder.", "Ketamine"), grounder)
    assert [(m.passage, m.start, m.end, m.concept.iri) for m in mentions] == sorted(
        (m.passage, m.start, m.end, m.concept.iri) for m in mentions)
    assert {m.concept.iri for m in mentions} == {CRP, MDD, KETAMINE}


def test_disorder_inside_an_instrument_name_is_no_mention(grounder: Grounder) -> None:
    assert not concepts(grounder, doc("The Hamilton Depression Rating Scale and the Beck depression inventory."))


def test_drug_class_adjective_is_no_intervention(grounder: Grounder) -> None:
    found = concepts(grounder, doc("antidepressant effects; cholinergic neurons"))
    assert not any(iri.startswith(OBO + "CHEBI") for iri in found)
    assert OBO + "CHEBI_35469" in concepts(grounder, doc("Patients took antidepressants."))


def test_elided_coordination(grounder: Grounder) -> None:
    found = concepts(grounder, doc("common in autoimmune or chronic inflammatory diseases"))
    assert OBO + "MONDO_0007179" in found  # autoimmune disease


def test_cytokine_abbreviation_given_then_measured(grounder: Grounder) -> None:
    text = "We gave add-on low-dose interleukin 2 (IL-2) to patients. Serum IL-2 rose; IL-2 infusion was safe."
    mentions, _ = extract_mentions(doc(text), grounder)
    readings = [(m.text, m.concept.iri) for m in mentions if "IL" in m.text or "interleukin" in m.text]
    assert readings == [("interleukin 2", ALDESLEUKIN), ("IL-2", ALDESLEUKIN), ("IL-2", IL2), ("IL-2", ALDESLEUKIN)]


# ------------------------------------------------------------------ Phenotype (signs and symptoms), issue #3
# Sentences from the BC5CDR training split (PMIDs given), never from its test split.

BC5CDR_TRAIN_PHENOTYPES = [
    ("There were no serious clinical side effects, but dose reduction was required in two patients because of "
     "nausea.", {"nausea": ("Phenotype", OBO + "HP_0002018")}),  # PMID 1420741
    ("FINDINGS: A 28-year-old man suffering from idiopathic epilepsy with generalized seizures was treated with "
     "LEV (3000 mg) added to valproate (VPA) (2000 mg).",
     # round 11b: seizures are an acute clinical event, a Disorder under MeSH's id (check adjudication)
     {"epilepsy": ("Disorder", OBO + "MONDO_0005027"), "seizures": ("Disorder", SEIZURE)}),  # PMID 18081909
    ("Immune mechanisms may be involved in the drug's hepatotoxicity, as suggested by the T-cell stimulation "
     "study reported here.", {"hepatotoxicity": ("Disorder", OBO + "MONDO_0005359")}),  # PMID 12639165
    ("These findings indicate that in spontaneously hypertensive rats the effects of central alpha-adrenoceptor "
     "stimulation involve activation of opiate receptors.",
     {"hypertensive": ("Disorder", OBO + "MONDO_0005044")}),  # PMID 227508
]


@pytest.mark.parametrize(("text", "expected"), BC5CDR_TRAIN_PHENOTYPES, ids=["nausea", "seizures", "hepatotoxicity",
                                                                            "hypertensive"])
def test_signs_and_symptoms_are_phenotypes(grounder: Grounder, text: str, expected: dict) -> None:
    mentions, _ = extract_mentions(Document("x.txt", "", text), grounder)
    found = {m.text: (m.concept.cls, m.concept.iri) for m in mentions if m.concept.cls in ("Disorder", "Phenotype")}
    assert found == expected


def test_abbreviation_of_a_phenotype_is_a_mention_at_every_occurrence(grounder: Grounder) -> None:
    # round 11b: status epilepticus became a Disorder (an acute clinical event); catalepsy is still a sign
    text = "Haloperidol-induced catalepsy (HIC) was studied. HIC lasted 3 hours; after HIC rats recovered."
    mentions, _ = extract_mentions(Document("x.txt", "", text), grounder)
    short = [m for m in mentions if m.text == "HIC"]
    assert len(short) == 3 and {(m.concept.iri, m.concept.cls) for m in short} == {(MESH + "D002375", "Phenotype")}


def test_symptoms_are_not_disorders(grounder: Grounder) -> None:
    """GUIDELINES.md: anhedonia, fatigue and depressive symptoms are not Disorders; signs are Phenotypes."""
    text = "Anhedonia and fatigue, but not depressive symptoms, predicted pain and anxiety in patients with MDD."
    mentions, _ = extract_mentions(Document("x.txt", "", text), grounder)
    by_text = {m.text: (m.concept.cls, m.concept.iri) for m in mentions}
    assert by_text["Anhedonia"] == ("Phenotype", ANHEDONIA)
    assert by_text["fatigue"] == ("Phenotype", FATIGUE)
    assert by_text["pain"] == ("Phenotype", PAIN)
    assert by_text["anxiety"][0] == "Phenotype"
    assert by_text["MDD"] == ("Disorder", MDD)
    assert not any(m.text.startswith("depressive") for m in mentions)


def test_a_disease_that_is_also_a_sign_stays_a_disorder(grounder: Grounder) -> None:
    assert grounder.lookup("obesity").cls == "Disorder"
    assert grounder.lookup("hypertension").cls == "Disorder"
    assert grounder.lookup("inflammation").cls == "Pathway"


@pytest.mark.parametrize("path", sorted(DEV_RAW.glob("*.txt")) + sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_symptom_words_in_dev_and_seed_abstracts_are_not_disorders(grounder: Grounder, path) -> None:
    """Every dev and seed abstract: a sign or symptom word is never typed Disorder."""
    text = path.read_text(encoding="utf-8")
    mentions, _ = extract_mentions(Document(path.name, "", text), grounder)
    symptoms = {"anhedonia", "fatigue", "pain", "anxiety", "insomnia", "weight gain", "nausea", "headache",
                "depressive symptoms", "depressed mood", "seizures", "sickness behavior", "sickness behaviour"}
    wrong = sorted({m.text for m in mentions if m.concept.cls == "Disorder" and m.text.lower() in symptoms})
    assert not wrong, f"{path.name}: symptom words typed Disorder: {wrong}"
