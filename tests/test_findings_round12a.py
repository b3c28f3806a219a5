"""Findings round 12a (issue 12): the precision the grounding rounds 11a/11b cost on the tuning parts. Self-written
sentences in the wording of the training abstracts (no held-out text)."""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.cid_evidence import refutes
from ipkg.extract.findings import candidate_findings, extract_findings
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Concept, Document, Mention

OBO = "http://purl.obolibrary.org/obo/"
FLUOXETINE = Concept(OBO + "CHEBI_5118", "fluoxetine", "Intervention")
HALOPERIDOL = Concept(OBO + "CHEBI_5613", "haloperidol", "Intervention")
MEMORY = Concept("http://id.nlm.nih.gov/mesh/D008569", "Memory Disorders", "Phenotype")
PARKINSON = Concept(OBO + "MONDO_0005180", "Parkinson disease", "Disorder")
Row = tuple[str, str, str, bool, bool]


def _rows(text: str, found: bool = False) -> set[Row]:
    doc = Document("t.txt", "", text)
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    annotated = annotate(doc, mentions, abbreviations)
    findings = extract_findings(annotated) if found else candidate_findings(annotated)
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings}


# ---------------------------------------------------------------- a review's table of contents
@pytest.mark.parametrize("sentence", [
    "Finally, dietary interventions that target the gut-brain axis in depression are briefly discussed.",
    "Fecal microbiota transplantation modulating the gut-brain axis in depression is briefly discussed.",
])
def test_a_topic_discussed_is_no_finding(sentence: str) -> None:
    assert _rows(sentence)  # the relation is read ...
    assert not _rows(sentence, found=True)  # ... but a review only talks it over
    assert _rows(sentence.rsplit(" ", 1)[0], found=True)  # without the verb of discussion it is a finding


def test_a_result_discussed_after_is_kept() -> None:
    # the verb of discussion does not end the sentence: the clause before it is a result
    rows = _rows("Minocycline reduced interleukin-6 in depressed patients, as discussed by the authors in detail "
                 "with the clinicians.", found=True)
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows


# ---------------------------------------------------------------- the CID model's evidence: a relief, a reference
def _sentence(text: str, surfaces: dict[str, Concept]):  # type: ignore[no-untyped-def]
    mentions = []
    for surface, concept in surfaces.items():
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention("abstract", start, start + len(surface), surface, concept))
            start = text.find(surface, start + len(surface))
    annotated = annotate(Document("t.txt", "", text), sorted(mentions))
    return next(s for s in annotated.sentences if s.passage == "abstract")


@pytest.mark.parametrize("text", [
    # "improved by" with four words between, and the short form in brackets after the name
    "The memory impairment in lesioned mice was improved by the chronic treatment with fluoxetine (FLX).",
    # the reference another drug's effect is measured against
    "The probiotic improved memory impairment, showing an effect similar to and better than that of FLX.",
])
def test_a_chemical_named_as_relief_or_reference_is_no_cause(text: str) -> None:
    sentence = _sentence(text, {"memory impairment": MEMORY, "fluoxetine": FLUOXETINE, "FLX": FLUOXETINE})
    assert refutes(sentence, FLUOXETINE, MEMORY)


@pytest.mark.parametrize("text", [
    "Memory impairment was caused by fluoxetine (FLX) in two patients.",
    "Memory impairment developed after FLX, an effect similar to that of the placebo.",
])
def test_a_chemical_named_as_cause_stays_evidence(text: str) -> None:
    sentence = _sentence(text, {"Memory impairment": MEMORY, "fluoxetine": FLUOXETINE, "FLX": FLUOXETINE})
    assert not refutes(sentence, FLUOXETINE, MEMORY)


def test_a_disease_modelled_by_another_chemical_is_not_this_ones() -> None:
    text = ("Down-regulation of the transporter in the haloperidol-induced rat model of early stages of Parkinson's "
            "disease and after chronic fluoxetine treatment.")
    sentence = _sentence(text, {"haloperidol": HALOPERIDOL, "Parkinson's disease": PARKINSON,
                                "fluoxetine": FLUOXETINE})
    assert refutes(sentence, FLUOXETINE, PARKINSON)
    assert not refutes(sentence, HALOPERIDOL, PARKINSON)  # the inducer itself keeps it


