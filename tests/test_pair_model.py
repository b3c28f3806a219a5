"""The pair model's candidates, features, polarity, training, variants and shipping test (issue 12;
docs/findings.md 10 and 10b).

Sentences are written for these tests; the curated parts are read only by the last tests (dev's read half,
skipped without the shared folder)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from ipkg.extract import pair_model as pm
from ipkg.extract.annotate import annotate
from ipkg.extract import pair_cv
from ipkg.extract.train_pairs import fit, folds, score_part
from ipkg.learn import LinearModel, write_model
from ipkg.models import Concept, Document, Finding, Mention

KET = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
IL6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin-6", "Cytokine")
DEP = Concept("http://purl.obolibrary.org/obo/MONDO_0002050", "depressive disorder", "Disorder")
SHARED = Path("/work/shared")


def _doc(text: str, *words: tuple[str, Concept]):
    mentions = []
    for word, concept in words:
        at = text.index(word)
        mentions.append(Mention("abstract", at, at + len(word), word, concept))
    return annotate(Document("t.txt", "", text), mentions)


def _pairs(annotated, skip=frozenset()):
    return {(c.subject.concept.label, c.obj.concept.label): c for c in pm.candidates(annotated, skip)}


def test_allowed_follows_the_relation_table():
    assert pm.allowed("Intervention", "Disorder") == ("treats", "hasAdverseEffect")
    assert pm.allowed("Intervention", "Intervention") == ("potentiates",)
    assert "actsThrough" in pm.allowed("Intervention", "Pathway")
    assert "actsThrough" not in pm.allowed("Intervention", "Cytokine")
    assert pm.allowed("Disorder", "ImmuneCell") == ("associatedWith",)
    assert pm.allowed("Cytokine", "Intervention") == () and pm.allowed("Disorder", "Disorder") == ()
    # an exposure is read as an intervention that is the subject of the exposure predicates only, never an object
    assert pm.allowed("Exposure", "Disorder") == ("hasAdverseEffect",)
    assert pm.allowed("Exposure", "Pathway") == ("increases", "decreases", "modulates", "actsThrough")
    assert pm.allowed("Exposure", "Intervention") == () and pm.allowed("Intervention", "Exposure") == ()


def test_an_exposure_is_a_subject_and_masked_like_every_linked_mention():
    defeat = Concept("http://example.org/exposure/social-defeat", "social defeat", "Exposure")
    doc = _doc("Social defeat raised plasma IL-6, which ketamine lowered.", ("Social defeat", defeat),
               ("IL-6", IL6), ("ketamine", KET))
    pairs = _pairs(doc)
    assert set(pairs) == {("social defeat", "interleukin-6"), ("ketamine", "interleukin-6")}
    feats = set(pairs[("ketamine", "interleukin-6")].features)
    assert "L=raised" in feats and not any("defeat" in f or "social" in f for f in feats)


def test_candidates_are_the_ordered_pairs_a_relation_links():
    doc = _doc("Ketamine reduced IL-6 levels in patients with depression.", ("Ketamine", KET), ("IL-6", IL6),
               ("depression", DEP))
    pairs = _pairs(doc)
    assert set(pairs) == {("ketamine", "interleukin-6"), ("ketamine", "depressive disorder"),
                          ("depressive disorder", "interleukin-6")}
    # a pair the rules relate is not a candidate, in either order
    stated = Finding(subject=KET, predicate="modulates", obj=IL6, evidence="", passage="abstract", start=0, end=1)
    assert pm.related((stated,)) == {(KET.iri, IL6.iri), (IL6.iri, KET.iri)}
    assert ("ketamine", "interleukin-6") not in _pairs(doc, pm.related((stated,)))


def test_features_read_the_masked_words_between():
    doc = _doc("Ketamine reduced IL-6 levels in patients with depression.", ("Ketamine", KET), ("IL-6", IL6),
               ("depression", DEP))
    feats = set(_pairs(doc)[("ketamine", "interleukin-6")].features)
    assert {"W=reduced", "G=Intervention>Cytokine", "ORD=S", "GAP=1"} <= feats
    assert not any("ketamine" in f or "il-6" in f for f in feats)  # the mentions themselves are masked
    back = set(_pairs(doc)[("depressive disorder", "interleukin-6")].features)
    assert "ORD=O" in back and "W=patients" in back


def test_polarity_reuses_the_negation_and_hedge_scopes():
    def finding(text: str, role: str | None = None) -> Finding:
        doc = _doc(text, ("Ketamine", KET), ("IL-6", IL6))
        if role:
            doc = replace(doc, sentences=tuple(replace(s, role=role) for s in doc.sentences))
        return pm.to_finding(_pairs(doc)[("ketamine", "interleukin-6")], "decreases")

    plain = finding("Ketamine lowered plasma IL-6 in the patients.", "results")
    assert (plain.negated, plain.hedged, plain.direction) == (False, False, "decrease")
    assert finding("Ketamine did not lower plasma IL-6 in the patients.", "results").negated
    hedged = finding("Ketamine may lower plasma IL-6 in the patients.", "results")
    assert hedged.hedged and not hedged.negated
    assert finding("Ketamine lowered plasma IL-6 in the patients.", "methods").hedged  # what was tested


def test_predictions_add_only_pairs_the_rules_leave_empty():
    doc = _doc("Ketamine lowered plasma IL-6 in the patients.", ("Ketamine", KET), ("IL-6", IL6))
    toy = LinearModel(pm.RELATIONS, (0.0,) * len(pm.RELATIONS),
                      {"W=lowered": tuple(4.0 if r == "decreases" else 0.0 for r in pm.RELATIONS)})
    [(p, f)] = pm.predictions(toy, doc, ())
    assert p > 0.9 and (f.subject, f.predicate, f.obj) == (KET, "decreases", IL6)
    stated = Finding(subject=KET, predicate="modulates", obj=IL6, evidence="", passage="abstract", start=0, end=1)
    assert pm.predictions(toy, doc, (stated,)) == []


def test_no_model_file_no_findings(tmp_path):
    doc = _doc("Ketamine lowered plasma IL-6 in the patients.", ("Ketamine", KET), ("IL-6", IL6))
    assert pm.load_model(tmp_path / "absent.json.gz") is None
    if not pm.MODEL_PATH.exists():  # the model is not shipped (docs/findings.md section 10)
        assert pm.pair_findings(doc, ()) == ()


def test_the_findings_stage_does_not_call_the_model(monkeypatch):
    """No on/off switch guards the training's reading (the rules' findings alone): nothing in the pipeline calls
    :func:`pair_findings`. Wiring it (docs/findings.md section 10) makes this fail, and the training must then
    read the rules without it."""
    from ipkg.extract.findings import read_study

    doc = _doc("Ketamine was given and plasma IL-6 was measured in the patients.", ("Ketamine", KET), ("IL-6", IL6))
    toy = LinearModel(pm.RELATIONS, (0.0,) * len(pm.RELATIONS),
                      {"G=Intervention>Cytokine": tuple(4.0 if r == "decreases" else 0.0 for r in pm.RELATIONS)},
                      {"threshold": 0.5})
    monkeypatch.setattr(pm, "load_model", lambda path=pm.MODEL_PATH: toy)
    found, _ = read_study(doc)
    added = pm.pair_findings(doc, found)
    assert [(f.subject, f.predicate, f.obj) for f in added] == [(KET, "decreases", IL6)]  # the model would add it
    assert not any(f.predicate == "decreases" and f.obj == IL6 for f in found)  # the findings stage does not


def test_a_model_of_another_use_adds_nothing(monkeypatch):
    """A model written by ``train_pairs`` for ``pair_cv``'s filter, relabel or judge is no adder."""
    doc = _doc("Ketamine was given and plasma IL-6 was measured in the patients.", ("Ketamine", KET), ("IL-6", IL6))
    weights = {"G=Intervention>Cytokine": tuple(4.0 if r == "decreases" else 0.0 for r in pm.RELATIONS)}
    for mode, added in (("add", 1), ("filter", 0), ("judge", 0)):
        toy = LinearModel(pm.RELATIONS, (0.0,) * len(pm.RELATIONS), weights, {"threshold": 0.5, "mode": mode})
        monkeypatch.setattr(pm, "load_model", lambda path=pm.MODEL_PATH, toy=toy: toy)
        assert len(pm.pair_findings(doc, ())) == added, mode


