"""Issue 13, round 6b: kinds found on the annotated immunopsychiatry set's tune half only (the report half is held
out); every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.lexicon import LexiconRow
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.conditions import comorbidity_names
from ipkg.ground.sources.diets import _DIET_NAME, operated_names
from ipkg.ground.sources.processes import adjective_process_names
from tests.test_grounding_round3 import labels

# --- 1. diets MeSH files under Diet, dietary components and the diets rich in them ------------------------------


@pytest.mark.parametrize("text, label", [
    ("Dams were fed a Western diet before mating.", "Diet, Western"),
    ("Offspring of dams on 'western'-style diets were tested.", "Diet, Western"),
    ("Mice on a high-fat diet gained weight.", "Diet, High-Fat"),
    ("A high-fiber diet raised butyrate in the colon.", "Dietary Fiber"),
    ("Dietary fiber intake was inversely related to depressive symptoms.", "Dietary Fiber"),
    ("Patients followed a FODMAP diet for six weeks.", "FODMAP Diet"),
])
def test_diets_and_dietary_components_are_interventions(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "Diet and lifestyle were recorded at baseline.",  # the bare "diet": what anyone eats
    "Dietary patterns differed between the cohorts.",
    "Energy intake and portion size were recorded.",
])
def test_diet_in_passing_is_no_intervention(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Intervention") == set()


def test_diet_names_of_the_mesh_diet_tree() -> None:
    kept = ["Diet, Western", "Diet, High-Fat", "Elimination Diets", "Intermittent Fasting", "FODMAP Diet"]
    dropped = ["Diet", "Diet Fads", "Dietary Patterns", "Fasting", "Energy Intake", "Portion Size"]
    assert all(_DIET_NAME.match(n) for n in kept)
    assert not any(_DIET_NAME.match(n) for n in dropped)


# --- 2. procedures that make an animal model, and the operated animals --------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Subdiaphragmatic vagotomy abolished the effect of the bacteria.", "Vagotomy"),
    ("Vagotomized rats did not respond.", "Vagotomy"),
    ("Common bile duct ligation induced cholestasis in mice.", "common bile duct ligation"),  # round 19i
    ("Olfactory bulbectomized mice were treated for two weeks.", "olfactory bulbectomy"),
    ("Ovariectomised rats received estradiol.", "oophorectomy"),
])
def test_model_procedures_are_interventions(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


def test_operated_names_only_for_procedures() -> None:
    def row(cls: str, name: str, syntype: str = "label") -> LexiconRow:
        return LexiconRow(cls, "i", "X:1", name, name, syntype, "MESH", "2024", "")

    names = [r.name for r in operated_names([row("Intervention", "sympathectomy"), row("Disorder", "lobotomy"),
                                             row("Intervention", "ketamine"), row("Intervention", "OTOMY",
                                                                                   "abbreviation")])]
    assert names == ["sympathectomized", "sympathectomised"]


# --- 3. drug-class adjectives coordinated before a noun of effect name no drug -----------------------------------


@pytest.mark.parametrize("text", [
    "Antidepressant and anxiolytic activities of a new flavonoid.",
    "The compound produces antidepressant and antidementia effects in mice.",
    "Estradiol enhances motor, anxiolytic, analgesic, and antidepressive behavior of mice.",
])
def test_coordinated_effect_adjectives_name_no_drug(grounder: Grounder, text: str) -> None:
    assert not {"antidepressant", "anxiolytic drug", "analgesic"} & labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text, label", [
    ("Patients took an antidepressant, and an antipsychotic was added later.", "antidepressant"),
    ("Patients took an antidepressant, and its effects were strong.", "antidepressant"),
    ("Antidepressant and antipsychotic drugs were compared.", "antidepressant"),
])
def test_drug_class_nouns_in_lists_still_count(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


# --- 4. a short form given as an agent stays the agent where its definition was read as the molecule -------------


def test_given_occurrence_of_a_defined_short_form_is_the_agent(grounder: Grounder) -> None:
    text = ("Depression is a side effect of interferon-alpha (IFN-alpha). Mice received murine IFN-alpha "
            "(250 IU/day) for 14 days.")
    assert "Interferon-alpha" in labels(grounder, text, "Intervention")


def test_defined_short_form_out_of_context_is_no_agent(grounder: Grounder) -> None:
    text = "Serum interferon-alpha (IFN-alpha) was measured. IFN-alpha levels were high in lupus."
    assert labels(grounder, text, "Intervention") == set()


# --- 5. a sign coordinated with a disorder names the condition --------------------------------------------------


@pytest.mark.parametrize("text", [
    "Comorbidities such as depression and anxiety are common in IBD.",
    "Probiotics improved stress, depression, anxiety, and sleep disturbances.",
    "Anxiety and depression were assessed as outcomes.",
])
def test_anxiety_in_a_list_with_a_disorder_is_anxiety_disorder(grounder: Grounder, text: str) -> None:
    assert "anxiety disorder" in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text", [
    "Anxiety symptoms and depression were scored.",  # heads a word of symptoms
    "Anxiety scores and depression were recorded.",  # heads a measure
    "Valence disturbances (e.g., anxiety, depression, rumination) improved.",  # a comma list without and/or
    "Weight gain, anxiety, and fatigue were reported.",  # no disorder in the list
])
def test_anxiety_as_a_sign_stays_a_sign(grounder: Grounder, text: str) -> None:
    assert "anxiety disorder" not in labels(grounder, text, "Disorder")


# --- 6. mechanisms outside the earlier GO roots, and processes named by their adjective ---------------------------


@pytest.mark.parametrize("text, label", [
    ("Fluoxetine increased hippocampal cell proliferation.", "cell population proliferation"),
    ("Maternal infection disturbs brain development in offspring.", "brain development"),
    ("The bacteria improved glucose homeostasis.", "glucose homeostasis"),
    ("Fiber increased short-chain fatty acid production in the colon.", "short-chain fatty acid biosynthetic process"),
    ("Curcumin blocked inflammatory signaling pathways in microglia.", "inflammatory response"),
    ("Neuroinflammatory pathways were activated after stress.", "neuroinflammatory response"),
])
def test_mechanisms_are_pathways(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


def test_adjective_process_names_only_for_atory_responses() -> None:
    def row(label: str) -> LexiconRow:
        return LexiconRow("Pathway", "i", "GO:1", label, label, "label", "GO", "2024", "")

    assert adjective_process_names([row("immune response"), row("defense response")]) == []
    assert "neuroinflammatory mechanisms" in {r.name for r in adjective_process_names([row("neuroinflammatory "
                                                                                           "response")])}


# --- 7. fibres, plant compound classes, dose phrases after a context-only agent, test procedures ------------------


@pytest.mark.parametrize("text, label", [
    ("Resistant starch raised butyrate.", "Resistant Starch"),
    ("Gossypin is a bioflavonoid compound.", "Flavonoids"),
    ("Dietary polyphenols reduced depressive symptoms.", "Polyphenols"),
])
def test_fibres_and_plant_compound_classes_are_interventions(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text, given", [
    ("Eicosapentaenoic acid at or less than 1 g per day reduced symptoms.", True),
    ("Eicosapentaenoic acid at a daily dosage of 2 g was tested.", True),
    ("Eicosapentaenoic acid at 8 weeks was higher in plasma.", False),  # a time, not a dose
    ("Eicosapentaenoic acid levels were measured.", False),
])
def test_a_dose_phrase_after_an_endogenous_agent_is_a_treatment_cue(grounder: Grounder, text: str,
                                                                     given: bool) -> None:
    assert bool(labels(grounder, text, "Intervention")) is given


@pytest.mark.parametrize("text", [
    "Rats were subjected to the forced swimming procedure.",
    "Behaviour was scored in a forced swimming experiment.",
])
def test_a_test_procedure_names_no_intervention(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Intervention") == set()


@pytest.mark.parametrize("text", [
    "Depression is associated with hyperactivity of the hypothalamic-pituitary-adrenocortical axis.",
    "The hypothalamo-pituitary-adrenal axis was activated by stress.",
])
def test_other_spellings_of_the_hpa_axis(grounder: Grounder, text: str) -> None:
    assert "HPA axis activity" in labels(grounder, text, "Pathway")


# --- 8. a comorbidity named by a class adjective is that class of disorder ---------------------------------------


@pytest.mark.parametrize("text, label", [
    ("IBD is accompanied by psychiatric comorbidities such as depression.", "psychiatric disorder"),
    ("Children with a neurodevelopmental comorbidity were excluded.", "neurodevelopmental disorder"),
])
def test_adjective_comorbidity_is_the_disorder_class(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Disorder")


def test_comorbidity_names_only_for_adjective_classes() -> None:
    def row(name: str, cls: str = "Disorder") -> LexiconRow:
        return LexiconRow(cls, "i", "X:1", name, name, "label", "MONDO", "2024", "")

    assert comorbidity_names([row("Crohn disease"), row("mood disorder"), row("psychiatric disorder", "Phenotype")]) \
        == []


# --- 9. a name whose head is defined inside it -------------------------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("NBQX, an a-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid (AMPA) receptor antagonist, was given.",
     "AMPA receptor antagonist"),
    ("Patients received tumor necrosis factor (TNF) inhibitors for psoriasis.", "Tumor Necrosis Factor Inhibitors"),
])
def test_name_across_a_defined_short_form(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


def test_short_form_before_a_measure_names_no_drug(grounder: Grounder) -> None:
    assert labels(grounder, "Interleukin-6 (IL-6) levels rose in the patients.", "Intervention") == set()


@pytest.mark.parametrize("text", [
    "Probiotics act on the gut-microbiota-brain axis.",
    "The brain-microbiota-gut axis links stress and immunity.",
])
def test_the_parts_of_a_gut_brain_axis_in_any_order(grounder: Grounder, text: str) -> None:
    assert "microbiota-gut-brain axis" in labels(grounder, text, "Pathway")
