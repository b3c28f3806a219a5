"""Process names English forms from a GO label's adjective (round 6b; used only by :mod:`ipkg.ground.build`).

GO names a response after its adjective (``inflammatory response``, ``neuroinflammatory response``); abstracts
name the same process by that adjective before a word for a mechanism: "inflammatory pathways", "inflammatory
signaling pathways", "neuroinflammatory mechanisms" (the annotated set's adjudication rules ground
"inflammatory mechanisms" to inflammatory response). Only for a one-word ``-atory`` adjective, whose noun is
the process itself (inflammation); ``immune response`` is no such adjective (immune pathways are many).

GO names a transmitter's synaptic transmission after its adjective, inverted (``synaptic transmission,
dopaminergic``); abstracts name it by that adjective before a word for the system's working: "serotonergic
signalling", "glutamatergic function", "dopaminergic activity", "cholinergic tone", "GABAergic mechanisms"
(:func:`transmitter_system_names`, round 16b; not "the dopaminergic system", its neurons); a class of transmitters
names their common parent, chemical synaptic transmission ("monoaminergic transmission", round 24b).

A cell's activation is named also by the cell's reactive or raised state (:func:`cell_reactivity_names`, round
14b): "microglial reactivity", "B-cell hyperreactivity", "microglia hyperactivation".

The hypothalamic-pituitary axes are spelled with the combining form ``hypothalamo-`` too, and the adrenal one
after the adrenal cortex (``hypothalamo-pituitary-adrenocortical axis``); a gut-brain axis names its parts in
any order (``gut-microbiota-brain axis``): :func:`axis_spellings`.
"""

from __future__ import annotations

import re
from itertools import permutations

from ..lexicon import LexiconRow

__all__ = ["adjective_process_names", "axis_spellings", "cell_reactivity_names", "clipped_transmitter_names",
           "contractility_names", "ion_homeostasis_names", "plasticity_course_names", "transmitter_system_names"]

#: a GO label made of a process adjective and "response"
_ADJECTIVE_RESPONSE = re.compile(r"([a-z-]+atory) response")
#: words for a mechanism that the adjective may head
_MECHANISM_NOUNS = ("pathway", "pathways", "signaling pathway", "signaling pathways", "signalling pathway",
                    "signalling pathways", "mechanism", "mechanisms", "processes", "cascade", "cascades",
                    # round 8: the process measured as an activity, or given as an insult ("inflammatory
                    # activities", "inflammatory insults": the adjudicated tune half grounds both to the response)
                    "activity", "activities", "insult", "insults",
                    # round 14b: the state a cell or tissue is in, or a part of a disease, named by the process
                    # ("a pro-inflammatory phenotype" of microglia, "an inflammatory environment", "the
                    # inflammatory component" of a disorder: the tune half's and check adjudications' wordings)
                    "phenotype", "phenotypes", "state", "states", "environment", "milieu", "component",
                    "components",
                    # round 19k: what the process does, named as a compound's or a microbe's action ("promotes
                    # pro-inflammatory effects": check2 readers file it under the response, as "anti-inflammatory
                    # effects" already were)
                    "effect", "effects",
                    # round 23b: the process's signalling named without "pathway" ("increased pro-inflammatory
                    # signaling", "neuroinflammatory signaling"), as "inflammatory signaling pathways" is filed
                    "signaling", "signalling")
#: round 19e: a second adjective that says which mechanism of the process is meant ("inflammatory
#: pathophysiologic mechanisms", "inflammatory molecular pathways": the tune gold files the first under
#: inflammatory response); "-ological" and "-ologic" share a key (``variants._spelling``), so one form each
_MECHANISM_QUALIFIERS = ("pathophysiologic", "physiologic", "pathogenic", "pathogenetic", "molecular", "cellular",
                         "biologic")
#: the mechanism words the qualifier may stand before (not a state, a phenotype or an insult)
_QUALIFIED_NOUNS = ("mechanism", "mechanisms", "pathway", "pathways", "processes")


