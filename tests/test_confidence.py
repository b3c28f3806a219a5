"""The findings' learned confidence: the training table's join, the features, the evaluation, the shipped model and
its triple in the graph (docs/findings.md section 8p)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipkg.extract import extract_document
from ipkg.extract.annotate import annotate
from ipkg.extract.confidence import load_model, scored_findings
from ipkg.extract.confidence_eval import auc, curve, grouped_folds, out_of_fold, summary
from ipkg.extract.confidence_features import GROUPS, FindingContext, finding_features, masked_ngrams, masked_text
from ipkg.extract.confidence_table import (RIGHT, SAMPLE_FOLDERS, Row, _join, _module, build_table, read_judgments,
                                          write_table)
from ipkg.extract.train_confidence import train
from ipkg.learn import LinearModel
from ipkg.models import Concept, Document, Extraction, Finding, Mention, StudyPico
from ipkg.rdf.graph import extraction_to_ntriples
from ipkg.validate import validate_text
from tests.constants import BASE, IPKG, REPO, SHARED

XSD = "http://www.w3.org/2001/XMLSchema#"
KET = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
DEP = Concept("http://purl.obolibrary.org/obo/MONDO_0002050", "depressive disorder", "Disorder")
IL6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin-6", "Cytokine")


def _context(text: str, findings: list[tuple[Concept, str, Concept, dict]], pico: StudyPico = StudyPico()
             ) -> FindingContext:
    """One abstract sentence with its mentions (each concept's label found in the text) and findings on it."""
    mentions = []
    for concept, words in ((KET, "ketamine"), (DEP, "depression"), (IL6, "IL-6")):
        at = text.lower().find(words.lower())
        if at >= 0:
            mentions.append(Mention("abstract", at, at + len(words), text[at:at + len(words)], concept))
    annotated = annotate(Document("a.txt", "", text), mentions)
    made = tuple(Finding(s, rel, o, text, "abstract", 0, len(text), role="results", **flags)
                 for s, rel, o, flags in findings)
    return FindingContext(annotated, made, pico, None)


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _judged(judgment: str, polarity: str = "asserted", evidence: str = "Ketamine reduced depression ...") -> dict:
    return {"key": "X00", "id": "gb-1", "subject": "ketamine", "relation": "treats", "object": "depressive disorder",
            "polarity": polarity, "direction": None, "role": "results", "evidence": evidence,
            "judgment": judgment, "reason": ""}


def test_the_latest_file_of_a_sample_judges_and_conflicts_are_counted(tmp_path: Path) -> None:
    _write(tmp_path / "fresh-s11" / "judged-X-after.jsonl", [_judged("right")])
    _write(tmp_path / "fresh-s11" / "judged-X-before.jsonl", [_judged("wrong-argument")])
    _write(tmp_path / "fresh-s15" / "judged-Y.jsonl", [_judged("not-stated", "hedged")])
    judged = read_judgments(tmp_path)
    assert sorted(judged) == ["X", "Y"]
    (key, row), = judged["X"].items()
    assert row["judgment"] == "right" and row["conflict"]
    assert key[-1] == "Ketamine reduced depression"  # the ellipsis cut off: a prefix of the evidence


def test_a_finding_joins_its_judgment_only_on_the_same_polarity_and_evidence(tmp_path: Path) -> None:
    _write(tmp_path / "fresh-s11" / "judged-X.jsonl",
           [_judged("trivial"), _judged("wrong-polarity", "hedged", "Another sentence ...")])
    judged = read_judgments(tmp_path)["X"]
    context = _context("Ketamine reduced depression in patients.",
                       [(KET, "treats", DEP, {}), (KET, "treats", DEP, {"hedged": True}), (KET, "decreases", IL6, {})])
    used: set = set()
    rows = list(_join("X", "gb-1", context, judged, used))
    assert [r.judgment for r in rows] == ["trivial", None, None]  # hedged: the judged sentence is another one
    assert [r.label for r in rows] == [1, None, None] and len(used) == 1
    assert Row("X", "gb-1", "a", "treats", None, "asserted", "wrong-argument", ()).label == 0
    assert RIGHT == {"right", "trivial"}


def test_features_name_no_entity_and_mask_the_arguments() -> None:
    context = _context("Ketamine may reduce IL-6 (p < 0.05) in depression, anxiety, and pain.",
                       [(KET, "decreases", IL6, {"hedged": True})], StudyPico(interventions=(KET,), conditions=(DEP,)))
    f = context.findings[0]
    feats = finding_features(context, f) + masked_ngrams(context, f)
    text = " ".join(feats).lower()
    assert "ketamine" not in text and "il" not in text.replace("list", "") and "obo" not in text
    assert {"cue=hedge", "cue=statistic", "cue=list", "cue=parenthesis", "tested=subject", "found=so", "order=so",
            "pol=hedged", "rel*pol=decreases|hedged"} <= set(feats)
    assert "studied=object" not in feats  # the object is a cytokine, not the studied condition
    assert masked_text(context, f).split()[:4] == ["subj", "may", "reduce", "obj"]
    assert " disorder " in masked_text(context, f)  # another mention stands as its class
    prefixes = tuple(p for group in GROUPS.values() for p in group)
    assert all(x.startswith(prefixes) for x in feats)  # every feature belongs to a group


@pytest.mark.parametrize(("sentence", "cue"), [
    ("We aimed to investigate whether ketamine reduces depression.", "cue=aim"),
    ("Ketamine did not reduce depression.", "cue=negation"),
    ("Ketamine reduced depressive-like behaviour in mice.", "cue=animal"),
    ("Depression was associated with IL-6.", "cue=association"),
    ("Further studies are warranted on ketamine in depression.", "cue=future"),
])
def test_cues_of_general_wording(sentence: str, cue: str) -> None:
    context = _context(sentence, [(KET, "treats", DEP, {})])
    assert cue in finding_features(context, context.findings[0])
    plain = _context("Ketamine reduced depression.", [(KET, "treats", DEP, {})])
    assert cue not in finding_features(plain, plain.findings[0])


def test_auc_curve_and_summary() -> None:
    assert auc([1, 0], [0.5, 0.5]) == 0.5 and auc([1, 1, 0], [0.9, 0.8, 0.1]) == 1.0
    (t, kept, precision, recall), = curve([1, 1, 0, 0], [0.9, 0.7, 0.8, 0.1], (0.75,))
    assert (kept, precision, recall) == (0.5, 0.5, 0.5)
    folds = grouped_folds(["a", "a", "b", "c"])
    assert folds[0] == folds[1] and set(folds) <= {str(i) for i in range(5)}


def test_out_of_fold_scores_a_separable_toy_and_beats_the_base_rate() -> None:
    features = [["w=good"]] * 10 + [["w=bad"]] * 10
    labels = [1] * 10 + [0] * 10
    scored = out_of_fold(features, labels, [str(i % 5) for i in range(20)], c=1.0)
    s = summary(scored)
    assert s["auc"] == 1.0 and s["brier"] < s["brier_base"]


def test_training_is_reproducible(tmp_path: Path) -> None:
    rows = [Row("X", f"id{i}", "s", "treats", "o", "asserted", "right" if i % 3 else "not-stated",
                ("rel=treats", f"cue={'hedge' if i % 3 == 0 else 'statistic'}")) for i in range(12)]
    first, second = train(rows, 0.3), train(rows, 0.3)
    assert first == second and first.weights["cue=statistic"][0] > 0 > first.weights["cue=hedge"][0]


def test_scored_findings_use_the_model_and_keep_findings_without_one() -> None:
    context = _context("Ketamine may reduce depression.",
                       [(KET, "treats", DEP, {"hedged": True}), (KET, "treats", DEP, {})])
    model = LinearModel(("0", "1"), (0.0,), {"pol=hedged": (-2.0,), "w=subj": (1.0,)})
    hedged, plain = scored_findings(context, model)
    assert hedged.confidence == 0.269 and plain.confidence == 0.731  # logistic(1 - 2), logistic(1)
    bare = FindingContext(context.annotated, context.findings, StudyPico(), None)
    assert scored_findings(bare, LinearModel(("0", "1"), (0.0,), {}))[0].confidence == 0.5


def test_the_shipped_model_scores_every_extracted_finding() -> None:
    model = load_model()
    assert model is not None and model.classes == ("0", "1") and model.meta["rows"] > 500
    doc = Document("a.txt", "Ketamine in depression",
                   "Ketamine significantly reduced depressive symptoms compared with placebo (p < 0.01).")
    findings = extract_document(doc).findings
    assert findings and all(f.confidence is not None and 0 < f.confidence < 1 for f in findings)


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
@pytest.mark.parametrize(("confidence", "conforms"), [(0.0, True), (0.5, True), (1.0, True), (1.2, False)])
def test_the_confidence_triple_and_its_shape(engine: str, confidence: float, conforms: bool) -> None:
    doc = Document("a.txt", "", "Ketamine reduced depression.")
    finding = Finding(KET, "treats", DEP, doc.abstract, "abstract", 0, 28, role="results", confidence=confidence)
    lines = extraction_to_ntriples(Extraction(document=doc, findings=(finding,)), BASE)
    expected = f"{confidence:.3f}".rstrip("0").rstrip(".") or "0"
    assert any(f'<{IPKG}findingConfidence> "{expected}"^^<{XSD}decimal> .' in line for line in lines)
    violations = [r for r in validate_text("\n".join(lines) + "\n", engine=engine)
                  if r.severity.endswith("Violation") and "findingConfidence" in r.path]
    assert (not violations) == conforms, violations


def test_no_confidence_no_triple() -> None:
    doc = Document("a.txt", "", "Ketamine reduced depression.")
    finding = Finding(KET, "treats", DEP, doc.abstract, "abstract", 0, 28)
    assert not any("findingConfidence" in line
                   for line in extraction_to_ntriples(Extraction(document=doc, findings=(finding,)), BASE))


@pytest.mark.shared
def test_the_table_of_a_judged_sample_joins_most_of_its_judgments(tmp_path: Path) -> None:
    rows, stats = build_table(REPO / "tests" / "data" / "findings", SHARED, samples=("J",))
    write_table(tmp_path / "table.jsonl", rows)
    written = [json.loads(line) for line in (tmp_path / "table.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(w["id"], w["judgment"], tuple(w["features"])) for w in written] == [
        (r.id, r.judgment, r.features) for r in rows]
    assert stats.judged == 22 and stats.conflicts == 0
    assert stats.joined >= 0.7 * stats.judged  # the tree still states most of what was judged
    assert stats.joined == sum(r.label is not None for r in rows) and stats.findings == len(rows)
    assert {r.sample for r in rows} == {"J"} and all(any(f.startswith("rel=") for f in r.features) for r in rows)
    # no abstract's id, no entity's name (a long label: a short one may be a common word of another phrase)
    assert not any(r.id in f or len(r.subject) > 12 and r.subject.lower() in f for r in rows for f in r.features)



@pytest.mark.shared
@pytest.mark.parametrize("folder", SAMPLE_FOLDERS)
def test_every_judged_id_keeps_its_rank_in_its_draw(folder: str) -> None:
    """A file added under tests/data later must not move a fresh draw (session 19: a new design sample moved
    fresh-s15's, and files added since sample J had moved fresh-s11's ranks 200-399): every judged sample still holds
    its judged ids (fresh-s11's A-E by ``draw``, every other sample by ``RANGES`` over ``ranked``)."""
    judged = read_judgments(REPO / "tests" / "data" / "findings")
    module = _module(REPO / "tests" / "data" / "findings" / folder / "sample.py")
    ranked = module.ranked(SHARED)
    samples = {letter: ranked[start:end] for letter, (start, end) in module.RANGES.items()}
    if hasattr(module, "draw"):
        samples.update(zip("ABCDE", module.draw(SHARED)))
    for letter, ids in samples.items():
        ids_judged = {row["id"] for row in judged[letter].values()}
        assert ids_judged and ids_judged <= set(ids), letter
