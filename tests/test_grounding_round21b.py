"""Issue 13, round 21b (session 21): two body systems (or neural and glial cells) named as the ends of a link after a
preposition are that link; a molecule described by "produced by" or "synthesized by" names the molecule, not its
making. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.extract.process_verbs import process_verbs
from ipkg.models import Document


def pathways(grounder, abstract: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the Pathway mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls == "Pathway"}


@pytest.mark.parametrize("text, link", [
    ("Vagotomy tested the communication between the immune system and the brain in rats.",
     "communication between the immune system and the brain"),
    ("The mice showed abnormal interactions between microglia and neurons in the hippocampus.",
     "interactions between microglia and neurons"),
    ("Cytokines mediate the crosstalk between the peripheral immune system and the central nervous system.",
     "crosstalk between the peripheral immune system and the central nervous system"),
    ("We review the dialogue among neurons, astrocytes and microglia after injury.",
     "dialogue among neurons, astrocytes and microglia"),
])
def test_two_systems_after_a_preposition_are_their_link(grounder, text, link):
    assert pathways(grounder, text).get(link) == link


@pytest.mark.parametrize("text", [
    "Interactions between SSRIs and other CNS drugs were listed.",  # a drug and a system
    "The interaction between neurons and neurons was not tested.",  # one kind of end
    "The link between the immune system and depression is debated.",  # a disorder at one end
    "Reflexes need communication between the central nervous system and the enteric nervous system.",  # the gut's
])
def test_no_link_without_two_systems(grounder, text):
    found = pathways(grounder, text).values()
    assert not any(label.startswith(("interaction", "communication", "link")) for label in found)


def test_the_gut_and_the_brain_stay_the_axis(grounder):
    """A gut-brain link after a preposition is round 20b's microbiota-gut-brain axis, not a link of its own."""
    found = pathways(grounder, "Bidirectional communication between the gut and the brain shapes mood.")
    assert set(found.values()) == {"microbiota-gut-brain axis"}


@pytest.mark.parametrize("text", [
    "Neurotransmitters produced by gut microbes may reach the brain.",
    "IL-6 produced by adipocytes reaches the brain.",
    "Cytokines secreted by adipose tissue act on the hypothalamus.",
    "Short-chain fatty acids synthesized by colonic bacteria feed the epithelium.",
])
def test_a_molecule_described_by_its_source_is_no_process(grounder, text):
    assert not process_verbs(text, grounder)


@pytest.mark.parametrize("text, label", [
    ("Serotonin released by the dorsal raphe inhibits the neurons.", "serotonin secretion"),  # a release stays
    ("IL-6 was produced by the astrocytes after the injury.", "interleukin-6 production"),  # a passive clause
    ("In the colon, bacteria produce short-chain fatty acids.", "short-chain fatty acid biosynthetic process"),
])
def test_a_release_a_passive_and_an_active_verb_still_name_the_process(grounder, text, label):
    assert label in {c.label for _, _, c in process_verbs(text, grounder)}
