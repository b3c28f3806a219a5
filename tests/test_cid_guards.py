"""Guards of the CID model's candidates (issue 12): an evidence sentence that states a gap in knowledge says what
was asked, not what was found (the wording of dev abstract 20719303's background)."""

from __future__ import annotations

from ipkg.extract.annotate import annotate
from ipkg.extract.cid_model import guarded_candidates
from ipkg.extract.findings import candidate_findings
from ipkg.models import Concept, Document, Mention, StudyPico

OBO = "http://purl.obolibrary.org/obo/"
ENDOTOXIN = Concept(OBO + "CHEBI_23939", "endotoxins", "Intervention")
DEPRESSION = Concept(OBO + "MONDO_0002050", "depressive disorder", "Disorder")


def _pairs(text: str) -> set[tuple[str, str]]:
    lower = text.lower()
    mentions = sorted(Mention("abstract", lower.index(t), lower.index(t) + len(t), t, c)
                      for t, c in (("endotoxin", ENDOTOXIN), ("depression", DEPRESSION)))
    annotated = annotate(Document("t.txt", "", text), mentions)
    return {(c.label, d.label) for c, d, _, _ in guarded_candidates(
        annotated, candidate_findings(annotated), (), None, lambda f: True)}


def test_a_gap_in_knowledge_is_no_evidence_of_an_effect() -> None:
    gap = ("Although inflammatory activity is known to play a role in depression, no work has examined whether "
           "experimentally induced systemic inflammation by endotoxin alters neural activity.")
    assert not _pairs(gap)
    found = "Depression developed in five subjects after endotoxin was given."
    assert _pairs(found) == {("endotoxins", "depressive disorder")}


def test_a_hedged_sentence_that_does_not_name_the_chemical_is_no_evidence() -> None:
    hedged = "Endotoxin was given to all subjects. Heterogeneity may be related to variations such as depression."
    assert not _pairs(hedged)
    stated = "Endotoxin was given to all subjects. Heterogeneity was related to variations such as depression."
    assert _pairs(stated) == {("endotoxins", "depressive disorder")}
    # a hedged sentence naming both stays a candidate (the model and its threshold decide)
    assert _pairs("Endotoxin may cause depression.") == {("endotoxins", "depressive disorder")}


def test_what_an_effect_acts_on_is_no_adverse_effect() -> None:
    assert not _pairs("The greater effects of endotoxin than of placebo on the symptoms of depression were large.")
    assert _pairs("The effects of endotoxin included depression.") == {("endotoxins", "depressive disorder")}


def test_the_chemical_kind_features_name_a_kind_never_a_drug() -> None:
    from ipkg.extract.cid_model import _chemical_kind

    assert _chemical_kind(ENDOTOXIN) == {"CNS:CHEBI", "CLAST:-"}
    agent = Concept(OBO + "CHEBI_35476", "antipsychotic agent", "Intervention")
    therapy = Concept("http://id.nlm.nih.gov/mesh/D007165", "Immunosuppression Therapy", "Intervention")
    assert _chemical_kind(agent) == {"CNS:CHEBI", "CLAST:agent"}
    assert _chemical_kind(therapy) == {"CNS:id.nlm.nih.gov", "CLAST:therapy"}


HALOPERIDOL = Concept(OBO + "CHEBI_5613", "haloperidol", "Intervention")
CATALEPSY = Concept(OBO + "MONDO_0000001", "catalepsy", "Disorder")


def _haloperidol_pairs(text: str, pico: StudyPico | None = None, title: str = "") -> dict[tuple[str, str], str]:
    """(chemical, disease) -> the role of the evidence sentence, of every candidate the guards let through (no
    mention in ``title``)."""
    mentions = []
    for surface, concept in (("haloperidol", HALOPERIDOL), ("catalepsy", CATALEPSY)):
        start = text.lower().find(surface)
        while start >= 0:
            mentions.append(Mention("abstract", start, start + len(surface), text[start:start + len(surface)], concept))
            start = text.lower().find(surface, start + 1)
    annotated = annotate(Document("t.txt", title, text), sorted(mentions))
    return {(c.label, d.label): s.role or "" for c, d, _, s in guarded_candidates(
        annotated, candidate_findings(annotated), (), pico, lambda f: True)}