def adjective_process_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """``<adjective> pathways``, ``<adjective> mechanisms``, ... for each Pathway labelled ``<adjective> response``.

    >>> row = LexiconRow("Pathway", "i", "GO:0006954", "inflammatory response", "inflammatory response", "label",
    ...                  "GO", "2024", "")
    >>> [r.name for r in adjective_process_names([row])][:3]
    ['inflammatory pathway', 'inflammatory pathways', 'inflammatory signaling pathway']
    >>> [r.name for r in adjective_process_names([row]) if "pathophysiologic" in r.name][:2]
    ['inflammatory pathophysiologic mechanism', 'inflammatory pathophysiologic mechanisms']
    """
    out = []
    for row in rows:
        m = _ADJECTIVE_RESPONSE.fullmatch(row.label)
        if row.cls == "Pathway" and row.syntype == "label" and m:
            # "pro-inflammatory" names the same process (round 14b: "pro-inflammatory pathways", "proinflammatory
            # state"; GO's own "pro-inflammatory response" is a response variant, expand.pathway_variants)
            adjectives = [m.group(1)] + ([f"pro-{m.group(1)}", f"pro{m.group(1)}"]
                                         if m.group(1).endswith("inflammatory") else [])
            out += [row._replace(name=f"{adjective} {noun}", syntype="derived")
                    for adjective in adjectives for noun in _MECHANISM_NOUNS]
            out += [row._replace(name=f"{adjective} {qualifier} {noun}", syntype="derived")
                    for adjective in adjectives for qualifier in _MECHANISM_QUALIFIERS for noun in _QUALIFIED_NOUNS]
    return out


#: spellings of the parts of a hypothalamic-pituitary axis name: (written form, its other forms)
_AXIS_PARTS = (("hypothalamic-pituitary-", ("hypothalamo-pituitary-",)), ("-adrenal axis", ("-adrenocortical axis",)))


#: a gut-brain axis named by its parts (gut, brain, microbiota or microbiome; three at most)
_GUT_BRAIN_AXIS = re.compile(r"((?:gut|brain|microbiota|microbiome)(?:-(?:gut|brain|microbiota|microbiome)){1,2}) axis")


def axis_spellings(rows: list[LexiconRow]) -> list[LexiconRow]:
    """The other spellings of each name of a hypothalamic-pituitary axis (any class, any source).

    >>> row = LexiconRow("Pathway", "i", "ipkg:hpa", "HPA axis activity", "hypothalamic-pituitary-adrenal axis",
    ...                  "curated", "curated", "curated", "")
    >>> [r.name for r in axis_spellings([row])]
    ['hypothalamo-pituitary-adrenal axis', 'hypothalamic-pituitary-adrenocortical axis', \
'hypothalamo-pituitary-adrenocortical axis']
    """
    out = []
    for row in rows:
        names = [row.name]
        for part, others in _AXIS_PARTS:
            names += [n.replace(part, other) for n in names if part in n for other in others]
        out += [row._replace(name=n) for n in names[1:]]
        m = _GUT_BRAIN_AXIS.fullmatch(row.name)
        if m:  # the organs of a gut-brain axis in any order: "gut-microbiota-brain axis"
            parts = m.group(1).split("-")
            out += [row._replace(name="-".join(p) + " axis") for p in sorted(set(permutations(parts)))
                    if list(p) != parts]
    return out


#: a cell's reactive or raised state, which names the cell's activation (a reactive cell is an activated one, as
#: "HPA axis hyperactivity" is the axis' activity, round 11b); round 18b: the cell's "stimulation" (what is done to
#: it: "T-cell stimulation", "stimulation of lymphocytes") and its "activity" ("microglial activity", "macrophage
#: activity"), except a killer cell's, whose activity is its killing (NK cell mediated cytotoxicity)
_ACTIVATION_STATES = ("reactivity", "hyperreactivity", "hyperactivation", "overactivation", "stimulation", "activity")
#: cells whose "activity" names their killing, not their activation (``expand.physiology_variants``)
_KILLER_CELL = re.compile(r"natural killer|\bnk\b|cytotoxic|killer", re.IGNORECASE)


def cell_reactivity_names(rows: list[LexiconRow], cell_names: dict[str, list[str]]) -> list[LexiconRow]:
    """``<cell> reactivity`` (and the other :data:`_ACTIVATION_STATES`) for each name ``<cell> activation`` of a
    Pathway labelled ``<CL cell label> activation``; ``cell_names``: the CL labels (and their other names).

    >>> row = LexiconRow("Pathway", "i", "GO:0001774", "microglial cell activation", "microglial activation",
    ...                  "derived", "GO", "2024", "")
    >>> [r.name for r in cell_reactivity_names([row], {"microglial cell": ["microglia"]})][::5]
    ['microglial reactivity', 'microglial activity']
    >>> [r.name for r in cell_reactivity_names([row._replace(name="activation of microglia")], {"microglial cell": []})]
    ['stimulation of microglia']
    >>> cell_reactivity_names([row._replace(label="complement activation", name="complement activation")], {})
    []
    """
    out = []
    for row in rows:
        if not (row.cls == "Pathway" and row.label.endswith(" activation")
                and row.label[: -len(" activation")] in cell_names and row.syntype in ("label", "exact", "derived")):
            continue
        states = [s for s in _ACTIVATION_STATES if s != "activity" or not _KILLER_CELL.search(row.label)]
        if row.name.endswith(" activation"):
            stem = row.name[: -len(" activation")]
            out += [row._replace(name=f"{stem} {state}", syntype="derived") for state in states]
        elif row.name.startswith("activation of "):  # "stimulation of lymphocytes"
            out.append(row._replace(name=f"stimulation of {row.name[len('activation of '):]}", syntype="derived"))
    return out


