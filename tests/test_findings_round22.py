"""Round 22 of the findings rules (s14 issue 12; docs/findings.md section 22): more phrases whose mentions the
clause does not relate (:mod:`ipkg.extract.clause_links`: a later coordinated that-clause, the partner of "X alone
or combined with Y", the target of "interventions targeting Y", the donors of a transplant), a scope that names no
hypothesis, an aim that asks and divided evidence (:mod:`ipkg.extract.unclaimed`), and a treatment word governing a
gerund of causing (:mod:`ipkg.extract.relations`). Self-written sentences; mentions from the shipped lexicon. Each
"gone" or changed case fails on main at 3f02187.
"""

from __future__ import annotations

import pytest

from ipkg.extract.unclaimed import presented_spans, unclaimed_spans
from tests.test_findings_round10 import _pairs, _rows


# ------------------------------------------------------------------ phrases the clause does not relate (clause_links)
@pytest.mark.parametrize("section, text, gone, kept", [
    # a later coordinated that-clause has its own subject: the first clause's subject does not act through its object
    ("CONCLUSIONS", "These results suggest that interleukin-6 signalling may contribute to the antidepressant effects "
     "of ketamine, and that the gut microbiota may regulate neurogenesis through the microbiota-gut-brain axis.",
     ("ketamine", "actsThrough", "microbiota-gut-brain axis"),
     ("ketamine", "actsThrough", "interleukin-6-mediated signaling pathway")),
    # the partner of a combination given only with the tested drug
    ("RESULTS", "Fluoxetine alone or combined with probiotics reduced interleukin-6 levels in stressed mice.",
     ("Probiotics", "decreases", "interleukin 6"), None),
    # the donors' premodifier: the transplant is the agent
    ("RESULTS", "Transplantation of fecal microbiota from LPS-treated mice increased interleukin-6 in recipient rats.",
     ("lipopolysaccharide", "increases", "interleukin 6"), None),
])
def test_an_argument_from_a_phrase_the_clause_does_not_relate(section: str, text: str, gone: tuple[str, str, str],
                                                             kept: tuple[str, str, str] | None) -> None:
    pairs = _pairs(_rows(text, section=section))
    assert (gone[0], gone[1], gone[2].lower()) not in pairs
    if kept is not None:
        assert (kept[0], kept[1], kept[2].lower()) in pairs


def test_a_later_that_clause_of_the_same_subject_keeps_its_finding() -> None:
    pairs = _pairs(_rows("We found that stress raised cortisol, and that minocycline reduced interleukin-6 in the "
                         "hippocampus."))
    assert ("minocycline", "decreases", "interleukin 6") in pairs


def test_what_an_intervention_targets_is_its_own_finding_only() -> None:
    # "X, an antibody targeting Y": X modulates its target (the target phrase sets aside a disorder's pairing only)
    pairs = _pairs(_rows("Infliximab, an antibody targeting TNF, reduced depressive symptoms in patients with high "
                         "CRP."))
    assert ("Infliximab", "modulates", "tumor necrosis factor") in pairs


# ---------------------------------------------------------------- scopes, aims and divided evidence (unclaimed)
@pytest.mark.parametrize("text, gone", [
    # a review's scope that names no hypothesis: what it covers, not what it claims (the tune parts record nothing)
    ("In this review, we collect data on the efficacy of omega-3 fatty acids in patients with bipolar disorder.",
     ("omega-3 fatty acid", "treats", "bipolar disorder")),
    ("This review focuses on the uses of probiotics in depression.", ("Probiotics", "treats", "depressive disorder")),
    ("This article provides a review about the role of gut microbiota in depression and supplements such as "
     "probiotics that are useful in the treatment of depression.", ("Probiotics", "treats", "depressive disorder")),
    # an aim that asks, whatever section it is read in
    ("Secondary objectives will examine if serum interleukin-6 may be associated with postpartum depression.",
     ("postpartum depression", "associatedWith", "interleukin 6")),
])
def test_a_scope_or_an_aim_that_claims_nothing_gives_no_finding(text: str, gone: tuple[str, str, str]) -> None:
    assert (gone[0], gone[1], gone[2].lower()) not in _pairs(_rows(text, section="BACKGROUND"))


@pytest.mark.parametrize("text, hedged", [
    # a scope that names its relation as a hypothesis stays, hedged (round 19)
    ("In this review, we discuss the potential of omega-3 fatty acids for the treatment of bipolar disorder.",
     ("omega-3 fatty acid", "treats", "bipolar disorder")),
    # divided evidence: presented, not claimed
    ("Current evidence is conflicting on the use of minocycline for the treatment of schizophrenia.",
     ("minocycline", "treats", "schizophrenia")),
])
def test_a_hypothesis_or_divided_evidence_is_hedged(text: str, hedged: tuple[str, str, str]) -> None:
    assert (hedged[0], hedged[1], hedged[2], False, True) in _rows(text, section="BACKGROUND")


