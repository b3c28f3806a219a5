"""CID round 17 (session 19, issue 12; docs/findings.md section 8r): the evidence a guard or a gate refused that a
general reading lets stand. A procedure is no other chemical; a class of the chemical's names it; a background
sentence that opens with "Its" refers back to the drug; "Nephrotoxicity of X" is X's doing; a methods sentence that
tells what a case had and a title that names a harm's cause may cite a disease without naming the chemical.
Self-written sentences; the concepts are given (not grounded), so that only the guards and gates are tested.
"""

from __future__ import annotations

from dataclasses import replace

from ipkg.extract.annotate import Sentence
from ipkg.extract.cid_classes import load_classes, member_of
from ipkg.extract.cid_evidence import induced_by_this, model_finding_stands, names, refutes
from ipkg.extract.cid_procedures import is_procedure
from ipkg.models import Concept, Finding
from tests.test_cid_round15 import annotated_with as _annotated

OBO = "http://purl.obolibrary.org/obo/"
MESH = "http://id.nlm.nih.gov/mesh/"
TACROLIMUS = Concept(OBO + "CHEBI_61049", "tacrolimus (anhydrous)", "Intervention")
CYCLOSPORIN = Concept(OBO + "CHEBI_4031", "cyclosporin A", "Intervention")
TRANSPLANTATION = Concept(MESH + "D016377", "Organ Transplantation", "Intervention")
FANCONI = Concept(MESH + "D005198", "Fanconi syndrome", "Disorder")
RISPERIDONE = Concept(OBO + "CHEBI_8871", "risperidone", "Intervention")
ANTIPSYCHOTIC = Concept(OBO + "CHEBI_35476", "antipsychotic agent", "Intervention")
ANTIBACTERIAL = Concept(OBO + "CHEBI_33282", "antibacterial agent", "Intervention")
EXTRAPYRAMIDAL = Concept(OBO + "MONDO_0002183", "basal ganglia disorder", "Disorder")
NEPHROPATHY = Concept(OBO + "MONDO_0005240", "kidney disorder", "Disorder")
CIPROFLOXACIN = Concept(OBO + "CHEBI_100241", "ciprofloxacin", "Intervention")
PURPURA = Concept(OBO + "HP_0000979", "Purpura", "Phenotype")
PPA = Concept(OBO + "CHEBI_8109", "phenylpropanolamine", "Intervention")
SEIZURES = Concept(OBO + "HP_0001250", "Seizures", "Phenotype")


def _sentence(text: str, names_: dict[str, Concept], role: str | None = None) -> Sentence:
    """The abstract's first sentence, its mentions those of ``names_`` (its role set to ``role`` when given)."""
    sentence = next(s for s in _annotated(text, names_).sentences if s.passage == "abstract")
    return sentence if role is None else replace(sentence, role=role)


def test_a_procedure_is_no_other_chemical() -> None:
    assert is_procedure(TRANSPLANTATION) and not is_procedure(CYCLOSPORIN)
    after_procedure = _sentence("Three years after transplantation she developed renal Fanconi syndrome.",
                                {"transplantation": TRANSPLANTATION, "Fanconi syndrome": FANCONI}, role="results")
    assert not refutes(after_procedure, TACROLIMUS, FANCONI)
    after_drug = _sentence("Three years after cyclosporin she developed renal Fanconi syndrome.",
                           {"cyclosporin": CYCLOSPORIN, "Fanconi syndrome": FANCONI}, role="results")
    assert refutes(after_drug, TACROLIMUS, FANCONI)  # another chemical's sentence stays refused


def test_a_class_of_the_chemicals_names_it() -> None:
    assert load_classes(), "cid_classes.tsv.gz is not shipped: run python -m ipkg.extract.train_cid"
    assert member_of(RISPERIDONE, ANTIPSYCHOTIC)  # second generation antipsychotic, a kind of antipsychotic agent
    assert not member_of(RISPERIDONE, ANTIBACTERIAL)
    text = "An extrapyramidal side effect was caused by prolonged neuroleptic medication in two cases."
    ours = _sentence(text, {"neuroleptic medication": ANTIPSYCHOTIC, "extrapyramidal": EXTRAPYRAMIDAL}, role="results")
    assert names(ours, RISPERIDONE)
    assert not refutes(ours, RISPERIDONE, EXTRAPYRAMIDAL)
    theirs = _sentence(text, {"neuroleptic medication": ANTIBACTERIAL, "extrapyramidal": EXTRAPYRAMIDAL},
                       role="results")
    assert not names(theirs, RISPERIDONE)
    assert refutes(theirs, RISPERIDONE, EXTRAPYRAMIDAL)


