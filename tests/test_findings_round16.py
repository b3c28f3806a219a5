"""Round 16 of the findings rules (s11 issue 12; docs/findings.md section 16): the general causes of the wrong
findings of the fresh sample B (tests/data/findings/fresh-s11/), each narrowing a rule that misfired. Self-written
sentences in the wording of animal, clinical and review abstracts; mentions from the shipped lexicon.
"""

from __future__ import annotations

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.cid_evidence import model_finding_stands as _model_finding_stands
from ipkg.extract.mentions import extract_mentions
from ipkg.extract.negation import is_negated
from ipkg.models import Document, Finding
from tests.test_findings_round10 import _rows


# ---------------------------------------------------------------- the yardstick of a comparison is no agent
def test_the_reference_drugs_of_a_comparison_treat_nothing_here() -> None:
    rows = _rows("Activation of the receptor produced antidepressant-like effects similar in magnitude to the effects "
                 "of clinically relevant antidepressants and anxiolytics in rodent models of depression and anxiety.",
                 section="CONCLUSIONS")
    assert not any(r[0] in ("antidepressant", "anxiolytic drug") for r in rows)
    rows = _rows("The antidepressant effect of ketamine was comparable to that of fluoxetine in mice with depression.")
    assert ("ketamine", "treats", "depressive disorder", False, False) in rows
    assert not any(r[0] == "fluoxetine" for r in rows)
    # the same drug as the agent of its own sentence is kept
    rows = _rows("Fluoxetine reduced depression and anxiety in rodent models of depression and anxiety.",
                 section="CONCLUSIONS")
    assert ("fluoxetine", "treats", "depressive disorder", False, False) in rows


def test_a_treatment_said_to_fall_short_treats_nothing() -> None:
    rows = _rows("Treatment-resistant depression remains inadequately treated with currently available "
                 "antidepressants.", section="BACKGROUND")
    assert not any(r[1] == "treats" for r in rows)
    rows = _rows("Depression is effectively treated with antidepressants.", section="BACKGROUND")
    assert ("antidepressant", "treats", "depressive disorder", False, False) in rows


# ---------------------------------------------------------------- "did not account for" denies the explanation
def test_did_not_account_for_leaves_the_change_stated() -> None:
    for text in ("However, this did not account for the decrease in IL-12 levels in infected mice.",
                 "This did not account for the increase in IL-6 after stress."):
        at = text.index("IL-")
        assert not is_negated(text, [(at, at + 5)])
    for text in ("Lithium did not reduce IL-12 levels in infected mice.",
                 "The doses cannot explain the reduced IL-12 levels of the treated mice."):  # not a governor
        at = text.index("IL-")
        assert is_negated(text, [(at, at + 5)])


# ---------------------------------------------------------------- an aim and a call for trials state nothing
def test_our_intent_was_is_an_aim() -> None:
    rows = _rows("Our intent was also to discuss whether alterations of the inflammasome are involved in the "
                 "pathophysiology of depression.", section="CONCLUSIONS")
    assert not rows
    rows = _rows("The inflammasome may be involved in the pathophysiology of depression.", section="CONCLUSIONS")
    assert ("depressive disorder", "associatedWith", "inflammasome-mediated signaling pathway", False, True) in rows


def test_encouraging_further_trials_is_an_outlook() -> None:
    rows = _rows("The study encourages further clinical trials in patients with Parkinson's disease treated with "
                 "probiotics.", section="CONCLUSIONS")
    assert not any(r[1] == "treats" for r in rows)
    rows = _rows("Probiotics improved the motor symptoms of Parkinson's disease.", section="CONCLUSIONS")
    assert ("Probiotics", "treats", "Parkinson disease", False, False) in rows


