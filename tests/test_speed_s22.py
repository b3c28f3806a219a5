"""Session 22's speed round: compiled patterns kept across processes are the patterns ``re`` compiles
(docs/scale.md, "Session 22 speed round")."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import _sre
import pytest

import ipkg.extract.design  # noqa: F401 - its patterns and the cues it compiles fill the process's table
import ipkg.extract.findings  # noqa: F401
from ipkg import _regex_cache, cues


def _fresh(key: tuple) -> re.Pattern[str]:
    """The pattern of ``key`` compiled now, from its parse, without the table."""
    source, flags = key[0], key[1]
    if len(key) == 2:
        return _regex_cache._original(source, flags)
    assert key[2] == "literal_first"
    parsed = cues._rewritten_parse(source, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(source, flags | parsed.state.flags, re._compiler._code(parsed, flags),
                        parsed.state.groups - 1, groupindex, tuple(indexgroup))


def test_installed_when_ipkg_is_imported():
    assert re._compiler.compile is _regex_cache._cached_compile


def test_every_pattern_of_a_build_comes_back_from_the_file_as_re_compiles_it(monkeypatch, tmp_path):
    """Every pattern this process compiled (the extractors' and the cues'), written to a file, read back and handed
    to the engine, equals the one compiled now: ``re.Pattern`` equality compares the flags, the pattern string and
    the engine's code word by word."""
    keys = sorted((key for key in _regex_cache._served if len(key) < 4), key=repr)  # patterns (not facts)
    assert len(keys) > 500 and any(len(key) == 3 for key in keys)
    target = tmp_path / "regex-x.pickle"
    monkeypatch.setattr(_regex_cache, "_new", {})
    # the whole suite in one process compiles more patterns than a file holds; this test writes every one of them
    monkeypatch.setattr(_regex_cache, "MAX_PATTERNS", max(len(keys), _regex_cache.MAX_PATTERNS))
    for key in keys:
        parse = (lambda: cues._rewritten_parse(key[0], key[1])) if len(key) == 3 else (
            lambda: re._parser.parse(key[0], key[1]))
        _regex_cache._new[key] = _regex_cache._engine_arguments(parse(), key[1])
    _regex_cache._save(target)
    kept = _regex_cache._read(target)
    assert set(kept) == set(keys)
    for key, entry in kept.items():
        served = _regex_cache._engine_pattern(key[0], entry)
        fresh = _fresh(key)
        assert served == fresh, key
        assert (served.groups, served.groupindex, served.flags) == (fresh.groups, fresh.groupindex, fresh.flags)


