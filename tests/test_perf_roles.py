"""Speed work on sentence roles: the literal gate and the n-gram index give exactly what the plain code gives."""

from __future__ import annotations

import re

import pytest

from ipkg.extract import annotate
from ipkg.cues import Gate, alternatives, required_literals
from ipkg.learn import LinearModel, ngram_features
from tests.constants import SEEDS, SHARED
from tests.test_perf_cues import TRICKY, _cues, _texts

#: corner cases of the gate: capitals, the Kelvin sign, sigma (lower-cased by context), dotted I, symbols
ROLE_TEXTS = [
    "ΣIGMA OR = 1.2; HR: 0.8; P < 0.05; p≤0.01; 95 % CI; 12.5 %", "WE FOUND THERE WERE NO DIFFERENCES",
    "In Conclusion, these FINDINGS SUGGEST that IL-6 may be a useful marker.", "İİİ were randomized K\u212a",
    "Little is known; growing evidence; remains unclear; is a common disorder", "p\n< 0.05", "",
]


def _plain_scores(sentence: str) -> list[int]:
    """The cue scores as :func:`annotate._scores` computed them before the gate: every group searched."""
    lower = sentence.lower()
    return [sum(weight for pattern, weight in annotate._ROLE_CUES[role]
                if pattern.search(lower if role != "results" else sentence)) for role in annotate.ROLES]


@pytest.fixture(scope="module", params=["seeds", pytest.param("shared", marks=pytest.mark.shared)])
def texts(request: pytest.FixtureRequest) -> list[str]:
    """The corner cases, then the sentences of the seeds (or of the dev and design corpora), as written and
    lower-cased (most cue groups read the lower-cased sentence)."""
    if request.param == "seeds":
        found = _texts(SEEDS, 3000)
    else:
        found = _texts(SHARED / "corpus" / "dev" / "raw", 3000) + _texts(SHARED / "corpus" / "design" / "raw", 6000)
    return ROLE_TEXTS + TRICKY + found + [text.lower() for text in found]


def test_required_literals_of_small_patterns() -> None:
    assert required_literals(re.compile(r"\bwere (?:randomi[sz]ed|assigned)\b")) == {"randomi", "assigned"}
    assert required_literals(re.compile(r"\bwere (?:randomi[sz]ed|[a-z]+)\b")) == {"were "}
    assert required_literals(re.compile(r"\b(?:OR|HR)\s*[=:]|\bsignificant")) == {"OR", "HR", "significant"}
    assert required_literals(re.compile(r"a+b?c{2,3}")) == {"a"}
    assert required_literals(re.compile(r"x?\d+")) is None  # a digit is no literal
    assert required_literals(re.compile(r"placebo", re.IGNORECASE)) is None  # case-insensitive: no gate
    assert required_literals(re.compile(r"(?i:placebo)|trial")) is None
    assert required_literals(re.compile(r"(?:a|)b")) == {"b"}


def test_alternatives_split_only_the_top_level() -> None:
    split = alternatives(re.compile(r"\bno (?:change|effect)\b|[|(]x|p\s*[<=]|a\|b", re.IGNORECASE))
    assert [p.pattern for p in split] == [r"\bno (?:change|effect)\b", "[|(]x", r"p\s*[<=]", r"a\|b"]
    assert all(p.flags & re.IGNORECASE for p in split)
    assert [p.pattern for p in alternatives(re.compile(r"[]|]x|y"))] == ["[]|]x", "y"]
    for unsplit in (r"(?:a|b)c", r"(?i)a|b", r"(a)\1|b", r"(?P<x>a)|b"):  # nothing at the top, or not safely
        assert [p.pattern for p in alternatives(re.compile(unsplit))] == [unsplit]


def _patterns() -> list[re.Pattern[str]]:
    """Every role and design cue pattern."""
    return [pattern for table in annotate._ROLE_CUES.values() for pattern, _ in table] + [
        cue.pattern for _, cue in _cues()]


