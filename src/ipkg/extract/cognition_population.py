"""A cognitive state improved in a disorder's patients treats cognition, not the disorder (round 46, issue 12).

"Recent research has reported that olanzapine improves cognitive functioning in relapsing schizophrenia", "comparable
cognitive enhancing effects of olanzapine and risperidone treatment in patients with schizophrenia or schizoaffective
disorder", "Typical neuroleptic drugs lack the ability to improve the various domains of cognitive function impaired
in schizophrenia": the relation readers give the drug a ``treats`` of the disorder, which is the population whose
cognition is improved. :func:`without_cognition_of_population` drops a ``treats`` (of any polarity) when, at every
place its sentence names the object, a cognitive state (:data:`COGNITIVE_STATE`) is named within 130 characters before
it with a word naming the object as its population between them ("in", "of", "among", "with") and no other outcome
(symptoms, psychopathology, a rating scale, psychosis, relapse, response, efficacy, mood: "improved cognitive function
and psychotic symptoms in schizophrenia" keeps the treatment) nor a comma, a semicolon or a colon (a list of
indications, another clause). A disorder of cognition (a dementia, Alzheimer's
disease, amnesia, delirium, a cognitive disorder) is what cognition's treatment treats and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Finding

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["COGNITIVE_STATE", "cognition_of_population", "without_cognition_of_population"]

_F = re.IGNORECASE
#: a cognitive state: "cognitive function(ing)", "cognitive enhancing effects", "cognition", "neurocognitive deficits"
COGNITIVE_STATE = re.compile(
    r"\b(?:(?:neuro)?cognit\w*\s+(?:function\w*|performance|deficits?|domains?|impairments?|dysfunction|enhanc\w*|"
    r"abilit\w+|improvements?|effects?|tests?|tasks?)|cognition|neurocognit\w+)\b", _F)
#: the object named as the cognitive state's population: "in", "of", "among", "(patients) with", "suffering from"
_POPULATION_MARK = re.compile(r"\b(?:in|of|among|with|suffering\s+from)\s", _F)
#: an outcome other than cognition between the cognitive state and the object
_OTHER_OUTCOME = re.compile(r"\b(?:symptoms?|psychopathology|PANSS|BPRS|positive|negative|psychos[ie]s|psychotic|"
                            r"relapse|response|remission|efficacy|effective|depress\w*|mood|anxi\w*|agitat\w*)\b", _F)
#: a break between the cognitive state and the object: a list or another clause ("a treatment for cognitive impairment
#: in psychiatric disorders, Parkinson's disease, osteoporosis, ... and stroke"; "X has demonstrated cognition
#: improvement in a trial in China, suppresses gut dysbiosis")
_BREAK = re.compile(r"[,;:]")
#: a disorder of cognition: its treatment is cognition's
_COGNITIVE_DISORDER = re.compile(r"dement|alzheimer|cognit|amnes|memory|delirium", _F)
#: how far before the object the cognitive state may be named
_REACH = 130


def cognition_of_population(text: str, object_start: int) -> bool:
    """True when the condition named at offset ``object_start`` of ``text`` is the population of a cognitive state
    named before it (see the module).

    >>> cognition_of_population("olanzapine improves cognitive functioning in relapsing schizophrenia", 56)
    True
    >>> cognition_of_population("olanzapine improved cognitive function and psychotic symptoms in schizophrenia", 66)
    False
    """
    for state in COGNITIVE_STATE.finditer(text, max(0, object_start - _REACH), object_start):
        between = text[state.end() : object_start]
        if _POPULATION_MARK.search(between) and not _OTHER_OUTCOME.search(between) and not _BREAK.search(between):
            return True
    return False


def without_cognition_of_population(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less each ``treats`` whose object its sentence names only as the population of a cognitive state."""
    sentences = annotated.sentences_by_start()
    out = []
    for f in found:
        sentence = sentences.get((f.passage, f.start))
        if (f.predicate == "treats" and f.obj is not None and sentence is not None
                and not _COGNITIVE_DISORDER.search(f.obj.label)):
            places = [m.start - sentence.start for m in sentence.mentions if m.concept.iri == f.obj.iri]
            if places and all(cognition_of_population(sentence.text, at) for at in places):
                continue
        out.append(f)
    return tuple(out)
