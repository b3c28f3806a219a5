"""A trial's safety outcomes are no verdict on what it treats (round 25, issue 12).

A trial's results sentence names conditions of two kinds: what the intervention is tested for (its studied
conditions, :class:`~ipkg.models.StudyPico`) and what it might cause (weight gain, extrapyramidal symptoms,
seizures, cancer). :mod:`ipkg.extract.outcomes` read every condition a null or positive results sentence names as
the tested intervention's ``treats``; on the fresh sample K (Cohen 2006 trials, section 25 of docs/findings.md)
that gave "ziprasidone treats weight gain" for "neither weight gain nor ... other safety parameters were observed
with ziprasidone" and "risperidone treats seizures" for "risperidone was well tolerated, with no evidence of ...
seizures"; a null on adverse events made a trial negative ("There was no difference between dexamphetamine and
placebo regarding adverse events, ...": dexamphetamine "did not treat" stroke).

* :func:`safety_reading`: a condition that is not a studied condition, named in a clause (to a semicolon) that
  speaks of tolerability, safety, adverse or side effects, toxicity or the measures of safety (QTc, prolactin,
  vital signs; :data:`SAFETY_CUE`) and states no significant improvement, is a harm outcome: a null result or an
  absence in that clause denies the harm (``hasAdverseEffect``, negated: "no evidence of ... seizures"), anything
  else states no treatment ("associated with a low rate of extrapyramidal symptoms").
* :func:`no_verdict`: a null result is no verdict on efficacy when its clause (to a concession: "despite", "but")
  speaks of safety only ("There was no difference between X and placebo regarding adverse events, body
  temperature, or consciousness level"), or when it compares two schedules or doses of the tested intervention ("no
  significant difference between early and delayed pramipexole": a delayed-start design, not X against placebo).
  "Incidence" is no word of safety: the incidence of a disease is a prevention trial's outcome.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .active_comparisons import clause_span

if TYPE_CHECKING:
    from ..models import Concept
    from .annotate import Sentence

__all__ = ["SAFETY_CUE", "harm_scale_result", "no_verdict", "safety_reading"]

_F = re.IGNORECASE
#: words of a safety outcome: tolerability, adverse or side effects, toxicity, the measures of safety
_SAFETY = (r"(?:well|poorly|generally|better)\s+tolerated|tolerab\w*|safety|safe|adverse\s+(?:drug\s+)?(?:events?|"
           r"effects?|reactions?|experiences?)|side[\s-]+effects?|toxicit\w*|vital\s+signs|QTc|prolactin|"
           r"electrocardiogra\w*|laboratory\s+(?:values|parameters|tests?|abnormalit\w*)")
SAFETY_CUE = re.compile(rf"\b(?:{_SAFETY}|no\s+evidence\s+of)\b", _F)
#: ... and those a null verdict's clause must hold to be no verdict on efficacy. Not "incidence": "the incidence of
#: malaria was similar in both vaccine groups" is the vaccine's verdict, the incidence of myocardial infarction a
#: prevention trial's outcome
_SAFETY_ONLY = re.compile(rf"\b(?:{_SAFETY})\b", _F)
#: a concession that ends the clause of a null result: "did not differ ..., despite a reduction in serious adverse
#: events" (the null is the trial's verdict; the safety words are another outcome's)
_CONCESSION = re.compile(r"\b(?:despite|although|though|whereas|but|however|except)\b", _F)
#: words of efficacy: a clause with one of them is about what the intervention treats
_EFFICACY = re.compile(
    r"\b(?:effica\w*|effective\w*|improv\w*|respon\w*|remission|symptoms?|scores?|severity|benefi\w*|superior)\b", _F
)
#: two schedules or doses of one intervention compared ("between early and delayed X", "between the low and high
#: doses"): a null between them is no verdict against the comparator
_SCHEDULES = (r"(?:early|earlier|immediate|delayed|late|later|low|lower|high|higher|standard|reduced|full|"
              r"fixed|flexible|once|twice)")
_SCHEDULE_COMPARISON = re.compile(
    rf"\bbetween\s+(?:the\s+)?{_SCHEDULES}(?:[\s-]+(?:dose|doses|dosage|start|starts|onset))?\s+and\s+(?:the\s+)?"
    rf"{_SCHEDULES}\b",
    _F,
)


#: an absence stated in a safety clause without a word of difference: "no evidence of seizures", "neither weight
#: gain nor ... were observed", "without extrapyramidal symptoms"
_ABSENT = re.compile(r"\b(?:no\s+evidence\s+of|neither|without|none\s+of|not\s+(?:observed|seen|reported))\b", _F)


#: (round 32) the rating scales of a drug's movement harms (extrapyramidal symptoms, dyskinesia, akathisia,
#: parkinsonism) and those harms named as outcomes ("mean change scores on the dyskinesia subscale were lower with
#: X than with placebo"): a result on them is a harm's size ("ESRS scores were significantly greater with
#: haloperidol than with X" is no efficacy verdict for X), unless the trial studies the movement disorder itself
#: (AIMS in a tardive dyskinesia trial); and the scales of efficacy that make a clause a verdict again
_HARM_SCALE = re.compile(
    r"\b(?:(?-i:ESRS|AIMS|BARS|SARS)|Barnes|Simpson[\s-]+Angus|extrapyramidal\s+(?:symptoms?\s+)?rating|abnormal\s+"
    r"involuntary\s+movement|akathisia|dyskinesias?|parkinsonism|dystonias?)\b", _F)
_EFFICACY_SCALE = re.compile(r"\b(?:PANSS|BPRS|CGI|HAM-?[DA]\w*|HDRS|MADRS|BDI|YMRS|SANS|SAPS|response|remission)\b",
                             _F)
_MOVEMENT_DISORDER = re.compile(r"dyskinesia|akathisia|parkinson|extrapyramidal|dystonia|movement|tremor", _F)


def harm_scale_result(text: str, at: int, studied: tuple[Concept, ...]) -> bool:
    """True when the result worded at offset ``at`` of ``text`` (a null or an improvement) is read on a scale of
    movement harms only (:data:`_HARM_SCALE`, no efficacy scale in its clause) in a trial that does not study a
    movement disorder: it says which drug harmed less, not whether the tested one treats the studied condition.

    >>> harm_scale_result("ESRS scores were significantly greater with haloperidol than with X.", 17, ())
    True
    >>> harm_scale_result("PANSS and ESRS scores were significantly lower with X than with placebo.", 26, ())
    False
    >>> harm_scale_result("The study aims to show that X was superior to placebo.", 30, ())
    False
    """
    lo, hi = clause_span(text, at)
    return bool(_HARM_SCALE.search(text, lo, hi)) and not _EFFICACY_SCALE.search(text, lo, hi) and not any(
        _MOVEMENT_DISORDER.search(c.label) for c in studied)


def safety_reading(sentence: Sentence, concept: Concept, studied: tuple[Concept, ...], null: bool) -> bool | None:
    """How a trial's results ``sentence`` speaks of ``concept``: ``None`` when as an outcome of efficacy (a studied
    condition, a clause with no word of safety, or one that states a significant improvement), else whether its
    clause denies the harm (a null result).

    ``null`` says whether the sentence states a null result ("similar in the two groups"), which its clause must
    hold to deny the harm; without one, an absence does ("no evidence of seizures", "neither weight gain nor ...").

    >>> from ipkg.models import Concept, Mention
    >>> from ipkg.extract.annotate import Sentence
    >>> wg = Concept("http://purl.obolibrary.org/obo/HP_0004324", "Weight gain", "Phenotype")
    >>> text = "Weight gain as an adverse event was similar in both groups; depressive symptoms improved."
    >>> mention = Mention("abstract", 0, 11, "Weight gain", wg)
    >>> s = Sentence("abstract", 1, 0, len(text), text, "results", mentions=(mention,))
    >>> safety_reading(s, wg, (), True), safety_reading(s, wg, (wg,), True)
    (True, None)
    """
    if concept in studied:
        return None
    places = [clause_span(sentence.text, m.start - sentence.start) for m in sentence.mentions if m.concept == concept]
    if not places or not all(SAFETY_CUE.search(sentence.text, lo, hi) for lo, hi in places):
        return None
    from .trial_verdict import NULL_RESULT, POSITIVE_RESULT

    if any(POSITIVE_RESULT.search(sentence.text, lo, hi) for lo, hi in places):
        return None  # "well tolerated and the severity of EPS was significantly reduced": an improvement

    return all(NULL_RESULT.search(sentence.text, lo, hi) if null else _ABSENT.search(sentence.text, lo, hi)
               for lo, hi in places)


def no_verdict(text: str, null: re.Match[str]) -> bool:
    """True when the null result ``null`` of a results sentence ``text`` is no verdict on efficacy: its clause
    speaks of safety only, or compares two schedules or doses of the tested intervention.

    >>> from ipkg.extract.trial_verdict import NULL_RESULT
    >>> t = "There was no difference between X and placebo regarding adverse events or body temperature."
    >>> no_verdict(t, NULL_RESULT.search(t))
    True
    >>> t = "The change in scores showed no significant difference between early and delayed X."
    >>> no_verdict(t, NULL_RESULT.search(t))
    True
    >>> t = "There was no difference between X and placebo in depressive symptoms or adverse events."
    >>> no_verdict(t, NULL_RESULT.search(t))
    False
    """
    lo, hi = clause_span(text, null.start())
    if _SCHEDULE_COMPARISON.search(text, lo, hi):
        return True
    concession = _CONCESSION.search(text, null.end(), hi)
    hi = concession.start() if concession is not None else hi
    return bool(_SAFETY_ONLY.search(text, lo, hi)) and not _EFFICACY.search(text, lo, hi)
