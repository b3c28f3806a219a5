"""Issue 13, round 12 (session 9): Intervention precision. Substances the lexicon grounds as Interventions that
the text names as a cell label, a drug's metabolite or a confounder (``ipkg.ground.agent_company``). Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.agent_company import in_confounder_list, label_use, named_as_metabolite
from tests.test_grounding_round3 import labels


# --- 1. a substance named as a cell label is the study's tool in the whole text -----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("BrdU-positive cells", True), ("EdU labelling", True), ("BrdU+ cells", True),
    ("5-bromo-2'-deoxyuridine (BrdU) staining", True), ("tamoxifen incorporation", False), ("fura-2 stained cells", True),
    ("BrdU injection", False), ("BrdU-treated mice", False), ("curcumin-loaded nanoparticles", False),
])
def test_label_words(text: str, expected: bool) -> None:
    name = text.split("-positive")[0].split(" ")[0].split("+")[0] if "(" not in text else "5-bromo-2'-deoxyuridine"
    assert label_use(text, len(name)) is expected


def test_a_label_drops_every_occurrence_of_the_substance(grounder) -> None:  # type: ignore[no-untyped-def]
    text = ("Proliferation was measured as 5-bromo-2'-deoxyuridine (BrdU) staining after fluoxetine; "
            "BrdU-positive cells doubled.")
    assert labels(grounder, text, "Intervention") == {"fluoxetine"}


# --- 2. a metabolite named after its drug ------------------------------------------------------------------------


def test_a_metabolite_in_apposition_is_measured(grounder) -> None:  # type: ignore[no-untyped-def]
    found = labels(grounder, "Serum fluoxetine and its demethylated metabolite, norfluoxetine, were measured.",
                   "Intervention")
    assert "fluoxetine" in found and not any("norfluoxetine" in label.lower() for label in found)


def test_a_metabolite_without_its_drug_may_be_given(grounder) -> None:  # type: ignore[no-untyped-def]
    text = "Seizures were induced by the cocaine metabolite benzoylecgonine in rats."
    assert not named_as_metabolite(text, text.index("benzoylecgonine"))
    assert labels(grounder, text, "Intervention")  # ecgonine benzoate


# --- 3. a drug in a list of confounders --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Outcomes were adjusted for age, sex, smoking and antibiotics.",
    "Known insults (stress, infection, and use of antibiotics) disturb the microbiota.",
    "We related the taxa to diet, exercise, substance use and medical history.",
])
def test_a_drug_among_covariates_is_no_intervention(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == set()


@pytest.mark.parametrize("text, drug", [
    ("Patients received lithium, valproate or quetiapine, and age, sex and smoking were recorded.", "lithium"),
    ("Change did not depend on sex, age, BMI and a daily dose of escitalopram.", "escitalopram"),
    ("Patients received antibiotics, and smoking was recorded.", "antibiotics"),
    ("Sex-specific effects of voluntary exercise, diet and sleep were studied.", "exercise"),
])
def test_a_given_drug_stays(grounder, text: str, drug: str) -> None:  # type: ignore[no-untyped-def]
    start = text.index(drug)
    assert not in_confounder_list(text, start, start + len(drug), [(start, start + len(drug))])
    assert any(drug in label.lower() or label.startswith("Anti-Bacterial") for label in
               labels(grounder, text, "Intervention")), text


# --- 4. a food's or herb's constituents listed after their class ---------------------------------------------------


def test_constituents_listed_after_their_class_are_not_given(grounder) -> None:  # type: ignore[no-untyped-def]
    text = "The berry, which is rich in flavonoids such as quercetin and kaempferol, was fed to mice."
    found = labels(grounder, text, "Intervention")
    assert "quercetin" not in found and "kaempferol" not in found


@pytest.mark.parametrize("text", ["Mice were fed a diet containing quercetin.", "Mice were given quercetin."])
def test_a_constituent_named_as_given_stays(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "quercetin" in labels(grounder, text, "Intervention")


# --- 5. a ligand named with a slashed second ligand before a receptor or site -------------------------------------


def test_a_slashed_ligand_pair_before_a_site_names_the_site(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "The drug acts at the NMDA/glycine site of the receptor.", "Intervention") == set()
    assert "ketamine" in labels(grounder, "Rats received ketamine/xylazine before the test.", "Intervention")


@pytest.mark.parametrize("text, substance", [
    ("Ketogenic diets change hormones including leptin, insulin and oxytocin which act on the brain.", "oxytocin"),
    ("The role of microbially-derived molecules - neurotransmitters, bile acids, lactate and vitamins - in mood.",
     "Vitamins"),
])
def test_the_bodys_own_substances_listed_after_their_class(grounder, text: str, substance: str) -> None:  # type: ignore[no-untyped-def]
    assert substance not in labels(grounder, text, "Intervention")
    assert substance in labels(grounder, f"Rats were given {substance.lower()} daily.", "Intervention")
