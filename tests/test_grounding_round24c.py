"""Issue 13, round 24c (session 24): an organ's disorder named by the other word for the organ, an organ's toxicity
as its disease, and "toxic X" for a drug-induced X (:mod:`ipkg.ground.sources.organ_forms`), where the matcher
took only the head noun ("edema", "toxicity", "hepatitis"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.lexicon import LexiconRow
from ipkg.ground.sources.organ_forms import organ_toxicity_names, organ_word_names, toxic_forms
from tests.test_grounding_round19m import signs


def _row(name: str, curie: str = "MONDO:0000000", cls: str = "Disorder", syntype: str = "label") -> LexiconRow:
    return LexiconRow(cls, "i", curie, name, name, syntype, "MONDO", "2024", "")


@pytest.mark.parametrize("text, surface, label", [
    ("Cerebral edema developed in two children after the infusion.", "cerebral edema", "brain edema"),
    ("Ocular pain was the commonest complaint on the drops.", "ocular pain", "Eye Pain"),
    ("Haematological toxicity limited the dose in a third of the patients.", "haematological toxicity",
     "hematologic disorder"),
    ("Pulmonary toxicity of the drug was seen in older men.", "pulmonary toxicity", "lung disorder"),
    ("Neurological toxicity was mild and reversible.", "neurological toxicity", "nervous system disorder"),
    ("Two cases of toxic hepatitis were reported after the antibiotic.", "toxic hepatitis",
     "drug-induced hepatitis"),
])
def test_an_organ_disorder_read_whole(grounder, text, surface, label):
    assert signs(grounder, text).get(surface) == label


def test_a_bare_toxicity_stays_as_it_was(grounder):
    # no organ before it: the head noun alone keeps its concept (the rules only add longer names)
    assert signs(grounder, "Toxicity was graded weekly.").get("toxicity") == \
        "Drug-Related Side Effects and Adverse Reactions"


def test_organ_word_names():
    rows = [_row("Brain Edema"), _row("hepatic encephalopathy"), _row("disease of brain", syntype="derived"),
            _row("brain and kidney disease"), _row("Edema, Cerebral")]
    # one organ word, running text, a label or exact synonym: the inverted, derived and two-organ names give none
    assert [name for _, name in organ_word_names(rows)] == ["cerebral edema", "liver encephalopathy"]


def test_organ_toxicity_names_need_a_body_system():
    body = {"MONDO:0005275"}
    rows = [_row("lung disorder", "MONDO:0005275"), _row("pulmonary diseases", "MONDO:0005275"),
            _row("genetic disease", "MONDO:0003847"), _row("disease of lung", "MONDO:0005275", syntype="exact")]
    # "lung" is an anatomy name, "pulmonary" a part's adjective; a disease outside the body systems takes none
    assert [name for _, name in organ_toxicity_names(rows, body, {"lung"})] == ["lung toxicity",
                                                                                 "pulmonary toxicity"]


def test_an_organ_toxicity_needs_a_part_word():
    # "mast cell" is neither an anatomy name given nor one adjective of a part
    rows = [_row("mast cell disease", "MONDO:0001"), _row("retinal disease", "MONDO:0001")]
    assert [name for _, name in organ_toxicity_names(rows, {"MONDO:0001"}, {"lung"})] == ["retinal toxicity"]


def test_toxic_forms():
    rows = [_row("drug-induced hepatitis"), _row("drug induced hepatotoxicity"), _row("hepatitis")]
    assert [name for _, name in toxic_forms(rows)] == ["toxic hepatitis"]
