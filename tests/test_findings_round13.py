"""Round 13 of the findings rules (s10 issue 12; docs/findings.md section 13): noun phrases that stand for what the
sentence before named (targets, agents, induced states), a class phrase defined by its members and named again,
"this effect" of the sentence before, "blocked the development of", "therapeutic potential against", "due to".
Self-written sentences in the wording of animal and clinical abstracts; mentions from the shipped lexicon.
"""

from __future__ import annotations

from ipkg.extract.anaphora import ClassDefinitions
from ipkg.extract.pairing import Item
from ipkg.models import Concept
from tests.test_findings_round10 import _rows


# ---------------------------------------------------------------- demonstratives of targets, agents, induced states
def test_these_cytokines_are_the_cytokines_of_the_sentence_before() -> None:
    rows = _rows("IL-6 and TNF-alpha rose after LPS. Minocycline lowered these cytokines.")
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows
    assert ("minocycline", "decreases", "tumor necrosis factor", False, False) in rows
    # without the demonstrative, nothing reaches back
    rows = _rows("IL-6 and TNF-alpha rose after LPS. Minocycline lowered anxiety.")
    assert not any(r[0] == "minocycline" and r[2] == "interleukin 6" for r in rows)


def test_both_drugs_are_the_two_agents_of_the_sentence_before() -> None:
    rows = _rows("Fluoxetine and imipramine reduced immobility in mice. Both drugs increased IL-10 levels.")
    assert {r[0] for r in rows if r[1] == "increases" and r[2] == "interleukin 10"} == {"fluoxetine", "imipramine"}
    # "both" needs exactly two agents; a plural agent head at least two
    rows = _rows("Fluoxetine reduced immobility in mice. These drugs increased IL-10 levels.")
    assert not any(r[2] == "interleukin 10" for r in rows)
    # an intervention named as the head of a compound ("LPS-induced") is no agent
    rows = _rows("Fluoxetine attenuated LPS-induced immobility in mice. These drugs increased IL-10 levels.")
    assert not any(r[2] == "interleukin 10" for r in rows)


def test_such_drugs_are_any_drugs_of_the_kind() -> None:
    rows = _rows("Fluoxetine and imipramine reduced immobility in mice. Such drugs increased IL-10 levels.")
    assert not any(r[2] == "interleukin 10" for r in rows)


def test_these_behavioural_abnormalities_are_the_states_of_the_sentence_before() -> None:
    rows = _rows("Ingestion of the bacterium produced depression- and anhedonia-like behaviors and higher blood levels "
                 "of interleukin-6 in mice. Furthermore, subdiaphragmatic vagotomy blocked the development of these "
                 "behavioral abnormalities.")
    assert ("Vagotomy", "treats", "depressive disorder", False, False) in rows


def test_blocked_the_development_of_a_disorder_treats_it() -> None:
    assert ("Vagotomy", "treats", "depressive disorder", False, False) in _rows(
        "Vagotomy blocked the development of depression in mice.")
    # a development blocked that is not the disorder's is no treatment of it
    assert not any(r[1] == "treats" for r in _rows("The drug blocked the development of tolerance in depression."))


# ---------------------------------------------------------------- a class phrase defined by its members
def test_a_class_phrase_defined_by_its_members_stands_for_them_later() -> None:
    rows = _rows("LPS induced the gene induction of proinflammatory cytokines (i.e., IL-1beta, IL-6 and TNFalpha) "
                 "in the brain. In contrast, no significant induction of pro-inflammatory cytokine genes was observed "
                 "after ketamine.")
    negated = {r[2] for r in rows if r[0] == "ketamine" and r[1] == "increases" and r[3]}
    # and the class itself (round 19i: the t2 adjudication records a class-level result for the class too)
    assert negated == {"interleukin 1 beta", "interleukin 6", "tumor necrosis factor", "proinflammatory cytokine"}


def test_a_class_phrase_without_a_definition_stands_for_no_member() -> None:
    rows = _rows("LPS increased IL-1beta, IL-6 and TNFalpha in the brain. In contrast, no significant induction of "
                 "proinflammatory cytokine genes was observed after ketamine.")
    # only for the class (round 19i), never for the members the sentence before named without defining the class
    assert {r[2] for r in rows if r[0] == "ketamine"} == {"proinflammatory cytokine"}


def test_class_definitions_need_a_modifier_and_two_members() -> None:
    il6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin 6", "Cytokine")
    tnf = Concept("http://purl.uniprot.org/uniprot/P01375", "tumor necrosis factor", "Cytokine")
    text = "levels of inflammatory markers such as IL-6 and TNF rose"
    start = text.index("IL-6")
    items = [Item(start, start + 4, il6), Item(text.index("TNF"), text.index("TNF") + 3, tnf)]
    defined = ClassDefinitions()
    defined.record(text, items)
    assert defined.may_refer("Inflammatory markers fell after treatment.")
    assert [i.concept.label for i in defined.items("Inflammatory markers fell.", [])] == ["interleukin 6",
                                                                                          "tumor necrosis factor"]
    # a member named in the later sentence: the phrase is not read again
    assert defined.items("Inflammatory markers and IL-6 fell.", [Item(25, 29, il6)]) == [Item(25, 29, il6)]
    one = ClassDefinitions()
    one.record("inflammatory markers such as IL-6 rose", [Item(29, 33, il6)])
    assert not one.may_refer("Inflammatory markers fell.")


