"""More phrases whose mentions the clause does not relate (round 22, issue 12; round 20's are in
:mod:`ipkg.extract.clause_spans`).

Five structures from the wrong arguments of the fresh samples A-H (``tests/data/findings/fresh-s11``), each read on
the masked sentence (mentions replaced by ``§``, :func:`ipkg.extract.finding_polarity.mask_items`); the partner of
"X alone or combined with Y" / "X with or without Y" is :data:`ipkg.extract.relations.ADDON_BASE`'s (no subject, no
rival subject of X):

* ``that_clauses``: coordinated complement clauses, "suggest that A ..., and that B ...": a finding whose subject
  is named only in one that-clause and whose object only in another relates two statements, not two arguments
  ("the regulation of NFATc4 might play a role in the effects of X, and that gut microbiota may regulate miRNAs
  through the gut-brain axis": X does not act through the axis), when the later clause's own verb comes before the
  object (an object inside that clause's subject is both clauses' topic). Kept when the later clause opens with a
  pronoun ("and that it reduces Y": the pronoun may be the subject) or names the subject (its object may be implied:
  "... depressive-like behaviour ..., and that X exerts antidepressant-like effects").
* ``target``: what an unnamed intervention targets, "interventions / drugs / strategies targeting Y", up to the
  clause's verb: Y is the target, not an argument of the clause's relation ("interventions targeting the
  inflammatory processes may play a role in the treatment of MDD": no association of MDD with inflammation).
* ``premodifier``: a mention premodifying a microbe or a food, "anti-inflammatory gut microbiota", "butyrate-producing
  genus / bacteria", "an anti-inflammatory diet": it describes the microbe or food, which is the relation's argument
  ("Reduced anti-inflammatory gut microbiota are associated with depression": no association of depression with the
  negative regulation of inflammation).
* ``class``: an intervention class describing a noun the lexicon does not know, as an apposition or a copula's
  predicate, "chromium picolinate, a widely used trace element, is shown to have beneficial effects in Y": the class
  is the subject of nothing after it (the unnamed drug is). After a drug the lexicon names the class stays
  ("Fluoxetine, a novel SSRI utilized in the treatment of depression": the tune part records the SSRI's claim).
* ``donor``: the premodifier of the donors of a transfer, "microbiota / feces / stool / transplant from
  Y-susceptible (treated, exposed ...) mice (donors, patients ...)": the transplant is the agent, Y only describes
  the donors ("The ingestion of fecal microbiota from CSDS-susceptible mice resulted in higher IL-6": not CSDS's).

:func:`linked_elsewhere` applies them to a finding by its mentions' places (all of a concept's mentions must lie
in such phrases). Every pattern has bounded, non-nested repetitions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .negation import AUXILIARY
from .pairing import Item

__all__ = ["MAY_LINK", "linked_elsewhere"]

_F = re.IGNORECASE
#: the nouns of microbes and foods a mention may premodify: "anti-inflammatory gut microbiota", "butyrate-producing
#: genus", "an anti-inflammatory diet"
_MICROBE_OR_FOOD = (r"(?:gut\s+|intestinal\s+|commensal\s+)?(?:microbiota|microbiome|bacteria|bacterium|genus|genera|"
                    r"species|strains?|taxa|microbes|commensals|diets?|foods?|nutrients?)\b")
#: a transferred material, named before its donors (:data:`_DONOR`)
_MATERIAL = r"(?:microbiota|microbiome|feces|faeces|stool|matter|material|transplant\w*|FMT)"
#: a word one of the structures needs (scanned once on the plain sentence before any masking)
MAY_LINK = re.compile(r"\band\s+that\b|\btarget(?:ing|s|ed)?\b|"
                      rf"{_MATERIAL}\s+from\b|"
                      rf"(?:-(?:producing|secreting|degrading|fermenting)|anti-?inflammatory)\s+{_MICROBE_OR_FOOD}|"
                      r"(?:,|\s(?:is|was))\s+an?\s", _F)
#: an indefinite class description of the noun before it, as an apposition or a copula's predicate, right before a
#: mention: "chromium picolinate, a widely used trace element is shown to ...", "X is a semisynthetic tetracycline
#: that ..."; the noun before is a word the lexicon does not know (a drug it names is the subject itself, and the
#: curated findings record the class beside it: "Fluoxetine, a novel SSRI utilized in the treatment of depression";
#: not after a relative pronoun, "Zinc, which is a potent NMDA antagonist": its antecedent may be a named drug)
_CLASS_OF_BEFORE = re.compile(rf"[\w)](?<!\bwhich)(?<!\bthat)(?<!\bwho)\s*(?:,|\s(?:is|was))\s+an?\s+"
                              rf"(?:[\w-]+\s+){{0,3}}$", _F)
#: the class mention heads its phrase: what follows is a comma, a bracket, a relative pronoun or a verb ("2019, an
#: esketamine nasal spray was approved": the mention premodifies "nasal spray", no class description)
_CLASS_HEAD_AFTER = re.compile(r"\s*(?:[,(]|(?:that|which|who|is|was|are|were|has|had|with|utili[sz]ed|used)\b)", _F)
#: a mention premodifying a microbe or a food, read right after the mention: it describes the microbe or food, the
#: argument of the clause's relation (if any); bare ("anti-inflammatory gut microbiota") only after a mention that
#: is no intervention (a microbe's own name before "strain" or "bacteria" is the microbe: "E. faecalis strain EC-12")
_PRODUCING = re.compile(rf"-(?:producing|secreting|degrading|fermenting|synthesi[sz]ing)\s+{_MICROBE_OR_FOOD}", _F)
_BARE_PREMODIFIER = re.compile(rf"\s+{_MICROBE_OR_FOOD}", _F)
#: a later coordinated that-clause ("..., and that B ...") and whether it opens with a pronoun
_AND_THAT = re.compile(r"(?:,\s*)?\band\s+that\s+", _F)
_PRONOUN = re.compile(r"(?:it|its|this|these|they|their|such|both)\b", _F)
#: a verb of the later that-clause before its object: a modal, a form of be or have, or a past or third-person form
_CLAUSE_VERB = re.compile(r"\b(?:may|might|can|could|will|would|should|must|is|are|was|were|has|have|had|"
                          r"[a-z]{3,}(?:ed|es))\b", _F)
#: an unnamed intervention and its target: "interventions targeting Y", "drugs that target Y"
_TARGET = re.compile(
    r"\b(?:interventions?|therap(?:y|ies)|treatments?|strateg(?:y|ies)|drugs?|agents?|approaches|compounds?|"
    r"medications?|molecules?|antibod(?:y|ies))\s+(?:that\s+|which\s+)?(?:specifically\s+|selectively\s+)?"
    r"target(?:ing|s|ed)?\s+", _F)
#: where a target phrase ends: a comma, semicolon, colon, full stop or the clause's verb (an auxiliary,
#: :data:`ipkg.extract.negation.AUXILIARY`)
_TARGET_END = re.compile(rf"[,;:]|\.(?:\s|$)|\b{AUXILIARY}\b", _F)
#: the transferred material and its donors, read on the plain sentence (the material may be a mention itself):
#: "fecal microbiota from CSDS-susceptible mice" (group 1: the donors' premodifiers)
_DONOR = re.compile(
    rf"\b{_MATERIAL}\s+from\s+(?:the\s+)?"
    r"((?:[\w()-]+\s+){1,3}?)(?:mice|rats|animals|donors|patients|individuals|subjects|people|rodents)\b", _F)


def _that_clauses(masked: str) -> list[int]:
    """Where each coordinated that-clause starts (after "and that"), or [] when the sentence has none; a clause
    opening with a pronoun is no new subject's and does not start one."""
    return [m.start() for m in _AND_THAT.finditer(masked) if not _PRONOUN.match(masked, m.end())]


