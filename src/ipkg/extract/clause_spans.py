"""Phrases of a sentence whose mentions are not the arguments of the clause's verb (round 20, issue 12).

A finding's subject and object are the arguments the trigger's clause relates. Six fresh samples judged by hand
(``tests/data/findings/fresh-s11``) show the same mistake in a different wording every time: a mention taken from a
phrase that hangs off the clause rather than from the clause itself. :func:`confined_spans` marks those phrases in
a masked sentence (mentions replaced by ``§``, :func:`ipkg.extract.finding_polarity.mask_items`), each running from
its opening word to the next comma, semicolon, colon or the sentence's end:

* ``comparison``: the yardstick of a comparison, "compared with / to Y", "in comparison with Y", "relative to Y",
  "than Y", "versus Y", "similar ... to / with Y" (not "similar to that observed in Y-treated mice (increased
  IL-4)", which cites Y's own result; not "compared with sham Y", which names Y's group as the other arm; a
  relative clause about Y keeps Y's own findings: "similar to the changes induced by amphetamine, a compound that
  induces relapse in manic patients") ("Patients with TRD have higher IL-6 compared with responders to
  antidepressants"; "the knockout produced similar phenotypes with Meth exposure"). A mention inside relates only
  to mentions inside the same phrase.
* ``population``: the group an observation was made in, named by what it was exposed to: "in / among (the) mice,
  rats, patients ... subjected to / exposed to / after / following Y", ending with Y ("betaine contributed to
  resilience in mice subjected to CSDS through anti-inflammatory action"). Its mention is no subject when the
  sentence names an intervention outside the phrase (that one is the clause's agent) or the object follows the
  phrase inside the clause (the verb before it has its own subject); it stays where the phrase opens the clause
  ("In mice exposed to CSDS, IL-6 rose") or follows the object ("IL-6 was higher in mice exposed to CSDS").
* ``relative``: a relative clause (", which", ", that", ", who", "which", ", a compound that") that describes
  another noun than the subject: an intervention, exposure or disorder named between the subject and the pronoun
  ("became more sensitive to LPS or chronic stress, which characterised by impaired neurogenesis": not LPS's;
  "X reduced the deficits of the ovariectomized mice, which are a model of osteoporosis": the mice's). A finding
  whose object lies only inside such a clause is not the earlier subject's. Kept: a chain the subject starts with
  its own verb, the antecedent its object ("X reduces serum LPS, which may alleviate inflammation"); a subject
  defined by a copula or an apposition ("X is a polyphenol from red wine, which has been shown to ...", "X, a
  compound that induces ..."); the rest of a list the subject opens ("A and B, which are reported to cause Y");
  a sentential "which suggests / indicated / means ..." (an inference from the whole clause).
* ``compound``: a mention heading a compound inside a verb's object, "<verb>ed X-induced Y" ("SCFAs optimized
  Meth-induced dysbiosis, ameliorated colonic inflammation"): X is the subject of no verb after the object (the
  clause's next verb, ", ameliorated" / "and reduced", is the clause subject's).
* ``agent``: a mention that is the agent of a participle modifying a noun, "the disorders caused by Y", "the
  diversity induced by Y" ("whether curcumin can alleviate the psychiatric disorders caused by IBD"): Y is not the
  object of a subject before the participle (unless the subject is the participle's noun: "the obesity induced by
  leptin deficiency"), but what the subject potentiates ("X potentiated the increase caused
  by ethanol": X potentiates ethanol).
* ``assay``: a mention that names a test's substrate or stimulus, "Y (hydrogen / breath / suppression ...) test",
  "Y assay" ("lactulose hydrogen breath test positivity ... is associated with lower neutrophils"): no subject.
* ``setting``: a condition named after another as its setting, "A after / following Y" ("fatigue after stroke",
  "depression following myocardial infarction"): Y is not the subject of A's associations.

:func:`misplaced` applies them to one finding, by the positions of its subject's and object's mentions in the
sentence (all of a concept's mentions must lie in such phrases for it to be set aside, so a concept the clause
names outright keeps its findings). The patterns have bounded, non-nested repetitions only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..cues import Probe, fold
from ..models import Finding
from .arm_outcomes import COMPARATOR_WORDS
from .clause_links import MAY_LINK, linked_elsewhere
from .finding_polarity import mask_items
from .negation import MASK
from .pairing import COMPOUND, Item
from .relations import CONDITION_CLASSES

__all__ = ["ClauseReader", "ClauseSpans", "confined_spans", "misplaced"]

_F = re.IGNORECASE
#: the subject's own verb right after it (or after its head noun, "X supplementation reduces"): "SD induces changes
#: in the gut microbiota, which may contribute to Y" (the relative clause tells what the subject's action led to: a
#: chain the subject starts, read as the subject's)
_OWN_VERB = re.compile(r"\s+(?:[a-z-]+\s+)?(?:\w+ly\s+)?(?:(?:can|could|may|might|will|would|should|must|did"
                       r"|does|do)\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]{2,}|[a-z]{3,}(?:s|ed)"
                       r"|[a-z]{3,}(?=\s+(?:to|the|an?)\s))\b")
#: where a phrase ends: a comma, semicolon, colon or a full stop
_PHRASE_END = re.compile(r"[,;:]|\.(?:\s|$)")
#: a comparison's phrase also ends at the clause's verb: "An increased risk of diabetes compared with the general
#: population was observed during treatment with antipsychotics"
_COMPARISON_END = re.compile(r"[,;:]|\.(?:\s|$)|\b(?:was|were|is|are|has|have|had)\b", _F)
#: the comparator words the trial readers share (:data:`ipkg.extract.arm_outcomes.COMPARATOR_WORDS`), "in
#: comparison with" and a likeness
_COMPARISON = re.compile(
    rf"\b(?:{COMPARATOR_WORDS}|in\s+comparison\s+(?:with|to)"
    r"|similar(?:\s+[\w-]+){0,3}?\s+(?:to|with)(?!\s+(?:that|those)\s+(?:observed|seen|found|reported|described)\b))"
    r"\s", _F)
#: the control of a procedure, "compared with sham burns / sham-operated X": the compared group is the one that had
#: it, so the mention names the clause's contrast, not a yardstick
_SHAM_BEFORE = re.compile(r"\bsham(?:-operated)?\s+$", _F)
#: a definition of the subject, "X is a yellow polyphenol extracted from Y, which has been shown to ...": the
#: relative clause describes the predicate noun, that is the subject
_COPULA_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:(?:is|are|was|were)\s+|,\s*)(?:a|an|the)\s", _F)
_POPULATION = re.compile(
    r"\b(?:in|among|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:mice|rats|animals|rodents|patients|individuals|subjects|"
    r"people|participants|children|adults|women|men|volunteers)\s+(?:(?:(?:who\s+were|that\s+were)\s+)?"
    r"(?:subjected|exposed)\s+to|after|following)\s+", _F)
#: what a population was exposed to: a mention (and its bracketed short form) or up to four words
_EXPOSURE_NP = re.compile(rf"(?:the\s+)?(?:{MASK}+(?:\s*\({MASK}*[^()]{{0,12}}\))?|(?:[\w-]+\s+){{0,3}}[\w-]+)", _F)
#: a phrase that opens its sentence or clause: "In mice exposed to CSDS, IL-6 rose" (the exposure is its agent)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:])\s*$")
#: a verb right before a mention: "optimized Meth-induced dysbiosis", "attenuated the LPS-induced increase"
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}(?:ed|es)\s+(?:the\s+|an?\s+)?$")
#: the clause's next verb after a compound's noun phrase: ", ameliorated", "and reduced"
_NEXT_VERB = re.compile(r"(?:,|\band)\s+(?:(?:and|then)\s+)?(?:\w+ly\s+)?[a-z]{3,}(?:ed|es)\b")
#: the agent of a participle that modifies a noun: "the disorders caused by Y", "the diversity reduced by Y"
_BY_AGENT_BEFORE = re.compile(r"\b(?:caused|induced|triggered|evoked|provoked|elicited|produced|driven)\s+by\s+"
                              r"(?:the\s+|an?\s+)?$", _F)
#: the rest of a list the subject opens, up to the relative pronoun: ", B and C, which", " such as B and C, which"
_LIST_GAP = re.compile(rf"(?:\s*(?:,|and|or|such\s+as|including|e\.g\.,?)\s*{MASK}+)+\s*,?\s*(?:which|that|who)", _F)
_BEFORE_PRONOUN = re.compile(r"\s*,?\s*(?:which|that|who)", _F)
#: the participle right after its noun: "the obesity induced by", "depression (MDD) caused by"
_HEAD_GAP = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:[\w-]+\s+){0,1}")
#: a word without which a sentence has none of the phrases (one scan before any masking); the compound's words are
#: :data:`ipkg.extract.pairing.COMPOUND`'s, which :func:`_in_object_compound` reads
_MAY_CONFINE = re.compile(r"compar|relative\s+to|\bthan\b|\bv(?:ersu)?s\b|similar|subjected|exposed|\bafter\b|"
                          r"following|\bwhich\b|,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:that|who)\b|test|assay|"
                          rf"{COMPOUND.pattern}|\bby\b", _F)
#: :data:`_MAY_CONFINE` and :data:`ipkg.extract.clause_links.MAY_LINK` as probes (gated, folded alternatives: the
#: same answers, ~7 µs a sentence for the two instead of ~42)
_MAY_CONFINE_PROBE, _MAY_LINK_PROBE = Probe(_MAY_CONFINE), Probe(MAY_LINK)
#: a relative pronoun; not a sentential "which suggests / indicated / means ..." (an inference from the clause)
_RELATIVE = re.compile(
    r"(?:,\s*|\s)which\b(?!\s+(?:\w+ly\s+)?(?:(?:may|might|could)\s+)?(?:suggest(?:s|ed)?|indicat(?:es?|ed)|"
    r"impl(?:y|ies|ied)|means?|meant|show(?:s|ed)?|demonstrat(?:es?|ed)|reflect(?:s|ed)?)\b)"
    r"|,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)?(?:that|who)\b", _F)
#: the words between an assay's substrate and the word test / assay: "lactulose hydrogen breath test"
_ASSAY_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:test|assay)s?\b", _F)
_SETTING_BEFORE = re.compile(r"\s+(?:after|following)\s+(?:an?\s+|the\s+)?$", _F)
#: the classes of a mention that a relative clause may describe instead of the subject ("sensitive to LPS or chronic
#: stress, which ...", "the deficits of the ovariectomized mice, which ..."): an intervention, exposure or disorder
_RIVALS = frozenset({"Intervention", "Disorder"})


@dataclass(frozen=True, slots=True)
class ClauseSpans:
    """The confined phrases of one masked sentence: ``(start, end, kind)``, sorted by start."""

    spans: tuple[tuple[int, int, str], ...]

    def holding(self, item: Item, kind: str) -> tuple[int, int] | None:
        """The span of ``kind`` that holds ``item``, or ``None``."""
        for start, end, k in self.spans:
            if k == kind and start <= item.start and item.end <= end:
                return start, end
        return None


def _ends(masked: str, pattern: re.Pattern[str]) -> list[int]:
    """Where phrases may end in ``masked``, in order (found once per sentence, then bisected: linear time)."""
    return [found.start() for found in pattern.finditer(masked)]


def _phrase(ends: list[int], start: int, length: int) -> int:
    """Where the phrase opened at ``start`` ends: the first of ``ends`` at or after ``start``, or ``length``."""
    at = bisect.bisect_left(ends, start)
    return ends[at] if at < len(ends) else length


def confined_spans(masked: str) -> ClauseSpans:
    """The comparison, population and relative-clause phrases of ``masked`` (see the module's docstring)."""
    spans: list[tuple[int, int, str]] = []
    plain: list[int] | None = None
    for kind, pattern in (("comparison", _COMPARISON), ("population", _POPULATION), ("relative", _RELATIVE)):
        ends: list[int] | None = None
        for found in pattern.finditer(masked):
            if kind == "population":  # the group and what it was exposed to, not the rest of the clause
                exposure = _EXPOSURE_NP.match(masked, found.end())
                spans.append((found.start(), exposure.end() if exposure else found.end(), kind))
                continue
            if ends is None:
                if kind == "comparison":
                    ends = _ends(masked, _COMPARISON_END)
                else:
                    plain = plain if plain is not None else _ends(masked, _PHRASE_END)
                    ends = plain
            spans.append((found.end() if kind == "relative" else found.start(),
                          _phrase(ends, found.end(), len(masked)), kind))
    return ClauseSpans(tuple(sorted(spans)))


def _of(items: Sequence[Item], concept_iri: str) -> list[Item]:
    return [i for i in items if not i.pseudo and i.concept.iri == concept_iri]


def _relative_elsewhere(masked: str, items: Sequence[Item], spans: ClauseSpans, subjects: list[Item],
                        objects: list[Item]) -> bool:
    """True when every object mention lies in a relative clause that opens after every subject mention and whose
    antecedent none of them is (:func:`_antecedent`)."""
    for obj in objects:
        span = spans.holding(obj, "relative")
        if span is None or any(s.end > span[0] for s in subjects):
            return False
        if any(_antecedent(masked, items, s, span) for s in subjects):
            return False  # the pronoun's antecedent is the subject: "X (X), which has been confirmed as ..."
    return True


def _antecedent(masked: str, items: Sequence[Item], subject: Item, span: tuple[int, int]) -> bool:
    """Is ``subject`` the antecedent of the relative clause at ``span`` (it opens after the subject)? Yes when no
    other intervention or disorder stands between (the subject's chain), when the mentions between continue the
    subject's list, when a copula or an apposition defines the subject, or when the subject's own verb follows it
    and its object, right before the pronoun, is the only mention between."""
    if subject.end > span[0]:
        return False
    between = [i for i in items if subject.end <= i.start and i.end <= span[0]]
    if between and _LIST_GAP.fullmatch(masked, subject.end, span[0]):
        return True  # "the IKr blockers, terfenadine and citalopram, which": the list is the antecedent
    if not any(i.cls in _RIVALS and i.concept.iri != subject.concept.iri for i in between):
        return True  # no other agent or disorder the clause could describe: the chain stays the subject's
    if _COPULA_AFTER.match(masked, subject.end):
        return True
    # the chain of the subject's own verb: its object may be the antecedent ("reduces serum LPS, which"), but no
    # other mention may stand between ("reduced the deficits of the ovariectomized mice, which": the mice's)
    return bool(_OWN_VERB.match(masked, subject.end)) and all(
        i is between[-1] and _BEFORE_PRONOUN.fullmatch(masked, i.end, span[0]) for i in between)


def _own_relative(masked: str, items: Sequence[Item], spans: ClauseSpans, subjects: list[Item],
                  objects: list[Item]) -> bool:
    """Every object lies in a relative clause that describes the subject ("amphetamine, a compound that induces
    relapse in manic patients")."""
    return bool(objects) and all(
        (span := spans.holding(o, "relative")) is not None and any(_antecedent(masked, items, s, span)
                                                                  for s in subjects) for o in objects)


def _in_object_compound(masked: str, item: Item) -> bool:
    """``item`` heads a compound ("X-induced") right after a verb: it names a state inside that verb's object."""
    return bool(COMPOUND.match(masked, item.end) and _VERB_BEFORE.search(masked, max(0, item.start - 30),
                                                                         item.start))


def _agent_of_participle(masked: str, subject: Item, obj: Item) -> bool:
    """``obj`` is the agent of a participle ("caused by Y") that modifies a noun other than ``subject``, which stands
    before it ("alleviated the disorders caused by Y"; not "the obesity induced by leptin deficiency": the
    participle's own noun)."""
    by = _BY_AGENT_BEFORE.search(masked, max(0, obj.start - 24), obj.start)
    return by is not None and subject.end <= by.start() and not _HEAD_GAP.fullmatch(masked, subject.end, by.start())


def _assay(masked: str, item: Item) -> bool:
    return bool(_ASSAY_AFTER.match(masked, item.end))


def _setting(masked: str, items: Sequence[Item], item: Item) -> bool:
    """``item`` (a condition) follows another condition as its setting: "fatigue after stroke"."""
    if item.cls not in CONDITION_CLASSES:
        return False
    before = _SETTING_BEFORE.search(masked, max(0, item.start - 20), item.start)
    return before is not None and any(
        i is not item and i.cls in CONDITION_CLASSES and i.end <= before.start() and
        not masked[i.end : before.start()].strip() for i in items)


def misplaced(masked: str, items: Sequence[Item], spans: ClauseSpans, subject_iri: str, object_iri: str | None,
              predicate: str = "") -> bool:
    """Is the finding of ``subject_iri`` and ``object_iri`` drawn from a phrase its clause does not relate (the
    module's docstring)? Only mentions of the sentence count (a resolved anaphor or implicit object: never)."""
    subjects = _of(items, subject_iri)
    objects = _of(items, object_iri) if object_iri else []
    if not subjects:
        return False
    if all(_assay(masked, s) or _setting(masked, items, s) for s in subjects):
        return True
    if objects and all(_in_object_compound(masked, s) for s in subjects) and all(
            o.start > s.end and _NEXT_VERB.search(masked, s.end, o.start) for s in subjects for o in objects):
        return True
    if predicate != "potentiates" and objects and all(_agent_of_participle(masked, s, o) for s in subjects
                                                       for o in objects):
        return True
    comparisons = [None if _SHAM_BEFORE.search(masked, max(0, s.start - 16), s.start) else
                   spans.holding(s, "comparison") for s in subjects]
    if all(comparisons) and not any(spans.holding(o, "comparison") in comparisons for o in objects) and not (
            _own_relative(masked, items, spans, subjects, objects)):
        return True
    populations = [spans.holding(s, "population") for s in subjects]
    if all(populations) and not any(spans.holding(o, "population") in populations for o in objects) and (any(
            i.cls == "Intervention" and not i.pseudo and i.concept.iri != subject_iri
            and not spans.holding(i, "population") and not spans.holding(i, "comparison") for i in items)
            or objects and all(o.start >= span[1] and not _OPENS_CLAUSE.search(masked, 0, span[0])
                               for o in objects for span in populations if span is not None)):
        return True
    return bool(objects) and _relative_elsewhere(masked, items, spans, subjects, objects)


class ClauseReader:
    """:func:`misplaced` (and :func:`ipkg.extract.clause_links.linked_elsewhere`) for the findings of one sentence:
    the sentence masked and its phrases found once, on first use, and only when a word of one of the phrases occurs
    in it (:data:`_MAY_CONFINE`, :data:`ipkg.extract.clause_links.MAY_LINK`)."""

    def __init__(self, sentence: str, items: Sequence[Item]) -> None:
        self.sentence, self.items = sentence, items
        self._masked: str | None = None
        self._spans: ClauseSpans | None = None
        self._link = False

    def misplaced(self, finding: Finding) -> bool:
        if self._masked is None:
            view = fold(self.sentence)
            confine, self._link = _MAY_CONFINE_PROBE.found(view), _MAY_LINK_PROBE.found(view)
            self._masked = mask_items(self.sentence, self.items) if confine or self._link else ""
            self._spans = confined_spans(self._masked) if confine else ClauseSpans(())
        if not self._masked:
            return False
        obj = finding.obj.iri if finding.obj else None
        return misplaced(self._masked, self.items, self._spans,  # type: ignore[arg-type]
                         finding.subject.iri, obj, finding.predicate) or (
            self._link and linked_elsewhere(self.sentence, self._masked, self.items, finding.subject.iri, obj))
