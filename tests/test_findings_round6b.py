"""Sentence patterns of reviews and animal studies (s6 issue 12, round 6b): property adjectives before a noun of
effect ("antidepressant and antidementia effects", "through anti-neuroinflammatory and antioxidant effects"),
mechanism nominalisations ("attributed to its suppression of Y"), treatment verbs of prevention and suppression
("protect against", "modify the risk for", "suppresses obesity"), and hedges of hope and promise. Sentences from
the tune part or written for each rule, with near misses that must not match; mentions from the shipped lexicon,
so that a property adjective is looked up as the pipeline looks it up.
"""

from __future__ import annotations

import pytest

from ipkg.cues import fold
from ipkg.extract import get_grounder
from ipkg.extract.behaviour import may_state_behaviour
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import candidate_findings
from ipkg.extract.mechanism import is_property_adjective, may_state_property
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document


def _rows(text: str) -> set[tuple[str, str, str, bool, bool]]:
    """``(subject, predicate, object, negated, hedged)`` of every relation the one-sentence abstract states."""
    doc = Document("t.txt", "", text)
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    found = candidate_findings(annotate(doc, mentions, abbreviations))
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in found}


# ---------------------------------------------------------------- property adjectives
def test_anti_process_adjectives_after_through_give_decreases_and_acts_through() -> None:
    rows = _rows("Baicalin protects the central nervous system through anti-neuroinflammatory and anti-neuronal "
                 "apoptotic effects.")
    assert {r[:3] for r in rows} == {
        ("baicalin", "decreases", "neuroinflammatory response"),
        ("baicalin", "actsThrough", "neuroinflammatory response"),
        ("baicalin", "decreases", "neuron apoptotic process"),
        ("baicalin", "actsThrough", "neuron apoptotic process")}
    assert not any(r[3] or r[4] for r in rows)


def test_antioxidant_names_oxidative_stress_and_is_no_agent() -> None:
    rows = _rows("The pharmacological properties of gossypin have been rarely reported with the exception of its "
                 "antioxidant and anti-inflammatory activity.")
    assert ("gossypin", "decreases", "response to oxidative stress", False, False) in rows
    assert ("gossypin", "decreases", "inflammatory response", False, False) in rows
    assert not any(r[0] == "Antioxidants" for r in rows)  # the adjective is a property, not a subject
    assert not any(r[1] == "actsThrough" for r in rows)  # a property, not given as the way it works


def test_anti_disorder_adjectives_give_treats() -> None:
    rows = _rows("The present results show the anxiolytic profile and antidepressant effect of gossypin.")
    assert {r[:3] for r in rows} == {("gossypin", "treats", "Anxiety"), ("gossypin", "treats", "depressive disorder")}
    rows = _rows("Ketamine exhibits potential antidepressant properties.")
    assert rows == {("ketamine", "treats", "depressive disorder", False, True)}
    rows = _rows("Ketamine did not show antidepressant effects in this model.")
    assert rows == {("ketamine", "treats", "depressive disorder", True, False)}


def test_property_of_another_thing_or_topic_is_not_a_finding() -> None:
    # the property of a cytokine, not of the drug before it
    assert not any(r[2] == "response to oxidative stress"
                   for r in _rows("Fluoxetine reduced the antioxidant effects of IL-10 in depression."))
    # the clause has a subject of its own, which is not grounded: no fallback to the one before the comma
    assert _rows("Unlike (R)-ketamine, its metabolite HNK did not show antidepressant actions in the rat.") == set()
    # a property named as the topic of a sentence, not stated by it
    assert _rows("Understanding which pathways underlie the fast antidepressant effect of ketamine paves the way "
                 "for new drugs.") == set()
    # a possessive states no property of its own
    assert _rows("The metabolism of ketamine is essential for ketamine's antidepressant effects.") == set()


def test_is_property_adjective() -> None:
    text = "its antioxidant and anti-inflammatory activity"
    assert is_property_adjective(fold(text), 4, 15)
    text = "Antioxidant supplementation reduced fatigue."
    assert not is_property_adjective(fold(text), 0, 11)


def test_the_cheap_tests_read_the_folded_view_of_the_sentence() -> None:
    """The gates read the lower-cased form the caller folded once (a slice of the document's), and lower-case the
    text themselves where the view has none (a dotless i: no lower-cased form stands for it)."""
    for text in ("Minocycline exerted Anti-Inflammatory effects in mice.",
                 "Minocycline exerted anti-inflammatory effects in Diyarbakır mice."):
        view = fold(text)
        assert may_state_property(view) and not may_state_behaviour(view), text
    for text in ("Minocycline reduced IMMOBILITY in the forced swim test.",
                 "LPS induced depressive-like behaviour in Diyarbakır mice."):
        view = fold(text)
        assert may_state_behaviour(view) and not may_state_property(view), text
    assert fold("Diyarbakır").lower is None


