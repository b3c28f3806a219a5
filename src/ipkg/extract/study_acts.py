"""What a study or review did, stated as a sentence of its own (round 35, issue 12): a design is no finding.

Sentences of background or results that only report the study's act name its intervention and condition in the
words of its design, and the relation readers take them for a claim ("X in the treatment of Y", "X for Y"):

* the authors or the study as the subject of a verb of conducting: "The authors conducted a prospective, open,
  controlled trial of ECT in TRS", "We performed a retrospective analysis of 122 clinical records ...", "The
  authors performed a systematic review and meta-analysis of studies of ...", "This study was designed as a cost
  analysis study comparing ...", "This study describes an open-label pilot study of X for Y", "It examines the
  long-term effectiveness of A vs B for treatment of Y", "We have identified all the studies of A, B and C that
  ...";
* a topic as the subject of a passive verb of study, the studies a review found, a programme made of a study: "The
  relative efficacy and safety of A versus B in the
  treatment of Y was studied", "The association of ... with a sustained response was investigated in 37 patients
  ... assigned to X", "A pilot comparison of the safety and efficacy of X ... was completed", "X was compared in 2
  double blind studies with A and B in Y", "Randomized, controlled trials comparing A with placebo were identified",
  "The RODOS-UK program consisted of a retrospective review of medical notes for 501 patients with Y".

The sentence states no finding when it also reports no result (:data:`RESULT_WORDS`: "showed", "found",
"significantly", a p value ...): "A randomised controlled trial of CBT for people with psychosis showed improvements
in overall symptomatology" keeps its finding. Aims ("to examine whether"), scopes ("We review ...", hedged as the
curated parts record them) and open questions are other modules' (:mod:`ipkg.extract.outcomes`,
:mod:`ipkg.extract.unclaimed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Finding
    from .annotate import AnnotatedDocument

from .study_gaps import GAP

__all__ = ["RESULT_WORDS", "design_parts", "without_designs"]

_F = re.IGNORECASE
#: a kind of study, the object of a verb of conducting
_STUDY = (r"(?:(?:systematic\s+)?review|meta-?analys[ie]s|trial|study|studies|analys[ie]s|survey|comparison|"
          r"evaluation|investigation|experiment|audit|series|pilot)")
#: the doers of a study: "we", "the authors", "this study / trial / article", "it" opening the sentence
_DOER = (r"(?:we|the\s+authors?|(?:this|the\s+present|the\s+current|our)\s+(?:study|trial|article|paper|report|work|"
         r"review|meta-?analysis|analysis|survey)|it)")
#: the study's act with its doers as the subject ("The authors conducted a ... trial of", "This study describes",
#: "This study was designed as", "It examines the ... effectiveness of", "We have identified all the studies of")
_ACT = re.compile(
    r"^(?:[\w-]+\s*,\s*|in\s+(?:this|the\s+present|our)\s+(?:study|trial|review|work|paper)\s*,\s*)?"
    rf"{_DOER}\s+(?:(?:have|has)\s+)?(?:(?:conduct|perform|undert(?:ook|ake)|carr(?:y|ied)\s+out|"
    rf"initiat|complet)(?:ed|s)?\s+(?:(?:an?|the|two|three|\d+)\s+)?(?:[\w,-]+\s+){{0,6}}?{_STUDY}\b|"
    r"describes?\s+(?:an?|the)\s+(?:[\w,-]+\s+){0,4}?(?:study|trial|pilot)\b|"
    r"(?:was|were|is)\s+designed\s+as\b|"
    r"examines?\s+the\s+(?:[\w-]+\s+){0,2}?(?:efficacy|effectiveness|safety|effects?|tolerability)\s+of\b|"
    rf"identified\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_STUDY}|"
    # (round 37) a verb of study with the doers as its subject: "This study evaluated the effectiveness, safety and
    # quality of life offered by X in Y", "This study examined annual suicide rates ... among patients treated with
    # X", "The authors investigated whether X affects Y", "We review the clinical data on the use of X in Y"
    r"(?:evaluat(?:e[sd]?|ing)|examine[sd]?|investigate[sd]?|assess(?:e[sd])?|compare[sd]?|explore[sd]?|"
    r"stud(?:y|ies|ied)|review(?:s|ed)?|analy[sz]e[sd]?|measure[sd]?|test(?:s|ed)?)\b"
    # not a case report's patient, whose course the sentence tells ("We studied a patient who became quadriplegic
    # after X")
    r"(?!\s+(?:an?|one|two|three)\s+(?:[\w-]+\s+){0,3}?(?:patients?|cases?|wom[ae]n|m[ae]n|boys?|girls?|child(?:ren)?|"
    r"infants?|famil(?:y|ies)|siblings?)\b))",
    _F,
)
#: a topic as the subject of a passive verb of study, the verb after it ("The relative efficacy and safety of A
#: versus B in the treatment of Y was studied", "A pilot comparison of ... was completed"), or a drug compared
#: ("X was compared in two studies with A and B")
_TOPIC = re.compile(
    r"^(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:efficacy|effectiveness|safety|tolerability|association|relationship|"
    r"comparison|benefits?|outcomes?)\s+(?:and\s+(?:[\w-]+\s+){0,1}?(?:efficacy|effectiveness|safety|tolerability)\s+)?"
    r"of\b[^;:]*?\b(?:was|were)\s+(?:studied|investigated|examined|evaluated|assessed|analy[sz]ed|completed|"
    r"compared)\b|"
    r"^[^,;:]{1,60}?\b(?:was|were)\s+compared\s+(?:in\s+(?:[\w-]+\s+){1,5}?(?:studies|trials|study|trial)\s+)?with\b|"
    # a review's studies found ("Randomized, controlled trials comparing A with B were identified") and a programme
    # made of a study ("The RODOS-UK program consisted of a retrospective review of medical notes")
    r"^(?:[\w,-]+\s+){0,3}?(?:trials|studies|RCTs)\b[^;:]*?\b(?:were|was)\s+(?:identified|included|selected|"
    r"retrieved|reviewed|pooled)\b|"
    r"^[^;:]{0,120}?\b(?:program(?:me)?|study|trial|project)\s+(?:\([^()]{1,20}\)\s+)?consist(?:s|ed)\s+of\s+"
    r"(?:an?\s+)?(?:[\w,-]+\s+){0,3}?(?:review|analysis|trial|study|survey)\b",
    _F,
)
#: (round 37) a passive verb of study, the sentence's only finite verb ("The increase or emergence of obsessions was
#: compared in young patients with Y taking X", "The available literature on the use of X for Y was reviewed",
#: "Plasma levels of A were measured in patients treated with X"): :func:`_topic_studied` reads its sides
_STUDIED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:studied|investigated|examined|evaluated|assessed|"
    r"reviewed|compared|analy[sz]ed|explored|measured|surveyed|summari[sz]ed|tested|monitored|recorded)\b",
    _F,
)
#: a word of another finite verb or clause on either side of :data:`_STUDIED`: the sentence says more than its act
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|can|may|might|could|will|would|should|"
                     r"must|who|which|that|whereas|while|but)\b", _F)
#: a result reported in the sentence, or a claim in a clause of its own: its finding stands
RESULT_WORDS = re.compile(
    r"\b(?:show(?:s|ed|n)?|found|find(?:s|ings)?|reveal(?:s|ed)?|demonstrat(?:es|ed)|indicat(?:es|ed)|"
    r"suggest(?:s|ed)?|confirm(?:s|ed)?|improv(?:es|ed|ement)|reduc(?:es|ed|tion)|increas(?:es|ed)|"
    r"decreas(?:es|ed)|(?:was|were)\s+(?:associated|effective|superior|better|more|less)|resulted|led\s+to|"
    r"significant(?:ly)?|p\s*[<=≤]|"
    # a claim in a clause of its own: "We conducted the trial because X is effective in Y"
    r"(?:is|are|be|been)\s+(?:\w+ly\s+)?(?:effective|efficacious|beneficial|useful|safe)|because|since|although)",
    _F,
)
#: the end of a sentence glued to the next by the record's section separator (".; "): each part is read alone
_GLUED = re.compile(r"[.?!]\s*;\s*")


@lru_cache(maxsize=4096)
def design_parts(sentence: str) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, is design)`` for each part of ``sentence`` (one part, or the parts the record's section
    separator ".; " glued together: "This study was designed as a cost analysis ...; The program consisted of ...");
    empty when the sentence reports a result (:data:`RESULT_WORDS`) or no part reports the study's act.

    >>> design_parts("The authors conducted a prospective, open, controlled trial of ECT in TRS.")
    ((0, 74, True),)
    >>> [d for _, _, d in design_parts("X ameliorates Y.; We performed a retrospective analysis of X in Y.")]
    [False, True]
    >>> design_parts("A randomised controlled trial of CBT for people with psychosis showed improvements in symptoms.")
    ()
    """
    if RESULT_WORDS.search(sentence):
        return ()
    parts, start = [], 0
    for glue in _GLUED.finditer(sentence):
        parts.append((start, glue.start() + 1))
        start = glue.end()
    parts.append((start, len(sentence)))
    out = tuple((a, b, _reports_no_result(sentence[a:b])) for a, b in parts)
    return out if any(d for _, _, d in out) else ()


