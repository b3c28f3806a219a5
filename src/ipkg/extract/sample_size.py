"""The number of participants (people or animals) an abstract reports for the study itself.

Rules, in order of strength: "a total of N <subjects>"; "<subjects> (n = N)" groups summed within one sentence;
"N <up to five words> <subjects>" in the first sentence that reports a count of subjects; finally the sum of the
trial arms. Reviews and meta-analyses get a number only when the abstract states the pooled participants
(GUIDELINES.md "sample_size"). Counts followed by ``%``, "of N" fractions, "per group" and years are skipped; an in
vitro study's ``n =`` counts its preparations (slices, cells, wells), not a sample, unless of whole hearts. A
comparison group counted apart ("The control group included N ...") is added; the part of an earlier sample that the
study takes ("Of the N who entered ..., M continued into the extension") is the count.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

from ..models import Arm, Document
from .annotate import AnnotatedDocument, Sentence, annotate
from .design_sections import sections
from ..cues import Cue, Folded, fold
from .numbers import NUMBER, parse_number

__all__ = ["NOT_PEOPLE", "extract_sample_size"]

_I = re.IGNORECASE
#: the words of study subjects; in every pattern below one follows white space and ends at a word boundary
_SUBJECT_WORDS = (
    "patients", "participants", "subjects", "individuals", "adults", "children", "adolescents", "volunteers",
    "inpatients", "outpatients", "women", "men", "people", "persons", "veterans", "cases", "controls", "mothers",
    "students", "workers", "smokers", "users", "donors", "twins", "mice", "rats", "animals", "monkeys", "macaques",
    "pigs", "dogs", "rabbits", "cats", "sheep", "piglets", "primates", "infants", "neonates", "newborns", "boys",
    "girls", "pregnancies", "carriers", "probands", "relatives", "siblings", "respondents", "employees", "residents",
    "athletes", "soldiers", "nurses", "physicians", "couples", "families", "dyads", "calves", "cattle", "cows",
    "ewes", "lambs", "horses", "goats", "hamsters", "gerbils", "ferrets", "chicks", "chickens", "marmosets",
    "baboons", "zebrafish", "males", "females", "parturients", "recipients", "schizophrenics", "alcoholics", "addicts",
)
_SUBJECT = f"(?:{'|'.join(_SUBJECT_WORDS)})"
#: the subject words that name animals; an animal study's count of people is not its sample ("58 patients and 46
#: controls" compared with the mice)
_ANIMAL_WORDS = frozenset({
    "mice", "rats", "animals", "monkeys", "macaques", "pigs", "dogs", "rabbits", "cats", "sheep", "piglets",
    "primates", "calves", "cattle", "cows", "ewes", "lambs", "horses", "goats", "hamsters", "gerbils", "ferrets",
    "chicks", "chickens", "marmosets", "baboons", "zebrafish",
})
#: subjects counted by sex may be people or animals
_SEX_WORDS = frozenset({"males", "females"})
_HUMAN_RE = re.compile(rf"\b(?:{'|'.join(w for w in _SUBJECT_WORDS if w not in _ANIMAL_WORDS | _SEX_WORDS)})\b", _I)
_ANIMAL_RE = re.compile(rf"\b(?:{'|'.join(sorted(_ANIMAL_WORDS))})\b", _I)
_SUBJECT_RE = re.compile(rf"\b{_SUBJECT}\b", _I)
#: whole organs an in vitro study may count as its sample (the labels count isolated hearts: "Twenty-four isolated
#: perfused rat hearts"), unlike its slices, cells or wells
_ORGANS = re.compile(r"\b(?:hearts|organs)\b", _I)
#: ... and counted in words: "Twenty-four isolated perfused rat hearts were subjected to ischemia"
_ORGAN_COUNT = Cue(re.compile(rf"(?<![\w.,%=-])({NUMBER})\s+(?:[A-Za-z][\w-]*\s+){{0,4}}?(?:hearts|organs)\b", _I),
                   "hearts", "organs")
#: what a count may be of that is not people or animals: "apraclonidine (26 eyes)", "aortic segments (n = 12)"
NOT_PEOPLE = frozenset({"eye", "eyes", "ear", "ears", "sample", "samples", "specimens", "biopsies", "teeth", "tooth",
                        "lesions", "tumors", "tumours", "wounds", "knees", "hips", "joints", "limbs", "feet", "hands",
                        "implants", "grafts", "sites", "procedures", "operations", "cycles", "embryos", "oocytes",
                        "visits", "episodes", "sessions", "cells", "wells", "slices", "segments", "sections",
                        "vessels", "arteries", "nerves", "fibres", "fibers"})
#: the word right before an ``(n = N)``: what the N counts
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
# Each cue is a pattern and the literal words every match contains (a Cue skips the search when none occurs).
#: a parenthesis between a count and its noun is one of its words ("A total of 169 middle-aged (52-59 years) and older
#: adults")
_PAREN = r"\([^()]{1,30}\)"
_TOTAL = Cue(re.compile(rf"\b(?:a )?total of\s+({NUMBER})\s+(?:(?:[\w'-]+|{_PAREN})\s+){{0,5}}?{_SUBJECT}\b", _I),
             "total of")
#: "N <up to five words> <subjects>"; the words may be a list of adjectives ("53 healthy, non-smoking, normal-weight
#: participants"), but a count whose words hold a comma and a unit is none ("Three days post lesion, most rats", "30
#: min, mice")
#: an anaesthetist's class of physical status is one of those words: "Sixteen ASA physical status I or II patients"
_ASA = r"ASA\s+(?:physical\s+status\s+)?(?:[IV]+|[1-5])(?:\s*(?:-|or|and|to|,)\s*(?:[IV]+|[1-5]))*"
_COUNT = Cue(re.compile(rf"(?<![\w.,%=-])({NUMBER})\s+(?!%)(?:(?:{_ASA}|[A-Za-z'(/+-][\w'()/+-]*|{_PAREN}),?\s+){{0,5}}?"
                        rf"{_SUBJECT}\b", _I), words=_SUBJECT_WORDS)
_N_EQUALS = Cue(re.compile(rf"[\(\[,;]\s*[nN]\s*=\s*({NUMBER})\s*(?:[\),;\]]|\s+(?:per|each|in each))", _I), "=")
_PER_GROUP = re.compile(r"\s*(?:per|each|in each|/group)", _I)
_REVIEWS = ("Review", "SystematicReview", "MetaAnalysis")
_POOLED = Cue(re.compile(
    rf"\b(?:total of|including|involving|comprising|covering|encompassing|with|pooled)\s+({NUMBER})\s+(?:[\w'-]+\s+){{0,3}}?{_SUBJECT}\b", _I
), words=_SUBJECT_WORDS)
#: a clause about one study, not a pooled total: "In a clinical trial involving 282 children", "... is a randomized
#: trial of X and Y involving 980 patients" (a review's account of one trial); "9 studies ..., involving" pools
_ONE_STUDY = re.compile(r"\b(?:trial|study)\b", _I)
_MANY_STUDIES = re.compile(r"\b(?:trials|studies|pooled|meta-analys[ie]s|analysis)\b", _I)
#: the pooled participants of a count of studies: "Eighteen randomized controlled trials of amisulpride (N=2,214)"
_STUDIES_N = Cue(re.compile(rf"\b{NUMBER}\s+(?:[\w-]+\s+){{0,4}}?(?:studies|trials|RCTs)\b[^.;()]{{0,60}}?"
                            rf"\(\s*[nN]\s*=\s*({NUMBER})\s*\)", _I), "studies", "trials", "rcts")
#: the pooled participants after a count of studies: "based on three studies and 326 patients", "16 publications that
#: outlined medication use among 2378 patients"
_STUDIES_PEOPLE = Cue(re.compile(rf"\b{NUMBER}\s+(?:[\w-]+\s+){{0,3}}?(?:studies|trials|RCTs|publications|articles|"
                                 rf"reports|papers)\b[^.;()\d]{{0,60}}?\b(?:and|among|in|of)\s+({NUMBER})\s+"
                                 rf"(?:[\w'-]+\s+){{0,3}}?{_SUBJECT}\b", _I), "studies", "trials", "rcts",
                      "publications", "articles", "reports", "papers")
#: a further group after a total: "A total of 42 individuals with PD, along with 38 controls", "a total of 216
#: patients with X and 352 healthy controls"
_AND_MORE = re.compile(rf"[^.;()]{{0,60}}?(?:\band|\balong with|\bas well as|\bplus)\s+({NUMBER})\s+(?!%)"
                       rf"((?:[\w'-]+\s+){{0,5}}?){_SUBJECT}\b", _I)


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
        return _case_count(annotated)
    if design in _REVIEWS:
        for m in _POOLED.finditer(view):
            clause = re.split(r"[.;]\s", text[:m.start()])[-1]
            if _ONE_STUDY.search(clause) and not _MANY_STUDIES.search(clause):
                continue  # one study's participants
            value = parse_number(m.group(1))
            if value and value >= 10:
                return _and_more(text, m, value)
            break
        # "Eighteen randomized controlled trials of X (N=2,214) were found"
        if (m := _STUDIES_N.search(view)) and (value := parse_number(m.group(1))):
            return value, m.group(0)
        # "meta-analysis based on three studies and 326 patients", "16 publications ... among 2378 patients"
        if (m := _STUDIES_PEOPLE.search(view)) and (value := parse_number(m.group(1))) and value >= 10:
            return value, m.group(0)
        return _pooled_arms(annotated) if design == "MetaAnalysis" else (None, None)
    found: tuple[int, str] | None = None
    if m := _TOTAL.search(view):
        value = parse_number(m.group(1))
        if value:
            found = _and_more(text, m, value)
    if found is None and (_N_EQUALS.may_match(view) or _COUNT.may_match(view)):
        found = _first_counts(annotated, text)
    if (found and design == "AnimalStudy" and _HUMAN_RE.search(found[1]) and not _ANIMAL_RE.search(found[1])
            and _ANIMAL_RE.search(text)):
        return None, None  # people counted beside the animals of an animal study (a comparison sample)
    if found and design == "InVitroStudy" and _N_EQUALS.search(fold(found[1])) and not _ORGANS.search(found[1]):
        return None, None  # an in vitro study's "n = 7" counts its preparations (slices, cells, wells)
    if found is None and design == "InVitroStudy" and (m := _ORGAN_COUNT.search(view)) and (
            value := parse_number(m.group(1))) and value >= 2:
        return value, m.group(0)
    return found or _from_arms(arms)


def _and_more(text: str, m: re.Match[str], value: int) -> tuple[int, str]:
    """A total (``m``, of ``value``) plus a further group the same sentence adds to it ("a total of 42 individuals
    with PD, along with 38 controls"); a part of it ("a total of 100 patients (40 men and 60 women)") is no
    further group."""
    more = _AND_MORE.match(text, m.end())
    if more and (n := parse_number(more.group(1))) and n >= 2 and not any(
            word.lower() in _NOT_BETWEEN for word in more.group(2).split()) and not _PART_OF_WORD.search(
            text, m.end(), more.start(1)):
        return value + n, text[m.start():more.end()]
    return value, m.group(0)


def _pooled_arms(annotated: AnnotatedDocument) -> tuple[int | None, str | None]:
    """A pooled analysis that gives its participants by arm ("patients received X (n = 1056) or Y (n = 703)"):
    the first sentence that names subjects and gives two or more ``n =`` groups, summed (an ``n`` in a sentence
    without subjects counts studies)."""
    for sentence in annotated.iter_sentences(passage="abstract"):
        view = fold(sentence.text)
        if _N_EQUALS.may_match(view) and _SUBJECT_RE.search(sentence.text):
            values = [parse_number(m.group(1)) or 0 for m in _N_EQUALS.finditer(view)]
            if len(values) >= 2 and sum(values) >= 10:
                total = values[0] if _total_of_parts(values) else sum(values)
                return total, sentence.text.strip()
    return None, None


def _from_arms(arms: Sequence[Arm]) -> tuple[int | None, str | None]:
    sized = [arm.size for arm in arms if arm.size]
    if len(sized) >= 2:
        return sum(sized), ", ".join(f"{arm.label} (n = {arm.size})" for arm in arms if arm.size)
    return None, None


def _first_counts(annotated: AnnotatedDocument, text: str) -> tuple[int, str] | None:
    """The count of the first sentence that describes the study and counts its subjects (summed when it lists the
    groups of one sample), plus a further sample that a later sentence adds ("another 14 patients", "100 students were newly recruited")."""
    # the sentences that describe the study first: a count in the results is often an outcome ("2 rats died")
    first_person = _first_person(annotated)
    units = annotated.derived(sections)
    sentences = sorted(units, key=lambda s: (s.role not in _STUDY_ROLES and not first_person(s), s.index))
    groups = functools.lru_cache(maxsize=1)(lambda: _groups(text))  # read only when a count is per group
    for at, sentence in enumerate(sentences):
        counts = _sentence_counts(fold(sentence.text), groups)
        if not counts or _ADDED.search(counts[0][1]):
            continue  # "12 additional ewes were blinded": a sample added to one the abstract does not count
        if (part := _PART_STUDIED.search(sentence.text)) and (value := parse_number(part.group(1) or part.group(2))
                                                              ) and value >= 2:
            return value, part.group(0)  # the part of an earlier sample that this study takes
        found = _parallel(_sum(counts, sentence.text), counts[0][1], sentence, units, groups, text)
        found = _later_studies(found, counts[0][1], sentence, units, groups, text)
        found = _comparison_group(found, sentence, units, groups, text)
        for later in sentences[at + 1:]:
            if later.index > sentence.index and _has_word(_ANOTHER_WORDS, later.text.lower()):
                more = _sentence_counts(fold(later.text), groups)
                if more and (where := later.text.find(more[0][1])) >= 0 and (
                        _ANOTHER.search(later.text, 0, where) or _NEWLY.match(later.text, where + len(more[0][1]))
                        or _ADDED.search(more[0][1])):
                    extra = _sum(more, later.text)
                    return found[0] + extra[0], _span(text, found[1], extra[1])
        return found
    return None


#: a sentence about one of several disjoint samples: "In the IGHD cohort, there were 184 patients ..."
_IN_SAMPLE = re.compile(r"\W*(?:in|among|for|from) (?:the|a|an) ((?:[\w-]+ ){1,3}?)(cohort|sample|population|dataset|"
                        r"centre|center|site|study|country|region|trial|group|arm)\b", _I)

#: where a clause starts inside one sentence of the annotation ("... analysis.; In the IGHD cohort, ...")
_CLAUSE = re.compile(r"[.;]\s+(?=[A-Z])")


def _parallel(found: tuple[int, str], phrase: str, sentence: Sentence, units: Sequence[Sentence],
              groups: Callable[[], int | None], text: str) -> tuple[int, str]:
    """``found`` plus the counts of the sentences right after it that count another sample of the same kind in the
    same words ("In the IGHD cohort, there were 184 patients ... In the ISS cohort there were 117 patients ...":
    disjoint cohorts, summed); ``phrase`` is the first count's, whose clause must open with such a sample."""
    at = sentence.text.find(phrase)
    clause = _CLAUSE.split(sentence.text[:at])[-1] if at > 0 else sentence.text  # "...; In the A cohort, 184 ..."
    m = _IN_SAMPLE.match(clause)
    if m is None:
        return found
    names, kind = {m.group(1).lower()}, m.group(2).lower()
    total, last, added = found[0], found[1], False
    for later in units:
        if later.index <= sentence.index:
            continue
        other = _IN_SAMPLE.match(later.text)
        if other is None or other.group(2).lower() != kind or other.group(1).lower() in names:
            break
        counts = _sentence_counts(fold(later.text), groups)
        if not counts:
            break
        names.add(other.group(1).lower())
        value, last = _sum(counts, later.text)
        total += value
        added = True
    opening = sentence.text[at - len(clause):].strip() if at > 0 else found[1]  # the clause of the first sample on
    return (total, _span(text, opening, last)) if added else found


#: a clause opening the first of several numbered studies: "In the first study, 18 participants ...", "In Study 1,"
_FIRST_STUDY = re.compile(r"\W*(?:(?:in|for) (?:the|a) first (?:[\w-]+ )?(?:study|experiment)|(?:in )?(?:study|"
                          r"experiment) (?:1|one|I)\b)", _I)
#: ... and a sentence opening a later one: "In a subsequent study, ...", "Study 2 exposed 32 participants ..."
_NEXT_STUDY = re.compile(r"\W*(?:(?:in|for) (?:the|a) (?:second|third|fourth|subsequent|next|later|follow-up) "
                         r"(?:[\w-]+ )?(?:study|experiment)|(?:in )?(?:study|experiment) (?:[2-9]|two|three|four|II|"
                         r"III|IV)\b)", _I)
#: a later study that reuses the samples before it: "Study 3 used data from the 2,157 adolescents used in the first
#: two studies", "the same participants"
_REUSED = re.compile(r"\b(?:same|first two|previous|earlier|above)\b", _I)


def _later_studies(found: tuple[int, str], phrase: str, sentence: Sentence, units: Sequence[Sentence],
                   groups: Callable[[], int | None], text: str) -> tuple[int, str]:
    """``found`` plus the samples of the abstract's other numbered studies when the first count's clause opens one
    of them and one of them is the first ("In the first study, 18 participants ... Study 2 exposed 32
    participants": 50; the labels count every study the abstract reports), wherever those sentences stand."""
    at = sentence.text.find(phrase)
    clause = _CLAUSE.split(sentence.text[:at])[-1] if at > 0 else sentence.text
    first = bool(_FIRST_STUDY.match(clause))
    if not first and not _NEXT_STUDY.match(clause):
        return found
    others = []
    for other in units:
        if other.index != sentence.index and not _REUSED.search(other.text) and (
                (opens_first := _FIRST_STUDY.match(other.text)) or _NEXT_STUDY.match(other.text)):
            if counts := _sentence_counts(fold(other.text), groups):
                others.append(_sum(counts, other.text))
                first = first or bool(opens_first)
    if not first or not others:
        return found
    return found[0] + sum(value for value, _ in others), found[1]


#: a comparison group named as such, with its count: "The control group included 44 healthy subjects", "and a
#: control group of 11 patients", "A group of 15 normal subjects was used as a control", "Normal controls (n = 8)"
_CONTROL_GROUP = Cue(re.compile(
    rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:control|comparison|reference)\s+(?:group|sample|cohort)\s+"
    rf"(?:(?:that\s+)?(?:included|includes|comprised|comprising|consisted\s+of|consisting\s+of|of|with)\s+)"
    rf"({NUMBER})\s+(?:[\w'-]+\s+){{0,4}}?{_SUBJECT}\b"
    rf"|(?<![\w.,%=-])({NUMBER})\s+(?:[\w'-]+\s+){{0,4}}?{_SUBJECT}\b[^.;]{{0,40}}?\b(?:was|were)\s+(?:used|included|"
    rf"recruited|enrolled|studied|tested)?\s*as\s+(?:a\s+|the\s+)?(?:controls?|comparison)\b"
    rf"|\bcontrols\s*\(\s*[nN]\s*=\s*({NUMBER})\s*\)", _I), "control", "comparison", "reference")
