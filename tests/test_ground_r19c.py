"""Issue 13, round 19c (session 14): disorders named by their field ("neuropsychiatric disorders"), a review's list
of its own contents (:mod:`ipkg.extract.unclaimed`) and a drug class before "-naïve" written with its diaeresis
(``mentions._DRUG_NOUN``); docs/grounding.md, "Round 19c". Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.unclaimed import presented_spans, unclaimed_spans
from ipkg.ground.matcher import Grounder
from tests.test_findings_round10 import _pairs, _rows
from tests.test_grounding_round3 import labels

# --- 1. "neuropsychiatric disorders" (lexicon/curated.tsv) ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Gut microbes are linked to neuropsychiatric disorders.",
    "Inflammation is common in a neuropsychiatric disorder of late life.",
])
def test_neuropsychiatric_disorders(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Disorder") == {"psychiatric disorder"}


def test_neuropsychiatric_symptoms_name_no_disorder(grounder: Grounder) -> None:
    assert labels(grounder, "Neuropsychiatric symptoms were rated weekly.", "Disorder") == set()


# --- 2. a review's list of its own contents claims nothing (extract/unclaimed) -------------------------------------


@pytest.mark.parametrize("text, gone", [
    ("We also list probiotics and omega-3 fatty acids as adjuvant therapies for bipolar disorder.",
     ("Probiotics", "treats", "bipolar disorder")),
    ("This review tabulates the trials of minocycline in schizophrenia.", ("minocycline", "treats", "schizophrenia")),
])
def test_a_list_of_the_reviews_contents_gives_no_finding(text: str, gone: tuple[str, str, str]) -> None:
    assert (gone[0], gone[1], gone[2].lower()) not in _pairs(_rows(text, section="BACKGROUND"))


def test_a_list_is_a_bare_scope() -> None:
    text = "We list the drugs used against depression."
    assert [text[a:b] for a, b in unclaimed_spans(text)] == [text]
    assert presented_spans(text) == ()
    text = "Minocycline and celecoxib, whose trials in depression are listed in this review, reduce inflammation."
    assert [text[a:b] for a, b in unclaimed_spans(text)] == [
        "Minocycline and celecoxib, whose trials in depression are listed in this review"]


def test_a_result_beside_a_list_keeps_its_finding() -> None:
    text = "Minocycline reduced depressive symptoms in patients with depression; we list the other trials in Table 2."
    assert ("minocycline", "treats", "depressive disorder") in _pairs(_rows(text, section="RESULTS"))


def test_a_list_word_that_is_no_verb_of_the_authors_is_no_scope() -> None:
    assert unclaimed_spans("The waiting list group received no probiotics.") == ()


# --- 3. "-naïve" with its diaeresis keeps the drug class (mentions._DRUG_NOUN) --------------------------------------


@pytest.mark.parametrize("text", [
    "Antipsychotic-naïve patients with schizophrenia were enrolled.",
    "Antipsychotic-naive patients with schizophrenia were enrolled.",
])
def test_a_class_before_naive_is_the_drug(grounder: Grounder, text: str) -> None:
    assert "antipsychotic agent" in labels(grounder, text, "Intervention")
