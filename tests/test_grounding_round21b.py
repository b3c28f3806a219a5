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


@pytest.mark.parametrize("text, label", [
    # a molecule described by its source names the molecule (no process)
    ("Neurotransmitters produced by gut microbes may reach the brain.", None),
    ("IL-6 produced by adipocytes reaches the brain.", None),
    ("Cytokines secreted by adipose tissue act on the hypothalamus.", None),
    ("Short-chain fatty acids synthesized by colonic bacteria feed the epithelium.", None),
    # a release so written, a passive clause and an active verb still name the process
    ("Serotonin released by the dorsal raphe inhibits the neurons.", "serotonin secretion"),
    ("IL-6 was produced by the astrocytes after the injury.", "interleukin-6 production"),
    ("In the colon, bacteria produce short-chain fatty acids.", "short-chain fatty acid biosynthetic process"),
])
def test_a_participle_of_making_describes_the_molecule(grounder, text, label):
    found = {c.label for _, _, c in process_verbs(text, grounder)}
    assert label in found if label else not found
