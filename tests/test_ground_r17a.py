"""Issue 13, round 17a (session 12): substances whose names wait for a treatment cue (``ctx`` rows: the body's own
molecules, elements, hormones, agents) counted as given where the text gives them by a wording the matcher's cues do
not read (``ground/agent_company.given_agents``): a title's tested agent, an experimental verb "with" or
"application of", a bracketed dose range. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.agent_company import cued_agents, dosed_agents, title_agents
from ipkg.ground.matcher import Grounder
from ipkg.models import Document


def interventions(grounder: Grounder, title: str, abstract: str = "Nothing more is said.") -> set[str]:
    mentions, _ = extract_mentions(Document("t.txt", title, abstract), grounder)
    return {m.concept.label for m in mentions if m.concept.cls == "Intervention"}


# --- 1. a title's tested agent ---------------------------------------------------------------------------------


@pytest.mark.parametrize("title, expected", [
    ("Progesterone attenuates stress-induced anxiety in female rats", {"progesterone"}),
    ("Cadmium and copper activate sensory neurons of the airways", {"cadmium atom", "copper atom"}),
    ("Two metals, cadmium and copper, may impair sensory signalling", {"cadmium atom", "copper atom"}),
    ("Progesterone does not alter the response to fluoxetine", {"progesterone", "fluoxetine"}),
    ("Effects of progesterone (P4) on anxiety in female rats", {"progesterone"}),
    ("The cadmium effects on airway sensory neurons", {"cadmium atom"}),
])
def test_a_titles_subject_before_an_effect_verb_is_given(grounder: Grounder, title: str, expected: set) -> None:
    assert interventions(grounder, title) == expected


@pytest.mark.parametrize("title", [
    "Progesterone withdrawal induces anxiety in female rats",  # the name modifies the subject's head
    "Deficiency of copper impairs learning in mice",  # a preposition: the subject is more than its substances
    "Progesterone levels predict relapse",  # no effect verb, and a modifier
    "Serum copper in depression",  # no claim
    "Serum copper and zinc-induces oxidative stress",  # the verb is part of a word
    "Effects of progesterone receptor antagonists on anxiety",  # the name modifies the class given
    "Effects of copper extracts on anxiety",  # ... or what is given
])
def test_no_tested_agent_without_a_substance_subject(grounder: Grounder, title: str) -> None:
    assert not interventions(grounder, title) & {"progesterone", "copper atom"}


def test_the_claim_is_read_in_titles_only(grounder: Grounder) -> None:
    # in running text a sentence's subject is as often the body's own molecule as one given
    assert interventions(grounder, "A study of mice", "Progesterone attenuates stress-induced anxiety.") == set()


def test_a_chemical_prefix_keeps_the_name_whole(grounder: Grounder) -> None:
    title = "16,16-Dimethyl progesterone attenuates anxiety"
    assert title_agents(title, grounder.find(title), grounder) == []


# --- 2. an experimental verb "with", "application of" ------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Hippocampal slices were superfused with progesterone for 20 min.", {"progesterone"}),
    ("Monocytes were incubated with cadmium for 4 h.", {"cadmium atom"}),
    ("Bath application of acetylcholine restored the response.", {"acetylcholine"}),
    ("Rats irradiated with X-rays developed lymphopenia.", {"X-Rays"}),
])
def test_an_experimental_verb_gives_what_follows(grounder: Grounder, text: str, expected: set) -> None:
    assert {c.label for _, _, c in cued_agents(text, grounder.find(text), grounder)} == expected
    assert expected <= interventions(grounder, "A study", text)


@pytest.mark.parametrize("text", [
    "Brains were perfused with glutaraldehyde and sectioned.",  # a fixative, not a treatment
    "Slices were superfused with progesterone receptor antagonists.",  # the name modifies a class
    "Cells were loaded with calcium indicators.",  # no experimental verb of giving
])
def test_no_agent_where_the_name_is_no_given_substance(grounder: Grounder, text: str) -> None:
    assert cued_agents(text, grounder.find(text), grounder) == []


# --- 3. a bracketed dose range -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Spleen cells were cultured with chorionic gonadotropin (40 or 200 IU) for one hour.", {"Chorionic Gonadotropin"}),
    ("In female rats, progesterone (P4; 1-4 mg/kg, s.c.) lowered anxiety.", {"progesterone"}),
    ("Drinking water with cadmium (0.5-2 mg/kg) raised blood pressure.", {"cadmium atom"}),
])
def test_a_dose_range_in_brackets_gives_the_name_before_it(grounder: Grounder, text: str, expected: set) -> None:
    assert {c.label for _, _, c in dosed_agents(text, grounder.find(text), grounder)} == expected
    assert expected <= interventions(grounder, "A study", text)


@pytest.mark.parametrize("text", [
    "Plasma cortisol (10-20 ug/dl) was within the normal range.",  # a concentration per volume is measured
    "Serum copper (0.7 to 1.4 mg/l) did not differ between groups.",
])
def test_a_concentration_is_no_dose(grounder: Grounder, text: str) -> None:
    assert dosed_agents(text, grounder.find(text), grounder) == []
    assert interventions(grounder, "A study", text) == set()


# --- 4. a stain, a label or a dye loaded into cells is a measurement tool ----------------------------------------


@pytest.mark.parametrize("text", [
    "Isolated myocytes were loaded with fura-2/AM before pacing.",
    "Brain sections were stained with haematoxylin and eosin.",
    "Neurons were labelled with the fluorescent dye DiI.",
])
def test_a_substance_after_a_stains_with_is_no_intervention(grounder: Grounder, text: str) -> None:
    assert interventions(grounder, "A study", text) == set()


def test_a_load_of_a_given_substance_stays_given(grounder: Grounder) -> None:
    assert "sodium chloride" in interventions(grounder, "A study", "Rats were loaded with sodium chloride by gavage.")


# --- 5. a class of the body's own hormones waits for a treatment cue ---------------------------------------------


def test_a_hormone_class_named_as_the_bodys_waits_for_a_cue(grounder: Grounder) -> None:
    text = "Stress raises glucocorticoids and oestrogen alters the response of the axis."
    assert interventions(grounder, "A study", text) == set()


def test_a_hormone_class_given_is_an_intervention(grounder: Grounder) -> None:
    text = "Patients were treated with glucocorticoids; women received estrogen therapy."
    assert {"Glucocorticoids", "estrogen"} <= interventions(grounder, "A study", text)
    # an agent wording of the class names a drug anywhere
    assert "estrogen" in interventions(grounder, "A study", "Estrogenic drugs are prescribed widely.")
