""""The role of X in Y": a target a review or a background names as having a part in a disorder (round 41, issue 12).

The relation readers read "X plays a role in Y" and "X has been implicated in Y" (the verb between the two), but not
the noun phrase that names the part first and the target inside it: "the emerging role of neuro-immune interactions
in affective disorders", "the involvement of the kynurenine pathway in depression and anxiety", "Evidence for the
involvement of neuroinflammation in schizophrenia is growing", "the importance of IL-17 in the pathogenesis of many
autoimmune diseases", "a role for IL-1β in depression". A curator records what a review or a background states as
established, each listed disorder ``associatedWith`` each listed target (FINDINGS.md: "Y is altered in / linked to
the disorder"; the adjudication rules: a review's claims with their own polarity, one finding per listed item).

:func:`role_findings` reads three wordings, each condition ``associatedWith`` each target:

1. "<the | a | an | its | their> (up to two adjectives) <role(s) | importance | involvement | implication |
   contribution | participation | significance | relevance> of / for <target>(, <target> and <target>) in / to
   (the <pathogenesis | pathophysiology | aetiology | development | onset | progression | neurobiology | course> of)
   (patients ... with) <condition>(, <condition> and <condition>)";
2. "<target>(s) <is | are | may be | represents ...> (a | the | one of the) (two words) <hallmark | feature |
   characteristic | signature | correlate | risk factor> of / for / in <condition>(s)": "Neuroinflammation is a
   hallmark of AD", "Microglial activation is a common feature of schizophrenia and depression";
3. "its <noun of a part> in <condition>(s)" when a target opens the sentence: "IL-17, a cytokine secreted by Th17
   cells, has attracted attention because of its importance in the pathogenesis of many autoimmune diseases".

A later condition of a list may carry one modifier ("autoimmune or chronic inflammatory diseases"). Hedged when an
adjective of conjecture qualifies the noun ("the possible role", "a putative involvement") or a hedge cue governs
the phrase; negated when the sentence denies it. Not when the phrase is inside a text's statement of its scope, an
open question or an aim ("This review discusses the role of X in Y": a topic,
:func:`ipkg.extract.unclaimed.claimless_spans`); not when the part is in doubt or under study ("The involvement of
microglia in schizophrenia has remained controversial", "little is known about the role of X in Y", "to
investigate the role of") or a topic of a noun of evidence ("data regarding the contribution of X to Y", "research
into the role of"); not when another item stands between the noun and the target or between "in" and the
condition ("the role of IL-6 in the effect of ketamine on depression" is the drug's); not across a clause break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..cues import Folded
from ..models import Finding
from .negation import MASK, is_hedged, is_negated
from .pairing import Item
from .recall_changes_in import target_run
from .recall_class_targets import LIST_GAP
from .relation_context import CONDITION_CLASSES, MODULATED_CLASSES
from .unclaimed import claimless_spans

__all__ = ["role_findings"]

_F = re.IGNORECASE
#: adjectives of conjecture before the noun of a part: the part is only suggested
_CONJECTURE = r"possible|potential|putative|hypothesi[sz]ed|proposed|presumed|presumptive|suspected|speculative"
#: the noun of a part and its preposition, right before the target (a determiner first, two adjectives at most)
_ROLE_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|their)\s+(?P<adjectives>(?:[\w-]+\s+){{0,2}}?)(?:roles?|importance|involvement|"
    rf"implications?|contributions?|participation|significance|relevance)\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?$", _F)
_CONJECTURE_WORD = re.compile(rf"\b(?:{_CONJECTURE})\b", _F)
#: "its (adjectives) <noun of a part>" with no "of" after: the part of the target that opens the sentence
_ITS_ROLE = re.compile(
    r"\bits\s+(?P<adjectives>(?:[\w-]+\s+){0,2}?)(?:role|importance|involvement|implication|contribution|"
    r"participation|significance|relevance)(?=\s+(?:in|to)\s)", _F)
#: the opening of a sentence before its subject: nothing, or "The"
_OPENING = re.compile(r"\s*(?:the\s+)?", _F)
#: a part in doubt, said after the conditions ("The involvement of microglia in schizophrenia has remained
#: controversial", "... is still unclear", "... remains to be elucidated")
_DOUBTED = re.compile(
    r"[^;.]{0,80}?\b(?:(?:has|have)\s+)?(?:remain(?:s|ed)?|is|are|was|were|been|be)\s+(?:still\s+|largely\s+|"
    r"highly\s+)?(?:controversial|unclear|unknown|uncertain|debated|disputed|elusive|equivocal|inconsistent|"
    r"conflicting|obscure|enigmatic|to\s+be\s+\w+|a\s+matter\s+of\s+debate|(?:not\s+(?:yet\s+|fully\s+|well\s+|"
    r"clearly\s+)?|poorly\s+|incompletely\s+)(?:understood|established|known|defined|characteri[sz]ed|clear))\b", _F)
#: a part in doubt, said before the noun ("little is known about the role of", "questions about the involvement of")
_DOUBT_BEFORE = re.compile(
    r"\b(?:(?:little|less|much|more)\s+is\s+(?:\w+\s+)?known|unclear|unknown|uncertain|controvers\w*|debate\w*|"
    r"questions?|investigat\w*|examin\w*|explor\w*|assess\w*|evaluat\w*|determin\w*|clarif\w*|elucidat\w*|"
    r"understand\w*|address\w*|whether|test(?:s|ed|ing)?\s+(?:the|a|this|our)\s+hypothes\w*)\b[^;.]{0,40}$", _F)
#: (rule 2) after the targets: a copula and a noun of a trait, "is a hallmark of", "are a common feature of",
#: "may be a risk factor for", "represents a core characteristic of"; a measure noun or a bracket may come first
_TRAIT_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:levels?|concentrations?|activation|activity|expression|signal(?:l)?ing)\s+)?"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|represents?|remains?|constitutes?|(?:may|might|could|can)\s+be|"
    r"(?:appears?|seems?)\s+to\s+be)\s+)(?:\w+ly\s+)?(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:hallmarks?|features?|characteristics?|signatures?|correlates?|risk\s+factors?)(?=\s+(?:of|for|in)\s)", _F)
#: the words one of the two rules needs (a quick test before the patterns)
_WORDS = ("role", "importan", "involvement", "implication", "contribution", "participation", "significance",
          "relevance", "hallmark", "feature", "characteristic", "signature", "correlate", "risk factor")
#: the part as the topic of a noun of evidence, right before its determiner: "data regarding the contribution of",
#: "research into the role of", "studies on the involvement of" (a topic; "evidence of / for the involvement of" is
#: a claim)
_TOPIC_BEFORE = re.compile(r"\b(?:regarding|concerning|about|into|on)\s+$", _F)
#: one modifier of a later member of a list of conditions: "autoimmune or chronic inflammatory diseases"
_MODIFIED_GAP = re.compile(LIST_GAP.pattern + r"(?:[a-z][\w-]*\s+)?", _F)
#: after the targets: a measure or kind noun, then "in / to (the pathogenesis of) (patients ... with)" before the
#: condition, two modifiers at most ("in the pathogenesis of many autoimmune diseases")
_IN_CONDITION = re.compile(
    r"\s*(?:(?:levels?|signal(?:l)?ing|activation|activity|expression|function|pathways?|cells?|system)\s+)?"
    r"(?:in|to|of|for)\s+(?:the\s+)?(?:(?:patho(?:genesis|physiology|logy|biology)|a?etiolog(?:y|ies)|development|"
    r"onset|progression|neurobiology|course|biology|mechanisms?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:patients|individuals|subjects|people|children|adolescents|adults|women|men)\s+with\s+)?"
    r"(?:[\w-]+\s+){0,2}?", _F)


def role_findings(masked_view: Folded, items: Sequence[Item], where: tuple[str, int, int, str, str]
                  ) -> list[Finding]:
    """The conditions a noun of a part names a target in (see the module docstring); ``masked_view``: the
    sentence with its items masked, folded.

    >>> from ipkg.models import Concept
    >>> from ipkg.cues import fold
    >>> text = "We found evidence for the possible role of IL-6 in depression."
    >>> il6 = Item(43, 47, Concept("u:il6", "interleukin 6", "Cytokine"))
    >>> mdd = Item(51, 61, Concept("m:mdd", "depressive disorder", "Disorder"))
    >>> masked = text[:43] + "§" * 4 + text[47:51] + "§" * 10 + text[61:]
    >>> [(f.subject.label, f.predicate, f.obj.label, f.hedged)
    ...  for f in role_findings(fold(masked), [il6, mdd], ("abstract", 0, len(text), text, "results"))]
    [('depressive disorder', 'associatedWith', 'interleukin 6', True)]
    """
    masked, lower = masked_view.text, masked_view.lower
    if lower is not None and not any(w in lower for w in _WORDS):
        return []
    claimless = claimless_spans(masked_view.text)
    out: list[Finding] = []
    index = 0
    while index < len(items):
        run = target_run(masked, items, index)
        index += max(1, len(run))
        if not run or any(a <= run[0].start < b for a, b in claimless):
            continue
        cue = _ROLE_BEFORE.search(masked, max(0, run[0].start - 80), run[0].start)
        if cue is not None and MASK not in masked[cue.start() : run[0].start] and not any(
                a <= cue.start() < b for a, b in claimless):
            out.extend(_associations(masked, cue, run, _conditions(masked, items[index:], run[-1].end), where))
        trait = _TRAIT_AFTER.match(masked, run[-1].end)
        if trait is not None:  # "Microglial activation is a common feature of schizophrenia and depression"
            out.extend(_associations(masked, trait, run, _conditions(masked, items[index:], trait.end()), where))
    opening = items[0] if items and _OPENING.fullmatch(masked, 0, items[0].start) else None
    if opening is not None and opening.cls in MODULATED_CLASSES and not opening.pseudo and "its" in masked:
        # "IL-17, a cytokine secreted by Th17 cells, has attracted attention because of its importance in Y"
        for cue in _ITS_ROLE.finditer(masked, opening.end, opening.end + 250):
            if ";" in masked[opening.end : cue.start()] or any(a <= cue.start() < b for a, b in claimless):
                continue
            later = [i for i in items if i.start >= cue.end()]
            out.extend(_associations(masked, cue, [opening], _conditions(masked, later, cue.end()), where))
    return out


def _associations(masked: str, cue: re.Match[str], targets: Sequence[Item], conditions: Sequence[Item],
                  where: tuple[str, int, int, str, str]) -> list[Finding]:
    """Each condition ``associatedWith`` each target of one noun of a part (``cue``), with its polarity; none when
    the part is in doubt, under study or a topic (a verb of study or doubt before the noun, "regarding" or "into"
    right before it, or a predicate of doubt after the conditions)."""
    if not conditions or _DOUBT_BEFORE.search(masked, max(0, cue.start() - 60), cue.start()) or _TOPIC_BEFORE.search(
            masked, max(0, cue.start() - 12), cue.start()) or _DOUBTED.match(masked, conditions[-1].end):
        return []
    passage, start, end, evidence, role = where
    conjecture = bool(_CONJECTURE_WORD.search(cue.group(0)))
    return [Finding(subject=condition.concept, predicate="associatedWith", obj=target.concept, evidence=evidence,
                    passage=passage, start=start, end=end,
                    negated=is_negated(masked, [(cue.start(), cue.end()), (target.start, target.end)]),
                    hedged=conjecture or is_hedged(masked, cue.start(), condition.end), role=role)
            for condition in conditions for target in targets]


def _conditions(masked: str, later: Sequence[Item], at: int) -> list[Item]:
    """The conditions named right after the targets ending at ``at`` ("in the pathogenesis of A, B and C")."""
    if not later or later[0].cls not in CONDITION_CLASSES or later[0].pseudo:
        return []
    gap = _IN_CONDITION.fullmatch(masked, at, later[0].start)
    if gap is None or MASK in masked[at : later[0].start]:
        return []
    listed = [later[0]]
    for item in later[1:]:
        if item.cls not in CONDITION_CLASSES or not _MODIFIED_GAP.fullmatch(masked, listed[-1].end, item.start):
            break
        listed.append(item)
    return listed
