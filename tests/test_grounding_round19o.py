"""Issue 13, round 19o (session 19): drug classes by the short names clinicians use, read from MeSH's inverted
entry terms ("beta-blockers") and ChEBI's analgesic roles ("opioids", given only under a treatment cue). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.sources.class_short_forms import greek_heads, mechanism_nouns
from ipkg.models import Document


def concepts(grounder, abstract: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the Intervention mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls == "Intervention"}


@pytest.mark.parametrize("text, surface, label", [
    ("Patients taking beta-blockers reported more fatigue.", "beta-blockers", "beta-adrenergic antagonist"),
    ("Beta blockers were stopped before the scan.", "beta blockers", "beta-adrenergic antagonist"),
    ("Inhaled beta-agonists relieved the wheeze.", "beta-agonists", "beta-adrenergic agonist"),
    ("Alpha-blockers lowered the blood pressure.", "alpha-blockers", "alpha-adrenergic antagonist"),
    ("Patients were treated with opioids after surgery.", "opioids", "opioid analgesic"),
    ("Opioid-treated rats gained less weight than the controls.", "opioid", "opioid analgesic"),
])
def test_short_class_names_ground(grounder, text, surface, label):
    assert concepts(grounder, text).get(surface) == label


@pytest.mark.parametrize("text", [
    "Endogenous opioids modulate the stress response.",
    "Opioid receptors are expressed on microglia.",
])
def test_an_opioid_not_given_is_no_intervention(grounder, text):
    assert not any(surface.startswith("opioid") for surface in concepts(grounder, text))


def test_only_greek_heads_qualified_by_the_names_first_word():
    assert greek_heads("Appetite Stimulants", ["Stimulants, Appetite"]) == []
    assert greek_heads("Adrenergic alpha-Antagonists", ["alpha-Blockers, Adrenergic"]) == ["alpha-Blockers"]
    assert greek_heads("Cardiac Agents", ["beta-Blockers, Adrenergic"]) == []


def test_mechanism_nouns_need_one_word_before_analgesic():
    assert mechanism_nouns("opioid analgesic") == ["opioid", "opioids"]
    assert mechanism_nouns("analgesic") == [] and mechanism_nouns("opioid receptor agonist") == []


@pytest.mark.parametrize("text, surface, label", [
    ("The patients were treated with botulinum toxin for their spasticity.", "botulinum toxin", "Botulinum Toxins"),
    ("Mice were treated with pertussis toxin before the immunisation.", "pertussis toxin", "Pertussis Toxin"),
])
def test_a_bacterial_toxin_given_is_an_intervention(grounder, text, surface, label):
    assert concepts(grounder, text).get(surface) == label


def test_a_toxin_not_given_is_neither_drug_nor_infection(grounder):
    text = "The effect used pertussis toxin-sensitive G proteins."
    mentions, _ = extract_mentions(Document("t.txt", "A study", text), grounder)
    assert not any(m.text.lower().startswith("pertussis") for m in mentions)
