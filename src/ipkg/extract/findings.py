"""Findings: typed relations between grounded concepts drawn from one sentence (issue 5).

For every sentence of the title and the abstract that holds two or more grounded mentions, each ordered pair of
mentions whose classes a relation links (see :mod:`ipkg.extract.relations`) is typed by trigger words and patterns
over the text between and around the two mentions; :mod:`ipkg.extract.negation` then decides whether the sentence
denies the relation (``negated``) or only suggests it (``hedged``). The rules, their reasons and their limits are
written down in ``docs/findings.md``.

Implicit subjects: when the abstract tests one *main intervention* (the only intervention of the title, or else the
intervention mentioned clearly most often, counting mentions in trial sentences twice), a sentence may name it
without its name: "Active treatment significantly potentiated ...", "The drug expanded ...", "... after treatment",
"Adverse events included ..." and a mechanism sentence right after a sentence about it ("Signalling pathways such
as mTOR seem to play a key role"). These anaphors stand for the main intervention; without one, nothing is
resolved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..models import Concept, Document, Finding, Mention, StudyPico
from .negation import MASK, is_hedged, is_negated
from .relations import (
    CONDITION_CLASSES,
    MECHANISM_CUE,
    MODULATED_CLASSES,
    NO_CHANGE,
    PairContext,
    RelationMatch,
    match_relation,
)

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["RELATED_CLASSES", "candidate_findings", "extract_findings", "main_intervention", "read_study"]

#: the classes a finding may relate (CONTRACT.md "Concepts")
RELATED_CLASSES = frozenset({"Disorder", "Intervention", "ImmuneCell", "Pathway", "Cytokine", "Phenotype"})
#: the (subject class, object class) pairs a relation of the vocabulary links
_PAIRS = frozenset(
    [("Intervention", "Intervention")]
    + [("Intervention", c) for c in CONDITION_CLASSES]
    + [("Intervention", c) for c in MODULATED_CLASSES]
    + [("Disorder", c) for c in MODULATED_CLASSES]
)
_TRIAL_SENTENCE = re.compile(
    r"randomi[sz]|placebo|\btrial|receiv|administ|treated\s+with|add-?on|adjunct|augment|\bdos(?:e|ed|ing)\b|"
    r"\bmg\b|injection|infusion",
    re.IGNORECASE,
)
_CONNECTIVE = (
    r"(?:however|moreover|furthermore|in\s+addition|additionally|importantly|notably|overall|in\s+conclusion|"
    r"finally|also|thus|therefore|consequently|taken\s+together|in\s+contrast|similarly|likewise|specifically|"
    r"in\s+particular|here|in\s+both\s+groups|compared\s+(?:with|to)\s+placebo)"
)
_START_ANAPHOR = re.compile(
    rf"^\s*(?:{_CONNECTIVE}\s*,?\s+)?(?P<np>(?:the|this|that|such|active|study|our)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:treatment|drug|agent|compound|medication|intervention|therapy|regimen))\b(?!\s+(?:with|of|by|for|in)\b)",
    re.IGNORECASE,
)
_INNER_ANAPHOR = re.compile(
    r"\b(?:(?:after|following|during|with|upon|post)[\s-](?P<np>(?:the\s+|active\s+|study\s+|this\s+)?"
    r"(?:treatment|therapy|intervention|administration))|(?P<np2>(?:the|this)\s+(?:drug|agent|compound|medication))|"
    r"(?P<np3>treatment)(?=-(?:induced|related|associated|emergent)))\b(?!\s+(?:with|of)\b)",
    re.IGNORECASE,
)
_ADVERSE_SUBJECT = re.compile(
    r"\b(?:adverse|side|unwanted|undesirable|untoward)[\s-]+(?:drug\s+)?(?:effects?|events?|reactions?)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|\b(?:whereas|while|whilst|but|however|although|though)\b", re.IGNORECASE)
#: words that may sit between two coordinated mentions of one class ("IL-6, TNF and IL-1β")
_COORDINATION_WORDS = frozenset(
    ["and", "or", "as", "well", "but", "not", "also", "especially", "particularly", "including", "such", "e.g.", "i.e.", "possibly", "probably", "those", "of", "the", "levels", "level", "concentrations", "concentration", "percentage", "proportion", "number", "numbers", "frequency", "frequencies", "population", "populations", "expression", "production", "activity", "serum", "plasma", "circulating", "symptoms", "symptom", "signs", "and/or", "either", "both", "certain", "some", "other", "several", "various"]
)
_COORDINATION_TOKEN = re.compile(r"e\.g\.|i\.e\.|[\w/]+|[,/&+()]|\S")
_NP_LINK = re.compile(r"^\s*(?:response|effects?|efficacy|actions?)\s+(?:to|of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: an intervention word that modifies a noun of effect is an adjective, not an agent: "antidepressant effects"
_MODIFIER = re.compile(
    r"^\s+(?:(?:effects?|actions?)(?!\s+on\b)|properties|propert(?:y)|responses?|efficacy|activity|activities|potential|"
    r"potentiation|pharmacology|mechanisms?|benefits?|outcomes?|targets?|development|receptors?|antagonists?|"
    r"agonists?|levels?|concentrations?|metabolism|metabolites?|binding|transporters?|withdrawal|dependence|"
    r"abuse|use\s+disorders?)\b",
    re.IGNORECASE,
)
#: a hyphenated compound that presupposes its relation: "X-induced", "X-mediated"
_COMPOUND = re.compile(r"-(?:induced|mediated|related|associated|evoked|triggered|provoked|elicited)\b", re.IGNORECASE)
_DETERMINER_NEGATION = re.compile(
    r"\b(?:no|without|absence\s+of|lack\s+of|free\s+of|neither|nor)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_PARENTHETICAL = re.compile(r"\([^()§]*\)")
_ABBREVIATION = re.compile(r"^\s*\(\s*$")


@dataclass(frozen=True, slots=True)
class _Item:
    """A mention inside one sentence, in sentence offsets; ``pseudo`` marks a resolved anaphor."""

    start: int
    end: int
    concept: Concept
    pseudo: str = ""  # "", "anaphor", "adverse"
    modifier: bool = False  # an intervention word used as an adjective: "antidepressant effects"

    @property
    def cls(self) -> str:
        return "Intervention" if self.pseudo else self.concept.cls

    @property
    def group(self) -> str:
        """The role group: cells, cytokines and pathways are one group (the targets); disorders and signs or
        symptoms another (the conditions: "fatigue and symptoms of depression" is one list)."""
        if self.cls in MODULATED_CLASSES:
            return "Target"
        return "Condition" if self.cls in CONDITION_CLASSES else self.cls


def main_intervention(doc: Document, mentions: Sequence[Mention], annotated: AnnotatedDocument | None = None
                      ) -> Concept | None:
    """The one intervention the abstract's study tests, or ``None`` when no single one stands out.

    The title's intervention when the title names exactly one; else the intervention with the most abstract
    mentions (a mention in a sentence about the trial counts twice), when it leads the next one.
    """
    title = {m.concept for m in mentions if m.passage == "title" and m.concept.cls == "Intervention"}
    if len(title) == 1:
        return next(iter(title))
    if annotated is None:
        from .annotate import annotate

        annotated = annotate(doc, mentions)
    spans = [(x.start, x.end) for x in annotated.iter_sentences(passage="abstract")]
    scores: Counter[Concept] = Counter()
    trial: dict[tuple[int, int] | None, bool] = {None: False}  # sentence span -> is it about the trial
    for m in mentions:
        if m.passage != "abstract" or m.concept.cls != "Intervention":
            continue
        if _MODIFIER.match(doc.abstract[m.end :]):
            continue
        span = next(((s, e) for s, e in spans if s <= m.start < e), None)
        if span not in trial:
            trial[span] = bool(_TRIAL_SENTENCE.search(doc.abstract[span[0] : span[1]]))  # type: ignore[index]
        scores[m.concept] += 3 if trial[span] else 1
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0].iri))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2):
        return None
    return ranked[0][0]


def _items(sentence: str, offset: int, mentions: Sequence[Mention]) -> list[_Item]:
    """The sentence's mentions: longest first where they overlap; ``long form (SHORT)`` merged into one."""
    ranked = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.concept.iri))
    kept: list[_Item] = []
    for m in ranked:
        if m.concept.cls not in RELATED_CLASSES:
            continue
        start, end = m.start - offset, m.end - offset
        if kept and start < kept[-1].end:
            continue
        if kept and kept[-1].concept == m.concept and _ABBREVIATION.match(sentence[kept[-1].end : start]):
            close = sentence.find(")", end)
            if close != -1 and not sentence[end:close].strip():
                kept[-1] = _Item(kept[-1].start, close + 1, m.concept)
                continue
        modifier = m.concept.cls == "Intervention" and bool(_MODIFIER.match(sentence[end:]))
        kept.append(_Item(start, end, m.concept, modifier=modifier))
    return kept


