"""Experimental exposures (issue 12): stress paradigms grounded as ipkg:Exposure, and their findings.

Self-written sentences in the style of animal-model abstracts, each rule with its near misses (oxidative and ER
stress, PTSD, "stress" in a human background sentence, the stress response)."""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.exposure import admissible
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Concept, Document, Finding

#: the methods sentence that defines the abbreviations the results use
METHODS = "Mice were exposed to chronic unpredictable mild stress (CUMS) or given lipopolysaccharide (LPS)."


def _mentions(text: str) -> list[tuple[str, str, str]]:
    doc = Document("t.txt", "", text)
    mentions, _ = extract_mentions(doc, get_grounder())
    return [(m.text, m.concept.cls, m.concept.label) for m in mentions]


def _findings(text: str) -> set[tuple[str, str, str, bool]]:
    doc = Document("t.txt", "", text)
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "AnimalStudy")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated) for f in findings}


# ------------------------------------------------------------------ grounding


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("Rats were subjected to chronic unpredictable mild stress for five weeks.", "chronic unpredictable mild stress",
     "chronic unpredictable mild stress"),
    ("Unpredictable chronic mild stress lowered sucrose preference.", "Unpredictable chronic mild stress",
     "unpredictable chronic mild stress"),
    ("Mice underwent chronic social defeat stress.", "chronic social defeat stress", "chronic social defeat stress"),
    ("Repeated restraint stress raised corticosterone.", "Repeated restraint stress", "repeated restraint stress"),
    ("Early-life stress programs the immune system.", "Early-life stress", "early life stress"),
    ("Chronic immobilisation stress was applied daily.", "Chronic immobilisation stress",
     "chronic immobilization stress"),
    ("Pups were exposed to maternal separation.", "maternal separation", "maternal separation"),
    ("Rats were trained in the learned helplessness paradigm.", "learned helplessness", "learned helplessness"),
    ("Daily forced swimming stress was applied.", "Daily forced swimming stress", "daily forced swimming stress"),
])
def test_a_paradigm_is_an_exposure_labelled_by_its_long_form(text: str, surface: str, label: str) -> None:
    assert (surface, "Exposure", label) in _mentions(text)


def test_a_defined_abbreviation_is_the_exposure() -> None:
    found = _mentions(METHODS + " CUMS increased IL-6.")
    assert found.count(("CUMS", "Exposure", "chronic unpredictable mild stress")) == 2


def test_a_learned_helplessness_exposure_has_the_mesh_id() -> None:
    doc = Document("t.txt", "", "Rats exposed to learned helplessness showed elevated IL-1β.")
    mentions, _ = extract_mentions(doc, get_grounder())
    assert [m.concept.iri for m in mentions if m.concept.cls == "Exposure"] == ["http://id.nlm.nih.gov/mesh/D006380"]


@pytest.mark.parametrize("text", [
    "Oxidative stress and ER stress contribute to neuronal damage in depression.",
    "Patients with post-traumatic stress disorder had higher IL-6 levels.",
    "Stress is a major risk factor for depression in humans.",
    "Psychological stress can induce depression and asthma.",
    "The chronic stress response involves activation of the HPA axis.",
    "Chronic stress-related disorders were common in the cohort.",
    "Acute stress disorder was diagnosed in five patients.",
    "Mild stress was reported by most participants.",
])
def test_no_exposure_in_near_misses(text: str) -> None:
    assert not [m for m in _mentions(text) if m[1] == "Exposure"], _mentions(text)


def test_oxidative_stress_stays_the_pathway() -> None:
    found = _mentions("Chronic oxidative stress damaged the neurons.")
    assert [m[1] for m in found if "stress" in m[0]] == ["Pathway"]


# ------------------------------------------------------------------ findings


