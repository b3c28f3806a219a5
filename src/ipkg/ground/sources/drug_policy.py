"""Which Intervention names ground anywhere and which only where the text gives the substance (``ctx`` rows).

A name grounds anywhere when it means only a drug; it keeps the treatment-cue gate when the substance is also met
otherwise (the body's own molecules, nutrients, measured acids and dyes). The rules:

* WHO INN forms (:func:`is_drug_name`): a class stem or the single-enantiomer prefix ``levo-`` names only a drug.
* Endogenous molecules (:data:`METABOLITE_ROLES`): a ChEBI mammalian or fundamental metabolite or micronutrient
  role gates a molecule, ChEBI's "human metabolite" alone does not, a xenobiotic never is endogenous.
* MeSH chemicals with no reading but a given substance (:func:`only_drug_reading`).
* Tool inhibitors (:func:`tool_inhibitors`, round 14a): a molecule ChEBI knows only as an enzyme inhibitor is a
  synthetic compound a study gives (L-NAME, aminoguanidine, tacrine); its names ground anywhere, its
  abbreviations keep the gate.
* Hormone classes (:func:`gate_hormone_classes`, round 17a): a drug class that also names the body's own
  hormones (a ChEBI role under *hormone*: estrogen, androgen, progestin, thyroid hormone; a MeSH pharmacological
  class MeSH also files under Hormones: Glucocorticoids) waits for a treatment cue, as the hormone classes and
  single hormones of :mod:`.agents` do ("glucocorticoids and gut microbiota in inflammation" names the body's; 
  "treated with glucocorticoids", "glucocorticoid therapy" the drug); its agent wordings ("estrogen receptor
  agonists", "estrogenic drugs") name drugs only and ground anywhere.
"""

from __future__ import annotations

import re
from typing import Callable

from .common import TermSet

__all__ = ["body_hormone_class", "gate_hormone_classes", "HORMONE_ROLE", "HORMONE_TREE", "is_drug_name",
           "is_inn_drug", "only_drug_reading", "ungate_drug_names", "tool_inhibitors", "ungate_tool_inhibitors",
           "INN_DRUG", "LEVO_INN", "METABOLITE_ROLES", "HUMAN_METABOLITE", "XENOBIOTIC", "SMALL_MOLECULE_TREES"]

#: ChEBI's *hormone* and *plant hormone* roles, and MeSH's Hormones branch (:func:`gate_hormone_classes`)
HORMONE_ROLE, PLANT_HORMONE, HORMONE_TREE = "CHEBI:24621", "CHEBI:37848", "D06.472."
#: a prefix that names a hormone-like substance's foreign source (phytoestrogen, xenoestrogen, mycoestrogen)
_FOREIGN_PREFIX = re.compile(r"^(?:phyto|xeno|myco)", re.IGNORECASE)
#: a word that makes a class's name an agent's wording (a drug, not the body's hormone)
_AGENT_WORD = re.compile(r"\b(?:agonists?|antagonists?|modulators?|receptors?|drugs?|medications?|agents?|"
                         r"compounds?|therap\w*|preparations?)\b", re.IGNORECASE)
