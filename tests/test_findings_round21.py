"""Round 21 of the findings rules (s13 issue 12; docs/findings.md section 21): recall of what the curated findings
hold. Self-written sentences in the wording of animal and clinical abstracts; mentions from the shipped lexicon.
"""

from __future__ import annotations

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document
from tests.test_findings_round10 import Row, _rows

_BODY = "Mice were studied."


def _title_rows(title: str) -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings a title states (its abstract says nothing)."""
    doc = Document("t.txt", title, _BODY, sections=(("RESULTS", 0, len(_BODY)),))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "Other")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings
            if f.role == "title"}


# ---------------------------------------------------------------- a title's plural subject and its bare verb
def test_title_with_coordinated_subjects_and_a_bare_verb_states_a_result() -> None:
    rows = _title_rows("Chronic unpredictable mild stress and dexamethasone induce depression-like behaviour in "
                       "mice by triggering microglia activation")
    assert ("chronic unpredictable mild stress", "increases", "microglial cell activation", False, False) in rows
    assert ("dexamethasone", "actsThrough", "microglial cell activation", False, False) in rows


def test_title_with_a_plural_noun_subject_states_a_result() -> None:
    rows = _title_rows("Probiotics alleviate anxiety in stressed mice")
    assert any(r[1] == "treats" and r[2].lower().startswith("anxiety") for r in rows)


def test_title_whose_subject_closes_with_a_gloss_in_brackets_states_a_result() -> None:
    rows = _title_rows("Flavonoids from sea buckthorn (Hippophae rhamnoides L.) restore depressive disorder in mice")
    assert any(r[1] == "treats" and r[2] == "depressive disorder" for r in rows)


def test_title_naming_a_topic_or_a_noun_of_change_states_none() -> None:
    # no verb: the topic of the study, not its result
    assert not _title_rows("Minocycline and fluoxetine: effects on interleukin-6 in mice")
    # "increase" after a mention is a noun here, not a plural verb
    assert not _title_rows("Interleukin-6 increase in serum of mice given minocycline")
    # the bare verb of a coordination is read
    assert ("minocycline", "decreases", "interleukin 6", False, False) in _title_rows(
        "Minocycline and fluoxetine reduce interleukin-6 in mice")


# ---------------------------------------------------------------- a process named as an intervention's property
def test_a_process_named_as_a_property_of_an_intervention() -> None:
    rows = _rows("These data may be suggestive of the immune activation in depression and of the immunosuppressive "
                 "effects of antidepressants.", section="CONCLUSIONS")
    assert ("antidepressant", "increases", "negative regulation of immune system process", False, True) in rows
    rows = _rows("Fluoxetine exerted immunosuppressive effects in stressed mice.")
    assert ("fluoxetine", "increases", "negative regulation of immune system process", False, False) in rows
    # a regulation of no direction: modulated
    rows = _rows("Lithium has neuroprotective and immunomodulatory properties.")
    assert any(r[1] == "modulates" and r[2] == "regulation of immune system process" for r in rows)


def test_a_property_of_something_else_is_not_the_intervention_s() -> None:
    # the effects are stress's (no intervention owns them): fluoxetine lowers them, it does not raise them
    rows = _rows("Fluoxetine reduced the immunosuppressive effects of chronic stress.")
    assert not any(r[1] == "increases" for r in rows)
    # an intervention after the property in its own clause is no owner
    rows = _rows("Immunosuppressive effects were seen, and fluoxetine was given later.")
    assert not any(r[2] == "negative regulation of immune system process" for r in rows)


# ---------------------------------------------------------------- a process's role in what an agent induces
def test_nominal_role_of_a_process_in_an_induced_state() -> None:
    rows = _rows("An important role of localized, rather than systemic, inflammation in zymosan-induced hypophagia "
                 "was suggested, although the role of local cytokines remains to be clarified.", section="CONCLUSIONS")
    assert ("Zymosan", "actsThrough", "inflammatory response", False, True) in rows


def test_role_in_a_model_named_by_its_inducer() -> None:
    rows = _rows("These results suggest that oxidative stress plays an important role in the chronic unpredictable "
                 "mild stress model of depression.", section="CONCLUSIONS")
    assert ("chronic unpredictable mild stress", "actsThrough", "response to oxidative stress", False, True) in rows
    rows = _rows("Microglial activation plays a key role in the lipopolysaccharide-induced mouse model of depression.",
                 section="CONCLUSIONS")
    assert ("lipopolysaccharide", "actsThrough", "microglial cell activation", False, False) in rows


def test_a_role_named_first_in_the_sentence() -> None:
    """The cheap word gate before the role patterns reads "Role" as well as "role" (the patterns ignore case)."""
    rows = _rows("Role of localized inflammation in zymosan-induced hypophagia was suggested.", section="CONCLUSIONS")
    assert ("Zymosan", "actsThrough", "inflammatory response", False, True) in rows


def test_a_role_still_to_be_explored_or_investigated_is_no_mechanism() -> None:
    for text in ("The role of oxidative stress in zymosan-induced hypophagia remains to be explored.",
                 "We investigated the role of oxidative stress in zymosan-induced hypophagia."):
        assert not any(r[1] == "actsThrough" for r in _rows(text, section="CONCLUSIONS"))


def test_a_role_that_remains_elusive_uncertain_or_not_understood_is_no_mechanism() -> None:
    """The gap's words are the ones negation's trailing hedge reads (NOT_KNOWN_STATES, NOT_KNOWN_PHRASES)."""
    for text in ("The role of oxidative stress in zymosan-induced hypophagia remains elusive.",
                 "The role of oxidative stress in zymosan-induced hypophagia is still uncertain.",
                 "The role of oxidative stress in zymosan-induced hypophagia is not fully understood.",
                 "The role of oxidative stress in zymosan-induced hypophagia is not yet established."):
        assert not any(r[1] == "actsThrough" for r in _rows(text, section="CONCLUSIONS"))


def test_role_of_coordinated_processes_in_an_agent_s_action() -> None:
    rows = _rows("We discuss the possible role of microglial activation and oxidative stress in the antidepressant "
                 "action of ketamine.", section="CONCLUSIONS")
    assert ("ketamine", "actsThrough", "microglial cell activation", False, True) in rows
    assert ("ketamine", "actsThrough", "response to oxidative stress", False, True) in rows


# ---------------------------------------------------------------- a target shown "in" a disorder
def test_a_target_shown_in_a_disorder_is_its_association() -> None:
    rows = _rows("These findings provide evidence of microglial activation in schizophrenia.", section="CONCLUSIONS")
    assert ("schizophrenia", "associatedWith", "microglial cell activation", False, False) in rows
    rows = _rows("Our results may indicate immune activation in patients with depression.", section="CONCLUSIONS")
    assert ("depressive disorder", "associatedWith", "activation of immune response", False, True) in rows


def test_a_target_in_a_disorder_as_a_topic_or_an_aim_is_no_association() -> None:
    for text in ("We examined immune activation in depression.",
                 "The role of inflammation in depression is reviewed."):
        assert not any(r[1] == "associatedWith" for r in _rows(text, section="CONCLUSIONS"))


def test_guards_read_on_the_9k_corpus() -> None:
    # a title whose bare verb follows a plural noun the mentions only modify states nothing of those mentions
    assert not _title_rows("Competitive NMDA and glycine-site antagonists disrupt prepulse inhibition in rats")
    # "activity" is a quantity measured as often as a property: no increase read from "had no effect on"
    rows = _rows("Amphotericin B had little or no effect on natural killer cell activity in vitro.")
    assert not any(r[1] == "increases" for r in rows)
    # a property of a class predicated of the drug is the drug's
    rows = _rows("Clozapine is an atypical antipsychotic agent with immunomodulatory properties.", section="BACKGROUND")
    assert ("clozapine", "modulates", "regulation of immune system process", False, False) in rows
    assert not any(r[0] != "clozapine" and r[1] == "modulates" for r in rows)
