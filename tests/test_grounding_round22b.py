"""Issue 13, round 22b (session 22): the immune response named with English's adjective of the immune system
("immunological response") or fused with "neuro-"; its negative regulation named by "depression"; astrocytes named
as astroglia, leukocytes as white cells. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document


def mentions(grounder, abstract: str, cls: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the ``cls`` mentions of ``abstract``."""
    found, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in found if m.concept.cls == cls}


@pytest.mark.parametrize("text, surface, label", [
    ("The immunological response to the vaccine was weak in older adults.", "immunological response",
     "immune response"),
    ("Skin tests pointed to immunologic reactions against the dye.", "immunologic reactions", "immune response"),
    ("The innate immunological response of the gut was measured.", "innate immunological response",
     "innate immune response"),
    ("Chronic stress alters neuroimmune responses in the hippocampus.", "neuroimmune responses", "immune response"),
    ("Neuro-immune responses to the injection were recorded.", "neuro-immune responses", "immune response"),
    ("Immune depression after surgery raises the risk of infection.", "immune depression",
     "negative regulation of immune system process"),
    ("The early immunodepression after burns is well known.", "immunodepression",
     "negative regulation of immune system process"),
    ("The parasite extract had an immune-depressive effect in mice.", "immune-depressive effect",
     "negative regulation of immune system process"),
])
def test_immune_response_and_its_lowering_in_other_words(grounder, text, surface, label):
    assert mentions(grounder, text, "Pathway").get(surface) == label


@pytest.mark.parametrize("text", [
    "Depressive symptoms and immune markers were measured in the same patients.",  # the disorder's adjective
    "The immunological status of the patients was recorded.",  # a state, not a response
])
def test_no_immune_process_from_the_disorder_or_a_state(grounder, text):
    assert not {label for label in mentions(grounder, text, "Pathway").values()
                if "immune" in label}


@pytest.mark.parametrize("text, surface, label", [
    ("Astroglial cells take up glutamate from the synapse.", "astroglial cells", "astrocyte"),
    ("Reactive astroglia surround the lesion.", "astroglia", "astrocyte"),
    ("Astroglial density fell in the prefrontal cortex.", "astroglial density", "astrocyte"),
    ("The white cell count fell during clozapine treatment.", "white cell", "leukocyte"),
])
def test_cells_by_their_fused_or_clipped_names(grounder, text, surface, label):
    assert mentions(grounder, text, "ImmuneCell").get(surface) == label
