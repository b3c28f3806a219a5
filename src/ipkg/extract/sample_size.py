"""The number of participants (people or animals) an abstract reports for the study itself.

Rules, in order of strength: "a total of N <subjects>"; "<subjects> (n = N)" groups summed within one sentence;
"N <up to five words> <subjects>" in the first sentence that reports a count of subjects; finally the sum of the
trial arms. Reviews and meta-analyses get a number only when the abstract states the pooled participants
(GUIDELINES.md "sample_size"). Counts followed by ``%``, "of N" fractions, "per group" and years are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Arm, Document
from .annotate import AnnotatedDocument, annotate
from .cues import Cue, Folded, fold
from .numbers import NUMBER, parse_number

__all__ = ["extract_sample_size"]

_I = re.IGNORECASE
#: the words of study subjects; in every pattern below one follows white space and ends at a word boundary
_SUBJECT_WORDS = (
    "patients", "participants", "subjects", "individuals", "adults", "children", "adolescents", "volunteers",
    "inpatients", "outpatients", "women", "men", "people", "persons", "veterans", "cases", "controls", "mothers",
    "students", "workers", "smokers", "users", "donors", "twins", "mice", "rats", "animals", "monkeys", "macaques",
    "pigs", "dogs", "rabbits", "cats", "sheep", "piglets", "primates", "infants", "neonates", "newborns", "boys",
    "girls", "pregnancies", "carriers", "probands", "relatives", "siblings", "respondents", "employees", "residents",
    "athletes", "soldiers", "nurses", "physicians", "couples", "families", "dyads",
)
_SUBJECT = f"(?:{'|'.join(_SUBJECT_WORDS)})"
# Each cue is a pattern and the literal words every match contains (a Cue skips the search when none occurs).
_TOTAL = Cue(re.compile(rf"\b(?:a )?total of\s+({NUMBER})\s+(?:[\w'-]+\s+){{0,5}}?{_SUBJECT}\b", _I), "total of")
_COUNT = Cue(re.compile(rf"(?<![\w.,%=-])({NUMBER})\s+(?!%)(?:[A-Za-z'(/+-][\w'()/+-]*\s+){{0,5}}?{_SUBJECT}\b", _I),
             words=_SUBJECT_WORDS)
_N_EQUALS = Cue(re.compile(rf"[\(\[,;]\s*[nN]\s*=\s*({NUMBER})\s*(?:[\),;\]]|\s+(?:per|each|in each))", _I), "=")
_PER_GROUP = re.compile(r"^\s*(?:per|each|in each|/group)", _I)
_REVIEWS = ("Review", "SystematicReview", "MetaAnalysis")
_POOLED = Cue(re.compile(
    rf"\b(?:total of|including|involving|comprising|with|pooled)\s+({NUMBER})\s+(?:[\w'-]+\s+){{0,3}}?{_SUBJECT}\b", _I
), words=_SUBJECT_WORDS)


def extract_sample_size(annotated: AnnotatedDocument | Document, design: str | None, arms: Sequence[Arm] = ()
                        ) -> tuple[int | None, str | None]:
    """The study's sample size and the verbatim phrase it was read from; ``(None, None)`` when the abstract does
    not state it.

    >>> extract_sample_size(Document("x", "t", "Participants (n = 39) were randomly assigned."), "RandomizedControlledTrial")
    (39, 'Participants (n = 39) were randomly assigned.')
    >>> extract_sample_size(Document("x", "t", "We enrolled 60 patients with MDD and 40 healthy controls."), None)[0]
    100
    """
    if isinstance(annotated, Document):
        annotated = annotate(annotated)
    text = annotated.document.abstract
    view = fold(text)
    if design == "CaseReport":
        return _case_count(annotated.folded)
    if design in _REVIEWS:
        m = _POOLED.search(view)
        value = parse_number(m.group(1)) if m else None
        return (value, m.group(0)) if value and value >= 10 else (None, None)
    if m := _TOTAL.search(view):
        value = parse_number(m.group(1))
        if value:
            return value, m.group(0)
    if _N_EQUALS.may_match(view) or _COUNT.may_match(view):
        # the sentences that describe the study first: a count in the results is often an outcome ("2 rats died")
        sentences = sorted(annotated.iter_sentences(passage="abstract"),
                           key=lambda s: (s.role not in _STUDY_ROLES, s.index))
        for sentence in sentences:
            counts = _sentence_counts(fold(sentence.text))
            if counts:
                total = sum(c for c, _ in counts)
                if len(counts) > 1 and _is_group_list(sentence.text):
                    return total, sentence.text.strip()
                return counts[0]
    sized = [arm.size for arm in arms if arm.size]
    if len(sized) >= 2:
        return sum(sized), ", ".join(f"{arm.label} (n = {arm.size})" for arm in arms if arm.size)
    return None, None


_CASES = Cue(re.compile(
    rf"\b(?:we (?:report|describe|present|studied|treated|observed|saw)|(?:report|description|series) of) "
    rf"({NUMBER}) (?:\w+ ){{0,3}}?(?:cases|patients|children|adults|women|men|boys|girls|siblings|brothers|sisters"
    rf"|members|subjects|individuals)\b", _I), "we ", "of ")
_ONE_CASE = Cue(re.compile(r"\b(?:a|an) \d+[- ](?:year|month|week|day)[- ]old\b[^.;]{0,40}|\bcase reports?\b"
                           r"|\b(?:we (?:report|describe|present)|report of) (?:a|an|the) (?:\w+ ){0,3}?(?:case|patient)"
                           r"\b", _I), "old", "case", "report", "describe", "present")


def _case_count(view: Folded) -> tuple[int, str | None]:
    """A case report's people: the number it says it describes ("we report three patients"), else one."""
    if m := _CASES.search(view):
        value = parse_number(m.group(1))
        if value and value < 50:
            return value, m.group(0)
    m = _ONE_CASE.search(view)
    return 1, m.group(0).strip() if m else None


