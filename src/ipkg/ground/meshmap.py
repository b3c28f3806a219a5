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
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..resources import lexicon_path
from .lexicon import read_lexicon
from .variants import name_key

if TYPE_CHECKING:
    from ..models import Concept

__all__ = ["INDUCED_FORM", "MeshMap", "ORDER", "SHARED", "bare_keys", "iri_curie"]

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
#: a descriptor for the form of its parent that has an outside cause ("Parkinson Disease, Secondary" under Parkinsonian
#: Disorders): what a chemical induces is secondary to it (CID round 21)
_SECONDARY = ", Secondary"
#: a descriptor that is itself a category of chemically caused harm
_CHEMICAL_CATEGORY = re.compile(r"toxic|poison|drug|substance|chemical", re.I)
#: BC5CDR was annotated with MeSH 2015: descriptors with 9-digit ids (D000068xxx on) were created later (the
#: 6-digit ones, D000001 ..., are old)
_NEWER_THAN_2015 = re.compile(r"D\d{9}")
#: MeSH tree numbers of the root Disease and of its Disease Attributes (Acute Disease, Chronic Disease, ...)
_DISEASE_ROOT = "C23.550.288"
_DISEASE_ATTRIBUTES = "C23.550.291"
#: MeSH's Emotions (anxiety, panic): a disease-scored corpus holds MeSH's disorder of the emotion, never the emotion
_EMOTIONS = "F01.470"
#: the order in which :meth:`MeshMap.choose` takes the ONE MeSH id a BioCreative system outputs for a concept
#: (the 2015 step between the names and the ancestors: a tier's newer descriptor as its 2015 broader one)
ORDER = ("own MeSH IRI", "direct xref", "xref through DOID / EFO", "label as a MeSH name or entry term",
         "lexicon name as a MeSH name or entry term", "name without its counter-ion or as its acid",
         "nearest is_a ancestors' id")
