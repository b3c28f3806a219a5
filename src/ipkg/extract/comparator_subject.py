"""The comparator of a likeness or a superiority treats nothing in its sentence (round 48, issue 12).

"Recent clinical investigation suggests that risperidone is of at least comparable efficacy to haloperidol and
perphenazine in schizophrenia", "quetiapine provides equivalent efficacy to the typical antipsychotics chlorpromazine
and haloperidol", "ziprasidone 160 mg/day was comparable with haloperidol in reducing overall psychopathology": the
relation readers give each drug of the sentence a ``treats`` of the disorder, the comparators' too. What the sentence
states is the subject's efficacy measured against theirs; the comparators are the yardstick, not the finding's
subject. :func:`without_comparator_subjects` drops a ``treats`` (of any polarity) when, at every place its sentence
names the subject, the subject is named as the complement of a word of comparison (:data:`COMPARISON`: "comparable /
equivalent / similar / equal / superior / non-inferior (efficacy / effect ...) to / with", "as effective as", "more
effective than", "better than"; not "inferior to", "less effective than", whose complement is the better drug)
with only other interventions, list words ("and", "or", ",") and a class noun ("the typical antipsychotics") between
them, and another intervention is named before the word of comparison in the sentence (the comparison's head: "A and B
had comparable efficacy" names no comparator).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Finding
from .negation import blank_window

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["COMPARISON", "comparator_at", "without_comparator_subjects"]

_F = re.IGNORECASE
#: a word of comparison whose complement is the comparator: "comparable (efficacy) to / with", "as effective as",
#: "superior to", "more effective than", "better than"; not "inferior to", "less effective than": their complement is
#: the better drug, which treats ("less effective than benzodiazepines in reducing delirium")
COMPARISON = re.compile(
    r"\b(?:(?:comparable|equivalent|similar|equal|non-?inferior|superior)\s+"
    r"(?:(?:clinical|antipsychotic|therapeutic)\s+)?(?:(?:efficacy|effectiveness|effects?|benefits?|results?|"
    r"outcomes?|activity|potency)\s+)?(?:to|with)"
    r"|as\s+(?:effective|efficacious|good)\s+as|more\s+(?:effective|efficacious)\s+than|better\s+than)\b", _F)
#: what may stand between the word of comparison and the comparator besides other interventions: list words,
#: determiners, a class noun ("the typical antipsychotics chlorpromazine and haloperidol"), "that of", a dose
_FILLER = re.compile(
    r"(?:\s|,|\(|\)|\b(?:and|or|either|both|the|that|those|of|conventional|typical|atypical|standard|older|"
    r"first-generation|classical|antipsychotics?|neuroleptics?|drugs?|agents?|medications?|treatment)\b|"
    r"\b\d+(?:\.\d+)?\s*(?:mg|g|mcg)(?:/d(?:ay)?)?\b)*", _F)
#: how far before the comparator the word of comparison may be named
_REACH = 120


def comparator_at(text: str, start: int, others: Sequence[tuple[int, int]]) -> bool:
    """True when the intervention named at offset ``start`` of ``text`` is the complement of a word of comparison
    (see the module), with only ``others`` (the spans of the sentence's other interventions) and filler between them,
    and one of ``others`` named before the word of comparison.

    >>> text = "risperidone is of comparable efficacy to haloperidol and perphenazine in schizophrenia"
    >>> comparator_at(text, 41, [(0, 11), (56, 68)]), comparator_at(text, 56, [(0, 11), (41, 52)])
    (True, True)
    >>> comparator_at(text, 0, [(41, 52), (56, 68)])
    False
    >>> comparator_at("the drugs had comparable efficacy to haloperidol", 37, [])
    False
    """
    lo = max(0, start - _REACH)
    before = blank_window(text, lo, start, others)
    heads = [m for m in COMPARISON.finditer(before) if _FILLER.fullmatch(before, m.end())]
    return bool(heads) and any(e <= lo + heads[-1].start() for s, e in others)


def without_comparator_subjects(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less each ``treats`` whose subject its sentence names only as a comparison's comparator."""
    sentences = annotated.sentences_by_start()
    out = []
    for f in found:
        sentence = sentences.get((f.passage, f.start))
        if f.predicate == "treats" and sentence is not None:
            places = sentence.spans_of(f.subject.iri)
            others = sentence.other_interventions(f.subject.iri)
            if places and all(comparator_at(sentence.text, s, others) for s, _ in places):
                continue
        out.append(f)
    return tuple(out)
