"""Schwartz–Hearst abbreviation detection: the paper's examples and real sentences of the corpora."""

from __future__ import annotations

import pytest

from ipkg.extract.abbreviations import best_long_form, find_abbreviations, iter_short_forms, long_form_span


def pairs(text: str) -> list[tuple[str, str]]:
    return [(a.short, a.long) for a in find_abbreviations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # examples of Schwartz & Hearst (PSB 2003)
        ("the expression of heat shock transcription factor (HSF) in yeast", [("HSF", "heat shock transcription factor")]),
        ("a role for protein kinase C (PKC) in signalling", [("PKC", "protein kinase C")]),
        ("levels of 5-hydroxytryptamine (5-HT) in platelets", [("5-HT", "5-hydroxytryptamine")]),
        # sentences of the dev and seed abstracts
        ("in subjects with major depressive disorder (MDD). One hundred", [("MDD", "major depressive disorder")]),
        ("activation of the kynurenine pathway (KP). However", [("KP", "kynurenine pathway")]),
        ("induced by chronic unpredictable mild stress (CUMS) in mice", [("CUMS", "chronic unpredictable mild stress")]),
        ("secreted by T helper 17 (Th17) cells", [("Th17", "T helper 17")]),
        ("patients with treatment-resistant depression (TRD) received", [("TRD", "treatment-resistant depression")]),
        ("or bipolar disorder (BD; n = 12)", [("BD", "bipolar disorder")]),
        # a definition followed by counts is still a definition
        ("major depressive disorder (MDD, n = 40, 55% female)", [("MDD", "major depressive disorder")]),
        # reversed: SHORT (long form)
        ("levels of TNF (tumor necrosis factor) rose", [("TNF", "tumor necrosis factor")]),
    ],
)
def test_definitions(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Participants (n = 39) were randomly assigned",
        "a significant effect (p < 0.05) on mood",
        "difference 42%, 95% CI 36-48 (ES=-0.13 to +0.04)",
        "at week 12 (PASI 75) compared",  # letters do not spell a preceding long form
        # an enumeration of names is no definition, though "glutamine" is spelled by the words before it
        "amino acids related to glutamatergic neurotransmission (glutamine, glutamate, glycine) were measured",
        "inflammatory markers (IL-6, TNF-alpha, CRP) rose",
    ],
)
def test_brackets_that_define_nothing(text: str) -> None:
    assert pairs(text) == []


def test_long_form_does_not_cross_a_sentence() -> None:
    assert pairs("Mood was low. Depression scores (DS) fell") == [("DS", "Depression scores")]


def test_offsets_span_the_definition() -> None:
    text = "Patients with major depressive disorder (MDD) were"
    (abbr,) = find_abbreviations(text, "title")
    assert abbr.passage == "title"
    assert text[abbr.start : abbr.end] == "major depressive disorder (MDD)"
    start, end = long_form_span(abbr, text)
    assert text[start:end] == "major depressive disorder"


def test_best_long_form_needs_a_word_start_for_the_first_letter() -> None:
    assert best_long_form("ABC", "no match here") is None
    assert best_long_form("TNF", "and tumour necrosis factor") == "tumour necrosis factor"


def test_short_form_occurrences_are_whole_words() -> None:
    text = "SSRIs and an SSRI, not SSRIx nor xSSRI"
    assert [text[a:b] for a, b in iter_short_forms("SSRI", text)] == ["SSRIs", "SSRI"]