def _pseudo_items(sentence: str, items: list[_Item], main: Concept | None) -> list[_Item]:
    """Anaphors that stand for the main intervention (see the module docstring)."""
    if main is None or any(i.concept == main for i in items):
        return []
    explicit = any(i.cls == "Intervention" for i in items)
    found: list[_Item] = []
    start = _START_ANAPHOR.match(sentence)
    if start is not None:
        found.append(_Item(start.start("np"), start.end("np"), main, "anaphor"))
    elif not explicit:
        inner = _INNER_ANAPHOR.search(sentence)
        if inner is not None:
            group = next(g for g in ("np", "np2", "np3") if inner.group(g) is not None)
            found.append(_Item(inner.start(group), inner.end(group), main, "anaphor"))
        for cue in _ADVERSE_SUBJECT.finditer(sentence):
            found.append(_Item(cue.start(), cue.end(), main, "adverse"))
    return [p for p in found if not any(i.start < p.end and p.start < i.end for i in items)]


def _mask(sentence: str, items: Sequence[_Item]) -> str:
    chars = list(sentence)
    for item in items:
        chars[item.start : item.end] = MASK * (item.end - item.start)
    masked = "".join(chars)
    # statistics in brackets, "(n = 14, p = 0.02)", are neither words nor clause ends
    return _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), masked)


