"""Sample size, round 8 (issue 11): rules read on the training pool's folds 0-2 errors (docs/design.md).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from ipkg.extract.annotate import annotate
from ipkg.extract.sample_size import extract_sample_size
from ipkg.models import Document


def _size(abstract: str, design: str = "ObservationalStudy") -> int | None:
    value, evidence = extract_sample_size(annotate(Document("x.txt", "A title", abstract)), design)
    if evidence is not None:
        assert evidence in abstract  # verbatim
    return value


@pytest.mark.parametrize(("abstract", "size"), [
    ("Three elderly patients developed delirium while taking drug X. None had a history of delirium.", 3),
    ("Hepatitis developed after long treatment with drug X in 4 patients who were also receiving drug Y.", 4),
    ("Seven men and two women had a rash within a week of starting drug X. All recovered.", 9),
    # a single person named with "a"/"an" keeps the report at one, whatever else is counted
    ("We studied the enzyme in cells of an elderly patient with ataxia and in five healthy controls.", 1),
    ("A 60-year-old man had a seizure after drug X; 20 cases have been published.", 1),
    ("Drug X is widely used. Rashes are rare.", 1),
])
def test_a_case_series_counts_its_patients(abstract: str, size: int) -> None:
    assert _size(abstract, "CaseReport") == size


@pytest.mark.parametrize(("abstract", "size"), [
    ("Twenty adult rats were randomly divided into two groups, 10 rats given drug X and 10 control rats.", 20),
    ("Thirty volunteers were assigned to three groups: 10 smokers, 10 former smokers and 10 controls.", 30),
    # groups that do not add up to the first count are further groups
    ("We compared 20 patients with 15 healthy controls and 12 siblings.", 47),
])
def test_a_total_is_not_added_to_the_groups_it_was_split_into(abstract: str, size: int) -> None:
    assert _size(abstract, "AnimalStudy" if "rats" in abstract else "ObservationalStudy") == size


@pytest.mark.parametrize(("abstract", "size"), [
    ("The trial enrolled 40 healthy, non-smoking, middle-aged adults.", 40),
    ("We studied 25 young, drug-naive, first-episode patients.", 25),
    # a comma after a unit of time or dose: the number is no count of the subjects
    ("Three days after the lesion, most rats were hypoactive.", None),
    ("Over 12 weeks, older adults walked daily.", None),
    ("Thirty min later, rats were tested again.", None),
    ("After 24 h, mice were killed.", None),
])
def test_a_count_whose_adjectives_are_a_list(abstract: str, size: int | None) -> None:
    assert _size(abstract, "AnimalStudy" if "rats" in abstract else "ObservationalStudy") == size


@pytest.mark.parametrize(("abstract", "design", "size"), [
    # a first count that equals the sum of the later ones is their total, whatever words join them
    ("Adults with insomnia (n = 90) took part: drug A (n = 30), drug B (n = 30) and placebo (n = 30).",
     "RandomizedControlledTrial", 90),
    ("Outcomes were compared in two trials (n = 500) of drug A (10 mg, n = 260) against placebo (n = 240) in adults.",
     "NonRandomizedTrial", 500),
    ("Outcomes were pooled from two trials (n = 500) of drug A (10 mg, n = 260) against placebo (n = 240) in adults.",
     "MetaAnalysis", 500),
    ("Thirty mice were compared: 12 wild-type and 18 knockout littermates.", "AnimalStudy", 30),
    ("We compared 30 mice with 12 wild-type and 18 knockout littermates.", "AnimalStudy", 30),
    # counts that do not add up to the first are summed
    ("Patients (n = 40) and controls (n = 25) and siblings (n = 10) were studied.", "ObservationalStudy", 75),
])
def test_a_total_before_its_parts_whatever_joins_them(abstract: str, design: str, size: int) -> None:
    assert _size(abstract, design) == size


@pytest.mark.parametrize(("title", "size"), [
    ("Lithium toxicity in two elderly patients: case reports", 2),
    ("Three cases of rash after drug X", 3),
    ("Rash after drug X: a case report", 1),
])
def test_a_case_report_whose_title_counts_its_cases(title: str, size: int) -> None:
    abstract = "A 70-year-old man was admitted with tremor after taking drug X. The drug was stopped."
    value, evidence = extract_sample_size(annotate(Document("x.txt", title, abstract)), "CaseReport")
    assert value == size
    assert evidence is not None and (evidence in title or evidence in abstract)
