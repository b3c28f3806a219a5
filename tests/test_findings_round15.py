"""Round 15 of the findings rules (s11 issue 12; docs/findings.md section 15): wrong findings seen on a fresh sample
of unseen abstracts (sample A, tests/data/findings/fresh-s11/), each cause stated generally. Self-written sentences
in the wording of animal, clinical and review abstracts; mentions from the shipped lexicon.
"""

from __future__ import annotations

from tests.test_findings_round10 import _rows


# ---------------------------------------------------------------- an outlook and a wish state nothing
def test_further_testing_warranted_is_an_outlook() -> None:
    rows = _rows("Further testing is warranted to delineate the role of IL-18 in the susceptibility to diabetes in "
                 "depressed individuals.", section="CONCLUSIONS")
    assert not any(r[2] == "interleukin 18" for r in rows)
    # the same link stated as a result is kept
    rows = _rows("IL-18 was elevated in patients with diabetes.", section="RESULTS")
    assert any(r[0] == "diabetes mellitus" and r[2] == "interleukin 18" for r in rows)


def test_what_the_paper_hopes_to_offer_is_no_claim() -> None:
    rows = _rows("Finally, this article hopes to provide new ideas for the prevention and treatment of depression "
                 "with probiotics.", section="CONCLUSIONS")
    assert not any(r[1] == "treats" for r in rows)
    rows = _rows("Probiotics are effective for the treatment of depression.", section="CONCLUSIONS")
    assert ("Probiotics", "treats", "depressive disorder", False, False) in rows


# ---------------------------------------------------------------- "with or without X" denies nothing
def test_with_or_without_is_no_negation() -> None:
    rows = _rows("Fluoxetine with or without lithium reduced depression in patients.")
    assert not any(r[3] for r in rows)
    assert any(r[1] == "treats" and r[2] == "depressive disorder" for r in rows)
    # a real "without" still denies
    rows = _rows("Lithium was given without reducing depression in patients.")
    assert not any(r[1] == "treats" and not r[3] for r in rows)


# ---------------------------------------------------------------- a review's scope is hedged
def test_a_review_scope_sentence_is_hedged() -> None:
    rows = _rows("We also review evidence for interventions such as probiotics to reduce stress responses.",
                 section="CONCLUSIONS")
    assert ("Probiotics", "decreases", "response to stress", False, True) in rows
    assert ("Probiotics", "decreases", "response to stress", False, False) not in rows
    rows = _rows("Probiotics reduced stress responses in healthy volunteers.", section="CONCLUSIONS")
    assert ("Probiotics", "decreases", "response to stress", False, False) in rows


# ---------------------------------------------------------------- a cause verb of a lowering relieves
def test_caused_a_decrease_in_the_size_of_a_tumour_is_no_adverse_effect() -> None:
    rows = _rows("Lipopolysaccharide caused a dose-dependent decrease in the size of the tumors.")
    assert ("lipopolysaccharide", "treats", "neoplasm", False, False) in rows
    assert not any(r[1] == "hasAdverseEffect" for r in rows)
    # a cause verb of a rise is still a harm
    rows = _rows("Lipopolysaccharide caused an increase in the size of the tumors.")
    assert not any(r[1] == "treats" for r in rows)


# ---------------------------------------------------------------- the inducer of the relieved state
def test_the_inducer_of_a_relieved_state_is_not_treated() -> None:
    rows = _rows("Minocycline alleviated stroke-induced anxiety-like behaviors in mice.")
    assert not any(r[0] == "minocycline" and r[1] == "treats" and r[2] == "stroke disorder" for r in rows)
    # "depression associated with X": the condition before "associated" is the state itself
    rows = _rows("Minocycline alleviated depression associated with stroke in mice.")
    assert ("minocycline", "treats", "depressive disorder", False, False) in rows


# ---------------------------------------------------------------- the partner of a combination
def test_the_partner_in_combination_with_is_not_the_subject() -> None:
    rows = _rows("Our results favour an accelerating effect of aspirin in combination with SSRIs in the treatment "
                 "of major depression.", section="CONCLUSIONS")
    assert ("acetylsalicylic acid", "treats", "major depressive disorder", False, False) in rows
    assert not any(r[0] == "serotonin uptake inhibitor" and r[1] == "treats" for r in rows)


# ---------------------------------------------------------------- a clause with a subject of its own
def test_a_contrast_clause_with_its_own_subject_takes_the_trigger() -> None:
    rows = _rows("Ketamine reduced insomnia, but dendritic cells, which were immature, increased the response of "
                 "the depressed group.")
    assert ("ketamine", "treats", "insomnia", False, False) in rows
    assert not any(r[0] == "ketamine" and r[2] == "depressive disorder" for r in rows)
    rows = _rows("The use of ketamine increases the risk of insomnia, and medications for insomnia can exacerbate "
                 "symptoms of depression.")
    assert not any(r[0] == "ketamine" and r[2] == "depressive disorder" for r in rows)


def test_an_elided_subject_after_a_contrast_keeps_the_trigger() -> None:
    rows = _rows("Ketamine reduced insomnia, but also improved depression.")
    assert ("ketamine", "treats", "depressive disorder", False, False) in rows
    rows = _rows("Ketamine reduced insomnia, and significantly improved depression.")
    assert ("ketamine", "treats", "depressive disorder", False, False) in rows


def test_the_end_of_a_list_is_no_clause_of_its_own() -> None:
    rows = _rows("Moreover, ketamine, physical exercise, and certain anti-inflammatory drugs have been shown to "
                 "improve depression.", section="CONCLUSIONS")
    assert ("ketamine", "treats", "depressive disorder", False, False) in rows
    assert ("Exercise", "treats", "depressive disorder", False, False) in rows


def test_a_related_state_is_the_state_itself() -> None:
    rows = _rows("Probiotics have been shown to ameliorate anxiety-related symptoms.", section="CONCLUSIONS")
    assert any(r[0] == "Probiotics" and r[1] == "treats" and r[2] == "Anxiety" for r in rows)


def test_a_comma_after_the_contrast_word_and_an_existential_there_open_no_new_subject() -> None:
    rows = _rows("Long-term ketamine treatment, however, is beneficial for depression.", section="CONCLUSIONS")
    assert ("ketamine", "treats", "depressive disorder", False, False) in rows
    rows = _rows("Mice were tested weeks after chronic social stress, and there were no group differences in IL-6 "
                 "levels.")
    assert any(r[0] == "chronic social stress" and r[2] == "interleukin 6" for r in rows)


def test_a_decrease_in_something_else_before_the_condition_is_no_relief() -> None:
    rows = _rows("Lipopolysaccharide causes a slight decrease in receptors regardless of whether tumors regress.")
    assert not any(r[1] == "treats" for r in rows)
