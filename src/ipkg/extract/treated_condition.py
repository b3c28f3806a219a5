"""The condition a drug is tested for is no harm the learned model may give it (round 45, issue 12).

The learned CID model (:mod:`ipkg.extract.cid_model`) reads a sentence that names a tested drug and the disorder it
is tested for as a drug and its harm: "The dosing schedule should be selected according to the severity and time
course of ADHD symptoms rather than in anticipation of dosing schedule-related side effects" (a methylphenidate
trial in ADHD), "Parents and teachers rated all groups improved under medication". :func:`harms_treated_condition`
is true of an asserted model harm whose object is either a condition its subject was tested for (a tested
intervention and a studied condition of :class:`~ipkg.models.StudyPico`, in a study of a treatment only: a harm
study's studied condition is the harm, "Anthracyclines ... become cardiotoxic after repeated dosing") or, whatever
the subject, the disorder of the study's population (:func:`population_disorders`: "Twenty-five boys with attention
deficit hyperactivity disorder participated", "two of nine patients (22%) with severe depression", "bipolar (10 bipolar
I, 12 bipolar II) disorder outpatients", "in psychotic patients with decreased renal function", "effective in treating
psychotic and behavioral disturbances associated with Alzheimer disease"), when the sentence holds no word of
bringing a condition about or making it worse ("induced", "worsening", "exacerbation", "emergence", "onset", "switch",
"relapse", "rebound", "paradoxical", "caused", "produce", "result in", "lead to", "develop", "toxic", "occurred /
appeared / arose after"): a drug that worsens what it treats is said so, and a harm case series says when its
patients' harm came ("Twenty patients with tardive dyskinesia ... Tardive dyskinesia appeared after long-term
haloperidol"). A state something brought about ("6 women with cyclophosphamide associated bladder cancer") is a harm,
never the population's disorder (round 48).

Round 52: an exacerbation of a disorder that the study treats or whose people it enrols is the population's
(:func:`treated_exacerbation`: "effective ... in the treatment of the positive, negative, and depressive symptoms of an
acute exacerbation of schizophrenia or schizoaffective disorder", "patients hospitalized for acute exacerbations of
schizophrenia"), not a worsening the drug brought about: :func:`harms_treated_condition` does not read its
"exacerbation" as a word of worsening, and :func:`without_treated_exacerbations` drops a harm (asserted or hedged, of
any reader) whose object the sentence names only so, when the sentence holds no word of causing ("induced", "caused",
"provoked", "precipitated", "triggered", "associated", "related", "emergent", "worsened", "after", "following").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..models import Finding, StudyPico
from .relations import STATE_AFTER_POPULATION, STATE_OF_POPULATION

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["harms_treated_condition", "population_disorders", "treated_exacerbation", "without_treated_exacerbations"]

#: a word of bringing a condition about or making it worse (not a drug "developed for use in", round 49)
_WORSENING = re.compile(r"induc|worsen|exacerbat|aggravat|provok|precipitat|emergen|onset|de\s+novo|\bswitch|"
                        r"relaps|rebound|paradox|\bcaus|\bproduc|\bresult\w*\s+in\b|\blead\w*\s+to\b|\bled\s+to\b|"
                        r"\bdevelop(?!ed\s+for\b)|toxic|"
                        r"\b(?:occur|appear|aros|aris)\w*\s+(?:\w+\s+){0,3}?(?:after|following|during)\b",
                        re.IGNORECASE)

#: people: the word that names those who have a disorder (round 49: one of them too, "a 44-year-old man with")
_PEOPLE = (r"(?:patients?|child(?:ren)?|boys?|girls?|adolescents?|adults?|subjects?|wom[ae]n|m[ae]n|participants?|"
           r"outpatients?|inpatients?|individuals?|people|persons?)")
#: a word of a disorder's name before the mention: "attention deficit/" before "hyperactivity" (round 49: a slash)
_NAME_WORD = r"[\w-]+(?:\s+|/)"
#: the people a disorder is had by, right before the disorder: "boys with", "patients with mild", "outpatients with",
#: "patients (22%) with severe" (round 48: a parenthesis after the people), "children with attention deficit/", "two
#: men, both with" (round 49)
_HAVING = re.compile(
    rf"\b{_PEOPLE}\s+(?:\([^()]{{0,40}}\)\s+)?(?:[\w-]+\s+){{0,2}}?(?:,\s*(?:both|all|each)\s+)?with\s+"
    rf"(?:{_NAME_WORD}){{0,2}}$", re.IGNORECASE)
#: (round 49) a disorder the people are treated for, a drug's indication or a comorbidity, right before the disorder:
#: "Among patients treated for bipolar disorder", "a drug used to treat attention deficit hyperactivity disorder",
#: "comorbid depression"
_TREATED_FOR = re.compile(
    rf"\b(?:treated\s+for|used\s+to\s+treat|co-?morbid)\s+(?:{_NAME_WORD}){{0,2}}$", re.IGNORECASE)
#: (round 49) the word that ends a disorder's name after a phenotype inside it: "hyperactivity disorder"
_NAME_END = re.compile(r"\s+disorders?\b", re.IGNORECASE)
#: the people right after the disorder (round 48): "psychotic patients", "bipolar I disorder outpatients", "depressed
#: (HDRS > 18) patients", and a disorder inside a parenthesis that a disorder's people close ("bipolar (10 bipolar I,
#: 12 bipolar II) disorder outpatients")
_PEOPLE_AFTER = re.compile(
    rf"(?:[^()]{{0,40}}\))?(?:\s*\([^()]{{0,60}}\))?\s+(?:disorders?\s+)?{_PEOPLE}\b", re.IGNORECASE)

#: a state something brought about, right before the disorder: "(6 women with) cyclophosphamide associated bladder
#: cancer", "drug-induced parkinsonism": a harm, whoever has it, never the population's disorder (round 48); not "Y
#: associated with X", where X is the people's
_CAUSED_BEFORE = re.compile(r"\w(?:-|\s+)(?:associated|induced|related|evoked|caused)\s+"
                            r"(?:(?!(?:with|by|to)\s)[\w-]+\s+){0,2}$", re.IGNORECASE)


#: (round 52) an exacerbation the study treats or whose people it enrols, right before the disorder: "the treatment of
#: the positive ... symptoms of an acute exacerbation of", "patients hospitalized for acute exacerbations of chronic",
#: "schizophrenia or" (a later member of the disorders exacerbated)
_TREATED_EXACERBATION = re.compile(
    rf"\b(?:treatment|treating|treat|efficacious|effective|indicated|{_PEOPLE}|hospitali[sz]\w*|admi(?:tted|ssions?)|"
    r"criteria)\s+(?:(?:of|for|with|in|meeting)\s+)?(?:(?:the|an?)\s+)?(?:[\w,-]+\s+){0,8}?(?:an?\s+)?"
    r"(?:acute\s+)?exacerbations?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+\s+(?:or|and)\s+)?$", re.IGNORECASE)
#: (round 52) the words of an exacerbation, up to its disorder
_EXACERBATION = re.compile(r"\bexacerbations?\s+of\s+", re.IGNORECASE)
#: (round 52) a word of causing: an exacerbation the sentence may give to a drug
_CAUSING = re.compile(r"\b(?:induc\w*|caus\w*|provok\w*|precipitat\w*|trigger\w*|associated|related|emergen\w*|"
                      r"worsen\w*|after|following)\b", re.IGNORECASE)


def treated_exacerbation(text: str, start: int) -> bool:
    """(round 52) True when the disorder named at ``start`` of ``text`` is the disorder of an exacerbation treated
    or had by the study's people (:data:`_TREATED_EXACERBATION`), in a sentence of no word of causing.

    >>> text = "X is effective in the treatment of the symptoms of an acute exacerbation of schizophrenia or mania."
    >>> treated_exacerbation(text, text.index("schizophrenia")), treated_exacerbation(text, text.index("mania"))
    (True, True)
    >>> text = "X caused an acute exacerbation of schizophrenia in two patients."
    >>> treated_exacerbation(text, text.index("schizophrenia"))
    False
    """
    return not _CAUSING.search(text) and bool(_TREATED_EXACERBATION.search(text, max(0, start - 200), start))


def without_treated_exacerbations(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """(round 52) ``found`` less the harms whose object the sentence names only as an exacerbation treated or had by
    the study's people (:func:`treated_exacerbation`)."""
    by_start = annotated.sentences_by_start()

    def drops(f: Finding) -> bool:
        s = by_start.get((f.passage, f.start))
        if f.predicate != "hasAdverseEffect" or f.negated or f.obj is None or s is None:
            return False
        starts = [m.start - s.start for m in s.mentions if m.concept == f.obj]
        return bool(starts) and all(treated_exacerbation(s.text, a) for a in starts)

    return tuple(f for f in found if not drops(f))