def test_a_background_sentence_opening_with_its_refers_back() -> None:
    concepts = {"seizures": SEIZURES}
    its = _sentence("Its prolonged use has been associated with seizures.", concepts, role="background")
    assert not refutes(its, PPA, SEIZURES)
    field = _sentence("Prolonged fever has been associated with seizures.", concepts, role="background")
    assert refutes(field, PPA, SEIZURES)  # what the field knows, no finding about this chemical
    dummy = _sentence("It is known that fever has been associated with seizures.", concepts, role="background")
    assert refutes(dummy, PPA, SEIZURES)


def test_a_toxicity_of_the_chemical_named_before_it_is_its_doing() -> None:
    concepts = {"cyclosporin A": CYCLOSPORIN, "Nephrotoxicity": NEPHROPATHY}
    assert induced_by_this(_sentence("Nephrotoxicity of cyclosporin A: inhibition of calcineurin.", concepts),
                           CYCLOSPORIN, NEPHROPATHY)
    assert not induced_by_this(_sentence("Nephrotoxicity was lower with cyclosporin A than expected.", concepts),
                               CYCLOSPORIN, NEPHROPATHY)


def _stands(text: str, concepts: dict[str, Concept], chem: Concept, dis: Concept, role: str) -> bool:
    """Whether the model's finding (chem, dis) cited from the abstract's first sentence, of ``role``, stands."""
    annotated = _annotated(text, concepts)
    s = next(s for s in annotated.sentences if s.passage == "abstract")
    finding = Finding(chem, "hasAdverseEffect", dis, s.text, s.passage, s.start, s.end, role=role)
    return model_finding_stands(annotated, finding)


def test_a_methods_sentence_telling_what_a_case_had_may_cite_the_disease() -> None:
    concepts = {"purpura": PURPURA}
    case = "The patient progressively developed petechiae and purpura on the thorax."
    assert _stands(case, concepts, CIPROFLOXACIN, PURPURA, "methods")
    measured = "Purpura and petechiae were assessed daily by the nurses."
    assert not _stands(measured, concepts, CIPROFLOXACIN, PURPURA, "methods")
    included = "Patients had purpura at inclusion."
    assert not _stands(included, concepts, CIPROFLOXACIN, PURPURA, "methods")


def test_a_title_naming_a_harms_cause_may_cite_the_disease() -> None:
    concepts = {"seizures": SEIZURES}
    assert _stands("Risk factors of seizures in preterm infants.", concepts, PPA, SEIZURES, "title")
    assert _stands("Seizures in drug intoxication.", concepts, PPA, SEIZURES, "title")
    assert not _stands("Seizures in preterm infants: a cohort.", concepts, PPA, SEIZURES, "title")


def test_a_decimal_point_does_not_end_the_better_arms_comparison() -> None:
    iohexol = Concept(OBO + "CHEBI_31709", "iohexol", "Intervention")
    fibrillation = Concept(OBO + "HP_0001663", "Ventricular fibrillation", "Phenotype")
    concepts = {"iohexol": iohexol, "ventricular fibrillation": fibrillation}
    lower = _sentence("Frequencies of ventricular fibrillation were significantly lower (p less than 0.05) after "
                      "iohexol (3%) than after metrizoate (22%).", concepts, role="results")
    assert refutes(lower, iohexol, fibrillation)
    # "less than" a number is a statistic, not the better arm
    statistic = _sentence("Six patients had ventricular fibrillation (P less than 0.05), as well as iohexol levels of "
                          "more than 1.2 mg/ml.", concepts, role="results")
    assert not refutes(statistic, iohexol, fibrillation)
