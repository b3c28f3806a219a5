"""The treatment that describes a study's people is no finding of its sentence (round 49, issue 12).

"Valvular heart abnormalities have been reported in patients with Parkinson's disease (PD) treated with pergolide",
"many of our schizophrenic patients treated with clozapine request the newer atypical antipsychotic agents",
"extrapyramidal symptom profiles ... of schizophrenic patients treated with either olanzapine or haloperidol": the
relation readers read "patients with Y treated with X" as X treating Y, but the phrase only says who the people are;
the sentence claims something else of them (a harm, a request, a measure). :func:`without_population_treatments`
drops a ``treats`` (of any polarity) when, at every place its sentence names the subject, the subject is the drug of
such a phrase (:func:`population_drug_at`: the object named as the people's disorder, "Y patients", "patients with
Y", "Y (PD) patients", then "treated with / receiving / taking / on / given", then only list words, a class word and
other interventions up to the subject) and the sentence holds no word of an outcome (:data:`OUTCOME`: "improved",
"reduced", "response", "effective", "remission", "relapse", "benefit", "better" ...): "schizophrenic patients treated
with clozapine improved significantly" and "a significant improvement ... in PD patients treated with pergolide"
keep the finding.

Round 52 reads the drug named before its people too (:func:`drug_use_in`): "Previous studies of quetiapine use in
elderly patients with schizophrenia and other psychoses examined short-term administration" (the drug's use, then
"in / among" the people with the object, the object the first disorder after "with" or a later member of its list),
under the same guard of no word of an outcome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Finding
from .negation import blank_window

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["OUTCOME", "drug_use_in", "population_drug_at", "without_population_treatments"]

_F = re.IGNORECASE
#: a word of an outcome: the sentence may state what the drug did to the people's disorder
OUTCOME = re.compile(
    r"improv|ameliorat|alleviat|reliev|relief|\breduc|\bdecreas|\blower|respon|remission|remitt|relaps|recover|"
    r"benefi|effective|efficac|\bbetter\b|superior|inferior|worse|worsen|exacerbat|\bchange[sd]?\s+in\b|"
    r"\bsymptoms?\s+(?:scores?|severity)", _F)
#: the people whose disorder the object names ("Y patients", "Y (PD) patients", "schizophrenics")
_PEOPLE = (r"(?:patients?|subjects?|outpatients?|inpatients?|individuals?|people|persons?|children|adolescents?|"
           r"adults?|men|women|participants?|cases?)")
#: after the object, up to the drug: the people (unless the object's name holds them), then the verb of being given
_GIVEN = (r"(?:\s*\([^()]{0,40}\))?(?:\s+" + _PEOPLE + r")?(?:\s*\([^()]{0,40}\))?\s*,?\s+"
          r"(?:who\s+(?:were|are|had\s+been|have\s+been)\s+)?(?:being\s+)?"
          r"(?:treated\s+with|receiving|taking|on|given)\s+")
#: list words, determiners and class words between the verb and the drug ("either olanzapine or", "typical")
_LIST = re.compile(
    r"(?:\s|,|\b(?:and|or|either|both|the|a|an|typical|atypical|conventional|classical|standard|long-term|chronic|"
    r"maintenance|low-dose|high-dose|oral|antipsychotics?|neuroleptics?|drugs?|agents?|medications?)\b)*", _F)
#: the people right before "with Y": "patients with", "children (n = 20) with mild"
_HAVING = re.compile(
    r"\b" + _PEOPLE + r"(?:\s*\([^()]{0,40}\))?\s+with\s+(?:[\w-]+\s+){0,2}$", _F)
#: an object whose own name holds its people ("psychotic patients", "schizophrenics")
_NAMED_PEOPLE = re.compile(r"(?:\b" + _PEOPLE + r"|ics)$", _F)


#: (round 52) from the drug to its people's disorder: "X use in elderly patients with (Y and other)"
_USE_IN = re.compile(r"\s*(?:-\s*)?(?:use|usage|therapy|treatment)\s+(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                     + _PEOPLE + r"\s+with\s+(?:[\w'-]+(?:\s+|\s*,\s*))*?(?:(?:and|or)\s+(?:other\s+)?)?", _F)


def drug_use_in(text: str, drug: tuple[int, int], disorder: tuple[int, int]) -> bool:
    """(round 52) True when the intervention at span ``drug`` of ``text`` is named as used in the people who have the
    disorder at span ``disorder`` ("X use in elderly patients with Y", "... with Z and other Y").

    >>> text = "Studies of quetiapine use in elderly patients with schizophrenia and other psychoses were short."
    >>> drug_use_in(text, (11, 21), (51, 64)), drug_use_in(text, (11, 21), (75, 84))
    (True, True)
    >>> drug_use_in("Quetiapine use rose; patients with schizophrenia were older.", (0, 10), (35, 48))
    False
    """
    (_, de), (ys, _) = drug, disorder
    return de < ys and _USE_IN.fullmatch(text, de, ys) is not None


def population_drug_at(text: str, drug: tuple[int, int], disorder: tuple[int, int],
                       others: Sequence[tuple[int, int]]) -> bool:
    """True when the intervention at span ``drug`` of ``text`` is the drug of a phrase that describes the people who
    have the disorder at span ``disorder`` ("Y patients treated with X", "patients with Y receiving X"), with only
    ``others`` (the spans of the sentence's other interventions) and list words between the verb and the drug.

    >>> text = "Valve disease was reported in patients with PD treated with pergolide."
    >>> population_drug_at(text, (60, 69), (44, 46), [])
    True
    >>> text = "Patients treated with pergolide had valve disease; PD was mild."
    >>> population_drug_at(text, (22, 31), (51, 53), [])
    False
    """
    (ds, de), (ys, ye) = drug, disorder
    if ye > ds:
        return False
    between = blank_window(text, ye, ds, others)
    given = re.match(_GIVEN, between, _F)
    if given is None or not _LIST.fullmatch(between, given.end()):
        return False
    people_after = re.match(r"(?:\s*\([^()]{0,40}\))?\s+" + _PEOPLE + r"\b", between, _F) is not None
    return (people_after or _NAMED_PEOPLE.search(text[ys:ye]) is not None
            or _HAVING.search(text, max(0, ys - 80), ys) is not None)


def without_population_treatments(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less each ``treats`` whose subject its sentence names only as the treatment of the people who have
    the object, in a sentence that states no outcome (see the module)."""
    sentences = annotated.sentences_by_start()
    out = []
    for f in found:
        sentence = sentences.get((f.passage, f.start))
        if f.predicate == "treats" and f.obj is not None and sentence is not None \
                and not OUTCOME.search(sentence.text):
            places = sentence.spans_of(f.subject.iri)
            disorders = sentence.spans_of(f.obj.iri)
            others = sentence.other_interventions(f.subject.iri)
            if places and disorders and all(
                    any(population_drug_at(sentence.text, p, y, others) or drug_use_in(sentence.text, p, y)
                        for y in disorders) for p in places):
                continue
        out.append(f)
    return tuple(out)