#: words that say a count already holds its comparison group
_HAS_CONTROLS = re.compile(r"\b(?:controls?|comparison|healthy|normal)\b", _I)
#: a later sentence that adds a sample: "In addition, patients ... were randomly assigned to A (N = 24) or B (N = 23)"
_IN_ADDITION = re.compile(r"\W*(?:in addition|additionally)\b", _I)


#: the part of an earlier sample that the study reports on: "Of the 139 patients who entered the first phase, 113
#: patients continued into the extension", "From the 110 patients randomized in the trial, 78 were included in this
#: analysis", "We recruited 179 participants, of whom 101 fulfilled the inclusion criteria"
_PART_STUDIED = re.compile(
    rf"\b(?:of|from) (?:the|these|all) {NUMBER} [^.;]{{0,100}}?,\s*({NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:were|was)?\s*"
    rf"(?:included|continued|entered|enrolled|analy[sz]ed)\s+(?:in|into)\s+(?:this|the|an?)\b"
    rf"|\b{NUMBER}\s+(?:[\w'-]+\s+){{0,3}}?{_SUBJECT},?\s+of whom\s+({NUMBER})\s+(?:fulfilled|met|satisfied|were "
    rf"eligible|were included)\b", _I)


def _comparison_group(found: tuple[int, str], sentence: Sentence, units: Sequence[Sentence],
                      groups: Callable[[], int | None], text: str) -> tuple[int, str]:
    """``found`` plus a comparison group the abstract counts apart from it: a control group named as such in a
    later sentence that describes the study ("The control group included 44 healthy subjects"), or after the
    ``n =`` groups of the first count's own sentence ("... (N = 14), and a control group of 11 patients"); or the
    sample of a later study sentence opening "In addition" ("In addition, patients ... (N = 24) or ... (N = 23)").
    A first count whose words already name controls (or healthy or normal people) is left as it is."""
    if _HAS_CONTROLS.search(found[1]) and found[1] != sentence.text.strip():
        return found
    for later in units:
        if later.index < sentence.index or (later.index > sentence.index + 1 and later.role not in _STUDY_ROLES):
            continue
        view = fold(later.text)
        if later.index == sentence.index:
            if not _N_EQUALS.may_match(view) or not _N_EQUALS.search(view):
                continue  # counted words of one sentence were summed already
            m = next((m for m in _CONTROL_GROUP.finditer(view) if not m.group(3)), None)
        else:
            if _HAS_CONTROLS.search(found[1]):
                return found
            m = _CONTROL_GROUP.search(view)
            if m is None and _IN_ADDITION.match(later.text) and (counts := _sentence_counts(view, groups)):
                value, phrase = _sum(counts, later.text)
                return found[0] + value, _span(text, found[1], phrase)
        if m and (value := parse_number(next(g for g in m.groups() if g))) and value >= 2:
            return found[0] + value, _span(text, found[1], m.group(0))
    return found


