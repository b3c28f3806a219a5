"""Issue 13, round 23b (session 23): generic immune-cell words (inflammatory cells, immunocytes), a CL abbreviation
before "cells", a barrier's function named with the noun first or by the gut, and an -atory process's signalling
without "pathway". Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.test_grounding_round20b import concepts

#: (class, sentence, surface, label) of each new name at work
NAMED = [
    ("ImmuneCell", "Dense infiltrates of inflammatory cells surrounded the lesion.", "inflammatory cells", "leukocyte"),
    ("ImmuneCell", "Human immunocytes were cultured with the antigen.", "immunocytes", "leukocyte"),
    ("ImmuneCell", "MAIT cells fell in the blood of the patients.", "mait cells", "mucosal-associated invariant T cell"),
    ("ImmuneCell", "ILC2 cells expanded in the lung after the challenge.", "ilc2 cells", "group 2 innate lymphoid cell"),
    ("ImmuneCell", "pDC cells produced type I interferon.", "pdc cells", "plasmacytoid dendritic cell"),
    ("Pathway", "Butyrate restored gut barrier integrity in the stressed mice.", "gut barrier integrity",
     "establishment of endothelial intestinal barrier"),
    ("Pathway", "Dysbiosis raised the permeability of the intestinal barrier.", "permeability of the intestinal barrier",
     "establishment of endothelial intestinal barrier"),
    ("Pathway", "Hypertension caused disruption of the blood-brain barrier.", "disruption of the blood-brain barrier",
     "maintenance of blood-brain barrier"),
    ("Pathway", "Microglia showed increased pro-inflammatory signaling.", "pro-inflammatory signaling",
     "inflammatory response"),
    ("Pathway", "Amyloid drives neuroinflammatory signaling in the cortex.", "neuroinflammatory signaling",
     "neuroinflammatory response"),
]


@pytest.mark.parametrize("cls, text, surface, label", NAMED)
def test_generic_cells_abbreviated_cells_and_barrier_forms(grounder, cls, text, surface, label):
    assert concepts(grounder, text, cls).get(surface) == label


@pytest.mark.parametrize("text", [
    "APC cells carry the truncating mutation.",  # three capitals: adenomatous polyposis coli, not an immune cell
    "The intestinal permeability of the patients was raised.",  # permeability alone: the annotated set files none
    "Short-chain fatty acids cross the blood-brain barrier.",  # the bare barrier is a structure
])
def test_what_stays_out(grounder, text):
    cells = concepts(grounder, text, "ImmuneCell")
    pathways = concepts(grounder, text, "Pathway")
    assert "apc cells" not in cells
    assert not any("barrier" in label for label in pathways.values())
