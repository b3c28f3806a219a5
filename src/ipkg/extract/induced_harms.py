"""Harms named as an inducer's compound ("X-induced Y", "Y induced by X"; round 49, issue 12).

*A model's inducer restated in the sentence of its blocker states its harm once.*

An animal or challenge study names its model's harm again in every sentence about what blocks it: "Cocaine-induced
anxiety was also attenuated ... following administration of disulfiram", "propranolol blocked cocaine-induced
anxiety-like behavior", "THP ... reducing amphetamine-induced hyperactivity", "prevented amnesia induced by ...
scopolamine". Each such sentence gives the inducer its harm again; the harm is presupposed there, and the sentence's
claim is the blocker's. :func:`without_restated_inducers` keeps a harm (asserted or hedged) at the first sentence
that states it, in reading order (the title, then the abstract), and drops it from each later sentence that names it
only as the inducer's compound (:func:`named_as_induced`: "X-induced Y", "Y induced / caused / evoked by X") and names
a blocker: another intervention, or a word of blocking ("attenuated", "blocked", "prevented", "reversed", "reduced",
"inhibited", "antagonized", "abolished", "suppressed", "protected", "ameliorated", "counteracted", "improved"). The
triple stays in the graph, with its first sentence as evidence.

*A harm named as another intervention's compound is not the subject's.* "Prevention of sevoflurane related emergence
agitation in children ...: A comparison of dexmedetomidine and propofol": the learned model gives the compared drugs
the agitation that sevoflurane brings about and they prevent. :func:`without_others_induced_harms` drops a harm
(asserted or hedged) when, at every place its sentence names the object, another intervention's compound names it
("Z-induced / -evoked Y", "Z(-)related / associated Y") and no compound of the subject does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Finding

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["named_as_induced", "without_others_induced_harms", "without_restated_inducers"]

_F = re.IGNORECASE
#: a verb of inducing, as a compound's participle
_INDUCED = r"(?:induced|evoked|elicited|provoked|caused|triggered|produced)"
#: between the inducer and its harm: "cocaine-induced anxiety", "amphetamine induced locomotor hyperactivity"
_BEFORE_HARM = re.compile(rf"\s*-?\s*{_INDUCED}\s+(?:[\w-]+\s+){{0,3}}", _F)
#: between the harm and its inducer: "amnesia induced by both the non selective antimuscarinic drug scopolamine"
_AFTER_HARM = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?\s+{_INDUCED}\s+by\s+(?:[\w-]+\s+|,\s*){{0,6}}", _F)
#: between an intervention and the harm it is named to bring about: "sevoflurane related", "ketamine-induced"; a
#: verb of inducing only hyphenated ("both ketamine and morphine induced catalepsy" gives ketamine its harm too)
_OWNER = re.compile(r"(?:\s*-?\s*(?:related|associated)|\s*-\s*(?:induced|evoked|caused|triggered))\s+"
                    r"(?:[\w-]+\s+){0,3}", _F)
#: the inducer's hyphenated compound, when the sentence names the harm in words of no mention of its own
_COMPOUND = re.compile(rf"\s*-\s*{_INDUCED}\s", _F)
#: a word of blocking: the sentence's claim is what lessens the harm
_BLOCKING = re.compile(r"attenuat|\bblock|prevent|revers|\breduc|inhibit|antagoni|abolish|suppress|protect|"
                       r"ameliorat|counteract|\bimprov", _F)


def named_as_induced(sentence: Sentence, finding: Finding) -> bool:
    """True when ``sentence`` names ``finding``'s object as a harm its subject induced ("X-induced Y", "Y induced by
    X") at some place where it names both, or, naming no mention of the object, names the subject's hyphenated
    compound ("cocaine-induced anxiety-like behavior")."""
    drugs = sentence.spans_of(finding.subject.iri)
    harms = sentence.spans_of(finding.obj.iri) if finding.obj is not None else []
    text = sentence.text
    if not harms:  # the harm named in words the grounder gave no mention ("cocaine-induced anxiety-like behavior")
        return any(_COMPOUND.match(text, de) for _, de in drugs)
    return any((de <= hs and _BEFORE_HARM.fullmatch(text, de, hs)) or (he <= ds and _AFTER_HARM.fullmatch(text, he, ds))
               for ds, de in drugs for hs, he in harms)


def _blocker_named(sentence: Sentence, finding: Finding) -> bool:
    """True when ``sentence`` names an intervention other than ``finding``'s subject, or a word of blocking."""
    others = any(m.concept.cls == "Intervention" and m.concept.iri != finding.subject.iri for m in sentence.mentions)
    return others or _BLOCKING.search(sentence.text) is not None


def without_restated_inducers(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less each harm that an earlier sentence already states and this one names only as its inducer's
    compound beside a blocker (see the module)."""
    sentences = annotated.sentences_by_start()
    reading = sorted(range(len(found)), key=lambda i: (found[i].passage != "title", found[i].start))
    stated: set[tuple[str, str]] = set()
    dropped: set[int] = set()
    for i in reading:
        f = found[i]
        if f.predicate != "hasAdverseEffect" or f.negated or f.obj is None:
            continue
        key = (f.subject.iri, f.obj.iri)
        sentence = sentences.get((f.passage, f.start))
        if key in stated and sentence is not None and named_as_induced(sentence, f) and _blocker_named(sentence, f):
            dropped.add(i)
        stated.add(key)
    return tuple(f for i, f in enumerate(found) if i not in dropped)


def _owned(sentence: Sentence, harm_start: int, owners: Sequence[tuple[int, int]]) -> bool:
    """True when one of ``owners`` (spans of interventions) is named as the compound of the harm at ``harm_start``."""
    return any(e <= harm_start and _OWNER.fullmatch(sentence.text, e, harm_start) for _, e in owners)


def without_others_induced_harms(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less each harm whose sentence names its object only as another intervention's compound (see the
    module)."""
    sentences = annotated.sentences_by_start()
    out = []
    for f in found:
        sentence = sentences.get((f.passage, f.start))
        if f.predicate == "hasAdverseEffect" and not f.negated and f.obj is not None and sentence is not None:
            harms = sentence.spans_of(f.obj.iri)
            own = sentence.spans_of(f.subject.iri)
            others = sentence.other_interventions(f.subject.iri)
            if harms and all(_owned(sentence, h, others) and not _owned(sentence, h, own) for h, _ in harms):
                continue
        out.append(f)
    return tuple(out)
