"""The competency questions (queries/*.rq): each parses, runs, is documented and ordered, and returns the right rows.

The rows are checked on a small graph built here from hand-made extractions (four studies) through the real RDF
stage (``extraction_to_ntriples``) and loader (``load_store``), with the ontology loaded beside it; the seeds graph
is checked as well once the whole pipeline (lexicon stage included) builds it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from ipkg.models import Arm, Concept, Document, Extraction, Finding, Mention, StudyFacts
from ipkg.query import get_query, list_queries, load_store, run_query
from ipkg.rdf.graph import extraction_to_ntriples
from ipkg.resources import ontology_path, queries_dir
from tests.constants import BASE, SEEDS

OBO = "http://purl.obolibrary.org/obo/"
MESH = "http://id.nlm.nih.gov/mesh/"
UNIPROT = "http://purl.uniprot.org/uniprot/"
QUERIES = sorted(queries_dir().glob("*.rq"))

ALDESLEUKIN = Concept(MESH + "C082598", "aldesleukin", "Intervention")
SSRI = Concept(OBO + "CHEBI_50949", "serotonin uptake inhibitor", "Intervention")
KETAMINE = Concept(OBO + "CHEBI_6121", "ketamine", "Intervention")
ANTIDEPRESSANT = Concept(OBO + "CHEBI_35469", "antidepressant", "Intervention")
MINOCYCLINE = Concept(OBO + "CHEBI_50694", "minocycline", "Intervention")
MDD = Concept(OBO + "MONDO_0002009", "major depressive disorder", "Disorder")
BIPOLAR = Concept(OBO + "MONDO_0004985", "bipolar disorder", "Disorder")
TRD = Concept(MESH + "D061218", "treatment-resistant depression", "Disorder")
AUTOIMMUNE = Concept(OBO + "MONDO_0007179", "autoimmune disease", "Disorder")
TREG = Concept(OBO + "CL_0000815", "regulatory T cell", "ImmuneCell")
MTOR = Concept(OBO + "GO_0031929", "TOR signaling", "Pathway")
IL6 = Concept(UNIPROT + "P05231", "interleukin 6", "Cytokine")
TNF = Concept(UNIPROT + "P01375", "tumor necrosis factor", "Cytokine")
IL1B = Concept(UNIPROT + "P01584", "interleukin 1 beta", "Cytokine")

IL2_STUDY = BASE + "study/pmid-38364955"
KETAMINE_STUDY = BASE + "study/pmid-24447889"
META_STUDY = BASE + "study/pmid-21796103"
OPEN_STUDY = BASE + "study/pmid-99999999"


def _finding(subject: Concept, predicate: str, obj: Concept, sentence: str, start: int = 0,
             direction: str | None = None, negated: bool = False, hedged: bool = False) -> Finding:
    return Finding(subject, predicate, obj, sentence, "abstract", start, start + len(sentence), negated, hedged,
                   direction)


def _mentions(*concepts: Concept) -> tuple[Mention, ...]:
    return tuple(Mention("abstract", i, i + 1, c.label, c) for i, c in enumerate(concepts))


def _extractions() -> list[Extraction]:
    il2 = Document("38364955.nbib", "Low-dose interleukin-2 in mood disorders", "Abstract.", pmid="38364955",
                   doi="10.1016/j.bbi.2024.02.019")
    il2_facts = StudyFacts(design="RandomizedControlledTrial", sample_size=36, randomized=True,
                           blinding="double-blind", control="placebo", phase="II", centres=1,
                           arms=(Arm("aldesleukin", 24, ALDESLEUKIN, False, (("MDD", 12), ("BD", 12))),
                                 Arm("placebo", 12, None, True)))
    active = ("Active treatment significantly potentiated antidepressant response to ongoing SSRI treatment, and "
              "expanded the population of T regulatory cells.")
    il2_findings = (
        _finding(ALDESLEUKIN, "increases", TREG, active, 500, direction="increase"),
        _finding(ALDESLEUKIN, "potentiates", SSRI, active, 500),
        _finding(ALDESLEUKIN, "treats", MDD, "We evaluated low-dose IL-2 in patients with MDD.", 300, hedged=True),
        _finding(ALDESLEUKIN, "hasAdverseEffect", AUTOIMMUNE, "No autoimmune disease was observed.", 700,
                 negated=True),
    )
    ketamine = Document("ketamine.txt", "Ketamine: mechanisms", "Abstract.", pmid="24447889", doi="10.1016/j.encep.2013.09.002")
    ket_facts = StudyFacts(design="Review")
    ket_findings = (
        _finding(KETAMINE, "actsThrough", MTOR, "Pathways such as mTOR seem to play a key role.", 200, hedged=True),
        _finding(KETAMINE, "treats", TRD, "Ketamine has fast antidepressant effects for TRD.", 0),
        _finding(MDD, "associatedWith", IL6, "IL-6 is elevated in MDD.", 100, direction="increase"),
    )
    meta = Document("21796103.txt", "Antidepressants and cytokines: a meta-analysis", "Abstract.", pmid="21796103")
    meta_facts = StudyFacts(design="MetaAnalysis", studies_pooled=22)
    meta_findings = (
        _finding(ANTIDEPRESSANT, "decreases", TNF, "It did not reduce serum levels of TNFα.", 400,
                 direction="decrease", negated=True),
        _finding(ANTIDEPRESSANT, "decreases", IL1B, "Antidepressant treatment did reduce levels of IL-1β.", 500,
                 direction="decrease"),
        _finding(MDD, "associatedWith", TNF, "TNFα is elevated in MDD.", 0, direction="increase"),
        _finding(MDD, "associatedWith", IL6, "IL-6 is elevated in MDD.", 100, direction="increase"),
    )
    open_label = Document("open.txt", "Open-label minocycline in TRD", "Abstract.", pmid="99999999")
    open_facts = StudyFacts(design="NonRandomizedTrial", sample_size=20, blinding="open-label")
    open_findings = (_finding(MINOCYCLINE, "treats", TRD, "Minocycline improved TRD.", 0),)
    return [
        Extraction(il2, _mentions(ALDESLEUKIN, SSRI, MDD, BIPOLAR, TREG, AUTOIMMUNE), (), il2_facts, il2_findings),
        Extraction(ketamine, _mentions(KETAMINE, TRD, MTOR, MDD, IL6), (), ket_facts, ket_findings),
        Extraction(meta, _mentions(ANTIDEPRESSANT, MDD, TNF, IL1B, IL6), (), meta_facts, meta_findings),
        Extraction(open_label, _mentions(MINOCYCLINE, TRD), (), open_facts, open_findings),
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    lines = sorted({line for e in _extractions() for line in extraction_to_ntriples(e, BASE)})
    path = tmp_path_factory.mktemp("queries") / "small.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_store([path, ontology_path()])


def _rows(store, name: str) -> list[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return list(run_query(store, get_query(name).text).rows)


# ---------------------------------------------------------------- every query
def test_there_are_at_least_ten_questions() -> None:
    assert len(QUERIES) >= 10
    assert {q.name for q in list_queries()} >= {
        "interventions-by-design", "immune-cells-by-intervention", "pathways-by-intervention",
        "studies-with-design-and-size", "findings-with-evidence", "disorders-by-mentions",
        "cytokines-associated-with-disorders", "randomised-trials-in-detail", "negated-findings",
        "concepts-by-branch", "adverse-effects"}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_is_documented_and_ordered(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert re.match(r"^# Question: \S.*\?$", first), f"{path.name}: the first line must be '# Question: ...?'"
    assert re.search(r"\bORDER BY\b", text), f"{path.name}: end with ORDER BY for a deterministic order"
    for prefix in set(re.findall(r"\b([a-z]+):[A-Za-z]", re.sub(r"(?m)^#.*$|<[^>]*>|\"[^\"]*\"", "", text))):
        assert re.search(rf"^PREFIX {prefix}:", text, re.MULTILINE), f"{path.name}: prefix {prefix}: is not declared"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_runs(store, path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_query(store, path.read_text(encoding="utf-8"))
    assert result.boolean is None and result.variables


# ---------------------------------------------------------------- the right rows
def test_interventions_by_design(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "interventions-by-design") == [
        (ALDESLEUKIN.iri, "aldesleukin", AUTOIMMUNE.iri, "autoimmune disease", "1"),
        (ALDESLEUKIN.iri, "aldesleukin", BIPOLAR.iri, "bipolar disorder", "1"),
        (ALDESLEUKIN.iri, "aldesleukin", MDD.iri, "major depressive disorder", "1"),
    ]


def test_immune_cells_by_intervention(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "immune-cells-by-intervention") == [
        (ALDESLEUKIN.iri, "aldesleukin", "increases", "Increase", TREG.iri, "regulatory T cell", "1", "1", "1"),
    ]


def test_pathways_by_intervention(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "pathways-by-intervention") == [
        (KETAMINE.iri, "ketamine", MTOR.iri, "TOR signaling", "1", "0"),
    ]


def test_studies_with_design_and_size(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "studies-with-design-and-size") == [
        (META_STUDY, "Antidepressants and cytokines: a meta-analysis", "MetaAnalysis", None, None, "21796103"),
        (OPEN_STUDY, "Open-label minocycline in TRD", "NonRandomizedTrial", "20", None, "99999999"),
        (IL2_STUDY, "Low-dose interleukin-2 in mood disorders", "RandomizedControlledTrial", "36",
         "10.1016/j.bbi.2024.02.019", "38364955"),
        (KETAMINE_STUDY, "Ketamine: mechanisms", "Review", None, "10.1016/j.encep.2013.09.002", "24447889"),
    ]


def test_findings_with_evidence(store) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(store, "findings-with-evidence")
    assert len(rows) == 12
    denied = [r for r in rows if r[1] == "antidepressant" and r[3] == "tumor necrosis factor"]
    assert [r[1:] for r in denied] == [
        ("antidepressant", "decreases", "tumor necrosis factor", "Decrease", "true", "false",
         "It did not reduce serum levels of TNFα.", META_STUDY, None)]
    # ordered by study, then sentence position
    assert rows[0][0].startswith(META_STUDY + "/finding/")
    assert rows[0][1:4] == ("major depressive disorder", "associatedWith", "tumor necrosis factor")
    assert next(r[1:4] for r in rows if r[8] == IL2_STUDY) == ("aldesleukin", "treats", "major depressive disorder")


def test_disorders_by_mentions(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "disorders-by-mentions") == [
        (MDD.iri, "major depressive disorder", "3"),
        (TRD.iri, "treatment-resistant depression", "2"),
        (AUTOIMMUNE.iri, "autoimmune disease", "1"),
        (BIPOLAR.iri, "bipolar disorder", "1"),
    ]


def test_cytokines_associated_with_disorders(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "cytokines-associated-with-disorders") == [
        (MDD.iri, "major depressive disorder", IL6.iri, "interleukin 6", "Increase", "2", "2"),
        (MDD.iri, "major depressive disorder", TNF.iri, "tumor necrosis factor", "Increase", "1", "1"),
    ]


def test_randomised_trials_in_detail(store) -> None:  # type: ignore[no-untyped-def]
    title = "Low-dose interleukin-2 in mood disorders"
    assert _rows(store, "randomised-trials-in-detail") == [
        (IL2_STUDY, title, "II", "DoubleBlind", "PlaceboControl", "1", "36", "1", "aldesleukin", "24", "aldesleukin"),
        (IL2_STUDY, title, "II", "DoubleBlind", "PlaceboControl", "1", "36", "2", "placebo", "12", None),
    ]


def test_negated_findings(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "negated-findings") == [
        ("antidepressant", "decreases", "tumor necrosis factor", "Decrease", "false",
         "It did not reduce serum levels of TNFα.", META_STUDY, None),
        ("aldesleukin", "hasAdverseEffect", "autoimmune disease", None, "false", "No autoimmune disease was observed.",
         IL2_STUDY, "10.1016/j.bbi.2024.02.019"),
    ]


def test_concepts_by_branch(store) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(store, "concepts-by-branch")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert ("Disorder", MDD.iri, "major depressive disorder", "3") == rows[[r[0] for r in rows].index("Disorder")]
    assert ("Pathway", MTOR.iri, "TOR signaling", "1") in rows
    assert len(rows) == 14


def test_studies_by_design_branch_uses_the_ontology(store) -> None:  # type: ignore[no-untyped-def]
    ipkg = "https://w3id.org/ipkg/ontology#"
    assert _rows(store, "studies-by-design-branch") == [
        (ipkg + "ClinicalTrial", "clinical trial", "2"),
        (ipkg + "MetaAnalysis", "meta-analysis", "1"),
        (ipkg + "Review", "review", "1"),
    ]


def test_clinical_trials_uses_the_ontology(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "clinical-trials") == [
        (OPEN_STUDY, "Open-label minocycline in TRD", "NonRandomizedTrial", "20", "minocycline"),
        (IL2_STUDY, "Low-dose interleukin-2 in mood disorders", "RandomizedControlledTrial", "36", "aldesleukin"),
    ]


def test_adverse_effects(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "adverse-effects") == [
        (ALDESLEUKIN.iri, "aldesleukin", AUTOIMMUNE.iri, "autoimmune disease", "1", "0", "1",
         "No autoimmune disease was observed."),
    ]


def test_treatments_by_disorder(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "treatments-by-disorder") == [
        (MDD.iri, "major depressive disorder", ALDESLEUKIN.iri, "aldesleukin", "1", "0", "1"),
        (TRD.iri, "treatment-resistant depression", KETAMINE.iri, "ketamine", "1", "1", "0"),
        (TRD.iri, "treatment-resistant depression", MINOCYCLINE.iri, "minocycline", "1", "1", "0"),
    ]


def test_augmentation_pairs(store) -> None:  # type: ignore[no-untyped-def]
    assert _rows(store, "augmentation-pairs") == [
        (ALDESLEUKIN.iri, "aldesleukin", SSRI.iri, "serotonin uptake inhibitor", "1", "1"),
    ]


# ---------------------------------------------------------------- the seeds graph, once the pipeline builds it
@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    pytest.importorskip("ipkg.extract.mentions", reason="the mention stage (src/ipkg/extract/mentions.py) is not there yet")
    from ipkg.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("seeds-queries") / "seeds.ttl"
    # keep_invalid: these tests are about the findings; SHACL conformance is test_pipeline's business
    result = build([str(SEEDS)], BuildOptions(output=out, keep_invalid=True))
    if not out.is_file():
        pytest.skip(f"the seeds build wrote no graph: {result.errors or result.report}")
    return load_store([out, ontology_path()])


def test_seeds_il2_trial_is_an_rct_with_36_participants(seeds_store) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(seeds_store, "studies-with-design-and-size")
    assert any(r[2] == "RandomizedControlledTrial" and r[3] == "36" and r[4] == "10.1016/j.bbi.2024.02.019"
               for r in rows), rows
    branches = {r[0].rsplit("#", 1)[1]: r[2] for r in _rows(seeds_store, "studies-by-design-branch")}
    assert branches.get("ClinicalTrial") == "1", branches  # through rdfs:subClassOf* of the loaded ontology
    trials = _rows(seeds_store, "clinical-trials")
    assert [(r[2], r[3]) for r in trials] == [("RandomizedControlledTrial", "36")]
    assert "aldesleukin" in (trials[0][4] or ""), trials


def test_seeds_findings_answer_the_questions(seeds_store) -> None:  # type: ignore[no-untyped-def]
    cells = _rows(seeds_store, "immune-cells-by-intervention")
    assert (ALDESLEUKIN.iri, "aldesleukin", "increases", "Increase", TREG.iri, "regulatory T cell", "1", "1", "1") in cells
    assert not [r for r in _rows(seeds_store, "adverse-effects") if r[5] != "0"], "no asserted adverse effect"
    pairs = _rows(seeds_store, "augmentation-pairs")
    assert (ALDESLEUKIN.iri, "aldesleukin", SSRI.iri, "serotonin uptake inhibitor", "1", "1") in pairs, pairs
    treats = _rows(seeds_store, "treatments-by-disorder")
    assert any(r[2] == KETAMINE.iri and r[0] == TRD.iri and r[5] == "1" for r in treats), treats
    pathways = _rows(seeds_store, "pathways-by-intervention")
    if any(r[2] == MTOR.iri for r in pathways):  # only when the lexicon grounds "mTOR" to TOR signaling
        assert (KETAMINE.iri, "ketamine", MTOR.iri, "TOR signaling", "1", "0") in pathways, pathways


def test_n_quads_answers_as_the_merged_graph_and_keeps_its_graphs(tmp_path: Path) -> None:
    """Every abstract's named graph repeats its concepts' type and label; queried from N-Quads, a concept named
    by all three seeds still has one label row, and GRAPH patterns still see one graph per abstract."""
    from ipkg.pipeline import BuildOptions, build
    from ipkg.store import OxigraphStore

    build([str(SEEDS)], BuildOptions(output=tmp_path / "kg.nq", fmt="nquads"))
    build([str(SEEDS)], BuildOptions(output=tmp_path / "kg.ttl"))
    labels = "SELECT ?c ?l WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    from_nq, from_ttl = load_store([tmp_path / "kg.nq"]), load_store([tmp_path / "kg.ttl"])
    rows = run_query(from_nq, labels).rows
    assert len(rows) == len(set(rows)) and sorted(rows) == sorted(run_query(from_ttl, labels).rows)
    assert len(run_query(from_nq, graphs).rows) == 3
    for name in ("disorders-by-mentions", "findings-with-evidence", "concepts-by-branch"):
        text = get_query(name).text
        assert run_query(from_nq, text).rows == run_query(from_ttl, text).rows, name
    served = OxigraphStore.from_files([tmp_path / "kg.nq"])  # the store behind kg serve, before get_app adds the schema
    data_only = run_query(load_store([tmp_path / "kg.nq"], schema=False), labels).rows
    assert sorted(tuple(r.values()) for r in served.query(labels).values()) == sorted(data_only)


# ---------------------------------------------------------------- the dev graph alone (issue 15 item 1)
#: queries the dev graph cannot answer because its 23 abstracts yield no such finding (not a schema problem):
#: strict, so the day extraction finds one, the test says to drop the entry
#: (empty since "administering high doses of LPS to mice triggers depressive symptoms" gives the dev graph its first
#: hasAdverseEffect finding)
DEV_HAS_NO_ROWS: dict[str, str] = {}


@pytest.fixture(scope="module")
def dev_graphs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from ipkg.pipeline import BuildOptions, build
    from tests.constants import DEV_RAW, SEEDS

    folder = tmp_path_factory.mktemp("dev-queries")
    out = {}
    for ext, fmt in (("ttl", "turtle"), ("jsonld", "jsonld"), ("nq", "nquads")):
        out[ext] = folder / f"dev.{ext}"  # the dev graph of the findings scorer: the dev abstracts and the seeds
        build([str(DEV_RAW), str(SEEDS)], BuildOptions(output=out[ext], fmt=fmt))
    return out


@pytest.mark.shared
@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=DEV_HAS_NO_ROWS[p.stem], strict=True, raises=AssertionError))
        if p.stem in DEV_HAS_NO_ROWS else p
        for p in QUERIES
    ],
    ids=lambda p: p.stem,
)
def test_every_query_answers_on_the_dev_graph_alone(dev_graphs: dict[str, Path], path: Path) -> None:
    """``kg query dev.ttl --name X``, no ontology file given: the hierarchy comes with the store."""
    store = load_store([dev_graphs["ttl"]])
    rows = run_query(store, path.read_text(encoding="utf-8")).rows
    assert rows, f"{path.name} gives no rows on the dev graph alone"


@pytest.mark.shared
def test_json_ld_and_n_quads_answer_as_turtle(dev_graphs: dict[str, Path]) -> None:
    """Named graphs of JSON-LD are merged like those of N-Quads: same rows, no per-graph repeats."""
    for name in ("findings-with-evidence", "concepts-by-branch", "clinical-trials", "studies-by-design-branch"):
        text = get_query(name).text
        expected = run_query(load_store([dev_graphs["ttl"]]), text).rows
        assert expected, name
        for ext in ("jsonld", "nq"):
            assert run_query(load_store([dev_graphs[ext]]), text).rows == expected, (name, ext)


def test_schema_is_the_hierarchy_and_labels_only() -> None:
    from ipkg.query import schema_triples

    predicates = {t.predicate.value for t in schema_triples()}
    assert predicates == {
        "http://www.w3.org/2000/01/rdf-schema#subClassOf",
        "http://www.w3.org/2000/01/rdf-schema#subPropertyOf",
        "http://www.w3.org/2000/01/rdf-schema#label",
    }
    empty = load_store([], schema=True)
    assert run_query(empty, "SELECT ?c WHERE { ?s a ?c }").rows == ()  # no rdf:type: class counts unchanged
    on_data = load_store([], schema=False)
    assert len(on_data) == 0


def test_confident_findings_keeps_stated_findings_at_or_above_the_threshold(tmp_path: Path) -> None:
    doc = Document("c.txt", "Minocycline in TRD", "Abstract.", pmid="99999998")
    said = "Minocycline improved TRD and lowered IL-6."
    findings = (
        replace(_finding(MINOCYCLINE, "treats", TRD, said), confidence=0.91),
        replace(_finding(MINOCYCLINE, "decreases", IL6, said, direction="decrease"), confidence=0.8),
        replace(_finding(MINOCYCLINE, "decreases", TNF, said, direction="decrease"), confidence=0.79),
        replace(_finding(MINOCYCLINE, "treats", MDD, "It may treat MDD.", 50, hedged=True), confidence=0.95),
        replace(_finding(MINOCYCLINE, "decreases", IL1B, "It did not lower IL-1β.", 90, negated=True), confidence=0.97),
    )
    extraction = Extraction(doc, _mentions(MINOCYCLINE, TRD, IL6, TNF, MDD, IL1B), (), StudyFacts(), findings)
    path = tmp_path / "c.nt"
    path.write_text("\n".join(sorted(set(extraction_to_ntriples(extraction, BASE)))) + "\n", encoding="utf-8")
    rows = _rows(load_store([path, ontology_path()]), "confident-findings")
    assert [(float(r[0]), r[1], r[2], r[3]) for r in rows] == [
        (0.91, "minocycline", "treats", "treatment-resistant depression"),
        (0.8, "minocycline", "decreases", "interleukin 6")]
