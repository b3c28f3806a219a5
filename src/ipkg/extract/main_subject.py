"""The main intervention of an abstract and what a sentence says of it without its name (issue 5).

When the abstract tests one *main intervention* (the only intervention of the title, or else the intervention
mentioned clearly most often, counting mentions in trial sentences twice), a sentence may name it without its name:
"Active treatment significantly potentiated ...", "The drug expanded ...", "... after treatment", "Adverse events
included ..." and a mechanism sentence right after a sentence about it ("Signalling pathways such as mTOR seem to
play a key role"). These anaphors stand for the main intervention (:func:`pseudo_items`, :func:`adverse_subject`,
:func:`implicit_mechanism`); without one, nothing is resolved.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Document, Finding, Mention
from ..cues import Cue, Folded, fold
from .finding_polarity import Where, make_finding, relation_flags
from .mechanism import names_other_owner
from .pairing import CLAUSE_BREAK, Item
from .relations import CONDITION_CLASSES, MECHANISM_CUE, MODULATED_CLASSES, RelationMatch

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["MODIFIER", "adverse_subject", "effect_anaphor", "effect_object", "implicit_mechanism", "is_agent", "main_intervention", "may_have_anaphor",
           "pseudo_items", "sole_intervention"]

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
MODIFIER = re.compile(
    r"\s+(?:(?:effects?|actions?)(?!\s+on\b)|properties|propert(?:y)|responses?|efficacy|activity|activities|potential|"
    r"potentiation|pharmacology|mechanisms?|benefits?|outcomes?|targets?|development|receptors?|antagonists?|"
    r"agonists?|levels?|concentrations?|metabolism|metabolites?|binding|transporters?|withdrawal|dependence|"
    r"abuse|use\s+disorders?|signal(?:l)?ing|pathways?)\b|-(?:derived|like|type)\b",
    re.IGNORECASE,
)


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
        if MODIFIER.match(doc.abstract, m.end):
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


#: a compound or a participle after an intervention names a state or a group, not the agent ("LPS-induced",
#: "LPS-treated mice")
_NOT_AGENT = re.compile(r"[\s-]*(?:induced|mediated|related|associated|evoked|treated|exposed|challenged)\b",
                        re.IGNORECASE)


#: the words every anaphor of the main intervention holds (:data:`_START_ANAPHOR`, :data:`_INNER_ANAPHOR`,
#: :data:`_ADVERSE_SUBJECT`): a sentence without any of them has none
_ANAPHOR_WORDS = ("treatment", "therapy", "intervention", "administration", "drug", "agent", "compound",
                  "medication", "regimen", "effect", "event", "reaction")


def may_have_anaphor(sentence: str) -> bool:
    """A cheap test: may ``sentence`` hold an anaphor of an intervention ("the drug", "after treatment", "adverse
    events")?"""
    lower = sentence.lower()
    return any(word in lower for word in _ANAPHOR_WORDS)


def sole_intervention(sentence: str, offset: int, mentions: Sequence[Mention]) -> Concept | None:
    """The one intervention a sentence names as an agent (round 10), or ``None`` when it names none or several:
    what "the treatment", "the drug", "this agent" of the next sentence stand for when the abstract has no main
    intervention ("Dexamethasone was given to LPS-treated mice. The drug attenuated the rise in IL-6"); a word used
    as an adjective ("antidepressant effects") or heading a compound ("LPS-induced") is no agent."""
    found = {m.concept for m in mentions if m.concept.cls == "Intervention" and is_agent(sentence, m.end - offset)}
    return next(iter(found)) if len(found) == 1 else None


def is_agent(sentence: str, end: int) -> bool:
    """Is the intervention word ending at ``end`` an agent, not an adjective ("antidepressant effects") nor the head
    of a compound ("LPS-induced", "LPS-treated")?"""
    return not MODIFIER.match(sentence, end) and not _NOT_AGENT.match(sentence, end)


def pseudo_items(view: Folded, items: list[Item], main: Concept | None) -> list[Item]:
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


#: "This effect", "These beneficial effects" opening a sentence (round 13): what the sentence before reported
_EFFECT_ANAPHOR = re.compile(
    rf"^\s*(?:{_CONNECTIVE}\s*,?\s+)?(?P<np>(?:this|these|the|such|both)\s+(?:[\w-]+\s+){{0,2}}?effects?)\b"
    r"(?!\s+(?:of|on|in|with|by|for)\b)",
    re.IGNORECASE,
)


def effect_anaphor(sentence: str, items: list[Item], agent: Concept | None) -> list[Item]:
    """"Minocycline reduced anxiety in stressed mice. This effect could be due to the gut-brain axis.": a sentence
    that opens with "this / these (...) effect(s)" and names no intervention speaks of the effect the one agent of
    the sentence before (``agent``, :func:`sole_intervention`) had; the anaphor stands for that agent, as the
    subject of what the sentence says of targets only (a mechanism, a marker changed): its relations to conditions
    and to other interventions are left alone (:func:`effect_object`)."""
    if agent is None or any(i.cls == "Intervention" for i in items):
        return []
    found = _EFFECT_ANAPHOR.match(sentence)
    if found is None or any(i.start < found.end("np") and found.start("np") < i.end for i in items):
        return []
    return [Item(found.start("np"), found.end("np"), agent, "effect")]


def effect_object(obj: Item) -> bool:
    """May an effect anaphor (:func:`effect_anaphor`) take ``obj`` as the object of its relation?"""
    return obj.cls in MODULATED_CLASSES


def adverse_subject(masked: str, cue: Item, obj: Item) -> RelationMatch | None:
    """"Adverse events included nausea": the disorder or symptom after an adverse-event cue of the main
    intervention."""
    if obj.cls not in CONDITION_CLASSES or obj.start < cue.end:
        return None
    gap = masked[cue.end : obj.start]
    if len(gap) > 80 or CLAUSE_BREAK.search(gap) or re.search(r"\b(?:in|among)\s+(?:\w+\s+){0,2}(?:patients|subjects)\s+with\b", gap):
        return None
    return RelationMatch("hasAdverseEffect", None, (cue.start, cue.end))


def implicit_mechanism(masked: str, items: list[Item], main: Concept, where: Where) -> list[Finding]:
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
        flags = relation_flags(masked, match, [(item.start, item.end)], (item.start, item.end))
        out.append(make_finding(main, match, item.concept, flags, where))
    return out
