"""Diets and the procedures that make an animal model: Intervention rows no other source gives (round 6b).

* Diets: MeSH files diets under *Diet* (:data:`DIET_TREE`, G07.203.650.240); the therapy branch (E02.642.249)
  that :mod:`.interventions` reads holds only the therapeutic ones, so the Western, high-fat, healthy and
  elimination diets were missing. Every descriptor of the tree named as a particular diet or fast (not the bare
  Diet or Dietary Patterns, intakes, portion sizes, diet fads, or an eating behaviour MeSH also files under F01
  such as Diet, Healthy; round 20a: a fast named by its schedule, Intermittent Fasting, is no behaviour but a
  regimen, though MeSH files it under F01 too) is an Intervention: GUIDELINES
  counts what is given or done, and the adjudication rules count a diet that induces a model (high-fat diet of
  donor mice). ``<X>-style diet`` is the ``<X> diet``; a dietary component MeSH has no diet of its own for
  (Dietary Fiber) is also named by the diet rich in it ("high-fiber diet", "fiber-rich diet"); round 20a: so is a
  nutrient MeSH names in its dietary form "<X>, Dietary" ("high-cholesterol diet" is Cholesterol, Dietary, as
  the batch-1 adjudication rules count a high-cholesterol diet that makes a model), and a diet MeSH names by what
  it restricts is also the "low-<x> diet" (:data:`_RESTRICTED_DIET`: "low-calorie diet" of Caloric Restriction, as
  MeSH writes it for the fat-, protein-, sodium- and carbohydrate-restricted diets); the dietary
  components themselves (MeSH ``Dietary X`` under G07.203.300: fiber, fats, sugars; the fibres under Dietary
  Fiber: resistant starch) are what such a study gives, and so are the plant compound classes MeSH files only
  among chemicals (flavonoids, also "bioflavonoids"; polyphenols; phytochemicals). Round 19a: the starches and
  fructans a prebiotic study gives (inulin, resistant starch, dextrins; :data:`_PREBIOTIC_CARBOHYDRATE_TREES`),
  under a treatment cue only (``ctx``); round 19l: a one-word name of these (not a cyclodextrin: a drug carrier,
  no fibre) is also named "resistant <name>"
  ("resistant dextrin"), grounding anywhere, as "resistant" names the fibre a study makes to give (not a name
  any MeSH heading has: Resistant Starch stays its own descriptor); and the single toxins of MeSH's Venoms (apamin, charybdotoxin), given in
  experiments to block a channel, also under a cue only (:func:`_venom_toxin`); round 19o: so are the toxins of
  MeSH's Bacterial Toxins named as toxins (:func:`_bacterial_toxin`: botulinum toxin, a drug; pertussis and cholera
  toxin, given in experiments), whose name outside a cue no longer reads as the infection ("pertussis").
* Model procedures (adjudication rules: a procedure used to induce a disease model is an Intervention, like
  LPS): denervations (:data:`DENERVATION_TREE`: vagotomy, sympathectomy) and olfactory bulbectomy (no MeSH or MAxO
  term: an ``ipkg:`` concept); the ligation of a duct or vessel that makes a model is named by what is tied
  (:mod:`.ligations`, round 19i: "common bile duct ligation"; MeSH *Ligation* before). Stress paradigms are not
  Interventions (GUIDELINES) and get no row. Round 11a: the operations MeSH files among surgical procedures (E04)
  that make a model or replace tissue (:data:`MODEL_SURGERY_TREES`: laparotomy, the ligations, splenectomy, the
  transplantations, xenotransplantation and islet transplantation among them), not the kinds of surgery by setting
  or schedule (elective, ambulatory, minor), the perioperative period, biopsies, punctures or dissection, which
  are no treatment given.
* Experimental agents (round 10; GUIDELINES: "experimental agents given in a study"): MeSH files among proteins,
  which :mod:`.interventions` leaves out as measured far more often than given, the agents a laboratory gives to
  cells or animals to stimulate or block (:data:`EXPERIMENTAL_AGENT_TREES`): the plant lectins (the mitogens
  concanavalin A, phytohemagglutinin, pokeweed mitogen; the toxins ricin, abrin) and the neutralizing and
  blocking antibodies ("an anti-TNF neutralizing antibody").
* Herbal preparations (round 11a; docs/findings.md section 10: herbal preparations named as the treatment
  ground nothing): MeSH's Plant Preparations (:data:`HERBAL_TREE`) named as a prepared remedy, an extract, a
  herbal drug or preparation (:data:`_HERBAL_NAME`: Plant Extracts, Drugs, Chinese Herbal, Teas, Herbal, Ginkgo
  Extract), not the foods and oils MeSH files there too (coffee, tea, soybean oil: eaten, not given).
* Medicinal plants named as given (round 15): a plant genus or species MeSH files among plants
  (:data:`PLANT_TREE`, B01.875.800) with an NCBI taxon is, under a treatment cue only (``ctx``), the herbal
  preparation made of it ("treated with saffron": Saffron is an entry term of *Crocus*; "ginseng", *Panax*), and
  "<plant> extract(s)" names it anywhere ("ginseng extract"). Outside a cue the name stays the plant (no row).
  Not a family or higher group (:data:`_HIGHER_TAXON`: Poaceae, "grass"), nor a plant MeSH names as the source of
  a use, an oil or a food protein (a heading "<plant name> Use / Abuse / Smoking / Oil / Proteins": Cannabis,
  "marijuana"; Glycine max, "soybean"; Flax, linseed): smoked, pressed or eaten far more often than given; and
  no one-word name of four letters or fewer, a common word first ("rose" of Rosa, rue, oat, fig, ivy).
* Operated animals: an ``-ectomy`` or ``-otomy`` procedure is also named by its participle ("ovariectomized
  rats", "vagotomised mice"), for every procedure row of any source (:func:`operated_names`).
"""

