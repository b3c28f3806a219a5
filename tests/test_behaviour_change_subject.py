"""The change's subject that the immobility/sucrose reader and the open-arm/lit-box/NSF reader share (session 18,
sp19: one definition, :func:`ipkg.extract.behaviour.change_subject`)."""

from ipkg.extract.behaviour import change_subject
from ipkg.extract.pairing import Item
from ipkg.models import Concept

DRUG = Concept("http://example.org/drug", "drug", "Intervention")
OTHER = Concept("http://example.org/other", "other", "Intervention")
STRESS = Concept("http://example.org/stress", "stress", "Intervention")
DISORDER = Concept("http://example.org/disorder", "disorder", "Disorder")


def _item(text: str, word: str, concept: Concept, **kw: object) -> Item:
    start = text.index(word)
    return Item(start, start + len(word), concept, **kw)  # type: ignore[arg-type]


def test_nearest_intervention_before_the_change() -> None:
    text = "other and drug increased the time spent in the open arms"
    items = [_item(text, "other", OTHER), _item(text, "drug", DRUG)]
    assert change_subject(text, items, text.index("increased")) == items[1]


def test_no_subject_across_a_clause_break_or_beyond_100_characters() -> None:
    text = "drug was given, but stress increased immobility"
    items = [_item(text, "drug", DRUG)]
    assert change_subject(text, items, text.index("increased")) is None
    far = "drug " + "x " * 60 + "increased immobility"
    assert change_subject(far, [_item(far, "drug", DRUG)], far.index("increased")) is None


def test_not_a_modifier_nor_an_inducer_nor_a_condition() -> None:
    text = "drug reversed the stress-induced decrease in sucrose preference"
    items = [_item(text, "drug", DRUG), _item(text, "stress", STRESS)]
    assert change_subject(text, items, text.index("decrease")) == items[0]
    modified = "drug antidepressant disorder reduced immobility"
    items = [_item(modified, "drug", DRUG), _item(modified, "antidepressant", OTHER, modifier=True),
             _item(modified, "disorder", DISORDER)]
    assert change_subject(modified, items, modified.index("reduced")) == items[0]
