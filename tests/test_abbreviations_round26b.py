"""Round 26b: a long form never reaches back across what no name holds (self-written sentences)."""

from __future__ import annotations

import pytest

from ipkg.extract.abbreviations import find_abbreviations


def pairs(text: str) -> list[tuple[str, str]]:
    return [(a.short, a.long) for a in find_abbreviations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket closed that the window never opened: the long form starts after it
        ("patients took olanzapine (5, 7.5, or 10.0 mg), haloperidol (7.5 mg) or placebo", []),
        # a closed-class verb: "had received diazepam" is no name of HR
        ("rats that had received diazepam (HR) were tested", []),
        # a number with a unit: the dose is no part of a name
        ("given nalbuphine 0.2 mg/kg or pentazocine 0.5 mg/kg (PZ) before surgery", []),
        # a comma: a list is no long form ...
        ("infusion increased interleukin-12 (IL-12), tumour necrosis factor (TNF), and gamma interferon (IFN-gamma) "
         "in mice", [("IL-12", "interleukin-12"), ("TNF", "tumour necrosis factor")]),
        ("glutamate transporter, intracellular glutathione (GSH) and cysteine were measured", []),
        # ... nor a clause; a reversed definition is read the same way
        ("the AMN (and its companion, adrenoleukodystrophy) are inherited", []),
        # a bracket that holds a word at the start of a long form: an earlier short form
        ("the receiver operating characteristic (ROC)-area under curve (AUC) was 0.8",
         [("ROC", "receiver operating characteristic"), ("AUC", "area under curve")]),
        ("enriched Kyoto Encyclopedia of Genes and Genomes (KEGG) orthologies (KOs) were listed",
         [("KEGG", "Kyoto Encyclopedia of Genes and Genomes")]),
        ("a rapid eye movement (REM) sleep behaviour disorder (RBD) cohort",
         [("REM", "rapid eye movement")]),
        # the shortest match takes a letter inside a word where the words before give it as an initial
        ("immobility in the tail suspension test (TST) fell", [("TST", "tail suspension test")]),
        ("patients with hereditary hemochromatosis (HH) and", [("HH", "hereditary hemochromatosis")]),
        ("Tail suspension test (TST) was used", [("TST", "Tail suspension test")]),
        # "i.e." and "e.g." open an explanation, not a short form
        ("in healthy people and clinical groups (i.e., major depression)", []),
        ("effects in elderly groups (e.g., nursing homes)", []),
    ],
)
def test_over_long_forms_are_cut(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form with a digit keeps the number of its long form
        ("the sustained virological response at 12 weeks (SVR12) was", [("SVR12", "sustained virological response at 12 weeks")]),
        # a comma between digits is a chemical locant, not a list
        ("loss of homogentisate 1, 2-dioxygenase (HGD) activity", [("HGD", "homogentisate 1, 2-dioxygenase")]),
        # a list named by its initials crosses its commas
        ("a diet low in fermentable oligosaccharides, disaccharides, monosaccharides and polyols (FODMAP) was",
         [("FODMAP", "fermentable oligosaccharides, disaccharides, monosaccharides and polyols")]),
        ("the depression, anxiety and stress scale (DASS) was given", [("DASS", "depression, anxiety and stress scale")]),
        ("in randomized, controlled trials (RCTs) of", [("RCTs", "randomized, controlled trials")]),
        ("the markers CKM (creatine kinase, muscle) and", [("CKM", "creatine kinase, muscle")]),
        # no acronym where a word gives no letter: the shortest match stays
        ("mice treated with melatonin (MT) slept", [("MT", "melatonin")]),
        ("concurrent serum and cerebrospinal fluid (CSF) levels", [("CSF", "cerebrospinal fluid")]),
        # a stereo prefix is part of a chemical name
        ("(+)-lysergic acid diethylamide (LSD) was given", [("LSD", "(+)-lysergic acid diethylamide")]),
        # as is a modifier in lower case
        ("conversion for (insulin-dependent) diabetes mellitus (IDDM) in", [("IDDM", "(insulin-dependent) diabetes mellitus")]),
    ],
)
def test_names_that_hold_a_comma_a_number_or_a_bracket_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