# ---------------------------------------------------------------- mechanism nominalisations
def test_attributed_to_its_suppression_is_a_mechanism() -> None:
    rows = _rows("This cognitive protective effect of ketamine may be attributed to its suppression of ECS-induced "
                 "neuroinflammation.")
    assert ("ketamine", "actsThrough", "neuroinflammatory response", False, True) in rows
    # the suppression itself is presupposed by the nominalisation: asserted
    assert ("ketamine", "decreases", "neuroinflammatory response", False, False) in rows
    rows = _rows("Ketamine reduced neuroinflammation in these mice.")
    assert not any(r[1] == "actsThrough" for r in rows)


# ---------------------------------------------------------------- treatment verbs and hedges
@pytest.mark.parametrize("text, disorder", [
    ("Curcumin may modify the risk for neurodegenerative diseases.", "neurodegenerative disease"),
    ("Curcumin may protect against depression.", "depressive disorder"),
    ("Probiotics hold promise for the treatment of depression.", "depressive disorder"),
])
def test_hedged_prevention_and_promise(text: str, disorder: str) -> None:
    rows = _rows(text)
    assert any(r[1] == "treats" and r[2] == disorder and r[4] for r in rows)


def test_suppresses_a_disorder_treats_it() -> None:
    rows = _rows("Baicalin suppresses obesity in mice fed a high-fat diet.")
    assert ("baicalin", "treats", "obesity disorder", False, False) in rows
    # a process suppressed is decreased, not treated
    rows = _rows("Dexamethasone suppressed the immune response.")
    assert ("dexamethasone", "decreases", "immune response", False, False) in rows


# ---------------------------------------------------------------- demonstratives for the conditions before
def test_these_disorders_are_the_listed_disorders_of_the_sentence_before() -> None:
    rows = _rows("Changes in the gut microbiota have been implicated in several disorders, including depression, "
                 "autism and Parkinson's disease. Probiotics have shown hope for the treatment of these disorders.")
    treated = {r[2] for r in rows if r[0] == "Probiotics" and r[1] == "treats" and r[4]}
    assert treated == {"depressive disorder", "autism", "Parkinson disease"}


def test_these_states_skip_the_population_outside_the_list() -> None:
    rows = _rows("Comorbidities, including depression and bipolar disorder, are more prevalent in patients with "
                 "asthma. Neuroinflammation might underlie these states.")
    linked = {r[0] for r in rows if r[1] == "associatedWith" and r[2] == "neuroinflammatory response"}
    assert linked == {"depressive disorder", "bipolar disorder"}


def test_a_singular_demonstrative_needs_one_referent() -> None:
    rows = _rows("Depression and schizophrenia are common. Ketamine improved this condition.")
    assert not any(r[1] == "treats" for r in rows)
    rows = _rows("Depression is common in the elderly. Ketamine improved this condition.")
    assert ("ketamine", "treats", "depressive disorder", False, False) in rows
    # no demonstrative, no reference back
    rows = _rows("Depression and schizophrenia are common. Ketamine improved sleep.")
    assert not any(r[1] == "treats" for r in rows)


# ---------------------------------------------------------------- mechanisms, appositions, potentiation, approval
def test_mechanisms_underlying_the_impact_include_a_list() -> None:
    rows = _rows("The plausible mechanisms underlying the impact of prebiotics on depression include the synthesis "
                 "of neurotransmitters and regulation of inflammation.")
    assert ("Prebiotics", "actsThrough", "regulation of inflammatory response", False, True) in rows
    assert ("Prebiotics", "modulates", "regulation of inflammatory response", False, True) in rows
    # the mechanisms of a disorder name no intervention: nothing acts through them
    rows = _rows("The mechanisms underlying depression include neuroinflammation.")
    assert not any(r[1] == "actsThrough" for r in rows)


def test_role_of_a_process_in_the_action_of_a_drug() -> None:
    rows = _rows("We discuss the possible role of the gut-brain axis in the antidepressant-like action of arketamine.")
    assert ("(R)-ketamine", "actsThrough", "microbiota-gut-brain axis", False, True) in rows
    rows = _rows("The role of IL-6 signaling in depression was studied after ketamine.")
    assert not any(r[1] == "actsThrough" for r in rows)


def test_an_appositive_class_shares_its_treats_with_the_drug() -> None:
    rows = _rows("Fluoxetine, a selective serotonin reuptake inhibitor utilized in the treatment of depression, is "
                 "bound to serum albumin.")
    assert ("fluoxetine", "treats", "depressive disorder", False, False) in rows
    rows = _rows("Ketamine was compared with the antidepressant fluoxetine, an SSRI, in depression.")
    assert not any(r[1] == "treats" for r in rows)


def test_enhanced_by_is_potentiation_and_approved_for_is_treats() -> None:
    rows = _rows("The beneficial effects of the Mediterranean diet can be further enhanced by physical activity.")
    assert ("Exercise", "potentiates", "Diet, Mediterranean", False, False) in rows
    rows = _rows("Esketamine nasal spray was approved in the United States and Europe for treatment-resistant "
                 "depression.")
    assert ("esketamine", "treats", "Depressive Disorder, Treatment-Resistant", False, False) in rows


