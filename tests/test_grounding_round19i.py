"""Issue 13 / issue 12, round 19i (session 17): the arguments of curated findings that grounded nowhere
(docs/grounding.md, "Round 19i"): rodent gene symbols and the literature's chemokine names, a ligation named by
what is tied, an animal's like-state in an abstract that never names the disorder, the curators' class of
proinflammatory cytokines and the hormones of the HPA axis as findings objects. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from ipkg.extract import extract_document
from ipkg.extract.implicit import PROINFLAMMATORY_CYTOKINE, implicit_objects
from ipkg.ground.matcher import Grounder
from ipkg.cues import fold
from ipkg.models import Document
from tests.test_grounding_round3 import labels

CXCL1 = "C-X-C motif chemokine ligand 1"
CCL5 = "C-C motif chemokine ligand 5"


def findings(title: str, abstract: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) labels of the findings of one document."""
    out = extract_document(Document("t.txt", title, abstract)).findings
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "") for f in out}


# --- 1. a numbered cytokine symbol in the rodent spelling (sources/cytokines.rodent_names) ----------------------


@pytest.mark.parametrize("text, label", [
    ("Hippocampal Cxcl1 mRNA rose after the injection.", CXCL1),
    ("Ccl5 expression doubled in the striatum of the mice.", CCL5),
    ("Il1b and Il6 transcripts were measured by qPCR.", "interleukin 1 beta"),
])
def test_a_rodent_symbol_is_the_cytokine(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Cytokine")


@pytest.mark.parametrize("text", [
    "CCl4 induced liver fibrosis in rats.",  # carbon tetrachloride, not CCL4
    "The cells bound Fas ligand in vitro.",  # a symbol without a number keeps its capitals
])
def test_another_case_form_is_no_symbol(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Cytokine") == set()


# --- 2. the literature's spellings of a chemokine's name (sources/cytokines.chemokine_names) ---------------------


@pytest.mark.parametrize("text, label", [
    ("CXC chemokine ligand 1 was raised in the serum.", CXCL1),
    ("The CC motif ligand-5 (Ccl5) gene was induced.", CCL5),
])
def test_chemokine_name_spellings(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Cytokine") == {label}


# --- 3. a ligation named by what is tied (sources/ligations.py) -------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Mice underwent common bile duct ligation to model cirrhosis.", "common bile duct ligation"),
    ("Neuropathic pain was induced by sciatic nerve ligation.", "sciatic nerve ligation"),
    ("Ligation of the portal vein was performed in rats.", "portal vein ligation"),
])
def test_a_ligation_is_named_by_what_is_tied(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")
    assert "Ligation" not in labels(grounder, text, "Intervention")


def test_a_ligation_without_a_structure_stays_ligation(grounder: Grounder) -> None:
    assert labels(grounder, "The vessel was closed by ligation.", "Intervention") == {"Ligation"}


def test_the_short_form_of_a_ligation_follows_it(grounder: Grounder) -> None:
    text = "Bile duct ligation (BDL) causes cholestasis. BDL rats lost weight."
    assert labels(grounder, text, "Intervention") == {"bile duct ligation"}


def test_a_named_ligation_is_a_finding_subject() -> None:
    found = findings("Cirrhosis and mood in mice",
                     "Common bile duct ligation induced splenomegaly in mice.")
    assert ("common bile duct ligation", "hasAdverseEffect", "Splenomegaly") in found


# --- 4. an animal's like-state in an abstract that never names the disorder (extract/implicit.py) --------------


def test_a_like_state_stands_for_depression_when_no_disorder_is_named() -> None:
    found = findings("Dopamine lesions in rats",
                     "The lesion produced a depressive-like behaviour that was reversed by chronic pramipexole.")
    assert ("pramipexole", "treats", "depressive disorder") in found


def test_an_anhedonia_like_state_is_anhedonia() -> None:
    found = findings("Social stress in mice",
                     "Chronic social defeat stress induced anhedonia-like behaviour in mice.")
    assert ("chronic social defeat stress", "hasAdverseEffect", "Anhedonia") in found


def test_a_symptom_of_people_stays_unnamed() -> None:
    text = "Depressive symptoms and immune changes rose."
    objects = {c.label for _, _, c in implicit_objects(fold(text), [], lambda: {})}
    assert objects == {"immune system process"}


def test_an_induced_like_state_is_read_with_its_inducer_once() -> None:
    found = findings("Stress in mice", "Chronic restraint stress induced depression-like behaviours in mice.")
    assert found == {("chronic restraint stress", "hasAdverseEffect", "depressive disorder")}


# --- 5. the curators' class of proinflammatory cytokines (extract/implicit.py) ----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Pro-inflammatory cytokines rose in the hippocampus.", True),
    ("Inflammation-related cytokines were measured.", True),
    ("Anti-inflammatory cytokines rose in the hippocampus.", False),
])
def test_inflammatory_cytokines_are_the_class(text: str, expected: bool) -> None:
    objects = [c for _, _, c in implicit_objects(fold(text), [], lambda: {})]
    assert (PROINFLAMMATORY_CYTOKINE in objects) is expected


def test_the_class_is_a_finding_object_not_a_mention() -> None:
    doc = Document("t.txt", "Nitric oxide and stress", "Aminoguanidine decreased inflammatory cytokines in the cortex.")
    extraction = extract_document(doc)
    assert PROINFLAMMATORY_CYTOKINE not in extraction.concepts()
    assert ("aminoguanidine", "decreases", "proinflammatory cytokine") in {
        (f.subject.label, f.predicate, f.obj.label if f.obj else "") for f in extraction.findings}


# --- 6. a measured hormone of the HPA axis is HPA axis activity (extract/implicit.py) ---------------------------


@pytest.mark.parametrize("sentence, subject, relation", [
    ("Metyrapone lowered plasma corticosterone in stressed rats.", "metyrapone", "decreases"),
    ("Caffeine raised serum cortisol in the volunteers.", "caffeine", "increases"),
    ("Fluoxetine decreased the plasma ACTH levels of the rats.", "fluoxetine", "decreases"),
])
def test_a_measured_hpa_hormone_is_the_axis(sentence: str, subject: str, relation: str) -> None:
    assert (subject, relation, "HPA axis activity") in findings("Hormones and stress", sentence)


def test_a_hormone_given_is_the_drug() -> None:
    found = findings("Corticosterone and mood", "Rats received corticosterone injections, which reduced BDNF.")
    assert not any("HPA axis activity" in (s, o) for s, _, o in found)
