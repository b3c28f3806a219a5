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

Every cue is a phrase any methods section uses for that kind of study, never the wording of one abstract.
:func:`ask` answers all of them over an :class:`~ipkg.extract.annotate.AnnotatedDocument` in one pass over the
folded text; :func:`decide` turns the answers into the most specific design that fits (CONTRACT.md) and the
answer that decided it. The statistical model (:mod:`ipkg.extract.design_model`) reads the same answers.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .annotate import AnnotatedDocument
from ..cues import Cue, Folded
from .design_arms import ARM_QUESTIONS
from .design_gate import reach as _reach
from .design_gate import word_char as _word_char

__all__ = ["Answers", "HUMAN_WORDS", "Hit", "QUESTIONS", "SUPPORT", "ask", "decide"]

_I = re.IGNORECASE


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

#: the words for people a study may count or describe ("patients", "volunteers", "children")
HUMAN_WORDS = ("patients", "participants", "subjects", "individuals", "volunteers", "adults", "children",
               "adolescents", "women", "men", "veterans", "inpatients", "outpatients", "people", "persons",
               "infants", "neonates", "boys", "girls", "smokers", "students", "pregnant")

_AIM_VERBS = ("investigate", "examine", "assess", "evaluate", "determine", "compare", "explore", "test", "measure",
              "identify", "characterise", "characterize", "quantify")
_AIMS = tuple("to " + verb for verb in _AIM_VERBS)

