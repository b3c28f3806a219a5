"""Names of signs and diseases that only the Experimental Factor Ontology gives (round 19m): ``exact`` rows.

MeSH 2024's descriptor file keeps the entry terms of a descriptor's preferred concept only, so the plain English
names of many signs are missing ("dry mouth" for Xerostomia, "cardiac hypertrophy" for Cardiomegaly,
"venous congestion" for Hyperemia). EFO (in the cellxgene-ontology-guide snapshot) lists them as
exact synonyms of its own phenotype and disease terms, and ``mesh-xrefs.tsv`` ties those terms to MeSH. The rule,
stated on the two files' own data:

* an EFO term (live) that ``mesh-xrefs.tsv`` maps to exactly one MeSH
  descriptor, filed under the diseases (C01-C26) or the mental disorders (F03);
* the lexicon already holds one Disorder or Phenotype concept named by that descriptor's name (a MeSH
  descriptor's own name is a name of its concept: MONDO merged them, :mod:`.disorders`, or the sign is MeSH's,
  :mod:`.phenotypes`), and the EFO term shares a written-out name (no acronym) with that concept (the
  cross-reference is an equivalence, not a loose link: EFO's "consomic strain", "CSS", maps to Churg-Strauss
  syndrome); a term that names a behaviour, a trait or the body's normal state among its names ("gambling
  behaviour", "Physiologic Calcification") is left out: the EFO label and exact synonyms of the others become
  names of that concept;
* a name is kept when it is written as running text (no comma, no parenthesis, no slash: "Fracture, Bone" and
  "fracture(s)" are MeSH's inverted and EFO's annotated forms), of two to six words, none of them in capitals
  (an acronym: "SD", "HIV infection"), and when no row of any class has it already (another concept's name
  wins, and a one-word name such as "trauma" or "wound" names too many things to be a disease's alone); a name
  two concepts would take is left out, and so is a measured level or a report category ("... activity",
  "... adverse event").
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import is_acronym, name_key
from .common import ONTOLOGIES, load_cellxgene, read_tsv

__all__ = ["efo_names", "running_name"]

#: the classes whose concepts take EFO's names
_CLASSES = frozenset({"Disorder", "Phenotype"})
#: MeSH trees of diseases and of the mental disorders
_DISEASE_TREE = re.compile(r"C\d\d|F03")
#: a term that names a behaviour or trait, or the body's normal state, among its names ("gambling behaviour";
#: "calcification", whose names include "Physiologic Calcification"): no disease, whatever its cross-reference says
_NOT_DISEASE = re.compile(r".*\b(?:behaviou?r|trait|physiologic(?:al)?)\b.*", re.IGNORECASE)
#: a measured level or a report category, not the condition: "serum lipopolysaccharide activity", "Memory
#: Impairment Adverse Event"
_NO_CONDITION = re.compile(r".*\b(?:activity|adverse event)", re.IGNORECASE)
#: a name in running text: words of letters, digits, hyphens and apostrophes, none of them all capitals
_RUNNING = re.compile(r"[A-Za-z0-9'-]+(?: [A-Za-z0-9'-]+){1,5}")


def running_name(name: str) -> bool:
    """Whether an EFO name is written as running text of two to six words (see the module docstring).

    >>> [running_name(n) for n in ("dry mouth", "Fracture, Bone", "fracture(s)", "SD", "wound", "HIV infection")]
    [True, False, False, False, False, False]
    >>> running_name("Guillain-Barre syndrome")
    True
    """
    if not _RUNNING.fullmatch(name):
        return False
    return not any(len(word) > 1 and word.isupper() for word in name.split())


def _efo_mesh(shared: Path, mesh: dict[str, dict]) -> dict[str, str]:
    """EFO CURIE -> the one disease descriptor ``mesh-xrefs.tsv`` maps it to."""
    targets: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(shared / ONTOLOGIES / "mesh-xrefs.tsv"):
        if row["target_prefix"] == "EFO":
            targets["EFO:" + row["target_id"].rsplit(":", 1)[-1]].add(row["mesh_id"])
    out = {}
    for efo, found in targets.items():
        record = mesh.get(next(iter(found))) if len(found) == 1 else None
        if record and any(_DISEASE_TREE.match(t) for t in record["trees"]):
            out[efo] = next(iter(found))
    return out


def efo_names(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> list[LexiconRow]:
    """EFO's running-text names of a disease or sign, as ``exact`` rows of the lexicon's concept of its MeSH
    descriptor (see the module docstring)."""
    efo, release = load_cellxgene("EFO")
    taken = {name_key(r.name) for r in rows}
    names_of: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for row in rows:
        if row.cls in _CLASSES:
            names_of[row.iri].add(name_key(row.name))
    concepts: dict[tuple[str, ...], set[LexiconRow]] = defaultdict(set)
    for row in rows:
        if row.cls in _CLASSES and row.syntype in ("label", "exact"):
            concepts[name_key(row.name)].add(row._replace(name="", syntype="", source="", release="", flags=""))
    out: dict[tuple[str, ...], LexiconRow] = {}
    shared_keys: set[tuple[str, ...]] = set()  # a name two concepts would take is left out
    for curie, mesh_id in sorted(_efo_mesh(shared, mesh).items()):
        term = efo.get(curie)
        owners = concepts.get(name_key(mesh[mesh_id]["name"]), set())
        if not term or term.get("deprecated") or len({o.iri for o in owners}) != 1:
            continue
        owner = next(iter(owners))
        names = [term.get("label", ""), *(term.get("synonyms") or [])]
        if any(_NOT_DISEASE.fullmatch(name) for name in names) or not any(
                name_key(name) in names_of[owner.iri] for name in names if not is_acronym(name)):
            continue  # a trait or the normal state, or no equivalence: the two terms share no written-out name
        for name in names:
            key = name_key(name)
            if not running_name(name) or _NO_CONDITION.fullmatch(name) or key in taken:
                continue
            if key in out and out[key].iri != owner.iri:
                shared_keys.add(key)
            out.setdefault(key, owner._replace(name=name, syntype="exact", source="EFO", release=release))
    return [row for key, row in out.items() if key not in shared_keys]
