"""Build-time forms of GO process names that English builds from the process noun (round 24b; used by
:mod:`ipkg.ground.sources.pathways`, beside :func:`ipkg.ground.morphology.process_variants`).

* A one-word process noun in ``-genesis``, ``-lysis``, ``-taxis``, ``-poiesis`` or ``-ptosis`` (GO's label or an
  exact synonym: angiogenesis, lipolysis, chemotaxis, erythropoiesis, pyroptosis; and GO's ``apoptotic process``,
  ``neuron apoptotic process`` named by their adjective) has the regular adjective in ``-genic``, ``-lytic``, ``-tactic``, ``-poietic`` or
  ``-ptotic``; that adjective before an effect noun (:data:`~ipkg.ground.morphology.EFFECT_NOUNS`: "angiogenic
  effects", "chemotactic activity", "synaptogenic properties") names the process at work, as "phagocytic
  activity" names phagocytosis and "immunosuppressive effects" the negative regulation GO names by
  "immunosuppression". With "pro-" or "anti-" before the adjective ("pro-apoptotic effects", "anti-angiogenic
  activity") the name is the process itself, as the annotated golds file "anti-inflammatory activity" and
  "pro-inflammatory effects" under the inflammatory response and "anti-neuronal apoptotic" effects under the
  neuron's apoptotic process (:mod:`ipkg.extract.pathway_readings` reads "anti-" adjectives in ``-otic``, ``-ive``
  and ``-atory`` so, but not in ``-genic``, ``-lytic`` or ``-tactic``). A noun that carries the prefix itself (GO's
  "anti-apoptosis", an exact synonym of the negative regulation) gives no form.
* A process of a body system named "<system> development" (GO's ``immune system development``) is also named by
  the system's adjective ("immune development", as "immune activation" is the immune system's) and with the noun
  first ("development of the immune system"; the article is optional through the variants).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .morphology import EFFECT_NOUNS

__all__ = ["adjective_effect_names", "system_development_names"]

#: the ending of a one-word process noun and the ending of its adjective (angiogenesis -> angiogenic)
NOUN_ADJECTIVE_ENDINGS: tuple[tuple[str, str], ...] = (("genesis", "genic"), ("lysis", "lytic"), ("taxis", "tactic"),
                                                       ("poiesis", "poietic"), ("ptosis", "ptotic"))
#: the prefixes an effect's adjective takes, each naming the same process (the golds' convention above)
_PREFIXES = ("", "pro-", "pro", "anti-", "anti")
#: the prefixes before a qualified adjective, hyphenated ("anti-neuronal apoptotic effects": the tune gold's neuron
#: apoptotic process; the matcher reads no name from inside the hyphenated word, so without the prefixed name the
#: bare "apoptotic effects" after it would be read)
_QUALIFIED_PREFIXES = ("", "pro-", "anti-")
#: a GO name made of a process adjective and "process" ("apoptotic process", "necroptotic process"), perhaps after a
#: one- or two-word qualifier with no "of" in it ("neuron apoptotic process", "neuronal apoptotic process")
_ADJECTIVE_PROCESS = re.compile(r"((?:[a-z0-9-]+ ){0,2})([a-z]+) process")
#: the adjectives of a body system GO names a development of (morphology's ``_SYSTEM_ADJECTIVES``, whose process
#: names these are not: "immune development" is no "X of the immune system" with a head of ``_HEADS``)
_SYSTEM_ADJECTIVES = {"immune system": ("immune", "immunological")}


def _adjective(name: str) -> tuple[str, str] | None:
    """(qualifier, regular adjective) of a one-word process noun or of a GO "<adjective> process" name, if any."""
    lower = name.lower()
    m = _ADJECTIVE_PROCESS.fullmatch(lower)
    if m:
        qualifier = m.group(1).split()
        if "of" in qualifier or not m.group(2).endswith(tuple(adj for _, adj in NOUN_ADJECTIVE_ENDINGS)):
            return None
        return m.group(1), m.group(2)
    if not re.fullmatch(r"[a-z]+", lower) or lower.startswith(("anti", "pro")):
        return None
    for noun_end, adjective_end in NOUN_ADJECTIVE_ENDINGS:
        if lower.endswith(noun_end) and len(lower) > len(noun_end) + 2:
            return "", lower[: -len(noun_end)] + adjective_end
    return None


def adjective_effect_names(names: Iterable[str]) -> list[tuple[str, str]]:
    """``<adjective> <effect noun>`` with and without "pro-" and "anti-" for each name of one GO process whose noun
    has a regular adjective; a qualified adjective ("neuronal apoptotic effects") takes the prefixes hyphenated
    ("anti-neuronal apoptotic effects", as :mod:`ipkg.extract.pathway_readings` reads "anti-neuronal apoptotic").

    >>> [n for n, _ in adjective_effect_names(["angiogenesis"])][:3]
    ['angiogenic effect', 'angiogenic effects', 'angiogenic action']
    >>> sorted({n.split()[0] for n, _ in adjective_effect_names(["apoptotic process"])})
    ['anti-apoptotic', 'antiapoptotic', 'apoptotic', 'pro-apoptotic', 'proapoptotic']
    >>> [n for n, _ in adjective_effect_names(["chemotaxis"]) if n.endswith("activity")][:1]
    ['chemotactic activity']
    >>> [n for n, _ in adjective_effect_names(["neuronal apoptotic process"])][::6]
    ['neuronal apoptotic effect', 'pro-neuronal apoptotic effect', 'anti-neuronal apoptotic effect']
    >>> adjective_effect_names(["anti-apoptosis", "lipid catabolic process", "phagocytosis",
    ...                         "regulation of neuron apoptotic process"])
    []
    """
    out: dict[str, str] = {}
    for name in names:
        found = _adjective(name)
        if found:
            qualifier, adjective = found
            for prefix in _PREFIXES if not qualifier else _QUALIFIED_PREFIXES:
                out.update((f"{prefix}{qualifier}{adjective} {noun}", "derived") for noun in EFFECT_NOUNS)
    return list(out.items())


def system_development_names(names: Iterable[str]) -> list[tuple[str, str]]:
    """The adjective and noun-first forms of a body system's development.

    >>> system_development_names(["immune system development"])  # doctest: +NORMALIZE_WHITESPACE
    [('immune development', 'derived'), ('immunological development', 'derived'),
     ('development of the immune system', 'derived')]
    """
    out: list[tuple[str, str]] = []
    for name in names:
        m = re.fullmatch(r"(.+ system) development", name.lower())
        if m and m.group(1) in _SYSTEM_ADJECTIVES:
            out += [(f"{adjective} development", "derived") for adjective in _SYSTEM_ADJECTIVES[m.group(1)]]
            out.append((f"development of the {m.group(1)}", "derived"))
    return out