def test_fit_is_deterministic(tmp_path):
    rows = [(["W=lowered", "G=a"], "decreases"), (["W=raised", "G=a"], "increases"), (["W=and", "G=a"], "none"),
            (["W=lowered", "G=b"], "decreases"), (["W=with", "G=b"], "none"), (["W=raised"], "increases")]
    paths = []
    for n in range(2):
        model = fit(rows, 1.0, {"threshold": 0.5})
        paths.append(tmp_path / f"m{n}.json.gz")
        write_model(paths[-1], model.classes, model.bias, model.weights, dict(model.meta))
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert LinearModel.from_file(paths[0]).predict(["W=lowered"]) == "decreases"


def test_folds_group_by_abstract_and_mix_the_parts():
    parts = ("dev", "tune", "tune2", "tune3")
    abstracts = [SimpleNamespace(part=part, key=f"{part}-{n}") for part in parts for n in range(12)]
    assignment = folds(abstracts)  # type: ignore[arg-type]
    assert assignment == folds(abstracts)  # type: ignore[arg-type]
    for k in range(5):
        members = [a.part for a, f in zip(abstracts, assignment) if f == k]
        assert set(parts) <= set(members)


def test_shipping_needs_a_pooled_gain_and_no_part_loss():
    def row(f1: float, harmful: int = 0) -> dict:
        return {"strict": (0.0, 0.0, f1), "harmful": harmful}

    rules = {"dev": row(0.81), "tune3": row(0.245), "all": row(0.599)}
    assert pair_cv.passes(rules, {"dev": row(0.81), "tune3": row(0.25), "all": row(0.60)})
    # one part may lose at most 0.005
    assert pair_cv.passes(rules, {"dev": row(0.805), "tune3": row(0.26), "all": row(0.60)})
    assert not pair_cv.passes(rules, {"dev": row(0.80), "tune3": row(0.26), "all": row(0.60)})
    assert not pair_cv.passes(rules, {"dev": row(0.82), "tune3": row(0.25), "all": row(0.599)})  # pooled only equal
    assert not pair_cv.passes(rules, {"dev": row(0.82, 1), "tune3": row(0.25), "all": row(0.61, 1)})  # a harmful one


