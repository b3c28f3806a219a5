"""Precision on unseen text (round 8, s7 issue 12; docs/findings.md 5g): "depression" in the sense of a lowering,
outlook sentences, hedges of suspicion, topic titles. Sentences from the round's READ sample (GutBrainIE training
parts and Bannach-Brown records never curated) or written for each rule, with near misses that must not match;
mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import candidate_findings, extract_findings
from ipkg.extract.mentions import extract_mentions
from ipkg.extract.relation_senses import is_lowering
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]


def _rows(text: str, title: str = "", found: bool = False) -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of every relation the abstract states (``found``: only
    those the study found, as the graph gets them)."""
    doc = Document("t.txt", title, text)
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    annotated = annotate(doc, mentions, abbreviations)
    findings = extract_findings(annotated) if found else candidate_findings(annotated)
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings}


# ---------------------------------------------------------------- "depression" for a lowered function
@pytest.mark.parametrize("sentence", [
    "Fluid resuscitation prevented the endotoxin-induced decrease in diastolic compliance without affecting "
    "systolic contractile depression.",
    "Vagotomy attenuated LPS-induced depression of general activity measured 2 h after treatment.",
    "Vagotomy attenuated the depression in social exploration induced by i.p. administration of IL-1 beta.",
    "Morphine caused respiratory depression in rats.",
])
def test_depression_of_a_function_is_no_disorder(sentence: str) -> None:
    assert not any("depress" in r[2] for r in _rows(sentence))


@pytest.mark.parametrize("sentence", [
    "Lipopolysaccharide induced depression in mice.",
    "Minocycline reduced depression in patients with low physical activity.",
    "Ketamine improved depression of the elderly.",
])
def test_depression_of_people_stays_the_disorder(sentence: str) -> None:
    assert any("depress" in r[2] for r in _rows(sentence))


def test_is_lowering_reads_only_the_word_depression() -> None:
    text = "respiratory depression and respiratory depressive symptoms"
    assert is_lowering(text, 12, 22)
    assert not is_lowering(text, 39, 49)  # "depressive" is not the word


# ---------------------------------------------------------------- an outlook is no finding
@pytest.mark.parametrize("sentence", [
    "Large double-blinded randomized controlled trials are needed to further elucidate the effect of fecal "
    "microbiota transplantation in neurological disorders.",
    "Several trials with fecal microbiota transplantation as treatment for Parkinson's disease are planned or "
    "ongoing.",
    "Our findings emphasise the relationship between metabolism and mental health, prompting further research into "
    "the mechanisms of action of probiotics in major depressive disorder treatment.",
])
def test_outlook_sentences_give_no_finding(sentence: str) -> None:
    assert _rows(sentence)  # the relation is read ...
    assert not _rows(sentence, found=True)  # ... but the study did not find it


def test_a_result_beside_an_outlook_word_is_kept() -> None:
    # "needed" without research, trials or studies before it states no outlook
    rows = _rows("Minocycline reduced interleukin-6, which is needed for microglial activation.", found=True)
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows


# ---------------------------------------------------------------- suspicion hedges
def test_suspected_to_be_involved_is_hedged() -> None:
    rows = _rows("The gut microbiota-brain axis is suspected to be involved in the development of Parkinson's "
                 "disease.")
    assert rows and all(r[4] for r in rows)
    rows = _rows("The gut microbiota-brain axis is involved in the development of Parkinson's disease.")
    assert rows and not any(r[4] for r in rows)


# ---------------------------------------------------------------- a title that names a topic
def test_topic_title_with_a_hedge_word_gives_nothing() -> None:
    title = ("Ancestral Food Sources Rich in Polyphenols and the Potential Influence of Polyphenols in the "
             "Management of Depression and Anxiety.")
    assert not _rows("", title=title, found=True)


def test_question_title_stays_hedged() -> None:
    rows = _rows("", title="Could polyphenols relieve depression?", found=True)
    assert rows and all(r[4] for r in rows)


# ---------------------------------------------------------------- the trigger nearest the object; effects of a target
def test_blocking_an_induction_lowers_and_the_inducer_raises() -> None:
    rows = _rows("Subdiaphragmatic vagotomy blocks induction of IL-1 beta mRNA in mice brain in response to "
                 "peripheral LPS.")
    assert ("Vagotomy", "decreases", "interleukin 1 beta", False, False) in rows
    assert ("lipopolysaccharide", "increases", "interleukin 1 beta", False, False) in rows
    assert not any(r[1] == "increases" and r[0] == "Vagotomy" for r in rows)


def test_a_verb_acting_on_a_change_without_article() -> None:
    assert ("minocycline", "decreases", "interleukin 6", False, False) in _rows("Minocycline blocked induction of IL-6.")


def test_acting_on_the_effects_of_a_target_does_not_change_it() -> None:
    rows = _rows("Vagotomy attenuates behavioural effects of interleukin-1 injected peripherally but not centrally.")
    assert not any(r[1] in ("increases", "decreases") for r in rows)
    # the target itself, or its own effect words after it, still changes
    assert ("ketamine", "decreases", "interleukin 6", False, False) in _rows("Ketamine reduced IL-6 effects.")


