"""Evidence guards and population cues of the CID model (issue 12, round 7): self-written sentences in the wording
of BC5CDR training abstracts."""

from __future__ import annotations

from ipkg.extract.annotate import annotate
from ipkg.extract.cid_evidence import _given_for, masked, masked_of, refutes
from ipkg.extract.cid_model import guarded_candidates
from ipkg.extract.findings import candidate_findings
from ipkg.models import Concept, Document, Mention

OBO = "http://purl.obolibrary.org/obo/"
ATROPINE = Concept(OBO + "CHEBI_16684", "atropine", "Intervention")
PROPRANOLOL = Concept(OBO + "CHEBI_8499", "propranolol", "Intervention")
TAMOXIFEN = Concept(OBO + "CHEBI_41774", "tamoxifen", "Intervention")
VERAPAMIL = Concept(OBO + "CHEBI_9948", "verapamil", "Intervention")
BRADYCARDIA = Concept(OBO + "HP_0001662", "bradycardia", "Phenotype")
CARCINOMA = Concept(OBO + "MONDO_0004989", "breast carcinoma", "Disorder")
HYPERTENSION = Concept(OBO + "MONDO_0005044", "hypertension", "Disorder")
EPILEPSY = Concept(OBO + "MONDO_0005027", "epilepsy", "Disorder")
INFARCTION = Concept(OBO + "MONDO_0005068", "myocardial infarction", "Disorder")
SURFACES = {c.label: c for c in (ATROPINE, PROPRANOLOL, TAMOXIFEN, VERAPAMIL, BRADYCARDIA, CARCINOMA, HYPERTENSION,
                                 INFARCTION)} | {"epileptic": EPILEPSY}


def _annotated(text: str, title: str = ""):  # type: ignore[no-untyped-def]
    """The text annotated with a mention of every surface of :data:`SURFACES` it contains (none in ``title``)."""
    mentions = []
    for surface, concept in SURFACES.items():
        start = text.lower().find(surface)
        while start >= 0:
            mentions.append(Mention("abstract", start, start + len(surface), text[start:start + len(surface)], concept))
            start = text.lower().find(surface, start + 1)
    return annotate(Document("t.txt", title, text), sorted(mentions))


def _pairs(text: str, title: str = "") -> set[tuple[str, str]]:
    annotated = _annotated(text, title)
    return {(c.label, d.label) for c, d, _, _ in guarded_candidates(
        annotated, candidate_findings(annotated), (), None, lambda f: True)}


def test_a_sentence_naming_another_chemical_and_not_this_one_is_no_evidence() -> None:
    # the disease is stated beside its own chemical: no evidence for the chemical named elsewhere
    text = "Atropine was given to all patients before surgery. Bradycardia developed after propranolol."
    assert _pairs(text) == {("propranolol", "bradycardia")}
    # a sentence naming no chemical still stands for the abstract's chemical (the model decides)
    alone = "Atropine was given to all patients before surgery. Bradycardia developed in two of them."
    assert _pairs(alone) == {("atropine", "bradycardia")}


def test_what_a_drug_was_given_for_is_no_evidence_of_its_effect() -> None:
    sentence = next(s for s in _annotated("A woman was treated with tamoxifen for stage II breast carcinoma.").sentences
                    if s.passage == "abstract")
    assert _given_for(sentence, TAMOXIFEN, CARCINOMA) and refutes(sentence, TAMOXIFEN, CARCINOMA)
    for caused in ("Tamoxifen increased the risk for breast carcinoma.",
                   "Tamoxifen given for two years was followed by breast carcinoma."):
        sentence = next(s for s in _annotated(caused).sentences if s.passage == "abstract")
        assert not _given_for(sentence, TAMOXIFEN, CARCINOMA), caused


def test_what_a_drug_is_used_to_treat_is_no_evidence_of_its_effect() -> None:
    # (session 20) a background sentence naming a drug's use: the indication, not an adverse effect
    for used in ("Propranolol is commonly used to treat hypertension and myocardial infarction.",
                 "Verapamil treats hypertension in most patients.",
                 "Atropine has a place in the management of bradycardia."):
        sentence = next(s for s in _annotated(used).sentences if s.passage == "abstract")
        chem = next(m.concept for m in sentence.mentions if m.concept.cls == "Intervention")
        for dis in {m.concept for m in sentence.mentions if m.concept.cls != "Intervention"}:
            assert _given_for(sentence, chem, dis) and refutes(sentence, chem, dis), (used, dis.label)
    for caused in ("Propranolol used to treat hypertension was followed by bradycardia.",
                   "Verapamil given to treat hypertension induced bradycardia."):
        sentence = next(s for s in _annotated(caused).sentences if s.passage == "abstract")
        chem = next(m.concept for m in sentence.mentions if m.concept.cls == "Intervention")
        assert not _given_for(sentence, chem, BRADYCARDIA), caused


def test_a_population_named_by_its_condition_is_never_an_effect() -> None:
    # the one person of a case report and what they had; a population named by its condition's adjective
    case = "A 63-year-old woman with severe hypertension received verapamil. Myocardial infarction followed."
    assert _pairs(case) == {("verapamil", "myocardial infarction")}
    rats = "Epileptic patients received verapamil. Myocardial infarction followed."
    # (CID round 18) the population's guard stands in a treatment study or a case report: a frame of efficacy
    assert ("verapamil", "epilepsy") not in _pairs(rats, "Efficacy of a calcium channel blocker")
    assert ("verapamil", "hypertension") in _pairs("Severe hypertension developed in a woman after verapamil.")


def test_a_sentence_is_masked_once_for_every_pair_it_may_be_the_evidence_of() -> None:
    annotated = _annotated("No bradycardia developed after atropine or propranolol.")
    sentence = next(s for s in annotated.sentences if s.passage == "abstract")
    text = masked_of(annotated, sentence)
    assert text == masked(sentence) == "No §§§§§§§§§§§ developed after §§§§§§§§ or §§§§§§§§§§§."
    assert masked_of(annotated, sentence) is text  # kept on the document, not made again
    for chem in (ATROPINE, PROPRANOLOL):  # the denial holds with the kept text as without it
        assert refutes(sentence, chem, BRADYCARDIA, text) and refutes(sentence, chem, BRADYCARDIA)
