"""The study's design class and design facts, from cue phrases of the text and the record's publication types.

The rules are written for the family of clinical, preclinical and review abstracts, never for a given abstract:
each cue is a phrase that any methods section or PubMed publication type uses for that design. The design is the
most specific that fits (CONTRACT.md): meta-analysis > systematic review > review (when the text says it is one)
> trial > case report > animal > in vitro > observational.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Arm, Document, Mention, StudyFacts
from .cues import Cue, Folded, fold
from .numbers import NUMBER, parse_number
from .population import extract_population
from .sample_size import extract_sample_size

__all__ = ["classify_design", "extract_study_facts"]

_I = re.IGNORECASE

_PUBTYPE_DESIGN = (
    ("meta-analysis", "MetaAnalysis"),
    ("systematic review", "SystematicReview"),
    ("randomized controlled trial", "RandomizedControlledTrial"),
    ("case reports", "CaseReport"),
    ("clinical trial, phase", "NonRandomizedTrial"),
    ("controlled clinical trial", "NonRandomizedTrial"),
    ("clinical trial", "NonRandomizedTrial"),
    ("observational study", "ObservationalStudy"),
    ("review", "Review"),
)

# Each cue is a pattern and the literal words every match contains (a Cue skips the search when none occurs).
_META = Cue(re.compile(
    r"\bmeta[- ]?analys[ie]s\b|\bmeta[- ]?regression|\bpooled analysis of (?:\w+ ){0,3}(?:studies|trials)", _I),
    "meta", "pooled analysis of")
_SYSTEMATIC = Cue(re.compile(
    r"\bsystematic(?:ally)? (?:review|search|literature|searched)|\bPRISMA\b|\bscoping review", _I),
    "systematic", "prisma", "scoping review")
_REVIEW_SELF = Cue(re.compile(
    r"\b(?:this|the present|our|current|a|the) (?:narrative |comprehensive |critical |brief |mini[- ]?|short )?"
    r"(?:review|overview|mini-review)\b(?! of (?:the )?(?:medical )?records)"
    r"|\bwe (?:review|summari[sz]e|discuss|provide an overview|highlight|outline)\b"
    r"|\b(?:article|paper|chapter|manuscript) (?:reviews|summari[sz]es|discusses|provides an overview)\b"
    r"|\breview(?:s|ed)? (?:the |recent |current )*(?:evidence|literature|findings|advances|progress|studies)\b"
    r"|\b(?:aim|purpose|goal) of this (?:article|paper|review) is to (?:summari[sz]e|review|discuss)"
    r"|\bwe (?:propose|put forward|present) (?:a |an )?(?:new |novel |unifying |integrative )?(?:\w+ )?"
    r"(?:hypothesis|model|framework|theory|perspective)\b",
    _I,
), "review", "overview", "summari", "we discuss", "we highlight", "we outline", "discusses", "of this",
    "we propose", "we put forward", "we present")
#: signs that the abstract reports data of its own (statistics, measurements)
_OWN_DATA = Cue(re.compile(
    r"\b[pP]\s*[<=>≤]\s*0?\.\d|\b(?:OR|HR|RR|CI)\s*[=:]|\b95\s*%\s*CI\b"
    r"|\bwe (?:measured|found|observed|made|estimated|examined|analy[sz]ed|quantified|assessed|recorded|detected)\b",
    _I,
), "<", "=", ">", "≤", ":", "95", "we measured", "we found", "we observed", "we made", "we estimated",
    "we examined", "we analy", "we quantified", "we assessed", "we recorded", "we detected")
_RANDOMISED = Cue(re.compile(
    r"\brandomi[sz]ed\b|\brandomi[sz]ation\b|\brandomly (?:assigned|allocated|divided)|\bRCT\b", _I
), "randomi", "randomly", "rct")
_TRIAL = Cue(re.compile(r"\btrial\b|\bplacebo\b|\bsham\b|\bassigned to\b|\ballocated to\b", _I),
             "trial", "placebo", "sham", "assigned to", "allocated to")
_OWN_TRIAL = Cue(re.compile(
    r"\b(?:we|this|the present|our) (?:\w+[ ,-]+){0,6}(?:trial|study)\b|\bwere (?:randomi[sz]ed|randomly)\b"
    r"|\bwill be (?:randomi[sz]ed|randomly)|\bparticipants\b|\bpatients (?:were|received)\b|\bprotocol\b",
    _I,
), "trial", "study", "were random", "will be random", "participants", "patients were", "patients received",
    "protocol")
_NONRANDOM_TRIAL = Cue(re.compile(
    r"\bopen[- ]label\b|\bsingle[- ]arm\b|\bnon[- ]?randomi[sz]ed\b|\buncontrolled (?:trial|study)\b"
    r"|\bphase (?:I|1)\b(?![I/])|\bpilot (?:trial|study) of\b|\bproof[- ]of[- ]concept (?:trial|study)\b",
    _I,
), "label", "single", "randomi", "uncontrolled", "phase ", "pilot ", "concept ")
_CASE = Cue(re.compile(r"\bcase report\b|\bwe (?:report|describe|present) (?:a|the|an) (?:case|patient)\b"
                       r"|\ba \d+-year-old (?:man|woman|male|female|boy|girl|patient)\b", _I),
            "case report", "we report", "we describe", "we present", "-year-old")
#: animals as study subjects: species (and common strains), and the behavioural paradigms that exist only in animal
#: research (forced swim, tail suspension, learned helplessness ...); "mg/kg" is not one: people get ketamine by weight.
#: Cell lines named after their species (Chinese hamster ovary, monkey kidney COS cells) are not animals.
_ANIMAL = Cue(re.compile(
    r"\b(?:mice|mouse|rats?|rodents?|murine|zebrafish|primates?|macaques?|monkeys?(?! kidney)|piglets?|pigs|animals"
    r"|rabbits?|guinea[- ]pigs?|hamsters?(?! ovary)|gerbils?|chicks|dogs|cats|sheep|pups|mollus[ck]s?|aplysia|drosophila"
    r"|nematodes?|C\. elegans)\b"
    r"|\bC57BL|\bSprague[- ]Dawley\b|\bWistar\b|\bknock-?out\b"
    r"|\bforced[- ]swim(?:ming)?(?: test)?\b|\btail[- ]suspension\b|\belevated plus[- ]maze\b"
    r"|\bopen[- ]field test\b|\bsucrose preference\b|\bMorris water maze\b|\bnovelty[- ]suppressed feeding\b"
    r"|\blearned helplessness\b|\bbehaviou?ral despair\b|\bsocial defeat\b|\bchronic (?:unpredictable )?mild stress\b",
    _I,
), "mice", "mouse", "rodent", "murine", "zebrafish", "primate", "macaque", "monkey", "piglet", "pigs", "animals",
    "rabbit", "guinea", "hamster", "gerbil", "chicks", "dogs", "cats", "sheep", "pups", "mollus", "aplysia",
    "drosophila", "nematode", "elegans", "c57bl", "dawley", "wistar", "knock", "forced", "suspension", "plus",
    "open", "sucrose", "morris", "novelty", "helplessness", "despair", "defeat", "mild stress", words=("rat", "rats"))
_IN_VITRO = Cue(re.compile(
    r"\bin vitro\b|\bcell lines?\b|\bcultured\b|\bcell cultures?\b|\bBV-?2 cells\b|\bprimary cultures?\b", _I),
    "in vitro", "cell line", "cultured", "cell culture", "2 cells", "primary culture")
#: the words of people as study subjects
_HUMAN_WORDS = ("patients", "participants", "subjects", "individuals", "volunteers", "adults", "children",
                "adolescents", "women", "men", "veterans", "inpatients", "outpatients", "cohort", "people", "persons")
_HUMAN_SUBJECTS = Cue(re.compile(rf"\b(?:{'|'.join(_HUMAN_WORDS)})\b", _I), words=_HUMAN_WORDS)
_OBSERVATIONAL = Cue(re.compile(
    r"\bcross[- ]sectional\b|\bcohort\b|\bcase[- ]control\b|\bprospective(?:ly)?\b|\bretrospective(?:ly)?\b"
    r"|\blongitudinal\b|\bpopulation[- ]based\b|\bwe (?:measured|examined|assessed|investigated|compared|recruited)"
    r"|\bwere (?:recruited|enrolled|included|assessed|compared)\b|\bhealthy controls?\b|\bpost[- ]?mortem\b",
    _I,
), "sectional", "cohort", "control", "prospective", "retrospective", "longitudinal", "based", "we measured",
    "we examined", "we assessed", "we investigated", "we compared", "we recruited", "were recruited", "were enrolled",
    "were included", "were assessed", "were compared", "mortem")
_REVIEW_TITLE = re.compile(r"\b(?:review|overview|advances in|progress in|update on)\b", _I)

def classify_design(doc: Document) -> str | None:
    """The contract's design class for ``doc``: the most specific that the text supports.

    >>> classify_design(Document("x", "A trial", "Patients were randomly assigned to drug or placebo."))
    'RandomizedControlledTrial'
    """
    return _classify(doc, fold(f"{doc.title}\n{doc.abstract}"))


def _classify(doc: Document, text: Folded) -> str | None:
    title = doc.title
    pubtypes = " | ".join(p.lower() for p in doc.publication_types)
    # a match in the title is a match in the title + abstract text, which starts with the title and a newline
    if "meta-analysis" in pubtypes or _META.search(text):
        return "MetaAnalysis"
    if _SYSTEMATIC.search(text) or "systematic review" in pubtypes:
        return "SystematicReview"
    review_in_title = _REVIEW_TITLE.search(title)
    review_self = _REVIEW_SELF.search(text)
    randomised = _RANDOMISED.search(text) and _TRIAL.search(text)
    own_trial = randomised and _OWN_TRIAL.search(text)
    if (review_in_title or review_self) and not own_trial:
        return "Review"
    if own_trial and not _HUMAN_SUBJECTS.search(text) and _ANIMAL.search(text):
        return "AnimalStudy"  # a randomised experiment on animals is preclinical, not a clinical trial
    if own_trial or "randomized controlled trial" in pubtypes:
        return "RandomizedControlledTrial"
    if _CASE.search(text) or "case reports" in pubtypes:
        return "CaseReport"
    if _NONRANDOM_TRIAL.search(text) and _HUMAN_SUBJECTS.search(text):
        return "NonRandomizedTrial"
    for needle, design in _PUBTYPE_DESIGN:
        if needle in pubtypes and design not in ("Review",):
            return design
    animal = _ANIMAL.count(text)
    human = _HUMAN_SUBJECTS.count(text)
    if animal and animal >= human:
        return "AnimalStudy"
    if _IN_VITRO.search(text) and not human:
        return "InVitroStudy"
    if human and _OBSERVATIONAL.search(text):
        return "ObservationalStudy"
    if "review" in pubtypes:
        return "Review"
    if animal:
        return "AnimalStudy"
    # nothing named the design: a study reporting data of its own on people is observational; an abstract with
    # no data of its own discusses the literature (CONTRACT.md asks for exactly one design class)
    return "ObservationalStudy" if _OWN_DATA.search(text) else "Review"


_BLINDING = (
    (Cue(re.compile(r"\btriple[- ](?:blind|mask)", _I), "triple"), "triple-blind"),
    (Cue(re.compile(r"\bdouble[- ](?:blind|mask)", _I), "double"), "double-blind"),
    (Cue(re.compile(r"\b(?:single[- ]blind|single[- ]mask|rater[- ]blind|assessor[- ]blind)", _I), "blind", "mask"),
     "single-blind"),
    (Cue(re.compile(r"\bopen[- ]label\b|\bunblinded\b", _I), "label", "unblinded"), "open-label"),
)
_CONTROLS = (
    (Cue(re.compile(r"\bplacebo\b", _I), "placebo"), "placebo"),
    (Cue(re.compile(r"\bsham\b", _I), "sham"), "sham"),
    (Cue(re.compile(r"\bwait[- ]?(?:ing[- ])?list\b", _I), "wait"), "waitlist"),
    (Cue(re.compile(r"\b(?:treatment as usual|usual care|standard care)\b", _I), "treatment as usual", "usual care",
         "standard care"), "usual-care"),
    (Cue(re.compile(r"\bactive(?:[- ]controlled| control| comparator)\b", _I), "active"), "active"),
)
_PHASE = Cue(re.compile(r"\bphase\s+(IV|III|II|I|[1-4])(?:[ab])?(?:\s*/\s*(IV|III|II|I|[1-4]))?\b", _I), "phase")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_SINGLE_CENTRE = Cue(re.compile(
    r"\bsingle[- ]?(?:cent(?:er|re)|site)\b|\bmonocent(?:er|re)|\bunicent(?:er|re)", _I), "single", "monocent", "unicent")
_N_CENTRES = Cue(re.compile(
    rf"\b(?:at|in|from|across)\s+({NUMBER})\s+(?:[\w-]+\s+){{0,4}}(?:cent(?:er|re)s|sites|hospitals|clinics)\b", _I),
    "centers", "centres", "sites", "hospitals", "clinics")
_RATIO = Cue(re.compile(
    r"\b(\d{1,2}(?:\s*:\s*\d{1,2})+)\s*(?:ratio|allocation|randomi[sz]ation)"
    r"|\b(?:ratio|allocation) of\s+(\d{1,2}(?:\s*:\s*\d{1,2})+)", _I), "ratio", "allocation", "randomi")
_DURATION = Cue(re.compile(
    rf"\b(?:for|over|during|of)\s+({NUMBER})\s+(weeks?|months?|days?|years?)\b|\b({NUMBER})[- ](week|month|day|year)\b", _I
), "week", "month", "day", "year")
_PRIMARY = Cue(re.compile(
    r"\bprimary (?:outcome|end ?point|efficacy (?:outcome|measure))(?: measure)?s?\s+(?:was|were|is|will be)\s+"
    r"(?:the\s+)?([^.;]{3,160})", _I), "primary ")
_POOLED = Cue(re.compile(
    rf"\b({NUMBER})\s+(?:\w+[- ]){{0,3}}(?:studies|trials|RCTs|articles|publications|cohorts)\b"
    r"(?:\s+(?:were|was|met|with|involving|including|comprising|included|fulfilled)\b)?",
    _I,
), "studies", "trials", "rcts", "articles", "publications", "cohorts")
_POOLED_INCLUDE = re.compile(r"\b(?:include[sd]?|identified|yielded|retained|analy[sz]ed|pooled)\s+(?:data from\s+)?$", _I)


def extract_study_facts(doc: Document, mentions: Sequence[Mention] = ()) -> StudyFacts:
    """Design class and design facts of ``doc`` (mentions ground the arms' interventions)."""
    view = fold(f"{doc.title}\n{doc.abstract}")
    text = view.text
    design = _classify(doc, view)
    is_review = design in ("Review", "SystematicReview", "MetaAnalysis")
    blinding = next((name for cue, name in _BLINDING if cue.search(view)), None) if not is_review else None
    controls = tuple(name for cue, name in _CONTROLS if cue.search(view)) if not is_review else ()
    phase = None
    if not is_review and (m := _PHASE.search(view)):
        first = _ROMAN.get(m.group(1), m.group(1).upper())
        phase = first if not m.group(2) else f"{first}/{_ROMAN.get(m.group(2), m.group(2).upper())}"
    centres = None
    if not is_review:
        if _SINGLE_CENTRE.search(view):
            centres = 1
        elif m := _N_CENTRES.search(view):
            centres = parse_number(m.group(1))
    ratio = None
    if m := _RATIO.search(view):
        ratio = re.sub(r"\s+", "", m.group(1) or m.group(2))
    arms = () if is_review else _extract_arms(doc.abstract, mentions)
    sample = extract_sample_size(doc, design, arms)
    populations, species, models = extract_population(text, design, view)
    duration = None
    if not is_review and (m := _DURATION.search(view)):
        value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = parse_number(value)
        if n:
            unit = unit.lower().rstrip("s")
            duration = f"{n} {unit}{'s' if n != 1 else ''}"
    primary = None
    if m := _PRIMARY.search(view):
        primary = m.group(1).strip()
    return StudyFacts(
        design=design,
        sample_size=sample,
        randomized=True if design == "RandomizedControlledTrial" else (False if design == "NonRandomizedTrial" else None),
        blinding=blinding,
        control=controls[0] if controls else None,
        phase=phase,
        centres=centres,
        allocation_ratio=ratio,
        arms=arms,
        populations=populations,
        species=species,
        models=models,
        duration=duration,
        primary_outcome=primary,
        studies_pooled=_studies_pooled(view) if is_review else None,
    )


def _studies_pooled(view: Folded) -> int | None:
    text = view.text
    for m in _POOLED.finditer(view):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() - 12 : m.end()]
        if _POOLED_INCLUDE.search(before) or re.search(r"were|was|met|included|fulfilled", after, _I):
            n = parse_number(m.group(1))
            if n and n < 10_000:
                return n
    return None


