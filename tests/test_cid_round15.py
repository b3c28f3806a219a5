"""CID round 15 (session 16, issue 12; docs/findings.md section 8o): the learned model states no adverse effect that
is the population's own disorder (named across a slash, in a list of diagnoses, or by a broader name of the studied
setting), an improvement, a yardstick, or a disease another chemical was stopped for; ``train_cid.reset_fits``.
Self-written sentences; the concepts are given (not grounded), so that only the guards are tested.
"""

from __future__ import annotations

from ipkg.extract import train_cid
from ipkg.extract.annotate import AnnotatedDocument, annotate
from ipkg.extract.cid_model import guarded_candidates
from ipkg.extract.findings import candidate_findings
from ipkg.models import Concept, Document, Mention, StudyPico

OBO = "http://purl.obolibrary.org/obo/"
METHYLPHENIDATE = Concept(OBO + "CHEBI_6887", "methylphenidate", "Intervention")
HYPERKINESIS = Concept(OBO + "HP_0000752", "Hyperkinesis", "Phenotype")
CLOZAPINE = Concept(OBO + "CHEBI_3766", "clozapine", "Intervention")
OLANZAPINE = Concept(OBO + "CHEBI_7735", "olanzapine", "Intervention")
PSYCHOSIS = Concept(OBO + "MONDO_0005277", "psychotic disorder", "Disorder")
SCHIZOPHRENIA = Concept(OBO + "MONDO_0005090", "schizophrenia", "Disorder")
NEUTROPENIA = Concept(OBO + "MONDO_0001475", "neutropenia", "Disorder")
AMPHETAMINE = Concept(OBO + "CHEBI_4469", "(S)-amphetamine", "Intervention")
ISCHEMIC_STROKE = Concept(OBO + "MONDO_0005098", "ischemic stroke", "Disorder")
STROKE = Concept(OBO + "MONDO_0005098x", "stroke disorder", "Disorder")
GLYCINE = Concept(OBO + "CHEBI_15428", "glycine", "Intervention")
SYMPTOMS = Concept(OBO + "HP_0000708", "Neurobehavioral Manifestations", "Phenotype")
CARBAMAZEPINE = Concept(OBO + "CHEBI_3387", "carbamazepine", "Intervention")
WEIGHT_GAIN = Concept(OBO + "HP_0004324", "Weight Gain", "Phenotype")


def annotated_with(text: str, names: dict[str, Concept], title: str = "") -> AnnotatedDocument:
    """The document with a mention of each surface of ``names`` wherever it occurs in the title or the abstract."""
    mentions = []
    for passage, body in (("title", title), ("abstract", text)):
        for surface, concept in names.items():
            start = body.find(surface)
            while start >= 0:
                mentions.append(Mention(passage, start, start + len(surface), surface, concept))
                start = body.find(surface, start + 1)
    return annotate(Document("t.txt", title, text), sorted(mentions))


def _pairs(text: str, names: dict[str, Concept], title: str = "", pico: StudyPico | None = None
           ) -> set[tuple[str, str]]:
    """(chemical, disease) of every candidate the guards let through (the model's decision always yes); each
    surface of ``names`` is a mention of its concept wherever it occurs in the title or the abstract."""
    annotated = annotated_with(text, names, title)
    return {(c.label, d.label) for c, d, _, _ in guarded_candidates(
        annotated, candidate_findings(annotated), (), pico, lambda f: True)}


def test_a_population_named_across_a_slash_is_no_effect() -> None:
    names = {"methylphenidate": METHYLPHENIDATE, "hyperactivity": HYPERKINESIS}
    text = ("A long-acting form of methylphenidate was developed. It is given to children with attention "
            "deficit/hyperactivity disorder in one dose a day.")
    trial = "Efficacy of a long-acting stimulant"  # (CID round 18) the population's guard stands in a treatment study
    assert ("methylphenidate", "Hyperkinesis") not in _pairs(text, names, trial)
    caused = "A long-acting form of methylphenidate was developed. It caused hyperactivity in two children."
    assert ("methylphenidate", "Hyperkinesis") in _pairs(caused, names, trial)


