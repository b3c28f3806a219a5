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


# ---------------------------------------------------------------- trial outcomes over placebo
MINOCYCLINE = Concept(OBO + "CHEBI_50694", "minocycline", "Intervention")
AZELASTINE = Concept(OBO + "CHEBI_2950", "azelastine", "Intervention")
CHLORPHENAMINE = Concept(OBO + "CHEBI_52010", "chlorphenamine", "Intervention")
RHINITIS = Concept(OBO + "MONDO_0011786", "allergic rhinitis", "Disorder")


def _trial(title: str, abstract: str, terms: list[tuple[str, str, Concept]]) -> set[tuple[str, str, str, bool]]:
    """The findings of a randomised trial's abstract, mentions placed in order (passage, words, concept)."""
    from ipkg.extract.annotate import annotate
    from ipkg.extract.findings import read_study
    from ipkg.models import Document, Mention

    texts, at, mentions = {"title": title, "abstract": abstract}, {"title": 0, "abstract": 0}, []
    for passage, term, concept in terms:
        start = texts[passage].index(term, at[passage])
        mentions.append(Mention(passage, start, start + len(term), term, concept))
        at[passage] = start + len(term)
    sections, offset = [], 0
    for line in abstract.split("\n"):  # one labelled section a line, "RESULTS: ..."
        sections.append((line.split(":")[0], offset, offset + len(line)))
        offset += len(line) + 1
    doc = Document("t.txt", title, abstract, sections=tuple(sections))
    found, _ = read_study(annotate(doc, mentions), "RandomizedControlledTrial")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated) for f in found}


_MINO_TITLE = "Minocycline for major depression: a randomised placebo-controlled trial"
_MINO_TERMS = [("title", "Minocycline", MINOCYCLINE), ("title", "major depression", DEPRESSION),
               ("abstract", "depression", DEPRESSION), ("abstract", "minocycline", MINOCYCLINE),
               ("abstract", "minocycline", MINOCYCLINE)]


def test_improved_significantly_more_than_placebo_is_a_positive_trial() -> None:
    abstract = ("METHODS: Adults with depression were randomised to minocycline or placebo for 12 weeks.\nRESULTS: "
                "Depressive symptoms improved significantly more in the minocycline group than in the placebo group.\n"
                "CONCLUSIONS: Further trials are needed.")
    assert ("minocycline", "treats", "depressive disorder", False) in _trial(_MINO_TITLE, abstract, _MINO_TERMS)


def test_reduced_compared_with_placebo_and_its_near_misses() -> None:
    abstract = ("METHODS: Adults with depression were randomised to minocycline or placebo for 12 weeks.\nRESULTS: "
                "Treatment with minocycline reduced HAM-D scores compared with placebo.\nCONCLUSIONS: It may help.")
    assert ("minocycline", "treats", "depressive disorder", False) in _trial(_MINO_TITLE, abstract, _MINO_TERMS)
    # statistics that say not significant, and an improvement within each arm, are no result over placebo
    for result in ("Treatment with minocycline reduced HAM-D scores compared with placebo (p = 0.31).",
                   "HAM-D scores improved significantly in both groups over time with minocycline."):
        abstract = ("METHODS: Adults with depression were randomised to minocycline or placebo for 12 weeks.\n"
                    f"RESULTS: {result}\nCONCLUSIONS: It may help.")
        assert ("minocycline", "treats", "depressive disorder", False) not in _trial(_MINO_TITLE, abstract,
                                                                                       _MINO_TERMS)


def test_positive_verdict_goes_to_the_arm_it_names() -> None:
    # design/raw L011 (a three-arm trial): the sentence over placebo names one active arm
    title = "Azelastine and chlorphenamine in seasonal allergic rhinitis"
    abstract = ("METHODS: Patients were randomised to azelastine, chlorphenamine or placebo.\nRESULTS: Azelastine "
                "was more effective than placebo during all weeks of the study.\nCONCLUSIONS: Azelastine is safe.")
    terms = [("title", "Azelastine", AZELASTINE), ("title", "chlorphenamine", CHLORPHENAMINE),
             ("title", "allergic rhinitis", RHINITIS), ("abstract", "azelastine", AZELASTINE),
             ("abstract", "chlorphenamine", CHLORPHENAMINE), ("abstract", "Azelastine", AZELASTINE)]
    rows = _trial(title, abstract, terms)
    assert ("azelastine", "treats", "allergic rhinitis", False) in rows
    assert not any(s == "chlorphenamine" and p == "treats" and not n for s, p, _, n in rows)


