"""Round 10 of the findings rules (s9 issue 12; docs/findings.md section 12): a drug named by what it does to its
target, "accompanied by" associations, aims that open with "In the present study, we ...", mechanisms after "by
<verb>ing", a group named after a preposition, antidepressant-like effects evoked, a state reversed by a drug, the
effects of one drug blocked by another, and "the drug" of a sentence standing for the one intervention of the
sentence before. Self-written sentences in the wording of animal and clinical abstracts; mentions from the shipped
lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]


def _rows(text: str, section: str = "RESULTS", title: str = "A study in mice") -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings of a one-section abstract."""
    doc = Document("t.txt", title, text, sections=((section, 0, len(text)),))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "Other")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings
            if f.role != "title"}


def _pairs(rows: set[Row]) -> set[tuple[str, str, str]]:
    return {(s, p, o.lower()) for s, p, o, _, _ in rows}


@pytest.mark.parametrize("text, expected", [
    ("The corticoid dexamethasone, a potent inhibitor of cytokine production, attenuated hypophagia in mice.",
     ("dexamethasone", "decreases", "cytokine production")),
    ("Sirolimus, an inhibitor of mTOR signaling, was added to the diet.", ("sirolimus", "decreases", "tor signaling")),
    ("The IL-6 receptor antagonist tocilizumab was given to all patients.",
     ("tocilizumab", "decreases", "interleukin 6 receptor")),
])
def test_a_drug_named_by_what_it_does_to_its_target(text: str, expected: tuple[str, str, str]) -> None:
    rows = _rows(text, section="METHODS")
    assert expected in _pairs(rows)
    assert not any(r[3] or r[4] for r in rows if (r[0], r[1], r[2].lower()) == expected)  # a fact: asserted


def test_an_appositive_that_names_no_target_action_gives_nothing() -> None:
    rows = _rows("Sirolimus, a drug given to transplant patients, was added to mTOR signaling studies.",
                 section="METHODS")
    assert not any(p == "decreases" for _, p, _, _, _ in rows)


def test_accompanied_by_is_an_association() -> None:
    rows = _rows("Depression is usually accompanied by neuro-inflammatory reactions.", section="BACKGROUND")
    assert ("depressive disorder", "associatedWith", "neuroinflammatory response", False, False) in rows


def test_in_the_present_study_we_states_an_aim() -> None:
    text = ("In the present study, we validated chronic stress as a model for depression and investigated the role of "
            "chronic stress induced elevated nitric oxide level in microglia activation and its effect on "
            "neuro-inflammatory responses in brain.")
    assert not _rows(text, section="BACKGROUND")


def test_in_the_present_study_we_found_states_a_result() -> None:
    rows = _rows("In the present study, we found that interleukin-6 was elevated in patients with depression.",
                 section="BACKGROUND")
    assert ("depressive disorder", "associatedWith", "interleukin 6", False, False) in rows


def test_by_altering_is_a_mechanism() -> None:
    rows = _rows("Dexamethasone induces depression-like behaviour in mice by differentially altering the gut-brain "
                 "axis.")
    assert ("dexamethasone", "actsThrough", "microbiota-gut-brain axis") in _pairs(rows)


def test_a_group_named_after_a_preposition_is_no_rival_subject() -> None:
    text = ("Mice exposed to chronic social defeat stress (CSDS) developed depression. Intraperitoneal injection of "
            "imipramine to the CSDS mice for 14 days ameliorated depression-like behaviors.")
    assert ("imipramine", "treats", "depressive disorder") in _pairs(_rows(text))


def test_an_antidepressant_like_effect_evoked() -> None:
    rows = _rows("Depression is common. Fluoxetine evokes an antidepressant-like effect in mice.")
    assert ("fluoxetine", "treats", "depressive disorder", False, False) in rows


def test_a_quoted_state_reversed_by_a_drug() -> None:
    text = ('Depression is common. The LPS injection induces a "depressive-like" behavior which is reversed by chronic '
            'treatment with pramipexole.')
    pairs = _pairs(_rows(text))
    assert ("pramipexole", "treats", "depressive disorder") in pairs
    assert ("lipopolysaccharide", "hasAdverseEffect", "depressive disorder") in pairs


def test_reversed_by_reaches_only_the_condition_right_before() -> None:
    text = ("A lesion modelling Parkinson's disease, induced by LPS, causes a state which is reversed by chronic "
            "treatment with pramipexole.")
    assert ("pramipexole", "treats", "parkinson disease") not in _pairs(_rows(text))


def test_the_effects_of_one_drug_blocked_by_another_are_not_the_blockers() -> None:
    text = ("Depression is common. The antidepressant effects of the compound were prevented by pretreatment with "
            "glycine.")
    assert not any(s == "glycine" for s, _, _, _, _ in _rows(text))


def test_the_drug_stands_for_the_one_intervention_of_the_sentence_before() -> None:
    text = ("Mice received LPS or saline, and fluoxetine or vehicle. Dexamethasone was given to LPS-treated mice. The "
            "drug attenuated the rise in IL-6.")
    assert ("dexamethasone", "decreases", "interleukin 6", False, False) in _rows(text)


def test_no_antecedent_when_the_sentence_before_names_two() -> None:
    text = ("Mice received LPS or saline, and fluoxetine or vehicle. Dexamethasone or fluoxetine was given to the "
            "mice. The drug attenuated the rise in IL-6.")
    assert not any(o == "interleukin 6" for _, _, o, _, _ in _rows(text))


@pytest.mark.parametrize("text, disorder, negated", [
    ("Inflammatory bowel diseases (IBDs) are complex chronic inflammatory disorders of the gastro-intestinal tract.",
     "inflammatory bowel disease", False),
    ("Rheumatoid arthritis, a chronic inflammatory disease, often goes with depression.", "rheumatoid arthritis", False),
    ("Depression is not an inflammatory disease.", "depressive disorder", True),
])
def test_a_disorder_of_the_inflammatory_kind(text: str, disorder: str, negated: bool) -> None:
    rows = _rows(text, section="BACKGROUND")
    assert (disorder, "associatedWith", "inflammatory response", negated, False) in {
        (s.lower(), p, o, n, h) for s, p, o, n, h in rows}


def test_a_disorder_defined_as_inflammatory_under_an_objective_label_is_a_fact() -> None:
    text = ("Objective: Inflammatory bowel diseases (IBDs) are complex chronic inflammatory disorders of the "
            "gastro-intestinal tract with uncertain etiology. We aimed to review the role of IL-6 in IBD.")
    assert ("inflammatory bowel disease", "associatedWith", "inflammatory response", False, False) in _rows(
        text, section="OBJECTIVE")


@pytest.mark.parametrize("sentence", [
    "Baclofen significantly attenuated the extract-induced antidepressant-like effect in the tail suspension test.",
    "Zinc deprivation induces pro-depressive behavior and alters antidepressant efficacy.",
])
def test_an_effect_attenuated_or_a_lack_is_no_property_of_the_drug(sentence: str) -> None:
    rows = _rows("Depression is common. " + sentence)
    assert not any(p == "treats" for _, p, _, _, _ in rows)
