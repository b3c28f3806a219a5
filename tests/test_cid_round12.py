"""CID round 12 (session 14): the rules' statements read in one pass (``cid_document.Statements``)."""

from __future__ import annotations

from ipkg.extract.cid_document import Statements
from ipkg.models import Concept, Finding

_LITHIUM = Concept("http://example.org/lithium", "lithium", "Intervention")
_TREMOR = Concept("http://example.org/tremor", "tremor", "Disorder")
_MANIA = Concept("http://example.org/mania", "mania", "Disorder")


def _said(predicate: str, obj: Concept, negated: bool = False, hedged: bool = False) -> Finding:
    # "Lithium induced tremor." / "Lithium did not induce tremor." / "Lithium may treat mania."
    return Finding(_LITHIUM, predicate, obj, "", "abstract", 0, 0, negated=negated, hedged=hedged)


def test_one_pass_gives_each_pair_its_own_statements_and_the_competing_ones_without_the_denied() -> None:
    said = Statements([_said("hasAdverseEffect", _TREMOR), _said("hasAdverseEffect", _TREMOR, negated=True),
                       _said("treats", _MANIA, hedged=True), _said("increases", _MANIA)])
    assert said.rules[(_LITHIUM.iri, _TREMOR.iri)] == {"RULE:hasAdverseEffect:pos", "RULE:hasAdverseEffect:neg"}
    assert said.rules[(_LITHIUM.iri, _MANIA.iri)] == {"RULE:treats:hedge"}  # "increases" is no CID statement
    assert said.causes[_LITHIUM.iri] == {_TREMOR.iri} and said.treats[_MANIA.iri] == {_LITHIUM.iri}
    # a denied statement is the pair's own feature, never a competing cause
    denied = Statements([_said("hasAdverseEffect", _TREMOR, negated=True)])
    assert denied.rules[(_LITHIUM.iri, _TREMOR.iri)] == {"RULE:hasAdverseEffect:neg"}
    assert _LITHIUM.iri not in denied.causes
