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

import bisect
import functools
import re
from dataclasses import replace
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Document, Finding, Mention, StudyPico
from .cues import Cue, Folded, fold
from .activation import activation_items
from .anaphora import demonstrative_items, may_refer_back
from .behaviour import behaviour_findings, may_state_behaviour
from .relation_senses import is_component, is_lowering, names_absence
from .reversal import Reversals
from .mechanism import (appositive_findings, is_future_agent, is_property_adjective, names_other_owner,
                        secretion_of_cytokine, may_state_property, mechanism_findings)
from .implicit import INFLAMMATORY_RESPONSE, condition_families, implicit_objects, main_aliases, may_have_implicit
from .negation import hedge_cues, is_hedged, is_negated, mask_spans, short_of_significance
from .relation_targets import Contrast, contrast, directed_lists
from .pairing import CLAUSE_BREAK, COMPOUND, Item, Layout
from .relations import (
    CONDITION_CLASSES,
    DEFINING_APPOSITIVE,
    MECHANISM_CUE,
    MODULATED_CLASSES,
    NO_CHANGE,
    RelationMatch,
    match_relation,
)

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["INFLAMMATORY_RESPONSE", "RELATED_CLASSES", "candidate_findings", "extract_findings", "main_intervention", "read_study"]

#: the classes a finding may relate (CONTRACT.md "Concepts")
RELATED_CLASSES = frozenset({"Disorder", "Intervention", "ImmuneCell", "Pathway", "Cytokine", "Phenotype"})
#: the (subject class, object class) pairs a relation of the vocabulary links
_PAIRS = frozenset(
    [("Intervention", "Intervention")]
    + [("Intervention", c) for c in CONDITION_CLASSES]
    + [("Intervention", c) for c in MODULATED_CLASSES]
    + [("Disorder", c) for c in MODULATED_CLASSES]
)
_TRIAL_SENTENCE = Cue(re.compile(
    r"randomi[sz]|placebo|\btrial|receiv|administ|treated\s+with|add-?on|adjunct|augment|\bdos(?:e|ed|ing)\b|"
    r"\bmg\b|injection|infusion",
    re.IGNORECASE,
), "randomi", "placebo", "trial", "receiv", "administ", "treated", "add", "adjunct", "augment", "dos", "mg",
    "injection", "infusion")
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
_INNER_ANAPHOR = Cue(re.compile(
    r"\b(?:(?:after|following|during|with|upon|post)[\s-](?P<np>(?:the\s+|active\s+|study\s+|this\s+)?"
    r"(?:treatment|therapy|intervention|administration))|(?P<np2>(?:the|this)\s+(?:drug|agent|compound|medication))|"
    r"(?P<np3>treatment)(?=-(?:induced|related|associated|emergent)))\b(?!\s+(?:with|of)\b)",
    re.IGNORECASE,
), "treatment", "therapy", "intervention", "administration", "drug", "agent", "compound", "medication")
_ADVERSE_SUBJECT = Cue(re.compile(
    r"\b(?:adverse|side|unwanted|undesirable|untoward)[\s-]+(?:drug\s+)?(?:effects?|events?|reactions?)\b",
    re.IGNORECASE,
), "effect", "event", "reaction")
#: an intervention word that modifies a noun of effect is an adjective, not an agent: "antidepressant effects"
#: (matched at the end of the mention)
_MODIFIER = re.compile(
    r"\s+(?:(?:effects?|actions?)(?!\s+on\b)|properties|propert(?:y)|responses?|efficacy|activity|activities|potential|"
    r"potentiation|pharmacology|mechanisms?|benefits?|outcomes?|targets?|development|receptors?|antagonists?|"
    r"agonists?|levels?|concentrations?|metabolism|metabolites?|binding|transporters?|withdrawal|dependence|"
    r"abuse|use\s+disorders?|signal(?:l)?ing|pathways?)\b|-(?:derived|like|type)\b",
    re.IGNORECASE,
)
_ANTI_INFLAMMATORY = Cue(re.compile(
    r"\banti-?inflammat\w*\s+(?:and\s+[\w-]+\s+)?(?:properties|property|effects?|efficacy|actions?|activity|"
    r"activities|potentials?|capacity)\b",
    re.IGNORECASE,
), "inflammat")
#: a class word and a drug side by side, "the SSRI fluoxetine", "the antidepressant fluoxetine": one subject
_APPOSITION = re.compile(r"^ +$")
#: a change of level named as a phenotype ("hyperactivity", "dysregulation") that is said "of (the)" the process,
#: cell or cytokine after it: "the hyperactivity of the HPA axis" names the axis's state, not a second condition
_STATE_WORD = re.compile(
    r"^(?:hyper|hypo|over|under)?-?(?:activity|activation|function|reactivity)$|^dys(?:function|regulation)$",
    re.IGNORECASE)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_STATE_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_STATE_TARGETS = frozenset({"Pathway", "ImmuneCell", "Cytokine"})