# ---------------------------------------------------------------- "this effect" of the sentence before, "due to"
def test_this_effect_is_the_effect_of_the_agent_before() -> None:
    rows = _rows("Minocycline reduced anxiety in stressed mice. This effect could be due to the microbiota-gut-brain "
                 "axis.")
    assert ("minocycline", "actsThrough", "microbiota-gut-brain axis", False, True) in rows
    rows = _rows("Minocycline reduced anxiety in stressed mice. This effect was accompanied by lower IL-6 levels.")
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows


def test_this_effect_takes_no_condition_nor_other_intervention() -> None:
    rows = _rows("Minocycline reduced anxiety in stressed mice. This effect was blocked by naloxone in depression.")
    assert not any(r[0] == "minocycline" and r[2] in {"naloxone", "depressive disorder"} for r in rows)
    # "the effect of <something else>" is not the agent's
    rows = _rows("Minocycline reduced anxiety in stressed mice. The effect of stress was mediated by the "
                 "microbiota-gut-brain axis.")
    assert not any(r[1] == "actsThrough" for r in rows)


def test_due_to_is_a_mechanism_only_in_the_subjects_own_clause() -> None:
    rows = _rows("The antidepressant effect of minocycline is partly attributable to the microbiota-gut-brain axis.")
    assert ("minocycline", "actsThrough", "microbiota-gut-brain axis", False, False) in rows
    rows = _rows("These results indicate an effect of the probiotic in rats subjected to chronic restraint stress, "
                 "and this effect could be due to the microbiota-gut-brain axis.")
    assert not any(r[1] == "actsThrough" for r in rows)


def test_therapeutic_potential_against_a_list() -> None:
    rows = _rows("Minocycline may have valuable therapeutic potential against depression and neurodegenerative "
                 "diseases.", section="CONCLUSIONS")
    assert {r[2] for r in rows if r[0] == "minocycline" and r[1] == "treats" and r[4]} == {
        "depressive disorder", "neurodegenerative disease"}


# ---------------------------------------------------------------- extras: outlooks, genotypes, "independent from"
def test_further_research_named_first_is_an_outlook() -> None:
    text = ("Further research into the link between minocycline and depression is essential, as findings could "
            "guide the prevention of depression.")
    assert not _rows(text, section="CONCLUSIONS")
    # a result sentence that names research done is kept
    assert ("minocycline", "treats", "depressive disorder", False, False) in _rows(
        "In further research, minocycline reduced depression in mice.")


def test_a_target_for_drug_discovery_is_a_proposal() -> None:
    rows = _rows("Herein, we discuss neuro-immune interactions, which can become useful targets for CNS drug "
                 "discovery, including modulating neuroinflammatory pathways.", section="CONCLUSIONS")
    assert not any(r[2] == "neuroinflammatory response" for r in rows)


def test_a_change_of_genotyped_animals_is_not_the_exposures() -> None:
    rows = _rows("PACAP-deficient mice show attenuated corticosterone secretion and fail to develop depressive "
                 "behavior during chronic social defeat stress.")
    assert not any(r[0] == "chronic social defeat stress" and r[2] == "corticosterone secretion" for r in rows)
    # the same change of animals not named by a genotype stays the exposure's
    rows = _rows("Wild-type mice show attenuated corticosterone secretion during chronic social defeat stress.")
    assert ("chronic social defeat stress", "decreases", "corticosterone secretion", False, False) in rows


def test_independent_from_names_no_cause() -> None:
    rows = _rows("GI inflammation occurs early during the course of schizophrenia and appears to be independent from "
                 "antipsychotic-generated motility effects.")
    assert not any(r[1] == "hasAdverseEffect" for r in rows)
    rows = _rows("Patients suffered psychosis from amphetamine.")
    assert ("amphetamine", "hasAdverseEffect", "psychotic disorder", False, False) in rows


def test_a_demonstrative_agrees_with_its_head_in_number() -> None:
    # "this phenotype exhibit deficits": "this" is no demonstrative of the plural "deficits"
    rows = _rows("Obesity increases the risk of depression. Rats with this phenotype exhibit deficits in synaptic "
                 "plasticity.")
    assert not any(r[0] == "depressive disorder" and r[1] == "associatedWith" for r in rows)


def test_due_to_after_another_noun_is_not_the_drugs_mechanism() -> None:
    rows = _rows("It was assumed that the famotidine treatment converted acid secretion from a combination of an "
                 "indirect action due to the release of histamine.")
    assert not any(r[1] == "actsThrough" for r in rows)