def _coordinated(gap: str) -> bool:
    tokens = _COORDINATION_TOKEN.findall(gap)
    return all(t.lower() in _COORDINATION_WORDS or t in ",/&+()" for t in tokens) or bool(_NP_LINK.match(gap))


def _chains(masked: str, items: Sequence[_Item]) -> list[int]:
    """A chain number per item: consecutive mentions of one group joined only by list words share one."""
    chain: list[int] = []
    for index, item in enumerate(items):
        previous = items[index - 1] if index else None
        if previous is not None and previous.group == item.group and _coordinated(masked[previous.end : item.start]):
            chain.append(chain[-1])
        else:
            chain.append(index)
    return chain


def _context(masked: str, items: Sequence[_Item], chain: list[int], s: int, o: int) -> PairContext | None:
    """The pair context of subject ``items[s]`` and object ``items[o]``, or ``None`` when the pair is blocked.

    Blocked: a subject used as an adjective ("antidepressant effects"); a nearer subject that owns the trigger
    ("X raised A while Y lowered B"); a subject inside the complement of an earlier subject of its clause ("X
    potentiated the response to Y, and expanded B"); in object-first order, any other subject or object between.
    """
    subject = items[s]
    if subject.modifier:
        return None
    first, second = (s, o) if s < o else (o, s)
    if chain[first] == chain[second]:
        return None
    first_end = max(items[i].end for i in range(first, second) if chain[i] == chain[first])
    second_start = min(items[i].start for i in range(first + 1, len(items)) if chain[i] == chain[second])
    lo, hi = first_end, max(first_end, second_start)
    subject_first = s < o
    if subject_first and _governed(masked, items, chain, s, hi):
        return None
    parallel = False
    for i in range(first + 1, second):
        item = items[i]
        if chain[i] in (chain[first], chain[second]) or item.modifier:
            continue
        if not subject_first and item.group == items[second].group:
            return None
        if not subject_first and item.group == items[first].group:
            parallel = True  # "a decrease in A (...), in B and in C after X": only A's own trigger counts
            continue
        if item.group == items[second].group:
            lo = max(lo, item.end)  # "X reduced IL-6 but increased TNF": TNF's trigger follows IL-6
        elif item.group == items[first].group and (
            _CLAUSE_BREAK.search(masked[first_end : item.start]) or "," not in masked[item.end : hi]
        ):
            return None  # "X raised A while Y lowered B": Y is the subject of "lowered"
    head = min(items[i].start for i in range(first + 1) if chain[i] == chain[first])
    return PairContext(masked, (items[first].start, items[first].end), (items[second].start, items[second].end),
                       subject_first, lo, hi, head, parallel, first_end)


