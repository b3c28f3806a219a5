"""Research compounds that only a MeSH supplementary record names (round 8): Intervention rows.

:mod:`.interventions` keeps a supplementary record only where it merges into a ChEBI drug, is an INN-named
biologic or drug, or derives from a drug descriptor. Compounds studied under a company code (GR 55562, BE360) or
under a trivial name (cryptotanshinone, tetrandrine, chelidonic acid) were missing. Two stated gates, each on the
record's own data (``mesh2024-supplementary.tsv.gz``, ``mapped_to_descriptors`` read through the descriptors'
tree numbers):

* **code names** (:data:`CODE_NAME`): a name that is a developer's code, one to five capitals and three to seven
  digits, spaced, hyphenated or fused ("GR 55562", "CP-93129", "BE360"; MeSH's "<code> compound" too). Codes are
  written only for agents made to be tested, so such a name grounds anywhere, in its capitals only (``cs``: "in
  2001" is no "IN 2001"); all three spellings are added. A
  code that is an HGNC gene symbol, alias or previous symbol (ZNF804A, CD200) is left out. Round 20a: a record
  MeSH names "<code> compound" (or "cpd") is labelled by the code alone ("BE360";
  :func:`.interventions.code_label`).
* **trivial names of small molecules** (:data:`TRIVIAL_NAME`): the record's own name (not its entry terms, which
  are mostly old spellings), one lower-case word of six or more letters, with an optional locant
  ("4-chlorokynurenine") and an optional "acid", of a record MeSH maps to a chemical filed
  among organic, heterocyclic or polycyclic compounds (D02-D04) and nowhere outside the chemical branches
  (:data:`CHEMICAL_TREES`). Whether it grounds anywhere is decided as for a MeSH chemical descriptor
  (:func:`.drug_policy.only_drug_reading`, rule of round 5b): a record mapped only to D02-D04 chemicals, not
  named as an acid or a dye, has no reading but a given substance (cryptotanshinone, tetrandrine); the others
  ground only where the text gives them (``ctx``): records mapped also to amino acids, hormones, lipids...,
  acids (chelidonic acid), and the parent skeleton of the class MeSH maps the record to,
  or a simply substituted one, whose name ends with the class name's singular or begins it (indole and
  5-hydroxyindole of Indoles, aniline of Aniline Compounds: measured metabolites, reagents and scaffolds, and the
  plural "indoles" names the class). A record mapped to no D02-D04 chemical (4-chlorokynurenine, mapped to
  Kynurenine, which MeSH files only among amino acids) is not admitted. Unlike round 5b's descriptor rule, a ChEBI role does not gate these records: nearly every trivially named natural product has a
  "plant metabolite" role, and a natural product a psychiatry abstract names is the one it tests.

* **ChEBI code names** (round 9, :func:`build_chebi_codes`): compounds MeSH does not name at all but ChEBI
  does, under a developer's code (WAY-100635, SKF-96365, AMN082): a live ChEBI molecular entity (is_a
  CHEBI:23367) whose label, or the parent of a salt label (:func:`ipkg.ground.morphology.salt_parent`: "WAY-100635
  maleate" is WAY-100635), is a code by :data:`CODE_NAME`, grounds anywhere like the MeSH codes (a code is
  written only for an agent made to be tested; ChEBI's roles are too sparse to gate it: WAY-100635 has none).
  Left out: HGNC symbols, as above, and the screening-library catalogue numbers ChEBI imports
  (:data:`CATALOGUE_PREFIXES`: LSM-, CPD-), which no abstract writes.

* **plant oils** (round 19l, :func:`build_plant_oils`): a supplementary record MeSH maps to Plant Oils
  (:data:`PLANT_OILS`) and otherwise only to plants, lipids (essential oils, the fatty acid an oil is rich in) or
  plant preparations (not to a drug combination, a cream or a powder), named "<plant> oil" ("mustard oil", "perilla seed oil", "lavender
  oil"): the oil a study gives or injects to make a model (mustard oil, an irritant), grounding anywhere. Its names
  ending in "oil", of two words or more and without a comma (not the inverted "essential oil, Coriandrum sativum").
  MeSH's own Plant Oils descriptors (olive, soybean, corn, sesame oil: foods and the usual vehicles) stay out, as
  in round 11a (:mod:`.diets`).

* **herbal preparations** (round 23a, :func:`build_herbal_preparations`): a supplementary record MeSH maps to Drugs,
  Chinese Herbal (D004365) or Plant Extracts (D010936) and otherwise only to plants or plant preparations
  (:data:`_HERBAL_COMPANY`) names one preparation: a formula ("xiaoyaosan", "Kai-Xin-San", "danggui buxue
  decoction"), a drug of a pharmacopoeia under its Latin name ("Nelumbinis Semen", "Fructus Akebiae", "Radix
  Polygalae extract") or a standardised extract ("EPs 7630", "triphala"). A preparation is made to be taken, and
  an abstract that names one gives or tests it, so its names ground anywhere; a code and a one-word name MeSH
  capitalises (a trade name: "Neuroaid", "Sobatum") keep their case, as above ("neuroAIDS" is no Neuroaid). Left out: abbreviations (:func:`.common.looks_like_abbreviation`: "HQH", "TWAJJ"), inverted names
  (a comma), names of fewer than six letters or digits.

Names already in the lexicon (any class) are never added again; a record none of whose names passes a gate
adds nothing. Systematic names, inverted forms and acronyms of these records are left out: they are the bulk of
the file and rarely written in running text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import name_key
from ..morphology import salt_parent
from .common import ONTOLOGIES, Source, TermSet, load_cellxgene, looks_like_abbreviation, read_tsv, split_multi
from .drug_policy import SMALL_MOLECULE_TREES, only_drug_reading
from .interventions import MESH_RELEASE, code_label
from .readers import build_cached

__all__ = ["CODE_NAME", "TRIVIAL_NAME", "CHEMICAL_TREES", "CATALOGUE_PREFIXES", "PLANT_OILS", "HERBAL_DRUGS",
           "build_compounds", "build_chebi_codes", "build_plant_oils", "build_herbal_preparations", "code_spellings",
           "gene_symbols", "chemical_records"]

#: a developer's code: capitals, then digits (spaced, hyphenated or fused), an optional letter after; MeSH's
#: "<code> compound" / "<code> cpd" names the code
CODE_NAME = re.compile(r"^([A-Z]{1,5})[- ]?(\d{3,7}[A-Za-z]?)(?: (?:compound|cpd))?$")
#: a trivial chemical name: one lower-case word (an optional one- or two-digit locant before it), optionally
#: followed by "acid"
TRIVIAL_NAME = re.compile(r"^(?:\d{1,2}-)?[a-z]{6,}(?: acid)?$")
#: the chemical branches of MeSH (elements, organic, heterocyclic, polycyclic compounds, hormones, enzymes,
#: carbohydrates, lipids, amino acids and peptides, nucleic acids, complex mixtures, biological factors): a record
#: mapped also outside them (an organism, a disease) is no compound
CHEMICAL_TREES = ("D01.", "D02.", "D03.", "D04.", "D06.", "D08.", "D09.", "D10.", "D12.", "D13.", "D20.",
                  "D23.")

#: ChEBI's screening-library catalogue numbers (LINCS small molecules, MetaCyc compounds): codes no text uses
CATALOGUE_PREFIXES = ("LSM", "CPD")
#: MeSH's Plant Oils descriptor
PLANT_OILS = "D010938"
#: the MeSH branches a plant oil's record may also be mapped to: plants (B01.875), lipids (D10: volatile oils, the
#: fatty acids an oil is rich in, alpha-linolenic acid of perilla oil), plant preparations (D20.215.784: extracts)
_PLANT_OIL_COMPANY = ("B01.875.", "D10.", "D20.215.784")
#: a plant oil's running-text name: two or more words, the last "oil", no comma, not led by an acronym ("NS oil")
_OIL_NAME = re.compile(r"^(?![A-Z]{2,}\b)[A-Za-z][\w-]*(?: [\w-]+)* oil$")
#: MeSH's Drugs, Chinese Herbal and Plant Extracts descriptors: the records mapped to one are herbal preparations
HERBAL_DRUGS = ("D004365", "D010936")
#: the MeSH branches a herbal preparation's record may also be mapped to: plants (B01.875), plant preparations
#: (D20.215.784) and their pharmaceutical-preparation places (D26.335 Chinese herbal drugs, D26.667 plant extracts)
_HERBAL_COMPANY = ("B01.875.", "D20.215.784", "D26.335", "D26.667")
#: a one-word name capitalised as a proper name: a trade name, matched in its own case
_TRADE_NAME = re.compile(r"[A-Z][a-z]+")
#: ChEBI's molecular entity, the root of every compound (roles and groups are outside it)
_MOLECULAR_ENTITY = "CHEBI:23367"


def code_spellings(name: str) -> list[str]:
    """The spaced, hyphenated and fused spellings of a code name, or [] for a name that is no code.

    >>> code_spellings("GR 55562"), code_spellings("BE360 compound"), code_spellings("NBQX")
    (['GR 55562', 'GR-55562', 'GR55562'], ['BE360 compound', 'BE 360', 'BE-360', 'BE360'], [])
    """
    match = CODE_NAME.match(name)
    if not match:
        return []
    letters, digits = match.groups()
    spellings = [f"{letters} {digits}", f"{letters}-{digits}", f"{letters}{digits}"]
    return ([name] if name not in spellings else []) + spellings


def build_compounds(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """Intervention rows of the supplementary records that pass a gate of the module docstring."""
    terms = TermSet("Intervention")
    taken = {name_key(r.name) for r in rows}
    genes = gene_symbols(shared)
    source = Source("MESH", MESH_RELEASE)
    for row, mapped, trees in chemical_records(shared, mesh):
        names = [row["name"], *split_multi(row["entry_terms"])]
        codes = [s for n in names for s in code_spellings(n) if _compact(s) not in genes]
        trivial = []
        if any(t.startswith(SMALL_MOLECULE_TREES) for t in trees):
            trivial = [row["name"]] if TRIVIAL_NAME.match(row["name"]) else []
        fresh = [(n, "exact") for n in [*codes, *trivial] if name_key(n) not in taken]
        if not fresh:
            continue
        if any(name_key(n) in taken for n in names):
            continue  # the record is (partly) another concept's already: no second concept for it
        skeleton = any(_names_class(row["name"].lower(), mesh[m]["name"].lower()) for m in mapped if m in mesh)
        given = bool(codes) or (only_drug_reading(row["name"], trees, False) and not skeleton)
        curie = f"MESH:{row['mesh_id']}"
        # a code keeps its capitals ("in 2001" is no "IN 2001"); a trivial name is matched in any case
        label = code_label(row["name"])
        terms.add(curie, label, [(n, t) for n, t in fresh if n in codes], source, flags="cs")
        terms.add(curie, label, [(n, t) for n, t in fresh if n not in codes], source,
                  flags="" if given else "ctx")
        taken.update(name_key(n) for n, _ in fresh)
    return terms


def chemical_records(shared: Path, mesh: dict[str, dict]) -> Iterator[tuple[dict[str, str], list[str], list[str]]]:
    """The MeSH supplementary records mapped only to chemicals (:data:`CHEMICAL_TREES`): (row, the descriptors
    it is mapped to, their tree numbers)."""
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-supplementary.tsv.gz"):
        mapped = [m.strip().lstrip("*") for m in row["mapped_to_descriptors"].split(",") if m.strip()]
        trees = [t for m in mapped for t in mesh.get(m, {}).get("trees", ())]
        if trees and all(t.startswith(CHEMICAL_TREES) for t in trees):
            yield row, mapped, trees


def _records_mapped_to(shared: Path, mesh: dict[str, dict], heads: tuple[str, ...], company: tuple[str, ...]
                       ) -> Iterator[tuple[dict[str, str], list[str]]]:
    """The supplementary records mapped to one of the ``heads`` descriptors and otherwise only to descriptors filed
    under ``company`` (tree-number prefixes): (row, its names, the record's name first)."""
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-supplementary.tsv.gz"):
        mapped = [m.strip().lstrip("*") for m in row["mapped_to_descriptors"].split(",") if m.strip()]
        if set(heads) & set(mapped) and all(
                m in heads or any(t.startswith(company) for t in mesh.get(m, {}).get("trees", ())) for m in mapped):
            yield row, [row["name"], *split_multi(row["entry_terms"])]


def build_plant_oils(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """Intervention rows of the plant oils only a supplementary record names (module docstring)."""
    terms = TermSet("Intervention")
    taken = {name_key(r.name) for r in rows}
    source = Source("MESH", MESH_RELEASE)
    for row, all_names in _records_mapped_to(shared, mesh, (PLANT_OILS,), _PLANT_OIL_COMPANY):
        names = [(n, "label" if n == row["name"] else "exact") for n in all_names
                 if _OIL_NAME.match(n) and name_key(n) not in taken]
        if names:
            terms.add(f"MESH:{row['mesh_id']}", row["name"], names, source)
            taken.update(name_key(n) for n, _ in names)
    return terms


def build_herbal_preparations(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """Intervention rows of the herbal preparations only a supplementary record names (module docstring)."""
    terms = TermSet("Intervention")
    taken = {name_key(r.name) for r in rows}
    source = Source("MESH", MESH_RELEASE)
    for row, all_names in _records_mapped_to(shared, mesh, HERBAL_DRUGS, _HERBAL_COMPANY):
        names = [n for n in all_names if _preparation_name(n) and name_key(n) not in taken]
        if not names:
            continue
        curie = f"MESH:{row['mesh_id']}"
        label = code_label(row["name"])
        cased = [n for n in names if CODE_NAME.match(n) or _TRADE_NAME.fullmatch(n)]
        terms.add(curie, label, [(n, "label" if n == row["name"] else "exact") for n in cased], source, flags="cs")
        terms.add(curie, label, [(n, "label" if n == row["name"] else "exact") for n in names if n not in cased],
                  source)
        taken.update(name_key(n) for n in names)
    return terms


def _preparation_name(name: str) -> bool:
    """Whether a herbal preparation's name is written in running text (module docstring).

    >>> [_preparation_name(n) for n in ("Nelumbinis Semen", "HQH", "Extract, Plant", "sangu", "EPs 7630")]
    [True, False, False, False, True]
    """
    return "," not in name and sum(c.isalnum() for c in name) >= 6 and not looks_like_abbreviation(name)


def build_chebi_codes(shared: Path, rows: list[LexiconRow]) -> TermSet:
    """Intervention rows of the ChEBI compounds named by a developer's code (module docstring)."""
    chebi, version = load_cellxgene("CHEBI")
    terms = TermSet("Intervention")
    taken = {name_key(r.name) for r in rows}
    taken_ids = {r.curie for r in rows}
    genes = gene_symbols(shared)
    source = Source("CHEBI", version)
    for curie in sorted(chebi):
        term = chebi[curie]
        label = term.get("label") or ""
        if term.get("deprecated") or curie in taken_ids or _MOLECULAR_ENTITY not in term.get("ancestors", ()):
            continue
        code = salt_parent(label) or label
        spellings = code_spellings(code)
        if not spellings or CODE_NAME.match(spellings[-1]).group(1) in CATALOGUE_PREFIXES or _compact(spellings[-1]) in genes or any(name_key(n) in taken for n in spellings):
            continue
        terms.add(curie, label, [(n, "exact") for n in spellings], source, flags="cs")
        taken.update(name_key(n) for n in spellings)
    return terms


def _names_class(name: str, heading: str) -> bool:
    """Whether a record's name is the parent of the class heading MeSH maps it to: it ends with the heading's
    singular (indole, 5-hydroxyindole of Indoles) or begins the heading (aniline of Aniline Compounds).

    >>> _names_class("5-hydroxyindole", "indoles"), _names_class("aniline", "aniline compounds")
    (True, True)
    >>> _names_class("cryptotanshinone", "phenanthrenes")
    False
    """
    return name.endswith(heading.removesuffix("s")) or heading.startswith(name + " ")


def _compact(name: str) -> str:
    return re.sub(r"[\s-]", "", name).upper()


@build_cached
def gene_symbols(shared: Path) -> frozenset[str]:
    """HGNC approved, alias and previous symbols, upper-cased without spaces or hyphens (read once per build: the
    code-name sources and :mod:`.agents` all ask)."""
    out = set()
    for row in read_tsv(shared / ONTOLOGIES / "hgnc-2024-01.tsv.gz"):
        for cell in ("Approved symbol", "Alias symbols", "Previous symbols"):
            out.update(_compact(s) for s in split_multi(row.get(cell) or "", ",") if s.strip())
    return frozenset(out)
