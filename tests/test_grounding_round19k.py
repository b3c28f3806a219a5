"""Issue 13, round 19k (session 18): the processes and readouts a study measures, named as GO names them or as
English derives from GO's names (behaviour and cognition, a barrier's function, an epigenetic mark's degree), and two
cytokine readings that a longer symbol holds. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.sources.readouts import barrier_terms
from ipkg.models import Document


def concepts(grounder, abstract: str, cls: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the ``cls`` mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls == cls}


# --- 1. behaviour and cognition measured as readouts ------------------------------------------------------------


@pytest.mark.parametrize("text, surface, label", [
    ("The knockout mice showed more locomotor activity in the open field.", "locomotor activity",
     "locomotory behavior"),
    ("Neuropeptides of the cortex take part in learning and memory.", "learning and memory", "learning or memory"),
    ("The probiotic improved cognition in the elderly volunteers.", "cognition", "cognition"),
    ("Cytokine injections reduced the social behavior of the rats.", "social behavior", "social behavior"),
    ("Short-term memory was tested in a maze after the infusion.", "short-term memory", "short-term memory"),
    ("Exploratory activity was scored over ten minutes.", "exploratory activity", "exploration behavior"),
])
def test_a_measured_behaviour_is_a_pathway(grounder, text, surface, label):
    assert concepts(grounder, text, "Pathway").get(surface) == label


@pytest.mark.parametrize("text, word", [
    ("The behavior of the animals was filmed for an hour.", "behavior"),
    ("A machine learning model classified the scans.", "learning"),
    ("Sensitization to ovalbumin preceded the airway challenge.", "sensitization"),
])
def test_a_generic_or_ambiguous_word_is_no_pathway(grounder, text, word):
    assert not any(word in surface for surface in concepts(grounder, text, "Pathway"))


@pytest.mark.parametrize("text, surface", [
    ("The lesioned rats had long-term memory deficits in the water maze.", "long-term memory deficits"),
    ("Old mice showed learning and memory impairment after surgery.", "learning and memory impairment"),
])
def test_the_impairment_of_a_kind_of_memory_is_the_sign(grounder, text, surface):
    assert surface in concepts(grounder, text, "Phenotype")
    assert not concepts(grounder, text, "Pathway")


# --- 2. a barrier's function, an epigenetic mark's degree, microbial metabolism ----------------------------------


@pytest.mark.parametrize("text, surface, label", [
    ("Isolation weakened intestinal barrier function in the colon.", "intestinal barrier function",
     "establishment of endothelial intestinal barrier"),
    ("The infection lowered blood-brain barrier integrity within a day.", "blood-brain barrier integrity",
     "maintenance of blood-brain barrier"),
    ("Smoke exposure led to hypomethylation of DNA in the blood cells.", "hypomethylation of dna", "DNA methylation"),
    ("Gut microbes contribute to vitamin synthesis and fermentation.", "vitamin synthesis",
     "vitamin biosynthetic process"),
    ("Gut microbes contribute to vitamin synthesis and fermentation.", "fermentation", "fermentation"),
])
def test_a_process_named_from_go_words(grounder, text, surface, label):
    assert concepts(grounder, text, "Pathway").get(surface) == label


def test_the_bare_barrier_is_a_structure(grounder):
    assert not concepts(grounder, "Butyrate can cross the blood-brain barrier in rodents.", "Pathway")


def test_a_barrier_takes_its_maintenance_where_go_has_one():
    labels = {"GO:1": "establishment of blood-nerve barrier", "GO:2": "maintenance of blood-nerve barrier",
              "GO:3": "establishment of skin barrier"}
    assert barrier_terms(labels) == {"GO:2": "blood-nerve", "GO:3": "skin"}


# --- 3. cytokines a longer symbol holds -----------------------------------------------------------------------


def test_a_cytokine_inside_a_process_is_read_leftmost_longest(grounder):
    found = concepts(grounder, "The shock increased the release of IL-1beta in the cortex.", "Cytokine")
    assert found == {"il-1beta": "interleukin 1 beta"}


def test_a_taxon_code_holds_no_cytokine_symbol(grounder):
    assert not concepts(grounder, "The genus Lachnospiraceae NK4A136 was enriched after stress.", "Cytokine")

