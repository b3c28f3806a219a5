"""The chemical-induced disease model (issue 12): shipped weights applied in pure Python, never scikit-learn or
pickle at run time, and adverse effects the sentence rules miss (BC5CDR training, the data it was fitted to)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ipkg.extract import extract_document, get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.cid_model import CLASSES, WEIGHTS, load_model, pair_features
from ipkg.learn import LinearModel
from ipkg.extract.findings import candidate_findings
from ipkg.extract.mentions import extract_mentions
from ipkg.pipeline import iter_documents

CDR_TRAIN = Path("/work/shared/corpus/external/bc5cdr/CDR_TrainingSet.PubTator.txt")


def test_weights_are_shipped_as_text_and_load() -> None:
    model = load_model()
    assert model is not None and WEIGHTS.suffix == ".tsv"
    assert 0.0 < model.meta["threshold"] < 1.0 and len(model.weights) > 1000 and model.classes == CLASSES
    assert not WEIGHTS.read_bytes().startswith(b"\x80")  # not a pickle
    # a logistic model: more weight, higher probability
    def p(w: float) -> float:
        return LinearModel(CLASSES, (0.0,), {"a": (w,)}).proba(["a"])[1]

    assert p(2.0) > p(1.0) > 0.5 > p(-1.0)


def test_no_scikit_learn_at_run_time() -> None:
    code = ("import sys\nfrom ipkg.extract import extract_document\nfrom ipkg.models import Document\n"
            "extract_document(Document('a.txt', 'Cocaine-induced seizures', 'Seizures developed after cocaine use.'))\n"
            "print('sklearn' in sys.modules, 'ipkg.extract.train_cid' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.skipif(not CDR_TRAIN.is_file(), reason="BC5CDR is not available")
def test_model_finds_an_adverse_effect_the_sentence_rules_miss() -> None:
    # BC5CDR train 3997294, title: "Pneumonitis with pleural and pericardial effusion and neuropathy during
    # amiodarone therapy." (gold CID: amiodarone -> pleural effusion)
    (doc,) = [d for d in iter_documents([str(CDR_TRAIN)]) if d.pmid == "3997294"]
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    annotated = annotate(doc, mentions, abbreviations)
    rules = {(f.subject.label, f.obj.label.lower()) for f in candidate_findings(annotated)
             if f.predicate == "hasAdverseEffect" and f.obj is not None}
    found = {(f.subject.label, f.obj.label.lower()) for f in extract_document(doc).findings
             if f.predicate == "hasAdverseEffect" and not f.negated and f.obj is not None}
    assert ("amiodarone", "pleural effusion") in found - rules, (found, rules)
    features, evidence = pair_features(annotated, candidate_findings(annotated))[
        next((c, d) for c, d in pair_features(annotated, ()) if c.label == "amiodarone"
             and d.label.lower() == "pleural effusion")]
    assert "CT" in features and evidence is not None and "amiodarone" in evidence.text


def test_min_gap_is_the_least_distance_of_two_sorted_lists() -> None:
    from ipkg.extract.cid_model import _min_gap

    assert _min_gap([0, 5, 9], [3, 12]) == 2
    assert _min_gap([4], [4, 8]) == 0
    assert _min_gap([], [1]) == 99


@pytest.mark.skipif(not CDR_TRAIN.is_file(), reason="BC5CDR is not available")
def test_document_features_read_cues_and_pairs_across_sentences() -> None:
    # 3997294 again: amiodarone and pleural effusion share the title, with "during" (an "assoc" cue) between
    (doc,) = [d for d in iter_documents([str(CDR_TRAIN)]) if d.pmid == "3997294"]
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    annotated = annotate(doc, mentions, abbreviations)
    pairs = pair_features(annotated, ())
    features = next(f for (c, d), (f, _) in pairs.items() if c.label == "amiodarone"
                    and d.label.lower() == "pleural effusion")
    assert "CUE:DC:assoc" in features and "SROLE:title" in features and "DLBL:effusion" in features
    # a pair never named in one sentence gets its sentence distance instead of the between-words
    apart = [f for f, _ in pairs.values() if not any(x.startswith("SROLE:") for x in f)]
    assert all(any(x.startswith("SD:") for x in f) for f in apart)


@pytest.mark.skipif(not CDR_TRAIN.is_file(), reason="BC5CDR is not available")
def test_gold_mentions_fall_on_their_text() -> None:
    from ipkg.extract.train_cid import gold_mentions

    given = gold_mentions(CDR_TRAIN)
    docs = {d.pmid: d for d in iter_documents([str(CDR_TRAIN)])}
    checked = [(docs[p].title if m.passage == "title" else docs[p].abstract)[m.start:m.end] == m.text
               for p in sorted(given)[:50] for m in given[p]]
    assert len(checked) > 500 and sum(checked) / len(checked) > 0.99
    assert {m.concept.cls for p in given for m in given[p]} == {"Intervention", "Disorder"}


def test_statistics_that_say_not_significant() -> None:
    # Evidence Inference train abstracts (trial results stating no significant difference)
    from ipkg.extract.cid_model import not_significant

    assert not_significant("The hazard ratio for myocardial infarction/coronary death with estrogen plus progestin "
                           "was 1.13 (95% confidence interval 0.68–1.89) among non-users of COX inhibitors")
    assert not_significant("Vomiting scores among all groups were similar during all intervals (P>0.05).")
    assert not not_significant("the odds ratio was 2.4 (95% CI 1.3-4.1)")
    assert not not_significant("Seizures occurred in 12 of 40 patients (p < 0.01).")
    assert not not_significant("Seizures occurred in 12 of 40 patients.")  # no statistics: not read as null


def test_a_condition_measured_or_treated_is_no_adverse_effect() -> None:
    from ipkg.extract.cid_evidence import _measured

    text = "Pain severity in methadone group at 6, 12, 18 and 24 hour post operation were 6.4 ± 0.9"  # EI validation
    assert _measured(text, [(0, 4)])
    text = "Duloxetine in the treatment of Major Depressive Disorder: A comparison of efficacy"  # EI train title
    assert _measured(text, [(31, 56)])
    text = "Pneumonitis with pleural and pericardial effusion and neuropathy during amiodarone therapy."  # BC5CDR train
    assert not _measured(text, [(17, 49)])


@pytest.mark.skipif(not CDR_TRAIN.is_file(), reason="BC5CDR is not available")
def test_guarded_candidates_are_what_the_threshold_chooses_from() -> None:
    # BC5CDR train 3997294 again: the model's pairs are the guarded candidates its threshold accepts; with the
    # decision always true (the threshold sweep of train_cid) they include every pair the model states
    from ipkg.extract.cid_model import guarded_candidates, model_findings

    (doc,) = [d for d in iter_documents([str(CDR_TRAIN)]) if d.pmid == "3997294"]
    annotated = annotate(doc, *extract_mentions(doc, get_grounder()))
    candidates = candidate_findings(annotated)
    rules = [f for f in candidates if f.predicate == "hasAdverseEffect" and not f.negated]
    every = {(c.label, d.label.lower()) for c, d, _, _ in guarded_candidates(annotated, candidates, rules, None,
                                                                              lambda f: True)}
    stated = {(f.subject.label, f.obj.label.lower()) for f in model_findings(annotated, candidates, rules)}
    assert ("amiodarone", "pleural effusion") in stated <= every
    assert not guarded_candidates(annotated, candidates, rules, None, lambda f: False)
    # a pair the rules typed is never the model's to state
    assert not {(f.subject.label, f.obj.label.lower()) for f in rules if f.obj is not None} & every


def test_the_agent_of_a_relief_is_no_candidate_cause() -> None:
    # the wording of BC5CDR train 10721819: "tachycardia was reversed to significant bradycardia, an effect that
    # was partly reduced by i.v. domperidone"
    from ipkg.extract.cid_model import guarded_candidates
    from ipkg.models import Concept, Document, Mention

    obo = "http://purl.obolibrary.org/obo/"
    bromocriptine = Concept(obo + "CHEBI_3181", "bromocriptine", "Intervention")
    domperidone = Concept(obo + "CHEBI_31515", "domperidone", "Intervention")
    tachycardia = Concept(obo + "HP_0001649", "Tachycardia", "Phenotype")

    def pairs(text: str) -> set[tuple[str, str]]:
        lower = text.lower()
        mentions = sorted(Mention("abstract", lower.index(t), lower.index(t) + len(t), text[lower.index(t):][:len(t)], c)
                          for t, c in (("bromocriptine", bromocriptine), ("tachycardia", tachycardia),
                                       ("domperidone", domperidone)) if t in lower)
        annotated = annotate(Document("t.txt", "", text), mentions)
        return {(c.label, d.label) for c, d, _, _ in guarded_candidates(
            annotated, candidate_findings(annotated), (), None, lambda f: True)}

    relieved = pairs("Bromocriptine-induced tachycardia was reversed, an effect that was partly reduced by "
                     "i.v. domperidone.")
    assert ("domperidone", "Tachycardia") not in relieved
    # the relief guard alone (the tachycardia not named as bromocriptine's doing: see test_cid_guards)
    assert ("domperidone", "Tachycardia") not in pairs("Tachycardia after bromocriptine was reversed, an effect that "
                                                       "was partly reduced by i.v. domperidone.")
    assert ("domperidone", "Tachycardia") in pairs("Tachycardia after bromocriptine was reversed, an effect that was "
                                                   "partly seen with i.v. domperidone.")
