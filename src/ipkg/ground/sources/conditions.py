"""Disorder names English forms from a class name's adjective (round 6b; used only by :mod:`ipkg.ground.build`).

A comorbidity is a disorder that occurs with another: "psychiatric comorbidities" are psychiatric disorders,
"cardiovascular comorbidity" a cardiovascular disorder. Each Disorder named ``<adjective> disorder`` or
``<adjective> disease`` (an ontology label or exact synonym whose first word is an adjective: -ic, -al, -ary,
-ous, -ive) is also ``<adjective> comorbidity``.
"""

from __future__ import annotations

import re

from ..lexicon import LexiconRow

__all__ = ["comorbidity_names"]

#: a disorder class named by one adjective
_ADJECTIVE_CLASS = re.compile(r"([a-z]+(?:ic|al|ary|ous|ive)) (?:disorder|disease)s?")


def comorbidity_names(rows: list[LexiconRow]) -> list[LexiconRow]:
    """``<adjective> comorbidity`` for each Disorder named ``<adjective> disorder/disease``.

    >>> row = LexiconRow("Disorder", "i", "MONDO:0002025", "psychiatric disorder", "psychiatric disorder", "label",
    ...                  "MONDO", "2024", "")
    >>> [r.name for r in comorbidity_names([row])]
    ['psychiatric comorbidity']
    """
    out = []
    for row in rows:
        m = _ADJECTIVE_CLASS.fullmatch(row.name)
        if row.cls == "Disorder" and row.syntype in ("label", "exact") and m:
            out.append(row._replace(name=f"{m.group(1)} comorbidity", syntype="derived"))
    return out