#: "tacrolimus as an alternative immunosuppressive agent", "ketamine as a rapid-acting antidepressant": the class
#: word describes the drug before it (no preposition between: "X as an adjunct to Y" keeps Y)
_AS_CLASS = re.compile(r"^\s+as\s+(?:a|an|the)\s+(?:(?!(?:to|with|of|in|for|and|or)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
#: a hyphenated compound that presupposes its relation: "X-induced", "X-mediated"
_COMPOUND = COMPOUND
_DETERMINER_NEGATION = re.compile(
    r"\b(?:no|without|absence\s+of|lack\s+of|free\s+of|neither|nor)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: a reduced relative clause right after a mention: "the abnormalities associated with Y" (no copula)
_REDUCED_RELATIVE = re.compile(r"\s+(?:associated|linked|related)\s+(?:with|to)\b", re.IGNORECASE)
#: "lower in BD individuals who did not ... compared with BD individuals who ...": the groups compared both have it
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than|versus|vs\.?)\s",
                            re.IGNORECASE)
#: a comparison of groups read on a word of sameness denies the difference
_SAME = re.compile(r"comparable|similar", re.IGNORECASE)
#: "but not" right before the subject: "X, but not Y, reduced Z" denies Y's relation
_BUT_NOT = re.compile(r"\bbut\s+not\s+(?:the\s+)?$", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\([^()§]*\)")
_ABBREVIATION = re.compile(r"^\s*\(\s*$")


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
    starts = [start for start, _ in spans]
    scores: Counter[Concept] = Counter()
    trial: dict[tuple[int, int] | None, bool] = {None: False}  # sentence span -> is it about the trial
    for m in mentions:
        if m.passage != "abstract" or m.concept.cls != "Intervention":
            continue
        if _MODIFIER.match(doc.abstract, m.end):
            continue
        at = bisect.bisect_right(starts, m.start) - 1
        span = spans[at] if at >= 0 and m.start < spans[at][1] else None
        if span not in trial:
            trial[span] = bool(_TRIAL_SENTENCE.search(fold(doc.abstract[span[0] : span[1]])))  # type: ignore[index]
        scores[m.concept] += 3 if trial[span] else 1
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0].iri))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2):
        return None
    return ranked[0][0]


