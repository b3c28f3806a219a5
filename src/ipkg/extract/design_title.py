"""The design a title states (": a randomised controlled trial", "a meta-analysis", "a case report", "in rats").

Two uses: the design model's extra training data are external abstracts whose title states the design (the title
then hidden: :mod:`.design_corpus`), and at run time a title that states a trial, review or case report design
decides it (:func:`ipkg.extract.design.decide_design`): the model never learnt from titles, so it cannot weigh one.
"""

from __future__ import annotations

import re

__all__ = ["stated_design", "title_design"]

_I = re.IGNORECASE
#: title phrases that state a design, most specific first; a title must match exactly one class
_TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("MetaAnalysis", re.compile(r"\bmeta-?analys[ie]s\b|\bpooled analysis\b", _I)),
    ("SystematicReview", re.compile(r"\bsystematic (?:literature )?review\b|\bscoping review\b", _I)),
    ("CaseReport", re.compile(r"\bcase reports?\b|\b(?:a|one|two|three) cases? of\b|\breport of (?:a|an|one|two|"
                              r"three|four|five|\d+) (?:\w+ )?(?:case|patient)s?\b|\bcase series\b|\bcase presentation\b", _I)),
    ("NonRandomizedTrial", re.compile(r"\bnon-?randomi[sz]ed\b|\bopen[- ]?label\b(?!.*\brandomi[sz]ed)|\bsingle-arm\b"
                                      r"|\bopen (?:pilot )?(?:trial|study)\b|\buncontrolled (?:trial|study)\b"
                                      r"|\bphase (?:I|1)(?:/II|/2)? (?:trial|study)\b", _I)),
    ("RandomizedControlledTrial", re.compile(r"\brandomi[sz]ed\b.*\b(?:trial|study)\b|\bRCT\b|\brandomi[sz]ed,? "
                                             r"(?:double|placebo|controlled)|\bdouble-blind\b.*\b(?:trial|study)\b",
                                             _I)),
    ("Review", re.compile(r"(?:^|[:.?] ?|[-\u2013\u2014] ?)(?:an? )?(?:(?:narrative|literature|critical|brief|short|"
                          r"mini-? ?|comprehensive|clinical|selective|historical|practical|updated|general|"
                          r"integrative|economic|comparative|personal|mechanistic|systematic) )*(?:review|minireview|"
                          r"overview|update)\b(?! (?:and )?meta)|\breview (?:article|and (?:future )?perspectives?|"
                          r"and recommendations|and outlook)\b|\b(?:narrative|literature|critical|comprehensive|"
                          r"historical|mini-?) review\b|\breview of (?:the )?(?:\w+ )?(?:literature|evidence)\b"
                          r"|(?:^|[:.?] ?|[-\u2013\u2014] ?)(?:an? |the )?(?:(?:critical|clinical|personal|historical|"
                          r"current|future|\w+) )?(?:perspectives?(?= (?:on|for|of)\b|\.?$|[:,])|commentary|editorial|viewpoint)\b"
                          r"|\b(?:future|current) perspectives?\b|\bcurrent (?:concepts|evidence|understanding|"
                          r"knowledge)\b|\bstate of the art\b|\brecent (?:advances|progress|developments)\b"
                          r"|\bwhat is known\b|\bfuture directions\b|(?:^|[:.?] ?)(?:an? |the )?(?:(?:new|novel|"
                          r"unifying|integrative|\w+) ){0,3}hypothesis\b", _I)),
    ("ObservationalStudy", re.compile(r"\b(?:cohort|case-control|cross-sectional|population-based|observational|"
                                      r"retrospective|longitudinal|registry|nationwide|prospective cohort) "
                                      r"(?:\w+ )?(?:study|analysis|survey|evaluation|cohort)\b", _I)),
    ("InVitroStudy", re.compile(r"\bin vitro\b|\bcultured\b|\bcell lines?\b", _I)),
    ("AnimalStudy", re.compile(r"\b(?:rats?|mice|mouse|murine|rodents?|dogs|rabbits?|monkeys|pigs|hamsters|primates)\b"
                               r"(?! (?:cells?|cell lines?|macrophages|hepatocytes|neurons|microsomes))", _I)),
    #: people in the title: a title naming both people and an animal or a cell culture is left out
    ("human", re.compile(r"\b(?:patients|volunteers|humans?|men|women|children|adults|subjects|participants)\b", _I)),
)


