"""Sample size, round 9 (issue 11): rules read on the training pool's folds 0-2 errors (docs/design.md).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from ipkg.extract.annotate import annotate
from ipkg.extract.sample_size import extract_sample_size
from ipkg.models import Document


def _size(abstract: str, design: str = "ObservationalStudy", title: str = "A title") -> int | None:
    value, evidence = extract_sample_size(annotate(Document("x.txt", title, abstract)), design)
    if evidence is not None:
        assert evidence in abstract  # verbatim
    return value


@pytest.mark.parametrize(("abstract", "design", "size"), [
    # an in vitro study's n counts slices, cells or wells: no participants
    ("Hippocampal slices were perfused with drug X. Drug X reduced the field potential to 70% of baseline "
     "(P < 0.05, n = 9).", "InVitroStudy", None),
    ("Cultured neurons were exposed to drug X (n = 6) or vehicle (n = 6). Drug X reduced firing.", "InVitroStudy", None),
    # the same n in a study of people is its sample
    ("Patients received drug X (n = 6) or placebo (n = 6). Drug X reduced pain.", "RandomizedControlledTrial", 12),
])
def test_an_in_vitro_studys_n_counts_preparations(abstract: str, design: str, size: int | None) -> None:
    assert _size(abstract, design) == size


@pytest.mark.parametrize(("abstract", "size"), [
    ("A total of 84 community-dwelling middle-aged (45-60 years) and older adults were randomised to drug X or "
     "placebo.", 84),
    ("We enrolled 36 drug-naive (never treated) patients with schizophrenia.", 36),
    ("Forty healthy (BMI < 25) volunteers received drug X.", 40),
    # a parenthesis that does not close before the noun is no word of it
    ("Patients were treated for 12 weeks (range 8-16) and then 30 patients were followed.", 30),
])
def test_a_parenthesis_between_a_count_and_its_noun(abstract: str, size: int) -> None:
    assert _size(abstract, "RandomizedControlledTrial") == size


def test_an_in_vitro_studys_n_of_whole_hearts_is_its_sample() -> None:
    assert _size("Isolated rat hearts were perfused with drug X (n = 6) or buffer (n = 6).", "InVitroStudy") == 12