def _items(view: Folded, offset: int, mentions: Sequence[Mention], aliases: dict[str, Concept] | None = None,
           families: Callable[[], dict[str, Concept]] | None = None) -> list[Item]:
    """The sentence's mentions: longest first where they overlap; ``long form (SHORT)`` merged into one; a word
    of the main intervention (``aliases``) read as it; and the implicit objects (:mod:`ipkg.extract.implicit`)
    no mention covers (``families``: the abstract's disorder of each symptom family, computed when needed)."""
    sentence = view.text
    ranked = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.concept.iri))
    kept: list[Item] = []
    for m in ranked:
        if m.concept.cls not in RELATED_CLASSES or secretion_of_cytokine(m, mentions):
            continue
        if aliases and m.concept.cls != "Intervention" and m.text.casefold() in aliases:
            m = replace(m, concept=aliases[m.text.casefold()])
        start, end = m.start - offset, m.end - offset
        if kept and start < kept[-1].end or is_lowering(sentence, start, end) or names_absence(sentence, start):
            continue
        if kept and kept[-1].concept == m.concept and _ABBREVIATION.match(sentence[kept[-1].end : start]):
            close = sentence.find(")", end)
            if close != -1 and not sentence[end:close].strip():
                kept[-1] = Item(kept[-1].start, close + 1, m.concept)
                continue
        if (kept and kept[-1].concept.cls == m.concept.cls == "Intervention" and not kept[-1].pseudo
                and _APPOSITION.match(sentence[kept[-1].end : start])):
            kept.pop()  # "the SSRI fluoxetine": the drug is the mention, its class word only describes it
        if (kept and kept[-1].concept.cls == m.concept.cls == "Intervention" and not kept[-1].pseudo
                and _AS_CLASS.match(sentence[kept[-1].end : start])):
            continue  # "tacrolimus as an alternative immunosuppressive agent": one subject, the drug
        modifier = m.concept.cls == "Intervention" and (bool(_MODIFIER.match(sentence, end))
                                                        or is_property_adjective(sentence, start, end)
                                                        or is_future_agent(sentence, end)
                                                        or is_component(sentence, start))
        kept.append(Item(start, end, m.concept, modifier=modifier))
    kept = [i for n, i in enumerate(kept) if not _state_of_next(sentence, i, kept[n + 1 : n + 2])]
    kept = activation_items(sentence, kept)
    if families is not None:
        implicit = implicit_objects(view, [(i.start, i.end) for i in kept], families)
        if implicit:
            kept = sorted(kept + [Item(s, e, c) for s, e, c in implicit], key=lambda i: (i.start, i.end))
    return kept


def _state_of_next(sentence: str, item: Item, following: list[Item]) -> bool:
    """True when ``item`` is a phenotype word of changed level ("hyperactivity") said "of (the)" the process, cell or
    cytokine that follows it: the change describes that target (:data:`_STATE_WORD`)."""
    return (item.concept.cls in CONDITION_CLASSES and bool(following)
            and following[0].concept.cls in _STATE_TARGETS
            and bool(_STATE_WORD.match(sentence[item.start : item.end]))
            and bool(_STATE_OF.match(sentence[item.end : following[0].start])))


def _class_of_members(sentence: str, item: Item, following: list[Item]) -> bool:
    """True when a condition ``item`` is a class whose members follow it in brackets ("central nervous system
    disorders (Alzheimer's disease, Parkinson's disease and depression)"): the members carry the findings. A
    single upper-case word in the brackets is an abbreviation, not a member."""
    opening = _BRACKET_OPEN.match(sentence, item.end)
    if item.concept.cls not in CONDITION_CLASSES or opening is None:
        return False
    close = sentence.find(")", opening.end())
    inside = [i for i in following if close != -1 and i.end <= close and i.concept.cls in CONDITION_CLASSES]
    if not inside or inside[0].start != opening.end():
        return False
    word = sentence[inside[0].start : inside[0].end]
    return len(inside) > 1 or not (word.isupper() or " " not in word and any(c.isupper() for c in word[1:]))


def _pseudo_items(view: Folded, items: list[Item], main: Concept | None) -> list[Item]:
    """Anaphors that stand for the main intervention (see the module docstring); ``view``: the folded sentence."""
    if main is None or any(i.concept.iri == main.iri for i in items):
        return []
    sentence = view.text
    explicit = any(i.cls == "Intervention" for i in items)
    found: list[Item] = []
    start = _START_ANAPHOR.match(sentence)
    if start is not None:
        found.append(Item(start.start("np"), start.end("np"), main, "anaphor"))
    elif not explicit:
        inner = _INNER_ANAPHOR.search(view)
        if inner is not None:
            group = next(g for g in ("np", "np2", "np3") if inner.group(g) is not None)
            found.append(Item(inner.start(group), inner.end(group), main, "anaphor"))
        for cue in _ADVERSE_SUBJECT.finditer(view):
            if not names_other_owner(sentence, cue.end()):
                found.append(Item(cue.start(), cue.end(), main, "adverse"))
    return [p for p in found if not any(i.start < p.end and p.start < i.end for i in items)]