def test_the_spans_of_scope_aims_and_evidence() -> None:
    text = "In this review, we collect data on the efficacy of nutraceuticals in patients with schizophrenia."
    assert [text[a:b] for a, b in unclaimed_spans(text)] == [text]
    assert presented_spans(text) == ()
    text = "We collect data on the efficacy of nutraceuticals in patients with schizophrenia."  # the gate reads it
    assert [text[a:b] for a, b in unclaimed_spans(text)] == [text]
    text = "Results were inconsistent with the view that stress causes depression."  # contradicts: no span
    assert presented_spans(text) == ()
    text = "Data on statins in depression remain inconclusive; lithium reduced suicide."
    assert [text[a:b] for a, b in presented_spans(text)] == ["Data on statins in depression remain inconclusive"]


# --------------------------------------------------------------------- a treatment word governing a causing gerund
def test_effective_in_inducing_is_no_treatment() -> None:
    rows = _rows("Lipopolysaccharide was effective in enhancing depressive symptoms and anxiety in mice.",
                 section="CONCLUSIONS")
    assert ("lipopolysaccharide", "hasAdverseEffect", "anxiety") in _pairs(rows)
    assert not any(p == "treats" for _, p, _, _, _ in rows)
    assert ("fluoxetine", "treats", "depressive disorder") in _pairs(_rows(
        "Fluoxetine alone or in combination with probiotics improved depressive symptoms in patients with "
        "depression."))


def test_divided_evidence_ends_at_a_contrast() -> None:
    text = "Evidence on statins is limited, but simvastatin reduced depressive symptoms in one trial."
    assert [text[a:b] for a, b in presented_spans(text)] == ["Evidence on statins is limited, "]


def test_a_premodifier_of_a_microbe_is_no_argument() -> None:
    # "anti-inflammatory" describes the microbiota, which is what the association is about
    assert not _rows("Reduced anti-inflammatory gut microbiota were associated with depression in patients.")
    assert ("depressive disorder", "associatedWith", "negative regulation of inflammatory response") in _pairs(
        _rows("Anti-inflammatory cytokines were reduced in patients with depression."))


@pytest.mark.parametrize("text", [
    "As chromium picolinate, a widely used trace element, is shown to have beneficial effects in diabetes and "
    "depression, we tested it in rats.",
    "Our compound is a semisynthetic tetracycline that exerts anti-inflammatory effects in the brain.",
])
def test_the_class_of_an_unnamed_drug_is_no_subject(text: str) -> None:
    assert not any(s in ("Trace Elements", "tetracycline") for s, _, _, _, _ in _rows(text, section="BACKGROUND"))


@pytest.mark.parametrize("text, kept", [
    ("Tetracyclines reduced inflammation in mice.", ("tetracycline", "decreases", "inflammatory response")),
    # after a drug the lexicon names, the class keeps its claim (as the tune part's curators record it)
    ("Fluoxetine, a selective serotonin reuptake inhibitor used in the treatment of depression, was given to rats.",
     ("serotonin uptake inhibitor", "treats", "depressive disorder")),
    # after a relative pronoun the class describes its antecedent, which may be a named drug
    ("Zinc, which is a potent NMDA receptor antagonist, exerts antidepressant-like effects in models of depression.",
     ("NMDA receptor antagonist", "treats", "depressive disorder")),
    # a mention that premodifies another noun is no class description
    ("In 2019, an esketamine nasal spray was approved for treatment-resistant depression.",
     ("esketamine", "treats", "depressive disorder, treatment-resistant")),
])
def test_a_class_stated_as_the_subject_keeps_its_finding(text: str, kept: tuple[str, str, str]) -> None:
    assert kept in _pairs(_rows(text, section="BACKGROUND"))


def test_a_microbes_own_name_before_strain_is_its_argument() -> None:
    text = ("Heat-killed Enterococcus faecalis strain EC-12, a lactic acid bacterium induces activation of the immune "
            "system.")
    assert ("Enterococcus faecalis", "increases", "activation of immune response") in _pairs(_rows(text,
                                                                                                  section="BACKGROUND"))


def test_an_object_in_the_later_clauses_subject_keeps_its_finding() -> None:
    text = ("Meta-analyses indicate that ketamine will very likely be superior to placebo, and that the average "
            "improvement of depression in a placebo arm will be small.")
    assert ("ketamine", "treats", "depressive disorder") in _pairs(_rows(text, section="CONCLUSIONS"))


def test_a_scope_that_highlights_a_role_stays_hedged() -> None:
    rows = _rows("This review highlights the essential role of the gut-brain axis in Huntington disease.",
                 section="BACKGROUND")
    assert ("Huntington disease", "associatedWith", "microbiota-gut-brain axis", False, True) in rows


def test_the_tested_drug_of_a_combination_keeps_its_claim() -> None:
    # "with or without Y": Y is no rival subject of the drug given to all (main read lithium as the subject)
    assert _pairs(_rows("Fluoxetine with or without lithium reduced depression in patients.")) == {
        ("fluoxetine", "treats", "depressive disorder")}
