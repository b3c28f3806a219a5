"""The lexicon build's shared readers: each table parsed once per build scope, copies served, nothing kept after."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from ipkg.ground.sources import readers
from ipkg.ground.sources.common import read_tsv as common_read_tsv
from ipkg.ground.sources.readers import build_cached, one_reading, read_tsv, reading_scope

TABLE = "symbol\tname\nIL6\tinterleukin 6\nTNF\ttumor necrosis factor\n"


@pytest.fixture()
def table(tmp_path: Path) -> Path:
    path = tmp_path / "genes.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return path


@pytest.fixture()
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths :mod:`readers` parses, in order."""
    seen: list[Path] = []
    parse = readers._parse_tsv

    def counting(path: Path):
        seen.append(path)
        return parse(path)

    monkeypatch.setattr(readers, "_parse_tsv", counting)
    return seen


def test_common_reexports_the_shared_reader() -> None:
    assert common_read_tsv is read_tsv


def test_rows_are_dicts_by_header_plain_and_gzip(table: Path, tmp_path: Path) -> None:
    packed = tmp_path / "genes.tsv.gz"
    packed.write_bytes(gzip.compress(TABLE.encode("utf-8")))
    expected = [{"symbol": "IL6", "name": "interleukin 6"}, {"symbol": "TNF", "name": "tumor necrosis factor"}]
    assert list(read_tsv(table)) == expected
    assert list(read_tsv(packed)) == expected
    with reading_scope():
        assert list(read_tsv(packed)) == expected


def test_outside_a_scope_every_read_parses_the_file(table: Path, parses: list[Path]) -> None:
    list(read_tsv(table))
    table.write_text(TABLE + "CRP\tC-reactive protein\n", encoding="utf-8")
    assert [r["symbol"] for r in read_tsv(table)] == ["IL6", "TNF", "CRP"]
    assert parses == [table, table]


def test_inside_a_scope_a_file_is_parsed_once(table: Path, parses: list[Path]) -> None:
    with reading_scope():
        first = list(read_tsv(table))
        table.write_text(TABLE + "CRP\tC-reactive protein\n", encoding="utf-8")
        assert list(read_tsv(table)) == first  # served from the first parse
        with reading_scope():  # a nested scope shares the outer one
            assert list(read_tsv(table)) == first
    assert parses == [table]
    assert [r["symbol"] for r in read_tsv(table)] == ["IL6", "TNF", "CRP"]  # the scope's tables are gone


def test_each_read_gets_its_own_copies(table: Path) -> None:
    with reading_scope():
        row = next(read_tsv(table))
        row["symbol"] = "changed"
        row["extra"] = "added"
        assert next(read_tsv(table)) == {"symbol": "IL6", "name": "interleukin 6"}


def test_build_cached_keeps_a_result_for_one_scope_only() -> None:
    calls: list[str] = []

    @build_cached
    def symbols(source: str) -> frozenset[str]:
        calls.append(source)
        return frozenset({source.upper()})

    @one_reading
    def build(source: str) -> bool:
        return symbols(source) is symbols(source) and symbols("other") is symbols("other")

    assert build("hgnc")
    assert calls == ["hgnc", "other"]
    assert build("hgnc")  # a second build reads afresh
    assert calls == ["hgnc", "other", "hgnc", "other"]
    symbols("hgnc")
    symbols("hgnc")  # outside a build: no cache
    assert calls[4:] == ["hgnc", "hgnc"]


def test_the_lexicon_build_runs_in_one_scope(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ipkg.ground import build

    class Seen(Exception):
        pass

    def first_reader(shared: Path) -> dict:
        raise Seen(readers._SCOPE.get())

    monkeypatch.setattr(build, "read_mesh_descriptors", first_reader)
    with pytest.raises(Seen) as seen:
        build.build_rows(tmp_path)
    assert seen.value.args[0] == {}  # the build's own, empty scope
    assert readers._SCOPE.get() is None  # and gone after it
