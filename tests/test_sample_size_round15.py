"""Sample size, round 15 (session 18): an in vitro study's whole hearts counted in words, the samples of numbered
studies summed, and an anaesthetist's class of physical status read as one word. The sentences were written for
this test."""

from __future__ import annotations

from ipkg.extract.sample_size import extract_sample_size
from ipkg.models import Document


def _size(abstract: str, design: str | None = "ObservationalStudy") -> int | None:
    return extract_sample_size(Document("a.txt", "A study", abstract), design)[0]


def test_an_in_vitro_study_counts_its_whole_hearts_in_words() -> None:
    assert _size("Eighteen isolated perfused guinea pig hearts were subjected to ischemia.", "InVitroStudy") == 18
    # not for other designs, and never a single organ
    assert _size("Eighteen isolated perfused guinea pig hearts were subjected to ischemia.", "AnimalStudy") is None
    assert _size("One isolated heart was perfused.", "InVitroStudy") is None


def test_the_samples_of_numbered_studies_are_summed() -> None:
    abstract = ("In the first study, 14 healthy volunteers received drug X. Reaction times rose. "
                "Study 2 tested 26 participants after a night without sleep.")
    assert _size(abstract, "NonRandomizedTrial") == 40
    abstract = ("In the first study, drug levels were compared between patients given X (n = 10) and Y (n = 12). "
                "Levels did not differ. In a subsequent study, levels were measured in 5 patients before and after X.")
    assert _size(abstract, "NonRandomizedTrial") == 27


def test_a_later_study_of_the_same_people_adds_nobody() -> None:
    abstract = ("In the first study, 30 adolescents completed the scale. "
                "Study 2 used the same 30 adolescents one year later.")
    assert _size(abstract) == 30
    # without a first study, a "Study 2" sentence is not added
    assert _size("We enrolled 30 adolescents. Study 2 tested 20 adolescents.") == 30


def test_an_asa_class_is_one_word_between_a_count_and_its_noun() -> None:
    assert _size("Sixteen ASA physical status I or II patients were assigned to X or placebo.",
                 "RandomizedControlledTrial") == 16
    assert _size("Thirty ASA I-III women scheduled for surgery received X.", "NonRandomizedTrial") == 30
