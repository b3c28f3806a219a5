"""Disorder terms: MONDO diseases, plus MeSH disease descriptors that no MONDO term maps to.

* MONDO: live descendants of MONDO:0000001 *disease* in the cellxgene-ontology-guide snapshot (labels and exact
  synonyms), minus the non-human animal disease branch (MONDO:0005583) and the two roots; the 2024 MONDO
  TSV adds its merged EXACT/RELATED synonyms (those the current snapshot does not list as exact become
  ``related``). MeSH entry terms are added to a MONDO term when its MeSH xref is shared with no other term.
* MeSH: descriptors under C01-C20, C25, C26 and F03 (mental disorders) with no MONDO xref, e.g.
  D061218 *Depressive Disorder, Treatment-Resistant*. Descriptors filed under C23.888 (signs and symptoms such
  as *Fatigue*) or C10.597 (neurologic manifestations such as *Pain*, *Tremor*, *Seizures*) are left out unless
  they are also mental disorders (F03): GUIDELINES.md does not count symptoms as disorders; they are
  ``ipkg:Phenotype`` terms (:mod:`.phenotypes`). A disease descriptor also filed under the other C23 branches
  (pathologic processes, anatomical conditions: *Cardiotoxicity*, *Tachycardia*) stays a Disorder.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

from ..expand import disorder_variants
from ..variants import name_key
from .common import (
    ONTOLOGIES,
    Source,
    TermSet,
    load_cellxgene,
    looks_like_abbreviation,
    read_tsv,
    split_multi,
    tidy_case,
    uninvert,
)

__all__ = [
    "build_disorders", "MESH_DISORDER_TREES", "MESH_SYMPTOM_TREES", "read_mesh_descriptors", "mesh_names",
    "named_as_disorder", "names_a_deprivation", "is_acute_event", "class_word_forms",
]

logger = logging.getLogger(__name__)

#: MeSH tree prefixes whose descriptors are disorders (C23 signs/symptoms excluded on purpose)
MESH_DISORDER_TREES: tuple[str, ...] = tuple(f"C{n:02d}" for n in range(1, 21)) + ("C25", "C26", "F03")
#: MeSH branches of signs, symptoms and manifestations (GUIDELINES: symptoms are not disorders)
MESH_SIGN_TREES: tuple[str, ...] = ("C23", "C10.597")
#: the sign branches proper: a descriptor there is a Phenotype even when MeSH also files it as a disease
#: (Proteinuria, Dyskinesia Drug-Induced); one MeSH files under a disease branch and only under C23.550
#: pathologic processes or C23.300 anatomical conditions stays a Disorder (Cardiotoxicity, Tachycardia, Sepsis)
MESH_SYMPTOM_TREES: tuple[str, ...] = ("C23.888", "C10.597")
#: acute clinical events MeSH files among manifestations (seizures, status epilepticus) or pathologic processes
#: (the kinds of shock) that abstracts name as the condition a model induces or a patient has: Disorders (check
#: adjudication: "seizures", "status epilepticus", "hemorrhagic shock" are Disorders); the bare heading *Shock*
#: stays a sign ("shock" alone is as often a stimulus: electric, heat or foot shock)
ACUTE_EVENT_TREES: tuple[str, ...] = ("C10.597.742", "C23.550.835.")
#: C23.550 branches that are processes or attributes, not disorders, even when MeSH also files them as diseases
_NOT_DISORDER_TREES: tuple[str, ...] = ("C23.550.210", "C23.550.288", "C23.550.291", "C23.550.727")
#: the head words of a name that calls itself a disorder ("Psychophysiologic Disorders", "Sleep Wake Disorders")
_DISORDER_HEADS = frozenset({"disorder", "disorders", "disease", "diseases", "syndrome", "syndromes"})
_ROOTS = frozenset({"MONDO:0000001", "MONDO:0700096"})
_ANIMAL = "MONDO:0005583"
#: MeSH release named in the shared README
MESH_RELEASE = "2024"


def read_mesh_descriptors(shared: Path) -> dict[str, dict]:
    """MeSH 2024 descriptors by id: name, entry terms, tree numbers, NCBI taxa (organisms)."""
    out = {}
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-descriptors.tsv"):
        out[row["mesh_id"]] = {
            "name": row["name"],
            "entries": split_multi(row["entry_terms"]),
            "trees": split_multi(row["tree_numbers"]),
            "taxa": split_multi(row.get("ncbitaxon_ids") or ""),
        }
    return out


def is_acute_event(record: dict) -> bool:
    """Whether a MeSH descriptor is one of the acute clinical events of :data:`ACUTE_EVENT_TREES`.

    >>> is_acute_event({"trees": ["C10.597.742", "C23.888.592.742"]}), is_acute_event({"trees": ["C23.550.835"]})
    (True, False)
    """
    return any(t.startswith(ACUTE_EVENT_TREES) for t in record["trees"])


def named_as_disorder(record: dict) -> bool:
    """Whether a MeSH heading calls itself a disorder: its head word (before any comma) is disorder, disease or
    syndrome. Such a descriptor filed among the signs (Psychophysiologic Disorders) is still a Disorder.

    >>> named_as_disorder({"name": "Sleep Disorders, Circadian Rhythm"}), named_as_disorder({"name": "Pain"})
    (True, False)
    """
    return record["name"].split(",")[0].split()[-1].lower() in _DISORDER_HEADS


def names_a_deprivation(record: dict) -> bool:
    """Whether a MeSH heading names something withheld ("Sleep Deprivation"): what a study imposes or a life brings
    (an Exposure), never the disorder it may cause, even where MeSH also files it among the disorders.

    >>> names_a_deprivation({"name": "Sleep Deprivation"}), names_a_deprivation({"name": "Sleep Wake Disorders"})
    (True, False)
    """
    return record["name"].split(",")[0].split()[-1].lower() == "deprivation"


def mesh_names(record: dict) -> list[tuple[str, str]]:
    """A MeSH record's names as running text (un-inverted, Title Case lowered), preferred name first."""
    out = []
    for i, raw in enumerate([record["name"], *record["entries"]]):
        text = uninvert(raw)
        if text is None:
            continue
        syntype = "label" if i == 0 else "exact"
        if looks_like_abbreviation(text):
            syntype = "abbreviation"
        out.append((tidy_case(text), syntype))
    return out


