"""Issue 13, round 19l (session 18): Interventions and a process on fresh text: plant oils only a MeSH supplementary
record names, a resistant fibre, a transplantation's gerund, single eicosanoids given, an adverb inside "treated
... with", and a MeSH phenomenon GO names as a process. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.sources.procedure_forms import head_forms
from ipkg.models import Document


def concepts(grounder, abstract: str, cls: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the ``cls`` mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls == cls}


@pytest.mark.parametrize("text, surface, label", [
    ("Pain was induced with mustard oil applied to the paw.", "mustard oil", "mustard oil"),
    ("Patients with bloating took peppermint oil for four weeks.", "peppermint oil", "peppermint oil"),
    ("Rats fed perilla seed oil had lower anxiety scores.", "perilla seed oil", "perilla seed oil"),
    ("Obese adults took resistant dextrin daily for eight weeks.", "resistant dextrin", "Dextrins"),
    ("Transplanting fecal microbiota from stressed donors changed behaviour.", "transplanting fecal microbiota",
     "Fecal Microbiota Transplantation"),
    ("Heifers were injected with prostaglandin F2alpha on day 7.", "prostaglandin f2alpha", "Dinoprost"),
    ("Mice were treated orally with Proteus mirabilis for five days.", "proteus mirabilis", "Proteus mirabilis"),
])
def test_an_intervention_given(grounder, text, surface, label):
    assert concepts(grounder, text, "Intervention").get(surface) == label


@pytest.mark.parametrize("text, surface", [
    # an eicosanoid measured, not given
    ("Plasma prostaglandin F2alpha was higher in the depressed group.", "prostaglandin f2alpha"),
    # a plant oil heading of MeSH's own (a food and the usual vehicle) stays out
    ("The drug was dissolved in sesame oil before the injection.", "sesame oil"),
    # no treatment: a microbe found in the gut
    ("Proteus mirabilis was more abundant in the patients' stool.", "proteus mirabilis"),
])
def test_no_intervention(grounder, text, surface):
    assert surface not in concepts(grounder, text, "Intervention")


def test_immunomodulation_is_the_process(grounder):
    text = "Helminth proteins have a role in immunomodulation of the host."
    assert "immunomodulation" not in concepts(grounder, text, "Intervention")
    assert concepts(grounder, text, "Pathway").get("immunomodulation") == "regulation of immune system process"


def test_a_transplantations_gerund():
    assert head_forms("Fecal Microbiota Transplantation")[3:] == ["transplanting Fecal Microbiota",
                                                                 "transplanting the Fecal Microbiota"]
