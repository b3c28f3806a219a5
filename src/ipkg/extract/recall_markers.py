"""BDNF, Iba-1 and nitric oxide measured: the process each marker stands for in a finding (rounds 36 and 40, issue 12).

Animal studies of depression measure two markers the lexicon does not ground (the grounding guidelines score no
BDNF or Iba-1 item): brain-derived neurotrophic factor and the microglial marker Iba-1. The findings curators read
the measure as the process it reports (the tune and tune2 adjudications: "reversed the decrease in BDNF", "lower BDNF
expression", "the up-regulation of BDNF" -> BDNF receptor signaling pathway, GO:0031547; "ECS up-regulated the
expression of Iba-1" -> microglial cell activation, GO:0001774), as round 19i reads a hormone of the HPA axis for
HPA axis activity. With no item, the sentence relates nothing.

:func:`marker_items` adds an item of the process for "BDNF", "brain-derived neurotrophic factor (BDNF)" and
"Iba-1" / "Iba1", for the relation readers to pair like any mention. BDNF only as measured: a measure noun after it
("BDNF levels / expression / mRNA") or a noun or verb of change right before it ("the decrease in BDNF", "increased
hippocampal BDNF", "the level of BDNF"); "BDNF plays a role in Y" names the factor, no measure.
Not where a mention covers the words ("BDNF/TrkB signalling" is already the pathway), not a marker that names a gene
variant, a receptor, a knockout or a preparation given ("BDNF Val66Met", "BDNF receptor", "BDNF+/- mice", "infusion
of BDNF", "recombinant BDNF"), not a gene manipulated ("depletion of VTA BDNF"), not the first part of a compound
("BDNF-positive", "Iba-1-immunoreactive"), not a cell count ("Iba-1 positive cells": the cells, which the lexicon
grounds), not a staining method ("using Iba1-immunohistochemistry"), and not inside a text's statement of its scope,
an open question or an aim.

**Nitric oxide measured** (round 40): "elevated nitric oxide (NO) level", "the elevation of NO", "NO levels" stand
for nitric oxide biosynthesis (GO:0006809), which the lexicon grounds only as "NO production / synthesis" (the tune2
adjudication reads the level as the process; round 40's anatomy of the misses found the level ungrounded). Under
BDNF's rule: a measure noun after it or a noun or verb of change right before it; the short form "NO" only in
capitals; not a synthase, a donor, a scavenger or an inhaled gas ("NO synthase", "NO donors").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import named_concept
from .pairing import Item
from .unclaimed import claimless_spans

__all__ = ["may_name_marker", "marker_items"]

_F = re.IGNORECASE
#: the markers: BDNF by its short or long name, Iba-1 (the named group says which)
_MARKER = re.compile(
    r"\b(?:(?P<bdnf>(?-i:BDNF)|brain[\s-]+derived\s+neurotrophic\s+factor(?:\s*\(\s*(?-i:BDNF)\s*\))?)|"
    r"(?P<iba>(?-i:Iba)[\s-]?1)|(?P<no>nitric\s+oxide(?:\s*\(\s*(?-i:NO)\s*\))?|(?-i:NO)))(?![\w+/-])", _F)
#: the process each marker stands for, looked up by name in the shipped lexicon
_PROCESS = {"bdnf": "BDNF receptor signaling pathway", "iba": "microglial cell activation",
            "no": "nitric oxide biosynthetic process"}
#: after the marker: a gene variant, a receptor, a knockout or a preparation given, a cell count, a staining method
#: ("Iba1-immunohistochemistry", "(Iba1)—immunohistochemistry")
_NOT_MEASURE = re.compile(
    r"\s*(?:\(\s*(?-i:BDNF)\s*\)\s*)?(?:val66met|polymorphisms?|genotypes?|alleles?|variants?|receptors?|"
    r"synthases?|donors?|scaveng\w*|inhal\w*|"
    r"signal\w*|pathways?|knock\w*|heterozyg\w*|deficien\w*|infusions?|administration|injections?|treatment|"
    r"antibod\w*|(?:immuno)?(?:positive|reactive|labell?ed|stained)\b|\+|"
    r"\)?\s*[\u2013\u2014-]?\s*(?:immuno\w*|stain\w*|histochem\w*))", _F)
#: before the marker: a preparation given or a manipulation of the gene ("infusion of", "depletion of VTA",
#: "recombinant", "exogenous", "anti-")
_GIVEN = re.compile(r"(?:\b(?:infusion|administration|injection|treatment|supplementation|application|delivery|"
                    r"depletion|knock-?down|deletion|over-?expression|silencing|blockade|neutrali[sz]ation|"
                    r"sequestration)\s+(?:of|with)\s+(?:[\w-]+\s+){0,2}?|"
                    r"\b(?:recombinant|exogenous|anti-?)\s*)$", _F)
#: BDNF counts as measured when a measure noun follows it ("BDNF levels", "BDNF mRNA expression") or a noun or verb
#: of change (or of measure) comes right before it ("the decrease in (hippocampal) BDNF", "increased BDNF", "the
#: level of BDNF"); "BDNF plays a role in Y" names the factor, no measure of it
_MEASURE_AFTER = re.compile(r"\s*(?:\(\s*(?-i:BDNF)\s*\)\s*)?(?:levels?|expression|mRNA|proteins?|"
                            r"concentrations?|content|production|release|synthesis|secretion)\b", _F)
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:increase|decrease|reduction|elevation|up-?regulation|down-?regulation|loss|deficit|deficiency|"
    r"restoration|levels?|expression|concentrations?|amount|content|induction|changes?)\s+(?:in|of)|"
    r"(?:increas|decreas|reduc|elevat|enhanc|restor|lower|rais|up-?regulat|down-?regulat|normali[sz]|attenuat|"
    r"prevent|revers|induc|promot|suppress|inhibit|stimulat|diminish|augment|boost)\w*)\s+"
    r"(?:the\s+)?(?:(?:serum|plasma|blood|hippocampal|cortical|prefrontal|striatal|brain|mature|total|basal|"
    r"central|peripheral)\s+){0,2}$", _F)


def may_name_marker(text: str) -> bool:
    """A cheap test: may ``text`` name BDNF, Iba-1 or nitric oxide?"""
    return ("BDNF" in text or "neurotrophic" in text or "Iba" in text or "NO" in text or "nitric" in text.lower()
            ) and _MARKER.search(text) is not None


def marker_items(text: str, items: Sequence[Item]) -> list[Item]:
    """``items`` with an item of the process each BDNF, Iba-1 or nitric oxide measure of ``text`` stands for where no item
    covers it (see the module docstring), sorted by position."""
    if not may_name_marker(text):
        return list(items)
    claimless = claimless_spans(text)
    added = []
    for match in _MARKER.finditer(text):
        kind = match.lastgroup or ""
        concept = named_concept(_PROCESS[kind])
        start, end = match.span()
        if concept is None or _NOT_MEASURE.match(text, end) or _GIVEN.search(text, max(0, start - 40), start):
            continue
        if any(i.start < end and start < i.end for i in items) or any(a <= start and end <= b for a, b in claimless):
            continue
        if kind in ("bdnf", "no") and not _MEASURE_AFTER.match(text, end) and not _CHANGE_BEFORE.search(
                text, max(0, start - 60), start):
            continue
        added.append(Item(start, end, concept))
    return sorted([*items, *added], key=lambda i: (i.start, i.end)) if added else list(items)