def _mask(sentence: str, items: Sequence[Item]) -> str:
    masked = mask_spans(sentence, [(item.start, item.end) for item in items])
    # statistics in brackets, "(n = 14, p = 0.02)", are neither words nor clause ends
    return _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), masked)


def _flags(masked: str, match: RelationMatch, spans: Sequence[tuple[int, int]], target: tuple[int, int]) -> tuple[bool, bool]:
    """``(negated, hedged)`` of a relation stated by ``match`` between the mentions at ``spans`` (subject first).

    A compound such as "X-induced Y" presupposes its relation: a negation elsewhere in the clause ("did not
    inhibit X-induced Y", "no change in X-induced Y") denies something else, so only a determiner right before the
    compound ("no X-induced Y") negates it, and a hedge of the clause does not hedge it.
    """
    subject = spans[0]
    if _COMPOUND.match(masked, subject[1]) and match.trigger[0] <= subject[1] + 14 < match.trigger[1] + 14:
        # presupposed, so neither denied nor hedged by the clause ("may be due to its suppression of LPS-induced Y")
        return bool(_DETERMINER_NEGATION.search(masked, 0, subject[0])), False
    else:
        negated = match.direction == NO_CHANGE or is_negated(masked, [match.trigger, target]) or bool(
            _BUT_NOT.search(masked, max(0, subject[0] - 12), subject[0])  # "X, but not Y, reduced Z": not Y
        )
        if match.predicate == "associatedWith" and _SAME.fullmatch(masked, *match.trigger):
            negated = not negated  # "IL-6 levels were comparable between patients with Y and controls": no difference
    definition = DEFINING_APPOSITIVE.match(masked, subject[1])
    if definition is not None and definition.end() == match.trigger[0]:
        return negated, False  # ", a monoclonal antibody targeting TNF": what the drug is, whatever the clause
    points = [p for span in (*spans, match.trigger) for p in span]
    lo, hi = min(points), max(points)
    if match.predicate == "associatedWith" and _REDUCED_RELATIVE.match(masked, min(s[1] for s in spans)):
        # "correct the abnormalities associated with Y": presupposed; only a hedge inside the phrase hedges it
        return negated, any(lo <= s and e <= hi for s, e in hedge_cues(masked))
    return negated, is_hedged(masked, lo, hi) or short_of_significance(masked, match.trigger[0])


def _finding(subject: Concept, match: RelationMatch, obj: Concept, flags: tuple[bool, bool],
             where: tuple[str, int, int, str, str]) -> Finding:
    passage, start, end, evidence, role = where
    return Finding(subject=subject, predicate=match.predicate, obj=obj, evidence=evidence, passage=passage,
                   start=start, end=end, negated=flags[0], hedged=flags[1], direction=match.direction, role=role)