#: a GO label naming a transmitter's synaptic transmission by the transmitter's adjective
_TRANSMISSION = re.compile(r"synaptic transmission, ([a-z]+ergic)", re.IGNORECASE)
#: words for a transmitter system's working that the adjective may head; "system(s)" and "pathway(s)" name the
#: neurons and their tracts ("the developing noradrenergic system", "nigrostriatal dopaminergic pathways"; the
#: tune half's gold leaves "serotonergic systems" out), "synapses", "neurons", "drugs" and "receptors" are
#: structures, cells and agents: none of them is among these
_SYSTEM_NOUNS = ("signaling", "signalling", "function", "functions", "activity", "activities", "tone", "mechanism",
                 "mechanisms", "synaptic activity", "synaptic function", "synaptic signaling", "synaptic signalling")


#: round 24b: adjectives of a class of transmitters, each of whose members' transmissions GO names as a kind of
#: chemical synaptic transmission (``synaptic transmission, serotonergic / dopaminergic / noradrenergic`` are all
#: is_a GO:0007268) with no kind of its own for the class: the class's transmission is that common parent, as the
#: second check set's gold files "monoaminergic transmission"
_TRANSMITTER_CLASSES = ("monoaminergic", "catecholaminergic", "aminergic")
#: the label of GO's common parent of the transmitter-specific transmissions
_CHEMICAL_TRANSMISSION = "chemical synaptic transmission"


def transmitter_system_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """``<adjective> signalling``, ``<adjective> function``, ... for each Pathway labelled ``synaptic transmission,
    <adjective>`` (GO's transmitter-specific transmissions); for the chemical synaptic transmission they are kinds
    of, the same with the adjective of a class of transmitters, and its "transmission" ("monoaminergic
    transmission", :data:`_TRANSMITTER_CLASSES`).

    >>> row = LexiconRow("Pathway", "i", "GO:0001963", "synaptic transmission, dopaminergic",
    ...                  "synaptic transmission, dopaminergic", "label", "GO", "2024", "")
    >>> [r.name for r in transmitter_system_names([row])][:3]
    ['dopaminergic signaling', 'dopaminergic signalling', 'dopaminergic function']
    >>> row = row._replace(label="chemical synaptic transmission", name="chemical synaptic transmission")
    >>> [r.name for r in transmitter_system_names([row])][:3]
    ['monoaminergic transmission', 'monoaminergic neurotransmission', 'monoaminergic signaling']
    """
    out = []
    for row in rows:
        if row.cls != "Pathway" or row.syntype != "label":
            continue
        m = _TRANSMISSION.fullmatch(row.label)
        if m:
            out += [row._replace(name=f"{m.group(1)} {noun}", syntype="derived") for noun in _SYSTEM_NOUNS]
        elif row.label == _CHEMICAL_TRANSMISSION:
            out += [row._replace(name=f"{adjective} {noun}", syntype="derived") for adjective in _TRANSMITTER_CLASSES
                    for noun in ("transmission", "neurotransmission", *_SYSTEM_NOUNS)]
    return out


#: GO's homeostasis of one ion, in a cell or in general (group 1 "intracellular " or empty, group 2 the ion)
_ION_HOMEOSTASIS = re.compile(r"(intracellular |cellular )?(\w+) ion homeostasis")


def ion_homeostasis_names(names: list[str]) -> list[tuple[str, str]]:
    """Physiology's words for GO's homeostasis of an ion (round 18b): the ion without "ion" ("calcium
    homeostasis"); a cell's homeostasis of it is its "handling" ("Ca2+ handling" of cardiomyocytes, "intracellular
    calcium handling"), the homeostasis in general also its "buffering" ("glial K+ buffering": the extracellular ion
    cleared). The short forms ("Ca2+", "K+") come from :data:`ipkg.ground.morphology.CHEMICAL_SHORT_FORMS`.

    >>> [n for n, _ in ion_homeostasis_names(["intracellular calcium ion homeostasis"])]
    ['intracellular calcium homeostasis', 'calcium handling', 'intracellular calcium handling']
    >>> [n for n, _ in ion_homeostasis_names(["potassium ion homeostasis", "regulation of potassium ion homeostasis"])]
    ['potassium homeostasis', 'potassium buffering', 'homeostasis of potassium']
    """
    out: list[str] = []
    for name in names:
        m = _ION_HOMEOSTASIS.fullmatch(name.lower())
        if m is None:
            continue
        ion = m.group(2)
        if m.group(1):
            out += [f"{m.group(1)}{ion} homeostasis", f"{ion} handling", f"{m.group(1)}{ion} handling"]
        else:
            out += [f"{ion} homeostasis", f"{ion} buffering", f"homeostasis of {ion}"]
    return [(n, "derived") for n in dict.fromkeys(out)]


