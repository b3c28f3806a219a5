"""The competency questions on what studies tested and what they found (issue 12): "what treats Y" returns
asserted claims only, and tested-interventions shows what failed ("tested for Y, negative")."""

from __future__ import annotations

import pytest

from ipkg.models import Concept, Document, Extraction, Finding, Mention, StudyFacts, StudyPico
from ipkg.query import get_query, load_store, run_query
from ipkg.rdf.graph import extraction_to_ntriples
from ipkg.resources import ontology_path
from tests.constants import BASE

OBO = "http://purl.obolibrary.org/obo/"
MESH = "http://id.nlm.nih.gov/mesh/"
MINOCYCLINE = Concept(OBO + "CHEBI_50694", "minocycline", "Intervention")
SIMVASTATIN = Concept(OBO + "CHEBI_9150", "simvastatin", "Intervention")
FLUOXETINE = Concept(OBO + "CHEBI_5118", "fluoxetine", "Intervention")
INFLIXIMAB = Concept(OBO + "CHEBI_64357", "infliximab", "Intervention")
TRD = Concept(MESH + "D061218", "treatment-resistant depression", "Disorder")
MDD = Concept(OBO + "MONDO_0002009", "major depressive disorder", "Disorder")
BIPOLAR = Concept(OBO + "MONDO_0004985", "bipolar disorder", "Disorder")


def _study(name: str, pmid: str, pico: StudyPico, findings: tuple[Finding, ...]) -> Extraction:
    doc = Document(f"{name}.txt", f"{name} trial", "Abstract.", pmid=pmid)
    concepts = {*pico.interventions, *pico.conditions, *pico.comparators}
    mentions = tuple(Mention("abstract", i, i + 1, c.label, c) for i, c in enumerate(sorted(concepts)))
    return Extraction(doc, mentions, (), StudyFacts(design="RandomizedControlledTrial", control="placebo"), findings,
                      pico)


def _treats(subject: Concept, obj: Concept, sentence: str, negated: bool = False, hedged: bool = False) -> Finding:
    return Finding(subject, "treats", obj, sentence, "abstract", 0, len(sentence), negated, hedged, None, "results")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    # dev/raw/33504955.nbib (negative), gougol-2015 (positive), PMC9941891 (negative); an infliximab trial whose
    # abstract states no outcome for bipolar disorder
    extractions = [
        _study("minocycline", "33504955", StudyPico((MINOCYCLINE,), (TRD,)), (
            _treats(MINOCYCLINE, TRD, "Changes in HAM-D-17 scores and the proportion of partial responders did not "
                    "differ between study arms.", negated=True),)),
        _study("gougol", "26283961", StudyPico((SIMVASTATIN,), (MDD,), (), (FLUOXETINE,)), (
            _treats(SIMVASTATIN, MDD, "Simvastatin-treated patients experienced significantly more reductions in "
                    "HDRS scores compared to the placebo group by the end of the trial (p=0.02)."),)),
        _study("simvastatin-trd", "36811862", StudyPico((SIMVASTATIN,), (TRD,)), (
            _treats(SIMVASTATIN, TRD, "In this study, simvastatin was not beneficial for the treatment of symptoms "
                    "of treatment-resistant depression.", negated=True),)),
        _study("infliximab", "31461109", StudyPico((INFLIXIMAB,), (BIPOLAR,), (SIMVASTATIN,)), ()),
    ]
    lines = sorted({line for e in extractions for line in extraction_to_ntriples(e, BASE)})
    path = tmp_path_factory.mktemp("queries-findings") / "small.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_store([path, ontology_path()])


def _rows(store, name: str) -> list[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return list(run_query(store, get_query(name).text).rows)


def test_what_treats_y_returns_asserted_claims_only(store) -> None:  # type: ignore[no-untyped-def]
    # the two negative trials are not answers to "what treats TRD"
    assert _rows(store, "treatments-by-disorder") == [
        (MDD.iri, "major depressive disorder", SIMVASTATIN.iri, "simvastatin", "1", "1", "0"),
    ]


def test_tested_interventions_show_what_failed(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "tested-interventions") == [
        (BIPOLAR.iri, "bipolar disorder", INFLIXIMAB.iri, "infliximab", "1", "0", "0", "0", "1"),
        (MDD.iri, "major depressive disorder", SIMVASTATIN.iri, "simvastatin", "1", "1", "0", "0", "0"),
        (TRD.iri, "treatment-resistant depression", MINOCYCLINE.iri, "minocycline", "1", "0", "1", "0", "0"),
        (TRD.iri, "treatment-resistant depression", SIMVASTATIN.iri, "simvastatin", "1", "0", "1", "0", "0"),
    ]


def test_study_facts_and_sentence_role_are_in_the_graph(store) -> None:  # type: ignore[no-untyped-def]
    ipkg = "https://w3id.org/ipkg/ontology#"
    rows = run_query(store, f"SELECT ?s ?c WHERE {{ ?s <{ipkg}comparator> ?c }}").rows
    assert [r[1] for r in rows] == [SIMVASTATIN.iri]
    roles = run_query(store, f"SELECT DISTINCT ?r WHERE {{ ?f <{ipkg}sentenceRole> ?r }}").rows
    assert list(roles) == [("results",)]
    # a tested intervention is a study fact, never a direct claim: no infliximab treats triple
    assert not run_query(store, f"ASK {{ <{INFLIXIMAB.iri}> <{ipkg}treats> ?y }}").boolean
