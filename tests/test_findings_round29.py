"""Round 29 of the findings rules (s16 issue 12; docs/findings.md section 29): a relation a title or an aim names is
stated once a result of the same abstract bears it out (:mod:`ipkg.extract.title_claims`). Self-written abstracts;
mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document

Row = tuple[str, str, str, str, bool, bool]

#: a title whose apposition hides its verb from the finite-verb test
_TITLE = "The antioxidant, N-acetylcysteine, enhances imipramine-induced neurogenesis in mice"
NAC = "N-acetyl-L-cysteine"


def _rows(title: str, *sections: tuple[str, str]) -> set[Row]:
    """``(role, subject, predicate, object, negated, hedged)`` of the findings of an abstract of ``sections``."""
    text, spans = "", []
    for label, body in sections:
        spans.append((label, len(text), len(text) + len(body)))
        text += body + " "
    doc = Document("t.txt", title, text.rstrip(), sections=tuple(spans))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "Other")
    return {(f.role or "", f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged)
            for f in findings}


def test_a_title_relation_a_result_bears_out_is_stated() -> None:
    rows = _rows(_TITLE, ("RESULTS", "Combined treatment with imipramine and N-acetylcysteine further increased the "
                                     "number of newborn neurons compared to imipramine alone (p=0.01)."))
    assert ("title", NAC, "potentiates", "imipramine", False, False) in rows


def test_a_null_result_never_confirms_the_title() -> None:
    rows = _rows(_TITLE, ("RESULTS", "Combined treatment with imipramine and N-acetylcysteine did not change the "
                                     "number of newborn neurons compared to imipramine alone."))
    assert not any(p == "potentiates" and not neg for _, _, p, _, neg, _ in rows)


def test_a_contracted_denial_never_confirms_the_title() -> None:
    # review of round 29: the null-result words held "n't" after a word boundary, which "didn't" never has
    rows = _rows(_TITLE, ("RESULTS", "Combined treatment with imipramine and N-acetylcysteine didn't change the "
                                     "number of newborn neurons compared to imipramine alone."))
    assert not any(p == "potentiates" and not neg for _, _, p, _, neg, _ in rows)


def test_a_hedged_result_never_confirms_the_title() -> None:
    rows = _rows(_TITLE, ("RESULTS", "Combined treatment with imipramine and N-acetylcysteine might further increase "
                                     "the number of newborn neurons compared to imipramine alone."))
    assert not any(p == "potentiates" for _, _, p, _, _, _ in rows)


def test_a_result_of_the_opposite_direction_never_confirms_the_title() -> None:
    rows = _rows(_TITLE, ("RESULTS", "Combined treatment with imipramine and N-acetylcysteine reduced the number of "
                                     "newborn neurons compared to imipramine alone (p=0.01)."))
    assert ("title", NAC, "potentiates", "imipramine", False, False) not in rows


_AIM = ("OBJECTIVE", "We hypothesized that minocycline would reduce microglial activation after stress.")


def test_a_hypothesis_of_the_aims_a_result_bears_out_is_stated() -> None:
    rows = _rows("A study in mice", _AIM, ("RESULTS", "In minocycline-treated mice, the hippocampus showed markedly "
                                                      "less microglial activation after 14 days of stress."))
    assert ("objective", "minocycline", "decreases", "microglial cell activation", False, False) in rows


def test_an_aim_without_a_result_that_names_both_is_not_stated() -> None:
    rows = _rows("A study in mice", _AIM, ("RESULTS", "Minocycline-treated mice gained weight after 14 days of "
                                                      "stress."))
    assert not any(role == "objective" for role, *_ in rows)


def test_an_aim_a_result_contradicts_is_not_stated() -> None:
    rows = _rows("A study in mice", _AIM, ("RESULTS", "In minocycline-treated mice, the hippocampus showed more "
                                                      "microglial activation, increased after 14 days of stress."))
    assert ("objective", "minocycline", "decreases", "microglial cell activation", False, False) not in rows


def test_a_topic_title_of_a_treatment_is_no_claim() -> None:
    rows = _rows("Olanzapine for intractable nausea in palliative care patients",
                 ("RESULTS", "Olanzapine was given to 20 patients with nausea, and 15 reported relief within 2 days."))
    assert not any(role == "title" for role, *_ in rows)


def test_a_title_subject_named_only_as_a_modifier_is_no_claim() -> None:
    # review of round 29: "minocycline-insensitive" qualifies the antagonists, which are the title's agent
    rows = _rows("Minocycline-insensitive glial antagonists, the new agents, lower IL-6 in stressed mice",
                 ("RESULTS", "Serum IL-6 was measured in the minocycline group at 14 days (p<0.05)."))
    assert not any(role == "title" for role, *_ in rows)


def test_the_population_of_a_result_does_not_confirm() -> None:
    rows = _rows("A case report",
                 ("OBJECTIVE", "To describe the emergence of hypertension in a patient treated with sertraline."),
                 ("RESULTS", "This is the first reported case of sertraline-associated crisis in a patient with "
                             "hypertension."))
    assert not any(role == "objective" for role, *_ in rows)


# ---------------------------------------------------------------- a list member no mention covers
def test_a_list_of_agents_with_an_unnamed_member_is_distributed() -> None:
    rows = _rows("A study in mice", ("RESULTS", "Interventions such as minocycline, the metabolic products of "
                                                "bacteria and probiotics reduced depressive behaviour and anxiety."))
    assert ("results", "minocycline", "treats", "Anxiety", False, False) in rows
    assert ("results", "Probiotics", "treats", "Anxiety", False, False) in rows


def test_a_list_of_targets_with_an_unnamed_member_is_distributed() -> None:
    rows = _rows("A study in mice", ("RESULTS", "TNF-alpha, IL-6, tissue inhibitor of metalloproteinases-1, and "
                                                "Cxcl10 were induced by poly(I:C)."))
    assert {("results", "Poly I-C", "increases", target, False, False)
            for target in ("tumor necrosis factor", "interleukin 6")} <= rows


def test_a_clause_between_two_mentions_is_no_list_member() -> None:
    rows = _rows("A study in mice", ("RESULTS", "Minocycline, which was given for 2 weeks, and fluoxetine reduced "
                                                "anxiety."))
    assert ("results", "minocycline", "treats", "Anxiety", False, False) not in rows
