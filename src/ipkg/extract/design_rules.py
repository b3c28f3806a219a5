"""What an abstract says about its study, as answers to five questions, each with the phrase that answers it.

1. *Who are the subjects?* people, animals, cells or tissue, other studies (``human``, ``animal``, ``cells``,
   ``studies``).
2. *How did they come to their groups?* randomised (``randomised``, and ``blinded``: a double-blind or
   placebo-controlled comparison, which the labelling notes count as randomised), explicitly not randomised
   (``not_randomised``), assigned by the investigators (``assigned``: open-label, single-arm, phase I, patients
   who were given a treatment), or observed as they were (``observed``: cohort, case-control, records, surveys).
3. *Does the work search or pool other studies?* (``meta``, ``systematic``, ``review``).
4. *Does it describe individual patients?* (``case``).
5. *Does it report data of its own?* (``own_data``: statistics, "we found"; ``self``: it speaks of its own work,
   "we", "this study").

The questions' cues are in :mod:`.design_questions`; every cue is a phrase any methods section uses for that kind
of study, never the wording of one abstract. :func:`ask` answers all of them over an
:class:`~ipkg.extract.annotate.AnnotatedDocument` in one pass over the folded text; :func:`decide` turns the
answers into the most specific design that fits (CONTRACT.md) and the answer that decided it. The statistical
model (:mod:`ipkg.extract.design_model`) reads the same answers.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from .annotate import AnnotatedDocument
from ..cues import Cue, Folded
from .design_gate import reach as _reach
from .design_gate import word_char as _word_char
from .design_questions import HUMAN_WORDS, QUESTIONS

__all__ = ["Answers", "HUMAN_WORDS", "Hit", "QUESTIONS", "SUPPORT", "ask", "decide"]

@dataclass(frozen=True, slots=True)
class Hit:
    """Where a question was first answered: the passage, the offsets of the matched phrase, the sentence's role."""

    passage: str
    start: int
    end: int
    role: str


@dataclass
class Answers:
    """The answers of one abstract: per question, its first hit, its first hit in a sentence that describes the
    study (title, objective, methods), and how often it was answered."""

    first: dict[str, Hit] = field(default_factory=dict)
    own: dict[str, Hit] = field(default_factory=dict)
    count: dict[str, int] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """True when ``name`` was answered anywhere."""
        return name in self.first

    def n(self, name: str) -> int:
        """How often ``name`` was answered."""
        return self.count.get(name, 0)

    def best(self, name: str) -> Hit | None:
        """The hit of ``name`` that best describes the study: in the title or methods when there is one."""
        return self.own.get(name) or self.first.get(name)


#: the roles of the sentences that open an abstract (and say what kind of work it is)
_OPENING = frozenset({"title", "background", "objective"})
#: the roles of sentences that describe the study itself rather than its background or results
_OWN_ROLES = frozenset({"title", "objective", "methods"})

#: every cue with its question, in a fixed order
_CUES: tuple[tuple[str, Cue], ...] = tuple((name, cue) for name, cues in QUESTIONS.items() for cue in cues)

#: the cues whose pattern is exactly "one of their words": the automaton's word hits are their matches
_WORD_CUES = frozenset(number for number, (_, cue) in enumerate(_CUES)
                       if not cue.needles and cue.pattern.pattern == rf"\b(?:{'|'.join(cue.words)})\b")

#: the answers that support each design class, strongest first (the phrase of the first one found is the evidence)
SUPPORT: dict[str, tuple[str, ...]] = {
    "MetaAnalysis": ("meta", "systematic", "studies"),
    "SystematicReview": ("systematic", "studies", "review"),
    "Review": ("review", "studies"),
    "RandomizedControlledTrial": ("randomised", "blinded"),
    "NonRandomizedTrial": ("not_randomised", "assigned", "blinded"),
    "CaseReport": ("case_report", "case"),
    "AnimalStudy": ("animal",),
    "InVitroStudy": ("cells",),
    "ObservationalStudy": ("observed", "human", "own_data"),
}


