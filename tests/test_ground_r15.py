"""Issue 13, round 15 (session 10): well-known agents the offline data misses. A WHO INN among a MeSH
supplementary record's entry terms, a protein filed as a salt, plants named as the remedy made of them, and code
names the offline MeSH packaging dropped (``lexicon/curated.tsv``). Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from ipkg.ground.sources.drug_policy import is_inn_drug
from tests.test_grounding_round3 import labels


# --- 1. a WHO INN among a supplementary record's entry terms names the drug (rapastinel of "GLYX-13 peptide") ----


def test_the_nmda_modulator_stem_is_an_inn_stem() -> None:
    assert is_inn_drug("rapastinel") and is_inn_drug("zelquistinel")
    assert not is_inn_drug("pistil")


def test_an_inn_entry_term_of_a_supplementary_record_grounds(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "Rapastinel produced a rapid antidepressant-like effect in rats.",
                  "Intervention") == {"GLYX-13 peptide"}


# --- 2. a protein or peptide filed as a salt is a drug, named also without the counter-ion --------------------


def test_a_peptide_salt_descriptor_grounds_by_its_parent_name(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "Mice were treated with glatiramer for two weeks.", "Intervention") == {
        "Glatiramer Acetate"}
    assert labels(grounder, "Glatiramer acetate reduced microglial activation.", "Intervention") == {
        "Glatiramer Acetate"}


# --- 3. a medicinal plant named as given is the herbal preparation made of it ----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Mice were treated with saffron for two weeks.", "Crocus"),
    ("Rats received ginseng daily before the stress.", "Panax"),
])
def test_a_plant_under_a_treatment_cue_is_the_remedy(grounder, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == {expected}


def test_a_plant_extract_grounds_without_a_cue(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "Ginseng extract lowered serum corticosterone.", "Intervention") == {"Panax"}


def test_a_plant_without_a_cue_is_no_intervention(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "Saffron is grown in dry regions of Iran.", "Intervention") == set()


@pytest.mark.parametrize("text", [
    "Exposure to cannabis in adolescence raised the risk of psychosis.",  # a plant MeSH names as a use
    "Control rats received soybean oil.",  # a plant MeSH names as an oil
    "Exposure to grass pollen worsened the asthma.",  # a family (Poaceae), no remedy
    "Mice were treated with rose for two weeks.",  # "rose" (Rosa, also "Roses"): a common word
])
def test_plants_smoked_pressed_or_too_broad_are_no_remedy(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == set()


# --- 4. code names and INNs the offline MeSH packaging dropped (curated, with their sources) -------------------


@pytest.mark.parametrize("text, expected", [
    ("MK-801 was injected before the test.", "dizocilpine"),
    ("Pretreatment with MK801 blocked the effect.", "dizocilpine"),
    ("RU486 was given to block glucocorticoid receptors.", "mifepristone"),
    ("Mice were treated with RU-486 for two weeks.", "mifepristone"),
    ("Anakinra reduced depressive symptoms in the patients.", "Interleukin 1 Receptor Antagonist Protein"),
    ("GLYX-13 produced a rapid antidepressant-like effect.", "GLYX-13 peptide"),
])
def test_dropped_code_names_and_inns(grounder, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in labels(grounder, text, "Intervention")


def test_a_code_name_keeps_its_capitals(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "The mk801 file was opened.", "Intervention") == set()


@pytest.mark.parametrize("text, expected", [
    ("Mice were treated with St John's wort for two weeks.", "Hypericum"),
    ("Rats were given turmeric.", "Curcuma"),  # a -ic word needs a phrase end (mentions._keep)
    ("Children with the syndrome received IVIG.", "Immunoglobulins, Intravenous"),
])
def test_dropped_common_names(grounder, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in labels(grounder, text, "Intervention")


# --- 5. a protein preparation named with its route is given: intravenous immunoglobulin ------------------------


def test_a_protein_named_with_its_route_is_an_intervention(grounder) -> None:  # type: ignore[no-untyped-def]
    assert "Immunoglobulins, Intravenous" in labels(
        grounder, "Intravenous immunoglobulins improved the tics.", "Intervention")


# --- 6. a class against a cytokine: the cytokine's other names, and "anti-<cytokine>" under a cue -------------


@pytest.mark.parametrize("text", [
    "Mice were treated with anti-TNF for two weeks.",
    "Patients on TNF-alpha inhibitors had fewer depressive symptoms.",
    "Patients received TNF-α blockers for psoriasis.",
])
def test_a_class_against_a_cytokine(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Tumor Necrosis Factor Inhibitors" in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "Sections were stained with an anti-TNF antibody.",
    "Anti-TNF-alpha autoantibodies were detected in the serum.",
])
def test_a_bare_anti_cytokine_outside_a_cue_is_no_class(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == set()
    assert "tumor necrosis factor" in labels(grounder, text, "Cytokine")
