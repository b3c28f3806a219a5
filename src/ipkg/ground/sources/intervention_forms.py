"""The Intervention name forms of rounds 18a, 19a and 19o, one call for the build: procedures in their standard
wordings (:mod:`.procedure_forms`), drug classes with another drug noun (:mod:`.class_nouns`), the ChEBI label of a
MeSH chemical that took the ChEBI term (:func:`obo_label_names`) and drug classes by their short names
(:mod:`.class_short_forms`: "beta-blockers", "opioids")."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import name_key
from .chemical_forms import sole_writers
from .class_nouns import class_noun_forms
from .class_short_forms import class_short_forms
from .procedure_forms import procedure_forms

__all__ = ["intervention_forms", "obo_label_names"]

#: a label of words of letters (a hyphen or an apostrophe inside), two words at least: a trivial or common name
#: ("diisopropyl fluorophosphate", "sodium valproate"), not a systematic one with locants or brackets
_PLAIN_LABEL = re.compile(r"[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)+")


def obo_label_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ChEBI label of an Intervention concept as one of its names, where its names came from MeSH alone (a MeSH
    chemical that ``mesh-xrefs.tsv`` maps to one ChEBI term takes the term's IRI and label, round 12, but not
    the label as a name: "diisopropyl fluorophosphate" was only "isoflurophate"). Only a plain label of two words
    or more (:data:`_PLAIN_LABEL`; a one-word label may be a group's or a role's: "hydroxyl", "hormone") that no
    row of any class has and one concept alone would write (:func:`.chemical_forms.sole_writers`); a ``derived``
    row with the concept's flags.

    >>> row = LexiconRow("Intervention", "i", "CHEBI:1", "diisopropyl fluorophosphate", "isoflurophate", "label",
    ...                  "MESH", "2024", "ctx")
    >>> [(r.name, r.flags) for r in obo_label_names([row])]
    [('diisopropyl fluorophosphate', 'ctx')]
    """
    taken = {name_key(r.name) for r in rows}
    writers: dict[tuple[str, ...], dict[str, LexiconRow]] = defaultdict(dict)
    for row in rows:
        if row.cls == "Intervention" and row.curie.startswith("CHEBI:") and row.syntype in ("label", "exact") \
                and _PLAIN_LABEL.fullmatch(row.label):
            flags = ",".join(f for f in row.flags.split(",") if f and f != "cs")  # "cs" is the other name's
            writers[name_key(row.label)].setdefault(row.iri, row._replace(name=row.label, syntype="derived",
                                                                          flags=flags))
    return sole_writers(writers, taken)


def intervention_forms(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of :mod:`.procedure_forms`, :mod:`.class_nouns`, :func:`obo_label_names` and
    :mod:`.class_short_forms` (each over ``rows`` alone)."""
    return procedure_forms(mesh, rows) + class_noun_forms(shared, mesh, rows) + obo_label_names(rows) \
        + class_short_forms(shared, mesh, rows)
