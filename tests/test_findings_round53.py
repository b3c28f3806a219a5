"""Round 53 of the findings rules (s24 issue 12; docs/findings.md section 53): a plural drug class in a result stands
for the members the abstract listed (:class:`ipkg.extract.class_members.ClassMembers`), "its" of a molecule
inside one sentence (:func:`ipkg.extract.anaphora.possessive_items`), a contrast clause whose target follows its
class noun in apposition (:func:`ipkg.extract.relation_lists.contrast`), "mitigate" as a verb of relief, and the
gut's dysbiosis as the microbiota-gut-brain axis (:func:`ipkg.extract.recall_microbiota.microbiota_items`).
Self-written sentences; mentions from the shipped lexicon. The 6 tests with a positive case fail on main at 08d1aa9;
the 9 guards pass on both.
"""

from __future__ import annotations

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document
from tests.test_findings_round30 import _rows

IL6 = "interleukin 6"
TNF = "tumor necrosis factor"
IFNG = "interferon gamma"
TGFB = "transforming growth factor beta 1"
_LISTED = ("We studied the effects of various antidepressants, a tricyclic antidepressant (imipramine), a selective "
           "serotonin reuptake inhibitor (fluoxetine) and a monoamine oxidase inhibitor (phenelzine), in rats. ")


def _sections(background: str, results: str, conclusions: str = "") -> set:
    """The findings of an abstract with a background, a results and (optionally) a conclusions section."""
    text = background + results + conclusions
    sections = [("BACKGROUND", 0, len(background)), ("RESULTS", len(background), len(background) + len(results))]
    if conclusions:
        sections.append(("CONCLUSIONS", len(background) + len(results), len(text)))
    doc = Document("t.txt", "A study in rats", text, sections=tuple(sections))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "Other")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings}


def test_a_result_of_the_class_holds_for_each_listed_member() -> None:
    rows = _sections(_LISTED, "IFN-gamma was significantly decreased in the hippocampus in response to treatment "
                              "with antidepressants.")
    for drug in ("imipramine", "fluoxetine", "Phenelzine"):
        assert (drug, "decreases", IFNG, False, False) in rows
    assert ("antidepressant", "decreases", IFNG, False, False) in rows  # the class keeps its own


def test_a_plain_list_after_such_as_defines_the_members() -> None:
    rows = _sections("Rats received antipsychotics such as haloperidol and risperidone for four weeks. ",
                     "Serum IL-6 levels were reduced by antipsychotics.")
    assert {("haloperidol", "decreases", IL6, False, False), ("risperidone", "decreases", IL6, False, False)} <= rows


def test_the_class_in_the_conclusions_is_the_class() -> None:
    rows = _sections(_LISTED, "Fluoxetine lowered IL-6.",
                     "These results suggest that antidepressants reduce TNF-alpha.")
    assert not any(row[0] in ("imipramine", "Phenelzine") and row[2] == TNF for row in rows)


def test_other_drugs_of_the_class_are_not_the_listed_ones() -> None:
    rows = _sections(_LISTED, "Unlike other antidepressants, minocycline reduced IL-6 in the hippocampus.")
    assert not any(row[0] in ("imipramine", "fluoxetine", "Phenelzine") for row in rows)


def test_a_result_that_names_a_member_is_read_as_it_is() -> None:
    rows = _sections(_LISTED, "Treatment with antidepressants, but mainly fluoxetine, reduced IL-6.")
    assert not any(row[0] in ("imipramine", "Phenelzine") for row in rows)


def test_its_measure_stands_for_the_molecule_that_opens_the_sentence() -> None:
    rows = _rows("TNF-alpha is a pleiotropic cytokine, and its expression is reduced by fluoxetine.")
    assert ("fluoxetine", "decreases", TNF, False, False) in rows
    rows = _rows("IL-6 is a pleiotropic cytokine, and its serum levels are elevated in patients with depression.")
    assert ("depressive disorder", "associatedWith", IL6, False, False) in rows


def test_its_after_a_drug_is_not_a_molecule() -> None:
    rows = _rows("Fluoxetine is an antidepressant, and its levels are reduced by smoking in patients with depression.")
    assert not any(row[2] == "fluoxetine" for row in rows)


def test_its_after_a_second_molecule_is_not_read() -> None:
    rows = _rows("IL-6 induces TNF-alpha in microglia, and its expression is reduced by fluoxetine.")
    assert ("fluoxetine", "decreases", IL6, False, False) not in rows


def test_a_contrast_target_after_its_class_noun_in_apposition() -> None:
    rows = _rows("IFN-gamma was significantly decreased in the hippocampus in response to treatment with fluoxetine, "
                 "while the inhibitory cytokine, TGF-beta, was significantly enhanced.")
    assert {("fluoxetine", "decreases", IFNG, False, False), ("fluoxetine", "increases", TGFB, False, False)} <= rows


def test_a_drug_that_mitigated_a_condition_treats_it() -> None:
    """ "mitigate" is a verb of relief (it was read as an adverse effect, by no rule of relief)."""
    rows = _rows("In this study, diosgenin significantly mitigated pentylenetetrazole-induced seizures in mice.")
    assert ("diosgenin", "treats", "Seizures", False, False) in rows
    assert ("diosgenin", "hasAdverseEffect", "Seizures", False, False) not in rows
    assert ("pentetrazol", "hasAdverseEffect", "Seizures", False, False) in rows


def test_a_reviews_examples_define_no_members() -> None:
    """A list of examples that is no drug of the study's own: what the review says later is said of the class."""
    rows = _sections("Atypical antipsychotics, such as clozapine, risperidone and olanzapine, are widely prescribed. ",
                     "Serum IL-6 levels were reduced by antipsychotics.")
    assert not any(row[0] in ("clozapine", "risperidone", "olanzapine") for row in rows)


def test_a_part_of_the_class_is_not_the_listed_members() -> None:
    rows = _sections("Rats received antipsychotics such as haloperidol and risperidone for four weeks. ",
                     "Serum IL-6 levels were reduced by newer antipsychotics.")
    assert not any(row[0] in ("haloperidol", "risperidone") for row in rows)


AXIS = "microbiota-gut-brain axis"


def test_the_guts_dysbiosis_associated_with_disorders_is_the_axis() -> None:
    for text in ("Gut microbiota dysbiosis has been associated with depression and anxiety.",
                 "Dysbiosis has been associated with depression and anxiety."):
        rows = _rows(text)
        assert {("depressive disorder", "associatedWith", AXIS, False, False),
                ("anxiety disorder", "associatedWith", AXIS, False, False)} <= rows


def test_a_dysbiosis_an_agent_induces_or_treats_stays_the_condition() -> None:
    assert ("Anti-Bacterial Agents", "hasAdverseEffect", "Dysbiosis", False, False) in _rows(
        "Antibiotic-induced dysbiosis caused anxiety in mice.")
    assert ("Probiotics", "treats", "Dysbiosis", False, False) in _rows(
        "Probiotics reversed dysbiosis in patients with depression.")


def test_another_sites_dysbiosis_is_no_axis() -> None:
    assert not any(row[2] == AXIS for row in _rows("Oral dysbiosis has been associated with depression."))