def _governed(masked: str, items: Sequence[_Item], chain: list[int], s: int, hi: int) -> bool:
    """True when an earlier subject of the same clause, not coordinated with ``items[s]``, governs the trigger."""
    subject = items[s]
    if "," not in masked[subject.end : hi]:
        return False
    for i in range(s):
        other = items[i]
        if (other.group == subject.group and not other.modifier and chain[i] != chain[s]
                and not _CLAUSE_BREAK.search(masked[other.end : subject.start])):
            return True
    return False


def _flags(masked: str, match: RelationMatch, spans: Sequence[tuple[int, int]], target: tuple[int, int]) -> tuple[bool, bool]:
    """``(negated, hedged)`` of a relation stated by ``match`` between the mentions at ``spans`` (subject first).

    A compound such as "X-induced Y" presupposes its relation: a negation elsewhere in the clause ("did not
    inhibit X-induced Y", "no change in X-induced Y") denies something else, so only a determiner right before the
    compound ("no X-induced Y") negates it.
    """
    subject = spans[0]
    if _COMPOUND.match(masked, subject[1]) and match.trigger[0] <= subject[1] + 14 < match.trigger[1] + 14:
        negated = bool(_DETERMINER_NEGATION.search(masked, 0, subject[0]))
    else:
        negated = match.direction == NO_CHANGE or is_negated(masked, [match.trigger, target])
    points = [p for span in (*spans, match.trigger) for p in span]
    return negated, is_hedged(masked, min(points), max(points))


def _finding(subject: Concept, match: RelationMatch, obj: Concept, flags: tuple[bool, bool],
             where: tuple[str, int, int, str]) -> Finding:
    passage, start, end, evidence = where
    return Finding(subject=subject, predicate=match.predicate, obj=obj, evidence=evidence, passage=passage,
                   start=start, end=end, negated=flags[0], hedged=flags[1], direction=match.direction)


def _sentence_findings(sentence: str, items: list[_Item], where: tuple[str, int, int, str],
                       main: Concept | None, after_main: bool) -> list[tuple[int, Finding]]:
    """``(pair distance, finding)`` for every relation the sentence states."""
    out: list[tuple[int, Finding]] = []
    pseudo = _pseudo_items(sentence, items, main)
    if len(items) + len(pseudo) < 2 and (main is None or not after_main or not (items or pseudo)):
        return out  # no pair, and no mechanism of the main intervention
    items = sorted(items + pseudo, key=lambda i: (i.start, i.end))
    masked = _mask(sentence, items)
    chain = _chains(masked, items)
    for s, subject in enumerate(items):
        for o, obj in enumerate(items):
            if s == o or obj.pseudo or subject.concept == obj.concept or (subject.cls, obj.cls) not in _PAIRS:
                continue
            matches: tuple[RelationMatch, ...] = ()
            if subject.pseudo == "adverse":
                adverse = _adverse_subject(masked, subject, obj)
                matches = (adverse,) if adverse is not None else ()
            else:
                ctx = _context(masked, items, chain, s, o)
                matches = match_relation(ctx, subject.cls, obj.cls) if ctx is not None else ()
            for match in matches:
                flags = _flags(masked, match, [(subject.start, subject.end), (obj.start, obj.end)], (obj.start, obj.end))
                out.append((abs(obj.start - subject.start), _finding(subject.concept, match, obj.concept, flags, where)))
    if main is not None and after_main and not any(i.cls == "Intervention" for i in items):
        out.extend((0, f) for f in _implicit_mechanism(masked, items, main, where))
    return out


def _adverse_subject(masked: str, cue: _Item, obj: _Item) -> RelationMatch | None:
    """"Adverse events included nausea": the disorder or symptom after an adverse-event cue of the main
    intervention."""
    if obj.cls not in CONDITION_CLASSES or obj.start < cue.end:
        return None
    gap = masked[cue.end : obj.start]
    if len(gap) > 80 or _CLAUSE_BREAK.search(gap) or re.search(r"\b(?:in|among)\s+(?:\w+\s+){0,2}(?:patients|subjects)\s+with\b", gap):
        return None
    return RelationMatch("hasAdverseEffect", None, (cue.start, cue.end))