def _foreign_names(shared: Path) -> tuple[set[str], set[str]]:
    """Names that belong to other kinds of things: UBERON anatomy (lower-cased); HGNC gene symbols and MeSH
    sign/symptom names (upper-cased)."""
    uberon, _ = load_cellxgene("UBERON")
    anatomy = set()
    for term in uberon.values():
        for name in [term.get("label") or "", *(term.get("synonyms") or [])]:
            anatomy.add(name.lower())
    genes = {row["Approved symbol"].upper() for row in read_tsv(shared / ONTOLOGIES / "hgnc-2024-01.tsv.gz")}
    return anatomy, genes | _sign_names(shared)


def _sign_names(shared: Path) -> set[str]:
    """Upper-cased names of MeSH descriptors filed only as signs or symptoms (Seizures, Pain, Fatigue)."""
    out = set()
    for record in read_mesh_descriptors(shared).values():
        if record["trees"] and all(t.startswith(MESH_SIGN_TREES) for t in record["trees"]):
            out.update(n.upper() for n, _ in mesh_names(record)
                       if n.split()[-1].lower() not in ("disorder", "disorders", "disease", "diseases", "syndrome"))
    return out


def _is_foreign(name: str, foreign: tuple[set[str], set[str]]) -> bool:
    """A disease synonym that names a body part (epididymis for epididymitis), a gene (APC, G6PD, CRP), a sign
    MeSH files as such (seizures for visual epilepsy) or is a short mixed-case word (Mono) is an annotation slip
    or too ambiguous: it is not matched."""
    anatomy, genes = foreign
    stripped = name.strip()
    if stripped.lower() in anatomy or stripped.upper() in genes:
        return True
    return " " not in stripped and len(stripped) <= 4 and not stripped.isupper()


#: round 19b: a disorder of a part named by another class noun: "<X> pathology" for "<X> disease" ("brain
#: pathologies", "renal pathology"; the tune gold files "brain pathologies" so). Not "<field> manifestations"
#: ("psychiatric manifestations" of a disease): tried, 7 mentions on the 9k corpus, none gained on the read parts, and
#: the findings tune part lost precision on them (docs/grounding.md, round 19b)
_PATHOLOGY_OF = re.compile(r"([a-z]{3,}) (?:disease|disorder)")
#: one-word heads whose "pathology" is no disease: a process's adjective ("inflammatory pathology" is inflammation,
#: GUIDELINES' "not inflammation"), a protein's deposits ("amyloid", "tau"), a participle ("neurodegenerative")
_NOT_PATHOLOGY = re.compile(r".*(?:ory|ive|ing|ed|oid)|tau|synaptic|cellular|molecular")


def class_word_forms(names: list[str]) -> list[tuple[str, str]]:
    """"<X> pathology" for a disorder of a part named "<X> disease" or "<X> disorder" (:data:`_PATHOLOGY_OF`).

    >>> class_word_forms(["brain disease", "psychiatric disorder", "inflammatory disease", "Lyme disease"])
    [('brain pathology', 'derived'), ('psychiatric pathology', 'derived')]
    """
    out = []
    for name in names:
        m = _PATHOLOGY_OF.fullmatch(name)
        if m and not _NOT_PATHOLOGY.fullmatch(m.group(1)):
            out.append((f"{m.group(1)} pathology", "derived"))
    return out


