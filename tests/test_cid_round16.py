"""CID round 16 (session 18, issue 12; docs/findings.md section 8q): a sentence that names the disease as this
chemical's doing ("Z on X-induced D", "D induced by X", "X-associated D", "X nephrotoxicity") is not refuted as a
measure, an acted-on condition or an aim, keeps a disorder that also names the population, and lifts the tested
pair's guard. Self-written sentences; the concepts are given
(not grounded), so that only the guards and features are tested.
"""

from __future__ import annotations

from ipkg.extract.annotate import Sentence
from ipkg.extract.cid_evidence import induced_by_this, refutes
from ipkg.models import Concept, StudyPico
from tests.test_cid_round15 import _pairs
from tests.test_cid_round15 import annotated_with as _annotated

OBO = "http://purl.obolibrary.org/obo/"
ISOPROTERENOL = Concept(OBO + "CHEBI_64317", "isoprenaline", "Intervention")
HAWTHORN = Concept(OBO + "CHEBI_0000001", "hawthorn extract", "Intervention")
INFARCTION = Concept(OBO + "MONDO_0005068", "myocardial infarction", "Disorder")
COCAINE = Concept(OBO + "CHEBI_27958", "cocaine", "Intervention")
MOOD = Concept(OBO + "MONDO_0002009", "mood disorder", "Disorder")
KETAMINE = Concept(OBO + "CHEBI_6121", "ketamine", "Intervention")
SCHIZOPHRENIA = Concept(OBO + "MONDO_0005090", "schizophrenia", "Disorder")
PSYCHOSIS = Concept(OBO + "HP_0000709", "Psychosis", "Phenotype")
AMPHOTERICIN = Concept(OBO + "CHEBI_2682", "amphotericin B", "Intervention")
NEPHROTOXICITY = Concept(OBO + "MONDO_0005240", "kidney disorder", "Disorder")


def _sentence(text: str, names: dict[str, Concept]) -> Sentence:
    """The abstract's first sentence, its mentions those of ``names``."""
    return next(s for s in _annotated(text, names).sentences if s.passage == "abstract")


def test_what_another_agent_did_to_this_chemicals_disease_does_not_refute_it() -> None:
    names = {"isoproterenol": ISOPROTERENOL, "hawthorn extract": HAWTHORN, "myocardial infarction": INFARCTION}
    acted_on = _sentence("We studied the protective effect of hawthorn extract on isoproterenol-induced myocardial "
                         "infarction in rats.", names)
    assert induced_by_this(acted_on, ISOPROTERENOL, INFARCTION)
    assert not refutes(acted_on, ISOPROTERENOL, INFARCTION)
    after = _sentence("We assessed the effect of hawthorn extract on myocardial infarction induced by isoproterenol.",
                      names)
    assert not refutes(after, ISOPROTERENOL, INFARCTION)
    # the agent that acted on it is still refuted, and so is a sentence where nothing joins the two
    assert refutes(acted_on, HAWTHORN, INFARCTION)
    plain = _sentence("We studied the effect of hawthorn extract on myocardial infarction after isoproterenol.", names)
    assert not induced_by_this(plain, ISOPROTERENOL, INFARCTION)
    assert refutes(plain, ISOPROTERENOL, INFARCTION)


def test_a_toxicity_named_with_the_chemical_is_its_doing() -> None:
    names = {"amphotericin B": AMPHOTERICIN, "nephrotoxicity": NEPHROTOXICITY}
    assert induced_by_this(_sentence("Sodium status influences chronic amphotericin B nephrotoxicity in rats.", names),
                           AMPHOTERICIN, NEPHROTOXICITY)
    assert not induced_by_this(_sentence("Nephrotoxicity was monitored during amphotericin B therapy.", names),
                               AMPHOTERICIN, NEPHROTOXICITY)


def test_a_population_disorder_named_as_this_chemicals_doing_stays() -> None:
    names = {"cocaine": COCAINE, "mood disorder": MOOD}
    text = ("We compared outpatients with cocaine-induced mood disorder and outpatients with another mood disorder. "
            "Symptoms were rated weekly.")
    trial = "Treatment of mood symptoms in outpatients"  # (CID round 18) the population's guard: a treatment study
    assert ("cocaine", "mood disorder") in _pairs(text, names, trial)
    population = ("We compared outpatients with mood disorder who used cocaine and outpatients who did not. Symptoms "
                  "were rated weekly.")
    assert ("cocaine", "mood disorder") not in _pairs(population, names, trial)


def test_the_cue_must_join_this_chemical_to_this_disease() -> None:
    names = {"ketamine": KETAMINE, "psychosis": PSYCHOSIS, "schizophrenic": SCHIZOPHRENIA}
    text = "We measured ketamine-induced psychosis in schizophrenic patients. Ratings rose in eight."
    pairs = _pairs(text, names, "Efficacy of an antipsychotic")  # (CID round 18) a treatment study
    assert ("ketamine", "Psychosis") in pairs
    assert ("ketamine", "schizophrenia") not in pairs
    assert not induced_by_this(_sentence(text, names), KETAMINE, SCHIZOPHRENIA)


def test_the_tested_condition_stands_when_named_as_the_chemicals_doing() -> None:
    names = {"amphotericin B": AMPHOTERICIN, "nephrotoxicity": NEPHROTOXICITY}
    pico = StudyPico(interventions=(AMPHOTERICIN,), conditions=(NEPHROTOXICITY,))
    title = "Sodium status influences chronic amphotericin B nephrotoxicity in rats"
    text = "Rats received amphotericin B for three weeks. Nephrotoxicity was less severe on a high sodium diet."
    assert ("amphotericin B", "kidney disorder") in _pairs(text, names, title, pico)
    plain = "Sodium status and amphotericin B in rats with nephrotoxicity"
    assert ("amphotericin B", "kidney disorder") not in _pairs(text, names, plain, pico)

