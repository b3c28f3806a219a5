"""Cytokine terms: human cytokines, chemokines, their receptors and inflammatory markers from HGNC, identified
by the UniProt accession of the human protein.

Selection is a rule on the approved symbol (:data:`FAMILY`: interleukins ``IL<n>``, interleukin receptors
``IL<n>R..``, ``IL<n>RN``, ``TNF``/``LT*``, the TNF receptors 1 and 2, interferons ``IFN*``, chemokines
``CCL*``/``CXCL*``/``XCL*``/``CX3CL1``, ``CSF*``, ``TGFB*``; the chemokine receptors ``CCR*``/``CXCR*``/``CX3CR1``/
``XCR1`` and the death receptor ``FAS``, round 10) plus the inflammatory markers and adipokines that
GUIDELINES.md counts (:data:`MARKERS`). Only approved protein-coding genes with a UniProt accession that the
cellxgene UniProt snapshot (Swiss-Prot) lists are kept.

Names: the approved symbol and its spellings (:func:`ipkg.ground.cytokine_names.cytokine_symbol_names`), the approved
name, alias and previous symbols that no other gene uses, and the names of the MeSH descriptor mapped to the gene
(``Chemokine CCL2`` / ``Monocyte Chemoattractant Protein-1``); the first member of a family numbered under a
letter also takes the family's name (serum amyloid A and SAA for SAA1, IFN-α for IFNA2: :func:`family_names`).
A CD antigen is a marker in its soluble form only (sCD163, soluble CD14, sCD40L: :func:`soluble_cd_names`).
A cytokine *given* as a treatment is an
Intervention: each gene also yields context-only (``ctx``) Intervention rows pointing at its drug, the
INN-named MeSH supplementary record mapped to the gene (aldesleukin for IL2) or else the gene's MeSH
descriptor.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from pathlib import Path

from ..cytokine_names import cytokine_symbol_names
from ..variants import is_acronym
from .common import ONTOLOGIES, Source, TermSet, load_cellxgene, read_tsv, split_multi, tidy_case, uninvert

__all__ = ["build_cytokines", "chemokine_names", "rodent_names", "family_names", "soluble_cd_names", "SOLUBLE_CD",
           "FAMILY", "FAMILY_MEMBER", "MARKERS", "INN_BIOLOGIC"]

logger = logging.getLogger(__name__)

#: approved symbols of cytokine families (a rule, not a list)
FAMILY = re.compile(
    r"^(IL\d+[A-Z]?|IL\d+RN|IL\d+R[A-Z]?\d?|TNF|LT[AB]|TNFSF\d+[A-Z]?|TNFRSF1[AB]|IFN[ABGKEW]\d*|IFNL\d|"
    r"CCL\d+[A-Z]?\d?|CXCL\d+|CX3CL1|XCL\d|CSF\d[A-Z]?|TGFB\d|"
    # round 10: the chemokine receptors and the death receptor Fas (GUIDELINES: a cytokine's receptor named as a
    # marker; check-set adjudication: Fas/CD95 measured as a marker is a Cytokine item)
    r"CCR\d+|CXCR\d+|CX3CR1|XCR1|FAS)$"
)
#: inflammatory markers and adipokines GUIDELINES.md counts as Cytokine items, by approved symbol; (round 22c) the
#: acute-phase protein orosomucoid (alpha-1-acid glycoprotein), which the tune gold files as a Cytokine item as it
#: files CRP
MARKERS = frozenset({"CRP", "LEP", "ADIPOQ", "RETN", "SAA1", "SAA2", "MIF", "LIF", "OSM", "TSLP", "ORM1"})
#: WHO INN stems of biologic drugs: monoclonal antibodies, receptor fusions, interleukin analogues, ...
#: a CD antigen (approved symbol CD<n>, CD<n>LG for a ligand) is an inflammatory marker only in its soluble
#: form, measured in blood or CSF ("soluble CD163", "sCD14", "sCD40L"); the bare CD name is a cell-surface
#: marker, which GUIDELINES.md does not score (and which CL cell names already hold: "CD14+ monocytes")
SOLUBLE_CD = re.compile(r"CD(\d+)(LG|[A-Z])?")
#: an approved symbol of letters and a number (a member letter or digit after it): CXCL1, IL1B, TGFB1
_NUMBERED = re.compile(r"[A-Z]+\d+[A-Z]?\d?")
#: a chemokine's approved name: its motif (C, C-C, C-X-C, C-X3-C, X-C), then ligand or receptor and its number
_CHEMOKINE_NAME = re.compile(r"(?P<motif>C|C-C|C-X-C|C-X3-C|X-C) motif chemokine (?P<kind>(?:ligand|receptor) \d+)")
INN_BIOLOGIC = re.compile(r"(?:mab|cept|leukin|kinra|ermin|grastim|mostim|poetin|nakin)$", re.IGNORECASE)
#: a member of a family numbered under a letter or a Greek letter ("serum amyloid A1", "interferon alpha 2",
#: "transforming growth factor beta 1"): abstracts name the family for its first member (the lowest number kept:
#: IFNA1 has no Swiss-Prot entry in the snapshot, so IFN-α is IFNA2), so the family's name and symbol stem (SAA of
#: SAA1) are ``derived`` names of that member
FAMILY_MEMBER = re.compile(r"(.+ (?:alpha|beta|gamma|delta|lambda|[A-Z])) ?(\d+)")
HGNC_RELEASE = "2024-01-18"
MESH_RELEASE = "2024"


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def build_cytokines(shared: Path) -> tuple[TermSet, TermSet]:
    """Cytokine rows and the context-only Intervention rows for cytokines given as drugs."""
    cytokines = TermSet("Cytokine")
    drugs = TermSet("Intervention")
    uniprot, up_version = load_cellxgene("UniProt")
    swissprot = {k.split(":", 1)[1] for k in uniprot}
    genes = list(read_tsv(shared / ONTOLOGIES / "hgnc-2024-01.tsv.gz"))
    # symbols of genes that exist: a withdrawn symbol (TNFR1 -> TNFRSF1A) lives on as its successor's alias
    symbols = {g["Approved symbol"].upper() for g in genes if g["Status"] == "Approved"}
    alias_use: Counter[str] = Counter()
    for g in genes:
        for alias in {a.upper() for a in split_multi(g["Alias symbols"], ",") + split_multi(g["Previous symbols"], ",")}:
            alias_use[alias] += 1
    selected = [
        g for g in genes
        if g["Status"] == "Approved" and g["Locus type"] == "gene with protein product"
        and (FAMILY.match(g["Approved symbol"]) or g["Approved symbol"] in MARKERS)
        and g["UniProt ID(supplied by UniProt)"].split("|")[0] in swissprot
    ]
    mesh_for_gene, supp_for_gene = _mesh_links(shared, {g["HGNC ID"].split(":")[1] for g in selected},
                                               {g["UniProt ID(supplied by UniProt)"].split("|")[0] for g in selected})
    source = Source("HGNC", HGNC_RELEASE)
    families = family_names([(g["Approved symbol"], g["Approved name"]) for g in selected], symbols)
    for g in sorted(selected, key=lambda g: g["Approved symbol"]):
        symbol = g["Approved symbol"]
        accession = g["UniProt ID(supplied by UniProt)"].split("|")[0]
        hgnc = g["HGNC ID"].split(":")[1]
        label = g["Approved name"]
        names: list[tuple[str, str]] = [(n, "label" if i == 0 else "exact")
                                        for i, n in enumerate(cytokine_symbol_names(symbol))]
        names.append((label, "exact"))
        names += [(n, "derived") for n in chemokine_names(label)]
        if ", " in label:
            names.append((label.split(", ")[0], "derived"))
        names += families.get(symbol, [])
        aliases = split_multi(g["Alias symbols"], ",") + split_multi(g["Previous symbols"], ",")
        for alias in aliases:
            upper = alias.upper()
            if upper in symbols or alias_use[upper] > 1 or len(alias) < 3 or re.fullmatch(r"CD\d+[A-Z]?", upper):
                continue  # shared, too short, or a CD marker (a cell-surface name, not the cytokine's)
            if len(alias) < 4 and not any(c.isdigit() for c in alias):
                continue
            names += [(n, "related") for n in cytokine_symbol_names(alias)]
        known_numbers = _numbers(" ".join([symbol, *aliases]))
        for record in mesh_for_gene.get(hgnc, []) + mesh_for_gene.get(accession, []):
            if _numbers(record["name"]) - known_numbers:
                continue  # a mapping that names another family member (Interleukin-27 -> IL17D)
            if INN_BIOLOGIC.search(record["name"]):
                continue  # a drug mapped to its target (Etanercept -> TNFRSF1B), not the protein's name
            for raw in [record["name"], *record["entries"]]:
                text = uninvert(raw)
                if text:
                    names.append((tidy_case(text), "exact"))
        cytokines.add(f"UniProt:{accession}", label, names, source)
        cytokines.add(f"UniProt:{accession}", label, [(n, "derived") for n in rodent_names(symbol)], source,
                      flags="cs")
        _add_drug(drugs, g, names, mesh_for_gene.get(hgnc, []), supp_for_gene.get(hgnc, []))
    for g in genes:
        accession = g["UniProt ID(supplied by UniProt)"].split("|")[0]
        names = soluble_cd_names(g["Approved symbol"])
        if names and g["Status"] == "Approved" and accession in swissprot:
            cytokines.add(f"UniProt:{accession}", g["Approved name"], [(n, "derived") for n in names], source)
    logger.info("Cytokine: %d genes (UniProt %s)", len(selected), up_version)
    return cytokines, drugs


def chemokine_names(label: str) -> list[str]:
    """The literature's other spellings of a chemokine's or chemokine receptor's approved name (round 19i): the motif
    written without its hyphens and the words "motif" or "chemokine" left out ("CXC chemokine ligand 1", "CC motif
    ligand 5", "C-X-C motif ligand 1"); nothing for any other name.

    >>> chemokine_names("C-X-C motif chemokine ligand 1")[:4]
    ['C-X-C chemokine ligand 1', 'C-X-C motif ligand 1', 'CXC motif chemokine ligand 1', 'CXC chemokine ligand 1']
    >>> chemokine_names("C-C motif chemokine ligand 3 like 1"), chemokine_names("interleukin 6")
    ([], [])
    """
    m = _CHEMOKINE_NAME.fullmatch(label)
    if not m:
        return []
    motif, kind = m.group("motif"), m.group("kind")
    forms = [f"{spelling} {middle} {kind}" for spelling in dict.fromkeys((motif, motif.replace("-", "")))
             for middle in ("motif chemokine", "chemokine", "motif")]
    return [f for f in forms if f != label]


def rodent_names(symbol: str) -> list[str]:
    """The mouse and rat spelling of a case-sensitive approved symbol of letters and a number (round 19i): MGI and
    RGD write the gene with one capital (Cxcl1, Ccl5, Il1b), a case form of its own, matched as written (never
    "CCl4", carbon tetrachloride, for CCL4); nothing for a symbol matched in any case (CXCL10), nor for one without
    a number, whose one-capital form is also the human protein's name before another word ("Fas ligand" is not
    Fas).

    >>> rodent_names("CXCL1"), rodent_names("IL1B"), rodent_names("FAS"), rodent_names("CXCL10")
    (['Cxcl1'], ['Il1b'], [], [])
    """
    return [symbol[0] + symbol[1:].lower()] if is_acronym(symbol) and _NUMBERED.fullmatch(symbol) else []


def soluble_cd_names(symbol: str) -> list[str]:
    """Names of a CD antigen's soluble form (:data:`SOLUBLE_CD`); none for any other symbol.

    >>> soluble_cd_names("CD163")
    ['sCD163', 'soluble CD163']
    >>> soluble_cd_names("CD40LG")
    ['sCD40L', 'soluble CD40L', 'soluble CD40 ligand']
    >>> soluble_cd_names("CDK5")
    []
    """
    m = SOLUBLE_CD.fullmatch(symbol)
    if not m:
        return []
    if m.group(2) == "LG":
        return [f"sCD{m.group(1)}L", f"soluble CD{m.group(1)}L", f"soluble CD{m.group(1)} ligand"]
    return [f"s{symbol}", f"soluble {symbol}"]


def family_names(genes: list[tuple[str, str]], symbols: set[str]) -> dict[str, list[tuple[str, str]]]:
    """Approved symbol -> the family names it takes (:data:`FAMILY_MEMBER`), for the lowest-numbered member of
    each family among ``genes`` (symbol, approved name); a stem that is a gene of its own is left alone.

    >>> family_names([("SAA2", "serum amyloid A2"), ("SAA1", "serum amyloid A1")], set())
    {'SAA1': [('serum amyloid A', 'derived'), ('SAA', 'derived')]}
    >>> [n for n, _ in family_names([("IFNA2", "interferon alpha 2"), ("IFNA8", "interferon alpha 8")], set())["IFNA2"]][:3]
    ['interferon alpha', 'IFNA', 'IFN-α']
    >>> family_names([("CCL1", "C-C motif chemokine ligand 1"), ("TNF", "tumor necrosis factor")], set())
    {}
    """
    first: dict[str, tuple[int, str, str]] = {}
    for symbol, label in genes:
        m = FAMILY_MEMBER.fullmatch(label)
        stem = symbol.rstrip("0123456789")
        if not m or not symbol.endswith(m.group(2)) or stem.upper() in symbols:
            continue
        number = int(m.group(2))
        if m.group(1) not in first or number < first[m.group(1)][0]:
            first[m.group(1)] = (number, symbol, stem)
    return {symbol: [(family, "derived")] + [(n, "derived") for n in cytokine_symbol_names(stem)]
            for family, (_, symbol, stem) in sorted(first.items())}


def _add_drug(drugs: TermSet, gene: dict, names: list[tuple[str, str]], descriptors: list[dict],
              supplements: list[dict]) -> None:
    """Context-only Intervention rows: the gene's names point at its drug form when the text says it is given."""
    inn = [s for s in supplements if INN_BIOLOGIC.search(s["name"]) and " " not in s["name"]]
    target = inn[0] if len(inn) == 1 else (descriptors[0] if len(descriptors) == 1 else None)
    if target is None:
        return
    curie = f"MESH:{target['id']}"
    drugs.add(curie, target["name"], [(n, t) for n, t in names if t != "derived"], Source("MESH", MESH_RELEASE),
              flags="ctx")
    if inn and target is inn[0]:
        own = [(target["name"], "label")] + [(e, "exact") for e in target["entries"] if uninvert(e) == e]
        drugs.add(curie, target["name"], own, Source("MESH", MESH_RELEASE))


