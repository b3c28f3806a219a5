"""Intervention terms: ChEBI drugs and drug roles, MeSH therapies, drug classes and biologics, MAxO therapies.

* ChEBI: molecules with a role (``chebi-has-role.tsv``) under *pharmaceutical* (CHEBI:52217, which holds
  *drug*), *pharmacological role* (CHEBI:52210) or *anti-inflammatory agent* (CHEBI:67079), the role hierarchy
  closed with the cellxgene is_a ancestors; and those role classes themselves (antidepressant, serotonin
  uptake inhibitor, non-steroidal anti-inflammatory drug), and nutraceuticals (CHEBI:50733); experimental
  agents (:data:`AGENT_ROOTS`: enzyme inhibitors, neurotoxins) and nutrients (:data:`NUTRIENT_ROOTS`: folic acid,
  choline, zinc) as ``ctx`` rows only. An endogenous
  molecule (dopamine, cortisol, tryptophan, EPA; rule below) is flagged ``ctx``: it counts as an intervention
  only where the text says it is given (see :mod:`ipkg.ground.matcher`).
* MeSH descriptors: therapies (:data:`THERAPY_TREES` minus :data:`THERAPY_EXCLUDED`: care settings, routes,
  schedules, placebos, errors), pharmacological classes (D27.505.519/.696/.954) and biologics (D12 descriptors
  named with a WHO INN biologic stem, such as infliximab). A descriptor mapped to a kept ChEBI term
  (``mesh-xrefs.tsv``) or with the same name gives its names to that ChEBI term instead (OBO ids first).
* MeSH supplementary records: mapped to a kept ChEBI term (names merged), INN-named biologics mapped to a D12
  descriptor (tocilizumab, sirukumab), small molecules named with a WHO INN class stem (:data:`.drug_policy.INN_DRUG`:
  agomelatine), and derivatives mapped only to drug descriptors (norketamine); salts and esters of a kept drug
  (:func:`ipkg.ground.morphology.salt_parent`, MeSH mapping the record to that drug) name the drug itself.
  Round 20a: MeSH names a record known by a code alone "<code> compound" ("BE360 compound", "ZY-1 compound";
  1,273 of the 1,326 records whose name ends so: :data:`CODED_RECORD`); such a record, here or in
  :mod:`.compounds` and :mod:`.agents`, is labelled by its code (:func:`code_label`), the name texts write.
* Salts: a ChEBI drug named ``<parent> <counter-ion>`` gives its names to the parent drug (ketamine
  hydrochloride -> ketamine), or to the MeSH descriptor of a leading moiety (lithium carbonate -> Lithium).
* Context: a molecule is endogenous, and its names ground only in a treatment context, when ChEBI gives it a
  metabolite role of a non-human mammal (mouse metabolite), a fundamental-metabolite or a micronutrient role;
  ChEBI's "human metabolite" alone does not count (ChEBI also gives it to drugs found in human samples), and a
  ChEBI "xenobiotic" is never endogenous (cocaine).
* Ligand classes: ``X receptor antagonist`` is also ``X antagonist``, ``X uptake inhibitor`` also ``X reuptake
  inhibitor`` / ``X uptake blocker``, serotonin also 5-HT (:func:`ipkg.ground.morphology.ligand_variants`).
* Enantiomers: a ChEBI drug named ``(R)-X`` or ``(S)-X`` is also called by its INN, ``arX`` or ``esX`` (WHO INN
  prefixes: arketamine, armodafinil, esketamine; :func:`ipkg.ground.morphology.inn_enantiomer`).
* Agents: leaf MeSH descriptors of :data:`AGENT_TREES` that nothing above covers (zymosan, carrageenan), as
  ``ctx`` rows (they count only where the text says they are given); so are (round 19l) the single eicosanoids
  (:data:`EICOSANOID_TREE`: Dinoprost, "prostaglandin F2alpha"; Leukotriene B4), leaves MeSH files only among
  lipids and biological factors, not named as a class (:data:`_CLASS_NAME`: "Prostaglandins A, Synthetic").
* Vitamins: a MeSH chemical descriptor named ``Vitamin X`` (D, E, B 12), leaf or not, is a context-only agent.
* WHO INN stems (:data:`.drug_policy.INN_DRUG`): a ChEBI molecule or a MeSH chemical descriptor (leaf or not)
  named with a drug stem (doxorubicin, gentamycin, tobramycin, ketoconazole) is a drug even where chebi_lite
  gives it no drug role, and is never ``ctx`` (no endogenous molecule carries an INN stem; ChEBI's endogenous
  rule still wins).
  Per name: a context-only row named with such a stem or with the single-enantiomer prefix ``levo-`` grounds
  anywhere (levodopa, levothyroxine, levocarnitine), while the molecule's other names (L-DOPA) stay gated.
* OBO first: a MeSH chemical (not a pharmacological class) kept above that ``mesh-xrefs.tsv`` maps to exactly one live ChEBI term (a molecule
  with no drug role in chebi_lite: L-NAME, NBQX) takes the ChEBI IRI and label (CONTRACT.md).
* Gating (:mod:`.drug_policy`): which of these names ground anywhere and which wait for a treatment cue.
* MAxO: therapeutic procedures (MAXO:0000002 and MAXO:0000013 branches, no avoidance or diagnostic terms) whose
  name no ChEBI or MeSH term already has. Round 20a: a MAxO name that MeSH files as a behaviour (F01) is a
  ``ctx`` row: "fasting" (an exact synonym of fasting intervention; MeSH's Fasting, under Feeding Behavior) names
  the state of a blood sample far more often than a regimen ("fasting glucose", "fasting blood samples": 102 of
  its 158 mentions over the 9k corpus stood right before a measure noun), so it counts only where the text gives
  it; the one MAxO name MeSH files so.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

from ..expand import therapy_variants
from ..morphology import COUNTER_IONS, inn_enantiomer, ligand_variants, salt_parent
from ..variants import name_key
from .aliases import add_drug_aliases
from .common import (
    ONTOLOGIES,
    Source,
    TermSet,
    curie_to_iri,
    load_cellxgene,
    looks_like_abbreviation,
    parse_obo,
    read_tsv,
    split_multi,
)
from .cytokines import INN_BIOLOGIC
from .drug_policy import (
    HORMONE_TREE,
    HUMAN_METABOLITE,
    METABOLITE_ROLES,
    SMALL_MOLECULE_TREES,
    XENOBIOTIC,
    body_hormone_class,
    gate_hormone_classes,
    is_inn_drug,
    only_drug_reading,
    tool_inhibitors,
    ungate_drug_names,
    ungate_tool_inhibitors,
)
from .disorders import mesh_names
from .readers import build_cached

__all__ = ["build_interventions", "chebi_xrefs", "code_label", "CODED_RECORD", "PLURAL_OR_TRACER", "ROLE_ROOTS",
           "THERAPY_TREES", "THERAPY_EXCLUDED", "DRUG_CLASS_TREES"]

logger = logging.getLogger(__name__)

#: ChEBI roles whose bearers (and the roles themselves) are interventions (pharmaceutical, pharmacological role,
#: anti-inflammatory agent, nutraceutical: GUIDELINES counts supplements)
ROLE_ROOTS = frozenset({"CHEBI:52217", "CHEBI:52210", "CHEBI:67079", "CHEBI:50733"})
#: roles of experimental agents (enzyme inhibitor, neurotoxin: L-NAME, 6-hydroxydopamine): their bearers are
#: interventions only where the text says they are given (``ctx``), as GUIDELINES counts agents given in a study
AGENT_ROOTS = frozenset({"CHEBI:23924", "CHEBI:50910"})
#: ChEBI's "nutrient" role (with micronutrient, macronutrient, the vitamin roles): its bearers are supplements
#: (folic acid, choline, taurine, zinc), interventions only where the text says they are given (``ctx``)
NUTRIENT_ROOTS = frozenset({"CHEBI:33284"})
#: role classes too generic to be an intervention themselves (pharmaceutical, pharmacological role, drug)
GENERIC_ROLES = frozenset({"CHEBI:52217", "CHEBI:52210", "CHEBI:23888"})
#: MeSH's Behavior and Behavior Mechanisms: a MAxO name MeSH files here is a behaviour first ("fasting")
_BEHAVIOUR_TREE = "F01"
#: MeSH trees of therapies and procedures; round 24a: Counseling (F04.408.413: motivational interviewing, directive
#: and distance counseling), the talking treatment MeSH files beside Psychotherapy among the behavioural disciplines,
#: and Functional Food (G07.203.300.572), the food MeSH files beside Dietary Supplements
THERAPY_TREES = ("E02", "E04.190", "F04.754", "F04.570", "F04.669", "G11.427.410.698.277", "F04.408.413",
                 "G07.203.300.572", "G07.203.300.456.", "J02.500.456.")  # the last two: dietary supplements
#: MeSH branches inside those trees that are not treatments (care settings, routes, schedules, placebo, ...)
THERAPY_EXCLUDED = (
    "E02.183", "E02.186", "E02.208", "E02.319.267", "E02.319.283", "E02.319.300", "E02.319.305",
    "E02.319.307", "E02.319.309", "E02.319.243", "E02.319.335", "E02.319.490", "E02.319.529", "E02.319.698",
    "E02.319.890", "E02.319.900", "E02.041", "E02.148", "E02.421", "E02.547", "E02.585", "E02.637",
    "E02.760", "E02.765", "E02.770", "E02.782", "E02.785", "E02.792", "E02.800", "E02.860", "E02.887",
    "E02.895", "E02.897", "E02.919", "E02.931", "E02.990", "F04.669.354",
)
#: exact tree numbers that are too generic to be an intervention themselves
THERAPY_ROOTS = frozenset({"E02", "E02.319", "F04.669", "D27.505.519", "D27.505.696", "D27.505.954"})
DRUG_CLASS_TREES = ("D27.505.519", "D27.505.696", "D27.505.954")
#: MeSH chemical branches whose leaf descriptors are single agents (inorganic, organic, heterocyclic, polycyclic
#: compounds, carbohydrates, complex mixtures, pharmaceutical preparations); proteins, enzymes, lipids, hormones,
#: nucleic acids and biological factors are left out (measured far more often than given)
AGENT_TREES = ("D01.", "D02.", "D03.", "D04.", "D09.", "D20.", "D26.")
#: branches where MeSH files a small molecule a second time by what it is made of or does (hormones, lipids,
#: amino acids and peptides, nucleic acids, biological factors): a descriptor that is a leaf there too and has a
#: leaf among the organic, heterocyclic or polycyclic compounds (:data:`SMALL_MOLECULE_TREES`) is still one
#: agent (methyldopa is also an amino acid, colistin a peptide, testosterone propionate a hormone, puromycin
#: aminonucleoside a nucleoside); proteins, filed under carbohydrates as glycoproteins, never have such a leaf
ALSO_FILED = ("D06.", "D10.", "D12.", "D13.", "D23.")
#: MeSH Fatty Acids, Omega-3: its single acids (the heading's children) are supplements (GUIDELINES; the issue names them), also filed
#: under lipid branches that AGENT_TREES leaves out (docosahexaenoic acid)
OMEGA_3_TREE = "D10.251.355.337."
#: MeSH Eicosanoids: its single prostaglandins, leukotrienes and thromboxanes (leaves: Dinoprost, Leukotriene B4,
#: Thromboxane A2) are given in experiments as often as measured, so context-only agents (round 19l), also filed
#: under lipid and biological-factor branches that AGENT_TREES leaves out
EICOSANOID_TREE = "D10.251.355.255."
#: a class's name among leaf descriptors: a word in the plural or MeSH's inverted form ("Prostaglandins A",
#: "Prostaglandins A, Synthetic")
_CLASS_NAME = re.compile(r"[a-z]s\b|, ")
#: a MeSH name in the plural names a class, not an agent; an isotope names a tracer (GUIDELINES: no intervention)
PLURAL_OR_TRACER = re.compile(r"(?<![su])s(?:,|$)|\b(?:Tc|I|F|C|In|Ga|Tl|Xe)[ -]?\d{1,3}m?\b|Investigational")
#: a vitamin named as such by MeSH ("Vitamin D", "Vitamin E", "Vitamin B 12"): a micronutrient, given as a
#: supplement or measured, so a context-only agent whether or not MeSH files forms under it (Vitamin D holds
#: ergocalciferols and cholecalciferol)
_VITAMIN = re.compile(r"Vitamin [A-K](?: ?\d+)?$")
#: MeSH's name of a record known by a code alone: one word holding a digit or two capitals (a spaced number may
#: follow: "A 189"), then "compound" or "cpd" ("BE360 compound", "SMIFH2 compound"; not "TH-39 thiazole compound")
CODED_RECORD = re.compile(
    r"^((?=\S*(?:\d|[A-Z]\S*[A-Z])|\S+ \d)[A-Za-z0-9][\w(),.'+-]*(?: \d[\w-]*)?) (?:compound|cpd)$")
#: the first word of a salt name that names a substituent group, not a parent compound (picryl, uranyl, benzoyl)
_NO_PARENT = re.compile(r"(?<!fentan)yl$", re.IGNORECASE)
_AGENT_NOUNS = (" agent", " drug", " medication")
#: the one-word anions and hydrates of :data:`ipkg.ground.morphology.COUNTER_IONS` a salt's name ends with
_ANIONS = frozenset(w for w in COUNTER_IONS if " " not in w and w not in (
    "sodium", "disodium", "potassium", "dipotassium", "calcium", "magnesium", "ethyl", "methyl"))
CHEBI_ROLE_RELEASE = "2024-01-18"
MESH_RELEASE = "2024"
MAXO_RELEASE = "2024-07-29"
#: the MAxO release file in ``../shared/ontologies``
MAXO_FILE = f"maxo-{MAXO_RELEASE}-base.obo"


def code_label(name: str) -> str:
    """A supplementary record's label: its code without the word MeSH adds to a bare code ("compound", "cpd":
    :data:`CODED_RECORD`), else its name.

    >>> code_label("BE360 compound"), code_label("A 189 compound"), code_label("SMIFH2 compound")
    ('BE360', 'A 189', 'SMIFH2')
    >>> code_label("aminobenzothiazole compound"), code_label("TH-39 thiazole compound"), code_label("GR 55562")
    ('aminobenzothiazole compound', 'TH-39 thiazole compound', 'GR 55562')
    """
    match = CODED_RECORD.match(name)
    return match.group(1) if match else name


def build_interventions(shared: Path, mesh: dict[str, dict]) -> TermSet:
    """All Intervention rows (except the context-only cytokine drugs of :mod:`.cytokines`)."""
    terms = TermSet("Intervention")
    chebi, version = load_cellxgene("CHEBI")
    source = Source("CHEBI", version)

    def closure(role: str) -> set[str]:
        return set(chebi.get(role, {}).get("ancestors", {})) | {role}

    roles = sorted(k for k, v in chebi.items() if not v.get("deprecated") and closure(k) & ROLE_ROOTS
                   and k not in GENERIC_ROLES)
    molecules: dict[str, set[str]] = defaultdict(set)
    endogenous: set[str] = set()
    direct_roles: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(shared / ONTOLOGIES / "chebi-has-role.tsv"):
        roles_up = closure(row["role_id"])
        molecules[row["chebi_id"]] |= roles_up
        direct_roles[row["chebi_id"]].add(row["role_id"])
        if roles_up & METABOLITE_ROLES and HUMAN_METABOLITE not in roles_up:
            endogenous.add(row["chebi_id"])  # mouse metabolite, fundamental metabolite, micronutrient ...
    endogenous = {m for m in endogenous if XENOBIOTIC not in molecules[m]}  # cocaine: foreign to the body
    drugs = {m: r for m, r in molecules.items() if r & (ROLE_ROOTS | AGENT_ROOTS | NUTRIENT_ROOTS) and m in chebi
             and not chebi[m].get("deprecated")}
    # a molecule named with a WHO INN drug stem is a drug even where chebi_lite lists no drug role for it
    # (doxorubicin, gentamycin): never endogenous, it grounds anywhere
    inn_named = {c for c, t in chebi.items() if not t.get("deprecated") and is_inn_drug(t.get("label") or "")
                 and c not in endogenous}
    for curie in inn_named:
        drugs.setdefault(curie, molecules.get(curie, set()))
    chebi_names: dict[str, list[tuple[str, str]]] = {c: [] for c in [*roles, *drugs]}
    chebi_by_key = {name_key(chebi[c]["label"]): c for c in sorted(chebi_names, reverse=True)}
    flags = {c: "ctx" if c in drugs and (c in endogenous or not drugs[c] & ROLE_ROOTS) and c not in inn_named
             else "" for c in chebi_names}
    salts = _salt_parents({c: chebi[c]["label"] for c in drugs}, chebi_by_key, mesh)
    for curie in sorted(chebi_names):
        if curie in salts:
            continue  # its names go to its parent (below)
        label = chebi[curie]["label"]
        # the INN of an enantiomer of a kept drug ("(R)-ketamine" of ketamine is arketamine)
        inn = [n for n in inn_enantiomer(label) if name_key(label.split(")-", 1)[1]) in chebi_by_key]
        names = [(label, "label")] + [(n, "derived") for n in inn]
        terms.add(curie, label, names, source, flags=flags[curie])

    # MeSH descriptors: drug names merged into ChEBI, else kept as MeSH concepts
    xref = chebi_xrefs(shared)
    kept_mesh: dict[str, dict] = {}
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        target = _chebi_target(mesh_id, record, xref, chebi_names, chebi_by_key)
        if target:
            chebi_names[target] += [(n, "exact" if t == "label" else t) for n, t in mesh_names(record)]
        elif _is_mesh_intervention(record):
            kept_mesh[mesh_id] = record
    for salt, parent in sorted(salts.items()):
        names = [(chebi[salt]["label"], "derived"), *((n, "derived") for n, _ in chebi_names.pop(salt))]
        if parent in chebi_names:
            chebi_names[parent] += names
        else:  # a moiety MeSH names as a descriptor of its own ("lithium" of lithium carbonate)
            record = mesh[parent]
            terms.add(f"MESH:{parent}", record["name"], [*mesh_names(record), *names], Source("MESH", MESH_RELEASE),
                      flags=flags[salt])
    for mesh_id, record in kept_mesh.items():
        terms.add(f"MESH:{mesh_id}", record["name"], [*mesh_names(record), *_salt_free(record["name"])],
                  Source("MESH", MESH_RELEASE))
    # molecules kept only as nutrients: their MeSH derivatives are no drugs
    nutrients = {c for c, r in drugs.items() if r & NUTRIENT_ROOTS and not r & (ROLE_ROOTS | AGENT_ROOTS)}
    spellings = _add_supplementary(terms, shared, mesh, xref, chebi_names, chebi_by_key, kept_mesh, nutrients)
    for curie in sorted(chebi_names):
        if chebi_names[curie]:
            terms.add(curie, chebi[curie]["label"], chebi_names[curie], Source("MESH", MESH_RELEASE),
                      flags=flags[curie])
    roleless = {m for m in mesh if not any(molecules.get(c) for c in xref.get(m, ()))}
    _add_mesh_agents(terms, mesh, {m for m in mesh if m in kept_mesh
                                   or _chebi_target(m, mesh[m], xref, chebi_names, chebi_by_key)}, roleless)
    _add_ligand_wordings(terms)
    gate_hormone_classes(terms, {c for c in roles if body_hormone_class(chebi[c]["label"], closure(c))} | {
        f"MESH:{m}" for m, r in kept_mesh.items() if any(t.startswith(HORMONE_TREE) for t in r["trees"])
        and any(t.startswith(DRUG_CLASS_TREES) for t in r["trees"])})
    taken = {name_key(r.name): (r.curie, r.label, r.flags) for r in terms.rows if r.syntype in ("label", "exact")}
    _add_maxo(terms, shared, taken, _behaviour_names(mesh))
    ungate_drug_names(terms)
    foreign = {name_key(n) for r in mesh.values() for n, _ in mesh_names(r)}
    foreign |= {name_key(w) for r in mesh.values() for w in r["name"].split()}
    foreign |= {name_key(t["label"].removesuffix(" group")) for t in chebi.values() if t.get("label")}
    add_drug_aliases(terms, spellings, foreign)
    _obo_first(terms, xref, chebi, mesh)
    ungate_tool_inhibitors(terms, tool_inhibitors(direct_roles, chebi))
    logger.info("Intervention: %d ChEBI roles, %d ChEBI molecules, %d MeSH descriptors", len(roles), len(drugs),
                len(kept_mesh))
    return terms


def _obo_first(terms: TermSet, xref: dict[str, frozenset[str]], chebi: dict, mesh: dict[str, dict]) -> None:
    """A MeSH chemical that ``mesh-xrefs.tsv`` maps to exactly one live ChEBI term takes that term's IRI and label
    (CONTRACT.md: the OBO term first, when both exist), whether or not ChEBI gives the molecule a drug role. A
    pharmacological class (:data:`DRUG_CLASS_TREES`) keeps its MeSH IRI: its ChEBI counterpart is a role whose
    xref is looser (Histone Deacetylase Inhibitors -> "EC 3.5.1.98 inhibitor")."""
    for i, row in enumerate(terms.rows):
        if not row.curie.startswith("MESH:") or any(
                t.startswith(DRUG_CLASS_TREES) for t in mesh.get(row.curie[5:], {}).get("trees", ())):
            continue
        targets = [t for t in xref.get(row.curie[5:], ()) if t in chebi and not chebi[t].get("deprecated")]
        if len(targets) == 1:
            target = targets[0]
            terms.rows[i] = row._replace(iri=curie_to_iri(target, terms.cls), curie=target,
                                         label=chebi[target]["label"])


def _add_mesh_agents(terms: TermSet, mesh: dict[str, dict], taken_ids: set[str], roleless: set[str]) -> None:
    """Single chemicals MeSH files under :data:`AGENT_TREES` (leaf descriptors, also where a leaf of
    :data:`ALSO_FILED` too: zymosan, carrageenan, Freund's adjuvant, methyldopa, colistin; a salt also by its
    parent's name, :func:`_salt_free`), or as a single omega-3 fatty acid (:data:`OMEGA_3_TREE`), that no ChEBI
    drug or MeSH class already covers, as ``ctx`` rows: agents that count as interventions only where the text
    says they are given (GUIDELINES: agents given in a study). A chemical with no reading but a given substance
    (:func:`only_drug_reading`; ``roleless``: MeSH ids whose ChEBI counterparts have no ChEBI role) grounds
    anywhere: hexamethonium, isoniazid, mecamylamine, chlorthalidone."""
    trees = sorted({t for record in mesh.values() for t in record["trees"]})
    parents = {t.rsplit(".", 1)[0] for t in trees if "." in t}
    taken = {name_key(r.name) for r in terms.rows}
    source = Source("MESH", MESH_RELEASE)
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        if mesh_id in taken_ids or not record["trees"]:
            continue
        omega_3 = any(t.startswith(OMEGA_3_TREE) and "." not in t[len(OMEGA_3_TREE):] for t in record["trees"])
        chemical = all(t.startswith(AGENT_TREES) for t in record["trees"]) or (
            any(t.startswith(SMALL_MOLECULE_TREES) for t in record["trees"])
            and all(t.startswith(AGENT_TREES + ALSO_FILED) for t in record["trees"]))
        drug = is_inn_drug(record["name"]) and chemical
        vitamin = _VITAMIN.match(record["name"]) and all(t.startswith(AGENT_TREES) for t in record["trees"])
        # a leaf, or a one-word singular name MeSH files derivatives under (Methyldopa holds Carbidopa)
        single = all(t not in parents for t in record["trees"]) or (
            " " not in record["name"] and any(t.startswith(SMALL_MOLECULE_TREES) for t in record["trees"]))
        # a single eicosanoid (round 19l): a leaf MeSH files only among lipids and biological factors
        eicosanoid = any(t.startswith(EICOSANOID_TREE) for t in record["trees"]) \
            and all(t not in parents and t.startswith(AGENT_TREES + ALSO_FILED) for t in record["trees"]) \
            and not _CLASS_NAME.search(record["name"])
        if not (omega_3 or drug or vitamin or eicosanoid) and not (chemical and single):
            continue
        if not (omega_3 or drug) and PLURAL_OR_TRACER.search(record["name"]):
            continue  # a class named in the plural (Crown Ethers, Tartrates) or a radiotracer (Tc 99m ...)
        given = drug or (chemical and single and not vitamin
                         and only_drug_reading(record["name"], record["trees"], mesh_id not in roleless))
        names = [(n, t) for n, t in [*mesh_names(record), *_salt_free(record["name"])] if name_key(n) not in taken]
        if names:
            terms.add(f"MESH:{mesh_id}", record["name"], names, source, flags="" if given else "ctx")


def _salt_free(name: str) -> list[tuple[str, str]]:
    """A salt or ester descriptor's parent name, for MeSH's only concept of a drug it files as the salt
    (Tiapride Hydrochloride is also "tiapride", Dizocilpine Maleate "dizocilpine"): a ``derived`` name.

    A first word that is no compound of its own is no parent: a substituent group in "-yl" (Picryl Chloride,
    Uranyl Nitrate; the US "-fentanyl" stem excepted), and a phosphate is an ester of its first word (Inosine
    Diphosphate, Dihydroxyacetone Phosphate are no inosine or dihydroxyacetone), not a counter-ion.

    >>> _salt_free("Tiapride Hydrochloride"), _salt_free("Zymosan"), _salt_free("Ammonium Chloride")
    ([('tiapride', 'derived')], [], [])
    >>> _salt_free("Uranyl Nitrate"), _salt_free("Inosine Diphosphate"), _salt_free("Fentanyl Citrate")
    ([], [], [('fentanyl', 'derived')])
    """
    words = name.split()
    if len(words) != 2 or words[1].lower() not in _ANIONS or not words[0].isalpha() or len(words[0]) < 6 \
            or words[0].lower() in COUNTER_IONS or words[0].lower().endswith("ammonium") \
            or _NO_PARENT.search(words[0]) or "phosphate" in words[1].lower():
        return []
    return [(words[0].lower(), "derived")]


def _add_ligand_wordings(terms: TermSet) -> None:
    """Receptor-ligand and uptake-inhibitor classes under their usual wordings (NMDA antagonist, 5-HT uptake
    blocker: :func:`ipkg.ground.morphology.ligand_variants`), as ``derived`` names of the same concept."""
    by_concept: dict[str, list] = defaultdict(list)
    for row in terms.rows:
        if row.syntype in ("label", "exact"):
            by_concept[row.curie].append(row)
    for curie, rows in sorted(by_concept.items()):
        derived = ligand_variants(r.name for r in rows)
        if derived:
            flags = ",".join(f for f in rows[0].flags.split(",") if f and f != "cs")  # "cs" is per name
            terms.add(curie, rows[0].label, derived, Source(rows[0].source, rows[0].release), flags=flags)


def _salt_parents(labels: dict[str, str], chebi_by_key: dict, mesh: dict[str, dict]) -> dict[str, str]:
    """Salt or ester drug -> its parent (:func:`ipkg.ground.morphology.salt_parent`): the ChEBI drug named by
    the rest of its name (ketamine hydrochloride -> ketamine), else the MeSH descriptor so named (lithium
    carbonate -> Lithium); salts whose rest names neither keep their own concept."""
    mesh_by_key = {name_key(r["name"]): m for m, r in sorted(mesh.items(), reverse=True)}
    out = {}
    for curie, label in labels.items():
        parent = salt_parent(label)
        if not parent:
            continue
        key = name_key(parent)
        target = chebi_by_key.get(key)
        if target is not None and target != curie and salt_parent(labels.get(target, "")) is None:
            out[curie] = target
        elif target is None and key in mesh_by_key and label.lower().startswith(parent.lower()):
            # only a leading moiety ("lithium carbonate"), never an anion class ("magnesium oxide" -> Oxides)
            out[curie] = mesh_by_key[key]
    return out


@build_cached
def chebi_xrefs(shared: Path) -> dict[str, frozenset[str]]:
    """MeSH id -> the ChEBI ids ``mesh-xrefs.tsv`` maps it to (read once per build: this module and
    :mod:`.agents` both ask; read-only)."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(shared / ONTOLOGIES / "mesh-xrefs.tsv"):
        if row["target_prefix"] == "CHEBI":
            out[row["mesh_id"]].add(row["target_id"])
    return {mesh_id: frozenset(ids) for mesh_id, ids in out.items()}


def _chebi_target(mesh_id: str, record: dict, xref: dict[str, frozenset[str]], chebi_names: dict, chebi_by_key: dict
                  ) -> str | None:
    """The kept ChEBI term a MeSH record stands for: by a unique xref, else by an identical name."""
    targets = sorted(t for t in xref.get(mesh_id, ()) if t in chebi_names)
    if len(targets) == 1:
        return targets[0]
    if targets:
        return None
    target = chebi_by_key.get(name_key(record["name"]))
    return target if target in chebi_names else None


#: a route of administration in a protein descriptor's name
_ROUTE_NAMED = re.compile(r"\b(?:Intravenous|Subcutaneous|Intramuscular)\b")


def _is_mesh_intervention(record: dict) -> bool:
    trees = record["trees"]
    if any(t in THERAPY_ROOTS for t in trees) and not any(
        t.startswith(THERAPY_TREES + DRUG_CLASS_TREES) and t not in THERAPY_ROOTS for t in trees
    ):
        return False
    if any(t.startswith(THERAPY_TREES) and not t.startswith(THERAPY_EXCLUDED) for t in trees):
        return True
    if any(t.startswith(DRUG_CLASS_TREES) and t not in THERAPY_ROOTS for t in trees):
        return True
    # a protein or peptide filed as a salt of a one-word parent is a drug given as that salt (Glatiramer
    # Acetate), one named with its route is a preparation given (Immunoglobulins, Intravenous): measured proteins
    # are named neither way
    return any(t.startswith("D12") for t in trees) and bool(
        INN_BIOLOGIC.search(record["name"]) or _salt_free(record["name"]) or _ROUTE_NAMED.search(record["name"]))


def _add_supplementary(terms: TermSet, shared: Path, mesh: dict, xref: dict, chebi_names: dict,
                       chebi_by_key: dict, kept_mesh: dict, nutrients: set[str] = frozenset()
                       ) -> list[tuple[str, list[str]]]:
    """Supplementary records: merged into ChEBI, INN biologics, and derivatives of drug descriptors (not of a
    molecule kept only as a nutrient: copper's and folate's derivatives are no drugs). Returns every record's
    names (for :func:`.aliases.add_drug_aliases`)."""
    spellings = []
    drug_descriptors = {m for m in mesh if m in kept_mesh or _chebi_target(m, mesh[m], xref, chebi_names,
                                                                           chebi_by_key) not in (None, *nutrients)}
    source = Source("MESH", MESH_RELEASE)
    owners = {name_key(r["name"]): (f"MESH:{m}", r["name"], "") for m, r in sorted(kept_mesh.items(), reverse=True)}
    owners.update({k: (c, c, "") for k, c in chebi_by_key.items() if c in chebi_names})
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-supplementary.tsv.gz"):
        mapped = [m.strip().lstrip("*") for m in row["mapped_to_descriptors"].split(",") if m.strip()]
        record = {"name": row["name"], "entries": split_multi(row["entry_terms"]), "trees": []}
        names = [(n, t) for n, t in mesh_names(record) if len(n) <= 60]
        if len(names) > 1:
            spellings.append((row["mesh_id"], [n for n, _ in names]))
        target = _chebi_target(row["mesh_id"], record, xref, chebi_names, chebi_by_key)
        if target:
            chebi_names[target] += [(n, "exact" if t == "label" else t) for n, t in names]
            continue
        parent = salt_parent(row["name"])
        owner = owners.get(name_key(parent)) if parent else None
        if owner is not None and len(mapped) == 1 and owner[0] in (f"MESH:{mapped[0]}", *xref.get(mapped[0], ())):
            curie, label, flags = owner  # "fluoxetine hydrochloride" is fluoxetine, where MeSH maps it so
            if curie in chebi_names:
                chebi_names[curie] += [(n, "derived") for n, _ in names]
            else:
                terms.add(curie, label, [(n, "derived") for n, _ in names], source, flags=flags)
            continue
        biologic = INN_BIOLOGIC.search(row["name"]) and " " not in row["name"] and any(
            t.startswith("D12") for m in mapped for t in mesh.get(m, {}).get("trees", []))
        derivative = mapped and all(m in drug_descriptors for m in mapped) and len(row["name"]) <= 40
        # a WHO INN among the record's entry terms names a drug as well as its name does (rapastinel of
        # "GLYX-13 peptide")
        if biologic or derivative or any(is_inn_drug(n) for n in [row["name"], *record["entries"]]):
            terms.add(f"MESH:{row['mesh_id']}", code_label(row["name"]), names, source)
    return spellings


def _behaviour_names(mesh: dict[str, dict]) -> frozenset[tuple[str, ...]]:
    """The name keys of the MeSH descriptors filed among behaviours (:data:`_BEHAVIOUR_TREE`)."""
    behaviours = [r for r in mesh.values() if any(t.startswith(_BEHAVIOUR_TREE) for t in r["trees"])]
    return frozenset(name_key(n) for record in behaviours for n, _ in mesh_names(record))


def _add_maxo(terms: TermSet, shared: Path, taken: dict[tuple[str, ...], tuple[str, str, str]],
              behaviours: frozenset[tuple[str, ...]]) -> None:
    """MAxO therapies. ``X agent therapy`` is treatment with X: when X is already a concept, the MAxO names go to
    that concept (ChEBI/MeSH first); a MAxO term whose name is taken adds nothing. A name MeSH files as a
    behaviour (``behaviours``: "fasting", MeSH's Fasting under Feeding Behavior) is a ``ctx`` row (round 20a)."""
    stanzas = {t["id"]: t for t in parse_obo(shared / ONTOLOGIES / MAXO_FILE)}
    children: dict[str, list[str]] = defaultdict(list)
    for term in stanzas.values():
        for parent in term["is_a"]:
            children[parent].append(term["id"])
    keep: set[str] = set()
    stack = ["MAXO:0000002", "MAXO:0000013"]
    while stack:
        node = stack.pop()
        if node not in keep:
            keep.add(node)
            stack += children.get(node, [])
    source = Source("MAXO", MAXO_RELEASE)
    for curie in sorted(keep - {"MAXO:0000002", "MAXO:0000013"}):
        term = stanzas.get(curie)
        if not term or term["obsolete"] or re.search(r"avoidance|diagnos|autopsy|examination", term["name"]):
            continue
        if name_key(term["name"]) in taken:
            continue
        names = [(term["name"], "label")]
        names += [(s, "abbreviation" if looks_like_abbreviation(s) else scope.lower())
                  for s, scope in term["synonyms"] if scope in ("EXACT", "RELATED")]
        agents = therapy_variants([n for n, t in names if t in ("label", "exact")])
        owner = next((taken[name_key(n)] for n, _ in agents if name_key(n) in taken), None)
        fresh = [(n, t) for n, t in names if name_key(n) not in taken]
        # the bare agent word ("immunological", "asthma") is too vague to name anything: keep "X agent"
        fresh += [(n, t) for n, t in agents if n.endswith(_AGENT_NOUNS) and name_key(n) not in taken]
        if owner is not None:  # "antidepressant agent therapy" is treatment with the antidepressant concept
            owner_curie, owner_label, owner_flags = owner
            terms.add(owner_curie, owner_label, [(n, "derived") for n, _ in fresh], source, flags=owner_flags)
            continue
        terms.add(curie, term["name"], [(n, t) for n, t in fresh if name_key(n) not in behaviours], source)
        terms.add(curie, term["name"], [(n, t) for n, t in fresh if name_key(n) in behaviours], source, flags="ctx")
