"""Session 21's speed round: what each byte-identical change keeps equal (docs/scale.md, "Session 21 speed round")."""

from __future__ import annotations

import gzip
import json

import pytest

from ipkg.extract.annotate import MODEL_PATH
from ipkg.learn import LinearModel
from ipkg.pickled import CACHES_KEPT, load_cached


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("IPKG_CACHE_DIR", str(folder))
    return folder


def test_parsed_once_then_unpickled(cache, tmp_path):
    source = tmp_path / "data.json"
    source.write_text('{"a": [0.1, 0.30000000000000004]}')
    calls = []

    def parse(raw: bytes) -> dict:
        calls.append(raw)
        return json.loads(raw)

    first = load_cached(source, parse, code=(LinearModel,))
    second = load_cached(source, parse, code=(LinearModel,))
    assert first == second == {"a": [0.1, 0.30000000000000004]}
    assert len(calls) == 1 and len(list(cache.glob("parsed-*.pickle"))) == 1
    source.write_text('{"a": [0.2]}')  # new bytes: parsed again, under another name
    assert load_cached(source, parse, code=(LinearModel,)) == {"a": [0.2]} and len(calls) == 2
    assert len(list(cache.glob("parsed-*.pickle"))) == 2


def test_parser_source_is_part_of_the_key(cache, tmp_path):
    source = tmp_path / "data.json"
    source.write_text("[1]")
    load_cached(source, json.loads, code=(LinearModel,))
    load_cached(source, json.loads, code=(int,))  # another parser's code: another file
    assert len(list(cache.glob("parsed-*.pickle"))) == 2


def test_unreadable_cache_is_parsed_again(cache, tmp_path):
    source = tmp_path / "data.json"
    source.write_text("[1, 2]")
    load_cached(source, json.loads)
    (stored,) = cache.glob("parsed-*.pickle")
    stored.write_bytes(b"not a pickle")
    assert load_cached(source, json.loads) == [1, 2]
    assert load_cached(source, json.loads) == [1, 2]  # rewritten, readable again


def test_old_caches_pruned(cache, tmp_path):
    for n in range(CACHES_KEPT + 3):
        source = tmp_path / f"d{n}.json"
        source.write_text(f"[{n}]")
        load_cached(source, json.loads)
    assert len(list(cache.glob("parsed-*.pickle"))) == CACHES_KEPT


def test_cached_model_is_the_parsed_model(cache):
    direct = LinearModel.from_dict(json.loads(gzip.decompress(MODEL_PATH.read_bytes())))
    first, second = LinearModel.from_file(MODEL_PATH), LinearModel.from_file(MODEL_PATH)  # parsed, then unpickled
    for model in (first, second):
        assert (model.classes, model.bias, model.weights, model.meta) == (direct.classes, direct.bias,
                                                                           direct.weights, direct.meta)
        assert model._ngram_index == direct._ngram_index
    text = "Serum IL-6 fell after treatment (p < 0.01) in 40 patients."
    assert second.ngram_scores(text, ["first"]) == direct.ngram_scores(text, ["first"])


def test_unwritable_cache_still_parses(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("IPKG_CACHE_DIR", str(blocker / "cache"))  # a folder under a file cannot be made
    source = tmp_path / "data.json"
    source.write_text("[3]")
    assert load_cached(source, json.loads) == [3]
    assert list(tmp_path.glob("**/*.tmp")) == []
