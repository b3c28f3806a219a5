"""Round 42 of the findings rules (s21 issue 12; docs/findings.md section 42): a name an abstract spells again
without its hyphens or spaces is the concept of its other spelling (:mod:`ipkg.extract.recall_respellings`); a
transmitter's system, the serotonin transporter's binding and dividing cells' label are the process each names
(:mod:`ipkg.extract.recall_process_measures`). Self-written sentences; mentions from the shipped lexicon. Each
positive case fails on main at 4c3a828; the sentence guards pass on both.
"""

from __future__ import annotations

import pytest

from ipkg.extract.pairing import Item
from ipkg.extract.recall_respellings import respelled_items, respellings
from ipkg.models import Concept, Mention
from tests.test_findings_round30 import _rows

NII = "neuro-immune interactions"
_NII = Concept("http://example.org/nii", NII, "Pathway", "ipkg")
_OTHER = Concept("http://example.org/other", "other", "Pathway", "ipkg")


@pytest.mark.parametrize(("text", "rows"), [
    ("Neuro-immune interactions shape behaviour. Animal studies support the involvement of neuroimmune interactions "
     "in the pathogenesis of depression and anxiety.",
     {("depressive disorder", "associatedWith", NII, False, False),
      ("anxiety disorder", "associatedWith", NII, False, False)}),
    ("DNA methylation was measured. Social isolation led to decreased DNAmethylation in the hippocampus.",
     {("social isolation", "decreases", "DNA methylation", False, False)}),
])
def test_a_name_spelt_again_without_its_hyphens_is_the_same_concept(text: str, rows: set) -> None:
    assert rows <= _rows(text)


def test_no_respelling_inside_a_hyphenated_compound() -> None:
    rows = _rows("Neuro-immune interactions shape behaviour. Animal studies support the involvement of "
                 "host-neuroimmune interactions in depression.")
    assert not any(row[2] == NII for row in rows)


def _names(*mentions: tuple[str, Concept]) -> dict:
    return respellings([Mention("title", 0, len(text), text, concept) for text, concept in mentions])


def test_the_same_spelling_left_without_an_item_is_an_earlier_choice() -> None:
    names = _names(("Neuro-Immune Interactions", _NII))
    assert respelled_items("the neuro-immune interactions in ASD", [], names) == []
    assert [(i.start, i.end) for i in respelled_items("the neuroimmune interactions in ASD", [], names)] == [(4, 28)]


def test_an_apposed_class_stays_out_of_the_sentence() -> None:
    rows = _rows("Sulpiride is an antipsychotic drug. We reported that coadministration of sulpiride, an antipsychotic "
                 "drug, and fluvoxamine, a selective serotonin reuptake inhibitor, increases dopamine release.")
    assert ("fluvoxamine", "increases", "dopamine secretion", False, False) in rows


def test_no_key_from_a_one_word_or_short_name_or_a_name_two_concepts_share() -> None:
    assert _names(("microglia", _NII)) == {}  # one word: no other spelling of this kind
    assert _names(("IL-6", _NII)) == {}  # fewer than eight letters
    assert _names(("neuro-immune interactions", _NII), ("neuroimmune-interactions", _OTHER)) == {}


def test_a_run_an_item_covers_is_left_to_the_item() -> None:
    names = _names(("Neuro-Immune Interactions", _NII))
    held = Item(4, 15, _OTHER)
    assert respelled_items("the neuroimmune interactions in ASD", [held], names) == [held]


# ---------------------------------------------------------------- a process named by what carries or shows it
SEROTONERGIC = "synaptic transmission, serotonergic"


@pytest.mark.parametrize(("text", "rows"), [
    ("Chronic fluoxetine reduced SERT binding in the hippocampus.",
     {("fluoxetine", "decreases", "serotonin uptake", False, False)}),
    ("Imipramine increased the number of BrdU-positive cells in the dentate gyrus.",
     {("imipramine", "increases", "cell population proliferation", False, False)}),
    ("The serotonin (5-HT) system has been implicated in depression.",
     {("depressive disorder", "associatedWith", SEROTONERGIC, False, False)}),
    ("The antidepressant-like effect of ketamine is mediated by the endocannabinoid system.",
     {("ketamine", "actsThrough", "endocannabinoid signaling pathway", False, False)}),
])
def test_a_process_named_by_what_carries_or_shows_it(text: str, rows: set) -> None:
    assert rows <= _rows(text)


def test_an_adjective_before_and_shares_the_noun_systems() -> None:
    rows = _rows("Neurobiological research has implicated the dopaminergic and serotonergic systems in the "
                 "pathogenesis of autism.")
    assert {("autism", "associatedWith", "synaptic transmission, dopaminergic", False, False),
            ("autism", "associatedWith", SEROTONERGIC, False, False)} <= rows


def test_a_system_takes_no_change() -> None:
    assert not _rows("Chronic fluoxetine altered the serotonergic system.")


@pytest.mark.parametrize("text", [
    "This review discusses the serotonergic system in depression.",  # a text's scope: a topic
    "We aimed to examine the effect of fluoxetine on the serotonergic system.",  # an aim
])
def test_no_process_from_a_topic_or_an_aim(text: str) -> None:
    assert not any(row[2] == SEROTONERGIC for row in _rows(text))


def test_no_process_items_where_two_lists_pair_respectively() -> None:
    rows = _rows("The effects of fluoxetine with sulpiride or with pindolol are mediated by the activation of "
                 "dopamine or 5-HT systems, respectively.")
    assert not any(row[2].startswith("synaptic transmission") for row in rows)