def test_a_method_naming_both_is_the_evidence_when_no_other_sentence_is() -> None:
    # animal models state the induced disease in their methods only: that sentence is cited, the model decides
    text = ("The aim of this study was to examine striatal dopamine release in rats. Catalepsy was induced in male "
            "Wistar rats by haloperidol (1 mg/kg, i.p.) and measured with the bar test. Striatal dopamine release "
            "fell by 40% in the treated rats.")
    assert _haloperidol_pairs(text) == {("haloperidol", "catalepsy"): "methods"}
    # a results sentence naming both is still preferred; a method naming the disease alone is no evidence
    assert _haloperidol_pairs(text + " Catalepsy after haloperidol lasted two hours.") == {
        ("haloperidol", "catalepsy"): "conclusions"}
    alone = ("The aim of this study was to examine haloperidol in rats. Catalepsy was measured with the bar test in "
             "male Wistar rats. Striatal dopamine release fell by 40% in the treated rats.")
    assert _haloperidol_pairs(alone) == {}


def test_a_tested_drug_is_a_cause_of_its_condition_only_when_said_to_induce_it() -> None:
    tested = StudyPico(interventions=(HALOPERIDOL,), conditions=(CATALEPSY,))
    plain = "Catalepsy was scored in all rats given haloperidol."
    trial = "Efficacy of a new drug in rats"  # (CID round 18) the tested pair's guard stands in a treatment study
    assert _haloperidol_pairs(plain) and not _haloperidol_pairs(plain, tested, trial)
    for induced in ("Haloperidol-induced catalepsy lasted two hours.", "Catalepsy induced by haloperidol lasted two hours."):
        assert set(_haloperidol_pairs(induced, tested, trial)) == {("haloperidol", "catalepsy")}


def test_the_evidence_is_the_first_sentence_no_guard_refuses() -> None:
    denied = "At one week, catalepsy scores did not differ between haloperidol and saline groups (p = 0.40)."
    stated = "In the treated rats, catalepsy developed within an hour of haloperidol."
    found = _haloperidol_pairs(f"{denied} {stated}")
    assert set(found) == {("haloperidol", "catalepsy")}
    assert not _haloperidol_pairs(f"{denied} Haloperidol was given for two weeks without catalepsy.")


def test_a_disease_named_as_another_chemicals_doing_is_no_evidence(grounder) -> None:  # type: ignore[no-untyped-def]
    from ipkg.extract.cid_evidence import _induced_by_other
    from ipkg.extract.mentions import extract_mentions

    def refuted(text: str, chemical: str, disease: str) -> bool:
        doc = Document("t.txt", "", text)
        sentence = next(s for s in annotate(doc, *extract_mentions(doc, grounder)).sentences if s.passage == "abstract")
        concepts = {m.text.lower(): m.concept for m in sentence.mentions}
        return _induced_by_other(sentence, concepts[chemical], concepts[disease])

    enhanced = "The diazepam enhancement of adrenaline-induced reflex bradycardia was antagonized by picrotoxin."
    assert refuted(enhanced, "diazepam", "bradycardia") and not refuted(enhanced, "adrenaline", "bradycardia")
    challenged = "Catalepsy induced by haloperidol was reduced by ketamine."
    assert refuted(challenged, "ketamine", "catalepsy") and not refuted(challenged, "haloperidol", "catalepsy")
    # two chemicals named together both induced it
    assert not refuted("Carbamazepine- and phenytoin-induced rash was seen in 4 patients.", "carbamazepine", "rash")
    assert not refuted("Rash induced by carbamazepine and phenytoin was seen in 4 patients.", "phenytoin", "rash")


ANTIDEPRESSANT = Concept(OBO + "CHEBI_35469", "antidepressant", "Intervention")
ANTIHYPERTENSIVE = Concept(OBO + "CHEBI_35674", "antihypertensive agent", "Intervention")
HYPERTENSION = Concept(OBO + "MONDO_0005044", "hypertensive disorder", "Disorder")
MANIA = Concept(OBO + "HP_0100754", "Mania", "Phenotype")


def test_what_a_class_is_named_for_is_no_adverse_effect() -> None:
    from ipkg.extract.cid_evidence import named_for

    assert named_for(ANTIDEPRESSANT, DEPRESSION) and named_for(ANTIHYPERTENSIVE, HYPERTENSION)
    assert not named_for(ANTIDEPRESSANT, MANIA)  # antidepressant-induced mania is an adverse effect
    assert not named_for(ENDOTOXIN, DEPRESSION) and not named_for(ANTIDEPRESSANT, HYPERTENSION)
    # a self-written sentence: the class and the disease it treats are no candidate; the class and mania are
    text = "Depression and mania were frequent among users of an antidepressant."
    lower = text.lower()
    mentions = sorted(Mention("abstract", lower.index(t), lower.index(t) + len(t), t, c)
                      for t, c in (("depression", DEPRESSION), ("mania", MANIA), ("antidepressant", ANTIDEPRESSANT)))
    annotated = annotate(Document("t.txt", "", text), mentions)
    found = {(c.label, d.label) for c, d, _, _ in guarded_candidates(
        annotated, candidate_findings(annotated), (), None, lambda f: True)}
    assert found == {("antidepressant", "Mania")}