@pytest.mark.parametrize(("results", "finding"), [
    ("CUMS increased IL-1β in the hippocampus.", ("chronic unpredictable mild stress", "increases",
                                                   "interleukin 1 beta", False)),
    ("CUMS-induced depressive-like behaviour was reversed by the extract.",
     ("chronic unpredictable mild stress", "hasAdverseEffect", "depressive disorder", False)),
    ("Depression-like behaviors induced by CUMS were accompanied by microglial activation.",
     ("chronic unpredictable mild stress", "hasAdverseEffect", "depressive disorder", False)),
    ("CUMS caused anxiety-like behaviour.",
     ("chronic unpredictable mild stress", "hasAdverseEffect", "Anxiety", False)),
    ("LPS induced depressive-like behaviour in mice.",
     ("lipopolysaccharide", "hasAdverseEffect", "depressive disorder", False)),
    ("Exposure to restraint stress decreased hippocampal neurogenesis.",
     ("restraint stress", "decreases", "neurogenesis", False)),
])
def test_an_exposure_is_a_subject(results: str, finding: tuple[str, str, str, bool]) -> None:
    assert finding in _findings(METHODS + " " + results)


def test_a_denied_induction_states_no_adverse_effect() -> None:
    # round 19i: the like-state names depression in an abstract that names no disorder, so the denial is a negated
    # finding; it never asserts the adverse effect
    assert not {f for f in _findings(METHODS + " CUMS did not induce depressive-like behaviour.")
                if f[1] == "hasAdverseEffect" and not f[3]}


def test_the_drug_that_reverses_an_exposure_keeps_its_finding() -> None:
    """The exposure inside an "X-induced" compound owns only its compound: the drug still lowers the cytokine."""
    found = _findings(METHODS + " Minocycline reversed the CUMS-induced increase in IL-1β.")
    assert ("minocycline", "decreases", "interleukin 1 beta", False) in found
    assert ("chronic unpredictable mild stress", "increases", "interleukin 1 beta", False) in found


def test_an_exposure_never_treats() -> None:
    """What would read as "treats" for a drug is no finding of an exposure."""
    found = _findings("Mice were exposed to chronic mild stress. Chronic mild stress improved depressive symptoms.")
    assert not {f for f in found if f[0] == "chronic mild stress" and f[1] in ("treats", "potentiates")}, found


CUMS = Concept("https://w3id.org/ipkg/id/concept/exposure/chronic-unpredictable-mild-stress",
               "chronic unpredictable mild stress", "Exposure")
KETAMINE = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
MDD = Concept("http://purl.obolibrary.org/obo/MONDO_0002009", "major depressive disorder", "Disorder")


@pytest.mark.parametrize(("subject", "predicate", "obj", "kept"), [
    (CUMS, "hasAdverseEffect", MDD, True),
    (CUMS, "treats", MDD, False),
    (CUMS, "potentiates", KETAMINE, False),
    (KETAMINE, "decreases", CUMS, False),
    (KETAMINE, "treats", MDD, True),
])
def test_admissible(subject: Concept, predicate: str, obj: Concept, kept: bool) -> None:
    finding = Finding(subject=subject, predicate=predicate, obj=obj, evidence="", passage="abstract", start=0, end=0)
    assert admissible(finding) is kept


def test_a_shorter_name_of_the_paradigm_is_the_paradigm() -> None:
    """After "chronic social defeat stress", "social defeat" names the same paradigm (the curators' subject)."""
    found = _findings("Mice were exposed to chronic social defeat stress for ten days. "
                      "Social defeat increased IL-6 in the serum.")
    assert ("chronic social defeat stress", "increases", "interleukin 6", False) in found
    assert not {f for f in found if f[0] == "social defeat"}


def test_two_longer_paradigms_leave_the_short_name_alone() -> None:
    """Two paradigms that both end in "restraint stress": the short name is neither."""
    found = _findings("Rats received chronic restraint stress or acute restraint stress. "
                      "Restraint stress increased TNF-α in the serum.")
    assert ("restraint stress", "increases", "tumor necrosis factor", False) in found