def test_served_pattern_matches_as_compiled(monkeypatch):
    source = r"\b(?P<n>\d+) (?:patients|participants)\b(?!-)"
    monkeypatch.setattr(_regex_cache, "_known", {})
    monkeypatch.setattr(_regex_cache, "_new", {})
    monkeypatch.setattr(_regex_cache, "_served", set())
    first = _regex_cache._cached_compile(source, re.IGNORECASE)  # a miss: parsed, kept for the file
    _regex_cache._known.update(_regex_cache._new)  # as the next process reads the file
    second = _regex_cache._cached_compile(source, re.IGNORECASE)  # a hit: from the file's entry
    assert not _regex_cache._known  # served once, the entry goes
    plain = _regex_cache._original(source, re.IGNORECASE)
    text = "Of 120 Patients, 30 participants-only and 7 participants left"
    assert first == second == plain
    assert [m.groupdict() for m in second.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    assert [m.span() for m in second.finditer(text)] == [(3, 15), (42, 56)]


def test_rewritten_cue_is_kept_apart_from_the_plain_pattern(monkeypatch):
    monkeypatch.setattr(_regex_cache, "_known", {})
    monkeypatch.setattr(_regex_cache, "_new", {})
    monkeypatch.setattr(_regex_cache, "_served", set())
    source = r"\b(?:mechanisms?|pathways?)\b"
    rewritten = cues.literal_first(source)
    plain = re.compile(source)
    assert rewritten != plain  # another program: the look-behind after the letters
    assert cues.literal_first(source) == rewritten == _fresh((source, 0, "literal_first"))
    assert (source, 0, "literal_first") in _regex_cache._new
    text = "the pathway and mechanisms, not submechanisms"
    assert [m.span() for m in rewritten.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_only_ipkg_patterns_are_written(monkeypatch):
    monkeypatch.setattr(_regex_cache, "_known", {})
    monkeypatch.setattr(_regex_cache, "_new", {})
    monkeypatch.setattr(_regex_cache, "_served", set())
    re.compile(r"made (?:by|in) a test \d{3}")  # this module is not ipkg's
    assert _regex_cache._served == {(r"made (?:by|in) a test \d{3}", 0)} and not _regex_cache._new
    cues.literal_first(r"\bmade in a test")  # ipkg's cues
    assert set(_regex_cache._new) == {(r"\bmade in a test", 0, "literal_first")}


def test_file_round_trip_and_recovery(monkeypatch, tmp_path):
    target = tmp_path / "regex-x.pickle"
    others = [tmp_path / f"regex-old{age}.pickle" for age in range(_regex_cache.FILES_KEPT)]
    for age, other in enumerate(others):  # other checkouts' files, the first the most recent
        other.write_bytes(b"another checkout's file")
        os.utime(other, (1e9 - age, 1e9 - age))
    entry = _regex_cache._engine_arguments(re._parser.parse("a+b", 0), 0)
    monkeypatch.setattr(_regex_cache, "_new", {("a+b", 0): entry})
    _regex_cache._save(target)
    assert _regex_cache._read(target) == {("a+b", 0): entry}
    assert [other.exists() for other in others] == [True] * (_regex_cache.FILES_KEPT - 1) + [False]
    assert not _regex_cache._new
    monkeypatch.setattr(_regex_cache, "_new", {("c", 0): entry})  # merged with what another process wrote
    _regex_cache._save(target)
    assert set(_regex_cache._read(target)) == {("a+b", 0), ("c", 0)}
    target.write_bytes(b"\x80truncated")
    assert _regex_cache._read(target) == {}


def test_file_holds_at_most_max_patterns(monkeypatch, tmp_path):
    target = tmp_path / "regex-x.pickle"
    entry = _regex_cache._engine_arguments(re._parser.parse("a", 0), 0)
    monkeypatch.setattr(_regex_cache, "MAX_PATTERNS", 3)
    monkeypatch.setattr(_regex_cache, "_new", {(str(i), 0): entry for i in range(5)})
    _regex_cache._save(target)
    assert len(_regex_cache._read(target)) == 3


@pytest.mark.parametrize("flags", [0, re.IGNORECASE | re.MULTILINE, re.VERBOSE])
def test_flags_as_re_sets_them(flags, monkeypatch):
    monkeypatch.setattr(_regex_cache, "_known", {})
    source = "(?s)a . b  # c"
    assert _regex_cache._cached_compile(source, flags).flags == _regex_cache._original(source, flags).flags


def test_facts_of_a_parse_come_back_as_computed(monkeypatch, tmp_path):
    """The gates' literals and the design gate's reach, kept per pattern and module source: every one this process
    computed, read back from a written file, equals what the function computes now."""
    from ipkg.extract import design_gate, extract_document
    from ipkg.models import Document

    extract_document(Document("t.txt", "Ketamine in depression", "Patients were randomized to ketamine or "
                              "placebo. Ketamine reduced IL-6 levels in patients with depression (p < 0.01)."))
    facts = [key for key in _regex_cache._served if len(key) == 4]
    assert {key[2] for key in facts} == {"required_literals", "reach", "folded_source"}
    computed = {"required_literals": cues._parsed_required_literals, "reach": design_gate._parsed_reach,
                "folded_source": cues._folded_source}
    monkeypatch.setattr(_regex_cache, "_new", {})
    for key in facts:
        _regex_cache._new[key] = (computed[key[2]](re.compile(key[0], key[1])),)
    target = tmp_path / "regex-x.pickle"
    _regex_cache._save(target)
    monkeypatch.setattr(_regex_cache, "_known", _regex_cache._read(target))
    monkeypatch.setattr(_regex_cache, "_served", set())
    for key in facts:
        pattern = re.compile(key[0], key[1])
        kind = key[2]
        public = {"required_literals": cues.required_literals, "reach": design_gate.reach,
                  "folded_source": lambda p: _regex_cache.parsed_fact("folded_source", p, cues._folded_source)}[kind]
        assert public(pattern) == computed[kind](pattern), key
    assert not _regex_cache._known  # each served from the file


def test_a_fact_is_keyed_by_its_module_source(monkeypatch):
    monkeypatch.setattr(_regex_cache, "_known", {})
    monkeypatch.setattr(_regex_cache, "_new", {})
    monkeypatch.setattr(_regex_cache, "_served", set())
    pattern = re.compile(r"\bsome (?:cue|cues)\b")
    assert cues.required_literals(pattern) == frozenset({"some cue"})
    (key,) = _regex_cache._new
    assert key[:3] == (pattern.pattern, pattern.flags, "required_literals")
    assert key[3] == hashlib.sha256(Path(cues.__file__).read_bytes()).hexdigest()
    monkeypatch.setitem(_regex_cache._digests, "ipkg.cues", "")  # an unreadable source: computed, never kept
    assert cues.required_literals(re.compile(r"\bother (?:cue|cues)\b")) == frozenset({"other cue"})
    assert len(_regex_cache._new) == 1


def test_the_environment_can_switch_the_cache_off():
    code = ("import re; from re import _compiler; import ipkg; from ipkg import _regex_cache; "
            "print(_compiler.compile is _regex_cache._cached_compile)")
    for value, expected in (("0", "False"), ("1", "True")):
        env = {**os.environ, "IPKG_REGEX_CACHE": value}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected
