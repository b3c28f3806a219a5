"""Phenotype terms (signs and symptoms) from MeSH, identified by HPO ids where MeSH maps to one.

* Kept: MeSH 2024 descriptors filed under C23.888 *Signs and Symptoms* or C10.597 *Neurologic Manifestations*
  (pain, seizures, nausea, tremor, fatigue, anhedonia, hyperalgesia), and descriptors of the other C23 branches
  (C23.300 anatomical conditions, C23.550 pathologic processes: atrophy, hemorrhage, ischemia, necrosis) that MeSH
  files under no disease branch, except the branches that are no abnormality of a body (death, disease attributes,
  chromosome aberrations, inflammation, neoplastic processes, ...), and other C23 descriptors that the INDRA/Gilda
  mappings tie to an HPO term (bradycardia-like processes that MeSH also files as diseases stay
  Disorders: see :mod:`.disorders`).
* Left out: descriptors also filed under F03 (mental disorders: delirium stays a Disorder) or named as disorders
  (*Psychophysiologic Disorders*), the branch headings themselves (*Signs and Symptoms*, *Neurologic
  Manifestations*, ...), measures that MeSH files as a heading of signs and as a diagnostic technique (*Body
  Weight*, also under E01; *Sleepiness*, also a G11 phenomenon, stays a sign), and names
  that are already a name of a
  Disorder or of another class (``finalize`` in :mod:`ipkg.ground.build` drops those rows: a name that is both a
  MONDO disease and a MeSH sign stays a Disorder, GUIDELINES.md).
* IRI: the HPO term (``http://purl.obolibrary.org/obo/HP_0012531`` for *Pain*) when ``mesh-xrefs.tsv`` maps the
  descriptor to exactly one HP id, or to several of which one has the descriptor's own name (*Seizures* ->
  HP:0001250 *Seizure*); else the MeSH descriptor. Names and labels are MeSH's (US Government work, free to
  use); no HPO text is shipped (the HPO licence restricts redistributing altered content), only HP identifiers.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

from ..expand import disorder_variants
from ..variants import name_key
from .common import ONTOLOGIES, Source, TermSet, read_tsv
from .disorders import MESH_DISORDER_TREES, MESH_RELEASE, is_acute_event, mesh_names, named_as_disorder

__all__ = ["build_phenotypes", "MESH_PHENOTYPE_TREES", "read_hp_xrefs", "is_phenotype_descriptor", "induced_sign_heads",
           "faculty_sign"]

logger = logging.getLogger(__name__)

#: MeSH branches whose descriptors are all signs or symptoms
MESH_PHENOTYPE_TREES: tuple[str, ...] = ("C23.888", "C10.597")
#: MeSH branches of pathological conditions: a descriptor there is a phenotype when HPO has it
MESH_CONDITION_TREES: tuple[str, ...] = ("C23",)
#: ... or, without an HPO term, when it is an anatomical condition or a pathologic process (atrophy, hemorrhage,
#: ischemia, necrosis, fibrosis, hemolysis) and not one of the branches below
MESH_FINDING_TREES: tuple[str, ...] = ("C23.300.", "C23.550.")
#: C23 branches that are no abnormality of a body: chromosome aberrations, death, disease and its attributes
#: (chronic, rare, recurrence), inflammation (a Pathway, GUIDELINES), surgical complications, long-term adverse
#: effects, genomic instability, neoplastic processes, protein aggregation, teratogenesis, traditional-medicine
#: patterns, tertiary lymphoid structures
_NOT_FINDING_TREES: tuple[str, ...] = (
    "C23.550.210", "C23.550.260", "C23.550.288", "C23.550.291", "C23.550.340", "C23.550.362", "C23.550.470",
    "C23.550.505", "C23.550.543", "C23.550.727", "C23.550.767", "C23.550.770", "C23.550.863", "C23.550.945",
    "C23.550.972", "C23.300.955",
)
#: a sign MeSH names only as drug-induced: "Drug-Induced Akathisia"
_INDUCED_SIGN = re.compile(r"(?:drug|chemically)[- ]induced ([a-z]{5,})", re.IGNORECASE)
#: a faculty's disorders heading (Memory Disorders, Speech Disorders) and the wordings of its symptom
_FACULTY_DISORDERS = re.compile(r"([A-Z][a-z]+) Disorders")
_FACULTY_WORDINGS = ("{} impairment", "{} deficit", "{} disturbance", "{} loss", "{} dysfunction",
                     "impaired {}", "impairment of {}", "loss of {}")
#: branch headings: categories, not signs (Signs and Symptoms, Neurologic Manifestations, Skin Manifestations)
_HEADING_WORDS = ("manifestations", "signs and symptoms", "symptoms and signs")


def read_hp_xrefs(shared: Path) -> dict[str, dict[str, str]]:
    """MeSH id -> {HP CURIE: HP name} from ``mesh-xrefs.tsv``."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_tsv(shared / ONTOLOGIES / "mesh-xrefs.tsv"):
        if row["target_prefix"] == "HP" and row["target_id"].startswith("HP:"):
            out[row["mesh_id"]][row["target_id"]] = row["target_name"]
    return dict(out)


def _is_heading(record: dict) -> bool:
    name = record["name"].lower()
    return any(word in name for word in _HEADING_WORDS) and all(t.count(".") <= 2 for t in record["trees"])


