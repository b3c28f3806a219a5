"""Negation over coordinated mentions (issue 12, docs/findings.md 8g): "neither A nor B" denies the relation of
both A and B; "not only A but also B" (with an auxiliary, "did not only") asserts both. Self-written sentences in
the wording of Evidence Inference train ("Neither placebo nor nutraceuticals exerted significant effect on total
reaction time", PMC train split) and BC5CDR train ("Neither cardiac vagal nor sympathetic tone was altered by
isoproterenol pretreatment")."""

from __future__ import annotations

import pytest

from ipkg.extract.negation import negation_cues
from tests.test_findings import OBO, DEPRESSION, IL6, KETAMINE, SIMVASTATIN, TNF, _c, _rows, _run

HALOPERIDOL = _c(OBO + "CHEBI_5613", "haloperidol", "Intervention")
MINOCYCLINE = _c(OBO + "CHEBI_50694", "minocycline", "Intervention")
CATALEPSY = _c(OBO + "HP_0040271", "catalepsy", "Phenotype")
HYPOTHERMIA = _c(OBO + "HP_0002045", "hypothermia", "Phenotype")

TERMS = [("ketamine", KETAMINE), ("Ketamine", KETAMINE), ("simvastatin", SIMVASTATIN), ("IL-6", IL6), ("TNF", TNF),
         ("depression", DEPRESSION)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both subjects denied (before: the second alone, the first not paired)
        ("Neither ketamine nor simvastatin reduced IL-6 levels.",
         {("ketamine", "decreases", "interleukin 6", "decrease", True, False),
          ("simvastatin", "decreases", "interleukin 6", "decrease", True, False)}),
        # both objects denied
        ("Ketamine reduced neither IL-6 nor TNF levels.",
         {("ketamine", "decreases", "interleukin 6", "decrease", True, False),
          ("ketamine", "decreases", "tumor necrosis factor", "decrease", True, False)}),
        ("Neither IL-6 nor TNF levels were changed by ketamine.",
         {("ketamine", "modulates", "interleukin 6", None, True, False),
          ("ketamine", "modulates", "tumor necrosis factor", None, True, False)}),
        ("Neither IL-6 nor TNF was associated with depression.",
         {("depressive disorder", "associatedWith", "interleukin 6", None, True, False),
          ("depressive disorder", "associatedWith", "tumor necrosis factor", None, True, False)}),
        # "not only ... but also" adds, it does not deny (before: both denied after "did")
        ("Ketamine did not only reduce IL-6 but also TNF levels.",
         {("ketamine", "decreases", "interleukin 6", "decrease", False, False),
          ("ketamine", "decreases", "tumor necrosis factor", "decrease", False, False)}),
        ("Not only ketamine but also simvastatin reduced IL-6 levels.",
         {("ketamine", "decreases", "interleukin 6", "decrease", False, False),
          ("simvastatin", "decreases", "interleukin 6", "decrease", False, False)}),
    ],
)
def test_coordinated_negation(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _rows(_run(text, TERMS)) == expected


def test_not_only_after_an_auxiliary_is_no_cue() -> None:
    assert negation_cues("The drug did not only lower IL-6 but also TNF.") == ()
    assert negation_cues("The effects were not only transient.") == ()
    # a plain negation is still one
    assert [c.direction for c in negation_cues("The drug did not lower IL-6.")] == ["forward"]


def test_nor_continuing_a_governed_negation_denies_only_the_governing_verb() -> None:
    # "did not attenuate A nor B caused by Y": the attenuation is denied for both, what Y caused is not
    text = "Minocycline did not attenuate hypothermia nor catalepsy caused by haloperidol in rats."
    terms = [("Minocycline", MINOCYCLINE), ("haloperidol", HALOPERIDOL), ("catalepsy", CATALEPSY),
             ("hypothermia", HYPOTHERMIA)]
    assert _rows(_run(text, terms)) == {
        ("minocycline", "treats", "hypothermia", None, True, False),
        ("minocycline", "treats", "catalepsy", None, True, False),
        ("haloperidol", "hasAdverseEffect", "hypothermia", None, False, False),
        ("haloperidol", "hasAdverseEffect", "catalepsy", None, False, False),
    }


def test_nor_opening_its_own_clause_keeps_its_negation() -> None:
    cues = negation_cues("X did not inhibit TNF nor did it prevent shock.")
    assert [c.start for c in cues if c.direction == "forward"] == [2, 22]
