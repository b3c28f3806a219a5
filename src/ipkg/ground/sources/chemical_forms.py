"""The usual written forms of Intervention names that no ontology spells out (round 14a): ``derived`` rows.

Each form is stated on the name's own shape, for every Intervention concept, never for one abstract's words:

* **anions of acids** (:func:`anion_forms`): an acid named "<stem>ic acid" is also written by its anion,
  "<stem>ate", the form it takes in the body and in salts (3-hydroxybutyric acid -> 3-hydroxybutyrate,
  ursodeoxycholic acid -> ursodeoxycholate, kynurenic acid -> kynurenate).
* **configuration of amino-acid derivatives** (:func:`configuration_forms`): a derivative named with a substituent
  fused to an amino acid's name ("1-methyltryptophan", "NG-nitroarginine methyl ester") is also written with the
  configuration prefix before the amino acid ("1-methyl-DL-tryptophan") or, for an L- or D-form, before the whole
  name ("L-NG-nitroarginine methyl ester"). A concept whose label states a configuration takes only that one
  (D-NAME, the inactive enantiomer, is no L-NAME); a label without one takes L-, D- and DL-.
* **class nouns** (:func:`class_noun_forms`): a drug class named "<adjective> agent / drug / medication" (one or
  two words before the noun) is also named with the other two nouns, singular and plural ("immunosuppressive
  agent" -> "immunosuppressive drugs", "psychotropic drug" -> "psychotropic medication").
* **agents against a cytokine** (:func:`cytokine_class_forms`, round 15): a drug class named "<X> inhibitor /
  antagonist / blocker" whose X is a one-word name of a cytokine ("TNF inhibitors") is also named by the
  cytokine's other one-word names ("TNF-alpha antagonists", "TNFA blockers") and as "anti-<name>" alone ("treated
  with anti-TNF"). The bare "anti-<name>" holds only under a treatment cue (``ctx``): elsewhere it is as often a
  reagent or an autoantibody ("an anti-TNF antibody for staining").

A form is added only where no row of any class has that name already, and only when one concept writes it (a
form two concepts would write is left out). It keeps its concept's treatment-cue gate (``ctx``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Container, Mapping
from typing import TypeVar

from ..lexicon import LexiconRow
from ..variants import name_key

__all__ = ["chemical_forms", "anion_forms", "configuration_forms", "class_noun_forms", "cytokine_class_forms",
           "sole_writers", "sole_forms", "mesh_record", "AMINO_ACIDS"]

T = TypeVar("T")

#: "<stem>ic acid" (one word before "acid", the stem at least three letters: "folic", not "ic")
_IC_ACID = re.compile(r"^(?P<stem>.*[a-z]{3})ic acid$", re.IGNORECASE)
#: amino acids whose derivatives are written with a configuration prefix (the proteinogenic ones with a
#: stereocentre, and the non-proteinogenic ones named so in pharmacology)
AMINO_ACIDS = ("alanine", "arginine", "asparagine", "cysteine", "glutamine", "histidine", "isoleucine", "leucine",
               "lysine", "methionine", "phenylalanine", "proline", "serine", "threonine", "tryptophan", "tyrosine",
               "valine", "ornithine", "citrulline", "homocysteine", "kynurenine", "carnitine", "norvaline")
#: a substituent prefix fused to an amino acid's name ("methyl", "nitro", "acetyl", "hydroxy", "fluoro"); the
#: amino acid ends the word; the shortest substituent first, so "methylphenylalanine" is methyl + phenylalanine
_FUSED = re.compile(r"(?<![A-Za-z])(?P<sub>[a-z]*?[a-z](?:yl|o|oxy))(?P<aa>"
                    + "|".join(sorted(AMINO_ACIDS, key=len, reverse=True)) + r")\b")
#: a configuration stated in a label: "-L-", "L-" at the start, "(L)" ...
_CONFIGURATION = re.compile(r"(?:^|[-(,\s])(?P<c>DL|L|D)-")
#: "<one or two words> agent / drug / medication(s)" where the word before the noun is an adjective
_CLASS_NOUN = re.compile(r"^(?P<adj>(?:[\w-]+ )?[\w-]*(?:ive|ic|al|ant|ory|ary|ent))"
                         r" (?:agent|drug|medication)s?$", re.IGNORECASE)
_NOUNS = ("agent", "agents", "drug", "drugs", "medication", "medications")


def anion_forms(name: str) -> list[str]:
    """The anion form of an acid's name.

    >>> anion_forms("3-hydroxybutyric acid"), anion_forms("Ursodeoxycholic Acid"), anion_forms("amino acid")
    (['3-hydroxybutyrate'], ['Ursodeoxycholate'], [])
    """
    m = _IC_ACID.match(name)
    return [m.group("stem") + "ate"] if m else []


def configuration_forms(name: str, label: str) -> list[str]:
    """A fused amino-acid derivative's name with its configuration written (module docstring).

    >>> configuration_forms("1-methyltryptophan", "1-methyltryptophan")
    ['1-methyl-L-tryptophan', '1-methyl-D-tryptophan', '1-methyl-DL-tryptophan']
    >>> configuration_forms("NG-nitroarginine methyl ester", "N(gamma)-nitro-L-arginine methyl ester")
    ['NG-nitro-L-arginine methyl ester', 'L-NG-nitroarginine methyl ester']
    >>> configuration_forms("4-methylphenylalanine", "4-methylphenylalanine")[0]
    '4-methyl-L-phenylalanine'
    >>> configuration_forms("arginine", "L-arginine"), configuration_forms("isoleucine", "L-isoleucine")
    ([], [])
    """
    m = _FUSED.search(name)
    if not m or m.group("sub") + m.group("aa") in AMINO_ACIDS:
        return []  # "isoleucine", "homocysteine" are amino acids of their own
    stated = {c.group("c") for c in _CONFIGURATION.finditer(label)}
    configurations = sorted(stated) if len(stated) == 1 else ["L", "D", "DL"]
    out = []
    for c in configurations:
        out.append(f"{name[:m.start('aa')]}-{c}-{name[m.start('aa'):]}")
    out += [f"{c}-{name}" for c in configurations if c != "DL" and len(stated) == 1]
    return out


def class_noun_forms(name: str) -> list[str]:
    """A drug class's name with the other class nouns (module docstring).

    >>> class_noun_forms("immunosuppressive agent")[:3]
    ['immunosuppressive agents', 'immunosuppressive drug', 'immunosuppressive drugs']
    >>> class_noun_forms("travel agent"), class_noun_forms("drug")
    ([], [])
    """
    m = _CLASS_NOUN.match(name)
    if not m:
        return []
    adjective = m.group("adj")
    return [f"{adjective} {noun}" for noun in _NOUNS if f"{adjective} {noun}".lower() != name.lower()]


#: a class of agents against one target named by one word: "TNF inhibitors", "IL-17 antagonist"
_AGAINST = re.compile(r"^(?P<target>\S+) (?P<kind>inhibitor|antagonist|blocker)s?$", re.IGNORECASE)
_KINDS = ("inhibitor", "inhibitors", "antagonist", "antagonists", "blocker", "blockers")


def cytokine_class_forms(name: str, cytokine_names: dict[tuple[str, ...], list[str]]) -> list[tuple[str, bool]]:
    """The names of a class against a cytokine (module docstring): (form, whether it needs a treatment cue).
    ``cytokine_names``: each one-word cytokine name's key -> the one-word names of its concept.

    >>> names = {("tnf",): ["TNF", "TNF-alpha"], ("tnf", "alpha"): ["TNF", "TNF-alpha"]}
    >>> cytokine_class_forms("TNF inhibitors", names)[:2], cytokine_class_forms("TNF inhibitors", names)[-1]
    ([('anti-TNF', True), ('anti-TNF-alpha', True)], ('TNF-alpha blockers', False))
    >>> cytokine_class_forms("MAO inhibitors", names), cytokine_class_forms("interleukin-6", names)
    ([], [])
    """
    m = _AGAINST.match(name)
    if not m or name_key(m.group("target")) not in cytokine_names:
        return []
    out = []
    for word in cytokine_names[name_key(m.group("target"))]:
        out.append((f"anti-{word}", True))
        out += [(f"{word} {kind}", False) for kind in _KINDS if word != m.group("target")]
    return out


def chemical_forms(rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of the forms the module docstring lists of every Intervention ``label`` or ``exact``
    name, each with its concept's flags (``cs`` dropped: it is per name), where no row has the name yet and one
    concept alone writes it."""
    taken = {name_key(r.name) for r in rows}
    cytokines: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row.cls == "Cytokine" and " " not in row.name and row.name not in cytokines[row.iri]:
            cytokines[row.iri].append(row.name)
    cytokine_names = {name_key(n): names for names in cytokines.values() for n in names}
    writers: dict[tuple[str, ...], dict[str, tuple[LexiconRow, str, bool]]] = defaultdict(dict)
    for row in rows:
        if row.cls != "Intervention" or row.syntype not in ("label", "exact"):
            continue
        forms = [(f, False) for f in [*anion_forms(row.name), *configuration_forms(row.name, row.label),
                                      *class_noun_forms(row.name)]]
        for form, cue in forms + cytokine_class_forms(row.name, cytokine_names):
            writers[name_key(form)].setdefault(row.iri, (row, form, cue))
    out = []
    for row, form, cue in sole_writers(writers, taken):
        flags = [f for f in row.flags.split(",") if f and f != "cs"]
        flags += ["ctx"] if cue and "ctx" not in flags else []
        out.append(row._replace(name=form, syntype="derived", flags=",".join(flags)))
    return out


