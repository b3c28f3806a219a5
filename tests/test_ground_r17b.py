"""Issue 13, round 17b (session 12): which IRI a Pathway or Disorder reading takes, and what counts as one
(docs/grounding.md, "Round 17b"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from ipkg.ground.morphology import process_variants
from tests.test_grounding_round3 import labels

# --- 1. a process's time course names the process itself (sources/pathways._course_parent) ---------------------


@pytest.mark.parametrize("text", [
    "Chronic inflammation of the gut was found in the older mice.",
    "Acute inflammation resolves within days in healthy tissue.",
    "A chronic inflammatory response accompanies the disease.",
])
def test_a_time_course_names_the_process(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == {"inflammatory response"}


def test_no_time_course_concept_left(grounder: Grounder) -> None:
    """GO's course terms are no concepts of their own: their names went to the process."""
    assert grounder.lookup("chronic inflammatory response", "Pathway").label == "inflammatory response"


# --- 2. a leading "cell" of a GO name is also "cellular" (morphology._ADJECTIVAL_NOUNS) --------------------------


def test_cellular_process_names(grounder: Grounder) -> None:
    assert "cellular proliferation" in [n for n, _ in process_variants(["cell proliferation"])]
    text = "Cellular proliferation in the dentate gyrus rose after exercise."
    assert labels(grounder, text, "Pathway") == {"cell population proliferation"}


# --- 3. GUIDELINES' immune (dys)regulation as "immune dysfunction" (lexicon/curated.tsv) ------------------------


def test_immune_dysfunction_is_immune_dysregulation(grounder: Grounder) -> None:
    text = "Chronic stress leads to immune dysfunction in older adults."
    assert labels(grounder, text, "Pathway") == {"regulation of immune system process"}
    assert not labels(grounder, text, "Disorder")


# --- 5. "depression" evoked by a stimulus is no disorder (extract/mentions._ORGAN_BEFORE) ----------------------


def test_evoked_depression_is_no_disorder(grounder: Grounder) -> None:
    text = "In the slices, noradrenaline-evoked depression was blocked by the antagonist."
    assert "depressive disorder" not in labels(grounder, text, "Disorder")


def test_depression_induced_is_still_the_disorder(grounder: Grounder) -> None:
    assert "depressive disorder" in labels(grounder, "Stress-induced depression was modelled in rats.", "Disorder")


# --- 6. a property "anti-<A>" names the process <A> is formed from (extract/pathway_readings.py) ----------------


@pytest.mark.parametrize("text, label", [
    ("The leaf extract showed strong anti-inflammatory effects in rats.", "inflammatory response"),
    ("The flavonoid acts through anti-neuroinflammatory and anti-apoptotic effects.", "neuroinflammatory response"),
    ("The flavonoid acts through anti-neuroinflammatory and anti-apoptotic effects.", "apoptotic process"),
])
def test_an_anti_property_names_the_process(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")
    assert not any(found.startswith("negative regulation") for found in labels(grounder, text, "Pathway"))


def test_no_process_from_other_properties(grounder: Grounder) -> None:
    """Outside a property group "anti-inflammatory" stays the lexicon's negative regulation; a drug property names
    no disorder, and "antioxidant" no oxidative stress."""
    assert labels(grounder, "Anti-inflammatory cytokines such as IL-10 rose.", "Pathway") == {
        "negative regulation of inflammatory response"}
    assert not labels(grounder, "The drug had antidepressant and antioxidant effects.", "Pathway")
    assert not labels(grounder, "The drug had antidepressant and antioxidant effects.", "Disorder")