def _span(text: str, first: str, last: str) -> str:
    """The verbatim text from ``first`` to ``last`` when it is short, else ``first``."""
    start = text.find(first)
    end = text.find(last, start + 1)
    return text[start:end + len(last)] if 0 <= start < end and end + len(last) - start <= 400 else first


def _sum(counts: list[tuple[int, str]], sentence: str) -> tuple[int, str]:
    if len(counts) > 1 and _is_group_list(sentence):
        return sum(c for c, _ in counts), sentence.strip()
    return counts[0]


_CASES = Cue(re.compile(
    rf"\b(?:(?:we|authors) (?:report|describe|present|studied|treated|observed|saw)|(?:report|description|series) of) "
    rf"({NUMBER}) (?:\w+ ){{0,3}}?(?:cases|patients|children|adults|women|men|boys|girls|siblings|brothers|sisters"
    rf"|members|subjects|individuals)\b", _I), "we ", "authors ", "of ")
_ONE_CASE = Cue(re.compile(r"\b(?:a|an) \d+[- ](?:year|month|week|day)[- ]old\b[^.;]{0,40}|\bcase reports?\b"
                           r"|\b(?:we (?:report|describe|present)|report of) (?:a|an|the) (?:\w+ ){0,3}?(?:case|patient)"
                           r"\b", _I), "old", "case", "report", "describe", "present")


