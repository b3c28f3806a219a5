"""Drug classes by the short names clinicians use (round 19o), read from MeSH's and ChEBI's own class names:

* a Greek-letter class: a MeSH pharmacological action (D27) has an inverted entry term "<greek>-<Head>, <Q>"
  whose qualifier Q is the first word of the descriptor's name ("beta-Blockers, Adrenergic" of "Adrenergic
  beta-Antagonists"); the head alone names the class ("beta-blockers", "alpha-agonists"), as everywhere in
  clinical text. Only a Greek-letter head: other inverted heads without their qualifier are bare nouns
  ("Labels, Affinity", "Stimulants, Appetite");
* an analgesic by its mechanism: a ChEBI role "<W> analgesic" of one word W ("opioid analgesic") is also called
  "<W>" and "<W>s" ("opioids"), as a ``ctx`` row: the word also names the body's peptides and receptors
  ("endogenous opioids", "opioid receptor"), so it counts only where the text says it is given ("opioid
  therapy", "treated with opioids").

A form is added only where no row of any class has it and one concept alone writes it
(:func:`.chemical_forms.sole_writers`), as a ``derived`` row of the class's concept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import name_key
from .chemical_forms import sole_writers
from .common import ONTOLOGIES, read_tsv

__all__ = ["class_short_forms", "greek_heads", "mechanism_nouns"]

#: MeSH's pharmacological actions
_ACTION_TREE = "D27"
#: an inverted entry term with a Greek-letter head of one word: "beta-Blockers, Adrenergic"
_GREEK_INVERTED = re.compile(r"(?P<head>(?:alpha|beta|gamma|delta|kappa|mu)\d?-[A-Za-z]+), (?P<q>[A-Za-z]+)")
#: a ChEBI analgesic role named by one word before "analgesic"
_MECHANISM_ANALGESIC = re.compile(r"(?P<w>[A-Za-z-]+) analgesic")


def greek_heads(name: str, entry_terms: list[str]) -> list[str]:
    """The Greek-letter heads of a descriptor's inverted entry terms whose qualifier is its name's first word.

    >>> greek_heads("Adrenergic beta-Antagonists", ["beta-Blockers, Adrenergic", "Blockers, beta-Adrenergic",
    ...                                             "beta-Antagonists, Adrenergic", "beta1-Agonists, Cardiac"])
    ['beta-Blockers', 'beta-Antagonists']
    """
    first = name.split(" ", 1)[0].lower()
    return [m.group("head") for m in map(_GREEK_INVERTED.fullmatch, entry_terms) if m and m.group("q").lower() == first]


def mechanism_nouns(role_name: str) -> list[str]:
    """The noun forms of an analgesic role named by its mechanism word.

    >>> mechanism_nouns("opioid analgesic"), mechanism_nouns("non-narcotic analgesic"), mechanism_nouns("analgesic")
    (['opioid', 'opioids'], ['non-narcotic', 'non-narcotics'], [])
    """
    m = _MECHANISM_ANALGESIC.fullmatch(role_name)
    return [m.group("w"), m.group("w") + "s"] if m else []


def class_short_forms(shared: Path, mesh: Mapping[str, dict], rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of the module docstring, for the Intervention concepts of ``rows`` (``mesh``: the MeSH
    descriptors by id, :func:`.disorders.read_mesh_descriptors`)."""
    roles = {r["role_id"]: r["role_name"] for r in read_tsv(shared / ONTOLOGIES / "chebi-has-role.tsv")}
    taken = {name_key(r.name) for r in rows}
    # the concept a MeSH descriptor's names went to (its own, or the ChEBI term it maps to): its label row
    concept_of: dict[str, LexiconRow] = {}
    for row in rows:
        if row.cls == "Intervention" and row.syntype == "label":
            concept_of.setdefault(row.curie, row)
    by_mesh_name: dict[str, LexiconRow] = {}
    for row in rows:
        if row.cls == "Intervention" and row.source == "MESH" and row.syntype in ("label", "exact"):
            by_mesh_name.setdefault(row.name.lower(), row)
    writers: dict[tuple[str, ...], dict[str, LexiconRow]] = defaultdict(dict)
    for mesh_id, record in sorted(mesh.items()):
        if not any(t.startswith(_ACTION_TREE) for t in record["trees"]):
            continue
        owner = concept_of.get(f"MESH:{mesh_id}") or by_mesh_name.get(record["name"].lower())
        if owner is None:
            continue
        for head in greek_heads(record["name"], record["entries"]):
            flags = ",".join(f for f in owner.flags.split(",") if f and f != "ctx")
            writers[name_key(head)].setdefault(owner.iri, owner._replace(name=head, syntype="derived", flags=flags))
    for curie, role_name in sorted(roles.items()):
        owner = concept_of.get(curie)
        if owner is None:
            continue
        for form in mechanism_nouns(role_name):
            flags = ",".join([f for f in owner.flags.split(",") if f and f != "ctx"] + ["ctx"])
            writers[name_key(form)].setdefault(owner.iri, owner._replace(name=form, syntype="derived", flags=flags))
    return sole_writers(writers, taken)
