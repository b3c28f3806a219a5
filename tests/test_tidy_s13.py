"""Session 13's tidy-up (issues 11, 12: "annotate a document once ... and let design, sample size and findings read
that one object"): what moved keeps its behaviour. Sentences self-written in the wording of Evidence Inference's
train split; mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

from ipkg.extract import arm_outcomes, get_grounder, trial_results
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document

_METHODS = "Patients were randomized to receive dexmedetomidine (group D) or placebo (group P)."


def _annotated(methods: str, results: str):  # type: ignore[no-untyped-def]
    text = methods + " " + results
    doc = Document("t.txt", "A randomized trial", text, sections=(("METHODS", 0, len(methods)),
                                                                  ("RESULTS", len(methods) + 1, len(text))))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    return annotate(doc, mentions, abbreviations)


# --- one trial context per document (annotate.AnnotatedDocument.derived) --------------------------------------------

def test_derived_computes_once_per_document() -> None:
    annotated = _annotated(_METHODS, "Nausea was lower.")
    calls: list[int] = []

    def count(doc):  # type: ignore[no-untyped-def]
        calls.append(1)
        return len(doc.sentences)

    assert annotated.derived(count) == annotated.derived(count) == 3
    assert len(calls) == 1
    other = _annotated(_METHODS, "Cough was lower.")
    assert other.derived(count) == 3 and len(calls) == 2  # another document, its own slot


def test_both_trial_readers_share_one_trial_context(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A comparison of the arms (arm_outcomes) and a null result (trial_results) in one abstract: the setting, arm
    labels and scales are read once, and both readers still use them (group D stands for dexmedetomidine)."""
    calls: list[int] = []
    setting = arm_outcomes.trial_setting

    def counted(annotated):  # type: ignore[no-untyped-def]
        calls.append(1)
        return setting(annotated)

    monkeypatch.setattr(arm_outcomes, "trial_setting", counted)
    monkeypatch.setattr(trial_results, "trial_setting", counted, raising=False)  # were it imported there again
    annotated = _annotated(_METHODS, "The incidence of nausea was significantly lower in group D than in group P "
                                     "(p < 0.01). Cough did not differ between group D and the placebo group (p = 0.40).")
    findings, _ = read_study(annotated, "RandomizedControlledTrial")
    rows = {(f.subject.label.lower(), f.predicate, f.obj.label, f.negated) for f in findings if f.role == "results"}
    assert ("dexmedetomidine", "treats", "Nausea", False) in rows
    assert ("dexmedetomidine", "treats", "Cough", True) in rows
    assert len(calls) == 1
