"""Disorder names English forms from a class name's adjective (round 6b; used only by :mod:`ipkg.ground.build`).

A comorbidity is a disorder that occurs with another: "psychiatric comorbidities" are psychiatric disorders,
"cardiovascular comorbidity" a cardiovascular disorder. Each Disorder named ``<adjective> disorder`` or
``<adjective> disease`` (an ontology label or exact synonym whose first word is an adjective: -ic, -al, -ary,
-ous, -ive) is also ``<adjective> comorbidity``, and (round 20c) ``<adjective> complication``: a complication is
a disorder arising in the course of another or of a treatment ("infectious complications" after trauma are
infectious diseases, as the check set's adjudicators read them; "obstetric", "renal", "neurologic complications").

A bodily sign or disease is also named by its adjective heading a noun of occurrence (round 19m,
:func:`sign_event_names`): "hypotensive episodes", "the hypotensive response to propofol", "the hypotensive
effect of levodopa", "a hypotensive state" name hypotension occurring. The adjective is the one
:func:`ipkg.ground.expand.disorder_adjective` derives from a one-word Disorder or Phenotype name (label or exact
synonym); the nouns are :data:`EVENT_NOUNS`. Only where the MeSH descriptor of that word (by its name or an
entry term) is filed outside the psychiatric branches (F01-F04): a "depressive episode" or a "psychotic
episode" is a symptom or a mood episode (GUIDELINES), not the disorder, and
:mod:`ipkg.extract.mentions` drops a bare adjective of a disorder before "episodes" for that reason.

Round 20c (:func:`sign_adjective`, :func:`sign_adjective_names`): the signs whose adjective the disorder rules do
not derive, by the English endings of :data:`SIGN_ADJECTIVE_RULES`: "-toxicity" -> "-toxic" (neurotoxic,
ototoxic), "-plegia" -> "-plegic" (quadriplegic), "-kinesia" -> "-kinetic" (akinetic, hyperkinetic), "-embolism"
-> "-embolic" (thromboembolic), "-taxia" -> "-taxic" (ataxic), "-lysis" ->
"-lytic" (hemolytic), "edema" -> "edematous", "stupor" -> "stuporous". Each becomes a ``derived`` name of its
concept (under the same MeSH condition as the occurrence names), and heads the occurrence nouns too
("neurotoxic effects", "thromboembolic events" already by the bearer rule of :mod:`ipkg.extract.mentions`,
which holds the bare adjective to a bearer noun or a copula).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..expand import disorder_adjective
from ..lexicon import LexiconRow
from ..variants import name_key

__all__ = ["comorbidity_names", "sign_event_names", "sign_adjective", "sign_adjective_names", "unshared", "EVENT_NOUNS",
           "SIGN_ADJECTIVE_RULES"]

#: nouns of an occurrence that a sign's adjective heads to name the sign occurring (round 19m)
EVENT_NOUNS = ("episode", "effect", "response", "action", "state")
#: MeSH's psychiatric branches: behaviour, psychological phenomena, mental disorders, behavioural disciplines
_PSYCHIATRIC = ("F01", "F02", "F03", "F04")

#: round 20c: (ending of a sign's noun, ending of its adjective) that :func:`ipkg.ground.expand.disorder_adjective`
#: does not know
SIGN_ADJECTIVE_RULES: tuple[tuple[str, str], ...] = (
    ("toxicity", "toxic"), ("plegia", "plegic"), ("kinesia", "kinetic"), ("embolism", "embolic"), ("taxia", "taxic"),
    ("lysis", "lytic"), ("edema", "edematous"), ("oedema", "oedematous"), ("stupor", "stuporous"),
)
#: the nouns of :data:`SIGN_ADJECTIVE_RULES` that are words of their own ("edema": "edematous", "embolism": "embolic")
_WHOLE_WORDS = ("edema", "oedema", "stupor", "embolism")

#: nouns of a disorder that comes with another, after a disorder class's adjective
_WITH_NOUNS = ("comorbidity", "complication")
#: a disorder class named by one adjective
_ADJECTIVE_CLASS = re.compile(r"([a-z]+(?:ic|al|ary|ous|ive)) (?:disorder|disease)s?")


def comorbidity_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """``<adjective> comorbidity`` and ``<adjective> complication`` for each Disorder named ``<adjective>
    disorder/disease``.

    >>> row = LexiconRow("Disorder", "i", "MONDO:0002025", "psychiatric disorder", "psychiatric disorder", "label",
    ...                  "MONDO", "2024", "")
    >>> [r.name for r in comorbidity_names([row])]
    ['psychiatric comorbidity', 'psychiatric complication']
    """
    out = []
    for row in rows:
        m = _ADJECTIVE_CLASS.fullmatch(row.name)
        if row.cls == "Disorder" and row.syntype in ("label", "exact") and m:
            out += [row._replace(name=f"{m.group(1)} {noun}", syntype="derived") for noun in _WITH_NOUNS]
    return out


def sign_event_names(rows: list[LexiconRow], mesh: dict[str, dict]) -> list[LexiconRow]:
    """``<adjective> <event noun>`` for each one-word Disorder or Phenotype name of a sign or disease of the body
    (see the module docstring); a name some row already has, or that two concepts of one class would take, is left
    out (of a Disorder and a Phenotype, the Disorder takes it, as :func:`sign_adjective_names`).

    >>> row = LexiconRow("Disorder", "i", "MONDO:0005468", "hypotensive disorder", "hypotension", "exact",
    ...                  "MONDO", "2024", "")
    >>> mesh = {"D007022": {"name": "Hypotension", "entries": [], "trees": ["C14.907.514"]},
    ...         "D003863": {"name": "Depression", "entries": [], "trees": ["F01.145.126.350"]}}
    >>> [r.name for r in sign_event_names([row], mesh)][:3]
    ['hypotensive episode', 'hypotensive effect', 'hypotensive response']
    >>> sign_event_names([row._replace(name="depression")], mesh)
    []
    """
    named = ((row, f"{adjective} {noun}") for row, adjective in _body_sign_adjectives(rows, mesh)
             for noun in EVENT_NOUNS)
    return unshared(named, rows)


def sign_adjective(name: str) -> str | None:
    """The adjective of a one-word disorder or sign name: by :data:`SIGN_ADJECTIVE_RULES` (first: "embolism" is
    "embolic", not "embolistic"), else :func:`ipkg.ground.expand.disorder_adjective`'s.

    >>> [sign_adjective(n) for n in ("hypotension", "neurotoxicity", "quadriplegia", "akinesia", "edema", "pain")]
    ['hypotensive', 'neurotoxic', 'quadriplegic', 'akinetic', 'edematous', None]
    >>> sign_adjective("thromboembolism")
    'thromboembolic'
    """
    word = name.lower()
    if word.isalpha() and (word == name or name[:1].isupper()):
        for suffix, replacement in SIGN_ADJECTIVE_RULES:
            if word.endswith(suffix) and len(word) > len(suffix) or word == suffix and suffix in _WHOLE_WORDS:
                return word[: len(word) - len(suffix)] + replacement
    return disorder_adjective(name)


def sign_adjective_names(rows: list[LexiconRow], mesh: dict[str, dict]) -> list[LexiconRow]:
    """The bare adjective (``derived``) of each one-word Disorder or Phenotype name whose adjective only
    :data:`SIGN_ADJECTIVE_RULES` gives, where MeSH files the word (by name or entry term) outside F01-F04; a name
    some row already has, or that two concepts of one class would take, is left out (of a Disorder and a
    Phenotype, the Disorder takes it: ``rows`` hold the Disorders first).

    >>> row = LexiconRow("Phenotype", "i", "MESH:D011782", "Quadriplegia", "quadriplegia", "label", "MESH", "2024",
    ...                  "")
    >>> mesh = {"D011782": {"name": "Quadriplegia", "entries": [], "trees": ["C10.597.622.760"]}}
    >>> [(r.name, r.syntype) for r in sign_adjective_names([row], mesh)]
    [('quadriplegic', 'derived')]
    """
    named = ((row, adjective) for row, adjective in _body_sign_adjectives(rows, mesh)
             if adjective != disorder_adjective(row.name))  # (else made by expand.disorder_variants already)
    return unshared(named, rows)


def _body_sign_adjectives(rows: list[LexiconRow], mesh: dict[str, dict]) -> Iterator[tuple[LexiconRow, str]]:
    """(row, adjective) for each one-word Disorder or Phenotype name (label or exact) with an adjective
    (:func:`sign_adjective`) whose word MeSH files (by name or entry term), outside F01-F04."""
    trees = _trees_by_name(mesh)
    for row in rows:
        if row.cls not in ("Disorder", "Phenotype") or row.syntype not in ("label", "exact") or " " in row.name:
            continue
        adjective = sign_adjective(row.name)
        filed = trees.get(name_key(row.name), [])
        if adjective and filed and not any(t.startswith(_PSYCHIATRIC) for t in filed):
            yield row, adjective


def unshared(named: Iterable[tuple[LexiconRow, str]], rows: list[LexiconRow]) -> list[LexiconRow]:
    """A ``derived`` row of each (row, new name), except a name some row of ``rows`` already has or that two
    concepts of one class would take (of a Disorder and a Phenotype, the first, the Disorder, takes it: round
    20c)."""
    taken = {name_key(r.name) for r in rows}
    out: dict[tuple[str, ...], LexiconRow] = {}
    shared: set[tuple[str, ...]] = set()
    for row, name in named:
        key = name_key(name)
        if key in taken:
            continue
        if key in out and out[key].iri != row.iri and out[key].cls == row.cls:
            shared.add(key)
        out.setdefault(key, row._replace(name=name, syntype="derived", flags=""))
    return [row for key, row in out.items() if key not in shared]


def _trees_by_name(mesh: dict[str, dict]) -> dict[tuple[str, ...], list[str]]:
    """MeSH tree numbers by the key of each descriptor name and entry term."""
    trees: dict[tuple[str, ...], list[str]] = {}
    for record in mesh.values():
        for name in (record["name"], *record["entries"]):
            trees.setdefault(name_key(name), []).extend(record["trees"])
    return trees
