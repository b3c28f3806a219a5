"""Round 45's guards that its own tests left unexercised (review rev22): a challenge's nulls stay and a repeat
challenge is no probe, the probe is the drug named last before "as a probe" (:mod:`ipkg.extract.probe_agent`); a harm
study's condition may be its drug's harm (:mod:`ipkg.extract.treated_condition`), and ``read_study`` drops the learned
model's harm that is the population's disorder. Self-written sentences, each with the near miss that the guard
decides."""

from __future__ import annotations

from ipkg.extract.annotate import annotate
from ipkg.extract.probe_agent import without_probe_treatments
from ipkg.extract.treated_condition import harms_treated_condition
from ipkg.models import Concept, Document, Finding, Mention, StudyPico

DRUG = Concept("http://e.org/drug", "dexamethasone", "Intervention")
CORTISOL = Concept("http://e.org/cortisol", "cortisol", "Chemical")
DEPRESSION = Concept("http://e.org/depression", "depression", "Disorder")
LITHIUM = Concept("http://e.org/lithium", "lithium", "Intervention")


def _kept(text: str, findings: list[Finding]) -> tuple[Finding, ...]:
    """``without_probe_treatments`` over ``findings`` in the one-passage abstract ``text``, with a mention at every
    place the text names one of the concepts above (by its label, case as written)."""
    mentions = sorted((Mention("abstract", i, i + len(name), name, concept)
                       for concept in (DRUG, CORTISOL, DEPRESSION, LITHIUM) for name in (concept.label,)
                       for i in range(len(text)) if text.startswith(name, i)), key=lambda m: m.start)
    return without_probe_treatments(annotate(Document("a.txt", "", text), mentions), findings)


def _finding(text: str, predicate: str, obj: Concept, negated: bool = False, subject: Concept = DRUG) -> Finding:
    return Finding(subject, predicate, obj, text, "abstract", 0, len(text), negated=negated)


def test_a_challenge_keeps_its_nulls_and_loses_its_treatments() -> None:
    text = "Patients with depression underwent a dexamethasone challenge; cortisol after dexamethasone did not change."
    null = _finding(text, "decreases", CORTISOL, negated=True)
    treats = _finding(text, "treats", DEPRESSION)
    assert _kept(text, [null, treats]) == (null,)
    as_probe = text.replace("a dexamethasone challenge", "dexamethasone as a probe")
    assert _kept(as_probe, [_finding(as_probe, "decreases", CORTISOL, negated=True)]) == ()


def test_the_probe_is_the_drug_named_last_before_as_a_probe() -> None:
    text = "Patients maintained on lithium received dexamethasone as a probe; lithium did not relieve depression."
    lithium_null = _finding(text, "treats", DEPRESSION, negated=True, subject=LITHIUM)
    probe_null = _finding(text, "decreases", CORTISOL, negated=True)
    assert _kept(text, [lithium_null, probe_null]) == (lithium_null,)


def test_a_repeat_challenge_is_no_probe() -> None:
    text = "Depression returned on repeat challenge with dexamethasone."
    treats = _finding(text, "treats", DEPRESSION)
    assert _kept(text, [treats]) == (treats,)
    first = text.replace("repeat challenge", "challenge")
    assert _kept(first, [_finding(first, "treats", DEPRESSION)]) == ()


def test_a_harm_studys_condition_may_be_its_drugs_harm() -> None:
    anthracycline = Concept("http://e.org/doxorubicin", "doxorubicin", "Intervention")
    cardiomyopathy = Concept("http://e.org/cardiomyopathy", "cardiomyopathy", "Disorder")
    pico = StudyPico(interventions=(anthracycline,), conditions=(cardiomyopathy,))
    text = "Cardiomyopathy was seen in 5 of 40 patients after doxorubicin."
    harm = Finding(anthracycline, "hasAdverseEffect", cardiomyopathy, text, "abstract", 0, len(text))
    assert harms_treated_condition(harm, pico, treatment=True)
    assert not harms_treated_condition(harm, pico, treatment=False)


def test_read_study_drops_the_models_harm_that_is_the_populations_disorder() -> None:
    from ipkg.extract import extract_document

    found = extract_document(Document("t.txt", "Risperidone in the elderly.", "Patients with dementia were given "
                                      "risperidone. Adverse events with risperidone in dementia included somnolence."
                                      )).findings
    harms = {f.obj.label.lower() for f in found if f.predicate == "hasAdverseEffect" and f.obj is not None}
    assert "dementia" not in harms and "sleepiness" in harms, harms  # the model's other harm of the sentence stays


def test_a_harm_case_series_keeps_the_harm_that_came_after_the_drug() -> None:
    haloperidol = Concept("http://e.org/haloperidol", "haloperidol", "Intervention")
    dyskinesia = Concept("http://e.org/td", "tardive dyskinesia", "Disorder")
    population = frozenset({dyskinesia.iri})
    text = "Tardive dyskinesia appeared after long-term haloperidol treatment."
    harm = _finding(text, "hasAdverseEffect", dyskinesia, subject=haloperidol)
    assert not harms_treated_condition(harm, StudyPico(), population)
    rated = "Tardive dyskinesia was rated during haloperidol treatment."
    assert harms_treated_condition(_finding(rated, "hasAdverseEffect", dyskinesia, subject=haloperidol), StudyPico(),
                                   population)
