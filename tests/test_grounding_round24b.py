"""Issue 13, round 24b (session 24): a one-word process's regular adjective before an effect noun (with "pro-" and
"anti-"), the immune system's development by its adjective, and a transmission named by a class of transmitters.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.test_grounding_round20b import concepts

#: (sentence, surface, label) of each new Pathway name at work
NAMED = [
    ("The extract had marked angiogenic effects in the wound.", "angiogenic effects", "angiogenesis"),
    ("Ketamine showed anti-angiogenic activity in the retina.", "anti-angiogenic activity", "angiogenesis"),
    ("The serum had chemotactic activity for neutrophils.", "chemotactic activity", "chemotaxis"),
    ("Cisplatin has pro-apoptotic effects on the tumour cells.", "pro-apoptotic effects", "apoptotic process"),
    ("The antidepressant had synaptogenic effects in the prefrontal cortex.", "synaptogenic effects",
     "synapse assembly"),
    ("Catecholamines have lipolytic actions in adipose tissue.", "lipolytic actions", "lipid catabolic process"),
    ("Early microbial exposure shapes immune development in infants.", "immune development",
     "immune system development"),
    ("The gut flora guides the development of the immune system.", "development of the immune system",
     "immune system development"),
    ("Reserpine depletes monoaminergic transmission in the brain.", "monoaminergic transmission",
     "chemical synaptic transmission"),
    ("Stress altered catecholaminergic neurotransmission in the cortex.", "catecholaminergic neurotransmission",
     "chemical synaptic transmission"),
]


@pytest.mark.parametrize("text, surface, label", NAMED)
def test_adjective_effects_immune_development_and_transmitter_classes(grounder, text, surface, label):
    assert concepts(grounder, text, "Pathway").get(surface) == label


@pytest.mark.parametrize("text", [
    "Angiogenic factors were measured in the serum.",  # the adjective before no effect noun: factors, not a process
    "The monoaminergic system degenerates in Parkinson disease.",  # a system is its neurons (round 16b)
    "Neurogenic bladder followed the spinal injury.",  # the adjective's other sense, before no effect noun
])
def test_what_stays_out(grounder, text):
    assert concepts(grounder, text, "Pathway") == {}
