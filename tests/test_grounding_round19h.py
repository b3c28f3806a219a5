"""Issue 13, round 19h (session 16): two precision kinds of the 9k corpus (docs/grounding.md, "Round 19h"): a
deprivation read as a disorder, a physiological "depression" read as the mood disorder. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from tests.test_grounding_round3 import labels

MDD = "depressive disorder"

# --- 1. a deprivation of a bodily need is an Exposure, never a Disorder (sources/exposures.py) ------------------


@pytest.mark.parametrize("text, label", [
    ("Rats were subjected to 72 h of REM sleep deprivation before testing.", "sleep deprivation"),
    ("Total sleep deprivation raised plasma IL-6 in healthy volunteers.", "sleep deprivation"),
    ("Sleep deprivation impaired memory consolidation in mice.", "sleep deprivation"),
    ("Mice were tested after 24 h of food deprivation.", "food deprivation"),
    ("Water deprivation increased vasopressin release.", "water deprivation"),
])
def test_a_deprivation_is_an_exposure(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Exposure") == {label}
    assert labels(grounder, text, "Disorder") == set()


def test_a_deprivation_test_is_no_exposure(grounder: Grounder) -> None:
    assert labels(grounder, "A water deprivation test indicated diabetes insipidus.", "Exposure") == set()


def test_the_sleep_disorder_stays_a_disorder(grounder: Grounder) -> None:
    assert labels(grounder, "Insomnia was common in patients with major depression.", "Disorder") >= {"insomnia"}


# --- 2. a physiological "depression" is no mood disorder (extract/mentions._ORGAN_BEFORE) -----------------------


@pytest.mark.parametrize("text", [
    "DOR- but not MOR-mediated depression was enhanced by the agonist.",
    "The agonist produced a mGluR5-mediated depression that reversed on washout.",
    "Adenosine causes an A1 receptor-mediated depression in slices.",
    "The eCB-mediated depression lasted for 30 min.",
])
def test_a_lowered_function_is_no_disorder(grounder: Grounder, text: str) -> None:
    assert MDD not in labels(grounder, text, "Disorder")


@pytest.mark.parametrize("text", [
    "Interleukin-6 knockout protected mice in a model of immune-mediated depression.",
    # the findings curators read an induced "behavioral depression" as the disorder the model has (round 19h)
    "Lipopolysaccharide induced behavioral depression in mice within 2 h.",
    "Post-stroke depression was treated with citalopram.",
    "Depression in patients with psoriasis was assessed.",
])
def test_the_mood_disorder_stays(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Disorder") & {MDD, "post-stroke depression"}
