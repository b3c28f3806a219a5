"""Findings cost grows linearly with the sentence (issue 14 item 4): a 64 KB "sentence" of mentions takes about
eight times the pair contexts of an 8 KB one, not 512 times (the old pairing scanned every mention for every pair)."""

from __future__ import annotations

import time

import pytest

from ipkg.extract import pairing
from ipkg.extract.findings import extract_findings
from ipkg.models import Concept, Document, Mention

KET = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
IL6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin-6", "Cytokine")
TNF = Concept("http://purl.uniprot.org/uniprot/P01375", "tumor necrosis factor", "Cytokine")
DEP = Concept("http://purl.obolibrary.org/obo/MONDO_0002050", "depressive disorder", "Disorder")
#: one repeat of the run-on "sentence": no full stop, so the whole text is one sentence
UNIT = (("ketamine", KET), (" reduced ", None), ("IL-6", IL6), (", ", None), ("TNF", TNF), (" and ", None),
        ("depression", DEP), (", ", None))


def _sentence(size: int) -> tuple[Document, list[Mention]]:
    parts: list[str] = []
    mentions: list[Mention] = []
    n = 0
    while n < size:
        for word, concept in UNIT:
            if concept is not None:
                mentions.append(Mention("abstract", n, n + len(word), word, concept))
            parts.append(word)
            n += len(word)
    return Document("big.txt", "", "".join(parts) + "."), mentions


def _contexts(size: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, float, int]:
    calls = 0
    original = pairing.Layout.context

    def counted(self, s, o):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return original(self, s, o)

    monkeypatch.setattr(pairing.Layout, "context", counted)
    doc, mentions = _sentence(size)
    start = time.perf_counter()
    findings = extract_findings(doc, mentions)
    return calls, time.perf_counter() - start, len(findings)


def test_pairing_is_linear_in_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    small, small_time, small_findings = _contexts(8 * 1024, monkeypatch)
    large, large_time, large_findings = _contexts(64 * 1024, monkeypatch)
    assert small > 100 and small_findings == large_findings > 0  # real work: pairs read, findings made
    # eight times the text, about eight times the pair contexts (all pairs would be 64 times, the old scan 512)
    assert large <= small * 10
    # and a generous bound on the time, relative to the small run (not a tight timing)
    assert large_time <= max(small_time, 0.05) * 40


def _record(size: int) -> tuple[Document, list[Mention]]:
    """A record of many short sentences ("Ketamine reduced IL-6 in depression."), ``size`` characters long."""
    parts: list[str] = []
    mentions: list[Mention] = []
    n = 0
    while n < size:
        for word, concept in (("Ketamine", KET), (" reduced ", None), ("IL-6", IL6), (" and ", None), ("TNF", TNF),
                              (" in ", None), ("depression", DEP), (". ", None)):
            if concept is not None:
                mentions.append(Mention("abstract", n, n + len(word), word, concept))
            parts.append(word)
            n += len(word)
    return Document("long.txt", "", "".join(parts)), mentions


def test_cost_is_linear_in_the_record_and_in_one_sentence() -> None:
    """A generous bound on time (not a tight timing): eight times the text, at most forty times the time, both for
    one run-on sentence (the adverse-effect model pairs every mention of a chemical and a disease in it) and for a
    record of many sentences."""
    for make in (_sentence, _record):
        times = []
        for size in (8 * 1024, 64 * 1024):
            doc, mentions = make(size)
            start = time.perf_counter()
            assert extract_findings(doc, mentions)
            times.append(time.perf_counter() - start)
        assert times[1] <= max(times[0], 0.05) * 40, (make.__name__, times)
