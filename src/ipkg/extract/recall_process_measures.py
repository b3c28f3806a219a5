"""A transmitter's system, a transporter's binding, dividing cells' label: the process each names (round 42, issue 12).

Abstracts name a process by what carries or shows it, and the findings curators record the process (round 40's
anatomy of the misses, "a measure for its process"; the grounding golds never ground these words, so the reading
belongs to the findings readers, as rounds 19i, 36 and 40 read hormones of the HPA axis, BDNF, Iba-1 and nitric
oxide):

* **a transmitter's system**: "the dorsal raphe nucleus serotonin (5-HT) system has been implicated in ...", "the
  DRN-5-HT system", "dysregulates dopaminergic and serotonergic systems" -> synaptic transmission, serotonergic
  (dopaminergic, ...; the tune and tune3 adjudications); "the endocannabinoid system" -> endocannabinoid signaling
  pathway. The lexicon grounds "serotonergic transmission" and "5-HT neurotransmission", not the system. An adjective
  before "and" takes the noun of the next ("dopaminergic and serotonergic systems": both).
* **the serotonin transporter's binding or function**: "SERT binding", "binding to the serotonin transporter",
  "SERT inhibition", "serotonin transporter availability" -> serotonin uptake (the tune2 adjudication: "induce
  adaptive down-regulation of SERT binding" -> decreases serotonin uptake). Not the dopamine transporter's: the
  same adjudication does not record "6-OHDA reduced the DAT binding" (a lesion's loss of the neurons that carry it)
  as dopamine uptake.
* **dividing cells' label**: "BrdU-positive cells", "Ki-67-positive cells", "BrdU incorporation" -> cell population
  proliferation (the tune adjudication: "the number of BrdU-positive cells ... decreased in OBX mice" -> decreases
  cell population proliferation).

:func:`process_measure_items` adds an item of the process for each such phrase no item covers, for the relation
readers to pair like any mention. Not inside a text's statement of its scope, an open question or an aim
(:mod:`ipkg.extract.unclaimed`), not in a sentence that pairs two lists "respectively" (the relation readers pair
each member with each; read on the 1k corpus), and not a system that premodifies another noun ("the serotonin
system's receptors", "the 5-HT system-related genes": a system's part, no item). An earlier member of a list before
"systems" shares the noun ("dopaminergic, GABAergic and noradrenergic systems", "dopamine (DA) and serotonin
systems").

A system's item is what a disorder is linked to ("has implicated the dopamine and serotonin systems in the
pathogenesis of autism") or what an agent acts through ("the antidepressant-like effect of piroxicam is mediated by
the serotonin system"), never what an agent raises, lowers or alters (:func:`without_system_changes`): read on the
9k corpus, those were a strategy ("the dopaminergic system can be modulated through manipulation of the
serotonergic system"), an effect said to be minimal ("quetiapine's effects on the nigrostriatal dopamine system ...
are minimal"), or another agent's ("a lasting alteration in the dopamine system" after a diet, given to
amphetamine) 8 times of 13.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Finding
from . import named_concept
from .pairing import Item
from .unclaimed import claimless_spans

__all__ = ["may_name_process_measure", "process_measure_items", "without_system_changes"]

_F = re.IGNORECASE
#: a transmitter by its name, short form or adjective, and the process its system is (looked up by name)
_TRANSMITTERS = {
    "serotonin": r"serotonin(?:\s*\(\s*5-?HT\s*\))?|serotonergic|5-?HT",
    "dopamine": r"dopamine|dopaminergic",
    "noradrenaline": r"noradrenaline|norepinephrine|noradrenergic",
    "glutamate": r"glutamate|glutamatergic",
    "gaba": r"GABA|GABAergic|gamma-aminobutyric\s+acid",
    "acetylcholine": r"acetylcholine|cholinergic",
    "endocannabinoid": r"endocannabinoid",
}
_SYSTEM_PROCESS = {
    "serotonin": "synaptic transmission, serotonergic", "dopamine": "synaptic transmission, dopaminergic",
    "noradrenaline": "synaptic transmission, noradrenergic", "glutamate": "synaptic transmission, glutamatergic",
    "gaba": "synaptic transmission, GABAergic", "acetylcholine": "synaptic transmission, cholinergic",
    "endocannabinoid": "endocannabinoid signaling pathway",
}
#: the labels of the systems' processes, and the relations of change a system's item does not take
_SYSTEM_LABELS = frozenset(_SYSTEM_PROCESS.values())
_CHANGES = frozenset({"increases", "decreases", "modulates"})
_TRANSMITTER = "|".join(f"(?P<{k}>{v})" for k, v in _TRANSMITTERS.items())
_ANY_TRANSMITTER = "|".join(_TRANSMITTERS.values())
#: "<transmitter> (neurotransmitter) system(s)", a brain region's short form joined by a hyphen allowed before it
_SYSTEM = re.compile(
    rf"(?<![\w-])(?:(?-i:[A-Z]{{2,5}})-)?(?:{_TRANSMITTER})(?:\s+neurotransmitter)?\s+systems?\b(?!['’]|\s*-)", _F)
#: an earlier member of a list of transmitters that shares the noun "systems": "dopaminergic, GABAergic and
#: noradrenergic systems", "dopamine (DA) and serotonin systems" (matched at the end of the text before the next)
_EARLIER_MEMBER = re.compile(rf"(?<![\w-])(?:{_TRANSMITTER})(?:\s*\(\s*(?-i:[A-Z]{{2,5}})\s*\))?"
                             r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", _F)
#: the serotonin transporter's binding, function or blockade, or binding to it (the dopamine transporter's is left
#: out: its binding falls where its neurons are lost, "6-OHDA reduced the DAT binding", which the tune2 adjudication
#: does not record as uptake)


def _transporter(n: int) -> str:
    return rf"(?P<ts{n}>(?-i:SERT|5-HTT)|serotonin\s+transporter(?:\s*\(\s*(?-i:SERT|5-HTT)\s*\))?)"


_UPTAKE = re.compile(
    rf"(?<![\w-])(?:{_transporter(1)}\s+(?:binding|densit(?:y|ies)|availability|function|activity|inhibition|"
    rf"blockade)\b|binding\s+(?:of\s+\S+\s+)?to\s+(?:the\s+)?{_transporter(2)}(?![\w-]))", _F)
_UPTAKE_PROCESS = "serotonin uptake"
#: dividing cells by their label
_DIVIDING = re.compile(
    r"(?<![\w-])(?:BrdU|5-bromo-2['’]-deoxyuridine(?:\s*\(\s*BrdU\s*\))?|Ki-?67)(?:[\s-]*(?:positive|\+|labell?ed|"
    r"immunoreactive|immunopositive))[\s-]*(?:cells?|nuclei|neurons)\b|(?<![\w-])BrdU\s+incorporation\b", _F)
_PROLIFERATION = "cell population proliferation"
#: a sentence that pairs two lists member by member ("the effects of A or B are mediated by the activation of
#: dopamine or 5-HT systems, respectively"): the relation readers pair every member with every other, so no item
_RESPECTIVELY = re.compile(r"\brespectively\b", _F)


def may_name_process_measure(text: str) -> bool:
    """A cheap test: may ``text`` name a transmitter's system, a transporter's binding or dividing cells' label?"""
    lowered = text.lower()
    system = "system" in lowered and _SYSTEM.search(text) is not None
    dividing = ("brdu" in lowered or "ki" in lowered) and _DIVIDING.search(text) is not None
    uptake = ("sert" in lowered or "5-htt" in lowered or "transporter" in lowered) and _UPTAKE.search(text) is not None
    return system or dividing or uptake