def _mesh_links(shared: Path, hgnc_ids: set[str], accessions: set[str]) -> tuple[dict, dict]:
    """MeSH descriptors and supplementary records mapped (mesh-xrefs.tsv) to exactly one selected gene."""
    targets: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(shared / ONTOLOGIES / "mesh-xrefs.tsv"):
        if row["target_prefix"] == "HGNC" and row["target_id"] in hgnc_ids:
            targets[row["mesh_id"]].add(row["target_id"])
        elif row["target_prefix"] == "UP" and row["target_id"] in accessions:
            targets[row["mesh_id"]].add(row["target_id"])
    single = {m: next(iter(t)) for m, t in targets.items() if len(t) == 1}
    descriptors: dict[str, list[dict]] = defaultdict(list)
    supplements: dict[str, list[dict]] = defaultdict(list)
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-descriptors.tsv"):
        if row["mesh_id"] in single:
            descriptors[single[row["mesh_id"]]].append(
                {"id": row["mesh_id"], "name": row["name"], "entries": split_multi(row["entry_terms"])})
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-supplementary.tsv.gz"):
        if row["mesh_id"] in single:
            supplements[single[row["mesh_id"]]].append(
                {"id": row["mesh_id"], "name": row["name"], "entries": split_multi(row["entry_terms"])})
    return descriptors, supplements
