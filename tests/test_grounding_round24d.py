"""Issue 13, round 24d (session 24): the plural-only lexicon flag (``pl``): a class named by one plural word grounds
where the text writes the plural, not the singular, which names a member or a modifier; compound series by their
MeSH class, role classes by an adjective's plural, "stimulants" and "mood stabilizers". Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.lexicon import LexiconRow, build_index
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.plural_classes import build_plural_classes, role_plurals, series_names
from tests.test_grounding_round23a import labels


def _row(curie: str, label: str, name: str, flags: str = "") -> LexiconRow:
    return LexiconRow("Intervention", f"http://example.org/{curie}", curie, label, name, "label", "MESH", "2024",
                      flags)


@pytest.fixture(scope="module")
def small() -> Grounder:
    """A grounder of three rows: a plural-only class, a plural-only class read only where given, a plain drug."""
    return Grounder(build_index([
        _row("MESH:D1", "Flavonols", "flavonols", "pl"),
        _row("MESH:D2", "Semicarbazones", "semicarbazones", "ctx,pl"),
        _row("MESH:D3", "fisetin", "fisetin"),
    ]))


def _found(grounder: Grounder, text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.concept.label) for m in grounder.find(text)]


def test_a_plural_only_name_grounds_in_the_plural(small):
    assert _found(small, "Diets rich in flavonols lowered blood pressure.") == [("flavonols", "Flavonols")]


@pytest.mark.parametrize("text", ["The flavonol fisetin was given.", "A flavonol-rich diet was given."])
def test_a_plural_only_name_in_the_singular_grounds_nothing(small, text):
    assert [label for _, label in _found(small, text)] in ([], ["fisetin"])


def test_a_plural_only_context_name_needs_the_plural_and_a_cue(small):
    assert _found(small, "Mice were given semicarbazones daily.") == [("semicarbazones", "Semicarbazones")]
    assert _found(small, "Mice were given a semicarbazone daily.") == []


def test_lookup_keeps_the_plural_rule(small):
    assert small.lookup("flavonols").label == "Flavonols"
    assert small.lookup("flavonol") is None


def test_series_classes_are_small_molecule_classes_with_narrower_ones():
    mesh = {"D1": {"name": "Oxindoles", "entries": ["Oxindole", "Indolinones"], "trees": ["D03.132.436.511"]},
            "D2": {"name": "Sunitinib", "entries": [], "trees": ["D03.132.436.511.500"]},
            "D3": {"name": "Leaves", "entries": [], "trees": ["D03.132.436.999.100"]}}
    assert series_names(mesh) == {"D1": ("Oxindoles", ["Oxindoles", "Indolinones"])}


def test_a_role_plural_needs_an_anti_or_psycho_adjective_no_row_names():
    rows = [_row("CHEBI:1", "antibacterial drug", "antibacterial drug"),
            _row("CHEBI:2", "sedative", "sedative drug"),
            _row("CHEBI:3", "antiviral drug", "antiviral drug"), _row("MESH:D4", "Antiviral Agents", "antiviral")]
    rows = [r._replace(source="CHEBI") if r.curie.startswith("CHEBI") else r for r in rows]
    assert [name for *_, name in role_plurals(rows)] == ["antibacterials"]
    built = build_plural_classes({}, rows)
    assert [(r.name, r.flags) for r in built] == [("antibacterials", "ctx,pl")]


@pytest.mark.parametrize("text, surface, label", [
    ("Children with ADHD were treated with stimulants for a year.", "stimulants", "central nervous system stimulant"),
    ("Psychostimulants such as amphetamine were given to rats.", "psychostimulants",
     "central nervous system stimulant"),
    ("Patients on tricyclics reported dry mouth.", "tricyclics", "Antidepressive Agents, Tricyclic"),
    ("Most patients received mood stabilizers.", "mood stabilizers", "antimanic drug"),
    ("Each patient received a mood stabiliser.", "mood stabiliser", "antimanic drug"),
    ("Mice were treated with antibacterials before the stress.", "antibacterials", "antibacterial drug"),
    ("Rats were given catecholamines intravenously.", "catecholamines", "Catecholamines"),
])
def test_classes_in_the_plural_ground(grounder, text, surface, label):
    assert labels(grounder, text)[surface] == label


@pytest.mark.parametrize("text, surface", [
    ("The psychostimulant methamphetamine was given to rats.", "psychostimulant"),
    ("Caffeine has a stimulant effect.", "stimulant"),
    ("Catecholamine-induced arrhythmias were recorded.", "catecholamine"),
    ("The peptide showed antibacterial activity.", "antibacterial"),
])
def test_the_singular_or_the_modifier_grounds_no_class(grounder, text, surface):
    assert surface not in labels(grounder, text)
