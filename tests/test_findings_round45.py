"""Round 45 (issue 12): the behavioural state of a population treated, not its disorder; a harm the sentence gives
to another drug's arm; a probe's drug treats nothing; the population's disorder as the learned model's harm.

Self-written sentences and short abstracts in the style of the Cohen 2006 psychiatric drug trials, each rule with
its near misses."""

from __future__ import annotations

import pytest

from ipkg.models import Document

from tests.test_findings_round43 import _findings


def _treats(found: set[tuple[str, str, str, str]], subject: str, word: str) -> set[tuple[str, str, str, str]]:
    return {f for f in found if f[0] == subject and f[1] == "treats" and word in f[2]}


@pytest.mark.parametrize(("drug", "sentence", "disorder"), [
    ("risperidone", "Risperidone was effective in the treatment of dementia-related behavioral disturbances.",
     "dementia"),
    ("quetiapine", "Recent trials suggest that quetiapine is effective for the psychotic manifestations of dementia.",
     "dementia"),
    ("olanzapine", "Olanzapine significantly reduced behavioral disturbances in patients with Alzheimer's disease "
     "compared with placebo.", "alzheimer"),
])
def test_a_behavioural_state_of_the_disorder_is_what_is_treated(drug: str, sentence: str, disorder: str) -> None:
    found = _findings(f"{drug.capitalize()} in nursing home residents.",
                      f"Residents were randomized to {drug} or placebo for 12 weeks. {sentence}")
    assert not _treats(found, drug, disorder), found


def test_the_disorder_itself_treated_stays_a_treatment() -> None:
    found = _findings("Galantamine in Alzheimer's disease.",
                      "Galantamine was effective in the treatment of Alzheimer's disease and of dementia-related "
                      "behavioral disturbances.")
    assert _treats(found, "galanthamine", "alzheimer"), found


_TWO_ARMS = ("Comparison of bupropion and trazodone for the treatment of major depression.",
             "Outpatients with major depression were randomized to bupropion or trazodone for 6 weeks. "
             "Anorexia and anxiety were reported significantly more often for the bupropion treatment group, whereas "
             "somnolence and edema were reported significantly more often for the trazodone treatment group. "
             "Weight measurements indicated a mean weight loss for the bupropion treatment group and a mean "
             "weight gain for the trazodone treatment group.")


def _harms(found: set[tuple[str, str, str, str]], subject: str) -> set[str]:
    return {f[2] for f in found if f[0] == subject and f[1] == "hasAdverseEffect" and f[3] == "asserted"}


def test_a_harm_named_for_another_arm_is_not_this_drugs() -> None:
    found = _findings(*_TWO_ARMS)
    trazodone = _harms(found, "trazodone")
    assert not {h for h in trazodone if "anorexia" in h or "anxiety" in h or "weight loss" in h}, found


def test_a_harm_named_for_this_arm_stays() -> None:
    found = _findings(*_TWO_ARMS)
    assert {h for h in _harms(found, "trazodone") if "edema" in h or "weight gain" in h}, found


def test_the_arm_after_a_comparison_is_the_yardstick() -> None:
    title = "Olanzapine versus haloperidol."
    assert _arm_kept(title, "Weight gain was significantly more frequent than with haloperidol.", "olanzapine",
                     "weight gain")
    # the near miss: haloperidol named as the arm
    assert not _arm_kept(title, "Weight gain was significantly more frequent with haloperidol.", "olanzapine",
                         "weight gain")


def test_the_agent_named_before_the_harm_keeps_it_whatever_arm_follows() -> None:
    found = _findings("Butorphanol in rabbits.",
                      "The largest dose of butorphanol produced hypotension in rabbits pretreated with "
                      "tranylcypromine.")
    assert {h for h in _harms(found, "butorphanol") if "hypotens" in h}, found


def test_a_drug_in_the_arms_own_list_keeps_the_harm() -> None:
    found = _findings("Verapamil and beta-blockers.",
                      "Three patients developed profound hypotension and bradycardia during combined therapy with "
                      "verapamil and beta-adrenergic blocking drugs.")
    assert {h for h in _harms(found, "beta-adrenergic antagonist") if "brady" in h}, found


_PROBE = ("5-HT1A receptor responsivity in schizophrenia.",
          "To test the hypothesis that receptor responsivity differs in patients with schizophrenia, the study was "
          "performed using ipsapirone, a partial agonist, as a probe. Ipsapirone or placebo were administered to "
          "patients with schizophrenia and normal controls. Behavioral responses to ipsapirone, including nausea and "
          "dizziness, did not differ between groups.")


def test_a_probe_is_no_treatment_denied() -> None:
    found = _findings(*_PROBE)
    assert not {f for f in found if f[0] == "ipsapirone" and (f[1] == "treats" or f[3] == "negated")}, found


