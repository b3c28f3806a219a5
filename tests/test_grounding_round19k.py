"""Issue 13, round 19k (session 18): the processes and readouts a study measures, named as English derives them from
GO's names (a barrier's function, an epigenetic mark's degree, epigenetic changes, a process's effects), microbial
metabolism, and two cytokine readings that a longer symbol holds. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.sources.readouts import barrier_terms
from ipkg.models import Document


def concepts(grounder, abstract: str, cls: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the ``cls`` mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls == cls}


# --- 1. behaviour and cognition stay out (the tune half, dev and check-read file no behaviour readout) ----------


@pytest.mark.parametrize("text", [
    "The knockout mice showed more locomotor activity in the open field.",
    "Short-term memory was tested in a maze after the infusion.",
    "Naive and memory-phenotype cells were counted in the spleen.",
])
def test_a_behaviour_is_no_pathway(grounder, text):
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
    ("Smoking may leave epigenetic alterations in the offspring.", "epigenetic alterations",
     "epigenetic regulation of gene expression"),
    ("The role of epigenetics in mood disorders is reviewed.", "epigenetics",
     "epigenetic regulation of gene expression"),
    ("The bacterial toxin had pro-inflammatory effects on the glia.", "pro-inflammatory effects",
     "inflammatory response"),
    ("Stress led to intestinal barrier dysfunction in the mice.", "intestinal barrier dysfunction",
     "establishment of endothelial intestinal barrier"),
])
def test_a_process_named_from_go_words(grounder, text, surface, label):
    assert concepts(grounder, text, "Pathway").get(surface) == label


@pytest.mark.parametrize("text", [
    "Butyrate can cross the blood-brain barrier in rodents.",
    "Endothelial barrier permeability rose in the cultured cells.",
])
def test_the_bare_barrier_or_a_cell_layer_is_no_process(grounder, text):
    assert not concepts(grounder, text, "Pathway")


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



@pytest.mark.parametrize("text, surface", [
    ("Mice received recombinant human IL-2 daily for a week.", "il-2"),
    ("Injections of recombinant rat interleukin-1 beta lowered food intake.", "interleukin-1 beta"),
])
def test_a_species_between_the_cue_and_the_cytokine_keeps_it_given(grounder, text, surface):
    assert surface in concepts(grounder, text, "Intervention")


def test_a_species_alone_makes_no_cytokine_given(grounder):
    assert "il-6" in concepts(grounder, "Serum human IL-6 was measured in the patients.", "Cytokine")