# ---------------------------------------------------------------- a results sentence naming only the outcome
def test_a_results_sentence_naming_only_the_outcome_is_the_agents_before() -> None:
    rows = _rows("Mice received minocycline for two weeks. Serum IL-6 and TNF-alpha levels were significantly "
                 "decreased.")
    assert {r[2] for r in rows if r[0] == "minocycline" and r[1] == "decreases"} == {"interleukin 6",
                                                                                     "tumor necrosis factor"}


def test_an_outcome_compared_between_groups_is_no_effect() -> None:
    assert not any(r[2] == "interleukin 6" for r in _rows(
        "Mice received minocycline for two weeks. Serum IL-6 levels were lower than in controls."))
    # two agents before: whose change it is stays open
    assert not any(r[2] == "interleukin 6" for r in _rows(
        "Rats were given LPS and then fluoxetine. Serum IL-6 levels fell significantly."))
    # outside the results, the sentence states no result
    assert not any(r[2] == "interleukin 6" for r in _rows(
        "Mice received minocycline for two weeks. Serum IL-6 levels fell.", section="BACKGROUND"))


# ---------------------------------------------------------------- a ratio of two targets
def test_a_ratio_changed_modulates_both_members() -> None:
    rows = _rows("Minocycline increased the ratio of regulatory T cells to Th17 cells.")
    assert ("minocycline", "modulates", "regulatory T cell", False, False) in rows
    assert ("minocycline", "modulates", "T-helper 17 cell", False, False) in rows
    assert not any(r[1] == "increases" for r in rows)
    rows = _rows("Minocycline increased the Treg/Th17 ratio.")
    assert {r[2] for r in rows if r[1] == "modulates"} == {"regulatory T cell", "T-helper 17 cell"}
    # a target changed outside the ratio keeps its direction
    rows = _rows("Minocycline increased regulatory T cells in the spleen.")
    assert ("minocycline", "increases", "regulatory T cell", False, False) in rows


# ---------------------------------------------------------------- a class and its listed examples
def test_a_class_with_listed_examples_passes_its_findings_to_them() -> None:
    rows = _rows("Neuroinflammatory insults contribute to neurological disorders related to brain aging, such as "
                 "Alzheimer's disease, Parkinson's disease, and depression.")
    linked = {r[0] for r in rows if r[1] == "associatedWith" and r[2] == "neuroinflammatory response"}
    assert {"Alzheimer disease", "Parkinson disease", "depressive disorder"} <= linked
    # without a cue of examples the conditions after the class are not its members
    rows = _rows("Neuroinflammatory insults contribute to neurological disorders; Alzheimer's disease, Parkinson's "
                 "disease and depression are common.")
    assert not any(r[0] == "Parkinson disease" and r[1] == "associatedWith" for r in rows)


def test_a_condition_where_changes_were_seen_is_not_associated_with_their_correlates() -> None:
    rows = _rows("Changes in microbiota composition in psychosis and schizophrenia have been correlated with "
                 "alterations in brain structure, immune response and symptom severity.")
    assert not any(r[1] == "associatedWith" and r[2] == "immune response" for r in rows)
    # the condition as the subject itself keeps its association
    rows = _rows("Schizophrenia has been correlated with alterations in immune response.")
    assert ("schizophrenia", "associatedWith", "immune response", False, False) in rows


def test_a_state_improved_by_a_drug_in_the_animals_it_was_seen_in() -> None:
    rows = _rows("The depressive-like behavior and memory impairment in OBX mice were improved by the chronic "
                 "treatment with BE360.")
    assert any(r[1] == "treats" and r[2] == "Memory Disorders" and not r[3] for r in rows)
    # a population with its own condition between is no place of the state ("in patients with MS")
    rows = _rows("Memory impairment in patients with multiple sclerosis was improved by zolpidem.")
    assert not any(r[0] == "zolpidem" and r[2] == "multiple sclerosis" for r in rows)
    assert ("zolpidem", "treats", "multiple sclerosis", False, False) in _rows(
        "Multiple sclerosis was improved by zolpidem.")


def test_the_latter_and_the_former_are_the_two_agents_before() -> None:
    before = "Fluoxetine and ketamine were given to stressed mice. "
    assert {r[0] for r in _rows(before + "The latter reduced IL-6 levels.") if r[2] == "interleukin 6"} == {
        "ketamine"}
    assert {r[0] for r in _rows(before + "The former reduced IL-6 levels.") if r[2] == "interleukin 6"} == {
        "fluoxetine"}
    # one agent before: no referent; "the latter group" names a group
    assert not any(r[2] == "interleukin 6" for r in _rows(
        "Fluoxetine was given to stressed mice. The latter reduced IL-6 levels."))
    assert not any(r[2] == "interleukin 6" for r in _rows(before + "The latter group showed lower IL-6 levels."))