from __future__ import annotations

import re

from ..lexicon import LexiconRow
from ..variants import name_key
from .common import Source, TermSet
from .disorders import mesh_names

__all__ = ["DIET_TREE", "DENERVATION_TREE", "EXPERIMENTAL_AGENT_TREES", "MODEL_SURGERY_TREES", "HERBAL_TREE", "PLANT_TREE", "build_diets", "operated_names"]

#: MeSH's Diet branch (Diet, Diet, Western, Diet, High-Fat, Fasting, Dietary Patterns)
DIET_TREE = "G07.203.650.240"
#: MeSH's Denervation branch (Vagotomy, Sympathectomy, Rhizotomy, Axotomy, Nerve Block)
DENERVATION_TREE = "E04.525.210"
#: MeSH surgical operations (E04) that make an animal model or replace tissue: Laparotomy (the trauma of a
#: trauma-haemorrhage model), Ligation (of a nerve, a duct or a vessel), Splenectomy, Transplantation (organ,
#: tissue and cell transplants, xenotransplantation)
MODEL_SURGERY_TREES = ("E04.406", "E04.426", "E04.726", "E04.936")
#: branches inside :data:`MODEL_SURGERY_TREES` that are no operation given: cold and warm ischaemia (states of a
#: graft), tissue and organ harvesting (donor selection, oocyte retrieval)
_NOT_SURGERY = ("E04.936.337", "E04.936.537", "E04.936.932")
#: MeSH branches of agents given to cells or animals in experiments: plant lectins (mitogens), neutralizing and
#: blocking antibodies (the branch heads themselves, "Plant Lectins", are no agent; "Antibodies, Neutralizing" is)
EXPERIMENTAL_AGENT_TREES = ("D12.776.503.499.", "D12.776.124.486.485.114.244", "D12.776.124.486.485.114.143")
#: MeSH's dietary components (Dietary Fiber, Dietary Fats): descriptors named ``Dietary X``
_COMPONENT_TREE = "G07.203.300"
#: a diet MeSH names by what it restricts ("Calorie Restricted Diet"); MeSH writes every such diet also "low-<x>
#: diet" (low-fat, low-protein, low-sodium, low-carbohydrate diet) but Caloric Restriction's
_RESTRICTED_DIET = re.compile(r"([A-Za-z]+)[- ]Restricted Diets?", re.IGNORECASE)
#: a nutrient MeSH names in its dietary form by the inverted "<X>, Dietary" (Cholesterol, Sodium, Calcium, Iron,
#: Phosphorus, Potassium; filed among chemicals, not under :data:`_COMPONENT_TREE`), X one word
_INVERTED_COMPONENT = re.compile(r"([A-Z][a-z]+), Dietary")
#: a descriptor of :data:`DIET_TREE` named as a particular diet or fast: not the bare "Diet" and "Dietary
#: Patterns" (what anyone eats, named in passing far more often than given), not Energy Intake or Diet Fads, nor
#: the bare "Fasting", which abstracts use for the state of a blood sample ("fasting glucose")
_DIET_NAME = re.compile(r"^(?:Diet\b(?!\s+Fads|$)|.+\sDiets?$|.+\sFasting$|Dietary Approaches\b)")
#: procedures no ontology names, that make a disease model: (curie, label, names)
_MODEL_PROCEDURES = (
    ("ipkg:olfactory-bulbectomy", "olfactory bulbectomy", ("olfactory bulbectomy", "bulbectomy",
                                                           "olfactory bulbectomized", "olfactory bulbectomised")),
)
#: MeSH's Dietary Fiber branch: the fibres a prebiotic study gives (resistant starch, prebiotics)
_FIBER_TREE = "G07.203.300.400"
#: the carbohydrates a prebiotic study gives that MeSH files outside Dietary Fiber (round 19a): the starches among
#: the dietary carbohydrates (Starch, Inulin, Amylose, Dextrins, Resistant Starch) and the fructans (Fructans,
#: Inulin); context-only rows, as they are also what a food holds or a laboratory measures ("the starch content")
_PREBIOTIC_CARBOHYDRATE_TREES = ("D09.301.915", "D09.698.350")
#: MeSH's Venoms branch: its single toxins (apamin, charybdotoxin, saxitoxin, melittin), given in experiments to
#: block or open channels (round 19a); context-only rows
_VENOM_TREE = "D20.888."
#: MeSH's Bacterial Toxins branch (round 19o): the toxins named as such (:func:`_bacterial_toxin`), context-only
_BACTERIAL_TOXIN_TREE = "D23.946.123."
#: a descriptor named as a toxin (not Endotoxins, Lipid A, O Antigens, Cord Factors, Virulence Factors)
_TOXIN_NAME = re.compile(r"\b(?:Neuro|Exo)?[Tt]oxins?\b")
#: plant compound classes MeSH files among chemicals only, given as supplements: (MeSH id, extra names)
_PHYTOCHEMICAL_CLASSES = (
    ("D005419", ("flavonoids", "bioflavonoid", "bioflavonoids")),  # Flavonoids
    ("D059808", ("polyphenols",)),  # Polyphenols
    ("D064209", ("phytochemicals",)),  # Phytochemicals
)
#: MeSH's Plant Preparations branch (herbal remedies, extracts, plant oils, teas)
HERBAL_TREE = "D20.215.784"
#: a Plant Preparations descriptor named as a prepared remedy: an extract, a herbal drug or tea, a preparation
_HERBAL_NAME = re.compile(r"\bExtracts?\b|\bHerbal\b|\bPreparations?\b")
#: MeSH's land plants (Embryophyta): genera and species, each with an NCBI taxon
PLANT_TREE = "B01.875.800."
#: a botanical family or higher group (ICN endings), no plant a remedy is made of
_HIGHER_TAXON = re.compile(r"(?:aceae|ales|phyta|opsida|idae|ineae|Gramineae|Compositae|Leguminosae)$")
#: the head of a MeSH heading naming a plant's use or product rather than a remedy made of it
_PRODUCT_HEAD = re.compile(r"^(?P<plant>.+) (?:Use|Abuse|Smoking|Oil|Proteins)$")
#: the surgical suffixes whose participle names an operated animal
_OPERATION = re.compile(r"(ectomy|otomy)$")
_SOURCE = Source("MESH", "2024")
_CURATED = Source("curated", "curated")


