"""Round 19 of the findings rules (s12 issue 12; docs/findings.md section 19): a clause that asks an open question
or states a purpose claims nothing, a clause that states a review's scope presents its relation hedged
(:mod:`ipkg.extract.unclaimed`). Self-written sentences in the wording
of reviews, chapters and animal studies; mentions from the shipped lexicon.
"""

from __future__ import annotations

import pytest

from ipkg.extract.unclaimed import scope_spans, unclaimed_spans
from tests.test_findings_round10 import _pairs, _rows


def _spanned(text: str) -> list[str]:
    return [text[a:b] for a, b in scope_spans(text) + unclaimed_spans(text)]


# ------------------------------------------------------------------- the spans: where the clause starts and ends
def test_a_scope_clause_runs_to_the_sentence_end() -> None:
    text = ("In this chapter, the author reviews the role of the gut-brain axis in depression and also discuss the "
            "potential of vagus nerve stimulation for the treatment of depression.")
    assert _spanned(text) == [text]


def test_a_question_before_its_verb_starts_at_the_new_clause() -> None:
    text = "Minocycline reduced microglial activation, but whether interleukin-6 mediates this effect remains unknown."
    assert _spanned(text) == ["whether interleukin-6 mediates this effect remains unknown"]
    text = "Depression is common in arthritis; however, how the two are linked remains unclear."
    assert _spanned(text) == ["how the two are linked remains unclear"]


@pytest.mark.parametrize("text", [
    # a topic whose role, mechanism or prognosis is unknown presupposes its relations
    "However, the role of p300 in protection against doxorubicin-induced apoptosis is unknown.",
    "The prognosis of survivors of paracetamol-induced liver failure remains unknown.",
    "Little is known about the long-term consequences of MDMA-induced lesions on cognition.",
])
def test_a_topic_of_ignorance_asks_nothing(text: str) -> None:
    assert _spanned(text) == []


def test_a_purpose_clause_ends_at_its_comma() -> None:
    assert _spanned("To clarify the role of IL-6 in depression, we treated mice with tocilizumab.") == [
        "To clarify the role of IL-6 in depression, "]


@pytest.mark.parametrize("text", [
    "Current research shows that probiotics have a good preventive effect on depression.",
    "Ketamine is known to reduce depressive symptoms.",
    "We reviewed the records of 200 patients and found that lithium was associated with hypothyroidism.",
    "Minocycline reduced interleukin-6, which has not been reported before.",
    "This study shows that minocycline reduces microglial activation.",
])
def test_a_claim_is_no_unclaimed_clause(text: str) -> None:
    assert _spanned(text) == []


# ------------------------------------------------------------------------------ the findings that go and that stay
@pytest.mark.parametrize("text, scoped", [
    # a review's or chapter's scope: the text or the authors report what it covers; the relation is presented
    ("In this chapter, the author reviews the role of the gut-brain axis in depression and also discuss the "
     "potential of vagus nerve stimulation for the treatment of depression.",
     ("depressive disorder", "associatedWith", "microbiota-gut-brain axis")),
    # (round 22: a scope without a word of hypothesis, "This article provides a review about the role of X in Y",
    # "In this review, we focus on X ... involved in Y", now claims nothing: tests/test_findings_round22.py)
])
def test_a_review_scope_is_hedged(text: str, scoped: tuple[str, str, str]) -> None:
    rows = _rows(text, section="CONCLUSIONS")
    assert (scoped[0], scoped[1], scoped[2].lower()) in _pairs(rows)
    assert all(hedged for s, p, o, _, hedged in rows if (s, p, o.lower()) == (scoped[0], scoped[1], scoped[2].lower()))


@pytest.mark.parametrize("text, gone", [
    # an open question, before or after its verb of ignorance
    ("However, whether curcumin can alleviate anxiety has not been fully understood.",
     ("curcumin", "treats", "Anxiety")),
    ("It remains unclear whether minocycline reduces microglial activation in depression.",
     ("minocycline", "decreases", "microglial cell activation")),
])
def test_an_open_question_gives_no_finding(text: str, gone: tuple[str, str, str]) -> None:
    assert (gone[0], gone[1], gone[2].lower()) not in _pairs(_rows(text, section="BACKGROUND"))


@pytest.mark.parametrize("text, kept", [
    # the same relations stated as claims: asserted
    ("The gut-brain axis plays a role in depression.",
     ("depressive disorder", "associatedWith", "microbiota-gut-brain axis")),
    ("Current research shows that probiotics are useful in the treatment of depression.",
     ("Probiotics", "treats", "depressive disorder")),
    # a result in one clause, an open question in another
    ("Curcumin alleviated anxiety in stressed mice, but the role of interleukin-6 in this effect remains unclear.",
     ("curcumin", "treats", "Anxiety")),
])
def test_a_claim_beside_it_stays_asserted(text: str, kept: tuple[str, str, str]) -> None:
    rows = _rows(text, section="CONCLUSIONS")
    assert (kept[0], kept[1], kept[2].lower(), False, False) in {(s, p, o.lower(), n, h) for s, p, o, n, h in rows}


@pytest.mark.parametrize("text, clause", [
    ("X has been implicated as a risk factor for autism, though whether the risk depends on the dose is unclear.",
     "whether the risk depends on the dose is unclear"),
    ("While diabetes may be more frequent with some antipsychotics, it remains unclear whether they affect glucose "
     "metabolism.", "remains unclear whether they affect glucose metabolism."),
])
def test_a_question_after_a_conjunction_starts_after_it(text: str, clause: str) -> None:
    assert _spanned(text) == [clause]


def test_a_claim_before_a_concessive_question_stays() -> None:
    text = ("Exposure to maternal immune activation in pregnancy has been implicated as a risk factor for the "
            "development of autism spectrum disorder, though whether the conditions of this risk matter is unclear.")
    assert ("autism spectrum disorder", "associatedWith", "activation of immune response") in _pairs(
        _rows(text, section="BACKGROUND"))



def test_a_case_report_describes_a_result() -> None:
    assert _spanned("This article describes two patients in whom hypotension developed after acetaminophen.") == []