def _implicit_mechanism(masked: str, items: list[_Item], main: Concept, where: tuple[str, int, int, str]) -> list[Finding]:
    """"Intracellular signalling pathways such as mTOR ... seem to play a key role" after a sentence on ``main``.

    Each pathway named before a mechanism cue of its clause gives ``main actsThrough pathway``, unless a disorder
    follows the cue (then the role is in the disorder: an association, not a mechanism of the drug).
    """
    out = []
    for item in items:
        if item.cls != "Pathway":
            continue
        for cue in MECHANISM_CUE.finditer(masked, item.end):
            if _CLAUSE_BREAK.search(masked[item.end : cue.start()]):
                break
            if any(i.cls == "Disorder" and i.start >= cue.end() for i in items):
                break
            match = RelationMatch("actsThrough", None, (cue.start(), cue.end()))
            flags = _flags(masked, match, [(item.start, item.end)], (item.start, item.end))
            out.append(_finding(main, match, item.concept, flags, where))
            break
    return out


def candidate_findings(annotated: AnnotatedDocument) -> tuple[Finding, ...]:
    """Every relation the title and abstract sentences state, whatever their role: one per (sentence, subject,
    predicate, object), the closest mention pair winning, each carrying its sentence's role. :func:`read_study`
    then sorts them into what the study tested and what it found."""
    doc = annotated.document
    main = main_intervention(doc, annotated.mentions, annotated)
    best: dict[tuple[str, int, str, str, str], tuple[int, Finding]] = {}
    after_main = False
    passage = ""
    for sentence in annotated.sentences:
        if sentence.passage not in ("title", "abstract"):
            continue
        if sentence.passage != passage:
            passage, after_main = sentence.passage, False
        items = _items(sentence.text, sentence.start, sentence.mentions)
        where = (sentence.passage, sentence.start, sentence.end, sentence.text)
        for distance, finding in _sentence_findings(sentence.text, items, where, main, after_main):
            finding = replace(finding, role=sentence.role)
            key = (passage, sentence.start, finding.subject.iri, finding.predicate, finding.obj.iri if finding.obj else "")
            if key not in best or distance < best[key][0]:
                best[key] = (distance, finding)
        after_main = main is not None and any(i.concept == main for i in items)
    return tuple(best[key][1] for key in sorted(best))


def read_study(annotated: AnnotatedDocument, design: str | None = None) -> tuple[tuple[Finding, ...], StudyPico]:
    """What the study tested (:class:`~ipkg.models.StudyPico`, from its title, aims and methods) and what it
    found (the findings of its results, conclusions and background, the trial's outcome among them)."""
    from .outcomes import found_findings
    from .pico import extract_pico

    candidates = candidate_findings(annotated)
    pico = extract_pico(annotated, candidates, design)
    return found_findings(annotated, candidates, pico, design), pico


def extract_findings(annotated: AnnotatedDocument | Document, mentions: Sequence[Mention] | None = None,
                     design: str | None = None) -> tuple[Finding, ...]:
    """The findings of an annotated document (or of ``doc`` and its ``mentions``): one per (sentence, subject,
    predicate, object), sorted; title, aims and methods give none (they say what was tested, not found).

    >>> from ipkg.models import Concept, Document, Mention
    >>> text = "Ketamine reduced IL-6 levels in patients with depression."
    >>> ket = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
    >>> il6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin-6", "Cytokine")
    >>> ms = [Mention("abstract", 0, 8, "Ketamine", ket), Mention("abstract", 17, 21, "IL-6", il6)]
    >>> [(f.subject.label, f.predicate, f.obj.label, f.direction, f.negated, f.hedged, f.role)
    ...  for f in extract_findings(Document("a.txt", "", text), ms)]
    [('ketamine', 'decreases', 'interleukin-6', 'decrease', False, False, 'results')]
    """
    if isinstance(annotated, Document):
        from .annotate import annotate

        annotated = annotate(annotated, mentions or ())
    return read_study(annotated, design)[0]
