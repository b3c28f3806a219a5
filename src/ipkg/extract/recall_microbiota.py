"""The gut microbiota named as what changes: the microbiota-gut-brain axis of a finding (round 33, issue 12).

Reviews and studies of the gut-brain link name the axis by its first member: "the gut microbiota has been
implicated in depression", "gut microbiome composition was associated with BD", "patients with schizophrenia had
reduced gut microbiota richness", "changes in microbiota composition in psychosis", "CUMS and dexamethasone induce
depression-like phenotypes by altering gut microbiota". The curators record these as findings on the
microbiota-gut-brain axis (the tune adjudication rules: "Changes in gut microbiota have been implicated in / show
decreased microbial diversity in disorder X -> X associatedWith microbiota-gut-brain axis"); the lexicon grounds the
axis only where an abstract names it as an axis ("the gut-brain axis"), so the sentences that name the microbiota
relate nothing.

:func:`microbiota_items` adds the phrase as an item of the axis, for the relation readers to pair like any
mention: "(the) gut / intestinal / fecal microbiota (microbiome, microbes, microflora, flora)" with an optional
measure after it ("composition", "diversity", "richness", "abundance", "profile", "dysbiosis", "changes"), "gut
microbial changes / composition", and "microbiota (microbiome, microbial) composition / diversity / richness /
community / profile" without the organ. Not a phrase a mention covers ("fecal microbiota transplantation", "the
microbiota-gut-brain axis"), not one inside a text's statement of its scope, an open question or an aim
(:mod:`ipkg.extract.unclaimed`: "In this review, we discuss the relationship between the gut microbiota and Y"),
not a donor's or a preparation's microbiota ("microbiota from depressed patients", "a
microbiota transplant"), and not a phrase that premodifies another noun ("gut microbiota-derived metabolites").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Finding
from . import named_concept
from .pairing import Item
from .unclaimed import claimless_spans

__all__ = ["disorder_links", "may_name_microbiota", "microbiota_items"]

_F = re.IGNORECASE
_MEASURE = r"(?:\s+(?:composition|diversity|richness(?:es)?|abundances?|profiles?|dysbiosis|alterations?|changes))?"
#: the phrases that name the gut microbiota as what changes
_MICROBIOTA = re.compile(
    rf"\b(?:(?:gut|intestinal|fecal|faecal|enteric)\s+(?:microbiota|microbiome|microbes|microflora|flora){_MEASURE}|"
    r"(?:gut|intestinal)\s+microbial\s+(?:changes|alterations|composition|diversity|richness|communit(?:y|ies))|"
    r"microbi(?:ota|ome|al)\s+(?:composition|diversity|richness|communit(?:y|ies)|profiles?))\b", _F)
#: what follows a phrase that is no axis: a donor or a preparation ("from depressed patients", "transplant"), a
#: compound modifier ("-derived metabolites", "-brain axis")
_NOT_AXIS = re.compile(r"(?:\s*-|\s+(?:from|of\s+(?:donors?|healthy|depressed)|transplant\w*|transfer\w*|"
                       r"derived|metabolites?|products?))", _F)


#: a verb of an agent's action right before the phrase (or its noun, "via modulation of"): with an intervention
#: before it, the microbiota is what the intervention changed ("treatment with X showed ability to regulate the gut
#: microbiota", "X ameliorates gut microbiota"), not a disorder's feature
_ACTED_ON = re.compile(r"\b(?:(?:regulat|restor|modulat|alter|improv|ameliorat|reshap|shap|normali[sz]|rebalanc|"
                       r"enrich|deplet|manipulat|target|reconstitut|colonis|coloniz)\w*|(?:modulation|regulation|"
                       r"restoration|manipulation|normali[sz]ation|reshaping|remodell?ing)\s+of)\s+(?:the\s+)?$", _F)


#: a noun of treatment before the verb stands for an agent the lexicon may not know ("the treatment of depressive
#: mice with SBF showed ability to regulate the gut microbiota")
_TREATMENT = re.compile(r"\b(?:treatment|administration|supplementation|intervention|therapy|transplantation)\b", _F)
#: a class noun that refers back: "this kind of psychiatric disorder" names no disorder of its own
_KIND_OF = re.compile(r"\b(?:this|that|these|those|such|the\s+same)\s+(?:kinds?|types?|forms?|class(?:es)?|"
                      r"categor(?:y|ies)|groups?)\s+of\s+$", _F)


#: (and not a phrase a mention premodifies, "anti-inflammatory gut microbiota": :mod:`ipkg.extract.clause_links`
#: reads the microbe noun after the mention, which an item would mask)
#: the subject of a later coordinated that-clause ("..., and that the gut microbiota may regulate Y"): that clause
#: states its own claim (:mod:`ipkg.extract.clause_links` keeps the first clause's subject out of it)
_LATER_CLAUSE = re.compile(r"\band\s+that\s+(?:the\s+)?$", _F)


def may_name_microbiota(text: str) -> bool:
    """A cheap test: may ``text`` name the gut microbiota as what changes?"""
    return "microb" in text.lower() and _MICROBIOTA.search(text) is not None


def microbiota_items(text: str, items: Sequence[Item]) -> tuple[list[Item], bool]:
    """``items`` with an item of the microbiota-gut-brain axis for each phrase of ``text`` that names the gut
    microbiota as what changes and no item overlaps (sorted by position), and whether the sentence's findings on the
    axis are then read only for disorders (:func:`disorder_links`): True when a phrase was added and no mention
    names the axis itself."""
    axis = named_concept("microbiota-gut-brain axis")
    if axis is None or "microb" not in text.lower():
        return list(items), False
    claimless = claimless_spans(text)
    added = [Item(m.start(), m.end(), axis) for m in _MICROBIOTA.finditer(text)
             if not _NOT_AXIS.match(text, m.end()) and not _acted_on(text, m.start(), items) and not any(
                 i.start < m.end() and m.start() < i.end for i in items) and not any(
                 a <= m.start() and m.end() <= b for a, b in claimless) and not _LATER_CLAUSE.search(
                 text, max(0, m.start() - 20), m.start()) and not any(
                 i.end < m.start() and not text[i.end : m.start()].strip() for i in items)]
    if not added:
        return list(items), False
    named = any(i.concept.iri == axis.iri for i in items)
    return sorted([*items, *added], key=lambda i: (i.start, i.end)), not named


def _acted_on(text: str, start: int, items: Sequence[Item]) -> bool:
    """Is the phrase at ``start`` the object of an intervention's verb of change (:data:`_ACTED_ON`, an intervention
    or exposure named before it)? "Altered gut microbiota in patients with Y" is the disorder's."""
    return _ACTED_ON.search(text, 0, start) is not None and (any(
        i.end <= start and i.concept.cls in ("Intervention", "Exposure") for i in items) or bool(
        _TREATMENT.search(text, 0, start)))


def disorder_links(stated: list[tuple[int, Finding]], text: str, items: Sequence[Item]
                   ) -> list[tuple[int, Finding]]:
    """The findings of a sentence whose axis is only the microbiota phrase, without those of an intervention on
    the axis ("ameliorates / regulates / restores the gut microbiota" says no direction of the axis, and a change
    of the microbiota is the curators' axis finding only for a disorder: associatedWith) and without a disorder
    named only as a kind that refers back ("this kind of psychiatric disorder")."""
    axis = named_concept("microbiota-gut-brain axis")
    if axis is None:
        return stated
    kinds = {i.concept.iri for i in items if _KIND_OF.search(text, max(0, i.start - 40), i.start)} - {
        i.concept.iri for i in items if not _KIND_OF.search(text, max(0, i.start - 40), i.start)}
    return [(d, f) for d, f in stated if f.obj is None or f.obj.iri != axis.iri or f.predicate == "associatedWith"
            and f.subject.iri not in kinds]
