"""Issue 13, round 19m (session 19): signs and diseases BC5CDR's train part showed missing, by kind: EFO's running-text
names of a MeSH disease or sign (:mod:`ipkg.ground.sources.efo_names`), and a bodily sign's adjective heading a noun
of occurrence (:func:`ipkg.ground.sources.conditions.sign_event_names`). Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.lexicon import LexiconRow
from ipkg.ground.sources.conditions import sign_event_names
from ipkg.ground.sources.efo_names import running_name
from ipkg.models import Document

SIGNS = ("Disorder", "Phenotype")


def signs(grounder, abstract: str) -> dict[str, str]:
    """Lower-cased surface form -> label of the Disorder and Phenotype mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower(): m.concept.label for m in mentions if m.concept.cls in SIGNS}


@pytest.mark.parametrize("text, surface, label", [
    ("Dry mouth and constipation were the commonest complaints on the drug.", "dry mouth", "Xerostomia"),
    ("Aortic banding produced cardiac hypertrophy within four weeks.", "cardiac hypertrophy", "Cardiomegaly"),
    ("Offspring exposed to intrauterine hypoxia showed more anxiety.", "intrauterine hypoxia", "Fetal Hypoxia"),
])
def test_an_efo_name(grounder, text, surface, label):
    assert signs(grounder, text).get(surface) == label


@pytest.mark.parametrize("text, surface, label", [
    ("Two hypotensive episodes needed ephedrine during the induction.", "hypotensive episodes",
     "hypotensive disorder"),
    ("Ephedrine blunted the hypotensive response to the anaesthetic.", "hypotensive response",
     "hypotensive disorder"),
    ("The cataleptic effects of haloperidol lasted two hours.", "cataleptic effects", "Catalepsy"),
    ("Brief ischemic episodes made the mice anxious.", "ischemic episodes", "Ischemia"),
])
def test_a_sign_occurring(grounder, text, surface, label):
    assert signs(grounder, text).get(surface) == label


@pytest.mark.parametrize("text", [
    # a mood episode is no depressive disorder (GUIDELINES: symptom words), and no row names it
    "Patients had a first depressive episode before the age of 25.",
    "A psychotic episode preceded the admission.",
])
def test_a_psychiatric_episode_stays_out(grounder, text):
    assert signs(grounder, text) == {}


def test_running_names():
    assert [running_name(n) for n in ("blurred vision", "Vision, Blurred", "vision disorder(s)", "BV")] == [
        True, False, False, False]


def test_sign_event_names_need_a_body_descriptor():
    row = LexiconRow("Phenotype", "i", "MESH:D002375", "Catalepsy", "catalepsy", "label", "MESH", "2024", "")
    mesh = {"D002375": {"name": "Catalepsy", "entries": [], "trees": ["C10.597.350.150"]}}
    assert [r.name for r in sign_event_names([row], mesh)] == [
        "cataleptic episode", "cataleptic effect", "cataleptic response", "cataleptic action", "cataleptic state"]
    # a name with no MeSH descriptor, or one filed among the mental disorders, takes none
    assert sign_event_names([row], {}) == []
    mesh["D002375"]["trees"].append("F01.145.632.188")
    assert sign_event_names([row], mesh) == []
    # a name some row has already is left out
    taken = row._replace(name="cataleptic state", syntype="exact")
    assert "cataleptic state" not in [r.name for r in sign_event_names([row, taken], {"D002375": {
        "name": "Catalepsy", "entries": [], "trees": ["C10.597.350.150"]}})]