#: whether the official pair of a chemical and a disease names the disease's "..., Drug-Induced" child
INDUCED_FORM = True


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
        #: a descriptor -> the words of its name (:meth:`choose` prefers the id whose name shares the label's)
        self.words: dict[str, frozenset[str]] = {}
        trees: dict[str, str] = {}  # tree number -> descriptor
        induced: list[tuple[str, str]] = []  # (descriptor of a chemically induced form, its tree number)
        chemical_categories: set[str] = set()
        emotions: dict[str, str] = {}  # a descriptor filed only under Emotions -> its name
        with (onto / "mesh2024-descriptors.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                self.words[row["mesh_id"]] = frozenset(name_key(row["name"]))
                for name in [row["name"], *row["entry_terms"].split("|")]:
                    if name and "," not in name:
                        self.by_name[name_key(name)].add(row["mesh_id"])
                numbers = list(filter(None, row["tree_numbers"].split("|")))
                trees.update(dict.fromkeys(numbers, row["mesh_id"]))
                if numbers and all(n.startswith(_EMOTIONS) for n in numbers):
                    emotions[row["mesh_id"]] = row["name"]
                secondary = row["name"].endswith(_SECONDARY)
                if _INDUCED.search(row["name"]) or secondary:
                    induced += [(row["mesh_id"], n) for n in numbers if not n.startswith(("C23", "C25", "C26"))
                                and (n.startswith("C") or not secondary)]
                if _CHEMICAL_CATEGORY.search(row["name"]):
                    chemical_categories.add(row["mesh_id"])
        #: a disease descriptor -> its children that are its chemically induced form ("..., Drug-Induced", or its
        #: "..., Secondary" form): through a disease tree (C, not C23 pathological conditions, C25 chemically induced
        #: disorders, C26 injuries), and not under a parent that is itself a chemical category (Neurotoxicity
        #: Syndromes, Poisoning, Drug-Related ...)
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
        #: an emotion -> MeSH's disorder of it, "<emotion> Disorder(s)" (Anxiety -> Anxiety Disorders): BioCreative
        #: annotates disease descriptors only, so a concept the map would send to an emotion counts as the disorder
        #: in :meth:`ids` (the document-level disease sets); :meth:`choose` (the CID table and pairs) keeps the emotion
        self.disorder_of: dict[str, str] = {}
        for mesh, name in emotions.items():
            for suffix in ("Disorders", "Disorder"):
                found = [m for m in self.by_name.get(name_key(f"{name} {suffix}"), ()) if m not in emotions]
                if found and mesh not in self.disorder_of:
                    self.disorder_of[mesh] = min(found)
        #: a descriptor newer than MeSH 2015 -> the older descriptors of its nearest broader tree numbers
        self.older: dict[str, set[str]] = self._older(trees) if mesh2015 else {}
        mesh_of: dict[str, set[str]] = defaultdict(set)  # DOID / EFO / ... id -> MeSH ids (mesh-xrefs.tsv)
        #: the tiers of :meth:`choose`: a concept's direct MeSH xrefs, those through its DOID / EFO xrefs, and
        #: (``ancestors``) its nearest is_a ancestors' (``by_curie`` is their union)
        self.direct: dict[str, set[str]] = defaultdict(set)
        self.via: dict[str, set[str]] = defaultdict(set)
        self.inherited: dict[str, set[str]] = {}
        with (onto / "mesh-xrefs.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                target = row["target_id"] if ":" in row["target_id"] else f"{row['target_prefix']}:{row['target_id']}"
                self.direct[target].add(row["mesh_id"])
                mesh_of[target].add(row["mesh_id"])
        parents: dict[str, list[str]] = {}
        with (onto / "mondo-2024-01-synonyms-xrefs.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                for mesh in filter(None, row["mesh_xrefs"].split("|")):
                    self.direct[row["id"]].add(mesh)
                # MONDO -> DOID / EFO -> MeSH where MONDO itself has no MeSH xref for the disease
                for prefix in ("doid", "efo"):
                    for local in filter(None, row[f"{prefix}_xrefs"].split("|")):
                        self.via[row["id"]] |= mesh_of.get(f"{prefix.upper()}:{local}", set())
                parents[row["id"]] = [p if ":" in p else f"MONDO:{p}" for p in row["is_a"].split("|") if p]
        for curie in set(self.direct) | set(self.via):
            self.by_curie[curie] = self.direct.get(curie, set()) | self.via.get(curie, set())
        if ancestors:
            by_mesh: dict[str, list[str]] = defaultdict(list)
            for tree, mesh in trees.items():
                by_mesh[mesh].append(tree)
            self._nearest_ancestors(parents, {m for m, numbers in by_mesh.items() if all(
                n.startswith(_DISEASE_ATTRIBUTES) or n == _DISEASE_ROOT for n in numbers)})

        self.names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for row in read_lexicon(lexicon_path()):
            if row.syntype in ("label", "exact", "curated"):
                self.names[row.curie].add(name_key(row.name))
        self._memo: dict[tuple[str, str], frozenset[str]] = {}
        self._one: dict[tuple[str, str], str | None] = {}

    def _nearest_ancestors(self, parents: dict[str, list[str]], attributes: set[str] = frozenset()) -> None:
        """A MONDO disease with no MeSH id (direct or through DOID/EFO) takes those of its nearest is_a ancestors
        that have one (MeSH is coarser than MONDO: heparin-induced thrombocytopenia -> Thrombocytopenia). An
        ancestor's ``attributes`` ids (MeSH Disease and its Disease Attributes: Acute Disease, Chronic Disease) name
        no disease and are passed over (crescentic glomerulonephritis is no Acute Disease)."""
        direct = {k: v - attributes for k, v in self.by_curie.items() if v - attributes}
        for curie in sorted(parents):
            if curie in direct:
                continue
            level, seen = parents[curie], {curie}
            while level:
                found = set().union(*(direct.get(p, set()) for p in level))
                if found:
                    self.by_curie[curie] = set(found)
                    self.inherited[curie] = set(found)
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
            if not _NEWER_THAN_2015.fullmatch(mesh) or tree.startswith("D"):
                continue
            parent = tree
            while "." in parent and _NEWER_THAN_2015.fullmatch(trees.get(parent, "D000000000")):
                parent = parent.rsplit(".", 1)[0]
            older = trees.get(parent, mesh)
            out[mesh].add(mesh if _NEWER_THAN_2015.fullmatch(older) else older)
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
        return {self.disorder_of.get(m, m) for m in out}

    def tiers(self, curie: str, label: str = "") -> list[set[str]]:
        """A concept's MeSH ids tier by tier of :data:`ORDER` (the 2015 step left to :meth:`choose`): its own MeSH
        IRI; else its direct xrefs, those through DOID / EFO, the descriptor named by its label, by its lexicon
        names, by either without a counter-ion or as the acid (:func:`bare_keys`), and its is_a ancestors'."""
        if curie.startswith("MESH:"):
            return [{curie[5:]}, set(), set(), set(), set(), set(), set()]
        keys = [name_key(label), *sorted(self.names.get(curie, ()))]
        named = [set(self.by_name.get(k, ())) for k in keys]
        salts = set().union(*(self._by_name(k) for k in keys if k not in self.by_name)) if self.salts else set()
        return [set(), set(self.direct.get(curie, ())), set(self.via.get(curie, ())), named[0],
                set().union(*named[1:]), salts, set(self.inherited.get(curie, ()))]

    def choose(self, curie: str, label: str = "") -> str | None:
        """The ONE MeSH id a BioCreative system outputs for a concept, in the order of :data:`ORDER`: the first
        tier of :meth:`tiers` holding a descriptor that existed in MeSH 2015; else the 2015 broader descriptor
        of the first tier's newer one (a chemical keeps its id: it was a supplementary record); else the nearest
        is_a ancestors'. Within a tier the id most tiers name, then the one whose name shares most words with the
        label (acute myocardial infarction: Myocardial Infarction, not Acute Disease), then the lowest id."""
        tiers = self.tiers(curie, label)
        votes: dict[str, int] = defaultdict(int)
        for tier in tiers:
            for m in tier:
                votes[m] += 1

        words = set(name_key(label))

        def pick(ids: Iterable[str]) -> str:
            return min(ids, key=lambda m: (-votes[m], -len(words & self.words.get(m, frozenset())), m))

        own = tiers[:-1]
        for tier in own:
            kept = [m for m in tier if self.older.get(m, {m}) == {m}]
            if kept:
                return pick(kept)
        for tier in own:
            if tier:
                return pick(self.older[pick(tier)])
        return pick(tiers[-1]) if tiers[-1] else None

    def one(self, concept: Concept) -> str | None:
        """:meth:`choose` for a :class:`ipkg.models.Concept` (memoised by IRI and label)."""
        key = (concept.iri, concept.label)
        if key not in self._one:
            self._one[key] = self.choose(iri_curie(concept.iri), concept.label)
        return self._one[key]

    def pair(self, chemical: Concept, disease: Concept, induced: bool = INDUCED_FORM) -> tuple[str, str] | None:
        """The ONE (chemical, disease) MeSH pair a BioCreative system outputs for a concept pair (:meth:`one` of
        the chemical, :meth:`disease_id` of the disease), or None when either side has no id."""
        c, d = self.one(chemical), self.disease_id(disease, induced)
        return None if c is None or d is None else (c, d)

    def disease_id(self, disease: Concept, induced: bool = INDUCED_FORM) -> str | None:
        """The ONE MeSH id of the disease side of a (chemical, disease) pair: :meth:`one`, an emotion as MeSH's
        disorder of it (BioCreative annotates disease descriptors only: Anxiety is Anxiety Disorders, as
        :meth:`ids` maps it; CID round 21), and with ``induced`` the disease's chemically induced child
        descriptor where it has one (the lowest id of several)."""
        d = self.one(disease)
        if d is None:
            return None
        d = self.disorder_of.get(d, d)
        return min(self.induced[d]) if induced and self.induced.get(d) else d

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