#: the cases a title counts: "Two cases of X", "three case reports", "X in four siblings"
_TITLE_CASES = re.compile(rf"\b({NUMBER}) (?:[\w-]+ ){{0,2}}?(?:cases|case reports|patients|children|adults|women|men|"
                          rf"siblings|brothers|sisters|infants|boys|girls)\b", _I)
#: one person named with "a"/"an": "a diabetic patient", "an elderly woman" (a single case, not a series)
_A_PATIENT = re.compile(r"\b(?:a|an) (?:[\w-]+ ){0,3}?(?:patient|man|woman|boy|girl|child|infant)\b", _I)


#: "in 2 of the 3 cases": the cases a report describes
_OF_THE_CASES = Cue(re.compile(rf"\b{NUMBER} of (?:the|these|our|all) ({NUMBER}) (?:cases|patients)\b", _I), " of ")


#: the same in the passive: "Two cases of X and one of Y ... are reported", "Three patients ... are described"
_CASES_PASSIVE = Cue(re.compile(
    rf"\b({NUMBER}) (?:\w+ ){{0,2}}?(?:cases|patients)\b(?:[^.;]{{0,80}}?\band ({NUMBER}) (?:of|with)\b)?"
    rf"[^.;]{{0,120}}?\b(?:are|were) (?:reported|described|presented)\b", _I), "reported", "described", "presented")


