"""Session 19's speed rewrites (docs/scale.md "Session 19"): each probe gives what the regex search it replaced
gave, on real sentences (the seeds, split) and on texts made to reach every alternative and the fall-backs."""

from __future__ import annotations

import re

import pytest

from ipkg.cues import Probe, fold
from ipkg.extract import (clause_links, clause_spans, finding_items, mechanism, recall_class_targets, relation_conditions,
                          relations)
from ipkg.extract.pairing import Item
from ipkg.extract.sentences import split_sentences
from ipkg.models import Concept, Finding
from tests.constants import SEEDS

#: the regexes the session's probes stand for
PATTERNS = {
    "clause_spans._MAY_CONFINE": clause_spans._MAY_CONFINE,
    "clause_links.MAY_LINK": clause_links.MAY_LINK,
    "finding_items._HAS_REFERENCE": finding_items._HAS_REFERENCE,
}

MADE = [
    "",
    "IL-6 rose.",
    "IL-6 was higher in patients compared with controls.",
    "IL-6 was HIGHER THAN in controls, relative to baseline, versus placebo (vs. sham).",
    "Mice subjected to stress, exposed to LPS after surgery following injury, which ...",
    "Minocycline, a tetracycline that inhibits microglia, reduced LPS-induced depression assayed by the test.",
    "Fecal microbiota from donors, butyrate-producing bacteria and anti-inflammatory probiotics, targeting TLR4,"
    " and that X is a drug.",
    "Depression remains inadequately treated with currently available antidepressants.",
    "Effects were similar in magnitude to the effects of fluoxetine; as effective as imipramine.",
    "The effect was SIMILAR TO THOSE OF ketamine in İstanbul.",  # a dotted capital I: no folded view
    "Compared with the ſame drug, ı saw",  # the long s and the dotless i: searched as written
    "Σ compared",
    "thanks to the testosterone; bypass; the versus-curve",
]


def _seed_sentences() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(text[s:e] for s, e in split_sentences(text))
    return out


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_probe_answers_as_its_pattern_searched(name: str) -> None:
    pattern = PATTERNS[name]
    probe = Probe(pattern)
    assert probe._folded_parts() is not None  # the fast path is the one measured
    texts = MADE + _seed_sentences()
    assert len(texts) > 40
    assert [probe.found(fold(t)) for t in texts] == [pattern.search(t) is not None for t in texts]
    assert any(probe.found(fold(t)) for t in texts) and not all(probe.found(fold(t)) for t in texts)


def test_a_pattern_that_cannot_be_folded_is_searched_as_written() -> None:
    probe = Probe(re.compile(r"\bCORT\b|ratio"))  # case-sensitive: no folded alternatives
    assert probe._folded_parts() is None
    assert probe.found(fold("plasma CORT")) and not probe.found(fold("plasma cort"))


def test_the_clause_reader_reads_a_sentence_the_probes_let_through() -> None:
    ket = Concept("x:ket", "ketamine", "Intervention")
    il6 = Concept("x:il6", "IL-6", "Cytokine")
    ssri = Concept("x:ssri", "fluoxetine", "Intervention")
    text = "Ketamine reduced IL-6 compared with fluoxetine."
    items = [Item(0, 8, ket), Item(17, 21, il6), Item(36, 46, ssri)]
    reader = clause_spans.ClauseReader(text, items)
    yardstick = Finding(ssri, "decreases", il6, text, "abstract", 0, len(text))
    agent = Finding(ket, "decreases", il6, text, "abstract", 0, len(text))
    assert reader.misplaced(yardstick) and not reader.misplaced(agent)
    plain = clause_spans.ClauseReader("Ketamine reduced IL-6.", items[:2])
    assert not plain.misplaced(agent) and plain._masked == ""  # no phrase word: nothing masked, nothing read


def test_reference_only_reads_the_yardstick_behind_the_probe() -> None:
    ad = Concept("x:ad", "antidepressant", "Intervention")
    text = "Depression remains inadequately treated with currently available antidepressants."
    assert finding_items.reference_only(text, [Item(text.index("antidep"), len(text) - 1, ad)]) == {"x:ad"}
    assert finding_items.reference_only("Antidepressants reduced depression.", [Item(0, 15, ad)]) == frozenset()


#: the window searches gated by a probe once a text: (probe, pattern, characters before the position searched)
WINDOWS = {
    "relations._NOT_SUBJECT": (relations._NOT_SUBJECT_PROBE, relations._NOT_SUBJECT, 60),
    "relation_conditions._POPULATION_WITHOUT": (relation_conditions._POPULATION_WITHOUT_PROBE,
                                                relation_conditions._POPULATION_WITHOUT, 60),
    "recall_class_targets._BEFORE": (recall_class_targets._BEFORE_PROBE, recall_class_targets._BEFORE, 120),
}


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_a_window_search_finds_nothing_where_the_probe_sees_no_word(name: str) -> None:
    """Each pattern is searched in the stretch before a position (a subject, a condition, a drug); the probe, once a
    text, says no only when no such window can match."""
    probe, pattern, reach = WINDOWS[name]
    texts = MADE + _seed_sentences() + [
        "Withdrawal of the drug worsened Y.", "X was superior to the Y.", "In patients without a history of Y, X",
        "the selective serotonin reuptake inhibitor X", "In patients WITHOUT Y", "the NMDA receptor ANTAGONIST X"]
    windows = passed = 0
    for text in texts:
        may = probe.may_occur(text)
        assert probe.may_occur(text) is may  # the last text's answer, kept
        passed += may
        for end in [m.start() for m in re.finditer(r"\b\w", text)] + [len(text)]:
            found = pattern.search(text, max(0, end - reach), end)
            windows += found is not None
            assert may or found is None, (text, end)
    assert windows and 0 < passed < len(texts)


def test_may_occur_answers_yes_where_it_cannot_tell() -> None:
    assert Probe(re.compile(r"\bCORT\b")).may_occur("no literal at all")  # not folded: no gate
    assert Probe(re.compile(r"compared", re.IGNORECASE)).may_occur("İ")  # lower-casing cannot stand for İ
    assert not Probe(re.compile(r"compared", re.IGNORECASE)).may_occur("IL-6 rose")


def _is_property_adjective_s18(view: object, start: int, end: int) -> bool:
    """``mechanism.is_property_adjective`` as session 18 wrote it: the groups found again for every mention."""
    if not mechanism.may_state_property(view):  # type: ignore[arg-type]
        return False
    return any(group.start("adjs") <= start and end <= group.end("adjs")
               for group in mechanism._GROUP_CUE.finditer(view))  # type: ignore[arg-type]


def test_the_property_adjectives_are_found_once_a_sentence_and_read_as_before() -> None:
    texts = MADE + _seed_sentences() + [
        "Resveratrol has antioxidant and anti-inflammatory activity, and minocycline has anxiolytic effects.",
        "The anti-inflammatory drug ibuprofen and the analgesic effect of X."]
    views = [fold(t) for t in texts]
    asked = 0
    for _ in range(2):  # each view again after the others: the memo holds the last view only
        for view in views:
            for word in re.finditer(r"[\w-]+", view.text):
                asked += 1
                assert mechanism.is_property_adjective(view, *word.span()) == _is_property_adjective_s18(
                    view, *word.span()), (view.text, word.group())
    assert asked and any(mechanism.is_property_adjective(views[-1], *m.span())
                         for m in re.finditer(r"[\w-]+", views[-1].text))