#: the questions and their cues, each a pattern and the literal words every match contains
QUESTIONS: dict[str, tuple[Cue, ...]] = {
    "human": (
        Cue(re.compile(rf"\b(?:{'|'.join(HUMAN_WORDS)})\b", _I), words=HUMAN_WORDS),
        Cue(re.compile(r"\b(?:healthy|normal|(?:age[- ]|sex[- ]|gender[- ])?matched) (?:controls?|volunteers)\b"
                       r"|\b\d+[- ]year[- ]old\b", _I), "healthy", "normal control", "normal volunteer",
            "matched control", "matched volunteer", "year"),
    ),
    "animal": (
        Cue(re.compile(
            r"\b(?:mice|mouse|rats?|rodents?|murine|zebrafish|primates?|macaques?|monkeys?(?! kidney)|piglets?|pigs"
            r"|animals|rabbits?|guinea[- ]pigs?|hamsters?(?! ovary)|gerbils?|chicks|dogs|cats|sheep|pups|cattle"
            r"|cows|horses|ewes|lambs|mollus[ck]s?|aplysia|drosophila|nematodes?|C\. elegans)\b"
            r"|\bC57BL|\bSprague[- ]Dawley\b|\bWistar\b|\bknock-?out\b|\btransgenic\b"
            r"|\bforced[- ]swim(?:ming)?(?: test)?\b|\btail[- ]suspension\b|\belevated plus[- ]maze\b"
            r"|\bopen[- ]field test\b|\bsucrose preference\b|\bMorris water maze\b|\bnovelty[- ]suppressed feeding\b"
            r"|\blearned helplessness\b|\bbehaviou?ral despair\b|\bsocial defeat\b|\bchronic (?:unpredictable )?"
            r"mild stress\b|\bintraperitoneal(?:ly)?\b|\bi\.p\.", _I),
            "mice", "mouse", "rodent", "murine", "zebrafish", "primate", "macaque", "monkey", "piglet", "animals",
            "rabbit", "guinea", "hamster", "gerbil", "cattle", "mollus", "aplysia", "drosophila", "nematode",
            "elegans", "c57bl", "dawley", "wistar", "knock", "transgenic", "forced", "suspension", "plus maze",
            "plus-maze", "open field", "open-field", "sucrose", "morris", "novelty", "helplessness", "despair",
            "defeat", "mild stress", "intraperitoneal", "i.p.",
            words=("rat", "rats", "pigs", "chicks", "dogs", "cats", "sheep", "pups", "cows", "horses", "ewes",
                   "lambs")),
    ),
    "cells": (
        Cue(re.compile(
            # first: an organ or cells taken out of an animal ("isolated perfused rat liver") as one match
            r"\b(?:isolated|perfused|cultured|dissociated)\s+(?:[\w-]+\s+){0,2}?(?:rat|mouse|murine|rabbit|guinea[- ]pig"
            r"|bovine|porcine|canine|chick|hamster)s?\s+[a-z][\w-]*"
            r"|\bin vitro\b|\bex vivo\b|\bcell lines?\b|\bcultured\b|\bcell cultures?\b|\bprimary cultures?\b"
            r"|\bcells were (?:treated|incubated|exposed|stimulated|transfected|cultured|pretreated)\b"
            r"|\bincubated (?:with|in|for)\b|\btransfect(?:ed|ion)\b|\bhomogenates?\b|\bmicrosomes\b"
            r"|\b(?:brain|tissue|hippocampal|cortical) slices\b|\bslice preparations?\b"
            r"|\bslices (?:from|of) (?:[\w-]+ ){0,4}?(?:rats|mice|rabbits|guinea[- ]pigs|hamsters)\b"
            r"|\bisolated (?:\w+ )?(?:cells|neurons|hearts?|hepatocytes|mitochondria|perfused|fibers|fibres)\b"
            r"|\b(?:permeabili[sz]ed|skinned) (?:\w+ )?(?:fibers|fibres)\b"
            r"|\bin culture\b|\bcell-free\b|\brecombinant\b"
            r"|\b(?:rat|mouse|murine|bovine|porcine|rabbit|guinea[- ]pig|chick|human) (?:\w+ ){0,2}(?:cells|neurons|"
            r"hepatocytes|astrocytes|microglia|cardiomyocytes|myocytes|synaptosomes|membranes|slices?|cultures|"
            r"oocytes|platelets|erythrocytes|lymphocytes|macrophages|fibers|fibres)\b|\bperfused\b|\bpatch[- ]clamp\b"
            r"|\bwhole[- ]cell\b|\boocytes\b", _I),
            "in vitro", "ex vivo", "cell line", "cultured", "cell culture", "primary culture", "cells were",
            "incubated", "transfect", "homogenate", "microsomes", "slices", "isolated", "in culture", "cell-free",
            "recombinant", "cells", "neurons", "hepatocytes", "astrocytes", "microglia", "myocytes", "synaptosomes",
            "membranes", "cultures", "oocytes", "platelets", "erythrocytes", "lymphocytes", "macrophages",
            "perfused", "clamp", "whole", "dissociated", "slice", "fibers", "fibres"),
        # the apparatus of tissue kept alive outside the body: a bath or superfusing solution, an organ bath, a
        # physiological saline, an isolated organ or nerve-muscle preparation ("drug was added to the superfusing
        # solution", "bath application of", "Krebs solution", "isolated stellate ganglion", "nerve-muscle
        # preparations"), and synaptosomes; none of these is said of a living animal
        Cue(re.compile(
            r"\bbath[- ](?:appli(?:ed|cation)|perfus(?:ed|ion)|superfus(?:ed|ion))\b|\bsuperfus(?:ed|ion|ing|ate)\b"
            r"|\borgan baths?\b|\bKrebs(?:[- ](?:Henseleit|Ringer))? (?:solution|buffer|medium)\b"
            r"|\bartificial cerebrospinal fluid\b"
            r"|\b(?:nerve[- ]muscle|neuromuscular|ganglion|muscle strip|tissue) preparations?\b"
            r"|\bisolated (?:\w+ ){0,2}?(?:preparations?|ganglia|ganglion|organs?|stomachs?|ileum|jejunum|colon"
            r"|vas deferens|atria|aortae?|aortic rings?|arteries|tracheae?|bladders?|uterus|kidneys?|livers?)\b"
            r"|\bsynaptosom(?:es|al)\b", _I),
            "bath", "superfus", "krebs", "cerebrospinal fluid", "preparation", "isolated", "synaptosom"),
    ),
    "studies": (
        Cue(re.compile(
            r"\b(?:studies|trials|articles|reports|publications|papers|RCTs)\b (?:\w+ ){0,3}(?:were|was) "
            r"(?:included|identified|selected|reviewed|retrieved|eligible|analy[sz]ed|pooled)"
            r"|\b(?:PubMed|MEDLINE|Embase|EMBASE|Cochrane|Web of Science|PsycINFO|PsychINFO|Scopus|CINAHL)\b"
            r"|\bliterature (?:search|review)\b|\breview(?: of|ed) (?:the )?(?:\w+ )?literature\b|\bsearch(?:ed)? (?:of |the )?(?:electronic |bibliographic )?"
            r"(?:databases?|literature)\b|\beligible (?:studies|trials)\b|\binclusion criteria\b[^.;]{0,60}\bstudies\b", _I),
            "studies", "trials", "articles", "reports", "publications", "papers", "rcts", "pubmed", "medline",
            "embase", "cochrane", "web of science", "psycinfo", "psychinfo", "scopus", "cinahl", "literature",
            "search", "eligible"),
    ),
    "randomised": (
        # not "Mendelian randomization": a genetic-epidemiology design that allocates nobody (round 12's reading)
        Cue(re.compile(r"\brandomi[sz]ed\b|(?<!mendelian )\brandomi[sz]ation\b"
                       r"|\brandomly (?:assigned|allocated|divided|selected to)"
                       r"|\bRCTs?\b", _I), "randomi", "randomly", "rct"),
    ),
    "not_randomised": (
        Cue(re.compile(r"\bnon-?randomi[sz]ed\b|\bnot randomi[sz]ed\b|\bwithout randomi[sz]ation\b"
                       r"|\bnon-?random (?:order|sequence|allocation|assignment|fashion|manner)\b", _I),
            "randomi", "random order", "random sequence", "random allocation", "random assignment",
            "random fashion", "random manner"),
        # groups the patients, their doctors or the calendar chose: "patients who refused the oral drug were given
        # ...", "according to patient preference", "a convenience sample", "historical controls"
        Cue(re.compile(r"\bwho (?:chose|choose|refused|declined|preferred|opted)\b|\b(?:according to|by) (?:their |the )?"
                       r"(?:own |patients?'? |parental |parents'? |physicians?'? )?(?:preference|choice)\b"
                       r"|\bconvenience sample\b|\bself-selected\b|\bhistorical(?:ly)? (?:controls?|control group|"
                       r"comparison)\b|\bquasi-experimental\b|\b(?:alternately|sequentially|consecutively) "
                       r"(?:assigned|allocated)\b", _I),
            "who chose", "who choose", "who refused", "who declined", "who preferred", "who opted", "preference",
            "choice", "convenience", "self-selected", "historical", "quasi", "alternately", "sequentially",
            "consecutively"),
        Cue(re.compile(r"\b(?:open[- ]label|open|uncontrolled) (?:\w+ )?extension\b", _I), "extension"),
    ),
    "blinded": (
        Cue(re.compile(r"\b(?:double|triple)[- ](?:blind|mask)(?:ed)?\b|\bplacebo[- ]controlled\b"
                       r"|\bversus placebo\b|\bor placebo\b|\bplacebo group\b|\bcross-?over\b"
                       r"|\bsham[- ]controlled\b", _I), "blind", "mask", "placebo", "cross", "sham"),
    ),
    "assigned": (
        Cue(re.compile(
            r"\bopen[- ]label\b|\bopen (?:trial|study)\b|\bsingle[- ]arm\b|\bphase (?:I|1|II|2)[ab]?\b(?![I/])"
            r"|\bsingle[- ](?:blind|mask)(?:ed)?\b|\bpilot (?:trial|study)\b|\bdose[- ]escalation\b|\buncontrolled\b|\bopen[- ]?(?:design|prospective)\b"
            r"|\bwithin[- ]subjects? (?:comparison|design|cross-?over)\b|\b(?:patients|subjects|participants|volunteers|children|adults|men|women)"
            r" (?:were|was) (?:treated|given|administered|switched|started|titrated|infused|injected|exposed)\b"
            r"|\b(?:patients|subjects|participants|volunteers|children|adults) (?:\w+ ){0,3}(?:received|underwent)\b"
            r"|\bbioequivalen|\bpharmacokinetics? of\b|\bthe (?:trial|intervention|treatment) (?:period|phase)\b"
            r"|\b(?:before|prior to) and (?:after|during)\b|\bat baseline(?: \([^()]{1,20}\))? and (?:after|at|following)\b"
            r"|\bpre- and post-?|\b(?:was|were) (?:injected|infused|instilled|applied|induced) (?:into|in|by|with)\b|\b\d+-(?:week|day|month) (?:\w+ )?(?:trial|treatment|course|regimen)\b"
            r"|\b(?:intravenous|oral|intramuscular|subcutaneous) (?:infusion|administration|injection|dose)s? of\b"
            r"|\b(?:the )?\d+ (?:patients|subjects) treated\b", _I),
            "label", "open", "single", "phase", "pilot", "escalation", "uncontrolled", "within", "treated", "given",
            "administered", "switched", "started", "titrated", "infused", "injected", "exposed", "received",
            "underwent", "instilled", "applied", "induced", "bioequivalen", "pharmacokinetic", "period", "before", "prior", "baseline", "pre-",
            "week", "day", "month", "infusion", "administration", "injection", "dose"),
    ),
    "placebo": (
        Cue(re.compile(r"\bplacebos?\b", _I), words=("placebo", "placebos")),
    ),
    "trial": (
        Cue(re.compile(r"\btrials?\b|\bstudy (?:drug|medication|treatment)\b|\bintervention\b", _I),
            "trial", "study", "intervention"),
        Cue(re.compile(r"\btreatment (?:groups?|arms?)\b", _I), "treatment group", "treatment arm"),
    ),
    "observed": (
        Cue(re.compile(
            r"\bcross[- ]sectional\b|\bcohorts?\b|\bcase[- ]control\b|\bretrospective(?:ly)?\b|\bprospective(?:ly)?\b"
            r"|\blongitudinal\b|\bpopulation[- ]based\b|\bregistry\b|\bregister\b|\bdatabase\b|\bmedical records\b"
            r"|\bchart review\b|\bsurvey\b|\bquestionnaires?\b|\bprevalence\b|\bincidence\b|\bfollow[- ]up\b"
            r"|\b(?:were|was) (?:recruited|enrolled|included|interviewed|genotyped|compared)\b|\bhealthy controls?\b"
            r"|\bcontrol (?:subjects|group|participants)\b|\bodds ratios?\b|\bhazard ratios?\b|\bpost[- ]?mortem\b"
            r"|\bpolymorphisms?\b|\bgenotypes?\b|\bobservational\b|\bnaturalistic\b|\bepidemiolog", _I),
            "sectional", "cohort", "control", "retrospective", "prospective", "longitudinal", "based", "regist",
            "database", "records", "chart", "survey", "questionnaire", "prevalence", "incidence", "follow",
            "recruited", "enrolled", "included", "interviewed", "genotype", "compared", "ratio", "mortem",
            "polymorphism", "observational", "naturalistic", "epidemiolog"),
    ),
    "meta": (
        Cue(re.compile(r"\bmeta[- ]?analys[ie]s\b|\bmeta[- ]?analytic|\bmeta[- ]?regression|\b(?:pooled|combined|"
                       r"integrated) analys[ie]s of (?:\w+[ ,-]+){0,4}(?:studies|trials)|\bpooled (?:odds ratio|relative risk|risk ratio|estimate|"
                       r"effect size|prevalence|mean difference)s?\b|\b(?:standardi[sz]ed )?mean differences?\b"
                       r"|\brandom[- ]effects? model", _I),
            "meta", "pooled", "combined", "integrated", "mean difference", "random"),
    ),
    "systematic": (
        Cue(re.compile(r"\bsystematic(?:ally)? (?:review|search|literature|searched)|\bPRISMA\b|\bscoping review"
                       r"|\bwe searched\b|\bwere searched\b|\bwe (?:only )?included (?:\w+ ){0,2}(?:studies|trials|"
                       r"reports|articles)\b", _I),
            "systematic", "prisma", "scoping review", "searched", "we included", "we only included"),
        # a search stated as done ("A MEDLINE computer literature search was conducted to retrieve all ..."), or
        # the studies it found by date ("studies published between 1990 and 2020")
        Cue(re.compile(r"\b(?:computeri[sz]ed|computer|electronic|bibliographic|database|literature) searche?s? "
                       r"(?:\w+ ){0,6}?(?:was|were) (?:conducted|performed|carried out|undertaken|made)\b"
                       r"|\b(?:studies|trials|articles|publications|reports) (?:\w+ ){0,4}?published (?:between|from|"
                       r"up to|until|before|as of|since)\b", _I),
            "search", "published"),
    ),
    "review": (
        Cue(re.compile(
            r"\b(?:this|the present|our|current|a|the) (?:narrative |comprehensive |critical |brief |mini[- ]?"
            r"|short |literature )?(?:review|overview|mini-review)\b(?! of (?:the )?(?:medical )?(?:records|charts))"
            r"|\bwe (?:review|summari[sz]e|discuss|provide an overview|highlight|outline)\b"
            r"|\b(?:article|paper|chapter|manuscript) (?:reviews|summari[sz]es|discusses|provides an overview|"
            r"highlights|describes)\b"
            r"|\breview(?:s|ed)? (?:the |recent |current )*(?:evidence|literature|findings|advances|progress|studies)\b"
            r"|\b(?:aim|purpose|goal) of this (?:article|paper|review) is to (?:summari[sz]e|review|discuss)"
            r"|\bwe (?:propose|put forward|present) (?:a |an )?(?:new |novel |unifying |integrative )?(?:\w+ )?"
            r"(?:hypothesis|model|framework|theory|perspective)\b|\bis (?:reviewed|discussed|summari[sz]ed)\b"
            r"|\bare (?:reviewed|discussed|summari[sz]ed|highlighted)\b", _I),
            "review", "overview", "summari", "we discuss", "we highlight", "we outline", "discusses", "highlights",
            "describes", "of this", "we propose", "we put forward", "we present", "discussed", "highlighted",
            "reviewed"),
    ),
    "case": (
        Cue(re.compile(
            r"\bcase reports?\b|\bcase series\b|\bwe (?:report|describe|present|studied|treated|observed|saw) "
            r"(?:a|the|an|two|three|four|\d) "
            r"(?:\w+ ){0,3}(?:cases?|patients?|(?:wo)?m[ae]n|boys?|girls?|child|infant)\b"
            # "the patient" is one patient, "the patient group" (or sample, cohort, a case-control design) is not
            r"|\b(?:a|an) \d+[- ](?:year|month)[- ]old\b|\b(?:this|the|our) (?:case|patient)\b"
            r"(?![- ](?:groups?|populations?|samples?|cohorts?|controls?|records|numbers?|selection|definitions?)\b)"
            # "two cases" are cases described, "five cases of X were found" (in records or biopsies) are counted
            r"|\b(?:two|three|four|five|\d) cases\b(?![^.;]{0,60}\b(?:were|was) (?:found|identified|detected|"
            r"recorded|diagnosed|seen)\b)|\b(?:his|her) (?:symptoms|condition|psychosis|treatment)\b"
            r"|\bwas admitted\b|\bpresented (?:to|with)\b", _I),
            "case", "we ", "year", "month", "patient", "admitted", "presented", words=("his", "her")),
    ),
    "case_report": (
        Cue(re.compile(r"\bcase (?:reports?|series)\b|\b(?:a|one|two|three|\d) cases? of\b", _I), "case"),
    ),
    "self": (
        Cue(re.compile(r"\b(?:we|our)\b|\b(?:this|the present|the current) (?:\w+ )?(?:study|trial|investigation|"
                       r"experiment|analysis|work|report|survey)\b|\bhere\b", _I),
            "present", "current", "this", "here", words=("we", "our")),
        # an aim stated as the sentence's opening infinitive: "To investigate fecal SCFA changes among ..."
        Cue(re.compile(rf"(?:^|[.;:]\s)\s*to (?:{'|'.join(_AIM_VERBS)})\b", _I | re.M), *_AIMS),
    ),
    "own_data": (
        Cue(re.compile(r"\b[pP]\s*[<=>≤]\s*0?\.\d|\b(?:OR|HR|RR|CI)\s*[=:]|\b95\s*%\s*CI\b"
                       r"|\bwe (?:measured|found|observed|estimated|examined|analy[sz]ed|quantified|assessed|"
                       r"recorded|detected|investigated|compared|evaluated|studied)\b", _I),
            "<", "=", ">", "≤", ":", "95", "we "),
    ),
}

QUESTIONS.update(ARM_QUESTIONS)  # who formed the groups (round 10: formed, by_condition, over_time)

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
