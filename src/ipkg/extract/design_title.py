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
                              r"three) (?:\w+ )?(?:case|patient)s?\b|\bcase series\b", _I)),
    ("NonRandomizedTrial", re.compile(r"\bnon-?randomi[sz]ed\b|\bopen[- ]?label\b(?!.*\brandomi[sz]ed)|\bsingle-arm\b"
                                      r"|\bopen (?:pilot )?(?:trial|study)\b|\buncontrolled (?:trial|study)\b"
                                      r"|\bphase (?:I|1)(?:/II|/2)? (?:trial|study)\b", _I)),
    ("RandomizedControlledTrial", re.compile(r"\brandomi[sz]ed\b.*\b(?:trial|study)\b|\bRCT\b|\brandomi[sz]ed,? "
                                             r"(?:double|placebo|controlled)|\bdouble-blind\b.*\b(?:trial|study)\b",
                                             _I)),
    ("Review", re.compile(r"(?:^|[:.] ?)(?:a |an )?(?:narrative |literature |critical |brief |short |mini-? ?"
                          r"|comprehensive |clinical |selective )?(?:review|overview|update)(?: of (?:the )?"
                          r"(?:literature|evidence|recent \w+))?\.?$|^(?:a )?review of\b|\breview of (?:the )?"
                          r"literature\b", _I)),
    ("ObservationalStudy", re.compile(r"\b(?:cohort|case-control|cross-sectional|population-based|observational|"
                                      r"retrospective|longitudinal|registry|nationwide|prospective cohort) "
                                      r"(?:\w+ )?(?:study|analysis|survey|evaluation|cohort)\b", _I)),
    ("InVitroStudy", re.compile(r"\bin vitro\b|\bcultured\b|\bcell lines?\b", _I)),
    ("AnimalStudy", re.compile(r"\b(?:rats?|mice|mouse|murine|rodents?|dogs|rabbits?|monkeys|pigs|hamsters|primates)\b"
                               r"(?! (?:cells?|cell lines?|macrophages|hepatocytes|neurons|microsomes))", _I)),
    #: people in the title: a title naming both people and an animal or a cell culture is left out
    ("human", re.compile(r"\b(?:patients|volunteers|humans?|men|women|children|adults|subjects|participants)\b", _I)),
)


def title_design(title: str) -> str | None:
    """The design a title states, or ``None`` when it states none or two that disagree.

    >>> title_design("Quetiapine in mania: a randomised, double-blind, placebo-controlled trial.")
    'RandomizedControlledTrial'
    >>> title_design("Cytokines in depression: a meta-analysis"), title_design("Clozapine and pregnancy")
    ('MetaAnalysis', None)
    """
    found = [design for design, pattern in _TITLE_RULES if pattern.search(title)]
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
#: a word stem every title stating one of :data:`STATED` holds (a cheap test before the patterns)
_STEMS = re.compile(r"meta|pooled|systematic|scoping|case|cases|report|random|rct|blind|label|arm|open|uncontrolled"
                    r"|phase|review|overview|update|cohort|control|sectional|population|observational|retrospective"
                    r"|longitudinal|registry|nationwide")


def stated_design(title: str) -> str | None:
    """The design a title states when it is one of :data:`STATED`, else ``None``.

    >>> stated_design("Quetiapine in mania: a randomised, double-blind, placebo-controlled trial.")
    'RandomizedControlledTrial'
    >>> stated_design("Stress in rats"), stated_design("Clozapine and pregnancy")
    (None, None)
    """
    if not _STEMS.search(title.lower()):
        return None
    design = title_design(title)
    return design if design in STATED else None