#: the MeSH branches of single organic, heterocyclic and polycyclic compounds
SMALL_MOLECULE_TREES = ("D02.", "D03.", "D04.")
#: roles that make a drug endogenous (given only in a treatment context): mammalian and fundamental
#: metabolites, micronutrients (measured far more often than given)
METABOLITE_ROLES = frozenset({"CHEBI:75768", "CHEBI:77746", "CHEBI:78675", "CHEBI:27027"})
#: ChEBI's "human metabolite" (and its xenobiotic and blood-serum kinds): ChEBI also gives it to drugs found in
#: human samples (nifedipine, paclitaxel), so it alone does not make a molecule endogenous
HUMAN_METABOLITE = "CHEBI:77746"
#: ChEBI's "xenobiotic": a molecule foreign to the organism is never endogenous, whatever metabolite role it also
#: has (cocaine is also a "mouse metabolite", chloral hydrate too)
XENOBIOTIC = "CHEBI:35703"
#: ChEBI's enzyme inhibitor role, its organic molecular entity and amino acid classes (:func:`tool_inhibitors`)
ENZYME_INHIBITOR = "CHEBI:23924"
ORGANIC = "CHEBI:50860"
AMINO_ACID = "CHEBI:33709"
#: WHO INN stems of small-molecule drug classes (antidepressants -oxetine/-ipramine, antipsychotics -apine/
#: -piprazole/-peridone, benzodiazepines -azepam/-azolam, -coxib, -gliptin, -setron, -triptan, kinase
#: inhibitors -tinib, antibiotics -cillin/-mycin/-micin/-cycline/-floxacin, anthracyclines -rubicin, platins,
#: taxanes, beta blockers -olol, ACE inhibitors -pril, local anaesthetics -caine, anaesthetics -flurane,
#: neuromuscular blockers -curium/-curonium, NSAIDs -profen/-fenac/-oxicam, antivirals -navir/-vudine/-ciclovir/
#: -fovir, antimetabolites -citabine/-trexate, sulpiride-like -pride, corticosteroids -methasone, -nidazole and
#: -bendazole anti-infectives, nitrogen mustards -mustine, loop diuretics -semide, alpha blockers -azosin, NMDA
#: receptor modulators -stinel): a name
#: so formed is a drug
#: (no endogenous molecule carries a WHO INN stem), so it grounds anywhere, not only in a treatment context
INN_DRUG = re.compile(
    r"^[a-z]{3,}(?:oxetine|i?pramine|triptyline|apine|zepine|azepam|azolam|i?piprazole|peridone|rasidone|peridol|"
    r"perone|setron|triptan|dipine|sartan|coxib|lukast|gliptin|glitazone|floxacin|conazole|melatine|faxine|"
    r"ketamine|vastatin|tinib|ciclib|xaban|gatran|afil|dronate|gabalin|ampanel|"
    r"cillin|mycin|micin|cycline|rubicin|platin|taxel|olol|pril|caine|flurane|curium|curonium|profen|fenac|"
    r"oxicam|prazole|thiazide|barbital|gliflozin|parin|"
    r"navir|vudine|ciclovir|fovir|citabine|pride|methasone|nidazole|bendazole|mustine|trexate|semide|azosin|stinel)$"
)
#: the WHO INN prefix of a single laevo-rotatory enantiomer given as a drug (levodopa, levothyroxine,
#: levocarnitine, levonorepinephrine): a name so formed is the drug's, even where its molecule is endogenous
LEVO_INN = re.compile(r"^levo[a-z]{4,}$")
#: a chemical name that is an acid (or its anion): metabolites are named so (uric acid, mevalonic acid,
#: vanilmandelic acid), so such a name keeps its treatment-cue gate
_METABOLITE_NAME = re.compile(r"\b[Aa]cids?\b|ates?$")
#: a dye is named by its colour or as a dye (Alcian Blue, Congo Red, Amaranth Dye): a stain, never a treatment
_DYE_NAME = re.compile(r"\b(?:Blue|Red|Green|Black|Violet|Yellow|Orange|Brown|Dye|Stain)$", re.IGNORECASE)


def is_drug_name(name: str) -> bool:
    """Whether ``name`` is a WHO INN form that only a drug bears: a class stem (:data:`INN_DRUG`) or the
    single-enantiomer prefix ``levo-`` (:data:`LEVO_INN`).

    >>> is_drug_name("levodopa"), is_drug_name("Levothyroxine"), is_drug_name("L-dopa"), is_drug_name("levels")
    (True, True, False, False)
    """
    return is_inn_drug(name) or bool(LEVO_INN.match(name.lower()))


def ungate_drug_names(terms: TermSet) -> None:
    """A context-only row whose name is a drug's INN form (:func:`is_drug_name`) grounds anywhere: "levodopa"
    is the drug even though L-dopa is endogenous; the molecule's other names (L-DOPA, dopa) stay gated."""
    _drop_gate(terms, lambda row: is_drug_name(row.name))


def _drop_gate(terms: TermSet, ungated: Callable) -> None:
    """Drop the ``ctx`` flag of every context-only row for which ``ungated(row)`` holds."""
    for i, row in enumerate(terms.rows):
        flags = row.flags.split(",") if row.flags else []
        if "ctx" in flags and ungated(row):
            terms.rows[i] = row._replace(flags=",".join(f for f in flags if f != "ctx"))


def is_inn_drug(name: str) -> bool:
    """Whether ``name`` is one word formed with a WHO INN drug stem (:data:`INN_DRUG`).

    >>> is_inn_drug("Doxorubicin"), is_inn_drug("gentamycin"), is_inn_drug("cocaine"), is_inn_drug("histidine")
    (True, True, False, False)
    """
    return bool(INN_DRUG.match(name.lower()))


def only_drug_reading(name: str, trees: list[str], has_chebi_role: bool) -> bool:
    """Whether a MeSH chemical has no reading but a given substance (rule of round 5b): MeSH files it only among
    organic, heterocyclic or polycyclic compounds (:data:`SMALL_MOLECULE_TREES`: no element or ion, carbohydrate,
    lipid, hormone, amino acid, peptide, nucleic acid, enzyme, biological factor or mixture), ChEBI gives it no
    role (so no metabolite of any organism, no experimental-agent, reagent, dye or pesticide role: those stay
    gated), and its name is no acid (:data:`_METABOLITE_NAME`: uric acid, mevalonic acid are measured far more
    often than given) and no dye's (:data:`_DYE_NAME`: Alcian Blue, Congo Red).

    >>> only_drug_reading("Isoniazid", ["D03.383.725.394.582"], False)
    True
    >>> only_drug_reading("Mevalonic Acid", ["D02.241.081.114"], False), only_drug_reading("Dopamine", ["D02.092"], True)
    (False, False)
    """
    return (not has_chebi_role and bool(trees) and all(t.startswith(SMALL_MOLECULE_TREES) for t in trees)
            and not _METABOLITE_NAME.search(name) and not _DYE_NAME.search(name))


