"""Reversal of changes an earlier sentence reported (s6 issue 12).

"We found that ECS promoted the release of IL-1β and TNF-α ... However, ketamine reversed these ECS-induced
molecular changes." The second sentence names no marker. It says that ketamine undid what the inducer (ECS) did
to the markers the abstract reported before: ketamine ``decreases`` IL-1β and TNF-α. A verb of reversal
(reversed, attenuated, prevented, normalised, abolished, blocked, counteracted, restored) acting on "these / the
<inducer>-induced ... changes / alterations / effects / abnormalities" gives the sentence's intervention the
opposite of each asserted change the inducer made earlier in the abstract. The inducer must be named in the
compound: without it, "these changes" could be anyone's.

**The changes of the sentence before** (round 30): "Mice with bile duct ligation showed elevated plasma IL-6 and
TNF-α and depression-like behaviour. These changes were reversed by vagotomy." A verb of reversal acting on "these /
those / all (of) these / the above (...) changes / alterations / abnormalities" with no inducer named
(:data:`_REVERSED_BACK`, active, or passive with "by X") stands for the changes of the nearest earlier sentence
that reported any (the last two sentences read with pairs, in the same passage, no further): the asserted increases
and decreases it stated and the targets it names right after a word of change ("elevated plasma levels of A and
B", "decreased C"), each given the opposite change; a condition it names in that list of changes, or that it states
as an adverse effect, is treated. Not "these effects" (an antagonist that blocks another drug's effects acts
through its target; it does not change the markers itself), not "reversible", and not the changes an intervention
named as the agent made ("Minocycline lowered IL-6. These changes were abolished by naloxone": the same
antagonist reading, :func:`_own_changes`); a model's changes stay ("LPS-challenged mice showed elevated IL-6").

**A change reversed in the same sentence** (round 44): "LPS increased IL-1β in the hippocampus, and this increase
was attenuated by minocycline"; "HS diet increased renal angiotensinogen mRNA, which was prevented by castration";
"IL-6 and TNF-α were increased in the SN of the lesioned mice, an effect that was reversed by EA". A clause joined
to the changes before it by ", and / but this <change>", ", which" or ", an effect (that)", passive with a verb of
reversal and "by X" (:data:`_REVERSED_WITHIN`), gives X the opposite of each asserted change the sentence stated
before the clause, and of each passive change with no agent ("A and B were increased", :func:`_passive_changes`),
in the clause's own part of the sentence (after the last semicolon or result number, "2) ") (read as :func:`_undone`
reads a sentence before). Where the clause names the change ("this increase", "these elevations", "this loss"),
every change before it is reversed, an agent's as well: the clause speaks of the level. Where it names only "this /
the effect" or "which", the changes an intervention named as the agent made stay out (:func:`_own_changes`:
"Lamotrigine decreased 5-HT neuronal firing, and this effect was abolished by lesion of the prefrontal cortex" is an
antagonist's reading, not a change the lesion made).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import Concept, Finding
from .main_subject import is_agent
from .negation import MASK, is_hedged, is_negated, mask_spans
from .pairing import CLAUSE_BREAK, COMPOUND, Item, list_run
from .relation_context import CONDITION_CLASSES, MODULATED_CLASSES

__all__ = ["Reversals"]

_REVERSED = re.compile(
    rf"\b(?:revers|attenuat|prevent|normali[sz]|abolish|block|counteract|restor|rescu)\w*\s+(?:all\s+)?"
    rf"(?:these|those|the|such)\s+(?P<inducer>{MASK}+)-(?:induced|evoked|mediated|related)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:changes|alterations|effects|abnormalities|disturbances|deficits)\b",
    re.IGNORECASE,
)
_OPPOSITE = {"increases": ("decreases", "decrease"), "decreases": ("increases", "increase")}
#: the stems of the verbs of reversal "these changes" may take
_STEM = r"(?:revers|attenuat|prevent|normali[sz]|abolish|counteract|restor|rescu|ameliorat)"
#: a reversal of "these changes" with no inducer named: "X reversed (all of) these changes", "these alterations
#: were (significantly) normalised (in stressed mice) by (treatment with) X"
_REVERSED_BACK = re.compile(
    rf"\b(?:(?P<active>{_STEM}(?:ed|es|e|s|ing))\s+(?:all\s+(?:of\s+)?)?"
    r"(?:these|those|the\s+above(?:-|\s+)mentioned|the\s+observed)\s+(?:[a-z-]+\s+)?(?:changes|alterations|"
    r"abnormalities)\b|"
    r"(?:these|those|all\s+(?:of\s+)?these|the\s+above(?:-|\s+)mentioned)\s+(?:[a-z-]+\s+)?(?:changes|alterations|"
    rf"abnormalities)\s+(?:were|was|are|could\s+be|can\s+be)\s+(?:\w+ly\s+)?(?:all\s+)?(?P<passive>{_STEM}ed)\b"
    rf"[^;]{{0,80}}?\bby\s+(?:[\w-]+\s+){{0,3}}?(?={MASK}))",
    re.IGNORECASE,
)
#: the nouns :data:`_REVERSED_BACK` reads (a sentence without any of them reverses nothing of a sentence before)
_BACK_WORDS = ("changes", "alterations", "abnormalities")
#: a clause reversing the changes stated before it in the same sentence (round 44): ", and this increase was
#: attenuated by X", ", which was (completely) prevented by (treatment with) X", ", an effect that was reversed by X";
#: ``change`` is set where the clause names the change itself rather than "the effect" or "which"
_REVERSED_WITHIN = re.compile(
    r"(?:,\s*(?:and|but)\s+(?:(?:this|these|that|those|the|such)\s+(?:[a-z-]+\s+)?(?:(?P<change>increases?|"
    r"decreases?|elevations?|reductions?|rises?|declines?|losses|loss|deficits?|up-?regulation|down-?regulation|"
    r"changes|alterations)|effects?))|,\s*(?:which|an?\s+effect(?:\s+that)?))\s+(?:was|were|could\s+be|can\s+be)?"
    rf"\s*(?:not\s+)?(?:\w+ly\s+)?(?:all\s+)?{_STEM}ed\b[^;,]{{0,60}}?\bby\s+(?:[\w-]+\s+){{0,3}}?(?={MASK})",
    re.IGNORECASE,
)
#: a change named with its inducer after it, reversed by a passive in the same sentence (round 50): "the increase in
#: IL-6 induced by LPS was prevented by (pretreatment with) X", "insulin resistance caused by a high-fat diet was
#: reversed by X", "avoidance depression, produced by diazepam in trained mice, was prevented by X"; the inducer
#: (a list of them) right after "induced / caused / ... by", then up to 80 characters of its setting (no "by", no
#: comma, relative pronoun or clause break: "Y, induced by A, causes a state which is reversed by X" reverses no Y),
#: the copula and a verb of reversal or lessening, then "by" and the reversing agent
_INDUCED_REVERSED = re.compile(
    rf",?\s*\b(?:induced|caused|evoked|elicited|triggered|provoked|produced)\s+by\s+(?:(?:the|a|an)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<inducer>{MASK}+)"
    rf"(?:(?!\b(?:by|while|whereas|but|which|that|who)\b)[^;.:,]){{0,80}}?"
    rf",?\s+(?:was|were|has\s+been|have\s+been|could\s+be|can\s+be|is|are)\s+(?:not\s+)?(?:\w+ly\s+)?(?:all\s+)?"
    rf"(?:{_STEM}ed|(?:block|inhibit|suppress|reduc|diminish|alleviat|lessen|mitigat|decreas)e?d)"
    rf"\s+(?:\w+ly\s+)?by\s+(?:[\w-]+\s+){{0,3}}?(?={MASK})",
    re.IGNORECASE,
)
#: what may stand between the changed targets and "induced by": their setting and level nouns, no verb or clause
_INDUCED_NP_GAP = re.compile(r"^[^;,§]{0,60}$")
#: a passive change right after its targets (round 44): "(levels) were (significantly) increased"
_PASSIVE_CHANGE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:(?P<up>increased|elevated|enhanced|up-?regulated|raised)|decreased|reduced|"
    r"lowered|down-?regulated|suppressed|diminished)\b", re.IGNORECASE)
#: the words that may stand between the targets and their passive change
_PASSIVE_GAP = frozenset({"", "levels", "level", "expression", "concentrations", "mRNA", "mRNA levels",
                          "protein levels", "mRNA expression", "protein expression"})
#: a result's number in a list of results: "1) ...; 2) ...", "(ii) "
_ENUMERATED = re.compile(r"(?:^|[\s(])(?:\d|i{1,3}|iv|v|vi{1,3})\)\s", re.IGNORECASE)
#: a word of change right before a target, and the level nouns between: "elevated plasma levels of ", "decreased "
_CHANGED = re.compile(
    r"\b(?:(?P<up>elevated|increased|higher|raised|enhanced|up-?regulated|greater)|(?P<down>decreased|reduced|lower|"
    r"diminished|down-?regulated|suppressed|impaired))\s+(?:(?:serum|plasma|blood|brain|hippocampal|cortical|"
    r"circulating|mRNA|protein)\s+)*(?:(?:levels?|concentrations?|expression|numbers?|density|activity)\s+"
    r"(?:of\s+)?)?$",
    re.IGNORECASE,
)
#: the words that join the members of one changed list ("elevated A and B", "A, B, and C")
_LIST_GAP = re.compile(r"^[\s,]*(?:(?:and|or|as\s+well\s+as)\s+)?$", re.IGNORECASE)
#: words of a combination given together: the list of agents is one treatment, not each of its members
_COMBINED = re.compile(r"\b(?:combin\w*|co-?administ\w*|co-?treat\w*|together|plus)\b", re.IGNORECASE)
#: a group named by what was done to it, right before the intervention: "The mice with CBDL displayed elevated IL-6"
#: (the model's changes, not the procedure acting as an agent). Not
#: :data:`ipkg.extract.trial_verdict.POPULATION_BEFORE`: that one names people only (read here, it drops two
#: reversals of an animal model's changes on the 9k bench corpus, session 17), and its words between the group and
#: "with" would take "mice treated with X", X the agent
_GROUP_WITH = re.compile(r"\b(?:mice|rats|animals|patients|subjects|participants|individuals|groups?)\s+with\s+"
                         r"(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
#: what "these changes" undo: target or condition IRI -> (it, the reversing relation, its direction)
Undone = dict[str, tuple[Concept, str, str | None]]


class Reversals:
    """The asserted changes each intervention made so far in one passage, and the reversals of them."""

    def __init__(self) -> None:
        #: inducer IRI -> target IRI -> (target, predicate of the change)
        self.changed: dict[str, dict[str, tuple[Concept, str]]] = {}
        #: what the last two sentences read with pairs changed (round 30), the nearest last, each kept as the
        #: arguments of :func:`_undone` until a sentence with a word of :data:`_BACK_WORDS` needs it; their passage
        self._recent: list[Undone | tuple[Sequence[Finding], str, Sequence[Item]]] = []
        self._passage = ""

    def record(self, findings: Sequence[Finding], text: str = "", items: Sequence[Item] = ()) -> None:
        """Remember the asserted increases and decreases of ``findings`` (one sentence's, ``text`` with its
        ``items``), by inducer, and what the sentence changed (:meth:`_undone`)."""
        for f in findings:
            if f.predicate in _OPPOSITE and f.obj is not None and not f.negated and not f.hedged:
                self.changed.setdefault(f.subject.iri, {})[f.obj.iri] = (f.obj, f.predicate)
        self._recent = [*self._recent[-1:], (findings, text, items)]

    def findings(self, text: str, items: Sequence[Item], where: tuple[str, int, int, str, str]) -> list[Finding]:
        """The reversals the sentence ``text`` (with its ``items``) states of earlier changes."""
        if where[0] != self._passage:
            self._passage, self._recent = where[0], []
        out = self._reversed_back(text, items, where)
        if not self.changed or "-" not in text:
            return out
        masked = mask_spans(text, [(item.start, item.end) for item in items])
        passage, start, end, evidence, role = where
        for match in _REVERSED.finditer(masked):
            inducer = next((i for i in items if i.end == match.end("inducer") and i.cls == "Intervention"), None)
            if inducer is None or inducer.concept.iri not in self.changed:
                continue
            before = [i for i in items if i.end <= match.start() and i.cls == "Intervention" and not i.modifier
                      and not COMPOUND.match(masked, i.end)]
            if not before or CLAUSE_BREAK.search(masked, before[-1].end, match.start()):
                continue
            subject = before[-1]
            if subject.concept.iri == inducer.concept.iri:
                continue
            negated = is_negated(masked, [(match.start(), match.end())])
            hedged = is_hedged(masked, subject.start, match.end())
            for target, predicate in self.changed[inducer.concept.iri].values():
                opposite, direction = _OPPOSITE[predicate]
                out.append(Finding(subject=subject.concept, predicate=opposite, obj=target, evidence=evidence,
                                   passage=passage, start=start, end=end, negated=negated, hedged=hedged,
                                   direction=direction, role=role))
        return out

    def within(self, findings: Sequence[Finding], text: str, items: Sequence[Item],
               where: tuple[str, int, int, str, str]) -> list[Finding]:
        """The reversals the sentence ``text`` (with its ``items`` and its own ``findings``) states of the changes
        it reported before a reversing clause (see the module docstring, round 44)."""
        if "by" not in text:
            return []
        masked = mask_spans(text, [(item.start, item.end) for item in items])
        out: list[Finding] = []
        for match in _REVERSED_WITHIN.finditer(masked):
            opening = max([masked.rfind(";", 0, match.start()), *(m.end() for m in _ENUMERATED.finditer(
                masked, 0, match.start()))])  # the changes of its own part of a list of results
            before = [i for i in items if opening < i.start and i.end <= match.start()]
            named = {i.concept.iri for i in before}
            earlier = [f for f in findings if f.subject.iri in named and f.obj is not None and f.obj.iri in named]
            undone = _undone(earlier, text, before, agents=not match.group("change"))
            undone.update(_passive_changes(masked, before, opening, match.start()))
            agents = _reversing_agents(masked, items, match)
            if not undone or not agents:
                continue
            out.extend(_reversal_findings(masked, match, agents, undone, where))
        out.extend(_induced_reversals(findings, masked, items, where))
        return out

    def may_reverse(self, text: str) -> bool:
        """A cheap test: may ``text`` reverse the changes of a sentence before (then even one mention is enough)?"""
        return any(w in text for w in _BACK_WORDS) and any(self._undone_recent())

    def _undone_recent(self) -> list[Undone]:
        """What the last two sentences changed (:func:`_undone`, computed once, on first need)."""
        recent = [u if isinstance(u, dict) else _undone(*u) for u in self._recent]
        self._recent = recent  # type: ignore[assignment]
        return recent

    def _reversed_back(self, text: str, items: Sequence[Item], where: tuple[str, int, int, str, str]
                       ) -> list[Finding]:
        """The reversals of "these changes" of the nearest earlier sentence (see the module docstring)."""
        if not any(w in text for w in _BACK_WORDS):
            return []
        undone = next((u for u in reversed(self._undone_recent()) if u), None)
        if undone is None:
            return []
        masked = mask_spans(text, [(item.start, item.end) for item in items])
        out: list[Finding] = []
        for match in _REVERSED_BACK.finditer(masked):
            agents = [i for i in items if i.cls == "Intervention" and not i.modifier and not i.pseudo]
            if match.group("active"):
                before = [i for i in agents if i.end <= match.start() and not COMPOUND.match(masked, i.end)]
                if not before or CLAUSE_BREAK.search(masked, before[-1].end, match.start()):
                    continue
                subjects = _run_back(masked, before)  # "A and B reversed these changes"
            else:
                after = [i for i in agents if i.start >= match.end()]
                if not after or after[0].start != match.end() or COMPOUND.match(masked, after[0].end):
                    continue
                subjects = list_run(masked, after, _LIST_GAP)  # "were reversed by A and B"
            out.extend(_reversal_findings(masked, match, subjects, undone, where))
        return out


def _induced_reversals(findings: Sequence[Finding], masked: str, items: Sequence[Item],
                       where: tuple[str, int, int, str, str]) -> list[Finding]:
    """The reversals of a change named with its inducer after it (:data:`_INDUCED_REVERSED`, round 50): "the
    increase in IL-6 induced by LPS was prevented by X" -> X ``decreases`` IL-6. The targets are those of the noun
    phrase right before "induced by" (in the clause's own part of the sentence, as :meth:`Reversals.within` reads
    it) on which the sentence states the inducer's change or harm, and the conditions of the list right before "induced
    by" (a harm of the inducer, stated or not); the reversing agent takes the opposite change of each, and ``treats``
    of each harm ("insulin resistance caused by a high-fat diet was reversed by rosiglitazone", "amnesia produced by
    scopolamine was reversed by X"). The pair read the other way round ("X prevented the LPS-induced increase in IL-6") is the
    relation readers'; here the inducer between the target and the agent keeps them from pairing the two."""
    if masked.count(" by ") < 2:
        return []
    out: list[Finding] = []
    for match in _INDUCED_REVERSED.finditer(masked):
        start = match.start()
        opening = max([masked.rfind(";", 0, start), *(m.end() for m in _ENUMERATED.finditer(masked, 0, start)),
                       *(m.end() for m in CLAUSE_BREAK.finditer(masked, 0, start))])
        before = [i for i in items if opening < i.start and i.end <= start]
        inducers = [i for i in items if i.start >= match.start("inducer")]
        if not before or not inducers or inducers[0].end != match.end("inducer") or not _INDUCED_NP_GAP.match(
                masked[before[-1].end : start]):
            continue
        inducers = list_run(masked, inducers, _LIST_GAP)
        induced = {i.concept.iri for i in inducers}
        named = {i.concept.iri for i in before}
        # the inducer's changes, hedged or not: the reversal's own hedge is read from its clause ("suggest that Y
        # caused by X can be reversed by Z")
        earlier = [replace(f, hedged=False) for f in findings
                   if f.subject.iri in induced and f.obj is not None and f.obj.iri in named]
        undone = _undone(earlier, "", (), agents=False)
        for condition in _run_back(masked, before):  # "amnesia produced by X": a harm of X, read or not
            if condition.cls in CONDITION_CLASSES and not condition.pseudo:
                undone.setdefault(condition.concept.iri, (condition.concept, "treats", None))
        agents = _reversing_agents(masked, items, match)
        if not undone or not agents:
            continue
        subjects = [i for i in agents if i.concept.iri not in induced]
        out.extend(_reversal_findings(masked, match, subjects, undone, where))
    return out


def _reversing_agents(masked: str, items: Sequence[Item], match: re.Match[str]) -> list[Item]:
    """The interventions named as the agents of the reversal ``match`` (its "by" phrase): the list that starts right
    where the match ends, unless its first is only the first part of a compound ("by LPS-induced ..."); else none."""
    after = [i for i in items if i.start >= match.end() and i.cls == "Intervention" and not i.modifier]
    if not after or after[0].start != match.end() or COMPOUND.match(masked, after[0].end):
        return []
    return list_run(masked, after, _LIST_GAP)


def _reversal_findings(masked: str, match: re.Match[str], subjects: Sequence[Item], undone: Undone,
                       where: tuple[str, int, int, str, str]) -> list[Finding]:
    """Each of ``subjects`` (the agents of the reversal ``match``) with each change of ``undone``, negated and
    hedged as the reversal is; none where the agents are one combination ("by co-administration of A and B")."""
    if len(subjects) > 1 and _COMBINED.search(masked, max(0, match.start() - 40), match.end()):
        return []  # the combination reversed them, not each
    negated = is_negated(masked, [(match.start(), match.end())])
    passage, start, end, evidence, role = where
    out: list[Finding] = []
    for subject in subjects:
        hedged = is_hedged(masked, min(subject.start, match.start()), max(subject.end, match.end()))
        for target, predicate, direction in undone.values():
            if target.iri != subject.concept.iri:
                out.append(Finding(subject=subject.concept, predicate=predicate, obj=target, evidence=evidence,
                                   passage=passage, start=start, end=end, negated=negated, hedged=hedged,
                                   direction=direction, role=role))
    return out


def _passive_changes(masked: str, items: Sequence[Item], start: int, end: int) -> Undone:
    """What reversing the passive changes of ``masked[start:end]`` does: the opposite change of each target of the
    list right before "(levels) was / were (significantly) increased / decreased" ("IL-6 and TNF-α were
    substantially increased in the SN of the lesioned mice, an effect that ...": no agent, the model's change)."""
    out: Undone = {}
    for verb in _PASSIVE_CHANGE.finditer(masked, start, end):
        targets = [i for i in items if i.end <= verb.start() and i.cls in MODULATED_CLASSES]
        if not targets or masked[targets[-1].end : verb.start()].strip(" ,") not in _PASSIVE_GAP:
            continue
        predicate, direction = ("decreases", "decrease") if verb.group("up") else ("increases", "increase")
        for target in _run_back(masked, targets):
            out.setdefault(target.concept.iri, (target.concept, predicate, direction))
    return out


def _run_back(text: str, items: Sequence[Item]) -> list[Item]:
    """The last of ``items`` and those joined to it as one list before it ("A, B and C" read from C back)."""
    members = [items[-1]]
    for item in reversed(items[:-1]):
        if not _LIST_GAP.match(text[item.end : members[-1].start]):
            break
        members.append(item)
    return members


def _undone(findings: Sequence[Finding], text: str, items: Sequence[Item], agents: bool = True) -> Undone:
    """What reversing the changes a sentence reported does: the opposite change of each target it states asserted
    increased or decreased or names right after a word of change (with the list that follows), unless an
    intervention named as the agent changed it (:func:`_own_changes`; ``agents=False``: those too), and ``treats``
    for each condition it states as an adverse effect or lists among the changed targets."""
    out: Undone = {}
    own = _own_changes(findings, text, items) if agents else set()
    for f in findings:
        if f.obj is None or f.negated or f.hedged or f.obj.iri in own:
            continue
        if f.predicate in _OPPOSITE:
            out[f.obj.iri] = (f.obj, *_OPPOSITE[f.predicate])
        elif f.predicate == "hasAdverseEffect" and f.obj.iri not in out:
            out[f.obj.iri] = (f.obj, "treats", None)
    changed = [i for i in items if not i.pseudo and (i.cls in MODULATED_CLASSES or i.cls in CONDITION_CLASSES)]
    for n, item in enumerate(changed):
        cue = _CHANGED.search(text, max(0, item.start - 60), item.start)
        if cue is None or item.cls not in MODULATED_CLASSES:
            continue
        predicate, direction = ("decreases", "decrease") if cue.group("up") else ("increases", "increase")
        for member in list_run(text, changed[n:], _LIST_GAP):
            if member.cls in MODULATED_CLASSES and member.concept.iri not in own:
                out.setdefault(member.concept.iri, (member.concept, predicate, direction))
            elif member.cls in CONDITION_CLASSES:  # "..., elevated A, B, C-like behaviour"
                out.setdefault(member.concept.iri, (member.concept, "treats", None))
    return out


def _own_changes(findings: Sequence[Finding], text: str, items: Sequence[Item]) -> set[str]:
    """The targets an intervention the sentence ``text`` names as an agent (:func:`is_agent`: not "LPS-challenged
    mice", "antidepressant effects") raised or lowered: a drug's own effects ("Minocycline lowered IL-6"). What
    abolishes them next ("These changes were abolished by naloxone") blocks the drug, as an antagonist does; it does
    not change the target itself. A model's changes stay ("LPS-challenged mice showed elevated IL-6", "The mice
    with CBDL displayed elevated IL-6")."""
    agents = {i.concept.iri for i in items if i.concept.cls == "Intervention" and not i.modifier
              and is_agent(text, i.end) and not _GROUP_WITH.search(text, max(0, i.start - 40), i.start)}
    return {f.obj.iri for f in findings if f.predicate in _OPPOSITE and f.obj is not None and f.subject.iri in agents}
