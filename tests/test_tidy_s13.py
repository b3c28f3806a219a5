"""Session 13's tidy-up (issues 11, 12: "annotate a document once ... and let design, sample size and findings read
that one object"): what moved keeps its behaviour. Sentences self-written in the wording of Evidence Inference's
train split; mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

from ipkg.extract import arm_outcomes, trial_results
from ipkg.extract.findings import read_study
from tests.test_findings_round18 import _annotated

_METHODS = "Patients were randomized to receive dexmedetomidine (group D) or placebo (group P)."


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
                                     "(p < 0.01). Cough did not differ between group D and the placebo group "
                                     "(p = 0.40).")
    findings, _ = read_study(annotated, "RandomizedControlledTrial")
    rows = {(f.subject.label.lower(), f.predicate, f.obj.label, f.negated) for f in findings if f.role == "results"}
    assert ("dexmedetomidine", "treats", "Nausea", False) in rows
    assert ("dexmedetomidine", "treats", "Cough", True) in rows
    assert len(calls) == 1


# --- one population pattern, one null reading (arm_outcomes.population_pattern, trial_results.null_spans) -----------

def test_population_pattern_options() -> None:
    """Both readers' populations come from one builder; the null reader's adds animals, "at risk of" and reads a
    count of the population as an outcome."""
    from ipkg.extract.arm_outcomes import _POPULATION as arms
    from ipkg.extract.trial_results import _POPULATION as nulls

    assert arms.search("in patients diagnosed with ") and nulls.search("in patients diagnosed with ")
    assert nulls.search("in dogs at risk of ") and not arms.search("in dogs at risk of ")
    assert arms.search("the proportion of patients with ") and not nulls.search("the proportion of patients with ")
    assert not arms.search("patients with severe depression were then ")  # at most three words before the condition


def test_null_spans_and_p_values() -> None:
    from ipkg.extract.trial_results import _null_wording, null_by_p, null_spans

    text = "Nausea was unchanged and did not differ between the groups (p = 0.40)."
    assert len(null_spans(text, compares=True)) == len(null_spans(text)) + 1  # "unchanged" only where arms compare
    assert null_by_p("Vomiting: 10% vs 16% (P = .20).") and not null_by_p("Vomiting: 10% vs 16% (P = .20; p < 0.01).")
    assert _null_wording("Vomiting was 10% in the X group and 16% in the control group (P = .20).") == []
    # a significant result beside the null wording: no plain null result
    assert _null_wording("Nausea did not differ, and cough was significantly lower in the X group.") is None


def test_evidence_reading_keeps_its_two_cues() -> None:
    """The rules' reading of a cited excerpt: the shipped cues without the whole-sentence guards."""
    from ipkg.extract.trial_corpus import rule_says_null
    from ipkg.extract.trial_results import _null_wording

    excerpt = "At baseline and after treatment, nausea did not differ between groups"
    assert rule_says_null(excerpt) and _null_wording(excerpt) is None
    assert not rule_says_null("Nausea was significantly lower with X (p < 0.01)")


def test_one_list_of_nestable_classes() -> None:
    from ipkg.extract.short_forms import NESTABLE
    from ipkg.ground import matcher

    assert NESTABLE is matcher.NESTABLE and "Cytokine" in NESTABLE


def test_the_p_value_readers_differ_where_documented() -> None:
    """arm_outcomes reads significance numerically; trial_results by pattern, with a null side ("p = NS") and
    "p = 0.05" undecided (arm_outcomes._significant's docstring)."""
    from ipkg.extract.arm_outcomes import _significant
    from ipkg.extract.trial_results import P_NULL, SIGNIFICANT

    assert _significant("lower (p = 0.049)") and SIGNIFICANT.search("lower (p = 0.049)")
    assert not _significant("lower (p = 0.05)") and not SIGNIFICANT.search("(p = 0.05)") and not P_NULL.search(
        "(p = 0.05)")
    assert not _significant("lower (p < .053)") and SIGNIFICANT.search("lower (p < .053)")
    assert P_NULL.search("similar (p = NS)") and not _significant("similar (p = NS)")


def test_not_known_states_shared_and_lists_apart() -> None:
    """Both "not known" readers start from one list of states; a contested statement is a hedge, no open question,
    and "remains to be determined" an open question, no trailing hedge."""
    from ipkg.extract.negation import NOT_KNOWN_STATES, _TRAILING_HEDGE
    from ipkg.extract.unclaimed import _NOT_KNOWN_VERB, unclaimed_spans

    for state in NOT_KNOWN_STATES.split("|"):
        assert _TRAILING_HEDGE.search(f"X remains {state}") and _NOT_KNOWN_VERB.search(f"X remains {state}")
    assert _TRAILING_HEDGE.search("remains controversial") and not _NOT_KNOWN_VERB.search("remains controversial")
    assert _NOT_KNOWN_VERB.search("remains to be determined") and not _TRAILING_HEDGE.search("remains to be determined")
    assert unclaimed_spans("Whether ketamine reduces IL-6 in depression remains to be determined.")


def test_null_wording_folded_and_unfoldable_alike() -> None:
    """The null reading's searches run over the lower-cased sentence; a sentence that cannot be lower-cased offset
    for offset (a dotless ı) is read with the original patterns, to the same spans."""
    from ipkg.cues import fold
    from ipkg.extract.trial_results import _null_wording

    plain = "Nausea did not differ between the X and placebo groups (P = .40)."
    odd = plain.replace("X", "Kırıkkale")
    assert fold(odd).lower is None and fold(plain).lower is not None
    assert _null_wording(plain) == _null_wording(plain, fold(plain)) == [(7, 21)]
    assert _null_wording(odd) == [(7, 21)]
    assert _null_wording("NAUSEA DID NOT DIFFER BETWEEN THE GROUPS.") == [(7, 21)]
