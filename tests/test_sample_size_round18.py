"""Sample size, round 18 (session 21): a comparison group counted apart from the first count, a sample added by a
sentence opening "In addition", the part of an earlier sample that the study takes, and a review's pooled
participants after its count of studies. The sentences were written for this test."""

from __future__ import annotations

from ipkg.extract.sample_size import extract_sample_size
from ipkg.models import Document


def _size(abstract: str, design: str | None = "ObservationalStudy") -> int | None:
    value, evidence = extract_sample_size(Document("a.txt", "A study", abstract), design)
    assert (value is None) == (evidence is None)
    assert evidence is None or evidence in abstract  # verbatim
    return value


def test_a_control_group_in_a_later_sentence_is_added() -> None:
    assert _size("Methods: We recruited 31 outpatients with gout from one clinic. "
                 "The control group included 25 healthy volunteers of the same age.") == 56
    assert _size("Methods: Serum urate was measured in 12 untreated patients with gout. "
                 "A group of 12 age-matched subjects was used as a control.") == 24
    assert _size("Methods: Outpatients with gout (n = 9) and inpatients (n = 7) were recruited. "
                 "Healthy controls (n = 6) were also tested once.", "NonRandomizedTrial") == 22


def test_a_control_group_after_n_groups_of_the_same_sentence_is_added() -> None:
    abstract = ("The sample comprised 30 patients with gout, who were divided into 3 groups: A (N = 10), B (N = 10) "
                "or C (N = 10), and a control group of 8 patients receiving no drug.")
    assert _size(abstract, "NonRandomizedTrial") == 38


def test_a_count_that_holds_its_controls_adds_nobody() -> None:
    # the first count names its controls: the control-group sentence repeats them
    assert _size("We studied 20 patients and 20 healthy controls. The control group included 20 healthy "
                 "volunteers of the same age.") == 40
    # counted words of one sentence are summed once
    assert _size("We recruited 15 patients with gout and a control group of 10 healthy volunteers.") == 25
    # a control group in a results sentence far from the count is not the sample's
    assert _size("Methods: We recruited 31 outpatients with gout. Urate was measured monthly. Results: urate fell. "
                 "Relapse was rarer than in the control group of 40 patients of an earlier trial.") == 31


def test_a_sentence_opening_in_addition_adds_its_sample() -> None:
    abstract = ("We gave drug X to 18 patients with resistant gout. In addition, patients with mild gout were "
                "randomly assigned to X (N = 12) or Y (N = 11).")
    assert _size(abstract, "RandomizedControlledTrial") == 41
    # an outcome opening "In addition" is no sample
    assert _size("We gave drug X to 18 patients with resistant gout. In addition, 4 patients died.",
                 "NonRandomizedTrial") == 18


def test_a_review_states_its_pooled_participants_after_its_studies() -> None:
    assert _size("A meta-analysis based on four studies and 412 patients found a small effect.",
                 "MetaAnalysis") == 412
    assert _size("A search identified 12 publications that reported drug use among 1450 adults with gout.",
                 "SystematicReview") == 1450
    # a count of studies alone, or a small number, is no pooled total
    assert _size("We included 12 studies of drug X in gout.", "SystematicReview") is None
    assert _size("Two trials and 3 patients were described.", "Review") is None


def test_the_part_of_an_earlier_sample_that_the_study_takes() -> None:
    assert _size("Of the 90 patients who entered the first phase of the trial, 72 patients continued into the "
                 "open extension.", "NonRandomizedTrial") == 72
    assert _size("From the 64 adults randomized in the trial, 50 were included in this secondary analysis.",
                 "RandomizedControlledTrial") == 50
    assert _size("We recruited 140 volunteers, of whom 95 met the inclusion criteria.") == 95
    # a part that is an outcome is no sample: the whole stays
    assert _size("We recruited 140 volunteers, of whom 95 improved.") == 140


def test_an_n_group_that_is_a_part_of_the_group_before_it() -> None:
    assert _size("We gave drug X to older adults with gout (N = 21), most of whom had kidney disease (n = 15).",
                 "NonRandomizedTrial") == 21
    # two groups joined otherwise are summed
    assert _size("We gave drug X to adults with gout (n = 21) and adults with arthritis (n = 15).",
                 "NonRandomizedTrial") == 36


def test_a_share_of_a_count_restated_as_n_gives_the_whole() -> None:
    assert _size("Results: Gout was present in 40% of 60 men (n = 24) treated with drug X.") == 60
