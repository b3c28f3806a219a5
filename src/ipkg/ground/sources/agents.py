"""Research agents the other Intervention sources leave out (round 11a): Intervention rows.

Each kind is stated on the ontology's own data, never on an abstract's words:

* **acronyms of research compounds** (:data:`ACRONYM`): an entry term of a MeSH supplementary record that is an
  acronym of four to eight letters, three or more of them capitals (NBQX, CyPPA; MeSH's "<acronym> cpd" too), of
  a record MeSH maps only to chemicals, at least one of them among organic, heterocyclic or polycyclic compounds
  (:data:`.drug_policy.SMALL_MOLECULE_TREES`). Such an acronym names a synthetic compound made to be tested
  (the digits-and-capitals codes are round 8's :mod:`.compounds`), so it grounds anywhere, in its capitals only
  (``cs``), and so do the record's running-text names (:data:`_PLAIN_NAME`: "epigallocatechin gallate" of EGCG),
  the long form a text writes where it defines the acronym. Left out: an HGNC symbol, alias or previous symbol;
  an acronym two records share; a name the lexicon has already (any class); an iodinated compound's acronym
  (IBZM, a radioiodinated SPECT ligand: a tracer, GUIDELINES: no intervention); (round 21a) an acronym spelled
  with the nucleotide letters A, C, G, T, U only, which also names a sequence motif ("TATA" of "TATA-box" read as
  2,4,6-triazido-1,3,5-triazine). Round 20a: a record MeSH names "<acronym> compound" is labelled by the acronym
  (:func:`.interventions.code_label`).
* **halogenated analogues** (:data:`HALOGENATED`): a supplementary record named as a chloro-, fluoro- or
  bromo-substituted compound with a locant (4-chlorokynurenine, 7-chlorokynurenic acid is a descriptor's already),
  mapped only to chemicals: a synthetic analogue, with no endogenous reading, so it grounds anywhere. Nitro- and
  iodo- analogues are left out (3-nitrotyrosine is a measured marker, 3-iodotyrosine a thyroid metabolite).
* **synthetic peptides** (:data:`RESIDUE_SUBSTITUTION`): a MeSH peptide or hormone (D12.644, D06.472), descriptor
  or supplementary record (mapped to one), named with a substituted residue and its position ("Enkephalin,
  Ala(2)-MePhe(4)-Gly(5)-" is DAMGO, "deltorphin II, Ala(2)-"): an analogue of a natural peptide, made to be given
  (:mod:`.interventions` leaves peptides out as measured far more often than given), so its names ground
  anywhere; its acronyms (DAMGO, DPDPE) keep their capitals.
* **hormone classes and rays given** (:func:`_add_given_classes`): the hormone classes MeSH files directly
  under Hormones (D06.472) with a plural class name ("Adrenal Cortex Hormones": corticosteroids, corticoids;
  peptide, gonadal, thymus hormones) and the rays MeSH files under Electromagnetic Radiation ("X-Rays", "Gamma
  Rays", "Ultraviolet Rays"): drug classes and physical agents where a study gives them, measured or met
  otherwise, so ``ctx`` rows (they count only next to a treatment cue: "treated with corticosteroids",
  "small doses of X-rays", "corticosteroid therapy"; not "corticosteroid levels").
* **single hormones given** (:func:`_given_hormone`, round 14a): a MeSH hormone (D06.472) named in the singular
  (insulin, corticotropin-releasing hormone, thyrotropin-releasing hormone, chorionic gonadotropin, thyroxine,
  glucagon), not an invertebrate's (insect hormones and their analogues are insecticides) nor a subunit: given in
  a study as a drug or a test agent, measured otherwise, so ``ctx`` rows like the classes above; a hormone
  ``mesh-xrefs.tsv`` maps to one ChEBI Intervention concept takes that concept.
* **receptor short forms** (:func:`receptor_short_forms`): a ligand class "<X> receptor agonist/antagonist" is
  also named with the receptor's usual short form: an acronym ligand with R ("NMDA receptor antagonist" ->
  "NMDAR antagonist", "AMPAR antagonist"), a Greek-lettered receptor by its letters ("delta-opioid receptor
  agonist" -> "DOR agonist", "mu-opioid" -> MOR, "kappa-opioid" -> KOR).
* **structural classes given as drugs** (:func:`therapy_classes`, round 21a): MeSH files drug classes named by
  their structure (Steroids, Aminoglycosides, Thiazides, Sulfonylurea Compounds) among the chemicals, beside
  thousands of classes no one gives; MAxO names the ones given as a therapy, "<X> agent therapy" ("steroid agent
  therapy", "aminoglycoside agent therapy", "thiazide diuretic agent therapy": the structure before a use that is
  itself a MAxO agent). A MeSH descriptor of a class of molecules (a plural name or "... Compounds": not copper of
  "copper chelator") named X, "X"s or "X compounds", filed among the chemical structures (:data:`STRUCTURE_TREES`)
  and not among proteins or enzymes, and not a concept already (benzodiazepine, penicillin; salicylate, the anion
  of salicylic acid), gives its names and X's singular and plural as ``ctx`` rows of its own concept: a class of
  drugs where the text gives it ("treated with steroids", "steroid therapy", "receive aminoglycoside
  antibiotics"), a class of molecules otherwise ("steroid metabolism").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import name_key
from .common import ONTOLOGIES, Source, TermSet, parse_obo, split_multi
from .compounds import chemical_records, gene_symbols
from .disorders import mesh_names
from .drug_policy import SMALL_MOLECULE_TREES
from .interventions import MAXO_FILE, MESH_RELEASE, PLURAL_OR_TRACER, chebi_xrefs, code_label

__all__ = ["ACRONYM", "GIVEN_CLASS_PARENTS", "HALOGENATED", "RESIDUE_SUBSTITUTION", "PEPTIDE_TREES", "STRUCTURE_TREES",
           "NOT_STRUCTURE_TREES", "build_agents", "therapy_classes",
           "receptor_short_forms"]

#: an acronym of a research compound: four to eight letters, three or more capitals, the first a capital; MeSH's
#: "<acronym> cpd" / "<acronym> compound" names the acronym
ACRONYM = re.compile(r"^((?=(?:[a-z]*[A-Z]){3})[A-Z][A-Za-z]{3,7})(?: (?:cpd|compound))?$")
#: an acronym spelled with the nucleotide letters only: a DNA or RNA sequence motif's name as well ("TATA box")
_NUCLEOTIDE_MOTIF = re.compile(r"^[ACGTU]+$")
#: a chloro-, fluoro- or bromo-substituted compound with its locants (4-chlorokynurenine, 5,7-dichlorokynurenine)
HALOGENATED = re.compile(r"^\d{1,2}(?:,\d{1,2})*-(?:di|tri)?(?:chloro|fluoro|bromo)[a-z]{5,}(?: acid)?$")
#: a residue and its position in a peptide's name: Ala(2), MePhe(4), Gly(5)
RESIDUE_SUBSTITUTION = re.compile(r"\b(?:[A-Z][a-z]{2}|Me[A-Z][a-z]{2})\(\d{1,2}(?:,\d{1,2})?\)")
#: MeSH's peptides (D12.644) and peptide hormones (D06.472)
PEPTIDE_TREES = ("D12.644", "D06.472")
#: Hormones (D06.472) and Electromagnetic Radiation (G01.750.250, G01.358.500.505): the direct children whose
#: name is a class of hormones or a kind of rays (:data:`_GIVEN_CLASS_NAME`)
GIVEN_CLASS_PARENTS = ("D06.472", "G01.750.250", "G01.358.500.505")
_GIVEN_CLASS_NAME = re.compile(r"^(?!Invertebrate|Hormones, )\S.* Hormones$|^[\w-]+[ -]Rays$")
#: MeSH Hormones, and its Invertebrate Hormones branch (insect moulting and juvenile hormones, their analogues)
HORMONE_TREE, INVERTEBRATE_HORMONES = "D06.472.", "D06.472.445"
#: a Greek letter spelled out before a hyphenated receptor word: its short form's capital
_GREEK = {"alpha": "A", "beta": "B", "gamma": "G", "delta": "D", "kappa": "K", "mu": "M", "sigma": "S"}
_RECEPTOR_CLASS = re.compile(r"^(?P<ligand>\S+) receptor (?P<role>agonist|antagonist)(?P<plural>s?)$")
_GREEK_RECEPTOR = re.compile(r"^(?P<greek>[a-z]+)-(?P<word>[a-z]+)$")
_ACRONYM_LIGAND = re.compile(r"^[A-Z][A-Z0-9]{2,5}$")
#: a running-text name of a compound: one to three lower-case words of letters and hyphens ("epigallocatechin
#: gallate"), the long form a text writes where it defines the acronym
_PLAIN_NAME = re.compile(r"^[a-z][a-z-]{4,}(?: [a-z][a-z-]{2,}){0,2}$")
_SOURCE = Source("MESH", MESH_RELEASE)
#: MeSH's branches of chemicals by structure (inorganic, organic, heterocyclic, polycyclic, carbohydrates,
#: lipids), where :func:`therapy_classes` looks for a class MAxO gives; not enzymes (D08) nor proteins (D12)
STRUCTURE_TREES, NOT_STRUCTURE_TREES = ("D01.", "D02.", "D03.", "D04.", "D09.", "D10."), ("D08.", "D12.")
#: a MeSH name of a class of molecules (plural, or "... Compounds"), not of one molecule or element
_CLASS_OF_MOLECULES = re.compile(r"(?:[a-z]s|Compounds)$")
#: a MAxO therapy named by its agent class: "<X> agent therapy", "<X> drug treatment"
_AGENT_THERAPY = re.compile(r"^(?P<agent>.+?) (?:agent|drug|medication)s? (?:therapy|treatment|administration)$")


def build_agents(shared: Path, mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """Intervention rows of the four kinds of the module docstring (``rows``: every other source's rows)."""
    terms = TermSet("Intervention")
    taken = {name_key(r.name) for r in rows}
    taken_ids = {r.curie for r in rows}
    _add_peptide_descriptors(terms, mesh, taken, taken_ids)
    owners = {r.curie: r.label for r in rows if r.cls == "Intervention" and r.curie.startswith("CHEBI:")}
    _add_given_classes(terms, mesh, taken, taken_ids, chebi_xrefs(shared), owners)
    for mesh_id, agent in therapy_classes(parse_obo(shared / ONTOLOGIES / MAXO_FILE), mesh):
        record = mesh[mesh_id]
        names = [*mesh_names(record), (agent, "derived"), (f"{agent}s", "derived")]
        fresh = [(n, "exact" if t == "abbreviation" else t) for n, t in names if name_key(n) not in taken]
        # "salicylate" is the anion of salicylic acid (:func:`.chemical_forms.anion_forms`), not the class
        anion_of = name_key(agent[:-3] + "ic acid") if agent.endswith("ate") else None
        if f"MESH:{mesh_id}" not in taken_ids and name_key(agent) not in taken and anion_of not in taken and fresh:
            terms.add(f"MESH:{mesh_id}", record["name"], fresh, _SOURCE, flags="ctx")
            taken.update(name_key(n) for n, _ in fresh)
    genes = gene_symbols(shared)
    records = []
    acronyms: Counter[str] = Counter()
    for row, _, trees in chemical_records(shared, mesh):
        names = [row["name"], *split_multi(row["entry_terms"])]
        found = [m.group(1) for m in map(ACRONYM.match, names) if m]
        acronyms.update(set(found))
        records.append((row, trees, names, found))
    for row, trees, names, found in records:
        curie = f"MESH:{row['mesh_id']}"
        if curie in taken_ids or any(name_key(n) in taken for n in names):
            continue  # the record is (partly) another concept's already
        peptide = RESIDUE_SUBSTITUTION.search(row["name"]) and any(t.startswith(PEPTIDE_TREES) for t in trees)
        if peptide:
            _add_names(terms, curie, row["name"], mesh_names({"name": row["name"], "entries": names[1:]}), taken)
            continue
        if HALOGENATED.match(row["name"]):
            terms.add(curie, row["name"], [(row["name"], "label")], _SOURCE)
            taken.add(name_key(row["name"]))
        if not any(t.startswith(SMALL_MOLECULE_TREES) for t in trees):
            continue
        if "iodo" in row["name"].lower():
            continue  # a radioiodinated imaging ligand (IBZM, beta-CIT): a tracer, no intervention
        fresh = [a for a in found if acronyms[a] == 1 and a.upper() not in genes and name_key(a) not in taken
                 and not _NUCLEOTIDE_MOTIF.match(a)]
        if fresh:
            label = code_label(row["name"])
            terms.add(curie, label, [(a, "exact") for a in fresh], _SOURCE, flags="cs")
            plain = [n for n in names if _PLAIN_NAME.match(n) and name_key(n) not in taken]
            terms.add(curie, label, [(n, "label" if n == row["name"] else "exact") for n in plain], _SOURCE)
            taken.update(name_key(a) for a in [*fresh, *plain])
    terms.rows += receptor_short_forms(rows, taken)
    return terms


def therapy_classes(maxo: Iterable[dict], mesh: dict[str, dict]) -> list[tuple[str, str]]:
    """(MeSH descriptor, X) for each structural class MAxO gives as "<X> agent therapy" (module docstring).

    >>> maxo = [{"name": "steroid agent therapy", "synonyms": [], "obsolete": False},
    ...         {"name": "thiazide diuretic agent therapy", "synonyms": [], "obsolete": False},
    ...         {"name": "diuretic agent therapy", "synonyms": [], "obsolete": False},
    ...         {"name": "purine antagonist agent therapy", "synonyms": [], "obsolete": False},
    ...         {"name": "coenzyme agent therapy", "synonyms": [], "obsolete": False},
    ...         {"name": "chelator agent therapy", "synonyms": [], "obsolete": False},
    ...         {"name": "copper chelator agent therapy", "synonyms": [], "obsolete": False}]
    >>> mesh = {"D013256": {"name": "Steroids", "entries": ["Steroid"], "trees": ["D04.210.500"]},
    ...         "D049971": {"name": "Thiazides", "entries": ["Thiazide"], "trees": ["D02.886.655"]},
    ...         "D011687": {"name": "Purines", "entries": [], "trees": ["D03.633.100.759"]},
    ...         "D003067": {"name": "Coenzymes", "entries": ["Coenzyme"], "trees": ["D08.211"]},
    ...         "D003300": {"name": "Copper", "entries": [], "trees": ["D01.268.556.195"]}}
    >>> therapy_classes(maxo, mesh)
    [('D013256', 'steroid'), ('D049971', 'thiazide')]
    """
    agents = []
    for term in maxo:
        if term["obsolete"]:
            continue
        for name in [term["name"], *(s for s, scope in term["synonyms"] if scope == "EXACT")]:
            m = _AGENT_THERAPY.match(name)
            if m:
                agents.append(m.group("agent"))
    uses = {name_key(a) for a in agents}
    by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for mesh_id, record in mesh.items():
        trees = record["trees"]
        if any(t.startswith(STRUCTURE_TREES) for t in trees) and not any(t.startswith(NOT_STRUCTURE_TREES)
                                                                          for t in trees):
            for name in [record["name"], *record["entries"]]:
                by_name[name_key(name)].add(mesh_id)
    out = set()
    for agent in agents:
        words = agent.split()
        if len(words) > 1 and name_key(words[-1]) in uses:  # "thiazide diuretic": the structure before a use
            agent = " ".join(words[:-1])
        if " " in agent:
            continue
        found = set().union(*(by_name.get(name_key(form), set())
                              for form in (agent, f"{agent}s", f"{agent} compounds")))
        if len(found) == 1 and _CLASS_OF_MOLECULES.search(mesh[next(iter(found))]["name"]):
            out.add((found.pop(), agent.lower()))
    return sorted(out)


def _add_peptide_descriptors(terms: TermSet, mesh: dict[str, dict], taken: set, taken_ids: set[str]) -> None:
    """MeSH peptide descriptors named with a substituted residue (the synthetic-peptide rule)."""
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        curie = f"MESH:{mesh_id}"
        if curie in taken_ids or not RESIDUE_SUBSTITUTION.search(record["name"]) \
                or not any(t.startswith(PEPTIDE_TREES) for t in record["trees"]):
            continue
        _add_names(terms, curie, record["name"], mesh_names(record), taken)


def _add_given_classes(terms: TermSet, mesh: dict[str, dict], taken: set, taken_ids: set[str],
                       xref: dict[str, frozenset[str]], owners: dict[str, str]) -> None:
    """Hormone classes, rays and single hormones that count only where given (module docstring), as ``ctx`` rows;
    a single hormone mapped to one ChEBI Intervention concept (``owners``: curie -> label) names that concept."""
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        curie, label = f"MESH:{mesh_id}", record["name"]
        given_class = _GIVEN_CLASS_NAME.match(record["name"]) and any(
            t.rsplit(".", 1)[0] in GIVEN_CLASS_PARENTS for t in record["trees"])
        if curie in taken_ids or not (given_class or _given_hormone(record)):
            continue
        targets = [t for t in xref.get(mesh_id, ()) if t in owners]
        if not given_class and len(targets) == 1:
            curie, label = targets[0], owners[targets[0]]
        # "X-rays" looks like an abbreviation to :func:`.common.looks_like_abbreviation`; here it is a name
        fresh = [(n, "exact" if t == "abbreviation" else t) for n, t in mesh_names(record) if name_key(n) not in taken]
        if fresh:
            terms.add(curie, label, fresh, _SOURCE, flags="ctx")
        taken.update(name_key(n) for n, _ in fresh)


def _given_hormone(record: dict) -> bool:
    """Whether a MeSH record is a single hormone given as an agent (module docstring).

    >>> _given_hormone({"name": "Insulin", "trees": ["D06.472.699.587.200.500.625"]})
    True
    >>> _given_hormone({"name": "Vasopressins", "trees": ["D06.472.699.631.977"]})
    False
    >>> _given_hormone({"name": "Ecdysone", "trees": ["D06.472.445.573.300"]})
    False
    """
    hormone = [t for t in record["trees"] if t.startswith(HORMONE_TREE)]
    return bool(hormone) and not all(t.startswith(INVERTEBRATE_HORMONES) for t in hormone) \
        and not PLURAL_OR_TRACER.search(record["name"]) and "Subunit" not in record["name"] \
        and not record["name"].startswith("Hormones")


def _add_names(terms: TermSet, curie: str, label: str, names: list[tuple[str, str]], taken: set) -> None:
    """A synthetic peptide's running-text names (no longer than 40 characters, not taken); its abbreviations
    ground anywhere as names of an agent made to be given, in their capitals."""
    fresh = [(n, t) for n, t in names if len(n) <= 40 and name_key(n) not in taken]
    terms.add(curie, label, [(n, t) for n, t in fresh if t != "abbreviation"], _SOURCE)
    terms.add(curie, label, [(n, "exact") for n, t in fresh if t == "abbreviation"], _SOURCE, flags="cs")
    taken.update(name_key(n) for n, _ in fresh)


def receptor_short_forms(rows: list[LexiconRow], taken: set) -> list[LexiconRow]:
    """Receptor-ligand class rows under the receptor's short form (module docstring), as ``derived`` names.

    >>> row = LexiconRow("Intervention", "i", "CHEBI:64054", "delta-opioid receptor agonist",
    ...                  "delta-opioid receptor agonist", "label", "CHEBI", "1", "")
    >>> [r.name for r in receptor_short_forms([row], set())]
    ['DOR agonist']
    >>> row = row._replace(name="NMDA receptor antagonists", syntype="exact")
    >>> [r.name for r in receptor_short_forms([row], set())]
    ['NMDAR antagonists']
    """
    out = []
    seen: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.cls != "Intervention" or row.syntype not in ("label", "exact"):
            continue
        m = _RECEPTOR_CLASS.match(row.name)
        if not m:
            continue
        ligand, role = m.group("ligand"), m.group("role") + m.group("plural")
        greek = _GREEK_RECEPTOR.match(ligand)
        if greek and greek.group("greek") in _GREEK:
            short = f"{_GREEK[greek.group('greek')]}{greek.group('word')[0].upper()}R"
        elif _ACRONYM_LIGAND.match(ligand):
            short = f"{ligand}R"
        else:
            continue
        name = f"{short} {role}"
        if name_key(name) in taken or name in seen[row.curie]:
            continue
        seen[row.curie].add(name)
        flags = ",".join(dict.fromkeys(f for f in (*row.flags.split(","), "cs") if f))  # the short form's capitals
        out.append(row._replace(name=name, syntype="derived", flags=flags))
    return out