#: GO's synaptic plasticity over a time course ("regulation of long-term neuronal synaptic plasticity"; GO names
#: it only through its regulation)
_PLASTICITY_COURSE = re.compile(r"(?:regulation of )?((?:short|long)-term) (?:neuronal )?synaptic plasticity")


def plasticity_course_names(names: list[str]) -> list[tuple[str, str]]:
    """A synaptic plasticity named by its time course alone (round 18b): "short-term plasticity", "long-term
    plasticity" and "long-term synaptic plasticity" are the synaptic kind (the time courses are the synapse's: a
    bare "plasticity" is not read, "phenotypic" or "developmental plasticity" being others).

    >>> [n for n, _ in plasticity_course_names(["regulation of short-term neuronal synaptic plasticity"])]
    ['short-term plasticity', 'short-term synaptic plasticity']
    >>> plasticity_course_names(["positive regulation of long-term neuronal synaptic plasticity"])
    []
    """
    out: list[str] = []
    for name in names:
        m = _PLASTICITY_COURSE.fullmatch(name.lower())
        if m:
            out += [f"{m.group(1)} plasticity", f"{m.group(1)} synaptic plasticity"]
    return [(n, "derived") for n in dict.fromkeys(out)]


#: GO's contraction of a muscle, by its organ and its kind ("uterine smooth muscle contraction", "cardiac muscle
#: contraction"; group 2 the organ's adjective or noun, group 4 the muscle's kind)
_MUSCLE_CONTRACTION = re.compile(r"((?!smooth |skeletal |cardiac )(\w+) )?((smooth|skeletal|cardiac) )?"
                                 r"muscle contraction")
#: the heart muscle's other adjective (the myocardium's: "myocardial contractility")
_CARDIAC_FORMS = ("cardiac", "myocardial")


def contractility_names(names: list[str]) -> list[tuple[str, str]]:
    """Physiology's words for GO's contraction of a muscle (round 19b; check adjudication: "myocyte contractility"
    is cardiac muscle contraction, a physiological readout named as a mechanism): the organ's or the muscle's
    "contractility" and "contractile function" ("cardiac contractility", "myocardial contractile function", "uterine
    contractility", "smooth muscle contractility"). Not the bare "contractility": whose it is, the text says
    elsewhere.

    >>> [n for n, _ in contractility_names(["cardiac muscle contraction"])][1:4]
    ['cardiac contractility', 'cardiac contractile function', 'myocardial contractility']
    >>> [n for n, _ in contractility_names(["uterine smooth muscle contraction", "muscle contraction"])]
    ['smooth muscle contractility', 'uterine contractility', 'uterine contractile function']
    >>> contractility_names(["regulation of cardiac muscle contraction"])
    []
    """
    out: list[str] = []
    for name in names:
        m = _MUSCLE_CONTRACTION.fullmatch(name.lower())
        if m is None or not (m.group(2) or m.group(4)):
            continue
        if m.group(4):
            out.append(f"{m.group(4)} muscle contractility")
        organs = [m.group(2)] if m.group(2) else list(_CARDIAC_FORMS) if m.group(4) == "cardiac" else []
        out += [f"{organ} {noun}" for organ in organs for noun in ("contractility", "contractile function")]
    return [(n, "derived") for n in dict.fromkeys(out)]


#: what happens to a transmitter, after the word (not its receptors, which are no process)
_CLIPPED = re.compile(r"\bneurotransmitter (?=(?:secretion|release|uptake|reuptake|transport|import)\b)")


def clipped_transmitter_names(names: list[str]) -> list[tuple[str, str]]:
    """Physiology clips "neurotransmitter" to "transmitter" (round 19g; 9k corpus: "transmitter release" 18 times,
    no Pathway read): GO's transmitter secretion, release and uptake are also named so ("adenosine inhibits
    transmitter release"; check adjudication: a transmitter's release named as part of a mechanism is a Pathway).
    Not before "receptor": a receptor is no process.

    >>> clipped_transmitter_names(["neurotransmitter secretion", "neurotransmitter release"])
    [('transmitter secretion', 'derived'), ('transmitter release', 'derived')]
    >>> clipped_transmitter_names(["neurotransmitter receptor internalization"])
    []
    """
    return [(n, "derived") for n in dict.fromkeys(_CLIPPED.sub("transmitter ", name) for name in names
                                                  if _CLIPPED.search(name))]
