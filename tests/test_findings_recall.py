"""Recall kinds that generalise (issue 12, round 5): comparisons of patients and controls stated with the direction
word before the marker, pooled meta-analysis results, changes measured after treatment, and the wording trials
use for a result over placebo. Sentences written for each rule (with near misses that must not match), mentions
placed by hand so the test reads the relation rules, not the lexicon.
"""

from __future__ import annotations

from ipkg.models import Concept, Finding
from tests.test_findings_roles import DEPRESSION, IL6, KETAMINE, OBO, _run

UNIPROT = "http://purl.uniprot.org/uniprot/"
ESCITALOPRAM = Concept(OBO + "CHEBI_36791", "escitalopram", "Intervention")
SCHIZOPHRENIA = Concept(OBO + "MONDO_0005090", "schizophrenia", "Disorder")
TNF = Concept(UNIPROT + "P01375", "tumor necrosis factor", "Cytokine")
CRP = Concept(UNIPROT + "P02741", "C-reactive protein", "Cytokine")


def _rows(findings: tuple[Finding, ...]) -> set[tuple[str, str, str, str | None, bool, bool]]:
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.direction, f.negated, f.hedged)
            for f in findings}


# ---------------------------------------------------------------- patients vs controls, direction first
def test_direction_before_the_marker_found_in_the_disorders_population() -> None:
    text = "Higher levels of IL-6 and TNF-alpha were found in patients with depression than in healthy controls."
    rows = _rows(_run(text, [("IL-6", IL6), ("TNF-alpha", TNF), ("depression", DEPRESSION)]))
    assert rows == {("depressive disorder", "associatedWith", "interleukin 6", "increase", False, False),
                    ("depressive disorder", "associatedWith", "tumor necrosis factor", "increase", False, False)}


def test_nominal_direction_and_pooled_statistics() -> None:
    text = "There was a significant decrease in CRP in patients with schizophrenia compared to controls."
    assert _rows(_run(text, [("CRP", CRP), ("schizophrenia", SCHIZOPHRENIA)])) == {
        ("schizophrenia", "associatedWith", "C-reactive protein", "decrease", False, False)}
    text = "Pooled analyses showed significantly higher IL-6 in patients with depression (SMD 0.47, 95% CI 0.29-0.65)."
    assert _rows(_run(text, [("IL-6", IL6), ("depression", DEPRESSION)])) == {
        ("depressive disorder", "associatedWith", "interleukin 6", "increase", False, False)}


def test_denied_comparison_is_negated() -> None:
    text = "No elevated IL-6 levels were observed in patients with depression compared with controls."
    assert _rows(_run(text, [("IL-6", IL6), ("depression", DEPRESSION)])) == {
        ("depressive disorder", "associatedWith", "interleukin 6", "increase", True, False)}


def test_near_misses_of_the_comparison_rule() -> None:
    # a change an intervention made, in the patients: the intervention's, not the disorder's
    text = "Ketamine reduced IL-6 in patients with depression."
    assert _rows(_run(text, [("Ketamine", KETAMINE), ("IL-6", IL6), ("depression", DEPRESSION)])) == {
        ("ketamine", "decreases", "interleukin 6", "decrease", False, False)}
    # a subgroup of the disorder's population against another: no association with the disorder
    text = "Higher IL-6 was found in patients with depression who did not respond than in those who responded."
    assert not _run(text, [("IL-6", IL6), ("depression", DEPRESSION)])
    # the direction word does not open the clause: it belongs to something else
    text = "Sleep loss predicted higher IL-6 in patients with depression."
    assert not _run(text, [("IL-6", IL6), ("depression", DEPRESSION)])


# ---------------------------------------------------------------- changes measured after treatment
def test_change_after_weeks_of_treatment() -> None:
    text = "After 8 weeks of treatment with escitalopram, IL-6 levels decreased significantly."
    assert _rows(_run(text, [("escitalopram", ESCITALOPRAM), ("IL-6", IL6)])) == {
        ("escitalopram", "decreases", "interleukin 6", "decrease", False, False)}
    text = "Following 12 weeks of escitalopram, serum IL-6 and TNF-alpha levels were significantly reduced."
    assert _rows(_run(text, [("escitalopram", ESCITALOPRAM), ("IL-6", IL6), ("TNF-alpha", TNF)])) == {
        ("escitalopram", "decreases", "interleukin 6", "decrease", False, False),
        ("escitalopram", "decreases", "tumor necrosis factor", "decrease", False, False)}
    # the noun after the list must be a measure of the marker, not a new subject
    text = "Following 12 weeks of escitalopram, IL-6 and patients were reduced in number."
    assert not _run(text, [("escitalopram", ESCITALOPRAM), ("IL-6", IL6)])