#: the count of answers beyond which a question's count adds nothing (the model caps it: design_model._COUNTED)
_MAX_COUNT = 8
#: characters either side of a cue's literal that a match of its pattern may span (longer than any match the
#: patterns allow in practice: the longest bounded one, "inclusion criteria ... studies", is under 90)
_WINDOW = 100
#: per cue, the characters either side of a literal its scan needs: what the pattern can read (exactly, when it is
#: bounded: :func:`.design_gate.reach`), else :data:`_WINDOW`
_WINDOWS = tuple(min(_WINDOW, reach + 1) if (reach := _reach(cue.folded or cue.pattern)) is not None else _WINDOW
                 for _, cue in _CUES)


@functools.lru_cache(maxsize=1)
def _automaton():  # type: ignore[no-untyped-def]
    """One Aho-Corasick automaton over the literals of every cue: value = [(cue number, whole word?, length)]."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    keys: dict[str, list[tuple[int, bool, int]]] = {}
    for number, (_, cue) in enumerate(_CUES):
        for needle in cue.needles:
            keys.setdefault(needle, []).append((number, False, len(needle)))
        for word in cue.words:
            keys.setdefault(word, []).append((number, True, len(word)))
    for key, value in keys.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


def _spans(view: Folded) -> list[list[tuple[int, int]]]:
    """Per cue, the merged windows around the occurrences of its literals (a match lies inside one of them); for a
    cue of :data:`_WORD_CUES`, its matches."""
    lower = view.lower
    assert lower is not None
    n = len(lower)
    spans: list[list[tuple[int, int]]] = [[] for _ in _CUES]
    word_cues, windows = _WORD_CUES, _WINDOWS
    for end, value in _automaton().iter(lower):
        for number, whole, length in value:
            if whole:
                at = end + 1 - length
                # a whole word: no word character (what \w matches: alphanumerics, "_") either side
                if at > 0 and ((c := lower[at - 1]).isalnum() or c == "_"):
                    continue
                if end + 1 < n and ((c := lower[end + 1]).isalnum() or c == "_"):
                    continue
                if number in word_cues:  # the word is the match
                    spans[number].append((at, end + 1))
                    continue
            own, window = spans[number], windows[number]
            if own and end + window <= own[-1][1]:
                continue  # inside the last window already
            lo, hi = end - window if end > window else 0, end + window if end + window < n else n
            # windows start and end between words, so that \b means there what it means in the whole text
            if lo > 0 and _word_char(lower[lo - 1]):
                lo = lower.rfind(" ", 0, lo) + 1
            if hi < n and _word_char(lower[hi]):
                hi = lower.find(" ", hi)
                hi = n if hi < 0 else hi
            if own and lo <= own[-1][1]:
                own[-1] = (own[-1][0], max(hi, own[-1][1]))
            else:
                own.append((lo, hi))
    return spans


def _matches(view: Folded) -> list[tuple[str, int, int]]:
    """(question, start, end) of every match of every cue over ``view``: the patterns run only in the windows
    around their literals (the same matches as a full scan, at a fraction of its cost)."""
    out: list[tuple[str, int, int]] = []
    add = out.append
    if view.lower is None:  # a character that lower-casing cannot stand for: scan the original text
        for name, cue in _CUES:
            for match in cue.pattern.finditer(view.text):
                add((name, match.start(), match.end()))
        return out
    word_cues = _WORD_CUES
    for number, ((name, cue), windows) in enumerate(zip(_CUES, _spans(view))):
        if not windows:
            continue
        if number in word_cues:
            out += [(name, start, end) for start, end in sorted(windows)]
            continue
        seen = -1
        finditer = cue.folded.finditer if cue.folded is not None else cue.pattern.finditer
        text = view.lower if cue.folded is not None else view.text
        for lo, hi in windows:
            for match in finditer(text, lo, hi):
                start, end = match.span()
                if start > seen:
                    seen = start
                    add((name, start, end))
    return out


def ask(annotated: AnnotatedDocument) -> Answers:
    """Answer every question over the title and abstract of ``annotated``."""
    doc = annotated.document
    split = len(doc.title) + 1  # the folded text is title + "\n" + abstract
    sentences = [s for s in annotated.sentences if s.passage == "abstract"]
    starts = [s.start for s in sentences]
    answers = Answers()
    count, first, own = answers.count, answers.first, answers.own
    matches = _matches(annotated.folded)
    tissue = [(start, end) for name, start, end in matches if name == "cells"]
    for name, start, end in matches:
        if name == "animal" and tissue and any(lo <= start and end <= hi for lo, hi in tissue):
            continue  # "rat hippocampal neurons", "isolated perfused rat liver": tissue studied outside the body
        if count.get(name, 0) >= _MAX_COUNT and name in own:
            continue  # counts are capped in the features; the first hits are known
        if start < split:
            passage, offset, role = "title", start, "title"
        else:
            passage, offset = "abstract", start - split
            at = bisect.bisect_right(starts, offset) - 1
            role = sentences[at].role if at >= 0 and offset < sentences[at].end else "other"
        hit = Hit(passage, offset, offset + end - start, role)
        count[name] = count.get(name, 0) + 1
        if name not in first or _before(hit, first[name]):
            first[name] = hit
        if role in _OWN_ROLES and (name not in own or _before(hit, own[name])):
            own[name] = hit
    return answers


def _in_title(answers: Answers, name: str) -> bool:
    hit = answers.first.get(name)
    return hit is not None and hit.role == "title"


def _before(a: Hit, b: Hit) -> bool:
    return (a.passage != "title", a.start) < (b.passage != "title", b.start)


def decide(answers: Answers) -> tuple[str, str | None]:
    """The most specific design the answers support, and the name of the answer that decided it.

    Synthesis of other studies first (meta-analysis > systematic review > review, the last only when the abstract
    reports no data of its own), then individual patients, then animals and cells, then how people came to their
    groups (randomised > assigned > observed). An abstract that answers nothing is a review when it reports no data
    and observational otherwise.
    """
    a = answers
    trial = a.has("randomised") or a.has("blinded")
    own_trial = a.own.get("randomised") or a.own.get("blinded")
    if a.has("meta") and (a.has("studies") or a.has("systematic") or a.n("meta") >= 2):
        return "MetaAnalysis", "meta"
    if a.has("systematic") and (a.has("studies") or a.n("systematic") >= 2 or a.best("systematic").role != "results"):
        return "SystematicReview", "systematic"
    if _in_title(a, "case_report"):
        return "CaseReport", "case_report"  # the title says so, whatever trials its patients were in
    if a.has("review") and not a.has("own_data") and (not own_trial or a.best("review").role in _OPENING):
        return "Review", "review"
    # no study of its own: it discusses others' (but work on cells or tissue that names no review and no other
    # studies describes its own experiments, in the passive voice of a laboratory: "were studied on isolated
    # preparations", "was added to the bath")
    lab = a.has("cells") and not a.has("review") and not a.has("studies") and a.n("cells") >= 2
    if not a.has("self") and not a.has("own_data") and not a.has("case") and not a.own.get("assigned") and not (
            _in_title(a, "randomised") or _in_title(a, "blinded")) and not lab:
        return "Review", ("review" if a.has("review") else None)
    if a.has("case") and (not own_trial or _in_title(a, "case_report")) and (
            a.n("case") >= 2 - (a.best("case").role == "title")):
        return "CaseReport", "case"  # a title that says "case report" outweighs the trials its patients were in
    animals, people = a.n("animal"), a.n("human")
    if a.has("cells") and not people and (a.n("cells") >= animals or a.best("cells").role == "title"):
        return "InVitroStudy", "cells"  # animal tissue studied outside the body is in vitro
    if animals and animals >= people:
        return "AnimalStudy", "animal"
    if a.has("cells") and not people:
        return "InVitroStudy", "cells"
    if people and trial and not a.has("not_randomised"):
        return "RandomizedControlledTrial", "randomised" if a.has("randomised") else "blinded"
    if people and (a.has("assigned") or a.has("not_randomised")):
        return "NonRandomizedTrial", "not_randomised" if a.has("not_randomised") else "assigned"
    if people or a.has("observed"):
        return "ObservationalStudy", "observed" if a.has("observed") else "human"
    if animals:
        return "AnimalStudy", "animal"
    if a.has("cells"):
        return "InVitroStudy", "cells"
    if a.has("own_data") or a.has("self"):
        return "ObservationalStudy", "own_data" if a.has("own_data") else None
    return "Review", ("review" if a.has("review") else None)
