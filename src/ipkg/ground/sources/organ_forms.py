"""An organ's disorder named in the other words English has for the organ (round 24c; used by :mod:`ipkg.ground.build`).

A disease or sign located in an organ is written with the organ's noun or with its adjective: MeSH names *Brain
Edema* and *Eye Pain*, abstracts write "cerebral edema" and "ocular pain"; MONDO names *hematologic disorder* and
*lung disorder*, abstracts write "haematological toxicity" and "pulmonary toxicity". Before this round the matcher
took only the head ("edema", "pain", "toxicity") and grounded the bare sign, or *Drug-Related Side Effects and
Adverse Reactions* (BC5CDR train: 160 gold diseases whose phrase we read as its head noun with another id). Three
rules, each stated on the ontologies' own names:

* **organ words** (:func:`organ_word_names`): a Disorder or Phenotype name (label or exact synonym, two to five
  words, running text) with one word of :data:`ORGAN_ADJECTIVES` (the organ's noun or its adjective, the standard
  anatomical morphology: brain / cerebral, liver / hepatic, kidney / renal, heart / cardiac, lung / pulmonary,
  eye / ocular, ...) before another word and after no function word is also named with the other word: *Brain
  Edema* -> "cerebral edema", *Eye Pain* -> "ocular pain", *Cerebral Hemorrhage* -> "brain hemorrhage" (not
  "enlarged spleen" or "bleeding from the eye": an adjective stands before its noun; and not where the name's
  last word is a process's name: "intestinal inflammation" stays GUIDELINES' inflammation, a Pathway);
* **an organ's toxicity** (:func:`organ_toxicity_names`): a drug's toxicity to an organ or system is a disease of
  it, as "hepatotoxicity" is the liver's (:func:`ipkg.ground.expand.disorder_variants`); each MONDO disease filed
  under *disease by body system or component* (:data:`BODY_SYSTEM`), not a psychiatric disorder, and named
  "<part> disease / disorder" is also "<part> toxicity", where the part is one adjective of a body part (-al, -ic,
  -ar, -ary: "hematologic", "neurological", "retinal", "cardiovascular") or an UBERON name ("lung", "bone marrow",
  "peripheral nervous system"): "hematologic toxicity", "lung toxicity", "neurological toxicity". Diseases filed
  by process (genetic, metabolic, infectious, inflammatory) take no toxicity ("genetic toxicity" is genotoxicity,
  not a genetic disease), nor a disease named by its kind ("cyclothymic disorder", "mast cell disease");
* **toxic forms** (:func:`toxic_forms`): a disease named "drug-induced X" is also "toxic X" (MeSH 2015 named
  drug-induced liver injury "Hepatitis, Toxic"; MONDO names "toxic optic neuropathy", "toxic myocarditis"):
  "toxic hepatitis" is drug-induced hepatitis.

Every new name is ``derived``; a name some row of any class already has, or that two concepts of one class would
take, is left out (:func:`ipkg.ground.sources.conditions.unshared`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import LexiconRow
from ..variants import name_key
from .common import load_cellxgene
from .conditions import unshared

__all__ = ["organ_names", "organ_word_names", "organ_toxicity_names", "toxic_forms", "ORGAN_ADJECTIVES",
           "BODY_SYSTEM"]

#: an organ's noun and its adjective (the standard anatomical morphology; one-to-one pairs only: "nerve" has
#: "neural" and "nervous", "bone" "osseous" and "skeletal", so neither is here)
ORGAN_ADJECTIVES: dict[str, str] = {
    "brain": "cerebral", "liver": "hepatic", "kidney": "renal", "heart": "cardiac", "lung": "pulmonary",
    "eye": "ocular", "stomach": "gastric", "skin": "cutaneous", "intestine": "intestinal", "muscle": "muscular",
    "artery": "arterial", "vein": "venous", "spleen": "splenic", "pancreas": "pancreatic",
    "cerebellum": "cerebellar", "retina": "retinal", "myocardium": "myocardial", "colon": "colonic",
    "ovary": "ovarian", "uterus": "uterine",
}
#: each word of :data:`ORGAN_ADJECTIVES` and its counterpart, both ways
_OTHER_WORD: dict[str, str] = {**ORGAN_ADJECTIVES, **{a: n for n, a in ORGAN_ADJECTIVES.items()}}
#: MONDO's grouping of diseases by the body system or component they affect
BODY_SYSTEM = "MONDO:7770006"
#: MONDO's psychiatric disorder: the mind's, not an organ's ("schizoaffective toxicity" is no disease)
_PSYCHIATRIC = "MONDO:0002025"
#: a disease of a part named by one to three words and its head
_PART_DISEASE = re.compile(r"((?:[a-z]+ ){0,2}[a-z]+) (?:disease|disorder)s?")
#: one adjective of a body part
_PART_ADJECTIVE = re.compile(r"[a-z]{4,}(?:al|ic|ar|ary)")
#: words before which an organ word is no adjective's place ("bleeding from the eye")
_FUNCTION_WORDS = frozenset({"of", "the", "from", "in", "to", "with", "and", "or", "a", "an", "on", "by"})
#: a disease named as drug-induced
_DRUG_INDUCED = re.compile(r"drug[- ]induced ([a-z][a-z -]+)")
#: the classes whose names the organ-word and toxic-form rules turn
_CLASSES = ("Disorder", "Phenotype")


def _own_names(rows: list[LexiconRow], classes: tuple[str, ...] = _CLASSES) -> Iterator[tuple[LexiconRow, str]]:
    """(row, lower-cased name) of each label or exact synonym of ``classes`` written as running text."""
    for row in rows:
        if row.cls in classes and row.syntype in ("label", "exact") and not re.search(r"[,()/;]", row.name):
            yield row, row.name.lower()


def organ_word_names(rows: list[LexiconRow], processes: set[tuple[str, ...]] = frozenset()
                     ) -> Iterator[tuple[LexiconRow, str]]:
    """(row, name) with the organ word of a Disorder or Phenotype name turned into its counterpart; not where the
    last word is the key of a process's name (``processes``): an organ's "inflammation" stays the Pathway
    (GUIDELINES: inflammation is no Disorder), though MONDO names enteritis "intestine inflammation".

    >>> row = LexiconRow("Disorder", "i", "MESH:D001929", "Brain Edema", "Brain Edema", "label", "MESH", "2024", "")
    >>> colitis = row._replace(name="colon inflammation")
    >>> [name for _, name in organ_word_names([row, row._replace(name="brain", syntype="exact"), colitis],
    ...                                       {("inflammation",)})]
    ['cerebral edema']
    """
    for row, name in _own_names(rows):
        words = name.split()
        organs = [i for i, word in enumerate(words) if word in _OTHER_WORD]
        if 2 <= len(words) <= 5 and len(organs) == 1 and organs[0] < len(words) - 1 and not (
                _FUNCTION_WORDS.intersection(words[:organs[0]])) and name_key(words[-1]) not in processes:
            words[organs[0]] = _OTHER_WORD[words[organs[0]]]
            yield row, " ".join(words)


def organ_toxicity_names(rows: list[LexiconRow], body_system: set[str], parts: set[str]
                         ) -> Iterator[tuple[LexiconRow, str]]:
    """(row, "<part> toxicity") for each Disorder of ``body_system`` named "<part> disease / disorder", the part
    one adjective of a body part or one of ``parts`` (anatomy's names).

    >>> row = LexiconRow("Disorder", "i", "MONDO:0005570", "hematologic disorder", "hematologic disorder", "label",
    ...                  "MONDO", "2024", "")
    >>> [name for _, name in organ_toxicity_names([row, row._replace(curie="MONDO:0003847")], {"MONDO:0005570"},
    ...                                          set())]
    ['hematologic toxicity']
    """
    for row, name in _own_names(rows, ("Disorder",)):
        m = _PART_DISEASE.fullmatch(name)
        if m and row.curie in body_system and (m.group(1) in parts or _PART_ADJECTIVE.fullmatch(m.group(1))):
            yield row, f"{m.group(1)} toxicity"


def toxic_forms(rows: list[LexiconRow]) -> Iterator[tuple[LexiconRow, str]]:
    """(row, "toxic X") for each Disorder or Phenotype named "drug-induced X".

    >>> row = LexiconRow("Disorder", "i", "MONDO:0002184", "drug-induced hepatitis", "drug-induced hepatitis",
    ...                  "label", "MONDO", "2024", "")
    >>> [name for _, name in toxic_forms([row])]
    ['toxic hepatitis']
    """
    for row, name in _own_names(rows):
        m = _DRUG_INDUCED.fullmatch(name)
        if m and not m.group(1).endswith("toxicity"):
            yield row, f"toxic {m.group(1)}"


def organ_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of the three rules of the module docstring, checked against ``rows`` (all classes)."""
    mondo, _ = load_cellxgene("MONDO")
    body_system = {curie for curie, term in mondo.items() if BODY_SYSTEM in (term.get("ancestors") or {})
                   and _PSYCHIATRIC not in term["ancestors"] and curie != _PSYCHIATRIC}
    uberon, _ = load_cellxgene("UBERON")
    parts = {name.lower() for term in uberon.values()
             for name in [term.get("label") or "", *(term.get("synonyms") or [])]}
    processes = {name_key(row.name) for row in rows if row.cls == "Pathway"}
    named = [*organ_word_names(rows, processes), *organ_toxicity_names(rows, body_system, parts), *toxic_forms(rows)]
    # of a Disorder and a Phenotype, the Disorder takes a name both would have (the rows are sorted so)
    named.sort(key=lambda pair: pair[0].cls != "Disorder")
    return unshared(named, rows)
