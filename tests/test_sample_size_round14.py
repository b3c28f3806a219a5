"""Sample size, round 14 (session 18): sections a source joined with ".;" read as sections, a number before a Greek
letter (a position in a molecule's name) no count, a review's pooled total after "covering" or beside its count of
studies, and more words for people. The sentences were written for this test."""

from __future__ import annotations

from ipkg.extract.annotate import annotate
from ipkg.extract.design_sections import sections as _sections
from ipkg.extract.sample_size import extract_sample_size
from ipkg.models import Document


def _size(abstract: str, design: str | None = "NonRandomizedTrial") -> int | None:
    return extract_sample_size(Document("a.txt", "A study", abstract), design)[0]


def test_joined_sections_are_read_one_by_one() -> None:
    abstract = ("Depression affects 300 million people worldwide.; Forty outpatients with depression were given "
                "drug X for 8 weeks.; Depressive symptoms fell (p < 0.01).")
    parts = _sections(annotate(Document("a.txt", "Drug X", abstract)))
    assert [p.text for p in parts] == ["Depression affects 300 million people worldwide.",
                                       "Forty outpatients with depression were given drug X for 8 weeks.",
                                       "Depressive symptoms fell (p < 0.01)."]
    assert [p.index for p in parts] == [0, 1, 2]
    assert abstract[parts[1].start:parts[1].start + len(parts[1].text)] == parts[1].text
    # the background's "300 million people" shared one sentence with the methods; alone, it is background
    assert _size(abstract) == 40


def test_a_sentence_without_a_join_is_unchanged() -> None:
    doc = annotate(Document("a.txt", "t", "We gave drug X to 20 patients. Scores fell; mood rose."))
    assert _sections(doc) == tuple(doc.iter_sentences(passage="abstract"))


def test_a_number_before_a_greek_letter_is_no_count() -> None:
    assert _size("We studied 5 alpha-reductase knockout mice and their wild-type littermates.", "AnimalStudy") is None
    assert _size("Twelve mice were given 17 beta-estradiol for 2 weeks.", "AnimalStudy") == 12


def test_a_pooled_total_after_covering() -> None:
    assert _size("We searched PubMed. Twelve studies were included, covering 744 patients and 620 healthy controls.",
                 "SystematicReview") == 1364


def test_a_pooled_total_given_with_the_count_of_studies() -> None:
    assert _size("Eighteen randomized controlled trials of drug X (N=2,214) were found.", "MetaAnalysis") == 2214


def test_people_named_by_their_condition_or_state() -> None:
    assert _size("Forty-five healthy parturients were randomized to drug X or placebo.",
                 "RandomizedControlledTrial") == 45