def _reports_no_result(part: str) -> bool:
    """True when ``part`` reports only the study's act (:data:`_ACT`, :data:`_TOPIC`, :func:`_topic_studied`) or a
    gap in the evidence (:data:`~ipkg.extract.study_gaps.GAP`, round 37)."""
    return bool(_ACT.search(part) or _TOPIC.search(part) or _topic_studied(part) or GAP.search(part))


def _topic_studied(part: str) -> bool:
    """True when a passive verb of study (:data:`_STUDIED`) is ``part``'s only finite verb: no other verb, relative
    pronoun or contrast before or after it ("The literature on X for Y was reviewed"; not "Patients who received X
    were assessed", which may say more than the act)."""
    verb = _STUDIED.search(part)
    return verb is not None and not _FINITE.search(part[:verb.start()]) and not _FINITE.search(part[verb.end():])


def without_designs(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less the findings whose sentence reports the study's act or a gap, unless its parts that report
    neither name both the finding's arguments ("Multiple open-label studies have reported that X ameliorates Y.; We
    conducted a randomized trial of X ..." keeps the first part's finding; the part of "A few studies reported inconsistent
    results.; The association ... was investigated in patients assigned to X" that names nothing does not; round 37:
    "This study examined suicide rates ... among patients treated with X.; The annual suicide rate ... was 63.1 per
    100,000", whose second part names suicide but not X, gives X no harm of suicide)."""
    by_start = annotated.sentences_by_start()
    out = []
    for f in found:
        sentence = by_start.get((f.passage, f.start))
        parts = design_parts(sentence.text) if sentence is not None and sentence.role != "title" else ()
        if parts:
            named = {m.concept for m in sentence.mentions for a, b, design in parts
                     if not design and a <= m.start - sentence.start < b}
            if f.subject not in named or f.obj is not None and f.obj not in named:
                continue
        out.append(f)
    return tuple(out)
