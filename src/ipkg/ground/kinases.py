"""Build-time names of a kinase's signalling (split from :mod:`ipkg.ground.morphology` in round 19e).

The annotated set's adjudication rule: "a kinase whose phosphorylation or activation is reported as the mechanism:
Pathway for that kinase's signalling". GO names the signalling after the kinase ("AKT signaling", "ERK1/2
cascade"); abstracts name the kinase's phosphorylation or activation (:func:`kinase_phosphorylation`), and a cascade
as the kinase's signalling or pathway (:func:`cascade_signalling`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["cascade_signalling", "kinase_phosphorylation"]


#: a signalling process named by what signals: "AKT signaling", "ERK1/2 cascade", "PKB signal transduction"
_SIGNAL_NAME = re.compile(r"(.+?) (?:signal(?:l)?ing(?: pathway| cascade)?|signal transduction|cascade)", re.IGNORECASE)


#: words that name no particular kinase ("protein kinase cascade", "intracellular protein kinase cascade")
_GENERIC_KINASE = frozenset({"protein", "kinase", "kinases", "intracellular", "cellular"})


def kinase_phosphorylation(names: Iterable[str]) -> list[str]:
    """A kinase's signalling (a GO process one of whose names says "kinase") is reported as the kinase's
    phosphorylation or activation (adjudication rule: "a kinase whose phosphorylation or activation is reported as
    the mechanism: Pathway for that kinase's signalling"): every signalling name's head gives "<head>
    phosphorylation", "phosphorylation of <head>", "phosphorylated <head>", "<head> activation", "activation of
    <head>"; never a head that names no particular kinase (:data:`_GENERIC_KINASE`).

    A family named with its members' numbers is also named alone ("ERK1/2 cascade": "phosphorylated ERK").

    >>> kinase_phosphorylation(["AKT signaling", "protein kinase B signal transduction"])[:3]
    ['AKT phosphorylation', 'phosphorylation of AKT', 'phosphorylated AKT']
    >>> kinase_phosphorylation(["ERK1/2 cascade"])[5:8]
    ['ERK phosphorylation', 'phosphorylation of ERK', 'phosphorylated ERK']
    """
    out = []
    for name in names:
        m = _SIGNAL_NAME.fullmatch(name)
        if m and len(m.group(1).split()) <= 6 and " of " not in f" {m.group(1)} " \
                and not set(m.group(1).lower().split()) <= _GENERIC_KINASE:
            heads = [m.group(1)]
            family = _FAMILY_MEMBERS.fullmatch(m.group(1))
            if family:  # "ERK1/2" is also written as the family's name alone: "phosphorylated ERK"
                heads.append(family.group(1))
            # round 19e: a kinase named "<X> kinase" is also the "<X> protein kinase" ("extracellular
            # signal-regulated protein kinase phosphorylation"), as "mitogen-activated protein kinase" is written
            # (not where "protein" is a word already, "receptor protein tyrosine kinase", nor after "kinase": "MAP
            # kinase kinase kinase")
            heads += [f"{head[:-len(' kinase')]} protein kinase" for head in heads
                      if head.endswith(" kinase") and "protein" not in head.lower().split()
                      and not head.lower().endswith("kinase kinase")]
            for head in heads:
                out += [f"{head} phosphorylation", f"phosphorylation of {head}", f"phosphorylated {head}",
                        f"{head} activation", f"activation of {head}"]
    return out


#: a kinase family named with its members' numbers: "ERK1/2", "extracellular signal-regulated kinase 1/2",
#: "JNK1 and JNK2"; group 1 the family's name
_FAMILY_MEMBERS = re.compile(r"(.*[A-Za-z])\s?1(?:/2| and 2)")


def cascade_signalling(name: str) -> list[str]:
    """A kinase cascade is written as the kinase's signalling or pathway; a family named with its members'
    numbers also by the family alone ("ERK1/2 cascade": "ERK1/2 signaling", "ERK signaling", "ERK pathway").
    Never a cascade that names no particular kinase ("protein kinase cascade").

    >>> cascade_signalling("ERK1/2 cascade")[:4]
    ['ERK1/2 signaling', 'ERK1/2 signaling pathway', 'ERK1/2 pathway', 'ERK signaling']
    >>> cascade_signalling("protein kinase cascade"), cascade_signalling("MAPK signaling cascade")
    ([], [])
    """
    m = re.fullmatch(r"(.+?) cascade", name)
    if not m or re.search(r"signal(?:l)?ing|transduction|regulation", m.group(1)) \
            or set(m.group(1).lower().split()) <= _GENERIC_KINASE or len(m.group(1).split()) > 6:
        return []
    family = _FAMILY_MEMBERS.fullmatch(m.group(1))
    heads = [m.group(1)] + ([family.group(1)] if family else [])
    return [f"{head} {noun}" for head in heads for noun in ("signaling", "signaling pathway", "pathway")]