def _tool():
    """A stand-in for ``tools/score_findings.py``: concepts match by IRI."""
    return SimpleNamespace(matches=lambda gold, view: gold["iri"] == view["iri"], curie=lambda iri: iri,
                           norm=lambda text: text.lower(), CHANGES={"increases", "decreases", "modulates"})


def _gold(subject: Concept, relation: str, obj: Concept, polarity: str = "asserted") -> dict:
    return {"subject": {"iri": subject.iri}, "relation": relation, "object": {"iri": obj.iri}, "polarity": polarity,
            "evidence": ""}


def _abstract(doc, found, gold):
    from ipkg.extract.pair_corpus import Abstract
    from ipkg.models import StudyPico

    return Abstract("tune", "a1", doc, StudyPico(), tuple(found), gold)


def test_score_part_counts_a_reading_that_drops_or_adds():
    doc = _doc("Ketamine lowered plasma IL-6 and relieved depression.", ("Ketamine", KET), ("IL-6", IL6),
               ("depression", DEP))
    right = Finding(subject=KET, predicate="decreases", obj=IL6, evidence="", passage="abstract", start=0, end=50)
    wrong = Finding(subject=KET, predicate="hasAdverseEffect", obj=DEP, evidence="", passage="abstract", start=0,
                    end=50)
    treats = replace(wrong, predicate="treats")
    a = _abstract(doc, (right, wrong), [_gold(KET, "decreases", IL6), _gold(KET, "treats", DEP)])
    tool = _tool()
    assert score_part([a], {}, tool)["strict"] == (0.5, 0.5, 0.5)
    dropped = score_part([a], {"a1": ((right,), [])}, tool)  # the wrong one dropped
    assert dropped["strict"] == (1.0, 0.5, 0.667) and (dropped["dropped"], dropped["dropped_right"]) == (1, 0)
    relabelled = score_part([a], {"a1": ((right, treats), [])}, tool)
    assert relabelled["strict"] == (1.0, 1.0, 1.0) and (relabelled["added"], relabelled["added_right"]) == (1, 1)
    lost = score_part([a], {"a1": ((wrong,), [])}, tool)
    assert (lost["dropped"], lost["dropped_right"]) == (1, 1)


