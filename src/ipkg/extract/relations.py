"""The trigger lexicon and the dependency-free patterns that type the relation between two mentions.

:func:`match_relation` reads one *pair context*: a sentence in which every entity mention is masked with ``§``
(see :mod:`ipkg.extract.negation`), the spans of the two mentions, and the span of the text a trigger may sit in.
It returns the relations the words around the pair state, by the classes of the subject and the object:

==========================  ===============================================================================
Intervention -> Disorder    ``treats`` ("X for the treatment of Y", "X improved Y", "efficacy of X in Y",
                            "X in patients with Y", "Y treated with X") or ``hasAdverseEffect`` ("X-induced
                            Y", "Y induced by X", "Y as a complication of X", "adverse events of X ... Y")
Intervention -> Intervention ``potentiates`` ("X as an add-on to Y", "X potentiated Y", "Y augmentation with X")
Intervention -> cell, cytokine, pathway  ``increases`` / ``decreases`` / ``modulates`` from the trigger nearest
                            the object; "unchanged", "did not change", "no effect on" give ``modulates`` with
                            direction ``no-change`` (a denial, see :data:`NO_CHANGE`)
Intervention -> Pathway     ``actsThrough`` ("X acts via Y", "mediated by Y", "Y mediates the effects of X")
Disorder -> cell, cytokine, pathway  ``associatedWith`` ("Y elevated in patients with X", "X associated with
                            Y", "Y implicated in X", "role of Y in the pathophysiology of X"), with a direction
                            when an elevation or a reduction of Y is stated
==========================  ===============================================================================
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..cues import Probe
from .negation import MASK
from .relation_conditions import DEFINING_APPOSITIVE, potentiates, treats_or_adverse
from .relation_context import _F, CONDITION_CLASSES, MODULATED_CLASSES, NO_CHANGE, PairContext, RelationMatch
from .relation_targets import COMPOUND_NP_REST, MECHANISM_CUE, acts_through, association, modulation

__all__ = ["ADDON_BASE", "APPOSITION_AFTER", "CONDITION_CLASSES", "DEFINING_APPOSITIVE", "MECHANISM_CUE", "MODULATED_CLASSES", "NO_CHANGE", "PairContext",
           "RelationMatch", "STATE_AFTER_POPULATION", "STATE_OF_POPULATION", "match_relation"]

#: the words right before a subject that take the relation from it: "withdrawal of X improved Y" (the withdrawal's),
#: "olanzapine is superior to haloperidol in reducing Y", "compared with X, ..." (an intervention the subject beat;
#: "less effective than X in reducing Y" and "inferior to X" leave X the better one); (round 38) the subject may
#: follow up to two words of its own ("more effective than conventional neuroleptics", "preferable to the TCAs")
_NOT_SUBJECT = re.compile(
    r"\b(?:(?P<withdrawal>withdrawal|discontinuation|cessation|tapering|stopping|removal)\s+of\s+(?:the\s+)?|"
    r"(?:superior\s+to|preferable\s+to|better\s+than|more\s+[\w-]+\s+than|compared\s+(?:with|to)|relative\s+to|"
    r"rather\s+than)(?:\s+that\s+of|\s+those\s+of)?\s+(?:the\s+)?"
    r"(?:(?!(?:and|or|with|in|of|by|for|to|that|which|was|were|is|are)\b)[a-z-]+\s+){0,2})$",
    _F,
)
#: :data:`_NOT_SUBJECT`'s words, looked for once a sentence (session 19: most sentences hold none)
_NOT_SUBJECT_PROBE = Probe(_NOT_SUBJECT)
#: the words before the treatment an add-on was given with: "X added to Y improved Z" (X's claim, not Y's; Y is
#: what X potentiates), "as an adjunct to Y", "in addition to Y"; (round 15) "an accelerating effect of X in
#: combination with SSRIs in the treatment of Y": the partner X was combined with is not the claim's subject; (round
#: 22) "X alone or combined with Y reversed Z", "X with or without Y reduced Z": Y was given with X only
ADDON_BASE = re.compile(
    r"\b(?:(?:added|add-?on|adjunct(?:ive)?|adjuvant|augmentation|in\s+addition)\s+to|in\s+combination\s+with|"
    r"(?:combined|together|co-?administered)\s+with|with\s+or\s+without)\s+"
    r"(?:(?:the|ongoing|stable|current|their)\s+)?$",
    _F,
)
#: (round 43) "the addition of X (, a gloss,) to Y": Y is the treatment X was added to, as after :data:`ADDON_BASE`,
#: with the add-on named between ("The addition of clonidine, an antihypertensive drug with analgesic properties, to
#: local anesthetics in caudal blocks prolongs postoperative pain relief")
_ADDITION_OF = re.compile(r"\baddition\s+of\s+[^.;]{1,100}?\s+to\s+(?:(?:the|ongoing|stable|current|their)\s+)?$", _F)
#: (round 43) a state of behaviour right before the object, of which the object names the patients: "the treatment of
#: acutely agitated psychotic patients", "reducing acute agitation associated with psychosis", "the symptoms of
#: agitation in patients with psychotic disorders" (agitation is treated; the disorder is who has it); round 45 adds
#: behavioural and neuropsychiatric disturbances, symptoms and problems and psychotic manifestations: "the psychotic
#: manifestations of dementia", "behavioral disturbances in patients with Alzheimer's disease"
STATE_OF_POPULATION = re.compile(
    r"\b(?:agitat\w*|aggress\w*|irritab\w*|hostil\w*|violen\w*|(?:behaviou?ral|neuropsychiatric)\s+(?:disturbances?|"
    r"symptoms?|problems?|disorders?|manifestations?)|psychotic\s+manifestations?)\s+"
    r"(?:(?:associated\s+with|related\s+to|in|among|of)"
    r"\s+(?:(?:the\s+)?(?:patients?|people|persons|individuals|subjects|children|adolescents|adults)\s+"
    r"(?:with|suffering\s+from|diagnosed\s+with)\s+)?)?(?:(?:acute|chronic|severe)\s+)?$", _F)
#: (round 45) the same state named right after the object, the object hyphenated to it: "the treatment of
#: dementia-related behavioral disturbances", "Alzheimer's disease-associated agitation" (dementia is who has it)
STATE_AFTER_POPULATION = re.compile(
    r"\s*-\s*(?:related|associated)\s+(?:agitation|aggression|irritability|hostility|(?:behaviou?ral|neuropsychiatric)"
    r"\s+(?:disturbances?|symptoms?|problems?|disorders?|manifestations?))\b", _F)
#: a compound naming a state inside the object's noun phrase, right before the object: "X attenuated the LPS-induced
#: increase in IL-6", "X reversed LPS-induced depressive-like behaviour" (the state is not X's trigger stretch)
_OBJECT_COMPOUND = re.compile(
    rf"{MASK}+-(?:induced|mediated|evoked|triggered|provoked|elicited)(?={COMPOUND_NP_REST})", _F
)
#: an appositive noun phrase right after a mention and up to the trigger: "close to Y, the most effective drug in
#: the management of Z" (the phrase, and its trigger, describe Y)
APPOSITION_AFTER = re.compile(r"\s*,\s+(?:the|a|an)\s+[^,;§]*$", _F)


#: (round 17) the stimulus of an assay: an intervention hyphenated to a participle of stimulation names how the cells
#: of an experiment were prepared ("thymidine uptake by mitogen-stimulated lymphocytes", "a decrease in PMA-triggered
#: H2O2 production", "LPS-primed macrophages"): it is the subject of no finding on an immune cell
_ASSAY_STIMULUS = re.compile(r"\s*-\s*(?:stimulated|activated|triggered|primed|pulsed|challenged)\b", _F)


#: between the subject and the object, another agent whose ability the subject acts on: "amrinone decreased the
#: ability of JTT to prevent tumour metastasis" (the prevention is JTT's, round 8)
_OTHER_AGENT = re.compile(rf"\b(?:ability|capacity)\s+of\s+(?:[^\s{MASK},;]+\s+){{1,3}}?to\s", _F)


#: (round 22) a treatment word whose complement is a gerund of causing: "X was effective in inducing / enhancing
#: depression-like behaviour", "X is useful for triggering seizures": X brings the condition about (an adverse or
#: an induced state), it does not treat it
_INDUCING_COMPLEMENT = re.compile(
    r"\s*(?:inducing|enhancing|increasing|worsening|exacerbating|aggravating|promoting|triggering|causing|"
    r"producing|eliciting|precipitating|provoking|evoking)\b", _F)


#: (round 24) ... and the converse: "result(s) in" or "led to" whose complement is a gerund of relieving ("X showed
#: promising results in treating symptoms of Y", "X resulted in reducing Y", "led to alleviating Y"): "results"
#: there names the outcome of treating Y (or X brings relief about), not a harm
_RESULT_TRIGGER = re.compile(r"result(?:s|ed|ing)?\s+in|le(?:d|ads?)\s+to", _F)
_RELIEVING_COMPLEMENT = re.compile(
    r"\s*(?:treating|reducing|relieving|alleviating|improving|ameliorating|attenuating|preventing|managing|"
    r"lowering|decreasing|lessening|easing|mitigating|curing|resolving)\b", _F)


#: (round 24) a harm named as what an action avoids: "programs must be tailored to avoid exacerbating Y", "X was
#: tapered so as not to provoke Y", "to avoid inducing Y", "to prevent worsening Y": a risk the purpose guards
#: against, no harm stated ("prevent" only before a gerund: "X prevents complications of Y" is X's treatment)
_AVOIDED = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?|so\s+as\s+not\s+to|in\s+order\s+not\s+to|lest|(?P<prevent>prevent(?:s|ed|ing)?))\s+$",
    _F)
_GERUND = re.compile(r"\w+ing\b", _F)


def _avoided(ctx: PairContext, match: RelationMatch) -> bool:
    """Is ``match`` a harm the action guards against (:data:`_AVOIDED`: "to avoid exacerbating Y"; after "prevent"
    only when its trigger is a gerund)?"""
    if match.predicate != "hasAdverseEffect":
        return False
    avoided = _AVOIDED.search(ctx.text, max(0, match.trigger[0] - 24), match.trigger[0])
    return avoided is not None and not (avoided.group("prevent") and not _GERUND.match(ctx.text, match.trigger[0]))


def _induces_instead(ctx: PairContext, match: RelationMatch) -> RelationMatch:
    """``match`` as ``hasAdverseEffect`` when its ``treats`` trigger ("effective in", "useful for") governs a gerund
    of causing before the object (:data:`_INDUCING_COMPLEMENT`), as ``treats`` when its harm trigger ("results in",
    "led to") governs a gerund of relieving (:data:`_RELIEVING_COMPLEMENT`); else ``match``."""
    if not ctx.subject_first or match.trigger[0] >= ctx.second[0]:
        return match
    if match.predicate == "treats" and match.trigger[1] < ctx.second[0] and _INDUCING_COMPLEMENT.match(
            ctx.text, match.trigger[1], ctx.second[0]):
        return replace(match, predicate="hasAdverseEffect")
    result = _RESULT_TRIGGER.match(ctx.text, match.trigger[0]) if match.predicate == "hasAdverseEffect" else None
    if result is not None and _RELIEVING_COMPLEMENT.match(ctx.text, result.end(), ctx.second[0]):
        return replace(match, predicate="treats")
    return match


#: a mention as the subject of a passive right before a trigger: "when § is added to", "§ was given with"
_PASSIVE_SUBJECT = re.compile(rf"{MASK}\s+(?:(?:is|was|are|were|being|been)\s+)?$")


def _trigger_of_other(ctx: PairContext, match: RelationMatch) -> bool:
    """(round 43) Is ``match``'s trigger, after a subject named first, in the stretch after another mention that is
    coordinated with neither of the pair (``ctx.lo`` past the subject's list), with that mention right before it as
    its subject? Then it is that mention's: "the addition of X to neuroleptics ... when D is added to olanzapine or
    risperidone" is D's add-on, not the neuroleptics' ("X was unable to reverse ... of Y, but potentiated Z" stays X's).
    """
    return ctx.subject_first and ctx.lo > max(ctx.first[1], ctx.tail) and match.trigger[0] >= ctx.lo and bool(
        _PASSIVE_SUBJECT.search(ctx.text, max(0, match.trigger[0] - 30), match.trigger[0]))


def match_relation(ctx: PairContext, subject_cls: str, object_cls: str) -> tuple[RelationMatch, ...]:
    """The relations a pair context states between a subject of ``subject_cls`` and an object of ``object_cls``.

    >>> t = "§§§§§§§§ reduced serum levels of §§§§."
    >>> ctx = PairContext(t, (0, 8), (33, 37), True, 8, 33)
    >>> match_relation(ctx, "Intervention", "Cytokine")
    (RelationMatch(predicate='decreases', direction='decrease', trigger=(9, 16)),)
    """
    found: list[RelationMatch | None] = []
    subject_start = ctx.first[0] if ctx.subject_first else ctx.second[0]
    excluded = (_NOT_SUBJECT.search(ctx.text, max(0, subject_start - 60), subject_start)
                if _NOT_SUBJECT_PROBE.may_occur(ctx.text) else None)
    if excluded is not None and (excluded.group("withdrawal") or subject_cls == "Intervention"):
        return ()
    if subject_cls == "Intervention" and object_cls != "Intervention" and (ADDON_BASE.search(
        ctx.text, max(0, subject_start - 40), subject_start
    ) or _ADDITION_OF.search(ctx.text, max(0, subject_start - 130), subject_start)):
        return ()  # "X added to Y improved Z", "the addition of X to Y": Y is the treatment X was added to
    if object_cls == "ImmuneCell" and _ASSAY_STIMULUS.match(ctx.text, ctx.first[1] if ctx.subject_first
                                                            else ctx.second[1]):
        return ()  # "mitogen-stimulated lymphocytes": the assay's stimulus
    if ctx.parallel and not (subject_cls == "Intervention" and object_cls in MODULATED_CLASSES):
        return ()
    if ctx.subject_first and _OTHER_AGENT.search(ctx.text, ctx.first[1], ctx.second[0]):
        return ()
    if ctx.subject_first and subject_cls == "Intervention":
        compound = _OBJECT_COMPOUND.search(ctx.text, ctx.lo, ctx.hi)
        if compound is not None:
            blank = " " * (compound.end() - compound.start())
            ctx = replace(ctx, text=ctx.text[: compound.start()] + blank + ctx.text[compound.end() :])
    if subject_cls == "Intervention" and object_cls in CONDITION_CLASSES:
        treat = treats_or_adverse(ctx)
        treat = treat if treat is None else _induces_instead(ctx, treat)
        object_start, object_end = ctx.second if ctx.subject_first else ctx.first
        if treat is not None and treat.predicate == "treats" and (STATE_OF_POPULATION.search(
                ctx.text, max(0, object_start - 110), object_start) or STATE_AFTER_POPULATION.match(
                ctx.text, object_end)):
            treat = None  # "the treatment of agitated psychotic patients": agitation's, not the disorder's
        found.append(None if treat is None or _avoided(ctx, treat) else treat)  # "to avoid exacerbating Y"
    elif subject_cls == "Intervention" and object_cls == "Intervention":
        added = potentiates(ctx)
        found.append(None if added is None or _trigger_of_other(ctx, added) else added)
    elif subject_cls == "Intervention" and object_cls in MODULATED_CLASSES:
        found.append(modulation(ctx))
        if object_cls == "Pathway":
            found.append(acts_through(ctx))
    elif subject_cls == "Disorder" and object_cls in MODULATED_CLASSES:
        found.append(association(ctx))
    return tuple(m for m in found if m is not None)