def build_diets(mesh: dict[str, dict], rows: list[LexiconRow]) -> TermSet:
    """Diet, dietary-component and model-procedure rows, and the participles of every procedure (``rows``: the
    other sources' rows; a MeSH descriptor one of them gives is not given again)."""
    taken = {row.curie for row in rows}
    names_taken = {name_key(row.name) for row in rows} | {name_key(n) for r in mesh.values() for n, _ in _names(r)}
    terms = TermSet("Intervention")
    components = {}
    products = {m.group("plant").lower() for r in mesh.values() if (m := _PRODUCT_HEAD.match(r["name"]))}
    parents = {t.rsplit(".", 1)[0] for r in mesh.values() for t in r["trees"] if "." in t}
    for mesh_id in sorted(mesh):
        record = mesh[mesh_id]
        curie = f"MESH:{mesh_id}"
        trees = record["trees"]
        if any(t.startswith(_COMPONENT_TREE) for t in trees) and record["name"].startswith("Dietary ") \
                and any(t.startswith("D") for t in trees):  # a chemical component (fiber, fats), not Supplements
            components[record["name"][len("Dietary "):].lower()] = (curie, record["name"])
        elif inverted := _INVERTED_COMPONENT.fullmatch(record["name"]):  # Cholesterol, Dietary (round 20a)
            components[inverted.group(1).lower()] = (curie, record["name"])
        if curie in taken:
            continue
        diet = any(t.startswith(DIET_TREE) for t in trees) and _DIET_NAME.match(record["name"])
        denervation = any(t.startswith(DENERVATION_TREE) for t in trees)
        component = any(t.startswith(_COMPONENT_TREE) for t in trees) and record["name"].startswith("Dietary ") \
            and any(t.startswith("D") for t in trees) or any(t.startswith(_FIBER_TREE) for t in trees)
        # Diet, Healthy: an eating behaviour, not a regimen; a fast named by its schedule ("Intermittent Fasting",
        # MeSH files every fast under Feeding Behavior too) is one a study imposes (round 20a)
        behaviour = any(t.startswith("F01") for t in trees) and not record["name"].endswith(" Fasting")
        agent = any(t.startswith(EXPERIMENTAL_AGENT_TREES) for t in trees)
        surgery = any(t.startswith(MODEL_SURGERY_TREES) and not t.startswith(_NOT_SURGERY) for t in trees)
        herbal = any(t.startswith(HERBAL_TREE) for t in trees) and _HERBAL_NAME.search(record["name"])
        if (diet and not behaviour) or denervation or component or agent or surgery or herbal:
            terms.add(curie, record["name"], _names(record), _SOURCE)
        elif any(t.startswith(_PREBIOTIC_CARBOHYDRATE_TREES) for t in trees) or _venom_toxin(record, parents) \
                or _bacterial_toxin(record):
            terms.add(curie, record["name"], _names(record), _SOURCE, flags="ctx")
            # "resistant dextrin": a fibre made to be given, grounding anywhere (round 19l)
            resistant = [(f"resistant {n.lower()}", "derived") for n, _ in _names(record)
                         if re.fullmatch(r"[A-Z]?[a-z]+", n) and not n.lower().startswith("cyclo")
                         and any(t.startswith(_PREBIOTIC_CARBOHYDRATE_TREES) for t in trees)]
            terms.add(curie, record["name"], [(n, t) for n, t in resistant if name_key(n) not in names_taken],
                      _SOURCE)
        elif record.get("taxa") and all(t.startswith(PLANT_TREE) for t in trees) \
                and not _HIGHER_TAXON.search(record["name"]) and not {n.lower() for n, _ in _names(record)} & products:
            # a one-word name of four letters or fewer is a common word first (rose, rue, oat, fig, ivy)
            names = [(n, t) for n, t in _names(record) if len(key := name_key(n)) > 1 or len(key[0]) > 4]
            terms.add(curie, record["name"], names, _SOURCE, flags="ctx")
            terms.add(curie, record["name"], [(f"{n} {e}", "derived") for n, _ in names if n[:1].isalpha()
                                              for e in ("extract", "extracts")], _SOURCE)
    diet_names = {row.name.lower() for row in rows + terms.rows}
    for component, (curie, label) in sorted(components.items()):
        # "Dietary Fats" is plural, the inverted names singular: "Phosphorus" keeps its s
        singular = component[:-1] if component.endswith("s") and not _INVERTED_COMPONENT.fullmatch(label) else component
        names = [f"high-{singular} diet", f"high {singular} diet", f"{singular}-rich diet", f"diet rich in {component}"]
        if not any(n in diet_names for n in names) and " " not in singular:
            terms.add(curie, label, [(n, "derived") for n in names], _SOURCE)
    for mesh_id, record in sorted(mesh.items()):  # "Calorie Restricted Diet" is also the "low-calorie diet" (20a)
        if not any(t.startswith(DIET_TREE) for t in record["trees"]):
            continue
        low = [(f"low-{m.group(1).lower()} diet", "derived") for n, _ in mesh_names(record)
               if (m := _RESTRICTED_DIET.fullmatch(n)) and name_key(f"low-{m.group(1).lower()} diet") not in names_taken]
        if low:
            terms.add(f"MESH:{mesh_id}", record["name"], low, _SOURCE)
    for mesh_id, extra in _PHYTOCHEMICAL_CLASSES:
        if f"MESH:{mesh_id}" not in taken and mesh_id in mesh:
            names = _names(mesh[mesh_id]) + [(n, "curated") for n in extra]
            terms.add(f"MESH:{mesh_id}", mesh[mesh_id]["name"], names, _SOURCE)
    for curie, label, names in _MODEL_PROCEDURES:
        terms.add(curie, label, [(n, "curated") for n in names], _CURATED)
    terms.rows += operated_names(rows + terms.rows)
    return terms