def test_production_of_a_cytokine_is_read_as_the_cytokine() -> None:
    rows = _rows("Fecal microbiota transplantation decreased the production of IL-1β and TNF-α.")
    assert {r[2] for r in rows if r[1] == "decreases"} == {"interleukin 1 beta", "tumor necrosis factor"}
    # a production process with no cytokine named inside stays the process
    rows = _rows("Ketamine reduced cytokine production in microglia.")
    assert ("ketamine", "decreases", "cytokine production", False, False) in rows


def test_implicates_targets_in_a_disorder() -> None:
    rows = _rows("Mounting evidence implicates microglia, glucocorticoids and gut microbiota in both inflammation "
                 "and depression.")
    assert ("depressive disorder", "associatedWith", "microglial cell", False, False) in rows
    assert not any(r[2] == "inflammatory response" for r in rows)  # named after "in", not implicated
    rows = _rows("Studies did not implicate IL-6 in depression.")
    assert ("depressive disorder", "associatedWith", "interleukin 6", True, False) in rows


def test_a_compound_is_presupposed_by_a_hedged_clause() -> None:
    rows = _rows("The effect of ketamine may be attributed to its suppression of LPS-induced neuroinflammation.")
    assert ("lipopolysaccharide", "increases", "neuroinflammatory response", False, False) in rows
    assert ("ketamine", "actsThrough", "neuroinflammatory response", False, True) in rows


def test_a_drug_still_to_be_developed_is_no_agent() -> None:
    rows = _rows("It is suggested that novel antidepressants can be developed based on targeting microglia.")
    assert not any(r[0] == "antidepressant" for r in rows)
    rows = _rows("Antidepressants reduced the activation of microglia.")
    assert any(r[0] == "antidepressant" for r in rows)


def test_a_side_effect_of_a_named_owner_is_not_the_main_interventions() -> None:
    from ipkg.extract.mechanism import names_other_owner

    text = "Depression is a side effect of interferon-alpha, used in the therapy of hepatitis C."
    assert names_other_owner(text, text.index(" of interferon"))
    text = "Nausea was a side effect of the treatment."
    assert not names_other_owner(text, text.index(" of the treatment"))


def test_a_recommendation_for_patients_is_a_hedged_treats() -> None:
    rows = _rows("Guidelines recommend that patients with depression should be encouraged to enhance a plant-based "
                 "diet.")
    assert ("Diet, Plant-Based", "treats", "depressive disorder", False, True) in rows
    # no patients with the condition: nothing recommended for it
    rows = _rows("Guidelines recommend a plant-based diet, while depression remains common.")
    assert not any(r[1] == "treats" for r in rows)


# ---------------------------------------------------------------- reversal of earlier changes
def test_reversing_the_changes_an_inducer_made_earlier() -> None:
    rows = _rows("We found that LPS increased IL-6 and TNF in the hippocampus. However, minocycline reversed these "
                 "LPS-induced molecular changes.")
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows
    assert ("minocycline", "decreases", "tumor necrosis factor", False, False) in rows
    rows = _rows("We found that LPS increased IL-6 in the hippocampus. However, minocycline did not reverse these "
                 "LPS-induced changes.")
    assert ("minocycline", "decreases", "interleukin 6", True, False) in rows
    # without the inducer named, "these changes" are those of the sentence before (round 30), not "these effects",
    # and not an intervention's own (review of round 30: they may be a drug's effect that the next agent blocks)
    rows = _rows("We found that LPS-challenged mice showed increased IL-6 in the hippocampus. Minocycline reversed "
                 "these changes.")
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows
    rows = _rows("We found that LPS increased IL-6 in the hippocampus. Minocycline reversed these changes.")
    assert not any(r[0] == "minocycline" for r in rows)
    rows = _rows("We found that LPS increased IL-6 in the hippocampus. Minocycline reversed these effects.")
    assert not any(r[0] == "minocycline" for r in rows)


# ---------------------------------------------------------------- behavioural tests of depression
@pytest.mark.parametrize("text, subject, predicate, negated", [
    ("Metyrapone alone (50 mg/kg) reduced the immobility time of rats in the forced swimming test.", "metyrapone",
     "treats", False),
    ("LPS significantly increased the immobility time in the tail suspension test.", "lipopolysaccharide",
     "hasAdverseEffect", False),
    ("Mice treated with fluoxetine showed an increase in sucrose preference.", "fluoxetine", "treats", False),
    ("Ketamine did not reduce immobility in the forced swim test.", "ketamine", "treats", True),
])
def test_behavioural_tests_of_depression(text: str, subject: str, predicate: str, negated: bool) -> None:
    assert (subject, predicate, "depressive disorder", negated, False) in _rows(text)


def test_behaviour_of_another_clause_is_not_the_interventions() -> None:
    rows = _rows("Fluoxetine was given daily; however, immobility was reduced in the forced swim test only in "
                 "controls.")
    assert not any(r[2] == "depressive disorder" for r in rows)
    # immobility outside a test of despair is no depression
    rows = _rows("Ketamine reduced tonic immobility in the chicks.")
    assert not any(r[2] == "depressive disorder" for r in rows)
