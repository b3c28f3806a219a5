"""Session 18's speed rewrites of the finding confidence (docs/scale.md): each gives what the code it replaced
gave."""

from __future__ import annotations

import pytest

from ipkg.extract import confidence_features as cf
from ipkg.extract.annotate import annotate
from ipkg.extract.confidence_features import FindingContext
from ipkg.models import Concept, Document, Finding, Mention, StudyPico

KET = Concept("x:ket", "ketamine", "Intervention")
DEP = Concept("x:dep", "depression", "Disorder")

SENTENCES = [
    "Ketamine may reduce depression.",
    "Compared with placebo, ketamine did not reduce IL-6 levels in patients (95% CI 0.2-1.1, p = 0.04).",
    "We aimed to investigate whether microglia, astrocytes and neurons mediate the effect in mice.",
    "Further studies are needed; it remains unclear whether the reduction is due to inflammation.",
    "This review discusses the literature on cultured cells in vitro, such as macrophages.",
    "",
]


def _cues_before_s18(text: str) -> tuple[str, ...]:
    """The cue features as session 17 computed them: a dict probe per word and per stem length."""
    lower = text.lower()
    words = cf._WORD.findall(lower)
    phrases = [(name, p) for name, (_, _, ps) in cf._CUES.items() for p in ps]
    hits = {name for name, p in phrases if p in lower}
    for w in set(words):
        hits.update(cf._WORDS.get(w, ()))
        hits.update(name for k in cf._STEM_LENGTHS for name in cf._STEMS.get(w[:k], ()))
    if lower.count(",") >= 2 or words.count("and") >= 2:
        hits.add("list")
    return (f"len={cf._bucket(len(words), (10, 20, 30, 45))}", *(f"cue={c}" for c in cf._CUES if c in hits))


@pytest.mark.parametrize("text", SENTENCES)
def test_sentence_cues_are_what_the_per_word_probes_gave(text: str) -> None:
    doc = Document("a.txt", "", text or "x")
    context = FindingContext(annotate(doc, []), (Finding(KET, "treats", DEP, text, "abstract", 0, len(text)),),
                             StudyPico(), None)
    finding = context.findings[0]
    assert context.cues(finding, text) == _cues_before_s18(text)
    assert context.cues(finding, text) == _cues_before_s18(text)  # the second time from the sentence memo


def test_word_cues_are_remembered_and_the_memo_stops_growing(monkeypatch: pytest.MonkeyPatch) -> None:
    memo = cf.Memo(cf._word_cues, 1)
    monkeypatch.setattr(cf, "_WORD_CUES", memo)
    assert memo["suggested"] == ("hedge",) and memo["mice"] == ("animal",)  # the second is not kept
    assert dict(memo) == {"suggested": ("hedge",)} and memo["the"] == ()


def test_a_context_without_findings_builds_no_tables() -> None:
    doc = Document("a.txt", "Ketamine in depression", "Ketamine reduced depression.")
    ann = annotate(doc, [Mention("title", 0, 8, "Ketamine", KET), Mention("abstract", 17, 27, "depression", DEP)])
    assert FindingContext(ann, (), StudyPico(), None).title == frozenset()
    assert FindingContext(ann, (Finding(KET, "treats", DEP, doc.abstract, "abstract", 0, 28),), StudyPico(),
                          None).title == {"x:ket"}
