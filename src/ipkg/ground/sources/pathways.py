"""Pathway terms from the Gene Ontology biological-process branch (``go-bp.tsv``).

Kept: live terms that descend (is_a or part_of) from the roots in :data:`GO_ROOTS` (signalling, immune system
process, inflammatory response, nervous system process, synaptic plasticity regulation, neurogenesis,
response to oxidative stress, tryptophan catabolism, cytokine production and secretion, the metabolism of
neurotransmitters, serotonin, catecholamines, tryptophan and nitric oxide; cell death (apoptosis, pyroptosis,
ferroptosis, and since round 19n cell death itself), autophagy, phagocytosis, myelination, synapse assembly and
pruning, ER and nitrosative stress, lipid oxidation, DNA methylation, angiogenesis; vitamin biosynthesis), a named
molecule's metabolism (:func:`molecule_metabolism`, round 19n: "glucose metabolism", "prostaglandin synthesis"),
plus the terms that regulate a kept term
(``regulation of immune system process``, ``negative regulation of inflammatory response``), the single terms of
:data:`GO_SINGLE` (fermentation among them) and each barrier's maintenance or establishment, named by its function
(:mod:`.readouts`, round 19k: "intestinal barrier function"). Cognition, behaviour and sensory
perception are cut out (:data:`GO_EXCLUDED`): in abstracts they are outcomes, not mechanisms. The 2024
EXACT/RELATED synonyms are ``exact``; ``other_synonyms_2022`` (mostly NARROW/BROAD, e.g. ``inflammation``)
are ``narrow``, ranked below everything else. Paraphrases come from :mod:`ipkg.ground.expand` and
:mod:`ipkg.ground.morphology` (``production of X``, ``serotonin synthesis``, ``immune dysregulation``).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

from ..expand import pathway_variants, physiology_variants
from ..morphology import process_variants, short_form_names, unqualified_names
from ..process_forms import adjective_effect_names, system_development_names
from ..signal_families import member_names, read_families
from ..variants import name_key
from .common import ONTOLOGIES, Source, TermSet, load_cellxgene, looks_like_abbreviation, read_tsv, split_multi
from .phenomena import phenomenon_terms
from .processes import clipped_transmitter_names, contractility_names, ion_homeostasis_names, plasticity_course_names
from .readouts import barrier_function_names, barrier_terms, field_regulation_names, mark_degree_names
from .receptor_subtypes import receptor_subtype_names

__all__ = ["build_pathways", "inherited_activations", "transmitter_metabolism", "molecule_metabolism", "GO_ROOTS",
           "GO_SINGLE", "GO_EXCLUDED", "GO_LABEL_ONLY"]

logger = logging.getLogger(__name__)

#: processes whose descendants are mechanisms an immunopsychiatry abstract names
GO_ROOTS: tuple[str, ...] = (
    "GO:0023052",  # signaling
    "GO:0007165",  # signal transduction
    "GO:0002376",  # immune system process
    "GO:0006954",  # inflammatory response
    "GO:0050877",  # nervous system process
    "GO:0048167",  # regulation of synaptic plasticity
    "GO:0022008",  # neurogenesis
    "GO:0006979",  # response to oxidative stress
    "GO:0006569",  # tryptophan catabolic process (kynurenine pathway)
    "GO:0001816",  # cytokine production (interleukin-6 production, type II interferon production)
    "GO:0050663",  # cytokine secretion
    "GO:0042133",  # neurotransmitter metabolic process (serotonin, dopamine biosynthesis)
    "GO:0042428",  # serotonin metabolic process
    "GO:0006584",  # catecholamine metabolic process
    "GO:0046209",  # nitric oxide metabolic process
    "GO:0006568",  # tryptophan metabolic process (tryptophan metabolism)
    "GO:0006915",  # apoptotic process (neuronal apoptosis)
    "GO:0006914",  # autophagy
    "GO:0070269",  # pyroptosis
    "GO:0097707",  # ferroptosis
    "GO:0006909",  # phagocytosis
    "GO:0042552",  # myelination
    "GO:0007416",  # synapse assembly (synaptogenesis)
    "GO:0098883",  # synapse pruning
    "GO:0034976",  # response to endoplasmic reticulum stress
    "GO:0051409",  # response to nitrosative stress
    "GO:0034440",  # lipid oxidation (lipid peroxidation)
    "GO:0006306",  # DNA methylation
    "GO:0040029",  # epigenetic regulation of gene expression (DNA methylation's parent mechanism)
    "GO:0001525",  # angiogenesis
    # round 6b: mechanisms the immunopsychiatry tune half names outside the roots above
    "GO:0008283",  # cell population proliferation (hippocampal cell proliferation)
    "GO:0007420",  # brain development (neurodevelopment)
    "GO:0042593",  # glucose homeostasis
    "GO:0016573",  # histone acetylation
    "GO:0046459",  # short-chain fatty acid metabolic process (short-chain fatty acid production)
    "GO:0035933",  # glucocorticoid secretion (corticosterone secretion, cortisol secretion)
    # round 10: physiological readouts the check set's read half names as mechanisms (adjudication rules:
    # a process measured as the readout of a mechanism is a Pathway)
    "GO:0006935",  # chemotaxis (beyond leukocyte chemotaxis: neuronal, microglial chemotaxis)
    "GO:0006936",  # muscle contraction (smooth, uterine, cardiac muscle contraction)
    "GO:0007567",  # parturition
    # round 11b: calcium entry into cells (neuronal and immune second messenger; check adjudication: "calcium
    # entry through voltage-gated channels" is calcium ion import across plasma membrane)
    "GO:0006816",  # calcium ion transport (calcium import, influx, release into the cytosol)
    # round 13: what reuptake inhibitors act on, named as their mechanism ("serotonin uptake", "5-HT reuptake")
    "GO:0001504",  # neurotransmitter uptake (serotonin, dopamine, norepinephrine uptake)
    # round 14b: obsoleted by GO since 2022, kept as a mechanism with no id (see build_pathways)
    "GO:0042136",  # neurotransmitter biosynthetic process ("synthesis of neurotransmitters")
    # round 18b: how a cell or tissue keeps its ions (check adjudication: a physiological process measured as the
    # readout of a mechanism is a Pathway: "Ca2+ handling" of myocytes, glial "K+ buffering"); 86 terms
    "GO:0050801",  # monoatomic ion homeostasis (calcium, potassium, sodium, iron ion homeostasis)
    # round 19b: the synapse's structure made, kept, remodelled and pruned (microglia's synaptic remodelling, the
    # tune half's "synaptic remodeling"; synapse assembly and pruning, roots above, are two of its 66 terms)
    "GO:0050808",  # synapse organization (modification of synaptic structure, synapse maturation)
    # round 19k: what gut microbes do that the gut-brain reviews name as their mechanism
    "GO:0009110",  # vitamin biosynthetic process (vitamin synthesis)
    # round 19n: cell death in general (check2 adjudication: "a text that names apoptosis or cell death itself
    # gives the GO term"; 9k corpus: "cell death" 42 times unread, "programmed cell death" 4)
    "GO:0008219",  # cell death (programmed cell death, necroptosis, anoikis, beside the apoptosis root)
)
#: processes kept without their descendants: names an abstract gives a mechanism in general words, whose subtrees
#: hold mostly processes no such abstract names ("response to stress": adjudication rule "stress mechanisms";
#: "lipid metabolic process": lipid metabolism; the drug effect "antinociception", a negative regulation of an
#: excluded sensory process, as "anti-inflammatory effects" are of the inflammatory response)
GO_SINGLE: tuple[str, ...] = (
    "GO:0006950",  # response to stress
    "GO:0006629",  # lipid metabolic process
    "GO:1904057",  # negative regulation of sensory perception of pain (antinociception)
    "GO:0045730",  # respiratory burst (oxidative burst of phagocytes, a killing mechanism outside the immune root)
    "GO:0006113",  # fermentation (round 19k: microbial fermentation; its subtree names the substrates)
    "GO:0007155",  # cell adhesion (round 19n: check-read's "cellular adhesion"; its subtree names the partners)
    # round 20b: the regulation of gene expression named as a factor's mechanism ("fosB products regulate gene
    # expression"; check2-read files it), not bare gene expression (a measure: "gene expression profiles", "immune
    # gene expression", none of the read halves' eight uses filed) nor its subtree (transcription is its own rule)
    "GO:0010468",  # regulation of gene expression (gene regulation)
)
#: subtrees cut out of the roots above (outcomes, not mechanisms; round 19k tried cognition and behaviour as the
#: readouts the check2 readers file, and left them out: docs/grounding.md, "Round 19k")
GO_EXCLUDED: tuple[str, ...] = (
    "GO:0050890",  # cognition
    "GO:0007600",  # sensory perception
    "GO:0007610",  # behavior
    # round 18b: inside ion homeostasis, pH's names are a measured quantity ("intracellular pH") or a chemist's
    # step ("acidification of the buffer", "urinary acidification"), not a mechanism
    "GO:0006885",  # regulation of pH
)
#: kept terms named by their label and its paraphrases only (round 19n): cell death's synonyms "necrosis" and
#: "accidental cell death" are GO's related names for the tissue pathology, which HP and MeSH keep as a Phenotype
#: (Necrosis; a Pathway name would take its place: 21 mentions of the 1k corpus)
#: (round 20b) and regulation of gene expression, whose synonym "gene regulation" is also a field and a measure
#: ("shifts in host gene regulation" read by multi-omics; the tune gold files no such use)
GO_LABEL_ONLY: tuple[str, ...] = ("GO:0008219", "GO:0010468")  # cell death, regulation of gene expression
#: heads of GO "<cell> <head>" processes a cell without its own process inherits from its nearest CL ancestor
INHERITED_HEADS: tuple[str, ...] = ("activation", "proliferation")
#: hormone secretion processes whose hormone's output abstracts call its "production" (adjudication rule:
#: "corticosterone production" is corticosterone secretion; GO keeps no biosynthesis of these hormones)
HORMONE_SECRETION: tuple[str, ...] = ("GO:0035933",)  # glucocorticoid secretion
#: the most terms a single transmitter's metabolism holds (glutamate: 30; the class "peptide": 179)
_TRANSMITTER_SUBTREE = 40
#: GO's metabolism of a named molecule (round 19n, :func:`molecule_metabolism`)
_MOLECULE_PROCESS = re.compile(r"(.+) (?:metabolic|biosynthetic|catabolic) process")
#: words of GO's chemical categories, which name no molecule a mechanism is told by ("cellular metabolic process",
#: "organic substance biosynthetic process", "nitrogen compound metabolic process", "small molecule catabolic
#: process"); a category of molecules ("amino acid", "carbohydrate", "lipid") is a molecule's name here
_CATEGORY_WORDS = re.compile(r"\b(?:cellular|primary|organic|organonitrogen|compound|substance|macromolecule|"
                             r"small molecule|heterocycle|derivative|xenobiotic)\b", re.IGNORECASE)
#: subtrees of metabolic process whose molecules an abstract names for another process: DNA and RNA synthesis is the
#: measure of proliferation and transcription (thymidine, uridine incorporation), an antibiotic's or an alkaloid's
#: metabolism is a drug's fate ("metabolism of erythromycin", "nicotine metabolism"; the drug keeps its span)
_NOT_MOLECULE_METABOLISM: tuple[str, ...] = (
    "GO:0090304",  # nucleic acid metabolic process (DNA synthesis, RNA synthesis)
    "GO:0016999",  # antibiotic metabolic process
    "GO:0009820",  # alkaloid metabolic process (morphine, nicotine, cocaine, caffeine)
)
#: a process named with its time course (:func:`_course_parent`)
_TIME_COURSE = re.compile(r"(?:acute|chronic) (.+)")
GO_RELEASE = "2024-01-19"
GO_2022_RELEASE = "2022-07-01"


def _protein_symbols(shared: Path) -> list[str]:
    """HGNC's approved symbols of protein-coding genes (the members of :func:`read_families`' families)."""
    return [r["Approved symbol"] for r in read_tsv(shared / ONTOLOGIES / "hgnc-2024-01.tsv.gz")
            if r["Locus type"] == "gene with protein product"]


def transmitter_metabolism(rows: dict[str, dict[str, str]], children: dict[str, set[str]]) -> tuple[str, ...]:
    """The metabolism of each transmitter GO names a "<X> secretion, neurotransmission" of (round 19g).

    GO obsoleted "neurotransmitter biosynthetic process" (2022) and left "neurotransmitter metabolic process"
    without children, so the synthesis of GABA, glutamate, acetylcholine, glycine or histamine fell outside the
    roots ("GABA production" by gut bacteria, "acetylcholine synthesis"), while serotonin's and the catecholamines'
    stayed (roots of their own). GO itself says which molecules are transmitters, by its neurotransmission-qualified
    secretion terms; their "<X> metabolic process" subtrees are roots here. A class of molecules ("peptide
    secretion, neurotransmission": 179 peptide metabolic terms) is no single transmitter: a subtree of more than
    :data:`_TRANSMITTER_SUBTREE` terms is left out.
    """
    by_label = {row["name"]: curie for curie, row in rows.items()}
    out = []
    for row in rows.values():
        m = re.fullmatch(r"(.+) secretion, neurotransmission", row["name"])
        root = by_label.get(f"{m.group(1)} metabolic process") if m and "regulation" not in m.group(1) else None
        if root and len(_descendants((root,), children)) <= _TRANSMITTER_SUBTREE:
            out.append(root)
    return tuple(sorted(out))


def molecule_metabolism(rows: dict[str, dict[str, str]], children: dict[str, set[str]]) -> tuple[str, ...]:
    """GO's "<X> metabolic / biosynthetic / catabolic process" terms under metabolic process (GO:0008152) whose X
    names a molecule or a family of them, not one of GO's chemical categories (:data:`_CATEGORY_WORDS`) (round 19n).

    The roots above keep the metabolism of transmitters, tryptophan, nitric oxide and short-chain fatty acids;
    abstracts name the metabolism of other molecules as a mechanism in the same words ("glucose metabolism",
    "prostaglandin synthesis", "bile acid metabolism", "ROS production", "inositol degradation": the tune gold's
    microbial pathway, and check2's "protein metabolism" kept as a category in a list), and the morphology
    (:func:`ipkg.ground.morphology.process_variants`) already derives those paraphrases from GO's names. Only terms
    named so: their other descendants ("glycolytic process") and GO's categories are no molecule an abstract names
    ("xenobiotic metabolic process" is GO's "drug metabolism", a pharmacokinetic measure, not a mechanism); nor the
    subtrees of :data:`_NOT_MOLECULE_METABOLISM` (nucleic acids, antibiotics, alkaloids).

    >>> rows = {"GO:1": {"name": "glucose metabolic process"}, "GO:2": {"name": "cellular metabolic process"},
    ...         "GO:3": {"name": "glycolytic process"}, "GO:0008152": {"name": "metabolic process"}}
    >>> molecule_metabolism(rows, {"GO:0008152": {"GO:1", "GO:2"}, "GO:1": {"GO:3"}})
    ('GO:1',)
    """
    out = []
    for curie in _descendants(("GO:0008152",), children) - _descendants(_NOT_MOLECULE_METABOLISM, children):
        m = _MOLECULE_PROCESS.fullmatch(rows[curie]["name"]) if curie in rows else None
        if m and not _CATEGORY_WORDS.search(m.group(1)):
            out.append(curie)
    return tuple(sorted(out))


def _descendants(roots: tuple[str, ...], children: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        stack.extend(children.get(node, ()))
    return seen


def build_pathways(shared: Path, cell_names: dict[str, list[str]]) -> TermSet:
    """All Pathway rows; ``cell_names`` (CL label -> other names) expands ``<cell> activation`` names."""
    terms = TermSet("Pathway")
    every = list(read_tsv(shared / ONTOLOGIES / "go-bp.tsv"))
    rows = {r["id"]: r for r in every if r["obsolete"] == "false"}
    children: dict[str, set[str]] = defaultdict(set)
    regulators: dict[str, set[str]] = defaultdict(set)
    for curie, row in rows.items():
        for parent in split_multi(row["is_a"]) + split_multi(row["part_of"]):
            children[parent].add(curie)
        for col in ("regulates", "positively_regulates", "negatively_regulates"):
            for target in split_multi(row[col]):
                regulators[target].add(curie)
    kept = _descendants(GO_ROOTS + transmitter_metabolism(rows, children), children)
    # round 19n: "glucose metabolism", "prostaglandin synthesis"; not a hormone whose output is its secretion
    # (adjudication rule: "corticosterone production" is corticosterone secretion, :data:`HORMONE_SECRETION`)
    secreted = {rows[c]["name"].removesuffix(" secretion") for c in _descendants(HORMONE_SECRETION, children)}
    kept |= {c for c in molecule_metabolism(rows, children)
             if _MOLECULE_PROCESS.fullmatch(rows[c]["name"]).group(1) not in secreted}
    kept -= _descendants(GO_EXCLUDED, children)
    kept |= {r for target in list(kept) for r in regulators.get(target, ())}
    kept -= _descendants(GO_EXCLUDED, children)
    kept |= set(GO_SINGLE)
    barriers = barrier_terms({c: row["name"] for c, row in rows.items()})  # round 19k: a barrier's function
    kept |= set(barriers)
    kept &= set(rows)
    own_keys = set()
    live_labels = {row["name"] for row in rows.values()}
    by_label = {rows[c]["name"]: c for c in kept}
    for curie in kept:
        row = rows[curie]
        own_keys.update(name_key(n) for n in [row["name"], *split_multi(row["synonyms_exact_or_related"])])
    families = read_families(_protein_symbols(shared), (rows[c]["name"] for c in kept))
    for curie in sorted(kept):
        row = rows[curie]
        label = row["name"]
        exact = [] if curie in GO_LABEL_ONLY else split_multi(row["synonyms_exact_or_related"])
        names: list[tuple[str, str]] = [(label, "label")]
        names += [(s, "abbreviation" if looks_like_abbreviation(s) else "exact") for s in exact]
        plain = unqualified_names([label, *exact])  # "glutamate secretion, neurotransmission" -> "... secretion"
        names += plain
        names += pathway_variants([label, *exact, *(n for n, _ in plain)], cell_names)
        names += process_variants([label, *exact, *(n for n, _ in plain)])
        names += physiology_variants([label, *exact])
        names += ion_homeostasis_names([label, *exact]) + plasticity_course_names([label, *exact])  # round 18b
        names += contractility_names([label, *exact])  # round 19b
        # round 24b: "angiogenic effects", "anti-apoptotic activity"; "immune development"
        names += adjective_effect_names([n for n, _ in names]) + system_development_names([label, *exact])
        names += clipped_transmitter_names([label, *exact])  # round 19g: "transmitter release"
        names += receptor_subtype_names([label])  # round 19e
        # round 19k: "DNA hypomethylation", "epigenetic changes", "intestinal barrier function"
        names += mark_degree_names([label, *exact]) + field_regulation_names([label])
        names += barrier_function_names(barriers[curie]) if curie in barriers else []
        names += [(n, "derived") for n in member_names(label, families)]  # round 19g: "STAT3 signalling"
        curie, label, names = _course_parent(curie, label, names, by_label)
        # a process GO names only through its regulation: "regulation of synaptic plasticity" -> "synaptic plasticity"
        # (not a process GO names itself and the lexicon leaves out: "gene expression", round 20b)
        if label.startswith("regulation of "):
            bare = label[len("regulation of "):]
            if name_key(bare) not in own_keys and bare not in live_labels:
                names.append((bare, "derived"))
        terms.add(curie, label, names, Source("GO", GO_RELEASE))
        # "NO synthesis", "ROS production": only with the short form's case ("no synthesis" is no NO)
        terms.add(curie, label, short_form_names(n for n, _ in names), Source("GO", GO_RELEASE), flags="cs")
        older = split_multi(row["other_synonyms_2022"])
        if older:  # with their paraphrases, as trusted as they are ("IL-6 secretion" -> "secretion of IL-6")
            older += [n for n, _ in process_variants(older)]
            # round 14b: a signalling GO names only through one member of a ligand family (a 2022 synonym: "IL-1
            # beta-mediated signaling pathway") keeps that member's short forms too: "IL-1β pathway", "IL-1beta
            # signalling" (never a regulation: "inhibition of ... signaling pathway")
            older += [n for n, _ in pathway_variants([o for o in older if o.endswith("-mediated signaling pathway")
                                                      and " of " not in o])]
            terms.add(curie, label, [(s, "narrow") for s in older], Source("GO", GO_2022_RELEASE))
            terms.add(curie, label, [(n, "narrow") for n, _ in short_form_names(older)], Source("GO", GO_2022_RELEASE),
                      flags="cs")  # "IFN-gamma secretion"
    # a root or single term GO has obsoleted since its 2022 release (histone acetylation, neurotransmitter
    # biosynthetic process) still names a mechanism abstracts give; GUIDELINES: "[] plus label where GO has no
    # term", so it is an ipkg: Pathway labelled with GO's last name for it, with that name's paraphrases (round 14b)
    for row in every:
        if row["obsolete"] == "true" and row["id"] in GO_ROOTS + GO_SINGLE:
            label = row["name"]
            names = [(label, "label"), *process_variants([label]), *pathway_variants([label])]
            terms.add(f"ipkg:{'-'.join(label.split())}", label, names, Source("GO", GO_2022_RELEASE))
    cl, _ = load_cellxgene("CL")
    for head in INHERITED_HEADS:
        inherited = inherited_activations({c: rows[c]["name"] for c in kept}, cell_names, cl, head)
        for curie, names in sorted(inherited.items()):
            terms.add(curie, rows[curie]["name"], [(n, "derived") for n in names if name_key(n) not in own_keys],
                      Source("GO", GO_RELEASE))
    for curie in sorted(_descendants(HORMONE_SECRETION, children) & kept):
        hormone = rows[curie]["name"].removesuffix(" secretion")
        if hormone != rows[curie]["name"] and " " not in hormone:
            terms.add(curie, rows[curie]["name"], [(f"{hormone} production", "derived"),
                                                   (f"production of {hormone}", "derived")], Source("GO", GO_RELEASE))
    phenomenon_terms(shared, terms)  # round 19g: "spreading depression", named from MeSH (GO has no term)
    logger.info("Pathway: %d GO terms", len(kept))
    return terms


def _course_parent(curie: str, label: str, names: list[tuple[str, str]], by_label: dict[str, str]
                   ) -> tuple[str, str, list[tuple[str, str]]]:
    """A process GO splits by its time course ("acute X", "chronic X") is read as X, the names of the course's term
    going to X's (round 17b: the annotated golds file "chronic inflammation", "acute response to stress",
    "low-grade peripheral inflammation" under the process itself, one concept per abstract; X's id is right
    wherever a curator lists the broader id, the course's only where they list nothing else).

    >>> _course_parent("GO:0002544", "chronic inflammatory response", [("chronic inflammation", "exact")],
    ...                {"inflammatory response": "GO:0006954"})
    ('GO:0006954', 'inflammatory response', [('chronic inflammation', 'exact')])
    """
    m = _TIME_COURSE.fullmatch(label)
    if m is None or m.group(1) not in by_label:
        return curie, label, names
    return by_label[m.group(1)], m.group(1), [(n, "exact" if kind == "label" else kind) for n, kind in names]


def inherited_activations(labels: dict[str, str], cell_names: dict[str, list[str]],
                          cl: dict | None = None, head: str = "activation") -> dict[str, list[str]]:
    """GO process -> ``<cell> <head>`` names of the kept cells GO has no such process of: a cell's activation
    (or proliferation, :data:`INHERITED_HEADS`) is that of its nearest CL ancestor that has one ("macroglia
    activation" is glial cell activation, macroglial cell being a glial cell; "proliferation of splenocytes" is
    leukocyte proliferation); two ancestors at the same distance with different processes give none.
    ``labels``: kept GO id -> label; ``cell_names``: kept CL label -> other names (:func:`.cells.build_cells`)."""
    if cl is None:
        cl, _ = load_cellxgene("CL")
    by_label = {t["label"]: c for c, t in cl.items() if c.startswith("CL:") and not t.get("deprecated")}
    suffix = f" {head}"
    own = {by_label[m]: g for g, label in labels.items()
           if (m := label[: -len(suffix)] if label.endswith(suffix) else "") in by_label}
    out: dict[str, list[str]] = defaultdict(list)
    for label in sorted(cell_names):
        cell = by_label.get(label)
        if cell is None or cell in own:
            continue
        ancestors = sorted((d, a) for a, d in cl[cell].get("ancestors", {}).items() if a in own)
        if not ancestors or len({own[a] for d, a in ancestors if d == ancestors[0][0]}) > 1:
            continue
        process = own[ancestors[0][1]]
        for name in [label, *cell_names[label]]:
            out[process] += [f"{name} {head}", f"{head} of {name}"]
        out[process] += [n for n, _ in pathway_variants([f"{label} {head}"], cell_names)]
        out[process] += [n for n, _ in physiology_variants([f"{label} {head}"])]
    return out
