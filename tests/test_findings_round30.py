"""Round 30 of the findings rules (s16 issue 12; docs/findings.md section 30): a subject or object in another
sentence. "These changes were reversed by X" stands for the changes the sentence before reported
(:mod:`ipkg.extract.reversal`). Self-written abstracts; mentions from the shipped lexicon, as the pipeline looks them
up.
"""

from __future__ import annotations

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]

#: two drugs the abstract compares (so that no main intervention stands for "the treatment"), then the changes
_CHANGES = ("Fluoxetine and imipramine were compared. Mice exposed to chronic restraint stress showed elevated serum "
            "levels of IL-6 and TNF-alpha, and anxiety. ")
IL6, TNF = "interleukin 6", "tumor necrosis factor"


def _rows(text: str) -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings of a results passage ``text``."""
    doc = Document("t.txt", "A study in mice", text, sections=(("RESULTS", 0, len(text)),))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "Other")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings}


def test_these_changes_reversed_by_an_agent_are_the_changes_of_the_sentence_before() -> None:
    rows = _rows(_CHANGES + "These changes were reversed in stressed mice by treatment with minocycline.")
    assert {("minocycline", "decreases", IL6, False, False), ("minocycline", "decreases", TNF, False, False),
            ("minocycline", "treats", "Anxiety", False, False)} <= rows


def test_an_agent_that_normalised_all_of_these_alterations() -> None:
    rows = _rows(_CHANGES + "Minocycline normalized all of these alterations.")
    assert ("minocycline", "decreases", IL6, False, False) in rows


def test_a_decrease_reversed_is_an_increase() -> None:
    rows = _rows("Fluoxetine and imipramine were compared. Chronic restraint stress reduced IL-10 and IL-4 in the "
                 "hippocampus. These changes were prevented by minocycline.")
    assert ("minocycline", "increases", "interleukin 10", False, False) in rows


def test_an_agent_that_did_not_reverse_the_changes() -> None:
    rows = _rows(_CHANGES + "Minocycline did not reverse these changes.")
    assert ("minocycline", "decreases", IL6, True, False) in rows
    assert ("minocycline", "decreases", IL6, False, False) not in rows


def test_these_effects_blocked_are_no_reversal() -> None:
    # an antagonist that blocks another drug's effects acts through its target; it changes no marker itself
    rows = _rows(_CHANGES + "These effects were abolished by minocycline.")
    assert not any(s == "minocycline" for s, *_ in rows)


def test_a_drugs_own_changes_abolished_by_another_agent_are_no_reversal() -> None:
    # review of round 30: naloxone that abolishes minocycline's lowering of IL-6 blocks minocycline, it does not
    # raise IL-6 itself (the antagonist reading "these effects" is left out for)
    rows = _rows("Fluoxetine and imipramine were compared. Minocycline lowered IL-6 and TNF-alpha in LPS-treated mice. "
                 "These changes were abolished by naloxone.")
    assert not any(s == "naloxone" for s, *_ in rows)
    rows = _rows("Fluoxetine and imipramine were compared. Minocycline reduced serum IL-6 and TNF-alpha. Naloxone "
                 "prevented these changes.")
    assert not any(s == "naloxone" for s, *_ in rows)


def test_a_model_named_by_its_inducer_keeps_its_changes() -> None:
    rows = _rows("Fluoxetine and imipramine were compared. LPS-challenged mice showed elevated serum IL-6 and "
                 "TNF-alpha. These changes were reversed by minocycline.")
    assert {("minocycline", "decreases", IL6, False, False), ("minocycline", "decreases", TNF, False, False)} <= rows
    rows = _rows("Fluoxetine and imipramine were compared. The mice with common bile duct ligation displayed elevated "
                 "plasma levels of IL-6 and TNF-alpha. These changes were reversed by minocycline.")
    assert {("minocycline", "decreases", IL6, False, False), ("minocycline", "decreases", TNF, False, False)} <= rows


def test_a_condition_outside_the_list_of_changes_is_not_treated() -> None:
    # review of round 30: a condition is undone only as a member of the list after a word of change ("elevated
    # IL-6 and TNF-alpha, and anxiety"), not as one of "patients with depression, anxiety and insomnia"
    rows = _rows("Fluoxetine and imipramine were compared. Chronic restraint stress elevated serum IL-6 in patients "
                 "with depression, anxiety and insomnia. These changes were reversed by minocycline.")
    assert ("minocycline", "decreases", IL6, False, False) in rows
    assert not any(s == "minocycline" and p == "treats" for s, p, *_ in rows)


def test_changes_reported_further_back_are_not_reached() -> None:
    rows = _rows(_CHANGES + "Sucrose preference fell by half in fluoxetine-treated mice and in imipramine-treated "
                 "mice alike. Social interaction was scored in both groups of fluoxetine-treated mice and "
                 "imipramine-treated mice. These changes were reversed by minocycline.")
    assert not any(s == "minocycline" for s, *_ in rows)


#: an axis the sentence before names, and a sentence that speaks of it as "this axis"
_AXIS = ("The gut microbiota is linked with the brain in a bidirectional relation, commonly termed the "
         "microbiome-gut-brain axis. ")
GBA = "microbiota-gut-brain axis"


def test_this_axis_is_the_axis_the_sentence_before_named() -> None:
    rows = _rows(_AXIS + "Alterations in this axis have been associated with Parkinson's disease and depression.")
    assert {("Parkinson disease", "associatedWith", GBA, False, False),
            ("depressive disorder", "associatedWith", GBA, False, False)} <= rows


def test_this_system_after_an_axis_called_a_system() -> None:
    rows = _rows("The brain-gut axis forms a bidirectional communication system between the gut and the brain. "
                 "Dysfunction of this system has been associated with depression.")
    assert ("depressive disorder", "associatedWith", GBA, False, False) in rows


def test_this_system_in_title_case() -> None:
    # review of round 30: the demonstrative pattern ignores case, and so does the word between "this" and "system"
    rows = _rows("The brain-gut axis forms a bidirectional communication system between the gut and the brain. "
                 "Dysfunction of This Communication System has been associated with depression.")
    assert ("depressive disorder", "associatedWith", GBA, False, False) in rows


def test_this_axis_after_two_axes_is_not_resolved() -> None:
    rows = _rows("Stress acts on the HPA axis and on the microbiome-gut-brain axis. Alterations in this axis have "
                 "been associated with depression.")
    assert not any(o == GBA or "HPA" in o for _, _, o, _, _ in rows)


def test_this_immune_system_is_no_axis() -> None:
    rows = _rows(_AXIS + "Alterations in this immune system have been associated with depression.")
    assert not any(o == GBA for _, _, o, _, _ in rows)


def test_each_agent_of_a_coordinated_passive_reverses_the_changes() -> None:
    rows = _rows(_CHANGES + "These changes were attenuated by minocycline and celecoxib.")
    assert {("minocycline", "decreases", IL6, False, False), ("celecoxib", "decreases", IL6, False, False)} <= rows


def test_a_combination_that_reversed_the_changes_is_not_each_agent() -> None:
    rows = _rows(_CHANGES + "These changes were reversed by co-administration of minocycline and celecoxib.")
    assert not any(s in ("minocycline", "celecoxib") and p == "decreases" for s, p, *_ in rows)