def _case_count(annotated: AnnotatedDocument) -> tuple[int, str | None]:
    """A case report's people: the number it says it describes ("we report three patients", "in 2 of the 3
    cases", "two cases of X and one of Y are reported": the largest); else, when no single case is named ("a
    45-year-old man", "we report a case", "a diabetic patient"), the first count of people of a series ("Two elderly
    patients developed seizures", "in 2 patients who were receiving X"); else one."""
    view = annotated.folded
    found = [(value, m.group(0)) for cue in (_CASES, _OF_THE_CASES) for m in cue.finditer(view)
             if (value := parse_number(m.group(1))) and value < 50]
    found += [(value, m.group(0)) for m in _CASES_PASSIVE.finditer(view)
              if (value := (parse_number(m.group(1)) or 0) + (parse_number(m.group(2) or "") or 0)) and value < 50]
    title = annotated.document.title
    found += [(value, m.group(0)) for m in _TITLE_CASES.finditer(title) if (value := parse_number(m.group(1)))
              and 2 <= value < 50]
    if found:
        return max(found, key=lambda f: f[0])
    if m := _ONE_CASE.search(view):
        return 1, m.group(0).strip()
    if _A_PATIENT.search(view.text):
        return 1, None
    for sentence in annotated.iter_sentences(passage="abstract"):
        counts = _sentence_counts(fold(sentence.text), outcomes=False)
        if counts and 2 <= (series := _sum(counts, sentence.text))[0] < 50:
            return series
    return 1, None