def _sentence_findings(view: Folded, items: list[Item], where: tuple[str, int, int, str, str],
                       main: Concept | None, after_main: bool) -> list[tuple[int, Finding]]:
    """``(pair distance, finding)`` for every relation the sentence states."""
    out: list[tuple[int, Finding]] = []
    sentence = view.text
    pseudo = _pseudo_items(view, items, main)
    if len(items) + len(pseudo) < 2 and (main is None or not after_main or not (items or pseudo)) and not (
            items and (may_state_property(sentence) or may_state_behaviour(sentence))):
        return out  # no pair, and no mechanism of the main intervention
    if pseudo:
        items = sorted(items + pseudo, key=lambda i: (i.start, i.end))
    masked = _mask(sentence, items)
    layout = Layout(masked, items)
    sources: list[tuple[Item, Item, RelationMatch]] = []  # asserted relations on targets: a contrast may follow
    classes = {n for n, i in enumerate(items) if _class_of_members(sentence, i, items[n + 1 :])}
    for s, o in layout.pairs():
        subject, obj = items[s], items[o]
        if obj.pseudo or subject.concept.iri == obj.concept.iri or (subject.cls, obj.cls) not in _PAIRS or (
                s in classes or o in classes):
            continue
        matches: tuple[RelationMatch, ...] = ()
        if subject.pseudo == "adverse":
            adverse = _adverse_subject(masked, subject, obj)
            matches = (adverse,) if adverse is not None else ()
        else:
            ctx = layout.context(s, o)
            matches = match_relation(ctx, subject.cls, obj.cls) if ctx is not None else ()
        if matches and s < o and layout.in_compound(s):
            # "Minocycline attenuated LPS-induced behaviour and reduced IL-1β": LPS owns only its compound's relation
            compound = COMPOUND.match(masked, subject.end)
            matches = tuple(m for m in matches if m.trigger[0] <= compound.end() + 12)  # type: ignore[union-attr]
        elif matches and s < o and COMPOUND.match(masked, subject.end):
            # "Vagotomy attenuated LPS-induced depression but did not alter the increase in IL-1β": a state named by
            # a compound is the subject of no verb after a clause break
            matches = tuple(m for m in matches if m.trigger[0] < subject.end or not layout.has_break(subject.end,
                                                                                                     m.trigger[0]))
        if matches and _within_population(masked, items, subject):
            matches = tuple(m for m in matches if m.predicate != "associatedWith")
        for match in matches:
            flags = _flags(masked, match, [(subject.start, subject.end), (obj.start, obj.end)], (obj.start, obj.end))
            out.append((abs(obj.start - subject.start), _finding(subject.concept, match, obj.concept, flags, where)))
            if obj.cls in MODULATED_CLASSES and match.predicate in _CONTRASTED and not any(flags):
                sources.append((subject, obj, match))
    if sources:
        out.extend(_contrasted(masked, items, layout, sources, where))
    out.extend(_directed(masked, items, where))
    if main is not None and after_main and not any(i.cls == "Intervention" for i in items):
        out.extend((0, f) for f in _implicit_mechanism(masked, items, main, where))
    out.extend((0, f) for f in _anti_inflammatory(view, masked, items, where))
    out.extend((0, f) for f in mechanism_findings(view, masked, items, where))
    out.extend((0, f) for f in appositive_findings(masked, items, [f for _, f in out]))
    out.extend((0, f) for f in behaviour_findings(masked, items, where))
    return out


#: the relations on targets that a clause of contrast carries over to its own targets
_CONTRASTED = frozenset({"associatedWith", "increases", "decreases", "modulates"})
#: the words that open a clause of contrast
_CONTRAST_WORD = re.compile(r"\b(?:whereas|while|whilst|but)\s", re.IGNORECASE)


def _contrasted(masked: str, items: list[Item], layout: Layout, sources: list[tuple[Item, Item, RelationMatch]],
                where: tuple[str, int, int, str, str]) -> list[tuple[int, Finding]]:
    """The relation a clause of contrast states of its own targets, by ellipsis of the first clause's subject:
    "IL-6 was elevated in patients with Y, whereas IL-10 was decreased" (Y associatedWith IL-10, decrease),
    "Y patients showed increased IL-6 but decreased IL-10" (the same), "X lowered TNF, while IL-10 was unchanged"
    (X modulates IL-10, denied). The source is the asserted relation on the targets nearest before the contrast
    word, in the same sentence; the contrast names only targets, a direction and at most the comparison group."""
    out: list[tuple[int, Finding]] = []
    for word in _CONTRAST_WORD.finditer(masked):
        before = [src for src in sources if src[1].end <= word.start() and src[0].end <= word.start()]
        if not before:
            continue
        nearest = max(src[1].end for src in before)
        if CLAUSE_BREAK.search(masked, nearest, word.start()):
            continue  # the source's clause ended before this one: "A rose; B fell, but C ..."
        found = contrast(masked, word.end())
        if found is None:
            continue
        first = next((i for i, item in enumerate(items) if item.start == found.start), None)
        if first is None or items[first].cls not in MODULATED_CLASSES:
            continue
        chain = [items[i] for i in range(first, layout.last[layout.chain[first]] + 1)]
        hedged = is_hedged(masked, word.start(), len(masked))
        for subject, obj, match in before:
            if obj.end != nearest:
                continue
            for target in chain:
                if target.concept.iri == subject.concept.iri:
                    continue
                rel = _contrast_match(match, found, word)
                out.append((abs(target.start - subject.start),
                            _finding(subject.concept, rel, target.concept, (found.negated, hedged), where)))
    return out


