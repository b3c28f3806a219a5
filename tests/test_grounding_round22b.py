"""Issue 13, round 22b (session 22): the immune response named with English's adjective of the immune system
("immunological response") or fused with "neuro-"; its negative regulation named by "depression"; astrocytes named
as astroglia, leukocytes as white cells. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.test_grounding_round20b import concepts

#: (class, sentence, surface, label) of each new name at work
NAMED = [
    ("Pathway", "The immunological response to the vaccine was weak in older adults.", "immunological response",
     "immune response"),
    ("Pathway", "Skin tests pointed to immunologic reactions against the dye.", "immunologic reactions",
     "immune response"),
    ("Pathway", "The innate immunological response of the gut was measured.", "innate immunological response",
     "innate immune response"),
    ("Pathway", "Chronic stress alters neuroimmune responses in the hippocampus.", "neuroimmune responses",
     "immune response"),
    ("Pathway", "Neuro-immune responses to the injection were recorded.", "neuro-immune responses", "immune response"),
    ("Pathway", "Immune depression after surgery raises the risk of infection.", "immune depression",
     "negative regulation of immune system process"),
    ("Pathway", "The early immunodepression after burns is well known.", "immunodepression",
     "negative regulation of immune system process"),
    ("Pathway", "The parasite extract had an immune-depressive effect in mice.", "immune-depressive effect",
     "negative regulation of immune system process"),
    ("ImmuneCell", "Astroglial cells take up glutamate from the synapse.", "astroglial cells", "astrocyte"),
    ("ImmuneCell", "Reactive astroglia surround the lesion.", "astroglia", "astrocyte"),
    ("ImmuneCell", "Astroglial density fell in the prefrontal cortex.", "astroglial density", "astrocyte"),
    ("ImmuneCell", "The white cell count fell during clozapine treatment.", "white cell", "leukocyte"),
]


@pytest.mark.parametrize("cls, text, surface, label", NAMED)
def test_processes_and_cells_in_other_words(grounder, cls, text, surface, label):
    assert concepts(grounder, text, cls).get(surface) == label


@pytest.mark.parametrize("text", [
    "Depressive symptoms and immune markers were measured in the same patients.",  # the disorder's adjective
    "The immunological status of the patients was recorded.",  # a state, not a response
])
def test_no_immune_process_from_the_disorder_or_a_state(grounder, text):
    assert not [label for label in concepts(grounder, text, "Pathway").values() if "immune" in label]