def _venom_toxin(record: dict, parents: set[str]) -> bool:
    """Whether a descriptor is one toxin of MeSH's Venoms (:data:`_VENOM_TREE`): a leaf in every tree, named in
    the singular (not a venom's kind, "Wasp Venoms", nor a family, "Bungarotoxins").

    >>> _venom_toxin({"name": "Apamin", "trees": ["D20.888.065.115.060"]}, set())
    True
    >>> _venom_toxin({"name": "Wasp Venoms", "trees": ["D20.888.1"]}, set())
    False
    """
    trees = record["trees"]
    return any(t.startswith(_VENOM_TREE) for t in trees) and not any(t in parents for t in trees) \
        and not record["name"].endswith("s")


def _bacterial_toxin(record: dict) -> bool:
    """Whether a descriptor is a toxin of MeSH's Bacterial Toxins (:data:`_BACTERIAL_TOXIN_TREE`) named as a toxin
    (:data:`_TOXIN_NAME`): botulinum toxin, pertussis toxin; not the endotoxins, which other rows give.

    >>> _bacterial_toxin({"name": "Pertussis Toxin", "trees": ["D23.946.123.950"]})
    True
    >>> _bacterial_toxin({"name": "Lipid A", "trees": ["D23.946.123.100"]}), _bacterial_toxin({"name": "Endotoxins",
    ...                                                                        "trees": ["D23.946.123.200"]})
    (False, False)
    """
    return any(t.startswith(_BACTERIAL_TOXIN_TREE) for t in record["trees"]) \
        and bool(_TOXIN_NAME.search(record["name"]))


def _names(record: dict) -> list[tuple[str, str]]:
    """A descriptor's running-text names, with ``<X>-style diet`` for each one-word ``<X> diet``."""
    names = mesh_names(record)
    return names + [(f"{words[0]}-style {words[1]}", "derived") for words in (n.split() for n, _ in names)
                    if len(words) == 2 and words[1].lower() in ("diet", "diets") and words[0].isalpha()]


def operated_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """For each Intervention name ending in ``-ectomy``/``-otomy``, its participles ``-ectomized``/``-ectomised``.

    >>> row = LexiconRow("Intervention", "i", "MESH:D014628", "Vagotomy", "vagotomy", "label", "MESH", "2024", "")
    >>> [r.name for r in operated_names([row])]
    ['vagotomized', 'vagotomised']
    """
    out = []
    for row in rows:
        if row.cls != "Intervention" or not _OPERATION.search(row.name) or row.syntype == "abbreviation":
            continue
        stem = row.name[:-1]
        for suffix in ("ized", "ised"):
            out.append(row._replace(name=stem + suffix, syntype="derived"))
    return out
