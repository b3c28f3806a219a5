"""Classes named by one word in the plural (round 24d): rows flagged ``pl``, which ground only where the text writes
that word in the plural (:func:`ipkg.ground.matcher.plural_end`).

The lexicon's keys fold plurals, so a class named "Semicarbazones" would also ground "semicarbazone", and a class
word in the singular names a member or a modifier, not the class ("the flavonol fisetin", "catecholamine-induced
cardiotoxicity", "the organophosphate insecticide diazinon"; round 24a's C2 over the 9k corpus: 21 of 38 new
mentions right, its plural uses alone 13 of 15). Two kinds of name:

* a compound series by its MeSH class (:func:`series_names`): a MeSH descriptor filed only among the small
  molecules (:data:`SERIES_TREES`, D02-D04), at least three levels down (every tree number), with a narrower
  descriptor under it, named by one plural word (its heading or a one-word entry term: Oxindoles' "Indolinones");
  a ``ctx`` row (a compound series counts where the text tests or gives it, as every compound);
* a drug class named by an adjective used as a noun in the plural (:func:`role_plurals`): a ChEBI or MeSH class
  named "<adjective> drug(s)" / "<adjective> agent(s)" whose adjective is formed with "anti-" or "psycho-"
  (an agent against something, an agent acting on the mind: "antimicrobial drug", "Antifungal Agents",
  "psychotropic drug") and names nothing else in the lexicon: "antimicrobials", "antibacterials", "psychotropics".
  The adjective alone ("antimicrobial peptides", "antibacterial activity") is no agent, and the plural too names
  other things ("macrolide antimicrobials", bacterial "antimicrobials"; 8 of 13 right over the 9k corpus where
  read anywhere), so these rows are ``ctx`` as well.

Only names no earlier source has (a class source runs after every compound source: round 24a's first C2 took
pyridine and indole from supplementary records built later).
"""

from __future__ import annotations

import re

from ..lexicon import LexiconRow
from ..variants import name_key
from .common import Source, TermSet

__all__ = ["SERIES_TREES", "build_plural_classes", "series_names", "role_plurals"]

#: MeSH's small molecules: inorganic, organic and heterocyclic compounds
SERIES_TREES = ("D02.", "D03.", "D04.")
#: the fewest tree-number parts of a series class ("D02.845.746", Semicarbazones): broader ones are families
_SERIES_DEPTH = 3
#: a role class named by a one-word adjective "anti-..." or "psycho-..." and "drug" or "agent"
_ROLE_NAME = re.compile(r"((?:anti|psycho)[a-z-]*[a-z](?:al|ic|ive|ant|ory|ar))\s+(?:drug|agent)s?")
#: the sources whose classes give role plurals (MAxO names therapies, not agents)
_ROLE_SOURCES = ("CHEBI", "MESH")
_MESH = Source("MESH", "2024")


def _plural_word(name: str) -> bool:
    """Whether ``name`` is one word in the plural (ends in "s" and its key folds it).

    >>> _plural_word("Semicarbazones"), _plural_word("Semicarbazone"), _plural_word("Citrus"), _plural_word("Bile Acids")
    (True, False, False, False)
    """
    return name.isalpha() and name.endswith("s") and name_key(name) != (name.lower(),)


def series_names(mesh: dict[str, dict]) -> dict[str, tuple[str, list[str]]]:
    """The compound-series classes of MeSH by id: (heading, its one-word plural names).

    >>> mesh = {"D1": {"name": "Semicarbazones", "entries": ["Semicarbazone"], "trees": ["D02.845.746"]},
    ...         "D2": {"name": "Thiosemicarbazones", "entries": [], "trees": ["D02.845.746.703"]},
    ...         "D3": {"name": "Sulfur Compounds", "entries": [], "trees": ["D01.845"]},
    ...         "D4": {"name": "Amides", "entries": [], "trees": ["D02.065"]}}
    >>> series_names(mesh)
    {'D1': ('Semicarbazones', ['Semicarbazones'])}
    """
    trees = sorted(t for record in mesh.values() for t in record["trees"])
    out = {}
    for mesh_id, record in sorted(mesh.items()):
        own = record["trees"]
        if not own or not all(t.startswith(SERIES_TREES) and t.count(".") + 1 >= _SERIES_DEPTH for t in own):
            continue
        if not any(other.startswith(t + ".") for t in own for other in trees):
            continue
        names = [n for n in [record["name"], *record["entries"]] if _plural_word(n)]
        if names:
            out[mesh_id] = (record["name"], list(dict.fromkeys(names)))
    return out


def role_plurals(rows: list[LexiconRow]) -> list[tuple[str, str, Source, str]]:
    """(curie, label, source, plural name) of each role class named by an adjective of :data:`_ROLE_NAME` that
    names nothing in ``rows``.

    >>> row = LexiconRow("Intervention", "i", "CHEBI:36043", "antimicrobial drug", "antimicrobial drug", "label",
    ...                  "CHEBI", "2026")
    >>> role_plurals([row])
    [('CHEBI:36043', 'antimicrobial drug', Source(name='CHEBI', release='2026'), 'antimicrobials')]
    """
    taken = {name_key(r.name) for r in rows}
    found = {}
    for row in rows:
        if row.cls != "Intervention" or row.source not in _ROLE_SOURCES:
            continue
        named = _ROLE_NAME.fullmatch(row.name.lower())
        if named and name_key(named.group(1)) not in taken:
            # one class per plural: ChEBI's before MeSH's (OBO first), then the lower id
            found[named.group(1), row.source != "CHEBI", row.curie] = row
    out = {}
    for (adjective, _, _), row in sorted(found.items()):
        out.setdefault(adjective, (row.curie, row.label, Source(row.source, row.release), adjective + "s"))
    return list(out.values())


def build_plural_classes(mesh: dict[str, dict], rows: list[LexiconRow]) -> list[LexiconRow]:
    """The plural-only rows of both kinds (``rows``: every earlier source's rows, whose names are not given again)."""
    taken = {name_key(r.name) for r in rows}
    terms = TermSet("Intervention")
    for mesh_id, (label, names) in series_names(mesh).items():
        fresh = [(n, "label" if n == label else "exact") for n in names if name_key(n) not in taken]
        if fresh:
            terms.add(f"MESH:{mesh_id}", label, fresh, _MESH, flags="ctx,pl")
    for curie, label, source, name in role_plurals(rows):
        terms.add(curie, label, [(name, "derived")], source, flags="ctx,pl")
    return terms.rows
