"""Round 20 of the findings rules (s13 issue 12; docs/findings.md section 20): a finding's arguments come from the
clause its trigger relates, not from a phrase hanging off it (:mod:`ipkg.extract.clause_spans`): a comparison's
yardstick, an exposed population, a relative clause about another noun, a compound inside a verb's object, a
participle's agent, an assay's substrate, a condition's setting. Self-written sentences; mentions from the shipped
lexicon.
"""

from __future__ import annotations

import pytest

from ipkg.extract.clause_spans import confined_spans
from tests.test_findings_round10 import _pairs, _rows


def _spans(text: str) -> list[tuple[str, str]]:
    return [(kind, text[a:b]) for a, b, kind in confined_spans(text).spans]


# --------------------------------------------------------------------------------------- the phrases themselves
def test_the_phrases_of_a_sentence() -> None:
    # the sentence as the rules read it, its mentions masked: "IL-6", "restraint stress"
    text = ("§§§§ was higher in mice exposed to §§§§§§§§§§§§§§§ than in controls, "
            "which were housed alone.")
    assert _spans(text) == [("population", "in mice exposed to §§§§§§§§§§§§§§§"),
                            ("comparison", "than in controls"), ("relative", " were housed alone")]


def test_a_citation_of_another_groups_result_is_no_yardstick() -> None:
    text = "The response was similar to that observed in treated mice (increased IL-4, IL-5)."
    assert [k for k, _ in _spans(text)] == []
    assert [k for k, _ in _spans("The knockout showed similar behaviour to mice given morphine.")] == ["comparison"]


def test_a_sentential_which_opens_no_relative_clause() -> None:
    assert _spans("Fluoxetine lowered TNF-alpha, which suggests that it acts on microglia.") == []


# ------------------------------------------------------------------------------- findings set aside, and kept
@pytest.mark.parametrize("text, wrong, kept", [
    # a comparison's yardstick is not the agent of the clause
    ("Patients with schizophrenia had higher IL-6 levels compared with responders to clozapine.",
     {("clozapine", "increases", "interleukin 6"), ("clozapine", "treats", "schizophrenia")},
     {("schizophrenia", "associatedWith", "interleukin 6")}),
    # the exposure of the population an intervention was tested in
    ("These results suggest that curcumin promoted resilience in mice subjected to chronic restraint stress through "
     "its anti-inflammatory action.",
     {("chronic restraint stress", "actsThrough", "inflammatory response"),
      ("chronic restraint stress", "decreases", "inflammatory response")}, set()),
    ("These results suggest that curcumin promoted resilience in mice subjected to chronic restraint stress through "
     "the gut-brain axis.", {("chronic restraint stress", "actsThrough", "microbiota-gut-brain axis")}, set()),
    # a compound inside the object of the clause subject's verb
    ("Omega-3 supplementation reversed the LPS-induced weight loss, lowered hippocampal inflammation and improved "
     "anxiety-like behaviour.", {("lipopolysaccharide", "decreases", "inflammatory response")},
     {("lipopolysaccharide", "hasAdverseEffect", "weight loss")}),
    # the agent of a participle: the cause of the symptoms, not what the subject causes
    ("Zinc supplementation relieved the depressive symptoms caused by chronic kidney disease.",
     {("zinc supplementation", "hasAdverseEffect", "chronic kidney disease")}, set()),
    # an assay's substrate
    ("Dexamethasone suppression test non-suppression was associated with higher IL-6 levels.",
     {("dexamethasone", "increases", "interleukin 6")}, set()),
    # the setting of a condition
    ("Depression after myocardial infarction was associated with elevated CRP.",
     {("myocardial infarction", "associatedWith", "c-reactive protein")}, set()),
    # a relative clause about the mice, not about the drug
    ("Aspirin reduced the memory deficits of the ovariectomized mice, which are a model of postmenopausal "
     "osteoporosis.", {("acetylsalicylic acid", "hasAdverseEffect", "postmenopausal osteoporosis")},
     {("acetylsalicylic acid", "treats", "memory disorders")}),
])
def test_an_argument_from_a_phrase_the_clause_does_not_relate(text: str, wrong: set[tuple[str, str, str]],
                                                              kept: set[tuple[str, str, str]]) -> None:
    pairs = _pairs(_rows(text))
    assert not pairs & wrong
    assert kept <= pairs


@pytest.mark.parametrize("text, expected", [
    # a relative clause after the subject's own verb and its object: the subject's chain, hedged by its modal
    ("Fluoxetine lowered TNF-alpha, which may relieve depression.", ("fluoxetine", "treats", "depressive disorder")),
    # a subject defined by a copula: the relative clause describes it
    ("Resveratrol is a polyphenol found in red wine, which has been shown to have effects against depression.",
     ("resveratrol", "treats", "depressive disorder")),
])
def test_a_relative_clause_about_the_subject_keeps_its_finding(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _pairs(_rows(text))
