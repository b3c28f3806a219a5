"""Issue 13, round 20b (session 20): a cytokine's output after a verb of change is the cytokine measured, not its
production process; the regulation of gene expression is a process, bare gene expression, protein synthesis and
gut permeability are not (the scope conventions the read golds keep). Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document


def concepts(grounder, abstract: str, cls: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the ``cls`` mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls == cls}


@pytest.mark.parametrize("text, cytokine", [
    ("Probiotic feeding decreased the production of IL-1β in the colon.", "il-1β"),
    ("Sleep loss promoted the release of IL-1beta in the hippocampus.", "il-1beta"),
    ("Swimming increased IL-6 production in the plasma of the rats.", "il-6"),
    ("Minocycline blunted the LPS-induced TNF-alpha secretion of the slices.", "tnf-alpha"),
    ("Fluoxetine caused a reduction in IL-6 production by the splenocytes.", "il-6"),
])
def test_a_cytokine_output_after_a_change_is_the_cytokine(grounder, text, cytokine):
    assert cytokine in concepts(grounder, text, "Cytokine")
    assert not any(label.endswith(("production", "secretion")) for label in concepts(grounder, text, "Pathway").values())


@pytest.mark.parametrize("text, surface, label", [
    # named as a mechanism, with no change before it
    ("IL-6 production by microglia drives the sickness response.", "il-6 production", "interleukin-6 production"),
    ("Pentoxifylline, an inhibitor of TNF-alpha production, was tested.", "tnf-alpha production",
     "tumor necrosis factor production"),
    # cytokines in general: no cytokine item can take its place
    ("Dexamethasone reduced cytokine production in the brain.", "cytokine production", "cytokine production"),
    # a hormone's output has no class of its own: its secretion stays (adjudication rule)
    ("The starch lowered the excessive corticosterone production of the mice.", "corticosterone production",
     "corticosterone secretion"),
])
def test_the_process_stays(grounder, text, surface, label):
    assert concepts(grounder, text, "Pathway").get(surface) == label


@pytest.mark.parametrize("text, surface", [
    ("The transcription factor's products regulate gene expression in neurons.", "regulate gene expression"),
    ("Glucocorticoids shape the regulation of gene expression in microglia.", "regulation of gene expression"),
])
def test_the_regulation_of_gene_expression(grounder, text, surface):
    assert concepts(grounder, text, "Pathway").get(surface) == "regulation of gene expression"


@pytest.mark.parametrize("text, surface", [
    # a measure, as the read golds keep it: no Pathway
    ("Gene expression profiles of the blood cells were compared.", "gene expression"),
    ("Immune gene expression was lower in the spleen of infected fish.", "immune gene expression"),
    ("The omics data show shifts in host gene regulation in the patients.", "gene regulation"),
    ("Anisomycin blocked protein synthesis in the slices.", "protein synthesis"),
    ("The prebiotic reduced gut permeability and inflammation.", "gut permeability"),
    ("Stress increased intestinal permeability in the rats.", "intestinal permeability"),
])
def test_out_of_scope(grounder, text, surface):
    assert surface not in concepts(grounder, text, "Pathway")


@pytest.mark.parametrize("text", [
    "Bidirectional communication between the gut and the brain shapes mood.",
    "The crosstalk between gut microbes and the central nervous system was reviewed.",
    "Communication among the brain, gut and microbiota is known to affect behaviour.",
    "We review the interactions between the intestinal microbiome and the brain in autism.",
])
def test_the_gut_and_the_brain_linked_after_a_preposition_is_the_axis(grounder, text):
    assert "microbiota-gut-brain axis" in concepts(grounder, text, "Pathway").values()


@pytest.mark.parametrize("text", [
    "The link between gut microbiota and depression has been suggested.",  # a disorder, not the brain
    "Interactions between the gut microbiota and the host immune system were studied.",  # no brain
    "We studied the crosstalk between the brain, the skeletal muscle and the gut.",  # another organ
    "The communication between the immune system and the brain was tested.",  # no gut
])
def test_no_gut_brain_axis(grounder, text):
    assert "microbiota-gut-brain axis" not in concepts(grounder, text, "Pathway").values()
