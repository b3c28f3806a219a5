"""Properties and mechanisms named by adjectives and nominalisations (s6 issue 12).

Two sentence patterns that name a relation without a verb between its two ends:

* a *property adjective* before a noun of effect — "X has antidepressant and antidementia effects", "the
  anxiolytic profile and antidepressant effect of X", "X acts through anti-neuroinflammatory and antioxidant
  effects". ``anti-<A>`` names what the intervention works against: the condition or the process the adjective
  ``<A>`` is formed from (antidepressant -> depression, anti-inflammatory -> inflammatory response, antioxidant ->
  oxidative stress, anti-neuronal apoptotic -> neuronal apoptosis); "anxiolytic" and "analgesic" name anxiety and
  pain. Against a condition the intervention ``treats`` it; against a process it ``decreases`` it, and when the
  property is given as the way the intervention works ("through", "via", "attributed to", "due to") it also
  ``actsThrough`` it. The adjective found, its concept is looked up by name in the shipped lexicon.
* a *mechanism nominalisation* — "may be attributed to its suppression of Y", "through the enhancement of Y": the
  intervention ``actsThrough`` Y (the speculation, if any, is on the attribution).

The intervention is the one the property is "of" ("the antidepressant effect of X", "actions exerted by X"), else
the nearest intervention before it in its clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from ..models import Concept, Finding, Mention
from ..cues import Cue, Folded
from .negation import is_hedged, is_negated
from .pairing import CLAUSE_BREAK, COMPOUND, Item, list_run
from .evidence_of import evidence_of_findings
from .process_properties import process_property_findings
from .role_mechanisms import role_findings
from .relation_conditions import POPULATION
from .relation_context import CONDITION_CLASSES, MODULATED_CLASSES

__all__ = ["against_names", "anti_property_adjectives", "appositive_findings", "is_future_agent",
           "is_property_adjective", "names_other_owner", "may_state_property", "mechanism_findings",
           "secretion_of_cytokine"]

_F = re.IGNORECASE
#: one property adjective: "antidepressant(-like)", "anti-neuronal apoptotic", "anxiolytic"
_ADJ = r"(?:anti-?[a-z]+(?:\s+[a-z]+(?:ic|ory|ive))?|anxiolytic|analgesic)(?:-like)?"
#: a coordinated group of property adjectives before a noun of effect
_GROUP = re.compile(
    rf"\b(?P<adjs>{_ADJ}(?:\s*,\s*(?:and\s+|or\s+)?{_ADJ}|\s+(?:and|or|and/or)\s+{_ADJ})*)\s+"
    r"(?P<head>effects?|properties|property|activit(?:y|ies)|actions?|profiles?|potentials?|capacit(?:y|ies)|"
    r"efficacy)\b",
    _F,
)
#: the literals one of which every :data:`_GROUP` match holds (lower-case)
_GROUP_LITERALS = ("anti", "anxiolytic", "analgesic")
#: :data:`_GROUP` searched folded (:mod:`ipkg.cues`)
_GROUP_CUE = Cue(_GROUP, *_GROUP_LITERALS)
_ONE_ADJ = re.compile(_ADJ, _F)
#: a lack of the intervention named after it (round 10): "zinc deprivation", "tryptophan depletion"
_LACK_AFTER = re.compile(r"[\s-]+(?:deprivation|deficiency|deficient|depletion|depleted|withdrawal|restriction)\b", _F)
#: the words between the noun of effect and the intervention whose property it is: "of X", "exerted by the ... X";
#: no finite verb between (round 10: in "the antidepressant effects of A were prevented by pretreatment with B" the
#: effects are A's, unnamed when A has no mention, never B's)
_OF_AGENT = re.compile(
    r"(?:\s+(?:and|,)\s+[^;:.§]{0,60}?)?\s+(?:of|(?:exerted|produced|exhibited|shown|induced|elicited)\s+by)\s+"
    r"(?:the\s+)?(?:(?!\b(?:was|were|is|are|has|have|had)\b)[^;:.,]){0,60}$",
    _F,
)
_OF_NEXT = re.compile(r"\s+(?:of|(?:exerted|produced|exhibited|shown|induced|elicited)\s+by)\b", _F)
#: the verbs that state a property of the subject: "X has / exerts / shows ... effects", "through", "rich in";
#: "X evokes / elicits / induces / causes / resulted in ... antidepressant-like effects" (round 10; not a compound:
#: "attenuated the extract-induced antidepressant-like effect" is the extract's)
_HAS_VERB = re.compile(
    r"\b(?:ha[sd]|have|having|exert\w*|exhibit\w*|show\w*|produc\w*|possess\w*|display\w*|demonstrat\w*|"
    r"(?<![\w-])(?:evok(?:e|es|ed|ing)|elicit(?:s|ed|ing)?|induc(?:e|es|ed|ing)|caus(?:e|es|ed|ing)|"
    r"result(?:s|ed)?\s+in)|"
    r"through|via|attributed|attributable|due|owing|rich|with)\b",
    _F,
)
#: a verb of showing or finding before a property "of X": "the results show the antidepressant effect of X" (a
#: finding, not the topic of the sentence: "which pathways underlie the antidepressant effect of X")
_SHOWN_BEFORE = re.compile(
    r"\b(?:show\w*|demonstrat\w*|reveal\w*|confirm\w*|indicat\w*|suggest\w*|support\w*|found|find\w*|"
    r"exhibit\w*|display\w*|observ\w*|discover\w*|evidence)\s+(?:(?:of|for)\s+)?(?:(?:the|a|an|that|its)\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    _F,
)
#: a property that opens its sentence: "The antidepressant effects of X were associated with ..."
_SENTENCE_START = re.compile(r"\s*(?:[A-Z]\w+\s*,\s*)?(?:the\s+)?(?:[\w-]+\s+){0,2}$", _F)
#: a noun phrase opening a clause after a comma: the clause's own subject
_NEW_SUBJECT = re.compile(r"\s*(?:its|their|the|a|an|this|these|that|those)\b", _F)
#: a cue that gives what follows as the way the intervention works
_MECHANISM_BEFORE = re.compile(
    r"\b(?:through|via|by|attributed\s+to|attributable\s+to|due\s+to|owing\s+to|mediated\s+by|because\s+of)\b"
    r"[^;:.§]{0,50}$",
    _F,
)
#: "attributed to its suppression of (the) <object>", "through the enhancement of <object>": a mechanism
_NOMINAL_MECHANISM = re.compile(
    r"\b(?:through|via|by|attributed\s+to|attributable\s+to|due\s+to|owing\s+to|mediated\s+by)\s+(?:its|the|their)\s+"
    r"(?:[\w-]+\s+)?(?:(?P<down>suppression|inhibition|reduction|attenuation|down-?regulation)|"
    r"(?P<up>enhancement|activation|up-?regulation)|modulation|regulation|normali[sz]ation|restoration)\s+of\s+"
    r"(?:the\s+)?(?:[\w§-]+\s+){0,2}$",
    _F,
)
#: "the (plausible) mechanisms underlying the impact of X on Y include A, B and regulation of C": X acts through each
_MECHANISMS_INCLUDE = re.compile(
    r"\b(?:mechanisms?|pathways?)\s+(?:underlying|of|by\s+which|through\s+which|behind)\b[^.;:]{0,140}?"
    r"\b(?:include[sd]?|involve[sd]?)\b",
    _F,
)
_MECHANISMS_INCLUDE_CUE = Cue(_MECHANISMS_INCLUDE, "mechanism", "pathway")
#: "regulation of" right before a process: the intervention modulates it
_REGULATION_OF = re.compile(r"\b(?:regulation|modulation|modulating|regulating)\s+of\s+(?:the\s+)?$", _F)
#: "the role of A in the antidepressant action of X": X acts through A
_ROLE_IN_ACTION = re.compile(
    r"(?:\s*,?\s*(?:and|or)?\s*[^.;:]{0,120}?)?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:actions?|effects?|"
    r"efficacy|mechanisms?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    _F,
)
_ROLE_OF = re.compile(r"\broles?\s+of\s+(?:the\s+)?$", _F)
#: the words joining two processes of one coordination: "A and B", "A, B, and the C"
_AND_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?$", _F)
#: an appositive noun phrase right after an intervention and up to another: "fluoxetine, a novel selective
#: serotonin reuptake inhibitor"
_APPOSITIVE_CLASS = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", _F)
#: "<mediator> (may) (partially) mediate(s) the relationship between <X>" ...
_MEDIATES = re.compile(
    r"\s+(?:(?:may|might|could|can|partly|partially|largely|in\s+part)\s+){0,2}(?:mediat(?:e|es|ed|ing))\s+"
    r"(?:the\s+)?(?:relationships?|associations?|links?|effects?|impact|influence)\s+(?:between|of)\s+", _F)
#: ... " (intake|use|consumption|treatment) and|on <outcome>"
_MEDIATED_PAIR = re.compile(r"\s+(?:(?:intake|use|consumption|treatment|supplementation|exposure)\s+)?(?:and|on)\b",
                            _F)
#: the active "implicates A (, B and C) in D": D is associated with each of A, B, C
_IMPLICATES = re.compile(r"\bimplicat(?:es|e|ed|ing)\b(?!\s+in\b)", _F)
_IN = re.compile(r"\s+in\s+", _F)
#: a recommendation: "guidelines recommend that patients with D (should) ... X" states no efficacy (treats, hedged)
_RECOMMEND = re.compile(r"\brecommend(?:s|ed|ing|ations?)?\b", _F)
_WITH_CONDITION = re.compile(rf"\b{POPULATION}\s+(?:with|suffering\s+from)\s+(?:[\w-]+\s+){{0,2}}$", _F)
#: adjectives whose condition is not their stem (the others: "antidementia" -> dementia, "antipsychotic" ->
#: psychosis, by the suffix rules of :func:`against_names`)
_IRREGULAR = {
    "depressant": ("depression",),
    "depressive": ("depression",),
    "anxiolytic": ("anxiety",),
    "analgesic": ("pain",),
    "oxidant": ("oxidative stress",),
    "oxidative": ("oxidative stress",),
}
#: adjective endings and the noun endings they are formed from: inflammatory -> inflammation, apoptotic -> apoptosis
_SUFFIXES = (("atory", "ation"), ("otic", "osis"), ("ive", "ion"), ("al", ""))
#: the classes a property may be against, and the relation each gives
_CONDITIONS = frozenset({"Disorder", "Phenotype"})


def anti_property_adjectives(text: str) -> Iterator[re.Match]:
    """Each regular "anti-<A>" adjective of each property group in ``text`` ("anti-inflammatory and anti-apoptotic
    effects": both; "anxiolytic" and the irregular ones such as "antioxidant" are not yielded). A group is tried only
    where a word starts with "anti" (cheaper than a regex scan of each text)."""
    lower = text.lower()
    at = lower.find("anti")
    while at >= 0:
        group = _GROUP.match(text, at) if not (at and lower[at - 1].isalnum()) else None
        at = lower.find("anti", group.end() if group else at + 4)
        if group is None:
            continue
        for adjective in _ONE_ADJ.finditer(text, group.start("adjs"), group.end("adjs")):
            word = adjective.group().lower().removesuffix("-like")
            if word.startswith("anti") and word[4:].lstrip("-") not in _IRREGULAR:
                yield adjective


def against_names(adjective: str) -> tuple[str, ...]:
    """The names, most specific first, of what a property adjective works against."""
    word = adjective.lower().removesuffix("-like")
    if word.startswith("anti"):
        word = word[4:].lstrip("-")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    words = word.split()
    last = words[-1]
    names = [f"{word} process", f"{word} response"]
    for adj_end, noun_end in _SUFFIXES:
        if last.endswith(adj_end) and len(last) > len(adj_end) + 3:
            names.append(" ".join([*words[:-1], last[: -len(adj_end)] + noun_end]))
    names.append(word)
    return tuple(names)


@functools.lru_cache(maxsize=4096)
def _concept(adjective: str) -> Concept | None:
    """The condition or process a property adjective names, looked up in the shipped lexicon."""
    from . import get_grounder

    grounder = get_grounder()
    for name in against_names(adjective):
        concept = grounder.lookup(name)
        if concept is not None and (concept.cls in _CONDITIONS or concept.cls == "Pathway"):
            return concept
    return None


def may_state_property(view: Folded) -> bool:
    """A cheap test: may the sentence ``view`` holds (its lower-cased form read, not made again) hold a property
    group (then one intervention is enough for a finding)?"""
    return _holds_group_literal(view.lower if view.lower is not None else view.text.lower())


def _holds_group_literal(lower: str) -> bool:
    """Whether the lower-cased ``lower`` holds one of :data:`_GROUP_LITERALS` (no property group otherwise)."""
    return any(literal in lower for literal in _GROUP_LITERALS)


def is_property_adjective(view: Folded, start: int, end: int) -> bool:
    """True when ``view.text[start:end]`` is one of the adjectives of a property group ("its antioxidant and
    anti-inflammatory activity"): a property of something else, not an agent."""
    if not may_state_property(view):
        return False
    return any(lo <= start and end <= hi for lo, hi in _adjective_spans(view))


#: the last sentence view :func:`_adjective_spans` read, and its spans (asked once per intervention mention of it)
_LAST_ADJECTIVES: list[Any] = [None, ()]


def _adjective_spans(view: Folded) -> tuple[tuple[int, int], ...]:
    """The spans of the adjectives of the property groups of the sentence ``view``, found once a view (session 19:
    ``sentence_items`` asks for each intervention mention of a sentence)."""
    if _LAST_ADJECTIVES[0] is not view:
        _LAST_ADJECTIVES[:] = [view, tuple(group.span("adjs") for group in _GROUP_CUE.finditer(view))]
    return _LAST_ADJECTIVES[1]  # type: ignore[no-any-return]


def _subject(masked: str, items: Sequence[Item], start: int, end: int, of_agent: bool = True) -> Item | None:
    """The intervention whose property ``masked[start:end]`` names: the one it is "of" (``of_agent``) when the
    property is the sentence's subject or what it shows, else the nearest before it in its clause, the subject of a
    verb of having ("X has / exerts ... effects"; ``of_agent`` false: of the nominalisation at ``start``)."""
    if of_agent:
        after = next((i for i in items if i.start >= end), None)
        if after is not None and after.start - end <= 140 and _OF_AGENT.match(masked, end, after.start):
            shown = _SHOWN_BEFORE.search(masked, max(0, start - 60), start) or _SENTENCE_START.match(masked, 0, start)
            return after if after.cls == "Intervention" and not after.modifier and shown else None
        if _OF_NEXT.match(masked, end):
            return None  # "the anti-inflammatory effects of IL-10": a property of something else
    before = [i for i in items if i.end <= start and i.cls == "Intervention" and not i.modifier
              and not COMPOUND.match(masked, i.end)]
    if not before:
        return None
    subject = before[-1]
    if _LACK_AFTER.match(masked, subject.end):
        return None  # "Zinc deprivation induces ... and alters antidepressant efficacy": the lack, not zinc
    gap = masked[subject.end : start]
    if len(gap) > 160 or CLAUSE_BREAK.search(gap) or (of_agent and not _HAS_VERB.search(gap)):
        return None
    if "," in gap and _NEW_SUBJECT.match(gap[gap.rindex(",") + 1 :]):
        return None  # "Unlike X, its metabolite Y did not show ...": the clause has a subject of its own
    return subject


def _flags(masked: str, lo: int, hi: int) -> tuple[bool, bool]:
    return is_negated(masked, [(lo, hi)]), is_hedged(masked, lo, hi)


def mechanism_findings(view: Folded, masked_view: Folded, items: Sequence[Item],
                       where: tuple[str, int, int, str, str]) -> list[Finding]:
    """The findings of the sentence's property groups and mechanism nominalisations (see the module docstring);
    ``view`` and ``masked_view``: the sentence and the sentence with its items masked, each folded once."""
    passage, s_start, s_end, evidence, role = where
    masked = masked_view.text
    out: list[Finding] = []

    def add(subject: Item, predicate: str, obj: Concept, direction: str | None, lo: int, hi: int) -> None:
        if obj.iri == subject.concept.iri:
            return
        negated, hedged = _flags(masked, min(lo, subject.start), max(hi, subject.end))
        out.append(Finding(subject=subject.concept, predicate=predicate, obj=obj, evidence=evidence, passage=passage,
                           start=s_start, end=s_end, negated=negated, hedged=hedged, direction=direction, role=role))

    sentence = view.text
    if may_state_property(view):
        for group in _GROUP_CUE.finditer(view):
            subject = _subject(masked, items, group.start(), group.end())
            if subject is None:
                continue
            mechanism = bool(_MECHANISM_BEFORE.search(masked, max(0, group.start() - 70), group.start()))
            for adj in _ONE_ADJ.finditer(sentence, group.start("adjs"), group.end("adjs")):
                covering = next((i for i in items if i.start <= adj.start() < i.end and i.cls == "Pathway"), None)
                concept = _concept(adj.group(0))
                if concept is None:
                    continue
                if concept.cls in _CONDITIONS:
                    add(subject, "treats", concept, None, group.start(), group.end())
                    continue
                add(subject, "decreases", concept, "decrease", group.start(), group.end())
                if mechanism:
                    target = covering.concept if covering is not None else concept
                    add(subject, "actsThrough", target, None, group.start(), group.end())
    _pathway_mechanisms(masked_view, items, add)
    process_property_findings(sentence, masked, items, add, _subject)
    if "role" in masked or "Role" in masked:  # the patterns ignore case ("Role of A in X-induced Y" opens a sentence)
        role_findings(masked, items, add)
    evidence_of_findings(masked, items, add)
    if "implicat" in masked:
        _implicated(masked, items, add)
    if "recommend" in masked:
        _recommended(masked, items, out, add)
    if "mediat" in masked:
        _mediated(masked, items, add)
    for obj in items:
        if obj.cls != "Pathway" or "of" not in masked[max(0, obj.start - 30) : obj.start]:
            continue
        cue = _NOMINAL_MECHANISM.search(masked, max(0, obj.start - 120), obj.start)
        if cue is None:
            continue
        subject = _subject(masked, items, cue.start(), cue.start(), of_agent=False)
        if subject is None:
            continue
        add(subject, "actsThrough", obj.concept, None, cue.start(), obj.end)
        if cue.group("down") or cue.group("up"):
            # "its suppression of Y" presupposes the suppression: a hedge of the attribution is not its hedge
            before = len(out)
            add(subject, "decreases" if cue.group("down") else "increases", obj.concept,
                "decrease" if cue.group("down") else "increase", cue.start(), obj.end)
            out[before:] = [replace(f, hedged=False) for f in out[before:]]
    return out


def _pathway_mechanisms(masked_view: Folded, items: Sequence[Item], add) -> None:  # type: ignore[no-untyped-def]
    """"The mechanisms underlying the impact of X on Y include A, B and regulation of C"; "the possible role of A in
    the antidepressant action of X"."""
    masked = masked_view.text
    for cue in _MECHANISMS_INCLUDE_CUE.finditer(masked_view):
        agents = [i for i in items if cue.start() <= i.start and i.end <= cue.end() and i.cls == "Intervention"
                  and not i.modifier]
        if len(agents) != 1:
            continue
        stop = CLAUSE_BREAK.search(masked, cue.end())
        for obj in items:
            if obj.start < cue.end() or obj.cls != "Pathway" or (stop is not None and obj.start > stop.start()):
                continue
            add(agents[0], "actsThrough", obj.concept, None, cue.start(), obj.end)
            if _REGULATION_OF.search(masked, max(0, obj.start - 30), obj.start) or obj.concept.label.startswith(
                    ("regulation of", "modulation of")):
                add(agents[0], "modulates", obj.concept, None, cue.start(), obj.end)
    if "role" not in masked:
        return
    for index, obj in enumerate(items):
        if obj.cls != "Pathway" or not _ROLE_OF.search(masked, max(0, obj.start - 20), obj.start):
            continue
        # (round 21) "the role of A and B in the action of X": X acts through each process of the coordination
        members = [m for m in list_run(masked, items[index:], _AND_GAP) if m.cls == "Pathway"]
        last = members[-1]
        for agent in items[index + 1 :]:
            if agent.start >= last.end and agent.cls == "Intervention" and not agent.modifier:
                if agent.start - last.end <= 160 and _ROLE_IN_ACTION.match(masked, last.end, agent.start):
                    for member in members:
                        add(agent, "actsThrough", member.concept, None, member.start, agent.end)
                break


def _mediated(masked: str, items: Sequence[Item], add) -> None:  # type: ignore[no-untyped-def]
    """"Inflammation may mediate the relationship between X intake and depression": X acts through the mediator
    (a cell, cytokine or pathway right before the verb; the intervention right after "between" or "of")."""
    for index, target in enumerate(items[:-1]):
        if target.cls not in MODULATED_CLASSES:
            continue
        verb = _MEDIATES.match(masked, target.end)
        agent = items[index + 1]
        if verb is None or agent.start != verb.end() or agent.cls != "Intervention" or agent.modifier:
            continue
        if _MEDIATED_PAIR.match(masked, agent.end):
            add(agent, "actsThrough", target.concept, None, target.start, agent.end)


def _implicated(masked: str, items: Sequence[Item], add) -> None:  # type: ignore[no-untyped-def]
    """"Mounting evidence implicates microglia and glucocorticoids in depression": each disorder after "in" is
    associated with each target between the verb and "in" (no verb of its own between)."""
    for verb in _IMPLICATES.finditer(masked):
        stop = CLAUSE_BREAK.search(masked, verb.end())
        end = stop.start() if stop is not None else len(masked)
        targets = [i for i in items if verb.end() <= i.start < end and i.cls in MODULATED_CLASSES]
        if not targets:
            continue
        word = _IN.search(masked, targets[0].end, end)
        if word is None:
            continue
        targets = [t for t in targets if t.end <= word.start()]
        for disorder in items:
            if disorder.cls != "Disorder" or disorder.start < word.end() or disorder.start >= end:
                continue
            for target in targets:
                add(disorder, "associatedWith", target.concept, None, verb.start(), disorder.end)


def _recommended(masked: str, items: Sequence[Item], out: list[Finding], add) -> None:  # type: ignore[no-untyped-def]
    """"Guidelines recommend that patients with depression should be encouraged to enhance a plant-based diet": a
    recommendation for the condition's patients, with no efficacy stated (``treats``, hedged)."""
    for verb in _RECOMMEND.finditer(masked):
        stop = CLAUSE_BREAK.search(masked, verb.end())
        end = stop.start() if stop is not None else len(masked)
        conditions = [i for i in items if verb.end() <= i.start < end and i.cls in CONDITION_CLASSES
                      and _WITH_CONDITION.search(masked, max(verb.end(), i.start - 60), i.start)]
        if not conditions:
            continue
        for agent in items:
            if agent.start > conditions[0].end and agent.start < end and agent.cls == "Intervention" and not agent.modifier:
                before = len(out)
                add(agent, "treats", conditions[0].concept, None, verb.start(), agent.end)
                out[before:] = [replace(f, hedged=True) for f in out[before:]]
                break


def appositive_findings(masked: str, items: Sequence[Item], found: Sequence[Finding]) -> list[Finding]:
    """"Fluoxetine, a selective serotonin reuptake inhibitor utilized in the treatment of depression": what the
    appositive class noun phrase is said to do, the intervention it describes does too (``treats`` only: the class's
    defining mechanism is the class's)."""
    out: list[Finding] = []
    for index, item in enumerate(items[1:], 1):
        head = items[index - 1]
        if item.cls != "Intervention" or head.cls != "Intervention" or item.pseudo or head.pseudo:
            continue
        if not _APPOSITIVE_CLASS.fullmatch(masked, head.end, item.start):
            continue
        for finding in found:
            if finding.subject == item.concept and finding.predicate == "treats" and finding.obj != head.concept:
                out.append(replace(finding, subject=head.concept))
    return out


#: the GO processes of a cytokine's making and release: "IL-1β production", "the release of IL-1β"
_SECRETION = ("production", "secretion", "release")


def secretion_of_cytokine(mention: Mention, mentions: Sequence[Mention]) -> bool:
    """True when ``mention`` is the production or secretion process of a cytokine named inside it ("decreased the
    production of IL-1β", "promoted the release of IL-1β"): what changed is read as the cytokine, the mention nested
    in it, as for "IL-1β levels"."""
    if mention.concept.cls != "Pathway" or not mention.concept.label.endswith(_SECRETION):
        return False
    return any(m.concept.cls == "Cytokine" and mention.start <= m.start and m.end <= mention.end and m is not mention
               for m in mentions)


#: a drug still to be made: "novel antidepressants can be developed based on targeting microglia"
_FUTURE = re.compile(
    r"\s+(?:can|could|may|might|will|should|are\s+to|remain\s+to)\s+be\s+(?:\w+ly\s+)?(?:developed|designed|"
    r"discovered|identified|synthesi[sz]ed)\b",
    _F,
)
#: "side effect of <its owner>": an owner named after the cue, unless it is an anaphor of the study's treatment
_OF_OWNER = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|such\s+|active\s+|study\s+)?(?:treatment|therapy|drug|agent|compound|"
    r"medication|intervention|regimen)s?\b)",
    _F,
)


def is_future_agent(sentence: str, end: int) -> bool:
    """True when the intervention ending at ``end`` is one still to be developed (an outlook, not an agent)."""
    return bool(_FUTURE.match(sentence, end))


def names_other_owner(sentence: str, end: int) -> bool:
    """True when an adverse-effect cue ending at ``end`` names its owner after it ("a side effect of IFN-alpha"):
    then it is no anaphor of the study's main intervention."""
    return bool(_OF_OWNER.match(sentence, end))