def test_a_list_of_the_patients_diagnoses_is_no_effect() -> None:
    names = {"clozapine": CLOZAPINE, "psychosis": PSYCHOSIS, "schizophrenia": SCHIZOPHRENIA}
    text = ("Patients had diagnoses of schizophrenia, bipolar disorder, or atypical psychosis. Eleven patients "
            "worsened while receiving clozapine, and the psychosis returned in five.")
    trial = "Efficacy of an atypical antipsychotic in a state hospital"  # (CID round 18) a treatment study
    assert ("clozapine", "psychotic disorder") not in _pairs(text, names, trial)
    # a diagnosis as an act, and a list that turns into a cause, name no population
    act = "The need for early diagnosis of clozapine psychosis is stressed. Eleven patients had psychosis."
    assert ("clozapine", "psychotic disorder") in _pairs(act, names, trial)
    cause = "Patients had diagnoses of psychosis induced by clozapine. Eleven patients had psychosis."
    assert ("clozapine", "psychotic disorder") in _pairs(cause, names, trial)


def test_a_broader_name_of_the_studied_setting_is_no_effect() -> None:
    names = {"dexamphetamine": AMPHETAMINE, "ischemic stroke": ISCHEMIC_STROKE, "stroke": STROKE}
    title = "Safety of dexamphetamine in acute ischemic stroke"
    pico = StudyPico(interventions=(AMPHETAMINE,), conditions=(ISCHEMIC_STROKE,))
    text = ("Follow-up visits were made at three months after stroke. Blood pressure rose with dexamphetamine "
            "compared with placebo.")
    assert ("(S)-amphetamine", "stroke disorder") not in _pairs(text, names, title, pico)
    # unless a sentence says the drug induced it, or the condition was an outcome watched, not the setting
    induced = "A dexamphetamine-induced stroke occurred in one patient."
    assert ("(S)-amphetamine", "stroke disorder") in _pairs(induced, names, title, pico)
    outcome = "Safety of dexamphetamine and the development of ischemic stroke"
    assert ("(S)-amphetamine", "stroke disorder") in _pairs(text, names, outcome, pico)


def test_an_improvement_of_the_condition_is_no_effect() -> None:
    names = {"glycine": GLYCINE, "cognitive symptoms": SYMPTOMS}
    plural = ("Significant improvements in negative and cognitive symptoms were seen in patients receiving "
              "glycine.")
    assert not _pairs(plural, names)
    verb = "Glycine was given for six weeks. Significant improvements were also induced in cognitive symptoms."
    assert not _pairs(verb, names)
    assert _pairs("New cognitive symptoms developed in four patients given glycine.",
                  names) == {("glycine", "Neurobehavioral Manifestations")}


def test_a_yardstick_is_no_effect() -> None:
    names = {"carbamazepine": CARBAMAZEPINE, "weight gain": WEIGHT_GAIN}
    assert not _pairs("Oral carbamazepine was minimally toxic as measured by weight gain.", names)
    assert _pairs("Oral carbamazepine caused weight gain in the rats.", names) == {("carbamazepine", "Weight Gain")}


def test_a_disease_another_chemical_was_stopped_for_is_that_chemicals() -> None:
    names = {"olanzapine": OLANZAPINE, "clozapine": CLOZAPINE, "neutropenia": NEUTROPENIA}
    text = ("No blood dyscrasias were observed in olanzapine-treated patients, including those who had "
            "discontinued clozapine because of treatment-associated neutropenia.")
    found = _pairs(text, names)
    assert ("olanzapine", "neutropenia") not in found and ("clozapine", "neutropenia") in found
    # what a drug was stopped for is its harm, not what it was given for
    stopped = "Olanzapine was given to 40 patients, 12 of whom had stopped clozapine because of neutropenia."
    assert _pairs(stopped, names) == {("clozapine", "neutropenia")}


def test_reset_fits_forgets_the_trees_fitted() -> None:
    train_cid._TREES_OF[0] = ([], None)  # type: ignore[assignment]
    train_cid.reset_fits()
    assert not train_cid._TREES_OF