#: the roles of sentences that describe the study (its design, subjects and methods)
_STUDY_ROLES = frozenset({"objective", "methods", "other"})
#: a sentence in the first person describes the study whatever role it was given ("We gave X to 11 rabbits.")
_FIRST_PERSON = ("we", "our")
#: "we" or "our" ending a word; that it starts one is checked apart (a pattern that opens with ``\b`` is tried at
#: every character, one that opens with a letter only where that letter is: 3x faster)
_WE = re.compile(r"(?:we|our)\b")
#: a further group of the same count: "358 patients with UIA and 161 with RIA", "fifty healthy and fifty ill students"
_AND_N = re.compile(rf"(?:^|\s)(?:and|,)\s+({NUMBER})\s+(?:with|without|who|had|were|[a-z][\w-]*\s+(?:and|or)\b)", _I)
_INNER_N = re.compile(rf"\s(?:and|,)\s+({NUMBER})\s", _I)
#: groups listed before the counted noun: "29 iRBD, 42 MSA, 40 PD, and 35 normal controls"
_LIST_BEFORE = re.compile(rf"((?:(?<![\w.,%=-]){NUMBER}\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*,\s*)+)(?:and\s+)?$",
                          _I)
_LIST_ITEM = re.compile(rf"({NUMBER})\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*,", _I)
#: a first group joined by "and" to the counted noun, which both share: "Ten hospitalized schizophrenic and 10
#: schizoaffective patients", "five unmedicated and 20 medicated inpatients" (the words before "and" describe the
#: noun; a unit or a preposition there makes the number no count of it: "12 weeks and 40 patients")
_PAIR_BEFORE = re.compile(rf"(?<![\w.,%=-])({NUMBER})\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+and\s+$", _I)
_NOT_DESCRIBING = frozenset({"times", "hours", "days", "weeks", "months", "years", "minutes", "mg", "g", "kg", "ml",
                             "doses", "sessions", "visits", "sites", "centres", "centers", "studies", "trials",
                             "groups", "arms", "items", "samples", "cases", "per", "percent"})

#: units of time and dose a number may count ("30 min, mice were ...": no count of mice)
_UNITS = _NOT_DESCRIBING | {"s", "sec", "secs", "seconds", "min", "mins", "h", "hr", "hrs", "day", "week", "month",
                            "year", "later", "earlier", "ago", "µg", "mcg", "l", "mmol", "mm", "cm"}


#: what before a number makes it no count of subjects: "7 of 20", "thirty-seven of 160", "(", "phase 3", "day 14"
_NOT_A_COUNT = re.compile(rf"\b{NUMBER}\s+(?:out\s+)?of\s*$|[(/]\s*$|\b(?:phase|day|week|month|year|visit|group|arm|"
                          r"study)\s*$", _I)
#: a Greek letter after a number makes it a position in a molecule's name, not a count: "5 alpha-reductase type I
#: knockout mice", "17 beta-estradiol", "11 beta-hydroxysteroid"
_LOCANT = re.compile(r"\s*(?:alpha|beta|gamma|delta|kappa|omega|α|β|γ|δ|κ|ω)\b", _I)
#: words that cannot stand between a count and its noun: "two compounds were tested in mice", "15 of the patients",
#: "12 weeks in patients" count something else
_NOT_BETWEEN = frozenset({"of", "in", "into", "on", "at", "for", "from", "to", "by", "per", "each", "were", "was",
                          "is", "are", "be", "been", "had", "have", "has", "than", "after", "before", "during", "who",
                          "which", "that", "the", "these", "those", "among"})
#: a part of a count already made: "42 carriers, including 19 people ...", "60 patients, of whom 12 ..."
_PART_OF = re.compile(r"(?:\binclud(?:ing|ed)|\bof (?:whom|which|these|them)|\bamong (?:them|whom|these)|\bi\.e\.,?"
                      r"|\bnamely)\s*(?:[\w-]+\s+){0,2}$", _I)
#: the next part of a count, after the part before it: "80 adults, including 40 patients with depression and 40
#: healthy controls" (both are parts of the 80)
_PART_AND = re.compile(r"[^.;:]{0,60}?(?:,|\band)\s*", _I)
#: the same words anywhere between two counts: "62 patients, including 39 with NS and 23 with non-NS"
_PART_OF_WORD = re.compile(r"\binclud(?:ing|ed)\b|\bof (?:whom|which|these|them)\b|\bamong (?:them|whom|these)\b"
                           r"|\bi\.e\.|\bnamely\b", _I)
#: what happened to subjects (a count of an outcome, not of the sample): "2 rats succumbed", "5 patients died",
#: "Four subjects (8%) responded", "Forty-eight patients completed"
_OUTCOME = re.compile(r"\W{0,3}(?:\(\d+(?:\.\d+)?\s*%\)\s*)?(?:(?:also|later|subsequently|then|eventually)\s+)?(?:died|succumbed|developed|"
                      r"experienced|relapsed|responded|remitted|dropped|withdrew|discontinued|required|achieved|showed"
                      r"|completed"
                      r"|improved|worsened|deteriorated|were excluded|were withdrawn|were lost)\b", _I)