def sole_writers(writers: Mapping[tuple[str, ...], Mapping[str, T]], taken: Container[tuple[str, ...]]) -> list[T]:
    """What the one concept that writes a form wrote, for each form no row has yet (``taken``: the rows' name
    keys), in the order of the forms' keys (``writers``: form key -> concept IRI -> its entry); a form two concepts
    would write is left out.

    >>> sole_writers({("b",): {"x": 1}, ("a",): {"y": 2}, ("c",): {"x": 3, "y": 4}, ("d",): {"z": 5}}, {("d",)})
    [2, 1]
    """
    return [next(iter(by_concept.values())) for key, by_concept in sorted(writers.items())
            if key not in taken and len(by_concept) == 1]


def mesh_record(curie: str, mesh: Mapping[str, dict]) -> dict | None:
    """The MeSH descriptor record of a ``MESH:`` curie, else None (a ChEBI, MAxO or supplementary concept).

    >>> mesh_record("MESH:D1", {"D1": {"trees": []}}), mesh_record("CHEBI:1", {"D1": {}}), mesh_record("MESH:C9", {})
    ({'trees': []}, None, None)
    """
    return mesh.get(curie[len("MESH:"):]) if curie.startswith("MESH:") else None


def sole_forms(rows: list[LexiconRow], mesh: Mapping[str, dict],
               forms_of: Callable[[LexiconRow, dict | None], list[str]]) -> list[tuple[LexiconRow, str]]:
    """(row, form) for each form that ``forms_of(row, its MeSH record or None)`` gives for an Intervention label or
    exact row, where no row of ``rows`` has the form's name and one concept alone writes it (:func:`sole_writers`;
    the first row of a concept to write a form is kept). The one loop of :mod:`.procedure_forms` and
    :mod:`.class_nouns`.

    >>> r = LexiconRow("Intervention", "i", "MESH:D1", "X Therapy", "X Therapy", "label", "MESH", "2024", "")
    >>> sole_forms([r], {"D1": {"trees": ["E02"]}}, lambda row, rec: [row.name + " " + rec["trees"][0], row.name])
    [(LexiconRow(cls='Intervention', iri='i', curie='MESH:D1', label='X Therapy', name='X Therapy', \
syntype='label', source='MESH', release='2024', flags=''), 'X Therapy E02')]
    """
    taken = {name_key(r.name) for r in rows}
    writers: dict[tuple[str, ...], dict[str, tuple[LexiconRow, str]]] = defaultdict(dict)
    for row in rows:
        if row.cls == "Intervention" and row.syntype in ("label", "exact"):
            for form in forms_of(row, mesh_record(row.curie, mesh)):
                writers[name_key(form)].setdefault(row.iri, (row, form))
    return sole_writers(writers, taken)