def tool_inhibitors(direct_roles: dict[str, set[str]], chebi: dict) -> set[str]:
    """The ChEBI molecules known only as enzyme inhibitors: every role ChEBI gives them (``direct_roles``: molecule
    -> its ``has_role`` targets) lies under *enzyme inhibitor* (CHEBI:23924: NOS, kinase, protease inhibitors),
    and they are organic molecular entities (not vanadate, copper chloride, cyanide), no amino acid (a free amino
    acid is a body constituent, measured: asymmetric dimethylarginine; L-NAME is an ester) and not named as an
    acid or its anion (:data:`_METABOLITE_NAME`). No role of a metabolite of any organism, a nutrient, a pesticide, a
    pollutant, a solvent or a reagent: such a molecule is a synthetic tool compound, named in a text only as what
    a study gives (L-NAME, aminoguanidine, tacrine, MK-2206), so it needs no treatment cue.

    >>> organic = {"CHEBI:50860": 1}
    >>> chebi = {"CHEBI:23924": {"label": "enzyme inhibitor", "ancestors": {}},
    ...          "CHEBI:1": {"label": "NOS inhibitor", "ancestors": {"CHEBI:23924": 1}},
    ...          "CHEBI:2": {"label": "plant metabolite", "ancestors": {}},
    ...          "CHEBI:10": {"label": "L-NAME-like ester", "ancestors": organic},
    ...          "CHEBI:11": {"label": "a flavone", "ancestors": organic},
    ...          "CHEBI:12": {"label": "an inhibitory acid", "ancestors": organic},
    ...          "CHEBI:13": {"label": "cyanide", "ancestors": {}},
    ...          "CHEBI:14": {"label": "dimethylarginine", "ancestors": {**organic, "CHEBI:33709": 2}}}
    >>> sorted(tool_inhibitors({"CHEBI:10": {"CHEBI:1"}, "CHEBI:11": {"CHEBI:1", "CHEBI:2"},
    ...                         "CHEBI:12": {"CHEBI:1"}, "CHEBI:13": {"CHEBI:1"}, "CHEBI:14": {"CHEBI:1"}}, chebi))
    ['CHEBI:10']
    """
    def under_inhibitor(role: str) -> bool:
        return role == ENZYME_INHIBITOR or ENZYME_INHIBITOR in chebi.get(role, {}).get("ancestors", {})

    out = set()
    for curie, roles in direct_roles.items():
        term = chebi.get(curie)
        if not term or term.get("deprecated") or not roles or not all(under_inhibitor(r) for r in roles):
            continue
        ancestors = term.get("ancestors", {})
        if ORGANIC in ancestors and AMINO_ACID not in ancestors \
                and not _METABOLITE_NAME.search(term.get("label") or ""):
            out.add(curie)
    return out


def ungate_tool_inhibitors(terms: TermSet, tools: set[str]) -> None:
    """The context-only rows of a tool inhibitor (:func:`tool_inhibitors`) ground anywhere, except its
    abbreviations: they keep the gate, so an occurrence next to a treatment cue counts as given and one the text
    defines is resolved to its long form (:mod:`ipkg.extract.abbreviations`), while an undefined "AG" or "CN"
    names nothing."""
    _drop_gate(terms, lambda row: row.curie in tools and row.syntype != "abbreviation")


def body_hormone_class(label: str, roles: set[str]) -> bool:
    """Whether a ChEBI role (``roles``: itself and its ancestors) is a class of the body's own hormones: under
    *hormone*, not a plant hormone, not named for a foreign source.

    >>> body_hormone_class("estrogen", {"CHEBI:50114", HORMONE_ROLE})
    True
    >>> body_hormone_class("phytoestrogen", {HORMONE_ROLE})
    False
    >>> body_hormone_class("auxin", {HORMONE_ROLE, PLANT_HORMONE})
    False
    """
    return HORMONE_ROLE in roles and PLANT_HORMONE not in roles and not _FOREIGN_PREFIX.match(label)


def gate_hormone_classes(terms: TermSet, classes: set[str]) -> None:
    """The rows of the hormone classes ``classes`` (module docstring) wait for a treatment cue, except their agent
    wordings (:data:`_AGENT_WORD`).

    >>> from ipkg.ground.sources.common import TermSet, Source
    >>> t = TermSet("Intervention")
    >>> t.add("CHEBI:50114", "estrogen", [("estrogen", "label"), ("estrogenic drug", "derived")], Source("CHEBI", "1"))
    2
    >>> gate_hormone_classes(t, {"CHEBI:50114"})
    >>> [(r.name, r.flags) for r in t.rows]
    [('estrogen', 'ctx'), ('estrogenic drug', '')]
    """
    for i, row in enumerate(terms.rows):
        flags = row.flags.split(",") if row.flags else []
        if row.curie in classes and "ctx" not in flags and not _AGENT_WORD.search(row.name):
            terms.rows[i] = row._replace(flags=",".join([*flags, "ctx"]))
