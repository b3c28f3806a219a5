"""The diagnosis of :mod:`ipkg.extract.finding_errors` (docs/findings.md section 12): misses split by where the two
arguments stand, extras by what the gold knows of them. A self-written abstract, a stub of the scorer's matching
(labels compared case-folded)."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.finding_errors import extras, misses
from ipkg.extract.findings import read_study
from ipkg.extract.mentions import extract_mentions
from ipkg.extract.pair_corpus import Abstract
from ipkg.models import Document

_TOOL = SimpleNamespace(
    curie=lambda iri: iri,
    norm=lambda text: text.casefold(),
    matches=lambda gold, view: gold["label"].casefold() in view["labels"],
)


def _abstract(gold: list[dict]) -> Abstract:
    # (round 13 reads "Interleukin-6 levels fell." right after the sentence naming fluoxetine as fluoxetine's: the
    # sentence opens with its setting here, so the pair stays one across sentences)
    text = ("Mice were given fluoxetine for four weeks. In the hippocampus, interleukin-6 levels fell. "
            "Fluoxetine reduced TNF-alpha in the serum.")
    doc = Document("t.txt", "A study in mice", text, sections=(("RESULTS", 0, len(text)),))
    annotated = annotate(doc, *extract_mentions(doc, get_grounder()))
    found, pico = read_study(annotated, "Other")
    return Abstract("tune2", "t", annotated, pico, found, gold)


def _g(subject: str, relation: str, obj: str) -> dict:
    return {"subject": {"label": subject}, "relation": relation, "object": {"label": obj}, "polarity": "asserted"}


def test_misses_by_kind() -> None:
    gold = [_g("fluoxetine", "decreases", "tumor necrosis factor"),  # found
            _g("fluoxetine", "decreases", "interleukin 6"),  # the two arguments in adjacent sentences
            _g("fluoxetine", "increases", "tumor necrosis factor"),  # stated with another relation
            _g("fluoxetine", "decreases", "interleukin 10")]  # interleukin 10 is grounded nowhere
    counts: Counter = Counter()
    misses(_abstract(gold), _TOOL, counts, [])
    assert counts["found"] == 1 and counts["a adjacent sentences"] == 1
    assert counts["d wrong relation"] == 1 and counts["c not grounded"] == 1


def test_extras_by_kind() -> None:
    counts: Counter = Counter()
    extras(_abstract([_g("fluoxetine", "increases", "tumor necrosis factor")]), _TOOL, counts, [])
    assert counts["extra"] >= 1 and counts["e pair in gold, another relation or polarity"] == 1