def _toy(weights: dict, classes=pm.RELATIONS) -> LinearModel:
    return LinearModel(classes, (0.0,) * len(classes), weights)


def test_the_filter_drops_a_rule_finding_its_pair_is_scored_low_in():
    doc = _doc("Ketamine was given and plasma IL-6 was measured.", ("Ketamine", KET), ("IL-6", IL6))
    stated = Finding(subject=KET, predicate="decreases", obj=IL6, evidence="", passage="abstract",
                     start=doc.sentences[0].start, end=doc.sentences[0].end)
    a = _abstract(doc, (stated,), [])
    prep = pair_cv.Prepared(a, list(pm.candidates(doc)), ["none", "none"], [frozenset()])
    variant = pair_cv.Variant("filter", "filter")
    low = pair_cv.score(variant, _toy({"W=given": tuple(4.0 if r == "none" else 0.0 for r in pm.RELATIONS)}), prep)
    assert pair_cv.apply(variant, low, 0.2) == ((), [])  # read as no relation: the finding is dropped
    high = pair_cv.score(variant, _toy({"W=given": tuple(4.0 if r == "decreases" else 0.0 for r in pm.RELATIONS)}), prep)
    assert pair_cv.apply(variant, high, 0.2) == ((stated,), [])
    assert pair_cv.apply(variant, low, None) == ((stated,), [])  # no threshold: the rules alone
    # a finding with no candidate in its sentence (another sentence's pair) is kept
    elsewhere = replace(stated, start=1000, end=1100)
    far = pair_cv.score(variant, _toy({}), pair_cv.Prepared(_abstract(doc, (elsewhere,), []), prep.cands,
                                                         prep.labels, [frozenset()]))
    assert pair_cv.apply(variant, far, 0.5) == ((elsewhere,), [])


def test_relabel_takes_the_models_relation_by_a_margin_and_judge_reads_the_rules_relation():
    doc = _doc("Ketamine lowered plasma IL-6.", ("Ketamine", KET), ("IL-6", IL6))
    stated = Finding(subject=KET, predicate="increases", obj=IL6, evidence="", passage="abstract",
                     start=doc.sentences[0].start, end=doc.sentences[0].end, direction="increase")
    prep = pair_cv.Prepared(_abstract(doc, (stated,), []), list(pm.candidates(doc)), ["decreases", "none"],
                            [frozenset({"negated"})])
    relabel = pair_cv.Variant("relabel", "relabel")
    scored = pair_cv.score(relabel, _toy({"W=lowered": tuple(4.0 if r == "decreases" else 0.0 for r in pm.RELATIONS)}),
                           prep)
    [(kept,), added] = pair_cv.apply(relabel, scored, 0.3)
    assert (kept.predicate, kept.direction, added) == ("decreases", "decrease", [])
    assert pair_cv.apply(relabel, scored, 0.99) == ((stated,), [])  # the margin is not reached
    judge = pair_cv.Variant("judge", "judge")
    [(features, label)] = pair_cv.rows(judge, [prep])
    assert label == "wrong" and {"P=increases", "POL=asserted", "W=lowered"} <= set(features)
    # the polarity second opinion learns the gold polarity of the rule's finding
    second = pair_cv.Variant("polarity", "polarity")
    assert [label for _, label in pair_cv.rows(second, [prep])] == ["negated"]
    toy = _toy({"W=lowered": (0.0, 3.0, 0.0)}, ("asserted", "negated", "hedged"))
    [(flipped,), _] = pair_cv.apply(second, pair_cv.score(second, toy, prep), 0.5)
    assert flipped.negated and not flipped.hedged and flipped.predicate == "increases"
    assert pair_cv.apply(second, pair_cv.score(second, toy, prep), 0.99) == ((stated,), [])


