"""Drug classes named with another drug noun (round 18a): a class the lexicon has (a ChEBI role, a MeSH
pharmacological action, D27) is written with any of English's drug nouns, "drug(s)", "agent(s)", "medication(s)",
"medicine(s)":

* a class named "<X> drug / agent / medication / medicine" is also named with each other noun ("antiepileptic
  drug" -> "antiepileptic medication", "anti-inflammatory agent" -> "anti-inflammatory medicines");
* a class named by one word ("sedative", "statin", "opioid", "immunosuppressant") is also that word with a drug
  noun ("sedative medications", "statin drugs", "opioid medication"); not a word of a mechanism any drug has
  ("antagonist", "inhibitor", "agonist");
* (round 23a) a subclass named "<M> <H> drug / agent / medication / medicine", with one modifier word M and a head H
  that is itself a one-word name of a drug class ("atypical antipsychotic agent", H "antipsychotic" of ChEBI's
  antipsychotic agent), is also named "<M> <H>" alone, singular and plural: the head is an adjective English uses
  as a noun, so the subclass is too ("atypical antipsychotics", "typical antipsychotics", "phenothiazine
  antipsychotics"); not a Greek letter or a bare prefix as M ("beta adrenergic", "anti diuretic").

A form is added only for a class whose name no other concept has, where no row of any class has the form and one
concept alone writes it
(:func:`.chemical_forms.sole_writers`), as a ``derived`` row without the concept's ``ctx`` flag (a drug noun says
a drug is meant: "hormone medication" is given, "hormone" may be the body's).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import name_key
from .chemical_forms import mesh_record, sole_forms, sole_writers
from .common import ONTOLOGIES, read_tsv

__all__ = ["class_noun_forms", "noun_forms", "bare_head_form"]

#: English's drug nouns
DRUG_NOUNS = ("drug", "agent", "medication", "medicine")
#: a class name ending in a drug noun
_NOUN_TAIL = re.compile(rf"^(?P<x>.+) (?:{'|'.join(DRUG_NOUNS)})s?$", re.IGNORECASE)
#: MeSH's pharmacological actions
_ACTION_TREE = "D27"
#: one-word classes that name a mechanism of any drug, not a class of drugs ("antagonist drug" says nothing more)
_MECHANISM_WORDS = frozenset({"agonist", "antagonist", "inhibitor", "ligand", "activator", "blocker", "modulator",
                              "prodrug", "drug", "agent"})

#: a subclass named by one modifier word, a head word and a drug noun: "atypical antipsychotic agent"
_MODIFIED_HEAD = re.compile(rf"^(?P<m>[A-Za-z]+) (?P<h>[A-Za-z]+) (?:{'|'.join(DRUG_NOUNS)})s?$", re.IGNORECASE)
#: modifier words that are no adjective of a subclass: Greek letters (a receptor's), bare prefixes
_NOT_MODIFIERS = frozenset({"alpha", "beta", "gamma", "delta", "kappa", "mu", "anti", "non", "pro", "treatment"})


def bare_head_form(name: str, heads: frozenset[str]) -> str | None:
    """The "<M> <H>" name of a subclass named "<M> <H> <drug noun>" whose head H is a one-word class name in
    ``heads`` (lower-cased), else None (module docstring).

    >>> heads = frozenset({"antipsychotic", "adrenergic"})
    >>> bare_head_form("atypical antipsychotic agent", heads), bare_head_form("beta adrenergic agents", heads)
    ('atypical antipsychotic', None)
    >>> bare_head_form("antipsychotic agent", heads), bare_head_form("typical anticonvulsant drug", heads)
    (None, None)
    """
    m = _MODIFIED_HEAD.match(name)
    if not m or m.group("m").lower() in _NOT_MODIFIERS or m.group("h").lower() not in heads:
        return None
    return f"{m.group('m')} {m.group('h')}"


def noun_forms(name: str) -> list[str]:
    """A class name with each other drug noun (module docstring).

    >>> noun_forms("antiepileptic drug")
    ['antiepileptic agent', 'antiepileptic medication', 'antiepileptic medicine']
    >>> noun_forms("Sedatives")[:2], noun_forms("serotonin uptake inhibitor")
    (['Sedatives drug', 'Sedatives agent'], [])
    """
    m = _NOUN_TAIL.match(name)
    if m:
        noun = name.rsplit(" ", 1)[1].lower().rstrip("s")
        return [f"{m.group('x')} {other}" for other in DRUG_NOUNS if other != noun]
    if " " not in name and "-" not in name[1:] and name.lower().rstrip("s") not in _MECHANISM_WORDS:
        return [f"{name} {noun}" for noun in DRUG_NOUNS]
    return []


def class_noun_forms(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of the module docstring for every Intervention class row (ChEBI roles, MeSH D27)."""
    roles = {row["role_id"] for row in read_tsv(shared / ONTOLOGIES / "chebi-has-role.tsv")}
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for r in rows:
        owners[name_key(r.name)].add(r.iri)

    def is_class(row: LexiconRow, record: dict | None) -> bool:
        return row.curie in roles or bool(record and any(t.startswith(_ACTION_TREE) for t in record["trees"]))

    def forms_of(row: LexiconRow, record: dict | None) -> list[str]:
        if not is_class(row, record):
            return []
        if owners[name_key(row.name)] != {row.iri}:
            return []  # the class's own name is another concept's too ("statins": ChEBI's statin, MeSH's class)
        return noun_forms(row.name)

    out = []
    for row, form in sole_forms(rows, mesh, forms_of):
        flags = ",".join(f for f in row.flags.split(",") if f and f != "ctx")
        out.append(row._replace(name=form, syntype="derived", flags=flags))
    return out + _bare_head_rows(rows + out, mesh, is_class)


def _bare_head_rows(rows: list[LexiconRow], mesh: dict[str, dict],
                    is_class: Callable[[LexiconRow, dict | None], bool]) -> list[LexiconRow]:
    """The "<M> <H>" rows of :func:`bare_head_form` over the class rows of every syntype (MAxO's "atypical
    antipsychotic agent therapy" gives CHEBI:65191 its "atypical antipsychotic agent" as a ``derived`` row), where no
    row has the form and one concept alone writes it."""
    classes = [r for r in rows if r.cls == "Intervention" and is_class(r, mesh_record(r.curie, mesh))]
    heads = frozenset(r.name.lower() for r in classes if r.name.isalpha())
    writers: dict[tuple[str, ...], dict[str, LexiconRow]] = defaultdict(dict)
    for row in classes:
        form = bare_head_form(row.name, heads)
        if form:
            flags = ",".join(f for f in row.flags.split(",") if f and f not in ("ctx", "cs"))
            writers[name_key(form)].setdefault(row.iri, row._replace(name=form, syntype="derived", flags=flags))
    return sole_writers(writers, {name_key(r.name) for r in rows})
