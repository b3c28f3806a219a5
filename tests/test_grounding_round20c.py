"""Issue 13, round 20c (session 20): signs BC5CDR's train part showed missing, by kind: a body sign's bare adjective
said of someone after a copula (:mod:`ipkg.extract.predicate_signs`), sign adjectives the disorder rules do not
derive (:func:`ipkg.ground.sources.conditions.sign_adjective`), and "<adjective> complications" as the disorder
class (:func:`ipkg.ground.sources.conditions.comorbidity_names`). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.lexicon import LexiconRow
from ipkg.ground.sources.conditions import comorbidity_names, sign_adjective, sign_adjective_names
from tests.test_grounding_round19m import signs


@pytest.mark.parametrize("text, surface, label", [
    ("After the second dose the patient remained hypotensive for an hour.", "hypotensive", "hypotensive disorder"),
    ("Half of the rats became hypertensive within a week.", "hypertensive", "hypertensive disorder"),
    ("Mice rendered anemic and leukopenic by the drug were given uridine.", "leukopenic", "leukopenia"),
    ("Mice rendered anemic and leukopenic by the drug were given uridine.", "anemic", "anemia"),
    ("Three of the dogs were still hypercalcemic at the end of the study.", "hypercalcemic",
     "hypercalcemia disease"),
    ("The man became virtually quadriplegic after the infusion.", "quadriplegic", "quadriplegia"),
])
def test_a_sign_said_of_someone(grounder, text, surface, label):
    assert signs(grounder, text).get(surface) == label


@pytest.mark.parametrize("text, surface", [
    # a psychiatric adjective stays a symptom (GUIDELINES: "patients were psychotic" names no Disorder)
    ("Two of the patients were psychotic at admission.", "psychotic"),
    ("Most of the women were depressive during the trial.", "depressive"),
    # the adjective modifies a noun: no predicate
    ("The patients were hypertensive smokers from two clinics.", "hypertensive"),
    # no copula before it
    ("The drug has a hypotensive profile in rats.", "hypotensive"),
])
def test_no_sign_said_of_someone(grounder, text, surface):
    assert surface not in signs(grounder, text)


@pytest.mark.parametrize("text, surface, label", [
    ("Four thromboembolic events occurred on the combination.", "thromboembolic", "Thromboembolism"),
    ("The cardiotoxic effects of the anthracycline limit its dose.", "cardiotoxic effects", "Cardiotoxicity"),
    ("Two stuporous patients were admitted after the overdose.", "stuporous", "Stupor"),
    ("Infectious complications were fewer with growth factors.", "infectious complications", "infectious disease"),
    ("Neurological complications followed the transplantation in six children.", "neurological complications",
     "nervous system disorder"),
])
def test_a_sign_adjective_or_a_complication(grounder, text, surface, label):
    assert signs(grounder, text).get(surface) == label


def test_a_bare_sign_adjective_needs_a_bearer(grounder):
    # "thromboembolic" alone before a non-bearer noun is held to the bare-adjective rule of extract.mentions
    assert "thromboembolic" not in signs(grounder, "The thromboembolic risk of the pill was estimated.")


def test_sign_adjective():
    assert [sign_adjective(n) for n in ("embolism", "ototoxicity", "paraplegia", "hypokinesia", "ataxia",
                                        "hemolysis", "stupor", "depression", "fatigue")] == [
        "embolic", "ototoxic", "paraplegic", "hypokinetic", "ataxic", "hemolytic", "stuporous", "depressive", None]


def _row(cls: str, curie: str, label: str, name: str, syntype: str = "label") -> LexiconRow:
    return LexiconRow(cls, curie, curie, label, name, syntype, "MESH", "2024", "")


def test_sign_adjective_names_keep_out_psychiatric_and_shared():
    mesh = {"D1": {"name": "Ataxia", "entries": [], "trees": ["C10.597.350.090"]},
            "D2": {"name": "Catatonic Stupor", "entries": ["Stupor"], "trees": ["F03.700.750"]}}
    rows = [_row("Phenotype", "HP:1", "Ataxia", "ataxia"), _row("Phenotype", "HP:2", "Stupor", "stupor")]
    assert [(r.name, r.curie) for r in sign_adjective_names(rows, mesh)] == [("ataxic", "HP:1")]
    # a Disorder and a Phenotype of one name: the Disorder takes the adjective (rows hold the Disorders first)
    both = [_row("Disorder", "MONDO:1", "ataxia", "ataxia"), *rows[:1]]
    assert [(r.name, r.curie) for r in sign_adjective_names(both, mesh)] == [("ataxic", "MONDO:1")]
    # ... two concepts of one class: neither
    two = [_row("Phenotype", "HP:3", "Ataxias", "ataxia", "exact"), *rows[:1]]
    assert sign_adjective_names(two, mesh) == []


def test_complication_names():
    row = _row("Disorder", "MONDO:0005071", "nervous system disorder", "neurological disease", "exact")
    assert [r.name for r in comorbidity_names([row])] == ["neurological comorbidity", "neurological complication"]
