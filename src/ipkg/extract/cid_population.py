"""The condition a study's people have or were treated for, as the learned adverse-effect model must not read it
(issue 12, round 15 of the CID model; docs/findings.md 8o).

The model (:mod:`ipkg.extract.cid_model`) already leaves out a disorder that names the population where it is
worded "patients with Y" or "Y patients" (its ``DPOP`` context) and a tested intervention with the condition it was
tested for. On fresh trial abstracts it still read the population's own disorder as the drug's effect when the
abstract names it otherwise: inside a long name cut by a slash ("children with attention deficit/hyperactivity
disorder": the "hyperactivity" inside), in a list of diagnoses ("Patients had DSM-IV diagnoses of schizophrenia,
..., or atypical psychosis"), or by a broader or narrower name of the studied condition ("Safety of dexamphetamine
in acute ischemic stroke": "stroke" in the results). :func:`population_conditions`, :func:`indications` and
:func:`broader_name` name those; :func:`ipkg.extract.cid_model.guarded_candidates` drops such a pair unless a sentence
says the chemical induced or caused the disease (BC5CDR's models are often the studied condition: "cocaine-induced
seizures").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Concept
from .negation import mask_spans
from .outcomes import POPULATION_BEFORE

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["broader_name", "indications", "population_conditions"]

#: the people and their diagnoses, before a list of conditions: "Patients had DSM-IV diagnoses of schizophrenia,
#: schizoaffective disorder, bipolar disorder with psychosis, or", "children diagnosed with"; not a diagnosis as an
#: act ("the need for early diagnosis of X pneumonitis", "a histopathologic diagnosis of D")
_DIAGNOSED = re.compile(r"\b(?:(?:had|with|received|carried)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"diagnos(?:is|es)\s+of|diagnosed\s+(?:with|as\s+having))\s+(?:[\w'-]+,?\s+){0,14}?$",
                        re.IGNORECASE)
#: a word that says the list has become a cause: "diagnoses of psychosis induced by X" is a harm, not a population
_NOT_A_LIST = re.compile(r"induc|caus|after|follow|due|associat|secondary|develop", re.IGNORECASE)
#: a condition in a title after "in" or "for": the setting a drug was given in ("Safety of X in acute ischemic
#: stroke", "X for children with D")
_TITLE_SETTING = re.compile(r"\b(?:in|for)\s+(?:(?:[\w-]+\s+){0,2}?(?:with|suffering\s+from)\s+)?(?:[\w-]+\s+){0,2}?$",
                            re.IGNORECASE)
#: the generic words of a condition's label, left out when two labels are compared
#: an episode of the condition between the people and its name: "patients with an acute exacerbation of Y",
#: "inpatients suffering from a first episode of Y" (the harm word names the population's state, not the drug's
#: doing; round 28's rule for the rules' findings, read here for the model's)
_EPISODE_OF = re.compile(r"(?:an?\s+)?(?:(?:acute|severe|current|first|recent)\s+)?(?:exacerbations?|episodes?|"
                         r"relapses?)\s+of\s+$")
_GENERIC = frozenset({"disorder", "disorders", "disease", "diseases", "syndrome", "syndromes", "condition", "acute",
                      "chronic", "of", "the", "and", "type"})
_LABEL_WORD = re.compile(r"[a-z0-9]+")


def _chemicals_masked(sentence: Sentence) -> str:
    """The sentence with its chemicals masked (not its conditions): a chemical between the people and the
    condition makes it the chemical's doing ("patients with signs of X neurotoxicity", "patient on X presenting
    with coma"); a slash read as a space (a long name cut by a slash, "attention deficit/hyperactivity disorder",
    is words)."""
    base = sentence.start
    spans = [(m.start - base, m.end - base) for m in sentence.mentions if m.concept.cls == "Intervention"]
    return mask_spans(sentence.text, spans).replace("/", " ")


def population_conditions(annotated: AnnotatedDocument, conditions: Iterable[str]) -> set[str]:
    """The IRIs among ``conditions`` that some mention of the title or abstract names as the people studied: after
    "patients / children ... with" (:data:`ipkg.extract.outcomes.POPULATION_BEFORE`, read across a slash and an
    episode's words, :data:`_EPISODE_OF`, and stopped by a chemical), or in a list after "had diagnoses of" (:data:`_DIAGNOSED`; not one that turns into a
    cause: "diagnosis of psychosis induced by")."""
    wanted = set(conditions)
    out: set[str] = set()
    for sentence in annotated.sentences:
        if sentence.passage not in ("title", "abstract") or not any(m.concept.iri in wanted for m in sentence.mentions):
            continue
        text = _chemicals_masked(sentence)
        for m in sentence.mentions:
            iri = m.concept.iri
            if iri not in wanted or iri in out:
                continue
            at = m.start - sentence.start
            window = _EPISODE_OF.sub("", text[max(0, at - 80) : at].lower())
            listed = _DIAGNOSED.search(text, max(0, at - 160), at)
            if (("with" in window or "from" in window) and POPULATION_BEFORE.search(window)
                    or listed and not _NOT_A_LIST.search(listed.group())):
                out.add(iri)
    return out


def indications(annotated: AnnotatedDocument, studied: Iterable[Concept], people: set[str]) -> list[Concept]:
    """The ``studied`` conditions that are the study's setting, not an outcome it watched: named as its people
    (``people``, :func:`population_conditions`, or the model's own "patients with Y" context) or in the title
    after "in" or "for" (:data:`_TITLE_SETTING`)."""
    out = []
    for c in studied:
        if c.iri in people or any(
                m.concept == c and _TITLE_SETTING.search(s.text, max(0, m.start - s.start - 60), m.start - s.start)
                for s in annotated.sentences if s.role == "title" for m in s.mentions):
            out.append(c)
    return out


def _words(concept: Concept) -> frozenset[str]:
    return frozenset(w for w in _LABEL_WORD.findall(concept.label.lower()) if w not in _GENERIC)


def broader_name(disease: Concept, settings: Iterable[Concept]) -> bool:
    """True when ``disease`` is a broader name of one of ``settings`` (:func:`indications`): its label's content
    words are all in the other's ("stroke disorder" and "ischemic stroke"). Not a narrower name: in a trial's
    setting of "kidney disorder" a "kidney failure" may be what the drug did."""
    own = _words(disease)
    return bool(own) and any(c != disease and own <= _words(c) for c in settings)
