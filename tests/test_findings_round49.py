"""Round 49 (issue 12): more wordings of the population's disorder for the learned model's harms ("children with
attention deficit/hyperactivity disorder", "patients treated for bipolar disorder", "comorbid depression", "a
44-year-old man with"), and the treatment that only describes a study's people ("patients with Parkinson's disease
treated with pergolide") as no finding of its sentence.

Self-written sentences and short abstracts in the style of the Cohen 2006 psychiatric drug trials, with near misses."""

from __future__ import annotations

import pytest

from ipkg.extract.population_treatment import population_drug_at
from ipkg.extract import extract_document
from ipkg.models import Document

from tests.test_findings_round43 import _findings
from tests.test_findings_round45 import _treats


def _population(title: str, abstract: str) -> set[str]:
    """The labels of the mentions :func:`population_disorders` reads as the people's disorders."""
    from ipkg.extract import read_document
    from ipkg.extract.treated_condition import population_disorders

    annotated = read_document(Document("t.txt", title, abstract))[1]
    population = population_disorders(annotated.sentences)
    return {m.concept.label for s in annotated.sentences for m in s.mentions if m.concept.iri in population}


@pytest.mark.parametrize(("abstract", "label"), [
    ("Twenty children with attention deficit/hyperactivity disorder took part in a trial of methylphenidate.",
     "Hyperkinesis"),
    ("Among patients treated for bipolar disorder, lithium was compared with divalproex.", "bipolar disorder"),
    ("Secondary analyses compared the change in positive symptoms and comorbid depression.", "depressive disorder"),
    ("A 44-year-old man with schizoaffective disorder was given olanzapine.", "schizoaffective disorder"),
])
def test_more_wordings_of_the_population_disorder(abstract: str, label: str) -> None:
    assert label in _population("A drug trial.", abstract)


@pytest.mark.parametrize("abstract", [
    "Hyperactivity was rated by the teachers after methylphenidate.",
    "Patients with weight gain on olanzapine were counselled.",
    "Twenty patients with olanzapine-induced diabetes were studied.",
])
def test_a_harm_is_no_population_disorder(abstract: str) -> None:
    """A phenotype that ends no disorder's name, and a state a drug brought about, stay open to be harms."""
    assert not _population("A drug trial.", abstract) & {"Hyperkinesis", "Weight Gain", "diabetes mellitus"}


def test_a_drug_developed_for_the_population_does_not_worsen_its_disorder() -> None:
    from ipkg.extract.treated_condition import _WORSENING

    assert not _WORSENING.search("The drug has been developed for use in children with ADHD.")
    assert _WORSENING.search("Two patients developed diabetes on olanzapine.")


@pytest.mark.parametrize(("abstract", "drug", "disorder"), [
    ("Valvular heart abnormalities have been reported in patients with Parkinson's disease treated with pergolide.",
     "pergolide", "parkinson"),
    ("Many of our schizophrenic patients treated with clozapine request weekly blood monitoring to end.",
     "clozapine", "schizophrenia"),
    ("Extrapyramidal symptom profiles were compared in schizophrenic patients treated with either olanzapine or "
     "haloperidol.", "haloperidol", "schizophrenia"),
])
def test_the_people_s_treatment_is_no_finding(abstract: str, drug: str, disorder: str) -> None:
    found = _findings("A study of a drug's people.", abstract)
    assert not _treats(found, drug, disorder), found


def test_an_outcome_keeps_the_people_s_treatment() -> None:
    """The sentence states what the drug did: "improved" keeps "schizophrenic patients treated with clozapine"."""
    found = _findings("Clozapine in chronic schizophrenia.",
                      "Schizophrenic patients treated with clozapine improved significantly over six weeks.")
    assert _treats(found, "clozapine", "schizophrenia"), found


def test_a_drug_outside_the_people_phrase_is_no_population_drug() -> None:
    text = "Patients treated with pergolide had valve disease; PD was mild."
    assert not population_drug_at(text, (22, 31), (51, 53), [])
    text = "PD patients treated with pergolide and cabergoline were studied."
    assert population_drug_at(text, (39, 50), (0, 2), [(25, 34)])
    assert not population_drug_at("PD patients were then switched to pergolide.", (34, 43), (0, 2), [])


_COCAINE = ("Noradrenergic signaling is critical for cocaine-induced anxiety in mice.",
            "Cocaine dose-dependently increased anxiety in control mice. Cocaine-induced anxiety was attenuated in "
            "mice following administration of disulfiram. Propranolol blocked cocaine-induced anxiety in wild-type "
            "mice.")


def _harm_sentences(title: str, abstract: str, drug: str, harm: str) -> list[str]:
    found = extract_document(Document("t.txt", title, abstract)).findings
    return [f.evidence for f in found if f.predicate == "hasAdverseEffect" and not f.negated
            and f.subject.label.lower() == drug and f.obj is not None and f.obj.label.lower() == harm]


def test_a_model_inducer_restated_beside_its_blockers_states_its_harm_once() -> None:
    sentences = _harm_sentences(*_COCAINE, "cocaine", "anxiety")
    assert len(sentences) == 1, sentences
    assert not any("blocked" in s or "attenuated" in s for s in sentences), sentences


def test_a_harm_named_once_stays() -> None:
    """The first sentence that states the harm keeps it, even beside a blocker."""
    sentences = _harm_sentences("A study in mice.", "Propranolol blocked cocaine-induced anxiety in wild-type mice.",
                                "cocaine", "anxiety")
    assert len(sentences) == 1, sentences


def test_a_harm_restated_as_a_result_without_a_blocker_stays() -> None:
    sentences = _harm_sentences("A study in mice.", "Cocaine-induced anxiety was high in the maze. Cocaine-induced anxiety was "
                                "stronger in females than in males.", "cocaine", "anxiety")
    assert len(sentences) == 2, sentences


def test_a_harm_named_as_another_drug_s_is_not_the_compared_drugs() -> None:
    from ipkg.extract import read_document
    from ipkg.extract.induced_harms import without_others_induced_harms
    from ipkg.models import Finding

    text = "Prevention of sevoflurane related emergence agitation in children: a comparison of dexmedetomidine and propofol"
    annotated = read_document(Document("t.txt", text, "Children were randomized to two drugs."))[1]
    mentions = {m.concept.label.lower(): m.concept for s in annotated.sentences for m in s.mentions}
    harm = next(c for label, c in mentions.items() if "agitation" in label or "delirium" in label)
    own = Finding(mentions["sevoflurane"], "hasAdverseEffect", harm, text, "title", 0, len(text))
    other = Finding(mentions["propofol"], "hasAdverseEffect", harm, text, "title", 0, len(text))
    assert without_others_induced_harms(annotated, [own, other]) == (own,)


def test_drugs_coordinated_before_a_verb_of_inducing_keep_their_harm() -> None:
    """"both ketamine and morphine induced analgesia and catalepsy": "induced" is a verb of both, no compound."""
    from ipkg.extract.induced_harms import _OWNER

    assert not _OWNER.fullmatch("both ketamine and morphine induced analgesia and ", 26)
    assert _OWNER.fullmatch("morphine-induced analgesia and ", 8)
    assert _OWNER.fullmatch("sevoflurane related emergence ", 11)