def _directed(masked: str, items: list[Item], where: tuple[str, int, int, str, str]) -> list[tuple[int, Finding]]:
    """"Decreased IL-10 and increased IL-6 levels were found in patients with Y": Y associatedWith each marker,
    with the direction word of its own list (:func:`~ipkg.extract.relation_targets.directed_lists`)."""
    out: list[tuple[int, Finding]] = []
    targets = [i.end for i in items if i.cls in MODULATED_CLASSES]
    if len(targets) < 2:
        return out  # two lists of markers at least
    start = 0
    for disorder in items:
        if disorder.cls != "Disorder" or disorder.pseudo or disorder.start < targets[1]:
            continue
        for lo, hi, direction, word in directed_lists(masked, start, (disorder.start, disorder.end)):
            match = RelationMatch("associatedWith", direction, word)
            for target in items:
                if lo <= target.start < hi and target.cls in MODULATED_CLASSES:
                    flags = _flags(masked, match, [(disorder.start, disorder.end), (target.start, target.end)],
                                   (target.start, target.end))
                    out.append((disorder.start - target.start, _finding(disorder.concept, match, target.concept, flags,
                                                                        where)))
        start = disorder.end
    return out


def _contrast_match(source: RelationMatch, found: Contrast, word: re.Match[str]) -> RelationMatch:
    """The relation of the contrast's targets: the source's kind, the contrast's direction."""
    span = (word.start(), word.end())
    if source.predicate == "associatedWith":
        return RelationMatch("associatedWith", found.direction or source.direction, span)
    if found.negated:
        return RelationMatch("modulates", NO_CHANGE, span)
    if found.direction is None:
        return RelationMatch("modulates", None, span)
    return RelationMatch("increases" if found.direction == "increase" else "decreases", found.direction, span)


def _within_population(masked: str, items: list[Item], subject: Item) -> bool:
    """Are the groups a sentence compares both people with ``subject``'s condition ("microglial density was lower
    in BD individuals who did not die by suicide compared with BD individuals who did")? Then the difference is
    not one of the condition: both sides have it, and no association with it is stated."""
    if subject.cls not in CONDITION_CLASSES:
        return False
    for other in items:
        if other is subject or other.pseudo or other.concept.iri != subject.concept.iri:
            continue
        lo, hi = (subject.end, other.start) if other.start >= subject.end else (other.end, subject.start)
        if 0 < hi - lo <= 160 and _COMPARED_WITH.search(masked, lo, hi) and not CLAUSE_BREAK.search(masked, lo, hi):
            return True
    return False