# ---------------------------------------------------------------- the learned CID model's findings, gated
def _model_finding(text: str, chem: str, disease: str, section: str = "RESULTS") -> tuple[bool, Finding]:
    """Whether a model finding (``chem`` hasAdverseEffect ``disease``, cited from the abstract's one sentence) stands;
    the concepts are the mentions ipkg grounds for the two words (``chem`` empty: the chemical is named in the
    title only)."""
    title = "Effects of sulforaphane in mice"
    doc = Document("t.txt", title, text, sections=((section, 0, len(text)),))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    annotated = annotate(doc, mentions, abbreviations)
    sub = next(m.concept for m in mentions if m.text.lower() == (chem or "sulforaphane"))
    obj = next(m.concept for m in mentions if m.passage == "abstract" and m.text.lower() == disease)
    sentence = next(s for s in annotated.sentences if s.passage == "abstract")
    finding = Finding(sub, "hasAdverseEffect", obj, sentence.text, "abstract", sentence.start, sentence.end,
                      role=sentence.role)
    return _model_finding_stands(annotated, finding), finding


def test_a_model_finding_whose_chemical_relieves_the_disease_falls() -> None:
    assert not _model_finding("Dietary sulforaphane significantly prevented splenomegaly in stressed mice.",
                              "sulforaphane", "splenomegaly")[0]
    assert _model_finding("Dietary sulforaphane induced splenomegaly in stressed mice.",
                          "sulforaphane", "splenomegaly")[0]


def test_a_model_finding_from_a_bare_correlation_falls() -> None:
    assert not _model_finding("Bacteroides abundance had significant correlations with depression scores in the "
                              "cocaine users.", "cocaine", "depression")[0]
    assert _model_finding("Cocaine use caused depression in two patients.", "cocaine", "depression")[0]


def test_a_model_finding_cited_without_its_chemical_needs_a_stating_role() -> None:
    stands, finding = _model_finding("Splenomegaly was measured in all mice.", "", "splenomegaly", "METHODS")
    assert finding.role == "methods" and not stands
    stands, finding = _model_finding("Splenomegaly developed in all mice.", "", "splenomegaly", "RESULTS")
    assert finding.role == "results" and stands


def test_similar_to_that_observed_with_a_drug_keeps_its_effect() -> None:
    rows = _rows("Transfer of the cells resulted in an immune response similar to that observed in "
                 "fluoxetine-treated mice (increased IL-4 levels).")
    assert ("fluoxetine", "increases", "interleukin 4", False, False) in rows


def test_a_model_finding_cited_from_a_relief_by_an_unnamed_agent_falls() -> None:
    stands, finding = _model_finding("The extract significantly prevented splenomegaly in stressed mice.", "",
                                     "splenomegaly")
    assert finding.role == "results" and not stands
    # a reversible disease is not a relieved one
    assert _model_finding("A reversible splenomegaly developed in all mice.", "", "splenomegaly")[0]


def test_the_topic_of_ongoing_studies_is_no_finding() -> None:
    rows = _rows("An increasing number of ongoing studies examining the ketogenic diet's effect on mental disorders "
                 "highlights its potential role in the adjunctive treatment of schizophrenia.", section="CONCLUSIONS")
    assert not any(r[1] == "treats" and not r[4] for r in rows)
    rows = _rows("Several ongoing trials of the ketogenic diet's effect on bipolar disorder point to its role in "
                 "treatment.", section="CONCLUSIONS")
    assert not rows
    rows = _rows("The ketogenic diet's effect on mental disorders was large in completed trials.", section="CONCLUSIONS")
    assert ("Diet, Ketogenic", "treats", "mental disorder", False, False) in rows


def test_a_long_masked_mention_before_a_non_yardstick_is_read_in_linear_time():
    """The yardstick pattern once let ``(§+ ...)*`` split a masked mention's run in every way before failing: a
    long mention after the cue, then a drug that is no yardstick, took exponential time (a 9k-corpus abstract
    stalled the build). The drug after "in patients given" is an agent; the one after "comparable to" is not."""
    from ipkg.extract.finding_items import Item, reference_only
    from ipkg.models import Concept

    long_name = "haloperidol decanoate long-acting injectable formulation"
    sentence = f"Efficacy was comparable to that of {long_name} in patients given olanzapine."
    ref = Concept("x:ref", long_name, "Intervention")
    agent = Concept("x:agent", "olanzapine", "Intervention")
    items = [Item(sentence.index(long_name), sentence.index(long_name) + len(long_name), ref),
             Item(sentence.index("olanzapine"), sentence.index("olanzapine") + len("olanzapine"), agent)]
    assert reference_only(sentence, items) == frozenset({"x:ref"})
