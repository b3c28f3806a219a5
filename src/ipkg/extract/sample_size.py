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
    "pigs", "dogs",
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
    if design in _REVIEWS:
        m = _POOLED.search(view)
        value = parse_number(m.group(1)) if m else None
        return (value, m.group(0)) if value and value >= 10 else (None, None)
    if m := _TOTAL.search(view):
        value = parse_number(m.group(1))
        if value:
            return value, m.group(0)
    if _N_EQUALS.may_match(view) or _COUNT.may_match(view):
        for sentence in annotated.iter_sentences(passage="abstract"):
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
    counts = []
    for m in _COUNT.finditer(view):
        before = sentence[max(0, m.start() - 12) : m.start()]
        after = sentence[m.end(1) : m.end(1) + 3]
        if re.search(r"\d\s+(?:out\s+)?of\s*$|[(/]\s*$|\b(?:phase|day|week|month|year|visit|group|arm|study)\s*$", before, _I) or after.startswith("%"):
            continue
        value = parse_number(m.group(1))
        if value is None or value < 2 or (1900 <= value <= 2100 and m.group(1).isdigit()):
            continue
        counts.append((value, m.group(0)))
    return counts


def _is_group_list(sentence: str) -> bool:
    """True when a sentence lists the groups of one sample ("60 patients and 40 healthy controls")."""
    return bool(re.search(r"\b(?:and|versus|vs\.?|compared with|as well as)\b|,", sentence, _I))