def _anti_inflammatory(view: Folded, masked: str, items: list[Item], where: tuple[str, int, int, str, str]
                       ) -> list[Finding]:
    """"Statins have anti-inflammatory properties", "IL-2 has proven anti-inflammatory efficacy", "LPS
    preconditioning can exert anti-inflammation effects": the intervention lowers the inflammatory response."""
    out = []
    for cue in _ANTI_INFLAMMATORY.finditer(view):
        subject = next((i for i in reversed(items) if i.end <= cue.start() and i.cls == "Intervention"
                        and not i.pseudo and not i.modifier and i.concept != INFLAMMATORY_RESPONSE), None)
        if subject is None or cue.start() - subject.end > 160 or CLAUSE_BREAK.search(masked, subject.end, cue.start()):
            continue
        if any(subject.end <= i.start and i.end <= cue.start() and i.cls == "Intervention" and not i.pseudo
               for i in items):
            continue  # another intervention between owns the property
        match = RelationMatch("decreases", "decrease", (cue.start(), cue.end()))
        flags = _flags(masked, match, [(subject.start, subject.end)], (cue.start(), cue.end()))
        out.append(_finding(subject.concept, match, INFLAMMATORY_RESPONSE, flags, where))
    return out


def _adverse_subject(masked: str, cue: Item, obj: Item) -> RelationMatch | None:
    """"Adverse events included nausea": the disorder or symptom after an adverse-event cue of the main
    intervention."""
    if obj.cls not in CONDITION_CLASSES or obj.start < cue.end:
        return None
    gap = masked[cue.end : obj.start]
    if len(gap) > 80 or CLAUSE_BREAK.search(gap) or re.search(r"\b(?:in|among)\s+(?:\w+\s+){0,2}(?:patients|subjects)\s+with\b", gap):
        return None
    return RelationMatch("hasAdverseEffect", None, (cue.start, cue.end))


def _implicit_mechanism(masked: str, items: list[Item], main: Concept, where: tuple[str, int, int, str, str]) -> list[Finding]:
    """"Intracellular signalling pathways such as mTOR ... seem to play a key role" after a sentence on ``main``.

    Each pathway named before a mechanism cue of its clause gives ``main actsThrough pathway``, unless a disorder
    follows the cue (then the role is in the disorder: an association, not a mechanism of the drug).
    """
    out = []
    cues = list(MECHANISM_CUE.finditer(masked))
    cue_starts = [cue.start() for cue in cues]
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(masked)]
    last_disorder = max((i.start for i in items if i.cls == "Disorder"), default=-1)
    for item in items:
        if item.cls != "Pathway":
            continue
        at = bisect.bisect_left(cue_starts, item.end)
        if at == len(cues):
            continue
        cue = cues[at]  # the first cue after the pathway: its clause must not have ended, no disorder after it
        after = bisect.bisect_left(breaks, item.end)
        if (after < len(breaks) and breaks[after] < cue.start()) or last_disorder >= cue.end():
            continue
        match = RelationMatch("actsThrough", None, (cue.start(), cue.end()))
        flags = _flags(masked, match, [(item.start, item.end)], (item.start, item.end))
        out.append(_finding(main, match, item.concept, flags, where))
    return out


