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

**The microbiota of people with a disorder** (round 44): "changes in the composition of the microbiota of patients
with depression", "gut microbial changes of patients with psychotic and affective disorders", "the composition of
gut microbiota in patients with AN was different from that of healthy people". The relation readers pair no
"<phrase> of / in patients with Y"; :func:`population_links` states each disorder of the list after "with"
``associatedWith`` the axis (the same tune rule) where a word of change or difference stands before the phrase
("changes in", "altered", "differences in", "dysbiosis of") or after the list ("was significantly altered",
"differed"); the organ may be left out before "of / in <people> with" ("the microbiota of patients with"). Not in a
statement of scope, an open question or an aim, nor after an infinitive of study or a focus ("to identify
alterations in", "6 focusing on changes in": what was looked for), and not where an intervention is named before the
phrase ("WMT regulated the disturbed gut microbiota in patients with sleep disorders": what the treatment changed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Concept, Finding
from . import named_concept
from .negation import is_hedged, is_negated, mask_spans
from .pairing import Item, list_run
from .relation_context import CONDITION_CLASSES
from .unclaimed import claimless_spans

__all__ = ["disorder_links", "may_name_microbiota", "microbiota_items", "population_links"]

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


#: the microbiota of people with a disorder (round 44): "(the) (gut) microbiota (composition) ((GMB)) of / in /
#: among (the) (adult) patients (diagnosed) with (the) ", "gut microbial changes of patients with ", "the gut
#: microbiota of patients with ... was altered" (``change``, ``changes``: a word of change inside the phrase)
_POPULATION = re.compile(
    r"\b(?:(?:gut|intestinal|fecal|faecal|enteric)\s+)?(?:microbiota|microbiome|microflora|microbial\s+"
    r"(?:(?P<changes>changes|alterations)|composition|diversity|richness|profiles?|communit(?:y|ies)))"
    r"(?:\s+(?:composition|diversity|richness|abundances?|profiles?|structure|(?P<change>changes|alterations)))?"
    r"(?:\s*\([A-Za-z]{1,8}\))?\s+(?:of|in|among)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:patients|subjects|individuals|"
    r"people|persons|children|adolescents|adults|women|men|participants|cases)\s+(?:diagnosed\s+)?with\s+"
    r"(?:the\s+)?", _F)
#: a word of change or difference in the words before the phrase: "changes in the composition of ", "altered "
_CHANGE_BEFORE = re.compile(
    r"\b(?:changes?|alterations?|altered|differences?|different|disturbed|disturbances?|dysbiosis|abnormal\w*|"
    r"imbalanced?|distinct|shifts?|dysregulat\w*|perturb\w*)\s+(?:(?:in|of|within)\s+)?(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?:(?:of|in)\s+(?:the\s+)?)?$", _F)
#: a word of change or difference right after the list of disorders: "... was significantly altered", "differed"
_CHANGE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:altered|changed|"
    r"different|distinct|disturbed|perturbed)|(?:differ|differs|differed)\b)", _F)
#: an aim or a study's focus right before the word of change: "to identify alterations in", "focusing on changes in"
#: (what was looked for, not what was found)
_SOUGHT = re.compile(r"\b(?:to\s+(?:identify|investigate|explore|examine|assess|evaluate|determine|characteri[sz]e|"
                     r"study|compare)|focus(?:ing|ed|es)?\s+on)\s+(?:the\s+|any\s+|possible\s+)?$", _F)
#: the words that join the disorders of one list ("psychotic and affective disorders", "A, B or C")
_CONDITION_GAP = re.compile(r"^[\s,]*(?:(?:and|or|and/or)\s+)?$", _F)


def may_name_microbiota(text: str) -> bool:
    """A cheap test: may ``text`` name the gut microbiota as what changes?"""
    return "microb" in text.lower() and (_MICROBIOTA.search(text) is not None or _POPULATION.search(text) is not None)


def population_links(text: str, items: Sequence[Item], where: tuple[str, int, int, str, str]) -> list[Finding]:
    """Each disorder whose people's microbiota the sentence ``text`` says changed or differed, ``associatedWith`` the
    microbiota-gut-brain axis (see the module docstring, round 44).

    >>> population_links("The gut microbiota is a field.", [], ("abstract", 0, 30, "", "results"))
    []
    """
    axis = named_concept("microbiota-gut-brain axis")
    if axis is None or "microb" not in text.lower():
        return []
    out: list[Finding] = []
    masked = None
    for match in _POPULATION.finditer(text):
        after = [i for i in items if i.start >= match.end() and i.cls in CONDITION_CLASSES]
        if not after or after[0].start != match.end():
            continue
        if masked is None:
            masked = mask_spans(text, [(i.start, i.end) for i in items])
        conditions = list_run(masked, after, _CONDITION_GAP)
        cue = _CHANGE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if not (match.group("change") or match.group("changes") or cue
                or _CHANGE_AFTER.match(text, conditions[-1].end)):
            continue
        at = cue.start() if cue else match.start()
        if _SOUGHT.search(text, max(0, at - 40), at):
            continue
        if any(i.end <= match.start() and i.cls == "Intervention" for i in items) or any(
                a <= match.start() and match.end() <= b for a, b in claimless_spans(text)):
            continue
        negated = is_negated(masked, [(match.start(), conditions[-1].end)])
        passage, start, end, evidence, role = where
        # a hedge among the phrase's own words (from 40 characters before its word of change): "may show altered
        # gut microbiota in patients with Y", not "the other possible mechanisms were presented, as well as changes
        # in the microbiota of patients with Y"
        at = max(0, at - 40)
        for condition in conditions:
            hedged = is_hedged(masked[at:], 0, condition.end - at)
            out.append(Finding(subject=condition.concept, predicate="associatedWith", obj=axis, evidence=evidence,
                               passage=passage, start=start, end=end, negated=negated, hedged=hedged, role=role))
    return out


#: (round 53) the gut's dysbiosis: "(gut / intestinal) (microbiota / microbial) dysbiosis", "dysbiosis (of the gut
#: microbiota)", the lexicon's Dysbiosis mention and the gut's words around it
_DYSBIOSIS = re.compile(
    r"\b(?:(?:gut|intestinal|fecal|faecal|enteric)\s+(?:microbiota\s+|microbiome\s+|microbial\s+)?|"
    r"(?:microbiota|microbiome|microbial)\s+)?dysbiosis\b(?:\s+of\s+(?:the\s+)?(?:gut|intestinal)\s+(?:microbiota|"
    r"microbiome|microflora|flora))?", _F)
#: another site's microbiota before "dysbiosis": "nasal dysbiosis", "oral microbial dysbiosis"
_OTHER_SITE = re.compile(r"\b(?:oral|vaginal|skin|cutaneous|lung|pulmonary|airway|respiratory|nasal|ocular|urinary|"
                         r"placental|periodontal)\s+$", _F)


def _dysbiosis_items(text: str, items: list[Item], axis: Concept, claimless: Sequence[tuple[int, int]]
                     ) -> tuple[list[Item], list[Item]]:
    """"Dysbiosis has been associated with neuro-inflammatory processes, depression, sleeping disorders, and
    anxiety", "Gut microbiota dysbiosis is associated with depression" (round 53): the gut's dysbiosis is a change of
    the gut microbiota, the axis's change for the curators (the tune rule of :mod:`recall_microbiota`), but the
    lexicon grounds it as the condition Dysbiosis, which no reader relates to a disorder, and its mention blocks the
    microbiota phrase. In a sentence that names no intervention or exposure (which may induce or treat the
    dysbiosis: "antibiotic-induced dysbiosis", "probiotics reversed dysbiosis" keep the condition), each phrase of
    :data:`_DYSBIOSIS` covered only by Dysbiosis mentions takes an item of the axis in their place; not another
    site's (:data:`_OTHER_SITE`), nor one inside a statement of scope. Returns the items kept and those added."""
    added: list[Item] = []
    for found in _DYSBIOSIS.finditer(text):
        covering = [i for i in items if i.start < found.end() and found.start() < i.end]
        if not covering or any(i.concept.label.lower() != "dysbiosis" for i in covering):
            continue
        if _OTHER_SITE.search(text, max(0, found.start() - 20), found.start()) or any(
                a <= found.start() and found.end() <= b for a, b in claimless):
            continue
        items = [i for i in items if i not in covering]
        added.append(Item(found.start(), found.end(), axis))
    return items, added


def microbiota_items(text: str, items: Sequence[Item]) -> tuple[list[Item], bool]:
    """``items`` with an item of the microbiota-gut-brain axis for each phrase of ``text`` that names the gut
    microbiota as what changes and no item overlaps (sorted by position), and the gut's dysbiosis in a sentence of
    no intervention (:func:`_dysbiosis_items`), and whether the sentence's findings on the axis are then read only
    for disorders (:func:`disorder_links`): True when a phrase was added and no mention names the axis itself."""
    axis = named_concept("microbiota-gut-brain axis")
    lower = text.lower()
    if axis is None or "microb" not in lower and "dysbiosis" not in lower:
        return list(items), False
    claimless = claimless_spans(text)
    dysbiotic: list[Item] = []
    if "dysbiosis" in lower and not any(i.cls == "Intervention" for i in items):
        items, dysbiotic = _dysbiosis_items(text, list(items), axis, claimless)
    added = dysbiotic + [Item(m.start(), m.end(), axis) for m in _MICROBIOTA.finditer(text)
             if not _NOT_AXIS.match(text, m.end()) and not _acted_on(text, m.start(), items) and not any(
                 i.start < m.end() and m.start() < i.end for i in items) and not any(
                 a <= m.start() and m.end() <= b for a, b in claimless) and not _LATER_CLAUSE.search(
                 text, max(0, m.start() - 20), m.start()) and not any(
                 i.end < m.start() and not text[i.end : m.start()].strip() for i in items) and not any(
                 d.start < m.end() and m.start() < d.end for d in dysbiotic)]
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
