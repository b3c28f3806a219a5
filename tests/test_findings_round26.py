"""Round 26 of the findings rules (s15 issue 12; docs/findings.md section 26): a short form defined as an agent or
an exposure that no ontology has names a concept of its own; a short form with a digit names the agent it is
bracketed with. Self-written sentences in the wording of animal abstracts; mentions from the shipped lexicon.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.abbreviations import find_abbreviations
from ipkg.extract.anaphora import Antecedent
from ipkg.extract.defined_concepts import defined_concepts
from ipkg.extract.mentions import extract_mentions
from ipkg.extract.pairing import Item
from ipkg.models import Concept, Document
from tests.test_findings_round10 import _rows


def _mentions(title: str, text: str) -> set[tuple[str, str, str]]:
    doc = Document("t.txt", title, text, sections=(("RESULTS", 0, len(text)),))
    mentions, _ = extract_mentions(doc, get_grounder())
    return {(m.text, m.concept.label, m.concept.cls) for m in mentions}


# ---------------------------------------------------------------- a defined agent or exposure no ontology has
def test_a_defined_preparation_names_a_concept_labelled_with_its_long_form() -> None:
    found = _mentions("Bone marrow stromal cell-conditioned medium in aged mice",
                      "Mice received bone marrow stromal cell-conditioned medium (BMSC-CM) for a week. BMSC-CM lowered "
                      "interleukin-6 levels.")
    concept = ("bone marrow stromal cell-conditioned medium", "Intervention")
    assert ("BMSC-CM", *concept) in found
    assert ("Bone marrow stromal cell-conditioned medium", *concept) in found  # the title's use of the long form


def test_a_defined_preparation_gives_the_finding_of_its_short_form() -> None:
    rows = _rows("Mice received bone marrow stromal cell-conditioned medium (BMSC-CM) for a week. BMSC-CM reduced "
                 "interleukin-6 levels in the hippocampus.")
    assert ("bone marrow stromal cell-conditioned medium", "decreases", "interleukin 6", False, False) in rows


def test_a_defined_paradigm_with_an_exposure_head_is_an_exposure_and_its_parts_give_way() -> None:
    found = _mentions("Stress in rats", "Rats were kept under Intermittent Cold Exposure with Crowding Stress (ICC) "
                                        "for three weeks. ICC raised interleukin-6 levels.")
    assert ("ICC", "intermittent cold exposure with crowding stress", "Exposure") in found
    assert not any(text == "Crowding Stress" for text, _, _ in found)


def test_a_defined_name_with_no_head_of_a_kind_names_nothing() -> None:
    text = "The novelty suppressed feeding test (NSFT) was run. The sucrose preference score (SPS) fell."
    minted = defined_concepts(find_abbreviations(text), {"NSFT": None, "SPS": None}, {"abstract": []},
                              {"abstract": text}, get_grounder())
    assert minted.definitions == {} and minted.spans == ()


@pytest.mark.parametrize("text", [
    "Children received high dose inhaled salbutamol (HDS) every hour.",  # a dose and a route: the drug is the concept
    "Mice received 7-chloro-kynurenic acid (7-Cl-KYNA) daily.",  # a chemical name's tail is no kind of it
    "Rats were given a high dose of the ginseng extract (HGE) daily.",  # "of the": a phrase, not a name
    "Infants were fed a new formula or a standard formula (SF) for a month.",  # the comparator, not the agent tested
])
def test_a_long_form_ending_in_an_agent_or_reading_as_a_phrase_is_not_minted(text: str) -> None:
    abbreviations = find_abbreviations(text)
    matches = {"title": [], "abstract": get_grounder().find(text)}
    minted = defined_concepts(abbreviations, {a.short: None for a in abbreviations}, matches,
                              {"title": "", "abstract": text}, get_grounder())
    assert minted.definitions == {}


# ---------------------------------------------------------------- a short form with a digit
def test_a_digit_short_form_after_a_gated_agent_names_that_agent() -> None:
    found = _mentions("Thyroid hormone in rats", "The thyroid hormone triiodothyronine (T3) may augment the action "
                                                 "of antidepressants. T3 increased hippocampal neurogenesis.")
    assert any(text == "T3" and cls == "Intervention" and "thyronine" in label for text, label, cls in found)
    assert any(text == "triiodothyronine" for text, _, _ in found)


def test_a_digit_short_form_gives_the_finding_of_its_sentence() -> None:
    rows = _rows("The thyroid hormone triiodothyronine (T3) was given to rats for three weeks. T3 increased "
                 "hippocampal neurogenesis compared with saline.")
    assert any(s.endswith("thyronine") and p == "increases" and o == "neurogenesis" for s, p, o, _, _ in rows)


def test_each_of_two_digit_short_forms_in_one_stretch_names_its_agent() -> None:
    found = _mentions("Thyroid hormones in rats", "The thyroid hormones triiodothyronine (T3) and thyroxine (T4) were "
                                                  "given to rats. T4 increased hippocampal neurogenesis.")
    assert ("T4", "Thyroxine", "Intervention") in found


def test_a_short_form_of_two_capitals_before_its_bracketed_agent_names_that_agent() -> None:
    found = _mentions("Thyroid hormone in rats", "Rats were given TH4 (thyroxine) for a week. TH4 increased "
                                                 "hippocampal neurogenesis.")
    assert ("TH4", "Thyroxine", "Intervention") in found


def test_a_time_point_with_a_digit_is_no_short_form_of_an_agent() -> None:
    found = _mentions("A trial", "Scores were taken at baseline (T0) and after treatment (T2). T2 scores fell.")
    assert not any(text in ("T0", "T2") for text, _, _ in found)


def test_a_digit_short_form_needs_the_initial_of_its_agent() -> None:
    found = _mentions("Thyroid hormone in rats", "The thyroid hormone triiodothyronine (K3) was given. K3 increased "
                                                 "hippocampal neurogenesis.")
    assert not any(text == "K3" for text, _, _ in found)


# ---------------------------------------------------------------- the antecedent of a demonstrative
def test_antecedent_then_keeps_one_sentence_before_and_no_more() -> None:
    first = Antecedent("A.", [Item(0, 1, Concept("urn:x:a", "A", "Intervention", "test"))])
    third = first.then("B.", []).then("C.", [])
    assert (third.text, third.before.text if third.before else None) == ("C.", "B.")
    assert third.before is not None and third.before.before is None