def candidate_findings(annotated: AnnotatedDocument, main: Concept | None | bool = False) -> tuple[Finding, ...]:
    """Every relation the title and abstract sentences state, whatever their role: one per (sentence, subject,
    predicate, object), the closest mention pair winning, each carrying its sentence's role. :func:`read_study`
    then sorts them into what the study tested and what it found. ``main``: the main intervention when the caller
    has it (``False``: find it here)."""
    if main is False:
        main = main_intervention(annotated.document, annotated.mentions, annotated)
    best: dict[tuple[str, int, str, str, str], tuple[int, Finding]] = {}
    aliases = main_aliases(annotated.mentions, main)  # type: ignore[arg-type]
    families = functools.cache(lambda: condition_families(annotated.mentions))
    whole = annotated.folded
    implicit = may_have_implicit(whole if whole.text else annotated.document)
    # each sentence's folded view is a slice of the document's (no second lower-casing) when it can be
    lower = whole.lower if whole.lower is not None and len(whole.lower) == len(whole.text) else None
    starts = {"title": 0, "abstract": len(annotated.document.title) + 1}
    after_main = False
    passage = ""
    previous: tuple[str, list[Item]] | None = None  # the sentence before and its items (for "these disorders")
    reversals = Reversals()  # the changes stated so far ("X reversed these Y-induced changes")
    for sentence in annotated.sentences:
        if sentence.passage not in ("title", "abstract"):
            continue
        if sentence.passage != passage:
            passage, after_main, previous = sentence.passage, False, None
        if len(sentence.mentions) < 2 and main is None and not implicit and not (
                sentence.mentions and (may_state_property(sentence.text) or may_state_behaviour(sentence.text)
                                       or previous and may_refer_back(sentence.text))):
            previous = (sentence.text, [Item(m.start - sentence.start, m.end - sentence.start, m.concept)
                                        for m in sentence.mentions if m.concept.cls in CONDITION_CLASSES])
            continue  # nothing to pair: one mention at most, no anaphor, no implicit object
        at = starts[sentence.passage] + sentence.start
        if lower is not None and whole.text.startswith(sentence.text, at):
            view = Folded.__new__(Folded)
            view.text, view.lower = sentence.text, lower[at : at + len(sentence.text)]
        else:
            view = fold(sentence.text)
        items = _items(view, sentence.start, sentence.mentions, aliases, families if implicit else None)
        items = demonstrative_items(view.text, items, previous)
        previous = (view.text, items)
        where = (sentence.passage, sentence.start, sentence.end, sentence.text, sentence.role)
        stated = _sentence_findings(view, items, where, main, after_main)  # type: ignore[arg-type]
        stated.extend((0, f) for f in reversals.findings(view.text, items, where))
        reversals.record([f for _, f in stated])
        for distance, finding in stated:
            key = (passage, sentence.start, finding.subject.iri, finding.predicate, finding.obj.iri if finding.obj else "")
            if key not in best or distance < best[key][0]:
                best[key] = (distance, finding)
        after_main = main is not None and any(i.concept.iri == main.iri for i in items)  # type: ignore[union-attr]
    return tuple(best[key][1] for key in sorted(best))


def read_study(annotated: AnnotatedDocument, design: str | None = None) -> tuple[tuple[Finding, ...], StudyPico]:
    """What the study tested (:class:`~ipkg.models.StudyPico`, from its title, aims and methods) and what it
    found (the findings of its results, conclusions and background, the trial's outcome among them)."""
    from .outcomes import found_findings
    from .pico import extract_pico

    from .cid_model import model_findings

    main = main_intervention(annotated.document, annotated.mentions, annotated)
    candidates = candidate_findings(annotated, main)
    pico = extract_pico(annotated, candidates, design, main)
    found = found_findings(annotated, candidates, pico, design)
    learned = model_findings(annotated, candidates, found, pico)
    if learned:
        found = tuple(sorted((*found, *learned), key=lambda f: (f.passage, f.start, f.subject.iri, f.predicate,
                                                                 f.obj.iri if f.obj else "")))
    return found, pico


def extract_findings(annotated: AnnotatedDocument | Document, mentions: Sequence[Mention] | None = None,
                     design: str | None = None) -> tuple[Finding, ...]:
    """The findings of an annotated document (or of ``doc`` and its ``mentions``): one per (sentence, subject,
    predicate, object), sorted; title, aims and methods give none (they say what was tested, not found).

    >>> from ipkg.models import Concept, Document, Mention
    >>> from ipkg.extract.annotate import ROLES
    >>> text = "Ketamine reduced IL-6 levels in patients with depression."
    >>> ket = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
    >>> il6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin-6", "Cytokine")
    >>> ms = [Mention("abstract", 0, 8, "Ketamine", ket), Mention("abstract", 17, 21, "IL-6", il6)]
    >>> [(f.subject.label, f.predicate, f.obj.label, f.direction, f.negated, f.hedged, f.role in ROLES)
    ...  for f in extract_findings(Document("a.txt", "", text), ms)]
    [('ketamine', 'decreases', 'interleukin-6', 'decrease', False, False, True)]
    """
    if isinstance(annotated, Document):
        from .annotate import annotate

        annotated = annotate(annotated, mentions or ())
    return read_study(annotated, design)[0]