def is_phenotype_descriptor(record: dict, has_hp: bool) -> bool:
    """Whether MeSH files this descriptor as a sign or symptom (see the module docstring).

    >>> is_phenotype_descriptor({"name": "Pain", "trees": ["C23.888.592.612", "F02.830.816.444"]}, True)
    True
    >>> is_phenotype_descriptor({"name": "Delirium", "trees": ["C10.597.606.337.500", "F03.615.350"]}, False)
    False
    >>> is_phenotype_descriptor({"name": "Bradycardia", "trees": ["C14.280.067.319", "C23.550.073.300"]}, True)
    False
    >>> is_phenotype_descriptor({"name": "Body Weight", "trees": ["C23.888.144", "E01.370.600.115.100.160.120",
    ...                                                     "G07.345.249.314.120"]}, False)
    False
    >>> is_phenotype_descriptor({"name": "Sleepiness", "trees": ["C23.888.900", "G11.561.803.754.917"]}, False)
    True
    >>> is_phenotype_descriptor({"name": "Necrosis", "trees": ["C23.550.717"]}, False)
    True
    >>> is_phenotype_descriptor({"name": "Death", "trees": ["C23.550.260"]}, False)
    False
    """
    trees = record["trees"]
    if not trees or any(t.startswith("F03") for t in trees) or _is_heading(record) or named_as_disorder(record) \
            or is_acute_event(record):
        return False  # a mental disorder, a heading, a disorder by name, an acute event (seizures: a Disorder)
    signs = [t for t in trees if t.startswith(MESH_PHENOTYPE_TREES)]
    if signs and any(t.startswith("E") for t in trees) and all(t.count(".") <= 2 for t in signs):
        return False  # a measure (also a diagnostic technique, E) filed as a sign heading (Body Weight)
    if any(t.startswith(MESH_PHENOTYPE_TREES) for t in trees):
        return True
    disease = any(t.startswith(MESH_DISORDER_TREES) for t in trees)
    if disease or any(t.startswith(_NOT_FINDING_TREES) for t in trees):
        return False
    return any(t.startswith(MESH_FINDING_TREES) for t in trees) or has_hp and any(
        t.startswith(MESH_CONDITION_TREES) for t in trees)


def induced_sign_heads(names: list[str]) -> list[tuple[str, str]]:
    """A drug-induced sign's one-word head as a ``derived`` name: MeSH files akathisia only as *Akathisia,
    Drug-Induced*; a concept with the head as its own name (Dyskinesias for dyskinesia) still wins on rank.

    >>> induced_sign_heads(["drug-induced akathisia", "akathisia, drug induced", "pain"])
    [('akathisia', 'derived')]
    """
    heads = (_INDUCED_SIGN.fullmatch(name) for name in names)
    return [(head, "derived") for head in dict.fromkeys(m.group(1).lower() for m in heads if m)]


def faculty_sign(record: dict, hp_id: str | None) -> tuple[str, list[tuple[str, str]]] | None:
    """The symptom wordings of a faculty's disorders heading that MeSH files among the signs and maps to one HP
    term (*Memory Disorders* -> HP:0002354): "memory impairment", "impaired memory", "memory deficits", "loss
    of memory" name the sign, a Phenotype on the HP id (GUIDELINES: a symptom is no Disorder; the heading
    itself stays the Disorder). Names are made from MeSH's noun, the label is its heading; no HPO text is used.

    >>> faculty_sign({"name": "Memory Disorders", "trees": ["C23.888.592.604.529"]}, "HP:0002354")[1][:3]
    [('memory impairment', 'derived'), ('memory deficit', 'derived'), ('memory disturbance', 'derived')]
    >>> faculty_sign({"name": "Memory Disorders", "trees": ["C23.888.592.604.529"]}, None)
    >>> faculty_sign({"name": "Cognition Disorders", "trees": ["F03.615.250"]}, "HP:1")
    """
    m = _FACULTY_DISORDERS.fullmatch(record["name"])
    if not m or hp_id is None or not any(t.startswith(MESH_PHENOTYPE_TREES) for t in record["trees"]) \
            or any(t.startswith("F03") for t in record["trees"]):
        return None
    noun = m.group(1).lower()
    return hp_id, [(w.format(noun), "derived") for w in _FACULTY_WORDINGS]


def _hp_id(record: dict, targets: dict[str, str]) -> str | None:
    """The one HP term a descriptor stands for: the only target, or the target named as the descriptor."""
    if len(targets) == 1:
        return next(iter(targets))
    own = name_key(record["name"])
    named = sorted(curie for curie, name in targets.items() if name_key(name) == own)
    return named[0] if len(named) == 1 else None


def build_phenotypes(shared: Path, mesh: dict[str, dict]) -> TermSet:
    """All Phenotype rows (MeSH names; HP ids where one fits)."""
    terms = TermSet("Phenotype")
    hp = read_hp_xrefs(shared)
    source = Source("MESH", MESH_RELEASE)
    # several descriptors may map to one HP term: its label is the name of the first descriptor (by MeSH id)
    chosen: dict[str, tuple[str, str]] = {}
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        sign = faculty_sign(record, _hp_id(record, hp.get(mesh_id, {})))
        if sign:
            terms.add(sign[0], record["name"], sign[1], source)  # labelled with MeSH's heading, as every sign
        if not is_phenotype_descriptor(record, mesh_id in hp):
            continue
        hp_id = _hp_id(record, hp.get(mesh_id, {}))
        curie = hp_id or f"MESH:{mesh_id}"
        chosen.setdefault(curie, (mesh_id, record["name"]))
        names = mesh_names(record)
        names += disorder_variants([n for n, t in names if t in ("label", "exact")])
        names += induced_sign_heads([n for n, t in names if t in ("label", "exact")])
        label = chosen[curie][1]  # MeSH's heading, as for MeSH Disorder terms
        terms.add(curie, label, names, source)
    logger.info("Phenotype: %d concepts (%d with an HP id)", len(chosen), sum(c.startswith("HP:") for c in chosen))
    return terms
