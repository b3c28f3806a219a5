"""Build-time names of a signalling GO names by the protein family that carries it, written with the family's
members (round 19g).

GO names some signalling only by the family that carries it: *receptor signaling pathway via STAT* ("STAT
signalling pathway"), *receptor signaling pathway via JAK-STAT* ("JAK-STAT cascade"). Abstracts name the member
they measured: "STAT3 signalling", "the JAK2/STAT3 pathway", "STAT3 activation", "phosphorylation of STAT3". The
members are the family symbol's numbered HGNC symbols (STAT1 ... STAT6, STAT5A, STAT5B; JAK1 ... JAK3). The
annotated set's adjudication rule reads a kinase's phosphorylation or activation reported as the mechanism as
that kinase's signalling (:mod:`ipkg.ground.kinases`); a STAT is activated by that phosphorylation, so its
phosphorylation and activation name the STAT signalling too. Only GO's generic "receptor signaling pathway via
<family>" gets member names (not "growth hormone receptor signaling pathway via JAK-STAT", nor a regulation).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

__all__ = ["member_names", "read_families"]

#: GO's label of a signalling carried by a protein family, or by two joined ("JAK-STAT"); group 1 the family
_VIA_FAMILY = re.compile(r"receptor signaling pathway via ([A-Z]{3,6}(?:-[A-Z]{3,6})?)")
#: GO's label of a modification of a family's protein ("tyrosine phosphorylation of STAT protein")
_FAMILY_PROTEIN = re.compile(r"((?:tyrosine|serine) phosphorylation) of ([A-Z]{3,6}) protein")
#: what an abstract names a member's (or member pair's) signalling by
_SIGNAL_FORMS = ("{m} signaling", "{m} signaling pathway", "{m} pathway", "{m} cascade")
#: what a member did, as the kinase rule reads it (:func:`ipkg.ground.kinases.kinase_phosphorylation`)
_ACTIVITY_FORMS = ("{m} activation", "activation of {m}", "{m} phosphorylation", "phosphorylation of {m}",
                   "phosphorylated {m}")


def read_families(symbols: Iterable[str], labels: Iterable[str]) -> dict[str, list[str]]:
    """Family symbol -> its members' HGNC symbols, for the families a GO label says carry a signalling.

    ``symbols``: HGNC approved symbols of protein-coding genes; ``labels``: the kept GO labels. A family has two
    members or more, numbered from 1 (``STAT1``, ``STAT5A``).

    >>> read_families(["STAT1", "STAT3", "STAT5A", "TOR1A", "TOR1B"], ["receptor signaling pathway via STAT",
    ...                                                                  "TOR signaling"])
    {'STAT': ['STAT1', 'STAT3', 'STAT5', 'STAT5A']}
    """
    members: dict[str, list[str]] = defaultdict(list)
    for symbol in sorted(symbols):
        m = re.fullmatch(r"([A-Z]{3,6})(\d)([AB]?)", symbol)
        if m:  # STAT5A and STAT5B are also written together as STAT5
            members[m.group(1)] += [symbol] if not m.group(3) else list(dict.fromkeys([symbol[:-1], symbol]))
    families = {f for label in labels if (m := _VIA_FAMILY.fullmatch(label)) for f in m.group(1).split("-")}
    return {f: list(dict.fromkeys(members[f])) for f in sorted(families)
            if len(members[f]) > 1 and members[f][0][len(f)] == "1"}


def member_names(label: str, families: Mapping[str, list[str]]) -> list[str]:
    """A family's generic signalling (``label``: "receptor signaling pathway via STAT") named by its members: each
    member's (or member pair's, either family bare or numbered: "JAK/STAT3", "JAK2/STAT3") signalling, pathway
    and cascade; a family alone also each member's activation and phosphorylation ("STAT3 activation",
    "phosphorylated STAT3"). GO's "tyrosine (serine) phosphorylation of <family> protein" is each member's
    ("tyrosine phosphorylation of STAT3"): the longer name, the more specific term.

    >>> member_names("receptor signaling pathway via STAT", {"STAT": ["STAT3"]})[:3]
    ['STAT3 signaling', 'STAT3 signaling pathway', 'STAT3 pathway']
    >>> "JAK2-STAT3 pathway" in member_names("receptor signaling pathway via JAK-STAT",
    ...                                      {"STAT": ["STAT3"], "JAK": ["JAK2"]})
    True
    >>> member_names("tyrosine phosphorylation of STAT protein", {"STAT": ["STAT3"]})
    ['tyrosine phosphorylation of STAT3', 'STAT3 tyrosine phosphorylation']
    >>> member_names("growth hormone receptor signaling pathway via JAK-STAT", {"STAT": ["STAT3"], "JAK": ["JAK2"]})
    []
    """
    m = _FAMILY_PROTEIN.fullmatch(label)
    if m and m.group(2) in families:  # "tyrosine phosphorylation of STAT3", "STAT3 tyrosine phosphorylation"
        return [form for member in families[m.group(2)]
                for form in (f"{m.group(1)} of {member}", f"{member} {m.group(1)}")]
    m = _VIA_FAMILY.fullmatch(label)
    if m is None or not all(p in families for p in m.group(1).split("-")):
        return []
    parts = m.group(1).split("-")
    picks: list[list[str]] = [[]]
    for part in parts:
        picks = [[*pick, option] for pick in picks for option in (part, *families[part])]
    out: list[str] = []
    for head in ("-".join(pick) for pick in picks if pick != parts):
        out += [form.format(m=head) for form in _SIGNAL_FORMS]
        if len(parts) == 1:
            out += [form.format(m=head) for form in _ACTIVITY_FORMS]
    return out