def test_a_chemical_named_only_as_what_prevented_an_effect_causes_nothing() -> None:
    # the disease second: a first sentence that does not name the chemical is background, no evidence
    frequent = " In the rats, depression was frequent."
    blocker = "The effects of the compound were prevented by pretreatment with endotoxin." + frequent
    assert not _pairs(blocker)
    given = "The effects of the compound followed pretreatment with endotoxin." + frequent
    assert _pairs(given) == {("endotoxins", "depressive disorder")}



def test_a_disease_the_chemical_is_said_to_manage_is_no_evidence_of_an_effect() -> None:
    assert not _pairs("We review the potential therapeutic role of endotoxin in managing depression.")
    assert not _pairs("Endotoxin was studied for treating depression in older rats.")
    # a disease that followed the chemical still stands
    assert _pairs("Depression developed in older rats after endotoxin was given.") == {
        ("endotoxins", "depressive disorder")}


def test_arms_found_alike_are_no_evidence_of_an_effect() -> None:
    assert not _pairs("The incidence of depression was no different with endotoxin than with placebo.")
    assert not _pairs("Rates of depression were similar for endotoxin, saline and placebo.")
    assert not _pairs("Rates of depression after endotoxin were similar between the 2 groups.")
    assert _pairs("Rates of depression were higher after endotoxin than after saline.") == {
        ("endotoxins", "depressive disorder")}


def test_a_disease_ruled_out_or_likened_to_is_no_evidence_of_an_effect() -> None:
    assert not _pairs("A biopsy was done after endotoxin to exclude depression or anxiety.")
    assert not _pairs("The changes after endotoxin were similar to those reported in depression.")
    # only the disease named after "exclude" is ruled out
    assert _pairs("Depression developed after endotoxin, and a biopsy was done to exclude anxiety.") == {
        ("endotoxins", "depressive disorder")}


def test_because_of_names_what_a_drug_was_given_for() -> None:
    assert not _pairs("Therapy with endotoxin was started because of depression.")
    # a cause between the two is no indication
    assert _pairs("Endotoxin was stopped because it caused depression.") == {("endotoxins", "depressive disorder")}


def test_a_disease_no_one_had_or_that_was_relieved_is_no_evidence_of_an_effect() -> None:
    assert not _pairs("None of the animals that received endotoxin or saline developed severe depression.")
    assert not _pairs("No patient given endotoxin had depression.")
    assert _pairs("The patient given endotoxin had depression.") == {("endotoxins", "depressive disorder")}
    assert not _pairs("After endotoxin was given, the resolution of depression was complete.")
    assert not _pairs("The diagnosis rests on the exclusion of other entities, such as depression, after endotoxin.")
    assert not _pairs("We report the effectiveness of endotoxin on stress-induced depression in humans.")


def test_the_better_arm_and_a_disease_that_went_away_with_the_chemical_are_no_evidence() -> None:
    assert not _pairs("Depression was significantly lower after endotoxin (0%) than after saline (22%).")
    assert _pairs("Depression was significantly lower after saline (0%) than after endotoxin (22%).") == {
        ("endotoxins", "depressive disorder")}
    assert not _pairs("The depression resolved after therapy with endotoxin, but recurred a year later.")
    # going away after the withdrawal is evidence that the chemical caused it
    assert _pairs("The depression resolved after withdrawal of endotoxin.") == {("endotoxins", "depressive disorder")}



def test_background_that_does_not_name_the_chemical_is_no_evidence() -> None:
    known = "BACKGROUND: Catalepsy has many causes."
    assert not _haloperidol_pairs(known + " RESULTS: Rats were given haloperidol.")  # the field's topic
    assert set(_haloperidol_pairs(known + " RESULTS: Rats were given haloperidol and developed catalepsy.")) == {
        ("haloperidol", "catalepsy")}
    # background that names the chemical stays a candidate (the model decides)
    assert _haloperidol_pairs("BACKGROUND: Haloperidol causes catalepsy. RESULTS: Rats were given saline.") == {
        ("haloperidol", "catalepsy"): "background"}


def test_a_contrast_or_a_drug_referred_back_to_keeps_the_evidence() -> None:
    contrast = "No patients receiving saline had side effects, while 1 patient receiving endotoxin developed depression."
    assert _pairs(contrast) == {("endotoxins", "depressive disorder")}
    given = " METHODS: Rats were given endotoxin."
    assert _pairs("BACKGROUND: This drug is known to induce depression." + given) == {
        ("endotoxins", "depressive disorder")}
    assert not _pairs("BACKGROUND: Stress is known to induce depression." + given)
