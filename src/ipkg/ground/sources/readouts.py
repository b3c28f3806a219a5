"""Names of the processes and readouts a study measures (round 19k; used only by :mod:`.pathways`).

The second check set's readers (``tests/data/grounding/check2-reader*-notes.md``, the check adjudication rule on
readouts) file a body function, a process's degree or a change a study names as a Pathway with its GO term
("intestinal barrier function", "hypomethylation of DNA", "epigenetic alterations"). GO names them in words abstracts
do not use; the rules here give the English names from GO's own:

* GO keeps a barrier by its establishment or maintenance ("maintenance of blood-brain barrier", "establishment of
  endothelial intestinal barrier"); abstracts name the barrier's function, integrity or its loss ("intestinal
  barrier function", "blood-brain barrier integrity", "intestinal barrier dysfunction"), never the bare barrier,
  which is a structure ("SCFAs cross the blood-brain barrier") (:func:`barrier_function_names`,
  :func:`barrier_terms`); round 23b: also with the noun first ("disruption of the blood-brain barrier"), and the
  intestinal barrier also as the gut's ("gut barrier integrity"), as MeSH names the gastrointestinal tract's
  microbiome, absorption and axis with "gut" ("Gut Microbiome", "Gut Absorption", "Gut-Brain Axis");
* an epigenetic mark's process ("DNA methylation", "histone acetylation") is also named by its raised or lowered
  degree ("DNA hypomethylation", "hypermethylation of DNA") (:func:`mark_degree_names`);
* a regulation of gene expression GO names by a field's adjective ("epigenetic regulation of gene expression") is
  also named by the field ("epigenetics") and by the adjective before a word for a change or a mechanism
  ("epigenetic changes", "epigenetic alterations", "epigenetic mechanisms") (:func:`field_regulation_names`).

Behaviour and cognition (GO:0007610, GO:0050890), which the check2 readers also file as readouts, stay out of the
lexicon (:data:`.pathways.GO_EXCLUDED`): the tune half, the dev set and check-read do not file them
(docs/grounding.md, "Round 19k").
"""

from __future__ import annotations

import re

__all__ = ["barrier_function_names", "barrier_terms", "field_regulation_names", "mark_degree_names"]

#: a GO barrier process: its kind (maintenance first) and the barrier, without the tissue's cell qualifier
_BARRIER = re.compile(r"(maintenance|establishment) of (?:endothelial |epithelial )?([\w-]+(?: [\w-]+)?) barrier")
#: a barrier named by its cell layer alone: every barrier is one, so the words name none in particular
_LAYERS = ("endothelial", "epithelial")
#: the plain English word for a barrier's organ adjective (MeSH's entry terms: "Gut Microbiome", "Gut Absorption")
_ORGAN_WORDS = {"intestinal": ("gut",)}
#: what abstracts say of a barrier's working or its loss
_BARRIER_NOUNS = ("function", "integrity", "dysfunction", "disruption", "permeability", "damage", "impairment",
                  "disorder")
#: an epigenetic mark's process
_MARK = re.compile(r"(\w+) (methylation|acetylation)")
#: a regulation of gene expression named by a field's adjective
_FIELD_REGULATION = re.compile(r"(\w+etic) regulation of gene expression")
#: what the field's adjective stands before when it names the regulation at work
_CHANGE_NOUNS = ("changes", "alterations", "modifications", "mechanisms", "processes", "dysregulation")


def barrier_terms(labels: dict[str, str]) -> dict[str, str]:
    """The GO term that names each barrier's function: its maintenance where GO has one, else its establishment
    (GO id -> the barrier's name); ``labels``: GO id -> label of the live terms.

    >>> barrier_terms({"GO:1": "establishment of blood-brain barrier", "GO:2": "maintenance of blood-brain barrier",
    ...                "GO:3": "establishment of endothelial intestinal barrier",
    ...                "GO:4": "regulation of establishment of blood-brain barrier",
    ...                "GO:5": "establishment of endothelial barrier"})
    {'GO:2': 'blood-brain', 'GO:3': 'intestinal'}
    """
    chosen: dict[str, tuple[str, str]] = {}
    for curie, label in sorted(labels.items()):
        m = _BARRIER.fullmatch(label)
        if m is None:
            continue
        kind, barrier = m.groups()
        if barrier in _LAYERS:
            continue
        held = chosen.get(barrier)
        if held is None or (kind == "maintenance" and not labels[held[0]].startswith("maintenance")):
            chosen[barrier] = (curie, kind)
    return {curie: barrier for barrier, (curie, _) in sorted(chosen.items())}


def barrier_function_names(barrier: str) -> list[tuple[str, str]]:
    """The names of a barrier's function ("intestinal barrier function", "blood-brain barrier integrity"), also
    with the noun first ("integrity of the intestinal barrier", round 23b), the intestinal one also by the gut ("gut
    barrier function").

    >>> [n for n, _ in barrier_function_names("intestinal")][:3]
    ['intestinal barrier function', 'function of the intestinal barrier', 'intestinal barrier integrity']
    >>> [n for n, _ in barrier_function_names("intestinal")][16:18]
    ['gut barrier function', 'function of the gut barrier']
    >>> len(barrier_function_names("blood-brain"))
    16
    """
    return [(name, "derived") for word in (barrier, *_ORGAN_WORDS.get(barrier, ())) for noun in _BARRIER_NOUNS
            for name in (f"{word} barrier {noun}", f"{noun} of the {word} barrier")]


def mark_degree_names(names: list[str]) -> list[tuple[str, str]]:
    """"X hypermethylation", "hypomethylation of X", ... for each "X methylation" or "X acetylation".

    >>> [n for n, _ in mark_degree_names(["DNA methylation"])]
    ['DNA hypermethylation', 'hypermethylation of DNA', 'DNA hypomethylation', 'hypomethylation of DNA']
    >>> mark_degree_names(["regulation of DNA methylation"])
    []
    """
    out: list[str] = []
    for name in names:
        m = _MARK.fullmatch(name)
        if m:
            target, mark = m.groups()
            for degree in ("hyper", "hypo"):
                out += [f"{target} {degree}{mark}", f"{degree}{mark} of {target}"]
    return [(n, "derived") for n in dict.fromkeys(out)]


def field_regulation_names(names: list[str]) -> list[tuple[str, str]]:
    """"epigenetics", "epigenetic changes", ... for "epigenetic regulation of gene expression".

    >>> [n for n, _ in field_regulation_names(["epigenetic regulation of gene expression"])][:3]
    ['epigenetics', 'epigenetic changes', 'epigenetic alterations']
    >>> field_regulation_names(["post-transcriptional regulation of gene expression"])
    []
    """
    out: list[str] = []
    for name in names:
        m = _FIELD_REGULATION.fullmatch(name)
        if m:
            out += [f"{m.group(1)}s", *(f"{m.group(1)} {noun}" for noun in _CHANGE_NOUNS)]
    return [(n, "derived") for n in dict.fromkeys(out)]