#: a count of one group: "thirty patients were enrolled in each treatment group", "(each n = 95)", "10 per group"
_EACH = re.compile(r"[^.;]{0,40}?\b(?:in each|each|per|for each)\s+(?:of the\s+(?:\w+\s+)?)?(?:\w+\s+)?(?:group|arm|cohort)s?\b"
                   r"|\s*(?:per|each|in each|/group)\b", _I)
#: the groups of a count before it: "divided into four groups of 10 rats", "3 groups (n = 8 ..."
_GROUPS_OF = re.compile(rf"\b({NUMBER})\s+(?:[\w-]+\s+)?groups\s+of\s*$", _I)
#: a count of one group stated before it: "each group consisted of 10 rats"
_EACH_BEFORE = re.compile(r"\b(?:each|every|per)\s+(?:[\w-]+\s+)?(?:group|arm)\s+(?:consisted\s+of|comprised|"
                          r"included|contained|had|received|of)\s*$", _I)
_EACH_N = re.compile(rf"\beach\s+n\s*=\s*({NUMBER})", _I)
#: how many groups the study has: "the 2 treatment groups", "three arms", "the test and control cohorts", "both groups"
_N_GROUPS = re.compile(r"\b(two|three|four|five|2|3|4|5)\s+(?:[\w-]+\s+){0,2}?(?:groups|arms|cohorts)\b"
                       r"|\b(?:[\w-]+\s+and\s+[\w-]+|both(?:\s+[\w-]+)?)\s+(?:groups|arms|cohorts)\b", _I)
#: a further sample in a later sentence: "Another 14 patients ...", "an additional cohort of 120 patients ..."
_ANOTHER_WORDS = ("another", "further", "additional", "second", "separate", "newly")
_ANOTHER = re.compile(r"\b(?:another|a further|an additional|a second|a separate)\b(?:\s+[\w-]+){0,3}\s*$", _I)
#: ... or inside it: "12 additional ewes", "20 more patients"
_ADDED = re.compile(r"^\S+\s+(?:[\w'-]+\s+){0,2}?(?:additional|further|more)\b", _I)
#: ... or after it: "100 students were newly recruited", "40 patients were additionally enrolled"
_NEWLY = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:were|was)\s+(?:newly|additionally|further)\s+(?:recruited|enrolled|"
                    r"included)\b", _I)


#: a share of a count right before an ``(n = N)`` that restates the share: "49% of 83 boys (n = 41)"
_SHARE_OF = re.compile(rf"\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?({NUMBER})\s+(?:[\w'-]+\s+){{0,3}}?{_SUBJECT}\s*"
                       rf"(?:[\w'-]+\s+){{0,8}}?$", _I)


def _has_word(words: tuple[str, ...], lower: str) -> bool:
    """Whether one of ``words`` occurs in ``lower`` as a whole word (a substring test first: most texts lack them)."""
    return any(word in lower for word in words) and bool(
        re.search(rf"\b(?:{'|'.join(words)})\b", lower))


def _first_person(annotated: AnnotatedDocument) -> Callable[[Sentence], bool]:
    """Whether an abstract sentence speaks in the first person, from one pass over the folded text."""
    lower = annotated.folded.lower
    if lower is None:
        return lambda sentence: _has_word(_FIRST_PERSON, sentence.text.lower())
    split = len(annotated.document.title) + 1  # the folded text is title + "\n" + abstract
    at = [start - split for m in _WE.finditer(lower, split)
          if not ((c := lower[(start := m.start()) - 1]).isalnum() or c == "_")]  # start >= split > 0
    return lambda sentence: bisect.bisect_left(at, sentence.start) < bisect.bisect_left(at, sentence.end)


def _groups(text: str) -> int | None:
    """How many groups the abstract says its study has, or ``None`` when it does not say."""
    m = _N_GROUPS.search(text)
    if m is None:
        return None
    return parse_number(m.group(1)) if m.group(1) else 2