# ---------------------------------------------------------------- "depressed patients"; a level is no treatment
ZINC = Concept(OBO + "CHEBI_27363", "zinc", "Intervention")
MDD = Concept(OBO + "MONDO_0002009", "major depressive disorder", "Disorder")


def test_depressed_patients_stand_for_the_abstracts_depressive_disorder() -> None:
    # (written) the abstract names major depressive disorder; "depressed patients" are its patients
    text = "We studied major depressive disorder. Depressed patients had higher IL-6 levels than healthy controls."
    assert _rows(_run(text, [("major depressive disorder", MDD), ("IL-6", IL6)])) == {
        ("major depressive disorder", "associatedWith", "interleukin 6", "increase", False, False)}
    # no depressive disorder named in the abstract: the phrase stands for nothing
    assert not _run("Depressed patients had higher IL-6 levels than healthy controls.", [("IL-6", IL6)])


def test_a_measured_level_in_patients_is_no_treatment() -> None:
    # 1k bench corpus (PMID-less record 723 of c00-0000.jsonl): "lower serum zinc in depressed patients"
    text = "We studied major depressive disorder. Clinical studies report lower serum zinc in depressed patients."
    assert not _run(text, [("major depressive disorder", MDD), ("zinc", ZINC)])
    text = "We studied major depressive disorder. Oral zinc in depressed patients improved mood."
    assert ("zinc", "treats", "major depressive disorder", None, False, False) in _rows(
        _run(text, [("major depressive disorder", MDD), ("zinc", ZINC)]))


# ---------------------------------------------------------------- arms, markers and the trial's verdict
INFLIXIMAB = Concept(OBO + "CHEBI_64357", "infliximab", "Intervention")
_INF_TITLE = "Infliximab for major depression: a randomised placebo-controlled trial"
_INF_METHODS = "METHODS: Adults with depression were randomised to infliximab or placebo for 12 weeks.\n"


def _inf(result: str, extra: list[tuple[str, str, Concept]] | None = None) -> set[tuple[str, str, str, bool]]:
    terms = [("title", "Infliximab", INFLIXIMAB), ("title", "major depression", DEPRESSION),
             ("abstract", "depression", DEPRESSION), ("abstract", "infliximab", INFLIXIMAB)]
    return _trial(_INF_TITLE, _INF_METHODS + f"RESULTS: {result}\nCONCLUSIONS: More work is needed.",
                  terms + (extra or []))


def test_a_change_in_the_arm_is_the_interventions() -> None:
    rows = _inf("CRP levels decreased significantly in the infliximab group but not in the placebo group.",
                [("abstract", "CRP", CRP), ("abstract", "infliximab", INFLIXIMAB)])
    assert ("infliximab", "decreases", "C-reactive protein", False) in rows
    rows = _inf("In the infliximab group, TNF-alpha levels were significantly reduced at week 12.",
                [("abstract", "infliximab", INFLIXIMAB), ("abstract", "TNF-alpha", TNF)])
    assert ("infliximab", "decreases", "tumor necrosis factor", False) in rows
    # an intervention named "in the" something that is not an arm is no agent
    rows = _inf("CRP levels decreased significantly in the infliximab literature.",
                [("abstract", "CRP", CRP), ("abstract", "infliximab", INFLIXIMAB)])
    assert not any(p == "decreases" for _, p, _, _ in rows)


def test_a_result_on_a_marker_is_no_verdict_on_the_condition() -> None:
    rows = _inf("Infliximab significantly reduced CRP levels compared with placebo.",
                [("abstract", "Infliximab", INFLIXIMAB), ("abstract", "CRP", CRP)])
    assert ("infliximab", "decreases", "C-reactive protein", False) in rows
    assert ("infliximab", "treats", "depressive disorder", False) not in rows


def test_trial_wording_of_results_and_null_results() -> None:
    assert ("infliximab", "treats", "depressive disorder", False) in _inf(
        "The reduction in HAM-D scores was significantly greater with infliximab than with placebo (p = 0.01).",
        [("abstract", "infliximab", INFLIXIMAB)])
    assert ("infliximab", "treats", "depressive disorder", False) in _inf(
        "Significantly more patients in the infliximab group achieved remission than in the placebo group.",
        [("abstract", "infliximab", INFLIXIMAB)])
    rows = _inf("There were no significant between-group differences in HAM-D scores at week 12.")
    assert ("infliximab", "treats", "depressive disorder", True) in rows
    assert ("infliximab", "treats", "depressive disorder", False) not in rows


# ---------------------------------------------------------------- markers far from their trigger
IL1B = Concept(UNIPROT + "P01584", "interleukin 1 beta", "Cytokine")