# ---------------------------------------------------------------- a procedure grounded to its broader class
def test_a_procedure_named_in_full_but_grounded_to_its_head_gives_no_finding() -> None:
    # "human milk oligosaccharides" grounds to Oligosaccharides: a finding would state it of every oligosaccharide
    # (round 19i: "common bile duct ligation", the first example, is now a concept of its own)
    assert not _rows("Treatment with human milk oligosaccharides increased interleukin-6 and caused depression in "
                     "mice.")
    # the head alone, or with a word that says no kind ("chronic"), is the concept itself
    for sentence in ("Ligation increased interleukin-6 and caused depression in mice.",
                     "Chronic ligation increased interleukin-6 in rats."):
        assert ("Ligation", "increases", "interleukin 6", False, False) in _rows(sentence), sentence


def test_head_only_concepts_reads_a_longer_name_not_a_phrase() -> None:
    from ipkg.extract.finding_items import head_only_concepts

    ligation = Concept("http://id.nlm.nih.gov/mesh/D008027", "Ligation", "Intervention")
    drug = Concept(OBO + "CHEBI_35469", "antidepressant", "Intervention")
    named = [Mention("abstract", 0, 25, "common bile duct ligation", ligation)]
    phrase = [Mention("abstract", 0, 30, "treatment with antidepressants", drug)]
    assert head_only_concepts(named) == {ligation.iri}
    assert not head_only_concepts(phrase)


# ---------------------------------------------------------------- B inside A's object is no subject of A's next verb
def test_a_verb_coordinated_after_the_object_of_an_earlier_verb_is_not_the_objects() -> None:
    rows = _rows("Minocycline potentiates the antidepressant-like activity of imipramine and exerts a beneficial "
                 "effect on the increase in interleukin-6.")
    assert ("minocycline", "potentiates", "imipramine", False, False) in rows
    assert not any(r[0] == "imipramine" for r in rows)
    # B named as the subject of its own clause keeps its verb
    rows = _rows("Minocycline potentiates the effect of imipramine and imipramine reduces interleukin-6.")
    assert ("imipramine", "decreases", "interleukin 6", False, False) in rows


# ---------------------------------------------------------------- an indefinite class word beside a named drug
def test_an_indefinite_class_word_beside_a_named_drug_yields_to_it() -> None:
    rows = _rows("These findings suggest that a combination of minocycline and an antidepressant drug may be useful "
                 "for the treatment of depression.")
    assert rows == {("minocycline", "treats", "depressive disorder", False, True)}
    # two named drugs each keep the relation
    rows = _rows("These findings suggest that a combination of minocycline and imipramine may be useful for the "
                 "treatment of depression.")
    assert {r[0] for r in rows if r[1] == "treats"} == {"minocycline", "imipramine"}


def test_two_class_words_or_alternatives_keep_their_relations() -> None:
    # the word before is a class word too ("an NMDA receptor antagonist and a calcium chelator"), or the drugs are
    # alternatives ("or"): each is an agent
    for sentence in ("Application of an NMDA receptor antagonist and a calcium chelator abolished long-term "
                     "potentiation.",
                     "Application of ketamine or a calcium chelator abolished long-term potentiation."):
        subjects = {r[0] for r in _rows(sentence) if r[1] == "decreases"}
        assert "Calcium Chelating Agents" in subjects, (sentence, subjects)


def test_a_class_word_said_of_a_named_drug_yields_to_it() -> None:
    # "A is a novel <class> and new therapy for Y": A treats Y, not the class
    rows = _rows("Minocycline is a novel selective serotonin reuptake inhibitor and new therapy option for depression.")
    assert rows == {("minocycline", "treats", "depressive disorder", False, False)}
    # the class word alone keeps its relation
    rows = _rows("Selective serotonin reuptake inhibitors are a new therapy option for depression.")
    assert ("serotonin uptake inhibitor", "treats", "depressive disorder", False, False) in rows