def test_a_drug_tested_in_the_same_words_without_a_probe_keeps_its_null() -> None:
    title, abstract = _PROBE
    found = _findings("Ipsapirone in schizophrenia: a placebo-controlled trial.",
                      abstract.replace(", a partial agonist, as a probe", " for 6 weeks").replace(
                          "Behavioral responses to ipsapirone, including nausea and dizziness,",
                          "Psychotic symptoms"))
    assert ("ipsapirone", "treats", "schizophrenia", "negated") in found, found


@pytest.mark.parametrize(("title", "abstract", "disorder"), [
    ("Methylphenidate dosing.", "Twenty-five boys with attention deficit hyperactivity disorder participated in a "
     "crossover trial of methylphenidate. Appetite suppression was rated as more severe with the higher dose.",
     "attention deficit-hyperactivity disorder"),
    ("Olanzapine in the elderly.", "Olanzapine appears to be effective in treating psychotic and behavioral "
     "disturbances associated with Alzheimer disease.", "Alzheimer disease"),
])
def test_the_population_disorder_is_read_from_who_has_it(title: str, abstract: str, disorder: str) -> None:
    from ipkg.extract import read_document
    from ipkg.extract.treated_condition import population_disorders

    annotated = read_document(Document("t.txt", title, abstract))[1]
    labels = {m.concept.label for s in annotated.sentences for m in s.mentions
              if m.concept.iri in population_disorders(annotated.sentences)}
    assert labels == {disorder}, labels


def test_a_harm_less_often_in_the_other_arm_stays_this_drugs() -> None:
    found = _findings("Midazolam compared with thiopentone as an induction agent.",
                      "Patients were randomized to midazolam or thiopentone. Apnoea occurred less often in the "
                      "midazolam group than in the thiopentone group.")
    assert "apnea" in _harms(found, "thiopental"), found


def test_a_lower_risk_with_the_arm_leaves_the_comparators_harm() -> None:
    from ipkg.extract import read_document
    from ipkg.extract.harm_arm import without_other_arms_harms
    from ipkg.models import Finding

    text = "Our results indicated a significantly lower risk of tardive dyskinesia with olanzapine than with haloperidol."
    annotated = read_document(Document("t.txt", "Olanzapine versus haloperidol.", text))[1]
    sentence = annotated.sentences[-1]
    concepts = {m.concept.label: m.concept for m in sentence.mentions}
    harm = Finding(concepts["haloperidol"], "hasAdverseEffect", concepts["tardive dyskinesia"], sentence.text,
                   sentence.passage, sentence.start, sentence.end)
    assert without_other_arms_harms(annotated, [harm]) == (harm,)
    near_miss = text.replace("a significantly lower risk of", "more")
    annotated = read_document(Document("t.txt", "Olanzapine versus haloperidol.", near_miss))[1]
    sentence = annotated.sentences[-1]
    harm = Finding(concepts["haloperidol"], "hasAdverseEffect", concepts["tardive dyskinesia"], sentence.text,
                   sentence.passage, sentence.start, sentence.end)
    assert without_other_arms_harms(annotated, [harm]) == ()


def test_a_harm_of_both_groups_is_left_alone() -> None:
    title = "Adjunctive topiramate or bupropion for weight gain."
    sentence = ("Weight loss was experienced by patients in both groups (mean weight loss was 1.2 kg in bupropion and "
                "5.8 kg in topiramate).")
    assert _arm_kept(title, sentence, "topiramate", "weight loss")
    near_miss = "Weight loss was experienced by patients in the bupropion group."
    assert not _arm_kept(title, near_miss, "topiramate", "weight loss")


def _arm_kept(title: str, sentence: str, subject: str, harm: str) -> bool:
    """Whether the asserted harm ``harm`` of ``subject`` (concept labels, any case), stated by the abstract's one sentence, stays
    after :func:`~ipkg.extract.harm_arm.without_other_arms_harms` (the finding is made here, not by the readers)."""
    from ipkg.extract import read_document
    from ipkg.extract.harm_arm import without_other_arms_harms
    from ipkg.models import Finding

    annotated = read_document(Document("t.txt", title, sentence))[1]
    concepts = {m.concept.label.lower(): m.concept for s in annotated.sentences for m in s.mentions}
    last = annotated.sentences[-1]
    finding = Finding(concepts[subject], "hasAdverseEffect", concepts[harm], last.text, last.passage, last.start,
                      last.end)
    return without_other_arms_harms(annotated, [finding]) == (finding,)


def test_a_harm_is_given_to_an_arm_of_its_own_clause_only() -> None:
    title = "Bupropion and trazodone."
    sentence = "Nausea was reported more often, whereas insomnia was reported more often for the trazodone group."
    assert _arm_kept(title, sentence, "bupropion", "nausea")
    assert not _arm_kept(title, sentence.replace("often, whereas", "often and"), "bupropion", "nausea")