def build_disorders(shared: Path, mesh: dict[str, dict]) -> TermSet:
    """All Disorder rows."""
    terms = TermSet("Disorder")
    mondo, version = load_cellxgene("MONDO")
    current = Source("MONDO", version)
    old = Source("MONDO", "2024-01-19")
    live = {
        k: v
        for k, v in mondo.items()
        if k.startswith("MONDO:") and not v.get("deprecated") and "MONDO:0000001" in v.get("ancestors", {})
        and k not in _ROOTS and not (_ANIMAL in v["ancestors"] and "MONDO:0700096" not in v["ancestors"])
    }
    tsv: dict[str, dict] = {}
    mesh_to_mondo: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(shared / ONTOLOGIES / "mondo-2024-01-synonyms-xrefs.tsv"):
        tsv[row["id"]] = row
        for mesh_id in split_multi(row["mesh_xrefs"]):
            mesh_to_mondo[mesh_id].add(row["id"])
    foreign = _foreign_names(shared)
    for curie in sorted(live):
        term = live[curie]
        label = term["label"]
        exact = [s for s in term.get("synonyms") or [] if not _is_foreign(s, foreign)]
        names: list[tuple[str, str]] = [(label, "label")]
        names += [(s, "abbreviation" if looks_like_abbreviation(s) else "exact") for s in exact]
        exact_lower = {s.lower() for s in [label, *exact]}
        extra = tsv.get(curie)
        related = []
        if extra:
            related = [s for s in split_multi(extra["synonyms_exact_or_related"]) if s.lower() not in exact_lower]
            own = {name_key(n) for n, _ in names}
            for mesh_id in split_multi(extra["mesh_xrefs"]):
                # MeSH entry terms join a MONDO term when the mapping is one-to-one, and, for a descriptor MeSH
                # files only as a sign, when its heading is itself a name of the term (D012640 Seizures is mapped
                # to visual epilepsy)
                if len(mesh_to_mondo[mesh_id] & live.keys()) == 1 and mesh_id in mesh:
                    merged = mesh_names(mesh[mesh_id])
                    sign = all(t.startswith(MESH_SIGN_TREES) for t in mesh[mesh_id]["trees"])
                    if merged and (not sign or name_key(merged[0][0]) in own):
                        names += [(n, "exact" if t == "label" else t) for n, t in merged]
        # MONDO's "X, somatic" is the common disease X (bladder cancer, somatic): X is what text calls it
        names += [(n[: -len(", somatic")], "derived") for n, t in names if n.endswith(", somatic")]
        names += disorder_variants([n for n, t in names if t in ("label", "exact")])
        names += class_word_forms([n for n, t in names if t in ("label", "exact")])
        terms.add(curie, label, names, current)
        # a one-word RELATED synonym is too often an organism, a body part or a sign (betacoronavirus for
        # COVID-19, periosteum for periostitis); inverted forms are turned round or dropped
        related = [s[: -len(", somatic")] if s.endswith(", somatic") else s for s in related]
        related = [u for u in (uninvert(s) for s in related if " " in s.strip()) if u and not _is_foreign(u, foreign)]
        if related:
            terms.add(curie, label, [(s, "abbreviation" if looks_like_abbreviation(s) else "related")
                                     for s in related], old)
    mapped = {m for m, ids in mesh_to_mondo.items() if ids & live.keys()}  # xrefs of live terms only
    added = 0
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        event = is_acute_event(record)
        if not event and (mesh_id in mapped or not any(t.startswith(MESH_DISORDER_TREES) for t in record["trees"])):
            continue
        if any(t.startswith("C22") for t in record["trees"]):
            continue  # animal diseases (as MONDO's non-human branch)
        if not event and any(t.startswith(MESH_SYMPTOM_TREES) for t in record["trees"]) and not any(
            t.startswith("F03") for t in record["trees"]
        ) and not named_as_disorder(record):
            continue  # a sign or symptom: a Phenotype (sources/phenotypes.py)
        if names_a_deprivation(record):
            continue  # "Sleep Deprivation": an Exposure (sources/exposures.py)
        if any(t.startswith(_NOT_DISORDER_TREES) for t in record["trees"]):
            continue  # neoplastic processes (carcinogenesis), disease attributes, chromosome aberrations
        names = mesh_names(record)
        names += disorder_variants([n for n, t in names if t in ("label", "exact")])
        terms.add(f"MESH:{mesh_id}", record["name"], names, Source("MESH", MESH_RELEASE))
        added += 1
    logger.info("Disorder: %d MONDO terms, %d MeSH-only descriptors", len(live), added)
    return terms
