"""The questions the design rules ask of an abstract, as cues: a pattern and the literal words each match contains.

Who the subjects are (``human``, ``animal``, ``cells``, ``studies``), how they came to their groups
(``randomised``, ``blinded``, ``not_randomised``, ``assigned``, ``observed``), whether the work searches or pools
other studies (``meta``, ``systematic``, ``review``), whether it describes individual patients (``case``,
``case_report``), whether it speaks of its own work and reports data of its own (``self``, ``own_data``), and who
formed the groups (:mod:`.design_arms`). :mod:`.design_rules` answers them in one pass and decides from the answers;
the model (:mod:`.design_model`) reads the same answers. Every cue is a phrase any methods section uses for that
kind of study, never the wording of one abstract.
"""

from __future__ import annotations

import re

from ..cues import Cue
from .design_arms import ARM_QUESTIONS

__all__ = ["HUMAN_WORDS", "QUESTIONS"]

_I = re.IGNORECASE

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
        # not "Mendelian randomization": a genetic-epidemiology design that allocates nobody (round 12's reading);
        # the words apart by any whitespace (a line break, a tab, a no-break space, two spaces; up to three)
        Cue(re.compile(r"\brandomi[sz]ed\b"
                       r"|(?<!mendelian\s)(?<!mendelian\s\s)(?<!mendelian\s\s\s)\brandomi[sz]ation\b"
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