def _target_spans(masked: str) -> list[tuple[int, int]]:
    spans = []
    ends: list[int] | None = None
    for found in _TARGET.finditer(masked):
        ends = ends if ends is not None else [m.start() for m in _TARGET_END.finditer(masked)]
        at = bisect.bisect_left(ends, found.end())
        spans.append((found.end(), ends[at] if at < len(ends) else len(masked)))
    return spans


def _donor_spans(sentence: str) -> list[tuple[int, int]]:
    return [found.span(1) for found in _DONOR.finditer(sentence)]


def _premodifies(masked: str, item: Item) -> bool:
    return bool(_PRODUCING.match(masked, item.end) or item.cls != "Intervention" and _BARE_PREMODIFIER.match(
        masked, item.end))


def _inside(item: Item, spans: list[tuple[int, int]]) -> bool:
    return any(a <= item.start and item.end <= b for a, b in spans)


def linked_elsewhere(sentence: str, masked: str, items: Sequence[Item], subject_iri: str,
                     object_iri: str | None) -> bool:
    """Is the finding of ``subject_iri`` and ``object_iri`` drawn from one of the module's structures? ``masked``:
    ``sentence`` with its mentions masked (the same offsets). Only the sentence's own mentions count (a resolved
    anaphor never)."""
    subjects = [i for i in items if not i.pseudo and i.concept.iri == subject_iri]
    objects = [i for i in items if not i.pseudo and i.concept.iri == object_iri] if object_iri else []
    if not subjects:
        return False
    if "from" in masked:
        donors = _donor_spans(sentence)
        if donors and all(_inside(s, donors) for s in subjects):
            return True
    if all(s.cls == "Intervention" and _CLASS_OF_BEFORE.search(masked, max(0, s.start - 60), s.start)
           and _CLASS_HEAD_AFTER.match(masked, s.end) for s in subjects) and all(
            o.start > s.end for o in objects for s in subjects):
        return True  # the class of an apposition or a predicate: what follows describes the noun before it
    if all(_premodifies(masked, s) for s in subjects) or objects and all(_premodifies(masked, o) for o in objects):
        return True
    if not objects:
        return False
    if "target" in masked.lower():
        targets = _target_spans(masked)
        # not an intervention's finding: "infliximab, an antibody targeting TNF" (its target is what it modulates)
        if targets and all(s.cls != "Intervention" for s in subjects) and (
                all(_inside(s, targets) for s in subjects) and not any(_inside(o, targets) for o in objects)
                or all(_inside(o, targets) for o in objects) and not any(_inside(s, targets) for s in subjects)):
            return True
    starts = _that_clauses(masked)
    if starts:
        def clause(item: Item) -> int:
            return bisect.bisect_right(starts, item.start)

        subject_clauses = {clause(s) for s in subjects}
        object_clauses = {clause(o) for o in objects}
        # the subject's clause before the object's (an object named before its subject may be implied by a word
        # of the subject's own clause: "and that X exerts antidepressant-like effects" after "depressive-like")
        if len(subject_clauses) == 1 and len(object_clauses) == 1 and max(subject_clauses) < min(object_clauses):
            # the later clause relates the object by its own verb (the object after it); an object inside the later
            # clause's subject keeps the finding ("..., and that the improvement of schizophrenia symptoms in a
            # placebo arm will be small": the topic of both clauses)
            opened = starts[min(object_clauses) - 1]
            return all(_CLAUSE_VERB.search(masked, opened, o.start) for o in objects)
    return False