def _sentence_counts(view: Folded, groups: Callable[[], int | None] = lambda: None, outcomes: bool = True
                     ) -> list[tuple[int, str]]:
    """Subject counts of one sentence and their phrases: ``(n = N)`` groups when present, else ``N <subjects>``.
    A count of one group ("N per group") counts ``groups()`` times, and nothing when the number of groups is not
    known. With ``outcomes`` a count of what happened to subjects ("5 patients died") is none (in a case series it
    is the series)."""
    sentence = view.text
    if "=" in sentence and (m := _EACH_N.search(sentence)):
        value = parse_number(m.group(1))
        return [(value * k, sentence.strip())] if value and (k := groups()) else []
    n_values = []
    n_matches = list(_N_EQUALS.finditer(view))
    if any((unit := _WORD_BEFORE.search(sentence, max(0, m.start() - 30), m.start() + 1)) and unit.group(1).lower()
           in NOT_PEOPLE for m in n_matches):
        n_matches = []  # "untreated (n = 12) and treated aortic segments (n = 12)": the groups count samples
    for at, m in enumerate(n_matches):
        if _PER_GROUP.match(sentence, m.end(1)) or re.search(r"\b(?:per|each)\b", sentence[m.end(1) : m.end(1) + 12],
                                                              _I):
            value = parse_number(m.group(1))
            return [(value * k, sentence.strip())] if value and (k := groups()) else []
        if at and _PART_OF_WORD.search(sentence, n_matches[at - 1].end(), m.start()):
            continue  # "(N = 13), most of whom had dementia (n = 12)": a part of the group before it
        if whole := _SHARE_OF.search(sentence, max(0, m.start() - 60), m.start()):
            return [(parse_number(whole.group(1)) or 0, whole.group(0))]  # "49% of 83 boys (n = 41)": the whole
        value = parse_number(m.group(1))
        if value:
            n_values.append((value, sentence.strip()))
    if len(n_values) == len(n_matches) and _total_of_parts([v for v, _ in n_values]):
        return n_values[:1]  # a total, then the groups it was split into
    if n_values:
        return n_values
    counts: dict[int, tuple[int, str]] = {}  # by the offset of the number: a number is counted once
    last_end = part_end = -1  # the end of the last count kept, and of the last part of it
    for m in _COUNT.finditer(view):
        before = sentence[max(0, m.start() - 30) : m.start()]
        if (_NOT_A_COUNT.search(before) or sentence[m.end(1) : m.end(1) + 3].startswith("%")
                or _LOCANT.match(sentence, m.end(1))):
            continue
        value = parse_number(m.group(1))
        if value is None or value < 2 or (1900 <= value <= 2100 and m.group(1).isdigit()):
            continue
        between = m.group(0)[len(m.group(1)) :].split()[:-1]
        if any(word.lower() in _NOT_BETWEEN for word in between) or ("," in m.group(0) and any(
                word.rstrip(",").lower() in _UNITS for word in between)):
            continue
        if outcomes and _OUTCOME.match(sentence, m.end()):
            continue
        if last_end >= 0 and (_PART_OF.search(sentence, last_end, m.start()) or ":" in sentence[last_end:m.start()]
                              or sentence.rfind("(", last_end, m.start()) > sentence.rfind(")", last_end, m.start())
                              or (part_end >= 0 and _PART_AND.fullmatch(sentence, part_end, m.start()))):
            part_end = m.end()
            continue  # a part of the count before it (also its breakdown after a colon: "160 women: 40 controls; ...")
        if (n_groups := _GROUPS_OF.search(before)) and (k := parse_number(n_groups.group(1))):
            value *= k  # "four groups of 10 rats": 40
        elif _EACH.match(sentence, m.end()) or _EACH_BEFORE.search(before):
            if not (k := groups()):
                continue
            value *= k
        last_end = m.end()
        if not counts and (listed := _LIST_BEFORE.search(sentence, 0, m.start())):
            for item in _LIST_ITEM.finditer(listed.group(1)):
                if (n := parse_number(item.group(1))) and n >= 2:
                    counts[listed.start() + item.start(1)] = (n, sentence[listed.start():m.end()])
        elif not counts and (pair := _PAIR_BEFORE.search(sentence, max(0, m.start() - 60), m.start())) and not (
                _NOT_DESCRIBING | _NOT_BETWEEN).intersection(pair.group(2).lower().split()) and (
                n := parse_number(pair.group(1))) and n >= 2:
            counts[pair.start(1)] = (n, sentence[pair.start():m.end()])
        counts[m.start(1)] = (value, m.group(0) if not counts else sentence[min(counts):m.end()])
        # "fifty healthy and fifty diarrheal students": a number inside the match is a group of the same count
        for inner in _INNER_N.finditer(m.group(0), len(m.group(1))):
            if (n := parse_number(inner.group(1))) and n >= 2:
                counts.setdefault(m.start() + inner.start(1), (n, m.group(0)))
        if ((extra := _AND_N.search(sentence, m.end(), m.end() + 80)) and (n := parse_number(extra.group(1))) and n >= 2
                and not _PART_OF_WORD.search(sentence, m.end(), extra.start())):
            counts.setdefault(extra.start(1), (n, sentence[m.start():extra.end(1)]))
            last_end = max(last_end, extra.end())
    ordered = sorted(counts)
    if _total_of_parts([counts[at][0] for at in ordered]):
        return [counts[ordered[0]]]  # "Eleven sheep were randomly divided into two groups, 6 ... and 5 ...": 11
    return [counts[at] for at in ordered]


def _total_of_parts(values: Sequence[int]) -> bool:
    """Are three or more counts of one sentence a total and then the groups it was split into, whatever words join
    them ("Children (n = 120) were randomized to placebo (n = 40), A (n = 41) or B (n = 39)", "three studies (n =
    612) comparing A (n = 339) with B (n = 160) and C (n = 113)", "Eleven sheep were randomly divided into two groups,
    6 ... and 5 ...")? Then the first is the count (for ``n =`` groups, counts without them and a pooled analysis'
    arms alike)."""
    return len(values) > 2 and values[0] == sum(values[1:])


def _is_group_list(sentence: str) -> bool:
    """True when a sentence lists the groups of one sample ("60 patients and 40 healthy controls")."""
    return bool(re.search(r"\b(?:and|or|versus|vs\.?|compared with|as well as)\b|,", sentence, _I))