#: the roles of sentences that describe the study (its design, subjects and methods)
_STUDY_ROLES = frozenset({"objective", "methods", "other"})
#: a further group of the same count: "358 patients with UIA and 161 with RIA", "fifty healthy and fifty ill students"
_AND_N = re.compile(rf"(?:^|\s)(?:and|,)\s+({NUMBER})\s+(?:with|without|who|had|were|[a-z][\w-]*\s+(?:and|or)\b)", _I)
_INNER_N = re.compile(rf"\s(?:and|,)\s+({NUMBER})\s", _I)


#: what before a number makes it no count of subjects: "7 of 20", "thirty-seven of 160", "(", "phase 3", "day 14"
_NOT_A_COUNT = re.compile(rf"\b{NUMBER}\s+(?:out\s+)?of\s*$|[(/]\s*$|\b(?:phase|day|week|month|year|visit|group|arm|"
                          r"study)\s*$", _I)


def _sentence_counts(view: Folded) -> list[tuple[int, str]]:
    """Subject counts of one sentence and their phrases: ``(n = N)`` groups when present, else ``N <subjects>``."""
    sentence = view.text
    n_values = []
    for m in _N_EQUALS.finditer(view):
        if _PER_GROUP.match(sentence, m.end(1)) or re.search(r"per|each", sentence[m.end(1) : m.end(1) + 12], _I):
            return []
        value = parse_number(m.group(1))
        if value:
            n_values.append((value, sentence.strip()))
    if n_values:
        return n_values
    counts: dict[int, tuple[int, str]] = {}  # by the offset of the number: a number is counted once
    for m in _COUNT.finditer(view):
        after = sentence[m.end(1) : m.end(1) + 3]
        if _NOT_A_COUNT.search(sentence[max(0, m.start() - 30) : m.start()]) or after.startswith("%"):
            continue
        value = parse_number(m.group(1))
        if value is None or value < 2 or (1900 <= value <= 2100 and m.group(1).isdigit()):
            continue
        counts[m.start(1)] = (value, m.group(0))
        # "fifty healthy and fifty diarrheal students": a number inside the match is a group of the same count
        for inner in _INNER_N.finditer(m.group(0), len(m.group(1))):
            if (n := parse_number(inner.group(1))) and n >= 2:
                counts.setdefault(m.start() + inner.start(1), (n, m.group(0)))
        if (extra := _AND_N.search(sentence, m.end(), m.end() + 80)) and (n := parse_number(extra.group(1))) and n >= 2:
            counts.setdefault(extra.start(1), (n, sentence[m.start():extra.end(1)]))
    return [counts[at] for at in sorted(counts)]


def _is_group_list(sentence: str) -> bool:
    """True when a sentence lists the groups of one sample ("60 patients and 40 healthy controls")."""
    return bool(re.search(r"\b(?:and|versus|vs\.?|compared with|as well as)\b|,", sentence, _I))