def population_disorders(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The IRIs of the disorders the abstract's people are said to have, in any sentence: "patients with X", "X
    patients" (round 48), and the disorder of a behavioural state treated ("psychotic and behavioral disturbances
    associated with X", "X-related behavioral disturbances": :data:`~ipkg.extract.relations.STATE_OF_POPULATION`)."""
    out: set[str] = set()
    for s in sentences:
        for m in s.mentions:
            at, end = m.start - s.start, m.end - s.start
            if _CAUSED_BEFORE.search(s.text, max(0, at - 60), at):
                continue
            if m.concept.cls == "Disorder" and (
                    _HAVING.search(s.text, max(0, at - 80), at) or _TREATED_FOR.search(s.text, max(0, at - 60), at)
                    or STATE_OF_POPULATION.search(s.text, max(0, at - 110), at)
                    or STATE_AFTER_POPULATION.match(s.text, end) or _PEOPLE_AFTER.match(s.text, end)):
                out.add(m.concept.iri)
            elif m.concept.cls == "Phenotype" and _NAME_END.match(s.text, end) and (
                    _HAVING.search(s.text, max(0, at - 80), at) or _TREATED_FOR.search(s.text, max(0, at - 60), at)):
                out.add(m.concept.iri)  # a phenotype in the name of the people's disorder (round 49)
    return frozenset(out)


def harms_treated_condition(finding: Finding, pico: StudyPico, population: frozenset[str] = frozenset(),
                            treatment: bool = True) -> bool:
    """True when ``finding`` gives a tested intervention the condition it was tested for (in a study of a treatment,
    ``treatment``; a harm study tests its drug for the harm) or its population's disorder as a harm (see the module).

    >>> from ipkg.models import Concept
    >>> mph = Concept("http://e.org/mph", "methylphenidate", "Intervention")
    >>> adhd = Concept("http://e.org/adhd", "ADHD", "Disorder")
    >>> pico = StudyPico(interventions=(mph,), conditions=(adhd,))
    >>> text = "The dose should follow the severity of ADHD symptoms rather than side effects."
    >>> harms_treated_condition(Finding(mph, "hasAdverseEffect", adhd, text, "abstract", 0, len(text)), pico)
    True
    >>> text = "Methylphenidate-induced worsening of ADHD symptoms was rare."
    >>> harms_treated_condition(Finding(mph, "hasAdverseEffect", adhd, text, "abstract", 0, len(text)), pico)
    False
    """
    if finding.predicate != "hasAdverseEffect" or finding.negated or finding.obj is None:
        return False
    tested = finding.obj.iri in {c.iri for c in pico.conditions} and treatment and finding.subject.iri in {
        i.iri for i in pico.interventions}
    evidence = finding.evidence
    if not _CAUSING.search(evidence):  # an exacerbation treated or had by the people is no worsening (round 52)
        evidence = _EXACERBATION.sub(lambda m: " " if treated_exacerbation(evidence, m.end()) else m.group(), evidence)
    return (tested or finding.obj.iri in population) and not _WORSENING.search(evidence)
