"""Round 24 of the findings rules (s14 issue 12; docs/findings.md section 24): a blocking verb over a list of
nominal changes flips the direction of a later item (:mod:`ipkg.extract.relation_modulation`); "results in" or
"led to" governing a gerund of relieving is a treatment, and a harm named as what an action avoids is no harm
(:mod:`ipkg.extract.relations`); "depression in" cells named with a parenthesis is a lowering, not the mood disorder
(:mod:`ipkg.extract.relation_senses`). Self-written sentences; mentions from the shipped lexicon. Each "gone" or
changed case fails on main at 8b82c7b.
"""

from __future__ import annotations

import pytest

from ipkg.extract.relation_context import PairContext
from ipkg.extract.relation_senses import is_lowering
from ipkg.extract.relations import match_relation
from tests.test_findings_round10 import _pairs, _rows


# ------------------------------------------------------------ a blocking verb over a list of nominal changes
@pytest.mark.parametrize("text, expected, wrong", [
    # the change is the second item of the list the verb acts on
    ("Subdiaphragmatic vagotomy significantly blocked the development of anxiety-like behaviour, elevation of "
     "plasma IL-6 levels, and loss of synaptic proteins after the stress.",
     ("Vagotomy", "decreases", "interleukin 6"), ("Vagotomy", "increases", "interleukin 6")),
    # ... after a determiner: "the rise in"
    ("Minocycline prevented the weight loss, the rise in serum TNF-alpha and the anhedonia of the stressed rats.",
     ("minocycline", "decreases", "tumor necrosis factor"), ("minocycline", "increases", "tumor necrosis factor")),
])
def test_a_blocking_verb_over_a_list_of_changes_lowers_a_later_item(text: str, expected: tuple[str, str, str],
                                                                    wrong: tuple[str, str, str]) -> None:
    pairs = _pairs(_rows(text))
    assert (expected[0], expected[1], expected[2].lower()) in pairs
    assert (wrong[0], wrong[1], wrong[2].lower()) not in pairs


def test_a_raising_verb_over_a_list_of_changes_keeps_the_direction() -> None:
    # "increased the A, the rise in B": no blocking verb, the rise stays a rise
    pairs = _pairs(_rows("Minocycline increased the body weight, the rise in serum TNF-alpha and the IL-10 levels."))
    assert ("minocycline", "increases", "tumor necrosis factor") in pairs


def test_a_blocking_verb_right_before_the_change_still_flips_it() -> None:
    pairs = _pairs(_rows("Minocycline prevented the rise in serum TNF-alpha in rats."))
    assert ("minocycline", "decreases", "tumor necrosis factor") in pairs


# ------------------------------------------------------------ "results in" a gerund of relieving
@pytest.mark.parametrize("text, subject, condition", [
    ("Probiotics and fecal microbiota transplantation show promising results in treating symptoms of anxiety and "
     "depression.", "Probiotics", "anxiety disorder"),
    ("Probiotics and fecal microbiota transplantation show promising results in treating symptoms of anxiety and "
     "depression.", "Fecal Microbiota Transplantation", "depressive disorder"),
    ("Psychotherapy showed good results in managing symptoms of major depressive disorder.", "Psychotherapy",
     "major depressive disorder"),
])
def test_results_in_a_gerund_of_relieving_is_a_treatment(text: str, subject: str, condition: str) -> None:
    pairs = _pairs(_rows(text, section="CONCLUSIONS"))
    assert (subject, "treats", condition) in pairs
    assert (subject, "hasAdverseEffect", condition) not in pairs


def _masked(sentence: str, first: str, second: str) -> PairContext:
    """A subject-first pair context with ``first`` and ``second`` masked (as :mod:`ipkg.extract.negation` masks)."""
    a, b = sentence.index(first), sentence.index(second)
    text = sentence.replace(first, "§" * len(first)).replace(second, "§" * len(second))
    return PairContext(text, (a, a + len(first)), (b, b + len(second)), True, a + len(first), b)


def test_results_in_a_harm_stays_a_harm() -> None:
    ctx = _masked("Interferon-alpha resulted in depression in a third of the patients.", "Interferon-alpha",
                  "depression")
    assert [m.predicate for m in match_relation(ctx, "Intervention", "Disorder")] == ["hasAdverseEffect"]


# ------------------------------------------------------------ a harm the action avoids
@pytest.mark.parametrize("sentence", [
    "Exercise programs must be tailored to individual needs to avoid exacerbating bowel symptoms.",
    "Exercise programs were adapted so as not to provoke bowel symptoms.",
])
def test_a_harm_named_as_what_an_action_avoids_is_no_harm(sentence: str) -> None:
    ctx = _masked(sentence, "Exercise", "bowel symptoms")
    assert [m.predicate for m in match_relation(ctx, "Intervention", "Disorder")] == []


def test_a_harm_stated_is_still_read() -> None:
    ctx = _masked("Exercise programs exacerbated bowel symptoms in two patients.", "Exercise", "bowel symptoms")
    assert [m.predicate for m in match_relation(ctx, "Intervention", "Disorder")] == ["hasAdverseEffect"]


# ------------------------------------------------------------ "depression in" cells named with a parenthesis
@pytest.mark.parametrize("sentence", [
    "Clinical response was associated with depression in natural killer (CD56(+) and CD56(+)DR(+)) blood cells.",
    "We observed a depression of natural killer (NK) cell activity.",
])
def test_depression_in_cells_with_a_parenthesis_is_a_lowering(sentence: str) -> None:
    start = sentence.index("depression")
    assert is_lowering(sentence, start, start + len("depression"))


def test_depression_in_patients_with_a_parenthesis_stays_the_disorder() -> None:
    sentence = "Depression in patients (n = 40) with low natural killer cells was frequent."
    assert not is_lowering(sentence, 0, len("Depression"))


def test_depression_in_cells_is_no_adverse_effect() -> None:
    rows = _rows("Clinical response to interferon-alpha was associated with depression in natural killer "
                 "(CD56(+) and CD56(+)DR(+)) blood cells (P = 0.03).", section="CONCLUSIONS")
    assert not any("depressive disorder" in (r[0], r[2]) for r in rows)


def test_prevent_before_a_gerund_of_harm_is_a_risk_avoided() -> None:
    ctx = _masked("Exercise programs were adapted to prevent worsening bowel symptoms.", "Exercise", "bowel symptoms")
    assert [m.predicate for m in match_relation(ctx, "Intervention", "Disorder")] == []


def test_prevent_before_a_noun_of_harm_is_no_risk_avoided() -> None:
    # "prevents complications of Y": the rule leaves the reading of main (only a gerund is guarded against)
    ctx = _masked("Exercise prevents complications of bowel symptoms.", "Exercise", "bowel symptoms")
    assert [m.predicate for m in match_relation(ctx, "Intervention", "Disorder")] != []
