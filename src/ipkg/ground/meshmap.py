"""Concepts to the MeSH descriptor ids they stand for: how BioCreative's MeSH-scored corpora (BC5CDR chemicals,
diseases and chemical-induced disease pairs) are compared with ipkg's OBO-first concepts.

One map, used by the grounding bench (``bench/_grounding_sets.py``), the CID bench (``bench/bench_cid.py``) and
the CID model's training labels (:mod:`ipkg.extract.train_cid`). It is read from the shared ontology files only
(``mesh2024-descriptors.tsv``, ``mesh-xrefs.tsv``, ``mondo-2024-01-synonyms-xrefs.tsv``) and the shipped
lexicon's names, never from a scored document; it is not used at run time of ``kg build``.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from ..resources import lexicon_path
from .lexicon import read_lexicon
from .variants import name_key

if TYPE_CHECKING:
    from ..models import Concept

__all__ = ["MeshMap", "SHARED", "bare_keys", "iri_curie"]

#: the shared data folder (its ``ontologies/`` holds the MeSH, MONDO and cross-reference tables)
SHARED = Path("/work/shared")
_MESH_IRI = "http://id.nlm.nih.gov/mesh/"
_OBO_IRI = "http://purl.obolibrary.org/obo/"
_UNIPROT_IRI = "http://purl.uniprot.org/uniprot/"
#: counter-ions a MeSH chemical name carries beside its active moiety ("Raloxifene Hydrochloride", "Sodium
#: Nitroprusside"); lithium, whose salts are the drug, is not one
_ANIONS = frozenset({"hydrochloride", "dihydrochloride", "hydrobromide", "bromide", "chloride", "iodide", "sulfate",
                     "sulphate", "maleate", "mesylate", "mesilate", "fumarate", "tartrate", "bitartrate", "citrate",
                     "acetate", "phosphate", "succinate", "besylate", "hyclate", "sodium", "potassium", "calcium"})
_CATIONS = frozenset({"sodium", "potassium", "calcium", "magnesium"})
#: a descriptor for the chemically induced form of its parent ("Dyskinesia, Drug-Induced" under Dyskinesias)
_INDUCED = re.compile(r"\b(?:drug|substance|chemical(?:ly)?)[- ]induced\b|\bchemical and drug induced\b", re.I)
#: a descriptor that is itself a category of chemically caused harm
_CHEMICAL_CATEGORY = re.compile(r"toxic|poison|drug|substance|chemical", re.I)
#: BC5CDR was annotated with MeSH 2015: descriptors with 9-digit ids (D000068xxx on) were created later
_NEWER_THAN_2015 = "D0000"


def bare_keys(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Other name keys of the same active chemical: without a counter-ion, and the acid of a conjugate base
    (or the base of an acid).

    >>> bare_keys(("raloxifene", "hydrochloride")), bare_keys(("sodium", "nitroprusside"))
    ([('raloxifene',)], [('nitroprusside',)])
    >>> bare_keys(("valproate",)), bare_keys(("valproic", "acid"))
    ([('valproic', 'acid')], [('valproate',)])
    """
    out = []
    if len(key) > 1 and key[-1] in _ANIONS:
        out.append(key[:-1])
    if len(key) > 1 and key[0] in _CATIONS:
        out.append(key[1:])
    if len(key) == 2 and key[1] == "acid" and key[0].endswith("ic") and len(key[0]) > 5:
        out.append((key[0][:-2] + "ate",))
    if len(key) == 1 and key[0].endswith("ate") and len(key[0]) > 6:
        out.append((key[0][:-3] + "ic", "acid"))
    return out


def iri_curie(iri: str) -> str:
    """The CURIE of a concept IRI (OBO, MeSH, UniProt; any other IRI unchanged).

    >>> iri_curie("http://purl.obolibrary.org/obo/CHEBI_3181"), iri_curie("http://id.nlm.nih.gov/mesh/D004317")
    ('CHEBI:3181', 'MESH:D004317')
    """
    if iri.startswith(_OBO_IRI):
        return iri[len(_OBO_IRI):].replace("_", ":", 1)
    if iri.startswith(_MESH_IRI):
        return "MESH:" + iri[len(_MESH_IRI):]
    if iri.startswith(_UNIPROT_IRI):
        return "UP:" + iri[len(_UNIPROT_IRI):]
    return iri


