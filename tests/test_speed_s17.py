"""Session 17's speed rewrites (docs/scale.md): each gives what the code it replaced gave."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ipkg.extract import reversal
from ipkg.extract.pairing import Item
from ipkg.extract.reversal import Reversals
from ipkg.models import Concept

DRUG = Concept("urn:test:drug", "minocycline", "Intervention", "test")
IL6 = Concept("urn:test:il6", "IL-6", "Cytokine", "test")
MDD = Concept("urn:test:mdd", "depression", "Disorder", "test")
STRESS = Concept("urn:test:stress", "social isolation", "Exposure", "test")


@pytest.mark.parametrize(("concept", "pseudo", "cls", "group"), [
    (DRUG, "", "Intervention", "Intervention"),
    (IL6, "", "Cytokine", "Target"),
    (MDD, "", "Disorder", "Condition"),
    (STRESS, "", "Intervention", "Intervention"),  # an exposure is paired as an intervention
    (IL6, "anaphor", "Intervention", "Intervention"),  # so is a resolved anaphor, whatever it stands for
])
def test_item_class_and_group_are_set_from_concept_and_pseudo(concept: Concept, pseudo: str, cls: str,
                                                               group: str) -> None:
    item = Item(0, 4, concept, pseudo)
    assert (item.cls, item.group) == (cls, group)


def test_item_class_follows_a_replaced_concept_and_stays_out_of_equality() -> None:
    item = Item(0, 4, IL6)
    assert replace(item, concept=MDD).cls == "Disorder"
    assert item == Item(0, 4, IL6) and hash(item) == hash(Item(0, 4, IL6))
    assert repr(item).endswith("pseudo='', modifier=False)")  # the fields it had, no more


def test_reversals_read_what_a_sentence_changed_only_when_a_later_sentence_needs_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = reversal._undone

    def counted(findings, text, items):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(findings, text, items)

    monkeypatch.setattr(reversal, "_undone", counted)
    first = "Stressed mice showed elevated IL-6."
    reversals = Reversals()
    items = [Item(first.index("IL-6"), len(first) - 1, IL6)]
    assert reversals.findings(first, items, ("abstract", 0, len(first), first, "results")) == []
    reversals.record([], first, items)  # as read_study does: the sentence's reversals, then what it changed
    assert not reversals.may_reverse("Body weight fell.") and calls == []  # no word of "these changes"
    second = "These changes were reversed by minocycline."
    items = [Item(second.index("minocycline"), len(second) - 1, DRUG)]
    assert reversals.may_reverse(second)
    found = reversals.findings(second, items, ("abstract", 30, 30 + len(second), second, "results"))
    assert [(f.subject.label, f.predicate, f.obj.label if f.obj else None) for f in found] == [
        ("minocycline", "decreases", "IL-6")]
    assert calls == [first]  # computed once, kept for the next sentence