def test_variant_rows_follow_the_training_set_and_the_extra_features():
    doc = _doc("Ketamine lowered plasma IL-6 in depression.", ("Ketamine", KET), ("IL-6", IL6), ("depression", DEP))
    stated = Finding(subject=KET, predicate="decreases", obj=IL6, evidence="", passage="abstract",
                     start=doc.sentences[0].start, end=doc.sentences[0].end)
    a = replace(_abstract(doc, (stated,), []), design="rct")
    cands = list(pm.candidates(doc))
    prep = pair_cv.Prepared(a, cands, ["none"] * len(cands), [frozenset({"asserted"})])
    assert prep.right == [True]
    every = pair_cv.rows(pair_cv.Variant("all", "add"), [prep])
    uncovered = pair_cv.rows(pair_cv.Variant("uncovered", "add", uncovered=True), [prep])
    assert len(every) == len(cands) == len(uncovered) + 1  # the rules' pair is left out of the uncovered rows
    [first, *_] = pair_cv.rows(pair_cv.Variant("design, cues", "add", design=True, cues=True), [prep])
    assert {"DESIGN=rct", "RULE=decreases", "S_IN_RULE"} <= set(first[0])
    assert pair_cv.pruned([(["a", "b"], "x"), (["a"], "y")]) == [(["a"], "x"), (["a"], "y")]


@pytest.mark.skipif(not (SHARED / "corpus" / "dev" / "gold-findings.jsonl").exists(), reason="needs ../shared")
def test_diagnosis_accounts_for_every_missed_finding():
    from ipkg.extract.pair_corpus import DEV_UNREAD, load_part, scorer
    from ipkg.extract.train_pairs import diagnose

    if not DEV_UNREAD.exists():
        pytest.skip("the list of dev's unread abstracts is not here")
    tool = scorer(SHARED)
    dev = load_part("dev", SHARED)
    unread = set(DEV_UNREAD.read_text(encoding="utf-8").split())
    assert dev and not {a.key for a in dev} & unread  # dev's read half only
    counts = diagnose(dev, tool)["dev"]
    assert counts["gold"] == sum(len(a.gold) for a in dev) and counts["found"] + counts["missed"] == counts["gold"]
    kinds = counts["d wrong polarity"] + counts["d wrong relation"] + counts["c not grounded"] + counts["a both grounded"]
    assert kinds == counts["missed"] and counts["b one sentence"] <= counts["a both grounded"]
    # the scorer's recall and the diagnosis count the same hits
    assert score_part(dev, {}, tool)["strict"][1] == round(counts["found"] / counts["gold"], 3)


@pytest.mark.skipif(not (SHARED / "corpus" / "dev" / "gold-findings.jsonl").exists(), reason="needs ../shared")
def test_every_read_abstract_is_read_out_of_fold():
    from ipkg.extract.pair_corpus import DEV_UNREAD, load_part, scorer

    if not DEV_UNREAD.exists():
        pytest.skip("the list of dev's unread abstracts is not here")
    tool = scorer(SHARED)
    preps = [pair_cv.prepare(a, tool) for a in load_part("dev", SHARED)]
    assignment = folds([p.abstract for p in preps])
    rules = pair_cv.by_part(preps, {}, tool)
    for variant in (pair_cv.Variant("add", "add"), pair_cv.Variant("filter", "filter", 1.0)):
        readings, chosen, scored = pair_cv.run(variant, preps, assignment, tool)
        assert set(readings) == {p.abstract.key for p in preps} and len(chosen) == 5 and len(scored) == len(preps)
        results = pair_cv.by_part(preps, readings, tool)
        assert results["dev"]["gold"] == rules["dev"]["gold"] and results["all"]["harmful"] == 0
        # a fold with no threshold is the rules as they are
        unchanged = pair_cv.readings(variant, scored, None)
        assert pair_cv.by_part(preps, unchanged, tool)["all"]["strict"] == rules["all"]["strict"]
