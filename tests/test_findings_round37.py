"""Round 37 of the findings rules (s18 issue 12; docs/findings.md section 37): aims, designs and gaps that fresh
sample R gave as evidence. A verb of study with the study or its authors as the subject, a passive verb of study as
a sentence's only finite verb (:mod:`ipkg.extract.study_acts`) and a gap in the evidence, an outlook with
"warranted" or the study's own limit (:mod:`ipkg.extract.study_gaps`) state no finding unless the sentence reports a
result. Self-written sentences; mentions from the shipped lexicon. Each changed case fails on main at 12bd202; the
guards pass on both.
"""

from __future__ import annotations

import pytest

from ipkg.extract import extract_document
from ipkg.extract.study_acts import design_parts
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]


def _rows(abstract: str, title: str = "A clinical study") -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings of ``title`` + ``abstract``."""
    found = extract_document(Document("t.txt", title, abstract)).findings
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in found}


@pytest.mark.parametrize("sentence", [
    # a verb of study with the doers as its subject
    "This study evaluated the effectiveness, safety and quality of life offered by lithium in bipolar disorder.",
    "This study examined annual suicide rates among patients with bipolar disorder treated with lithium.",
    "In this study, we compared the side effects of lithium with those of valproate in mania.",
    "The authors investigated whether lithium affects circulating levels of thyroxine.",
    "This review examines the use of lithium in the treatment of mania.",
    # a passive verb of study, the sentence's only finite verb
    "The emergence of tremor was compared in young patients with mania taking lithium or valproate.",
    "The available literature on the use of lithium for the treatment of mania was reviewed.",
    # a gap, an outlook with "warranted", the study's own limit
    "The preliminary data evaluating the efficacy of lithium in mania are still very limited.",
    "Controlled studies of lithium in the long-term treatment of mania are still largely not available.",
    "There is a lack of controlled trials examining the effectiveness of lithium in mania.",
    "Controlled studies of lithium in mania appear warranted.",
    "The short period of this trial limits inferences about adverse effects such as hypothyroidism.",
])
def test_aims_designs_and_gaps_report_no_result(sentence: str) -> None:
    assert [design for _, _, design in design_parts(sentence)] == [True]


@pytest.mark.parametrize("sentence", [
    "This study examined lithium in mania and found that it reduced manic symptoms.",
    "We studied a patient who became hypothyroid after lithium treatment for mania.",
    "Patients who received lithium for mania were assessed weekly.",
    "Although lithium is effective in mania, data on its long-term use are limited.",
    "Evidence on lithium for mania is conflicting.",
])
def test_results_case_reports_and_divided_evidence_are_no_design(sentence: str) -> None:
    assert design_parts(sentence) == ()


def test_an_aim_gives_no_finding_and_the_result_stands() -> None:
    rows = _rows("This study evaluated the effectiveness and safety offered by olanzapine in first-episode "
                 "schizophrenia. Olanzapine significantly improved symptoms of schizophrenia (p < 0.01).")
    assert not any(s == "olanzapine" and p == "hasAdverseEffect" and o == "schizophrenia" for s, p, o, *_ in rows)
    assert ("olanzapine", "treats", "schizophrenia", False, False) in rows


def test_a_gap_gives_no_finding() -> None:
    text = ("The preliminary data evaluating the efficacy of quetiapine in bipolar disorder are still very limited. "
            "Double-blind controlled studies with quetiapine in the long-term treatment of bipolar disorder are "
            "still largely not available.")
    assert not any(s == "quetiapine" and o == "bipolar disorder" for s, _, o, *_ in _rows(text))


def test_a_lower_potential_for_a_harm_is_lessened() -> None:
    from ipkg.extract.lessened_harms import lessened

    text = "Olanzapine, due to lower potential for neurotoxicity than lithium, has a growing role in mania."
    assert lessened(text, text.index("neurotoxicity"))