class MeshMap:
    """Concept -> the MeSH ids it stands for: MeSH IRIs themselves, MONDO's MeSH xrefs, the MeSH -> ChEBI / HP /
    UniProt cross-references of ``mesh-xrefs.tsv`` read backwards (also through MONDO's DOID and EFO xrefs),
    and the MeSH descriptors whose name or
    entry term is one of the concept's label or exact names in the shipped lexicon (the 2024-01 MONDO file lacks
    many MeSH xrefs: schizophrenia has none; the lexicon build merged MeSH names into their MONDO concept).
    A MONDO disease with no MeSH id by any of these takes the MeSH ids of its nearest MONDO is_a ancestors that
    have one (``ancestors=False`` turns this off): MeSH is coarser than MONDO, and BioCreative scores MeSH ids,
    so acute myocardial infarction counts as Myocardial Infarction rather than as an id-less false positive.
    A chemical name also matches without its counter-ion and as its conjugate acid or base (:func:`bare_keys`:
    "sodium nitroprusside" is Nitroprusside, "valproate" Valproic Acid) when the bare form names no descriptor
    of its own (``salts=False`` turns this off). BC5CDR was annotated with MeSH 2015: a descriptor created later
    (a 9-digit id) stands for the descriptors of its nearest broader tree numbers that existed then (Tardive
    Dyskinesia, 2017, is Dyskinesia, Drug-Induced; ``mesh2015=False`` turns this off). In a (chemical, disease)
    pair the disease also stands for its chemically induced child descriptor (:meth:`induced_ids`).
    Only ontology xrefs, is_a and MeSH trees are used, never a fact of a scored document."""

    def __init__(self, shared: Path = SHARED, ancestors: bool = True, salts: bool = True,
                 mesh2015: bool = True) -> None:
        onto = shared / "ontologies"
        self.by_curie: dict[str, set[str]] = defaultdict(set)
        self.by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)
        trees: dict[str, str] = {}  # tree number -> descriptor
        induced: list[tuple[str, str]] = []  # (descriptor of a chemically induced form, its tree number)
        chemical_categories: set[str] = set()
        with (onto / "mesh2024-descriptors.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                for name in [row["name"], *row["entry_terms"].split("|")]:
                    if name and "," not in name:
                        self.by_name[name_key(name)].add(row["mesh_id"])
                numbers = list(filter(None, row["tree_numbers"].split("|")))
                trees.update(dict.fromkeys(numbers, row["mesh_id"]))
                if _INDUCED.search(row["name"]):
                    induced += [(row["mesh_id"], n) for n in numbers if not n.startswith(("C23", "C25", "C26"))]
                if _CHEMICAL_CATEGORY.search(row["name"]):
                    chemical_categories.add(row["mesh_id"])
        #: a disease descriptor -> its children that are its chemically induced form: through a disease tree
        #: (not C23 pathological conditions, C25 chemically induced disorders, C26 injuries), and not under a
        #: parent that is itself a chemical category (Neurotoxicity Syndromes, Poisoning, Drug-Related ...)
        self.induced: dict[str, set[str]] = defaultdict(set)
        for mesh, number in induced:
            parent = trees.get(number.rsplit(".", 1)[0]) if "." in number else None
            if parent is not None and parent not in chemical_categories:
                self.induced[parent].add(mesh)
        #: a bare chemical name (:func:`bare_keys`) -> the descriptors of its salts, where it names none itself
        self.by_bare: dict[tuple[str, ...], set[str]] = defaultdict(set)
        if salts:
            for key, found in list(self.by_name.items()):
                for bare in bare_keys(key):
                    if bare not in self.by_name:
                        self.by_bare[bare] |= found
        self.salts = salts
        #: a descriptor newer than MeSH 2015 -> the older descriptors of its nearest broader tree numbers
        self.older: dict[str, set[str]] = self._older(trees) if mesh2015 else {}
        mesh_of: dict[str, set[str]] = defaultdict(set)  # DOID / EFO / ... id -> MeSH ids (mesh-xrefs.tsv)
        with (onto / "mesh-xrefs.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                target = row["target_id"] if ":" in row["target_id"] else f"{row['target_prefix']}:{row['target_id']}"
                self.by_curie[target].add(row["mesh_id"])
                mesh_of[target].add(row["mesh_id"])
        parents: dict[str, list[str]] = {}
        with (onto / "mondo-2024-01-synonyms-xrefs.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                for mesh in filter(None, row["mesh_xrefs"].split("|")):
                    self.by_curie[row["id"]].add(mesh)
                # MONDO -> DOID / EFO -> MeSH where MONDO itself has no MeSH xref for the disease
                for prefix in ("doid", "efo"):
                    for local in filter(None, row[f"{prefix}_xrefs"].split("|")):
                        self.by_curie[row["id"]] |= mesh_of.get(f"{prefix.upper()}:{local}", set())
                parents[row["id"]] = [p if ":" in p else f"MONDO:{p}" for p in row["is_a"].split("|") if p]
        if ancestors:
            self._nearest_ancestors(parents)

        self.names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for row in read_lexicon(lexicon_path()):
            if row.syntype in ("label", "exact", "curated"):
                self.names[row.curie].add(name_key(row.name))
        self._memo: dict[tuple[str, str], frozenset[str]] = {}

    def _nearest_ancestors(self, parents: dict[str, list[str]]) -> None:
        """A MONDO disease with no MeSH id (direct or through DOID/EFO) takes those of its nearest is_a ancestors
        that have one (MeSH is coarser than MONDO: heparin-induced thrombocytopenia -> Thrombocytopenia)."""
        direct = {k: v for k, v in self.by_curie.items() if v}
        for curie in sorted(parents):
            if curie in direct:
                continue
            level, seen = parents[curie], {curie}
            while level:
                found = set().union(*(direct.get(p, set()) for p in level))
                if found:
                    self.by_curie[curie] = set(found)
                    break
                seen |= set(level)
                level = sorted({g for p in level for g in parents.get(p, []) if g not in seen})

    @staticmethod
    def _older(trees: dict[str, str]) -> dict[str, set[str]]:
        """Descriptor created after MeSH 2015 -> the descriptors of its nearest broader tree numbers that are not
        (a top-level one keeps its own id). Chemicals and drugs (tree D) keep theirs: most were supplementary
        records before, never indexed as their broader class."""
        out: dict[str, set[str]] = defaultdict(set)
        for tree, mesh in sorted(trees.items()):
            if not mesh.startswith(_NEWER_THAN_2015) or tree.startswith("D"):
                continue
            parent = tree
            while "." in parent and trees.get(parent, _NEWER_THAN_2015).startswith(_NEWER_THAN_2015):
                parent = parent.rsplit(".", 1)[0]
            older = trees.get(parent, mesh)
            out[mesh].add(mesh if older.startswith(_NEWER_THAN_2015) else older)
        return dict(out)

    def _by_name(self, key: tuple[str, ...]) -> set[str]:
        found = self.by_name.get(key) or self.by_bare.get(key)
        if found or not self.salts:
            return found or set()
        return set().union(*(self.by_name.get(bare, ()) for bare in bare_keys(key)))

    def ids(self, curie: str, label: str = "") -> set[str]:
        """The MeSH ids of a concept's CURIE (and label)."""
        if curie.startswith("MESH:"):
            out = {curie[5:]}
        else:
            out = self.by_curie.get(curie, set()) | self._by_name(name_key(label))
            for key in self.names.get(curie, ()):
                out = out | self._by_name(key)
        if self.older and any(m in self.older for m in out):
            out = {o for m in out for o in self.older.get(m, (m,))}
        return out

    def __call__(self, concept: Concept) -> frozenset[str]:
        """The MeSH ids of a :class:`ipkg.models.Concept` (memoised by IRI and label)."""
        key = (concept.iri, concept.label)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = frozenset(self.ids(iri_curie(concept.iri), concept.label))
        return found

    def induced_ids(self, disease: Concept) -> frozenset[str]:
        """The MeSH ids of a disease induced by a chemical: its own and those of their chemically induced forms
        (a child descriptor "..., Drug-Induced", "... Substance-Induced", "Chemical and Drug Induced ...": the
        dyskinesia a drug induced is Dyskinesia, Drug-Induced; liver disease, Chemical and Drug Induced Liver
        Injury)."""
        own = self(disease)
        return own.union(*(self.induced.get(d, ()) for d in own)) if own else own

    def pairs(self, chemical: Concept, disease: Concept) -> set[tuple[str, str]]:
        """The (chemical, disease) MeSH id pairs a concept pair stands for (the disease as induced:
        :meth:`induced_ids`)."""
        return {(c, d) for c in self(chemical) for d in self.induced_ids(disease)}
