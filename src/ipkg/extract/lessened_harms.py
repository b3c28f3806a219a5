"""A harm lessened, compared between arms or absent is no harm and no treatment (round 35, issue 12).

Trials of drugs with known harms report them as rarer with one arm ("Risperidone was associated with significantly
less extrapyramidal symptoms than haloperidol", "a significantly lower risk of tardive dyskinesia with olanzapine
than with haloperidol", "a notably low incidence of extrapyramidal side-effects (including akathisia) and postural
hypotension", "sertindole's decreased tendency to induce EPS", "less edema formation with the administration of
magnesium", "a significant decrease in extrapyramidal side effects"), or as absent ("had no deleterious effect on
the severity of parkinsonism"). The relation readers take the lessening for a treatment of the harm, or the named
harm for one of the drug. When every mention of a finding's object in its sentence follows such a cue
(:data:`_LESSENED`; with a noun of frequency or risk, or "a decrease in", reaching over the members of a list: no
verb, preposition of a setting or comparison between; a bare "decreased" reaches its own noun phrase only):

* a ``hasAdverseEffect`` (asserted or hedged) of the lessened harm is dropped, unless its subject is the comparison's
  reference ("than with haloperidol": the reference has more of it), the sentence compares doses of one drug
  ("lower occurrence of tremor ... than with higher doses": a harm that grows with the dose) or (CID round 18) it
  names the harm as the subject's doing ("KF17837 also reduced the catalepsy induced by haloperidol": another
  agent lessened haloperidol's harm; :func:`ipkg.extract.cid_evidence.induced_by_this`);
* a ``treats`` of it is dropped when the sentence says the object is a harm: it compares active arms ("... than
  <another intervention>", not placebo), or names side effects, adverse events, safety or tolerability; a lower
  rate of a disorder than with placebo stays a treatment, as does "a decrease in depressive symptoms";
* a denied ``treats`` after "no deleterious / adverse / harmful effect on" is dropped: a harm absent is no failed
  treatment.

(round 52) A ``hasAdverseEffect`` is dropped too when the lessening follows the harm and the subject is named after it
as the arm with less (:func:`lessened_after`: "EPS occurred significantly less frequently among patients taking X"),
or when the subject is the yardstick of a word of more, the other arm named before "than" (:func:`more_in_yardstick`:
"weight gain was greater with Z than with X"); the lessening cues grow by "less likely to cause", "a placebo-level
incidence of" and "associated infrequently with".

(CID round 18) The learned model's adverse effects are read only in a treatment study
(:func:`ipkg.extract.study_kind.study_kind`): in a harm study, or one whose frame names neither, a lessening in the
sentence the model cites is the chemical's own harm counted ("less frequent toxic effects included
thrombocytopenia", "light sedation decreased the prevalence of delirium") or another arm's comparison, not a
treatment the study tested.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .cid_evidence import induced_by_this

if TYPE_CHECKING:
    from ..models import Concept, Finding
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["lessened", "without_lessened_harms"]

_F = re.IGNORECASE
#: the adjectives of a lessening
_LESS = r"(?:less|fewer|lower|reduced|decreased|low|lesser|diminished|minimal|placebo[- ]level)"
#: a lessening right before a harm: "less", "lower risk of", "decreased tendency to induce", "a decrease in"; (round
#: 37) "lower potential for"; (round 52) "less likely to cause", "a placebo-level incidence of", "associated
#: infrequently with"
_LESSENED = re.compile(
    rf"\b(?:{_LESS}\s+(?:(?:incidences?|risks?|rates?|"
    r"frequency|frequencies|occurrences?|tendency|propensity|liability|liabilities|potential|severity|levels?)\s+"
    r"(?:of\s+|for\s+|to\s+(?:induce|cause|produce|precipitate)\s+)?|(?:likely|prone|apt)\s+to\s+"
    r"(?:induce|cause|produce|precipitate)\s+)?|(?:decrease|reduction|fall|drop)\s+in\s+"
    r"(?:the\s+)?(?:(?:incidence|risk|rate|frequency|occurrence|severity)\s+of\s+)?|"
    r"(?:infrequently|rarely|seldom)\s+(?:(?:associated\s+)?with|(?:caus|induc|produc)\w*)\s+)",
    _F,
)
#: (round 52) a lessening right after a harm, before the arm that has less of it: "EPS occurred significantly less
#: frequently among patients taking X", "tremor was less common with X"
_LESS_AFTER = re.compile(r"\b(?:less|more\s+rarely)\s+(?:frequent(?:ly)?|often|common(?:ly)?|severe)\b|\brarer\b|"
                         r"\binfrequent(?:ly)?\b", _F)
#: (round 52) a word of comparison: what follows it is the yardstick
_YARDSTICK = re.compile(r"\b(?:than|compared|comparison|relative|versus|vs)\b", _F)
#: (round 52) a word of more: with the subject as the yardstick ("greater in the Z group than in the X group", "a
#: greater incidence of Y with Z than with X") the subject is the arm with less
_MORE = re.compile(r"\b(?:more|greater|higher|increased|larger|worse)\b", _F)
#: (round 52) a lessening adjective as a word: a comparison that names one is read by :func:`lessened`
_LESS_WORD = re.compile(rf"\b{_LESS}\b", _F)
#: (round 52) a denial right before the word of more: "not more frequent than"
_NOT = re.compile(r"\b(?:not|no|never)\b", _F)
#: (round 52) where the clause of a comparison ends
_CLAUSE_END = re.compile(r"[;:]|\b(?:but|whereas|while|although|though|however)\b", _F)
#: a lessening adjective with no noun of frequency or risk after it
_BARE = re.compile(rf"{_LESS}\s+", _F)
#: what joins the members of a list
_LIST_GLUE = re.compile(r"\b(?:and|or)\b|[,(]", _F)
#: no deleterious effect on ...: a harm absent
_NO_HARM = re.compile(r"\b(?:no|without(?:\s+any)?)\s+(?:deleterious|adverse|detrimental|harmful|negative|untoward)\s+"
                      r"effects?\s+on\s+(?:the\s+)?(?:(?:severity|course|symptoms?)\s+of\s+)?$", _F)
#: what may stand between the lessening and a later member of its list: words, commas, parentheses
#: ("extrapyramidal side-effects (including akathisia) and postural ...")
_LIST_GAP = re.compile(r"[\w\s,()-]{0,100}")
#: words that end the lessened phrase: a verb, a comparison, a setting
_STOP = re.compile(r"\b(?:was|were|is|are|than|with|in|for|which|that|but|whereas|while|compared|versus|vs|caused?|"
                   r"causes|improved?|improves|led|resulted|produced?|showed|had|has|have|did|does|may|can|could)\b",
                   _F)
#: a comparison's reference: the subject named after "than (with / in)"
_THAN = re.compile(r"\bthan\s+(?:(?:with|in|on|after|among)\s+)?(?:the\s+|those\s+\w+\s+)?$", _F)
#: a comparison
_THAN_WORD = re.compile(r"\bthan\b", _F)
#: a comparison of doses of one drug
_DOSES = re.compile(r"\b(?:higher|lower|high|low|larger|smaller)\s+(?:daily\s+)?doses?\b", _F)
#: the sentence calls what it compares a harm
_HARM_WORDS = re.compile(r"\b(?:side[- ]effects?|adverse|safety|tolerab\w*|toxicit\w*)\b", _F)
#: placebo or no treatment as the reference of a comparison: a lower rate than with it is a treatment
_PLACEBO = re.compile(r"\bthan\s+(?:with\s+|in\s+|on\s+)?(?:the\s+)?(?:placebo|controls?|untreated|no\s+treatment|"
                      r"usual\s+care|sham)\b", _F)


def lessened(text: str, start: int) -> bool:
    """True when the mention starting at ``start`` of ``text`` is named after a lessening (:data:`_LESSENED`),
    directly or as a later member of the list a noun of frequency or risk ("incidence of", "tendency to induce") or
    "a decrease in" lessens.

    >>> text = "There was a notably low incidence of EPS (including akathisia) and postural hypotension."
    >>> lessened(text, text.index("postural")), lessened(text, text.index("EPS"))
    (True, True)
    >>> text = "Risperidone caused weight gain, with less sedation than haloperidol."
    >>> lessened(text, text.index("weight")), lessened(text, text.index("sedation"))
    (False, True)
    """
    head = text[max(0, start - 160):start]
    for cue in _LESSENED.finditer(head):
        gap = head[cue.end():]
        if not _LIST_GAP.fullmatch(gap) or _STOP.search(gap):
            continue
        # a bare "decreased" reaches its own noun phrase only: "decreased spike activity and electrographic
        # seizures" lessens the activity; "a low incidence of A and B", "a decrease in A and B" reach the list
        if not _BARE.fullmatch(cue.group()) or not _LIST_GLUE.search(gap):
            return True
    return False


def lessened_after(text: str, end: int, subjects: Sequence[int]) -> bool:
    """(round 52) True when a lessening follows the harm ending at ``end`` in its clause (:data:`_LESS_AFTER`) and
    the subject is named after it, as the arm with less, not after a word of comparison ("than", "compared with",
    "versus": the yardstick has more).

    >>> text = "EPS occurred significantly less frequently among patients taking quetiapine."
    >>> lessened_after(text, 3, [text.index("quetiapine")])
    True
    >>> text = "EPS occurred less frequently with haloperidol than with quetiapine."
    >>> lessened_after(text, 3, [text.index("quetiapine")])
    False
    >>> text = "EPS were reported less frequently among all Z groups compared with the quetiapine group."
    >>> lessened_after(text, 3, [text.index("quetiapine")])
    False
    """
    cue = _LESS_AFTER.search(text, end, end + 100)
    if cue is None or _CLAUSE_END.search(text, end, cue.start()) or _YARDSTICK.search(text, end, cue.start()):
        return False
    return any(cue.end() <= s <= cue.end() + 60 and not _CLAUSE_END.search(text, cue.end(), s)
               and not _YARDSTICK.search(text, cue.end(), s) for s in subjects)


def more_in_yardstick(text: str, starts: Sequence[int], subjects: Sequence[int], others: Sequence[int]) -> bool:
    """(round 52) True when every place naming the subject follows a "than" of its clause (within 90 characters), and
    that clause names the harm (at every place, none after the "than"), another intervention (``others``: the arm with
    more; not "more pronounced after oral than after intrathecal X") and a word of more (:data:`_MORE`, not denied:
    "were not more frequent than with X") before the "than": "new EPS ... was significantly greater in the Z group than
    in the X group", "a greater incidence of parkinsonism with haloperidol (16.7%) than with ... olanzapine (0%)": the
    subject is the arm with less.

    >>> text = "Weight gain was greater with haloperidol than with olanzapine."
    >>> more_in_yardstick(text, [0], [text.index("olanzapine")], [29]), more_in_yardstick(text, [0], [29], [50])
    (True, False)
    >>> text = "Seizures induced by Z were a more sensitive measure than seizures induced by X."
    >>> more_in_yardstick(text, [0, text.index("seizures")], [text.index("X.")], [20])
    False
    >>> text = "Hypotension was more pronounced after oral than after intrathecal clonidine."
    >>> more_in_yardstick(text, [0], [text.index("clonidine")], [])
    False
    """
    if not subjects:
        return False
    for s in subjects:
        than = [m for m in _THAN_WORD.finditer(text, max(0, s - 90), s) if not _CLAUSE_END.search(text, m.end(), s)]
        if not than:
            return False
        at = than[-1].start()
        ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
        lo = ends[-1] if ends else 0
        more = _MORE.search(text, lo, at)
        if more is None or not all(lo <= o < at for o in starts) or _LESS_WORD.search(text, lo, at) \
                or _NOT.search(text, max(lo, more.start() - 12), more.start()) or not any(lo <= o < at for o in others):
            return False
    return True


def _mentions(sentence: Sentence, concept: Concept) -> list[int]:
    """The sentence-relative starts of ``sentence``'s mentions of ``concept``."""
    return [m.start - sentence.start for m in sentence.mentions if m.concept == concept]


