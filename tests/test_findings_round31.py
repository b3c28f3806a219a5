"""Round 31 of the findings rules (s16 issue 12; docs/findings.md section 31): two causes of wrong findings round 28
found on fresh sample M. "Some of these agents, especially A, B and C" stands for A, B and C, not for every agent of
the sentence before (:mod:`ipkg.extract.anaphora`); a plural noun after a mention ("§ patients", "§ levels") is no
verb of a title (:mod:`ipkg.extract.title_result`). Self-written sentences; mentions from the shipped lexicon.
"""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.extract.title_result import title_states_result
from ipkg.models import Document

Row = tuple[str, str, str, bool, bool]

#: four drugs named as agents, the sentence a demonstrative of agents reaches back to
_FOUR = "Haloperidol, sulpiride, amisulpride and remoxipride were given to patients. "


def _rows(text: str) -> set[Row]:
    """``(subject, predicate, object, negated, hedged)`` of the findings of a results passage ``text``."""
    doc = Document("t.txt", "A review", text, sections=(("RESULTS", 0, len(text)),))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "Other")
    return {(f.subject.label, f.predicate, f.obj.label if f.obj else "", f.negated, f.hedged) for f in findings}


def _subjects(rows: set[Row]) -> set[str]:
    return {s.lower() for s, *_ in rows}


# ------------------------------------------------------------ a quantifier of a part before a demonstrative
def test_some_of_these_drugs_especially_a_and_b_is_a_and_b() -> None:
    rows = _rows(_FOUR + "Some of these drugs, especially haloperidol and sulpiride, were found to be efficacious in "
                 "schizophrenia and bipolar disorder.")
    assert ("haloperidol", "treats", "schizophrenia", False, False) in rows
    assert ("sulpiride", "treats", "bipolar disorder", False, False) in rows
    assert not _subjects(rows) & {"amisulpride", "remoxipride"}


@pytest.mark.parametrize("quantifier", ["Some", "Several", "One", "Most", "A few", "Two"])
def test_a_part_of_these_drugs_named_nowhere_is_no_one(quantifier: str) -> None:
    rows = _rows(_FOUR + f"{quantifier} of these drugs were found to be efficacious in schizophrenia.")
    assert not _subjects(rows) & {"haloperidol", "sulpiride", "amisulpride", "remoxipride"}


def test_a_part_of_the_disorders_before_is_no_one() -> None:
    rows = _rows("Changes in the gut microbiota occur in depression, autism and Parkinson's disease. Probiotics "
                 "improved some of these disorders in mice.")
    assert not any(s.lower() == "probiotics" and p == "treats" for s, p, *_ in rows)


def test_all_of_these_drugs_is_each_of_them() -> None:  # guard: a quantifier of the whole
    rows = _rows(_FOUR + "All of these drugs were found to be efficacious in schizophrenia.")
    assert {"haloperidol", "sulpiride", "amisulpride", "remoxipride"} <= _subjects(rows)


def test_none_of_these_drugs_denies_each_of_them() -> None:  # guard
    rows = _rows(_FOUR + "None of these drugs was efficacious in schizophrenia.")
    assert ("amisulpride", "treats", "schizophrenia", True, False) in rows


def test_these_drugs_is_each_of_them() -> None:  # guard: no quantifier
    rows = _rows(_FOUR + "These drugs were found to be efficacious in schizophrenia.")
    assert ("remoxipride", "treats", "schizophrenia", False, False) in {(s.lower(), *r) for s, *r in rows}


# ------------------------------------------------------------ a plural noun after a mention in a title
@pytest.mark.parametrize("title", [
    "A randomized clinical trial of §§§§§§§§§§ in §§§§§§§§§§§§§§§§§§ patients",
    "Serum §§§§ levels in §§§§§§§§§§§§ treated with §§§§§§§§§§",
    "§§§§§§§§§ status and §§§§§§§§§§ in older adults",
    "§§§§§§§§§ effects on sleep in healthy volunteers",
    "Cognitive function in chronic §§§§§§§§ users.",
    "§§§§§§§§§§§ prophylaxis with §§§§§§§: a placebo-controlled trial",
    "§§§§§§§§§§§ pharmacokinetics in elderly subjects",
    "§§§§§§§§ symptoms: a review",
    "§§§§§§§§ users and abusers in a rural county",
])
def test_a_plural_noun_after_a_mention_is_no_verb(title: str) -> None:
    assert not title_states_result(title)


@pytest.mark.parametrize("title", [
    "§§§§§§§§§ reduces §§§§ levels in §§§§§§§§§§§§",  # guard: a verb before its object
    "§§§§§§§§§ protects against §§§§§§§§§§§§ in rats",
    "§§§§§§§§§ results in §§§§§§§§§§ in mice",  # a verb whose complement opens with "in"
    "Serum §§§§ correlates with §§§§§§§§§ severity",
    "§§§§§§§§§ increases hippocampal §§§§ expression",
    "§§§§§§§§§ injections induce §§§§§§§ in mice",  # the noun's own verb follows
    "§§§§§§§§§ prevents and reduces anxiety-like behaviours",  # two verbs
])
def test_a_verb_after_a_mention_still_states_a_result(title: str) -> None:
    assert title_states_result(title)


def test_a_topic_title_with_a_population_noun_states_no_finding() -> None:
    text = "Patients received vitamin D3 or placebo for 12 weeks. Disease activity was recorded monthly."
    doc = Document("t.txt", "A randomized clinical trial of vitamin D3 in ulcerative colitis patients", text,
                   sections=(("METHODS", 0, len(text)),))
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    findings, _ = read_study(annotate(doc, mentions, abbreviations), "RCT")
    assert not [f for f in findings if f.role == "title"]
