"""CID round 19 (session 21, issue 12; docs/findings.md section 8t): a rules' adverse effect that the model scores
under its floor (:data:`ipkg.extract.cid_model.RULE_FLOOR`) is dropped, at run time
(:func:`ipkg.extract.cid_model.doubted_pairs`, :func:`ipkg.extract.findings.read_study`) and in the
cross-validation that chooses the model (:func:`ipkg.extract.train_cid._scored`). The model is a stand-in whose
one weight is on the rules' own statement, so the tests read the floor, not the shipped weights. Self-written
sentences; the concepts are given (not grounded).
"""

from __future__ import annotations

import pytest

from ipkg.extract import cid_model, train_cid
from ipkg.extract.cid_model import RULE_FLOOR, doubted_pairs
from ipkg.extract.cid_trees import Ensemble
from ipkg.extract.findings import candidate_findings, read_study
from ipkg.learn import LinearModel
from ipkg.models import Concept
from tests.test_cid_round15 import annotated_with

OBO = "http://purl.obolibrary.org/obo/"
HALOPERIDOL = Concept(OBO + "CHEBI_5613", "haloperidol", "Intervention")
CATALEPSY = Concept(OBO + "HP_0100578", "catalepsy", "Phenotype")
NAMES = {"Haloperidol": HALOPERIDOL, "catalepsy": CATALEPSY}
TEXT = "Haloperidol induced catalepsy in all rats."
#: the rules' statement of the pair (:class:`ipkg.extract.cid_document.Statements`)
STATED = "RULE:hasAdverseEffect:pos"


def _model(weight: float) -> LinearModel:
    return LinearModel(cid_model.CLASSES, (0.0,), {STATED: (weight,)}, {"threshold": 0.9})


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set the shipped model to a logistic regression with one weight on the rules' statement (no trees)."""
    def use(weight: float) -> None:
        monkeypatch.setattr(cid_model, "load_model", lambda: _model(weight))
        monkeypatch.setattr(cid_model, "load_trees_model", lambda: None)
    return use


def _effects(annotated) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.subject.label, f.obj.label) for f in read_study(annotated)[0]
            if f.predicate == "hasAdverseEffect" and f.obj is not None}


def test_a_rules_adverse_effect_the_model_doubts_is_dropped(shipped) -> None:  # type: ignore[no-untyped-def]
    annotated = annotated_with(TEXT, NAMES)
    shipped(3.0)  # probability 0.95: above the floor (and the model's own threshold: the rules' pair stays typed)
    assert ("haloperidol", "catalepsy") in _effects(annotated)
    assert not doubted_pairs(annotated, candidate_findings(annotated), read_study(annotated)[0])
    shipped(-3.0)  # probability 0.05: under the floor
    assert ("haloperidol", "catalepsy") not in _effects(annotated)


def test_a_denied_adverse_effect_is_not_doubted(shipped) -> None:  # type: ignore[no-untyped-def]
    annotated = annotated_with("Haloperidol did not induce catalepsy in rats.", NAMES)
    shipped(-3.0)
    candidates = candidate_findings(annotated)
    denied = [f for f in candidates if f.predicate == "hasAdverseEffect" and f.negated]
    assert denied and not doubted_pairs(annotated, candidates, denied)


def test_the_cross_validation_drops_the_rules_pairs_under_the_floor() -> None:
    rows = [({STATED}, 1), ({"BIAS"}, 0)]
    keys = [(HALOPERIDOL.iri, CATALEPSY.iri), (HALOPERIDOL.iri, OBO + "HP_0000001")]
    rule = ({("D006220", "D002375")}, False, (HALOPERIDOL, CATALEPSY))
    doc = train_cid.SweepDoc("1", set(), [rule], rows, [], keys)
    assert train_cid._undoubted(Ensemble(_model(3.0), None), doc) == [rule]
    assert train_cid._undoubted(Ensemble(_model(-3.0), None), doc) == []
    assert 0.0 < RULE_FLOOR < 0.5  # under any threshold the model states its own pairs at


def test_only_a_chemical_s_pairs_are_doubted() -> None:
    assert cid_model.doubtable(HALOPERIDOL)
    # a procedure (MeSH outside the chemicals) and an intervention no ontology holds are outside what BC5CDR taught
    assert not cid_model.doubtable(Concept("http://id.nlm.nih.gov/mesh/D004565", "Electroconvulsive Therapy",
                                           "Intervention"))
    assert not cid_model.doubtable(Concept("https://w3id.org/ipkg/id/concept/intervention/common-bile-duct-ligation",
                                           "common bile duct ligation", "Intervention"))