#: every match of the Review pattern holds one of these (a cheap test before the long pattern)
_REVIEW_WORDS = ("review", "overview", "update", "perspective", "commentary", "editorial", "viewpoint", "current",
                 "state of the art", "recent", "what is known", "directions", "hypothesis")
#: a review word that names the study's own method, not a review of others' work ("a retrospective chart review",
#: "a review of six cases", "a 5-year follow-up review", "tests of the hypothesis"), or an update of a study
_NOT_REVIEW = re.compile(r"\b(?:chart|charts|records?|notes|case|cases|file|follow-up|year|utilization|drug use|peer|"
                         r"retrospective|database|registry)\b[^:]{0,20}\breview\b|\breview of (?:\w+ ){0,3}(?:cases|"
                         r"patients|reports|records|charts|admissions)\b|\bpharmacovigilance\b|\btests? (?:of|for)\b|"
                         r"\btesting\b|\bsupport for\b|\bevidence for\b|\bconfirm|\b(?:new|novel) perspective|"
                         r"\b(?:study|trial|cohort|survey|follow-up)\b[^:]*: an? update|\breview of (?:the |an? )?(?:\w+ ){0,3}"
                         r"(?:study|trial|cohort|data)\b", _I)
#: the brackets MEDLINE puts round a translated title
_BRACKETS = re.compile(r"^\[(.*)\]\.?$")


def title_design(title: str) -> str | None:
    """The design a title states, or ``None`` when it states none or two that disagree.

    >>> title_design("Quetiapine in mania: a randomised, double-blind, placebo-controlled trial.")
    'RandomizedControlledTrial'
    >>> title_design("Cytokines in depression: a meta-analysis"), title_design("Clozapine and pregnancy")
    ('MetaAnalysis', None)
    >>> title_design("Brain-spleen axis in health and disease: a review and future perspective.")
    'Review'
    >>> title_design("Gabapentin in treatment-resistant depression: a retrospective chart review.") is None
    True
    """
    title = _BRACKETS.sub(r"\1", title.strip())
    lower = title.lower()
    found = [design for design, pattern in _TITLE_RULES
             if (design != "Review" or any(word in lower for word in _REVIEW_WORDS)) and pattern.search(title)]
    if "Review" in found and _NOT_REVIEW.search(title):
        found.remove("Review")
    human = "human" in found
    found = [design for design in found if design != "human"]
    if not found or (human and found[0] in ("AnimalStudy", "InVitroStudy")):
        return None
    first = found[0]
    # the most specific wins where the classes nest; otherwise a title naming two designs is left out
    compatible = {"MetaAnalysis": {"SystematicReview", "Review"}, "SystematicReview": {"Review"},
                  "CaseReport": {"Review"}}
    if set(found[1:]) - compatible.get(first, set()):
        return None
    return first


#: the designs a title states reliably (its words decide); animals and cells are left to the abstract
STATED = frozenset({"RandomizedControlledTrial", "NonRandomizedTrial", "CaseReport", "MetaAnalysis",
                    "SystematicReview", "Review", "ObservationalStudy"})
#: the word beginnings of which every title stating one of :data:`STATED` holds one (a cheap test before the
#: patterns: every phrase the patterns above need for these classes has a word that starts so)
_STEMS = ("meta", "pooled", "systematic", "scoping", "case", "report", "random", "nonrandom", "rct", "blind", "label",
          "arm", "open", "uncontrolled", "phase", "review", "minireview", "overview", "update", "perspective",
          "comment", "editorial", "viewpoint", "current", "state", "recent", "advances", "progress", "developments",
          "known", "directions", "hypothes", "cohort", "control", "sectional", "population", "observational",
          "retrospective", "longitudinal", "registry", "nationwide")
#: one pattern for all of them: a word start whose letter begins a stem, then the stems
_STEM = re.compile(rf"\b(?=[{''.join(sorted({stem[0] for stem in _STEMS}))}])(?:{'|'.join(_STEMS)})")


def stated_design(title: str) -> str | None:
    """The design a title states when it is one of :data:`STATED`, else ``None``.

    >>> stated_design("Quetiapine in mania: a randomised, double-blind, placebo-controlled trial.")
    'RandomizedControlledTrial'
    >>> stated_design("Stress in rats"), stated_design("Clozapine and pregnancy")
    (None, None)
    """
    if not _STEM.search(title.lower()):
        return None
    design = title_design(title)
    return design if design in STATED else None