# ---------------------------------------------------------------- absence, components, signalling, relative clauses
def test_non_before_a_condition_names_its_absence() -> None:
    text = "Exercise reduced anxiety in non-depressed adults."
    assert not any("depress" in r[2] for r in _rows(text))
    assert any(r[2] == "Anxiety" or "anxiety" in r[2] for r in _rows(text))


def test_a_component_of_a_preparation_is_no_subject() -> None:
    rows = _rows("The compound inhalation liquid consisted of ligustrazin, baicalin and ginkgolide, has the "
                 "anti-asthmatic airway atopic inflammation, suggesting that it could cure asthma effectively.")
    assert not any(r[0] == "baicalin" for r in rows)
    assert any(r[0] == "baicalin" for r in _rows("Baicalin reduced airway inflammation in asthma."))


def test_a_drug_named_before_signalling_is_no_subject() -> None:
    rows = _rows("Minocycline and the estrogen signaling pathway reduced interleukin-6.")
    assert not any(r[0] == "estrogen" for r in rows)
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows


def test_an_object_inside_a_relative_clause_is_the_clause_noun_s() -> None:
    rows = _rows("AD, PD, LBD, and vitiligo have been linked with herpesvirus, which enters melanosomes and causes "
                 "apoptosis, and with gut dysbiosis.")
    assert not any(r[2] == "apoptotic process" for r in rows)
    # without the relative clause, the association stands
    rows = _rows("Alzheimer's disease has been linked with apoptosis.")
    assert ("Alzheimer disease", "associatedWith", "apoptotic process") in {r[:3] for r in rows}


def test_a_topic_put_as_subject_of_a_study_verb_is_no_finding() -> None:
    text = ("The role of macrophage (Kupffer cell) stimulation and suppression in the development of a toxic liver "
            "damage was studied in rats with acute hepatitis induced by paracetamol.")
    assert not any(r[1] in ("increases", "associatedWith") for r in _rows(text, found=True))
    # a result after the study verb is kept
    from ipkg.extract.outcomes import _NOT_FOUND

    assert _NOT_FOUND.search("The effects of minocycline on IL-6 were examined in rats.")
    assert not _NOT_FOUND.search("The effects of minocycline were examined, and minocycline reduced IL-6 in rats.")
    assert not _NOT_FOUND.search("Minocycline reduced IL-6, whose role was studied before.")


# ---------------------------------------------------------------- undone changes, other agents, agent links
def test_changes_listed_after_a_verb_of_undoing_are_undone() -> None:
    rows = _rows("Pretreatment with arketamine significantly prevented CRS-induced body weight loss, increased "
                 "immobility time of forced swimming test, and decreased sucrose preference in the male mice.")
    assert ("(R)-ketamine", "treats", "depressive disorder", False, False) in rows
    assert not any(r[1] == "hasAdverseEffect" and r[0] == "(R)-ketamine" for r in rows)
    # without the verb of undoing, the listed changes are the inducer's
    rows = _rows("Chronic restraint stress caused body weight loss, increased immobility time of forced swimming "
                 "test, and decreased sucrose preference; arketamine was given to mice.")
    assert not any(r[0] == "(R)-ketamine" for r in rows)
    rows = _rows("Arketamine caused body weight loss, increased immobility time of forced swimming test, and "
                 "decreased sucrose preference in mice.")
    assert ("(R)-ketamine", "hasAdverseEffect", "depressive disorder", False, False) in rows


def test_acting_on_another_agents_ability_is_no_relation() -> None:
    rows = _rows("Injection of amrinone significantly decreased the ability of JTT to prevent tumor cell metastasis.")
    assert not any(r[0] == "amrinone" for r in rows)
    assert ("amrinone", "treats", "neoplasm", False, False) in _rows(
        "Treatment with amrinone prevented tumor cell metastasis.")


def test_in_response_to_is_no_effect_of_the_intervention() -> None:
    rows = _rows("Adult hippocampal neurogenesis, a form of brain plasticity which is necessary for certain cognitive "
                 "functions, declines with age and is enhanced in response to exercise.")
    assert not any(r[1] == "actsThrough" for r in rows)


def test_a_relative_pronoun_far_after_the_target_stands_for_a_nearer_noun() -> None:
    rows = _rows("Peripheral activation of the kynurenine pathway by interferon-alpha leads to altered csf "
                 "concentrations of kynurenine and its metabolites which correlate with depression.")
    assert not any(r[1] == "associatedWith" and r[2] == "interferon alpha 2" for r in rows)
    # right after the target, the pronoun stands for it
    rows = _rows("Elevated interleukin-6, which correlates with depression, was found.")
    assert ("depressive disorder", "associatedWith", "interleukin 6") in {r[:3] for r in rows}
