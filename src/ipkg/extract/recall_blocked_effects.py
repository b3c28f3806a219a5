"""An effect an antagonist blocks: the agent acts through the antagonist's target (round 40, issue 12).

"The antidepressant effects of 4-Cl-KYN were prevented by pretreatment with glycine or the AMPA receptor antagonist
NBQX", "the anxiolytic effect of X was blocked by the 5-HT1A antagonist WAY100635", "the effects of ketamine ... were
prevented by pretreatment with the mTORC1 blocker rapamycin": the pharmacologist's test of a mechanism. When the
blocker's class names its target (:mod:`ipkg.extract.recall_class_targets` read it: "NBQX decreases AMPA receptor
signalling"), the agent whose effect it blocked acts through that target (the tune2 adjudication: "4-Cl-KYN actsThrough
AMPA selective glutamate receptor signaling pathway" from that sentence). Round 40's anatomy of the misses found the
finding unread: the blocker's own class finding was stated, the agent's mechanism not.

:func:`blocked_effect_findings` reads, in each title and abstract sentence, "(the ...) effect(s) of A ... was / were
/ be (adverb) prevented / blocked / abolished / antagonised / inhibited / attenuated / reversed / suppressed by ...",
with A an intervention mention right after "effect(s) of"; the "by" phrase runs to a clause break (";", "but", ",
which") or 240 characters. Each process it names the blocker of gives ``A actsThrough`` that process, hedged when
the sentence hedges: a process the study's findings say a drug named there ``decreases`` (an antagonist's, an
inhibitor's or a blocker's target), or the target of a class phrase there ("by pretreatment with an AMPA receptor
antagonist", :func:`ipkg.extract.recall_class_targets.class_target`). Not a denial ("was not blocked by": the verb
must follow its auxiliary), not an agonist's target (an agonist that blocks an effect says nothing of the agent's
path), and not A's own findings (A is never its own blocker).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Finding
from .negation import hedge_cues
from .recall_class_targets import class_target

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["blocked_effect_findings"]

_F = re.IGNORECASE
#: "effect(s) of" right before the agent
_EFFECT_OF = re.compile(r"\beffects?\s+of\s+(?:the\s+)?$", _F)
#: from the agent to "by": the passive verb of blocking, right after its auxiliary (an adverb between)
_BLOCKED_BY = re.compile(
    r"[^.;]{0,100}?\b(?:was|were|is|are|be|being|been)\s+(?:\w+ly\s+)?(?:prevented|blocked|abolished|antagoni[sz]ed|"
    r"inhibited|attenuated|reversed|suppressed)\s+by\b", _F)
#: a clause break between "by" and the blocker: the blocker belongs to another clause
_BREAK = re.compile(r";|\.\s|,\s*(?:which|whereas|while|but|and\s+(?:was|were|is|are))\b|\bbut\b", _F)
#: the farthest the blocker may stand after "by"
_REACH = 240
#: a class phrase of the "by" phrase that names the blocker's target: "by the AMPA receptor antagonist", "by a
#: 5-HT2A receptor antagonist (ketanserin)", "by pretreatment with the mTORC1 blocker rapamycin"
_CLASS = re.compile(r"(?P<phrase>(?:[^\s,;:.()]+\s+|\([^()\s]{1,15}\)\s+){1,5}?)(?:antagonists?|inhibitors?|blockers?)\b",
                    _F)


def blocked_effect_findings(annotated: AnnotatedDocument, found: Sequence[Finding]) -> list[Finding]:
    """The agents' mechanisms the blocking of their effects shows (see the module docstring), one per (agent,
    process) of the abstract and none that ``found`` holds already."""
    targets: dict[tuple[str, int], dict[str, list[Concept]]] = {}  # (passage, sentence start) -> drug -> processes
    for f in found:
        if f.predicate == "decreases" and f.obj is not None and f.obj.cls == "Pathway" and not f.negated:
            targets.setdefault((f.passage, f.start), {}).setdefault(f.subject.iri, []).append(f.obj)
    have = {(f.subject.iri, f.predicate, f.obj.iri if f.obj else "") for f in found}
    out: list[Finding] = []
    for sentence in annotated.sentences:
        text = sentence.text
        if sentence.passage not in ("title", "abstract") or " by " not in text or "effect" not in text.lower():
            continue
        mentions = [m for m in sentence.mentions if m.concept.cls == "Intervention"]
        blockers = targets.get((sentence.passage, sentence.start), {})
        hedged = bool(hedge_cues(text))
        for agent in mentions:
            start, end = agent.start - sentence.start, agent.end - sentence.start
            if not _EFFECT_OF.search(text, max(0, start - 20), start):
                continue
            verb = _BLOCKED_BY.match(text, end)
            if verb is None:
                continue
            others = [(m.start - sentence.start, m.concept) for m in mentions if m.concept.iri != agent.concept.iri]
            for process in _blocked_targets(text, verb.end(), others, blockers):
                key = (agent.concept.iri, "actsThrough", process.iri)
                if key in have:
                    continue
                have.add(key)
                out.append(Finding(subject=agent.concept, predicate="actsThrough", obj=process, evidence=text,
                                   passage=sentence.passage, start=sentence.start, end=sentence.end,
                                   hedged=hedged, role=sentence.role, direction=None))
    return out


def _blocked_targets(text: str, by: int, others: Sequence[tuple[int, Concept]],
                     blockers: dict[str, list[Concept]]) -> list[Concept]:
    """The processes the blockers of the "by" phrase starting at ``by`` lower: those the study's findings give a
    drug named there (``others``: the sentence's other interventions, by offset; ``blockers``: processes by drug
    IRI), and those a class phrase there names ("the AMPA receptor antagonist"); the phrase ends at a clause break or
    after :data:`_REACH` characters."""
    stop = _BREAK.search(text, by, by + _REACH)
    end = stop.start() if stop is not None else min(len(text), by + _REACH)
    out: list[Concept] = [p for at, drug in others if by <= at <= end for p in blockers.get(drug.iri, ())]
    for phrase in _CLASS.finditer(text, by, end):
        out.extend(class_target(phrase.group("phrase")))
    return list(dict.fromkeys(out))