# ---- arms ----------------------------------------------------------------------------------------------------

_GROUP_LIST = re.compile(rf"\(\s*((?:n\s*=\s*)?{NUMBER}(?:\s+[A-Za-z][\w-]*)?(?:\s*(?:,|and|;)\s*(?:n\s*=\s*)?{NUMBER}(?:\s+[A-Za-z][\w-]*)?)*)\s*\)", _I)
_GROUP_ITEM = re.compile(rf"(?:n\s*=\s*)?({NUMBER})(?:\s+([A-Za-z][\w-]*))?", _I)
_ARM_CONTEXT = re.compile(r"randomi|assigned|allocated|receiv|treated with|group", _I)


def _extract_arms(abstract: str, mentions: Sequence[Mention]) -> tuple[Arm, ...]:
    """Arms written as ``<intervention or placebo> (12 MDD and 12 BD)`` or ``<intervention> (n = 20)``."""
    interventions = [m for m in mentions if m.passage == "abstract" and m.concept.cls == "Intervention"]
    arms: list[Arm] = []
    for match in _GROUP_LIST.finditer(abstract):
        before = abstract[max(0, match.start() - 60) : match.start()]
        sentence_start = max(abstract.rfind(". ", 0, match.start()), abstract.rfind("\n", 0, match.start())) + 1
        if not _ARM_CONTEXT.search(abstract[sentence_start : match.end() + 80]):
            continue
        groups: list[tuple[str, int]] = []
        for item in _GROUP_ITEM.finditer(match.group(1)):
            n = parse_number(item.group(1))
            if n is not None:
                groups.append((item.group(2) or "", n))
        if not groups:
            continue
        label, concept, placebo = _arm_label(before, match.start(), interventions)
        if label is None:
            continue
        size = sum(n for _, n in groups)
        named = tuple((g, n) for g, n in groups if g and g.lower() not in ("patients", "participants", "subjects"))
        arms.append(Arm(label=label, size=size, concept=concept, placebo=placebo, groups=named if len(named) > 1 else ()))
    return tuple(arms)


def _arm_label(before: str, at: int, interventions: Sequence[Mention]):  # type: ignore[no-untyped-def]
    tail = before.rstrip()
    if re.search(r"\bplacebo$", tail, _I):
        return "placebo", None, True
    for mention in reversed(interventions):
        if at - 3 <= mention.end + (len(before) - len(tail)) <= at and mention.end <= at:
            return mention.concept.label, mention.concept, False
    word = re.search(r"([A-Za-z][\w-]{2,})$", tail)
    if word and word.group(1).lower() not in ("and", "or", "either", "with", "groups", "group", "patients", "participants"):
        return word.group(1), None, False
    return None, None, False