def test_alternatives_match_where_their_pattern_matches(texts: list[str]) -> None:
    found = 0
    for pattern in _patterns():
        split = alternatives(pattern)
        for text in texts:
            expected = pattern.search(text) is not None
            found += expected
            assert any(p.search(text) for p in split) == expected, (pattern.pattern, text)
    assert found > 100


def test_column_sums_are_the_plain_sums() -> None:
    model = LinearModel(("a", "b", "c"), (0.1, -0.3, 1e-17), {})
    rows = [(0.1, 0.2, 0.3), (1e16, -1e16, 0.7), (0.3, 0.1, 1e-16)]
    assert model._column_sums(rows) == [b + sum(c) for b, c in zip(model.bias, zip(*rows))]
    # the order of the additions counts: the bias is added to the column's sum, not the column to the bias
    assert LinearModel(("a", "b"), (1.0,), {})._column_sums([(1e16,), (-1e16,)]) == [1.0]  # 1 + 1e16 - 1e16 is 0.0
    assert model._column_sums([]) == [0.1, -0.3, 1e-17]


def test_every_match_holds_one_of_its_required_literals(texts: list[str]) -> None:
    checked = 0
    for pattern in _patterns():
        needles = required_literals(pattern)
        if needles is None:
            continue
        for text in texts:
            for match in pattern.finditer(text):
                checked += 1
                assert any(needle in match.group(0) for needle in needles), (pattern.pattern, match.group(0))
    assert checked > 50


def test_gate_names_every_pattern_that_matches(texts: list[str]) -> None:
    patterns = [pattern for table in annotate._ROLE_CUES.values() for pattern, _ in table]
    patterns += [cue.pattern for _, cue in _cues()]
    gate = Gate(patterns)
    skipped = 0
    for text in texts:
        candidates = set(gate.candidates(text.lower()))
        for index, pattern in enumerate(patterns):
            if index not in candidates:
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert skipped > len(texts)  # the gate does skip searches


def test_gated_cue_scores_are_the_plain_ones(texts: list[str]) -> None:
    for text in texts:
        assert annotate._scores(text) == _plain_scores(text), text
    assert annotate._scores("Drug X lowered IL-6 (p < 0.01) compared with placebo.") == [0, 0, 0, 2, 0]


def test_ngram_scores_are_the_scores_of_the_feature_strings(texts: list[str]) -> None:
    model = annotate.role_model()
    assert model is not None
    for text in texts[:600]:
        context = annotate._context_features(2, 7, annotate._scores(text))
        assert model.ngram_scores(text, context) == model.scores(ngram_features(text) + context), text
        assert model.ngram_scores(text, context) == model.scores(annotate.role_features(text, 2, 7)), text
    # a feature name that holds no token pair and a prefixed n-gram are looked up as strings only
    odd = LinearModel(("a", "b"), (0.0, 0.0), {"b=x_y_z": (9.0, 9.0), "t:w=x": (5.0, 5.0), "w=x": (1.0, 2.0)})
    assert odd.ngram_scores("x y z", ["t:w=x"]) == odd.scores(ngram_features("x y z") + ["t:w=x"]) == [6.0, 7.0]


def test_sentence_roles_are_those_of_the_feature_strings(texts: list[str]) -> None:
    import math

    model = annotate.role_model()
    assert model is not None
    sentences = [t for t in texts if t][:400]
    order = [model.classes.index(r) for r in annotate.ROLES]
    rows = []
    for i, sentence in enumerate(sentences):
        cue = annotate._scores(sentence)
        probs = model.proba(annotate.role_features(sentence, i, len(sentences), cue))
        row = [math.log(max(probs[j], 1e-9)) for j in order]
        if cue[annotate.ROLES.index("objective")] >= 3:
            row[annotate.ROLES.index("objective")] += annotate._AIM_BONUS
        rows.append(row)
    assert annotate.sentence_roles(sentences) == annotate._monotone(rows, stay=0.0)