def _drops(sentence: Sentence, f: Finding) -> bool:
    """Whether ``f`` reads a harm lessened, compared or absent as a harm or a treatment (module docstring)."""
    if f.obj is None or f.predicate not in ("hasAdverseEffect", "treats"):
        return False
    text = sentence.text
    objects = _mentions(sentence, f.obj)
    if not objects:
        return False
    if f.negated:
        return f.predicate == "treats" and all(_NO_HARM.search(text[max(0, s - 80):s]) for s in objects)
    subjects = _mentions(sentence, f.subject)
    if f.predicate == "hasAdverseEffect" and not all(lessened(text, s) for s in objects):
        # (round 52) a harm named before a lessening and the subject's arm, or compared with the subject as the
        # yardstick of a word of more
        ends = [m.end - sentence.start for m in sentence.mentions if m.concept == f.obj]
        others = [m.start - sentence.start for m in sentence.mentions
                  if m.concept.cls == "Intervention" and m.concept != f.subject]
        return (all(lessened_after(text, e, subjects) for e in ends)
                or more_in_yardstick(text, objects, subjects, others)) \
            and not _DOSES.search(text) and not induced_by_this(sentence, f.subject, f.obj)
    if not all(lessened(text, s) for s in objects):
        return False
    reference = bool(subjects) and all(_THAN.search(text[max(0, s - 30):s]) for s in subjects)
    if f.predicate == "hasAdverseEffect":
        return not reference and not _DOSES.search(text) and not induced_by_this(sentence, f.subject, f.obj)
    active_arms = bool(_THAN_WORD.search(text)) and not _PLACEBO.search(text)
    return active_arms or bool(_HARM_WORDS.search(text))


def without_lessened_harms(annotated: AnnotatedDocument, found: Sequence[Finding],
                           kept: Collection[Finding] = ()) -> tuple[Finding, ...]:
    """``found`` less the findings that read a harm lessened, compared or absent as a harm or a treatment; those
    in ``kept`` are not read (CID round 18: the learned model's adverse effects outside a treatment study,
    :func:`ipkg.extract.findings.read_study`)."""
    by_start = annotated.sentences_by_start()
    return tuple(f for f in found if f in kept or (s := by_start.get((f.passage, f.start))) is None or not _drops(s, f))
