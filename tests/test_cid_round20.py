"""CID round 20 (issue 12; docs/findings.md 8u): a candidate pair whose chemical maps to a MeSH descriptor newer than
BC5CDR's MeSH (2015) has a label that says nothing of the text (its row is left out of fitting, kept for scoring);
a rules' adverse effect is given up for a narrower disease the model relates to the same chemical
(:func:`ipkg.extract.cid_model.narrower_swaps`, :func:`ipkg.extract.cid_model.narrower_stated`). The model is a
stand-in with one weight on every pair (``BIAS``), so the tests read the rule, not the shipped weights. Self-written
sentences."""

from __future__ import annotations

import pytest

from ipkg.extract import cid_model
from ipkg.extract.cid_model import NARROWER_FLOOR, RULE_FLOOR, narrower_swaps
from ipkg.extract.findings import read_study
from ipkg.extract.train_cid import SweepDoc, fitted_rows, unlabelled
from ipkg.ground.meshmap import MeshMap
from ipkg.learn import LinearModel
from ipkg.models import Concept
from tests.constants import SHARED
from tests.test_cid_round15 import annotated_with

OBO = "http://purl.obolibrary.org/obo/"
DRUG = Concept(OBO + "CHEBI_1", "drug a", "Intervention")
OTHER = Concept(OBO + "CHEBI_2", "drug b", "Intervention")
PROCEDURE = Concept("https://example.org/ligation", "ligation", "Intervention")
KIDNEY, ACUTE = (Concept(OBO + f"MONDO_{n}", name, "Disorder") for n, name in ((1, "kidney disease"), (2, "acute kidney injury")))
TREES = {KIDNEY.iri: ("C12.777.419",), ACUTE.iri: ("C12.777.419.780.050",)}


def test_a_rules_pair_is_given_up_for_the_models_narrower_disease() -> None:
    assert narrower_swaps([(DRUG, KIDNEY)], [(DRUG, ACUTE, 0.5), (OTHER, ACUTE, 0.9)], 0.45, TREES) == ({(DRUG, KIDNEY)}, [0])
    assert narrower_swaps([(DRUG, KIDNEY)], [(DRUG, ACUTE, 0.4)], 0.45, TREES) == (set(), [])  # under the floor
    assert narrower_swaps([(DRUG, ACUTE)], [(DRUG, KIDNEY, 0.9)], 0.45, TREES) == (set(), [])  # the model's is broader
    assert narrower_swaps([(DRUG, KIDNEY)], [(OTHER, ACUTE, 0.9)], 0.45, TREES) == (set(), [])  # another chemical
    # only a chemical's pairs (:func:`ipkg.extract.cid_model.doubtable`): no intervention no ontology holds
    assert narrower_swaps([(PROCEDURE, KIDNEY)], [(PROCEDURE, ACUTE, 0.9)], 0.45, TREES) == (set(), [])


def _stand_in(monkeypatch: pytest.MonkeyPatch, bias: float) -> None:
    """The shipped model set to one weight on every pair (probability sigmoid(bias)), its threshold 0.9, no trees."""
    model = LinearModel(cid_model.CLASSES, (0.0,), {"BIAS": (bias,)}, {"threshold": 0.9})
    monkeypatch.setattr(cid_model, "load_model", lambda: model)
    monkeypatch.setattr(cid_model, "load_trees_model", lambda: None)


def test_read_study_states_the_narrower_disease_instead(monkeypatch, grounder) -> None:  # type: ignore[no-untyped-def]
    renal, acute = grounder.lookup("renal failure"), grounder.lookup("acute renal failure")
    text = ("Renal failure induced by drug a was seen in 12 patients. "
            "In four of them acute renal failure developed after drug a.")
    annotated = annotated_with(text, {"Renal failure": renal, "acute renal failure": acute, "drug a": DRUG})

    def effects() -> set[tuple[str, str]]:
        return {(f.subject.label, f.obj.label) for f in read_study(annotated)[0]
                if f.predicate == "hasAdverseEffect" and f.obj is not None and not f.negated}

    _stand_in(monkeypatch, 0.0)  # probability 0.5: over the narrower floor, under the model's own threshold
    assert RULE_FLOOR < 0.5 and NARROWER_FLOOR <= 0.5
    assert effects() == {("drug a", acute.label)}
    _stand_in(monkeypatch, -0.3)  # probability 0.43: the rules' pair stands (over RULE_FLOOR), no swap
    assert RULE_FLOOR < 0.43 < NARROWER_FLOOR
    assert effects() == {("drug a", renal.label)}


@pytest.mark.shared
def test_a_descriptor_newer_than_2015_is_unlabelled() -> None:
    mesh = MeshMap(SHARED)
    olanzapine = Concept(OBO + "CHEBI_7735", "olanzapine", "Intervention", "CHEBI")  # D000077152 (2018)
    haloperidol = Concept(OBO + "CHEBI_5613", "haloperidol", "Intervention", "CHEBI")  # D006220
    unknown = Concept("https://example.org/x", "no such drug", "Intervention")
    assert mesh.one(olanzapine) == "D000077152" and unlabelled(mesh, olanzapine)
    assert mesh.one(haloperidol) == "D006220" and not unlabelled(mesh, haloperidol)
    assert not unlabelled(mesh, unknown)  # no id at all: the label is a plain negative


def test_fitted_rows_leave_out_the_unlabelled_rows_only() -> None:
    rows = [({"a"}, 1), ({"b"}, 0), ({"c"}, 0)]
    doc = SweepDoc("1", set(), [], rows, [], unlabelled=frozenset({1}))
    other = SweepDoc("2", set(), [], [({"d"}, 1)], [])
    assert fitted_rows([doc, other]) == [({"a"}, 1), ({"c"}, 0), ({"d"}, 1)]
    assert doc.rows == rows  # kept for scoring (the rules' floor reads their features)
