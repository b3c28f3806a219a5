"""Sentence patterns of round 7 (s6 issue 12): a change of level named as a phenotype ("hyperactivity of the HPA
axis") describes the target after "of"; ... Sentences written for each rule or taken from the tune part, with near
misses that must not match; mentions from the shipped lexicon, as the pipeline looks them up.
"""

from __future__ import annotations

from tests.test_findings_round6b import _rows


# ---------------------------------------------------------------- a change of level said of a target
def test_hyperactivity_of_an_axis_is_the_axis_state() -> None:
    rows = _rows("Major depression is frequently associated with the hyperactivity of the "
                 "hypothalamic-pituitary-adrenocortical axis.")
    assert ("major depressive disorder", "associatedWith", "HPA axis activity") in {r[:3] for r in rows}
    assert not any(r[2] == "Hyperkinesis" for r in rows)


def test_hyperactivity_alone_stays_a_phenotype() -> None:
    # no target after "of": the phenotype word is kept as a mention of its own
    rows = _rows("Methylphenidate reduced hyperactivity in children with attention deficit hyperactivity disorder.")
    assert any(r[2] == "Hyperkinesis" for r in rows)