def _found(text: str) -> list[tuple[int, int, str]]:
    """(start, end, process name) of every phrase of ``text`` the module reads."""
    out: list[tuple[int, int, str]] = []
    for match in _SYSTEM.finditer(text):
        out.append((match.start(), match.end(), _SYSTEM_PROCESS[match.lastgroup or ""]))
        if not match.group(0).lower().endswith("systems"):
            continue
        at = match.start()
        while (member := _EARLIER_MEMBER.search(text, max(0, at - 60), at)) is not None:
            kind = member.lastgroup or ""
            out.append((member.start(kind), member.end(kind), _SYSTEM_PROCESS[kind]))
            at = member.start()
    for match in _UPTAKE.finditer(text):
        out.append((match.start(), match.end(), _UPTAKE_PROCESS))
    for match in _DIVIDING.finditer(text):
        out.append((match.start(), match.end(), _PROLIFERATION))
    return out


def process_measure_items(text: str, items: Sequence[Item]) -> tuple[list[Item], frozenset[str]]:
    """``items`` with an item of the process each phrase of ``text`` names (see the module docstring) where no item
    covers it, sorted by position, and the IRIs of the systems' processes added (for :func:`without_system_changes`).

    >>> [i.concept.label for i in process_measure_items("Chronic PRA reduced SERT binding in the NAC.", [])[0]]
    ['serotonin uptake']
    >>> [i.concept.label for i in process_measure_items("It altered dopaminergic and serotonergic systems.", [])[0]]
    ['synaptic transmission, dopaminergic', 'synaptic transmission, serotonergic']
    """
    if not may_name_process_measure(text) or _RESPECTIVELY.search(text):
        return list(items), frozenset()
    claimless = claimless_spans(text)
    added: list[Item] = []
    for start, end, name in sorted(_found(text)):
        concept = named_concept(name)
        if concept is None or concept.cls != "Pathway":
            continue
        if any(i.start < end and start < i.end for i in [*items, *added]):
            continue
        if any(a <= start and end <= b for a, b in claimless):
            continue
        added.append(Item(start, end, concept))
    if not added:
        return list(items), frozenset()
    systems = frozenset(i.concept.iri for i in added if i.concept.label in _SYSTEM_LABELS)
    return sorted([*items, *added], key=lambda i: (i.start, i.end)), systems


def without_system_changes(stated: list[tuple[int, Finding]], systems: frozenset[str]) -> list[tuple[int, Finding]]:
    """``stated`` without the findings that give a system's process (an IRI of ``systems``) a change: a system named
    by its transmitter is read as what a disorder is linked to or what an agent acts through, not as what an agent
    raises, lowers or alters (see the module docstring)."""
    if not systems:
        return stated
    return [(d, f) for d, f in stated if f.obj is None or f.obj.iri not in systems or f.predicate not in _CHANGES]