def test_trigger_reaches_markers_named_after_their_class() -> None:
    text = "Ketamine reduced the levels of several pro-inflammatory cytokines, including IL-6, TNF-alpha and IL-1beta."
    assert _rows(_run(text, [("Ketamine", KETAMINE), ("IL-6", IL6), ("TNF-alpha", TNF), ("IL-1beta", IL1B)])) == {
        ("ketamine", "decreases", label, "decrease", False, False)
        # the class too ("proinflammatory cytokines, including ...": tune adjudication rules; round 19i)
        for label in ("interleukin 6", "tumor necrosis factor", "interleukin 1 beta", "proinflammatory cytokine")}
    text = ("Ketamine significantly reduced the serum concentrations of the pro-inflammatory cytokines IL-6 and "
            "TNF-alpha at 24 hours.")
    assert _rows(_run(text, [("Ketamine", KETAMINE), ("IL-6", IL6), ("TNF-alpha", TNF)])) == {
        ("ketamine", "decreases", "interleukin 6", "decrease", False, False),
        ("ketamine", "decreases", "tumor necrosis factor", "decrease", False, False),
        ("ketamine", "decreases", "proinflammatory cytokine", "decrease", False, False)}


def test_long_gap_without_a_class_noun_or_with_a_state_is_not_read() -> None:
    text = "Ketamine reduced the time that the animals spent immobile in the presence of IL-6."
    assert not _run(text, [("Ketamine", KETAMINE), ("IL-6", IL6)])
    text = "Ketamine was given to the patients with elevated inflammatory markers, including CRP."
    assert not _run(text, [("Ketamine", KETAMINE), ("CRP", CRP)])


# ---------------------------------------------------------------- a compound names a state, not a rival subject
MINOCYCLINE_ = Concept(OBO + "CHEBI_50694", "minocycline", "Intervention")
LPS = Concept(OBO + "CHEBI_16412", "lipopolysaccharide", "Intervention")


def test_compound_is_no_rival_subject_of_a_later_verb() -> None:
    text = ("Minocycline attenuated LPS-induced depressive-like behavior and reduced the expression of IL-1beta "
            "in the hippocampus.")
    rows = _rows(_run(text, [("Minocycline", MINOCYCLINE_), ("LPS", LPS), ("IL-1beta", IL1B)]))
    assert ("minocycline", "decreases", "interleukin 1 beta", "decrease", False, False) in rows
    assert not any(s == "lipopolysaccharide" and o == "interleukin 1 beta" for s, _, o, *_ in rows)


def test_compound_keeps_its_own_relation() -> None:
    # the trigger belongs to the compound ("the LPS-induced increase"): LPS's, and not read as minocycline's
    from ipkg.extract.annotate import annotate
    from ipkg.extract.findings import candidate_findings
    from ipkg.models import Document, Mention

    text = "Pretreatment with minocycline prevented the LPS-induced increase in IL-1beta."
    mentions = [Mention("abstract", text.index(t), text.index(t) + len(t), t, c)
                for t, c in (("minocycline", MINOCYCLINE_), ("LPS", LPS), ("IL-1beta", IL1B))]
    rows = _rows(candidate_findings(annotate(Document("t.txt", "", text), mentions)))  # whatever the role
    assert ("lipopolysaccharide", "increases", "interleukin 1 beta", "increase", False, False) in rows
    assert not any(s == "minocycline" and p == "increases" for s, p, *_ in rows)


def test_a_null_result_on_a_marker_is_no_verdict_on_the_condition() -> None:
    # the trial may still have beaten placebo on its clinical outcome: the marker's null result is the marker's
    rows = _inf("IL-6 levels did not differ between the infliximab and placebo groups.",
                [("abstract", "IL-6", IL6), ("abstract", "infliximab", INFLIXIMAB)])
    assert ("infliximab", "modulates", "interleukin 6", True) in rows
    assert not any(p == "treats" for _, p, _, _ in rows)
    rows = _inf("IL-6 levels did not differ between the groups, but HAM-D scores improved significantly more with "
                "infliximab than with placebo.", [("abstract", "IL-6", IL6), ("abstract", "infliximab", INFLIXIMAB)])
    assert ("infliximab", "treats", "depressive disorder", True) not in rows


def test_groups_comparable_is_a_denied_association() -> None:
    for words, negated in (("comparable", True), ("not comparable", False)):
        text = f"IL-6 levels were {words} between patients with schizophrenia and healthy controls."
        assert _rows(_run(text, [("IL-6", IL6), ("schizophrenia", SCHIZOPHRENIA)])) == {
            ("schizophrenia", "associatedWith", "interleukin 6", None, negated, False)}
