"""An intervention that undoes a depression-like or anxiety-like state treats it (round 33, issue 12).

Animal studies name their outcome as a state "like" the disorder: "X reversed the LPS-induced depressive-like
behaviour", "Treatment with X prevented the emergence of depression-like behaviors", "This anxiety-like phenotype was
improved by the administration of X", "depression-like phenotypes in mice with Y were improved after a single
injection of X". The adjective is no mention (a "-like" modifier), so no pair holds the state and the relation
readers never see it; :mod:`ipkg.extract.behaviour` reads only its inducer ("CUMS-induced depressive-like
behaviour": CUMS has depression as an adverse effect). The curators record the treatment: X ``treats`` depressive
disorder (anxiety), as an antidepressant-like effect is recorded (FINDINGS.md: "LPS-induced depressive-like
behaviour -> object depressive disorder").

* active: a verb of undoing or lessening (reverse, attenuate, prevent, ameliorate, alleviate, improve, rescue,
  normalise, block, abolish, counteract, mitigate, reduce, decrease, suppress, inhibit, relieve, diminish) whose
  subject is the nearest intervention before it in its clause, and the state as its object, a few words of the
  object's noun phrase between ("the", "the LPS-induced", "the emergence / development / expression of");
* passive: the state, then "was / were / is / are / could be ... <verb>ed" (or "which is <verb>ed") and the
  intervention after "by", "after", "following" or "with" ("by chronic treatment with X", "after a single
  injection of X").

Both disorders when the state names both ("anxiety- and depression-like behaviours"). Not the inducer of an
"X-induced" compound (it did not undo the state), not an intervention used as a modifier, and not across a clause
break; the negation and the hedge are the sentence's scopes over the verb and the state ("did not prevent",
"may attenuate").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cues import Folded
from ..models import Finding
from . import named_concept
from .negation import is_hedged, is_negated
from .pairing import CLAUSE_BREAK, COMPOUND, Item
from .recall_class_targets import LIST_GAP

__all__ = ["relieved_state_findings"]

_F = re.IGNORECASE
#: the state: "depressive-like behaviour(s)", "depression-like phenotype", "anxiety- or depression-like behavioral
#: changes", "a \"depressive-like\" behavior"
_STATE = re.compile(
    r"(?P<both>(?P<first>anxi(?:ety|ous)|§+)-?\s+(?:and|or|and/or)\s+)?"
    r"(?P<adj>depressi(?:ve|on)|anxi(?:ety|ous))[\s\"'-]*like"
    r"[\s\"'-]*(?:behaviou?r(?:al)?(?:s|\s+(?:changes|alterations|abnormalities|deficits|responses))?|"
    r"phenotypes?|states?|symptoms?)\b", _F)
_VERB = (r"(?:revers|attenuat|prevent|ameliorat|alleviat|improv|rescu|normali[sz]|block|abolish|counteract|"
         r"mitigat|reduc|decreas|suppress|inhibit|reliev|diminish|lessen|antagoni[sz])")
#: the active verb and the start of the object's noun phrase, right before the state
_ACTIVE = re.compile(
    rf"\b{_VERB}\w*\s+(?:(?:the|these|this|such|all)\s+)?(?:(?:development|emergence|expression|onset|appearance|"
    rf"occurrence|manifestation|induction)\s+of\s+(?:the\s+)?)?(?:[\w§-]+-(?:induced|evoked|related|mediated|"
    rf"associated|triggered)\s+|[\w§]+\s+(?:[\w§]+\s+)?induced\s+)?(?:\"|')?$", _F)
#: the passive verb after the state and the word that opens its agent
_PASSIVE = re.compile(
    rf"[^;:.]{{0,80}}?\b(?:which\s+)?(?:was|were|is|are|(?:could|can|may|might)\s+be|has\s+been|have\s+been)\s+"
    rf"(?:\w+ly\s+)?(?:all\s+)?{_VERB}\w*ed\s+(?:\w+ly\s+)?[^;:.]{{0,20}}?\b(?:by|after|following|with)\s+"
    r"(?:(?:the|a|an|single|chronic|acute|repeated|daily|systemic|oral|intraperitoneal|administration|"
    r"treatment|injection|infusion|pretreatment|co-?administration|supplementation|of|with)\s+){0,6}", _F)



def relieved_state_findings(masked_view: Folded, items: Sequence[Item], where: tuple[str, int, int, str, str]
                            ) -> list[Finding]:
    """X ``treats`` depression (anxiety) for each depression-like (anxiety-like) state an intervention undoes in
    the sentence (see the module docstring); ``masked_view``: the sentence with its items masked, folded."""
    passage, start, end, evidence, role = where
    masked = _like_states_unmasked(masked_view.text, evidence, items)
    lower = masked.lower()
    if "like" not in lower or "depressi" not in lower and "anxi" not in lower:
        return []
    out: list[Finding] = []
    for state in _STATE.finditer(masked):
        subject = _active_subject(masked, items, state.start()) or _passive_subject(masked, items, state.end())
        if subject is None:
            continue
        agents, verb = subject
        adjectives = [state.group("adj")] + (["anxiety"] if _names_anxiety(state, items) else [])
        for adjective in adjectives:
            condition = named_concept("depression" if adjective.lower().startswith("depressi") else "anxiety")
            for item in agents if condition is not None else ():
                lo, hi = min(item.start, state.start()), max(item.end, state.end())
                out.append(Finding(subject=item.concept, predicate="treats", obj=condition, evidence=evidence,
                                   passage=passage, start=start, end=end,
                                   negated=is_negated(masked, [verb, (state.start(), state.end())]),
                                   hedged=is_hedged(masked, lo, hi), role=role))
    return out


def _like_states_unmasked(masked: str, sentence: str, items: Sequence[Item]) -> str:
    """``masked`` with the words of the items that are themselves a "-like" state put back from ``sentence`` (round
    19i makes "depression-like behaviors" an item of its own, depressive disorder, so the state would be hidden here);
    ``masked`` unchanged when the two strings do not align."""
    if len(masked) != len(sentence):
        return masked
    for item in items:
        words = sentence[item.start:item.end]
        if _STATE.search(words):
            masked = masked[:item.start] + words + masked[item.end:]
    return masked


def _names_anxiety(state: re.Match[str], items: Sequence[Item]) -> bool:
    """Does the state name anxiety before "and / or" ("anxiety- and depression-like", the first word a mention or
    not)?"""
    first = state.group("first")
    if first is None:
        return False
    return not first.startswith("§") or any(i.start == state.start("first") and "anxi" in i.concept.label.lower()
                                            for i in items)


def _agent(item: Item, masked: str) -> bool:
    return item.cls == "Intervention" and not item.modifier and not item.pseudo and not COMPOUND.match(
        masked, item.end)


def _active_subject(masked: str, items: Sequence[Item], at: int) -> tuple[list[Item], tuple[int, int]] | None:
    """The interventions that are the subject of the verb of undoing right before the state at ``at``: the nearest
    before the verb in its clause and those listed with it ("X or Y (10 mg/kg) ameliorated ...")."""
    verb = _ACTIVE.search(masked, max(0, at - 90), at)
    if verb is None:
        return None
    agents = [i for i in items if i.end <= verb.start() and verb.start() - i.end <= 120 and _agent(i, masked)]
    if not agents or CLAUSE_BREAK.search(masked, agents[-1].end, verb.start()):
        return None
    listed = [agents[-1]]
    for item in reversed(agents[:-1]):
        if not LIST_GAP.fullmatch(masked, item.end, listed[0].start):
            break
        listed.insert(0, item)
    return listed, (verb.start(), verb.end())


def _passive_subject(masked: str, items: Sequence[Item], at: int) -> tuple[list[Item], tuple[int, int]] | None:
    """The intervention named right after the passive verb of undoing that follows the state ending at ``at``."""
    verb = _PASSIVE.match(masked, at)
    if verb is None:
        return None
    item = next((i for i in items if i.start == verb.end()), None)
    return ([item], (at, verb.end())) if item is not None and _agent(item, masked) else None
