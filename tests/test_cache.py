"""``--cache``: unchanged abstracts are not extracted again; a changed extractor version empties the cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ipkg.cache import BuildCache, extractor_version, package_digest, record_hash
from ipkg.models import Document
from ipkg.pipeline import BuildOptions, build
from tests.constants import BASE, SEEDS


def _pubtator(path: Path, pmid: str, title: str, abstract: str) -> None:
    path.write_text(f"{pmid}|t|{title}\n{pmid}|a|{abstract}\n\n")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    for n in range(4):
        _pubtator(folder / f"r{n}.pubtator", f"70{n}", f"Interleukin-{n + 1} in depression",
                  f"Levels of IL-{n + 1} were raised in {20 + n} patients with major depressive disorder.")
    return folder


def test_rebuild_extracts_only_new_abstracts(corpus: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "kg.nq"
    first = build([str(corpus)], BuildOptions(output=out, cache=cache))
    assert (first.extracted, first.cached) == (7, 0)
    again = build([str(corpus)], BuildOptions(output=tmp_path / "again.nq", cache=cache))
    assert (again.extracted, again.cached) == (0, 7)
    assert (tmp_path / "again.nq").read_bytes() == out.read_bytes()

    _pubtator(corpus / "new1.pubtator", "801", "TNF and bipolar disorder", "TNF was raised in 30 patients.")
    _pubtator(corpus / "new2.pubtator", "802", "Ketamine and IL-6", "Ketamine lowered IL-6 in 12 patients.")
    grown = build([str(corpus)], BuildOptions(output=tmp_path / "grown.nq", cache=cache, jobs=2))
    assert (grown.extracted, grown.cached, grown.built) == (2, 7, 9)
    fresh = build([str(corpus)], BuildOptions(output=tmp_path / "fresh.nq"))
    assert (tmp_path / "grown.nq").read_bytes() == (tmp_path / "fresh.nq").read_bytes()
    assert fresh.extracted == 9 and fresh.cached == 0


def test_edited_record_is_extracted_again(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build([str(corpus)], BuildOptions(cache=cache, validate=False))
    _pubtator(corpus / "r0.pubtator", "700", "Interleukin-1 in depression", "A corrected abstract about IL-1.")
    result = build([str(corpus)], BuildOptions(cache=cache, validate=False))
    assert (result.extracted, result.cached) == (1, 6)


def test_another_extractor_version_starts_afresh(tmp_path: Path) -> None:
    key = record_hash(Document("a.txt", "T", "A"), BASE)
    with BuildCache(tmp_path, version="one") as cache:
        cache.put(key, ["<a> <b> <c> ."])
        assert cache.get(key) == ["<a> <b> <c> ."]
    with BuildCache(tmp_path, version="one") as cache:
        assert len(cache) == 1
    with BuildCache(tmp_path, version="two") as cache:
        assert cache.get(key) is None and len(cache) == 0


def test_record_hash_ignores_where_the_file_sits_but_not_what_it_says() -> None:
    doc = Document("a.txt", "T", "A", source_path="/one/a.txt")
    assert record_hash(doc, BASE) == record_hash(Document("a.txt", "T", "A", source_path="/two/a.txt"), BASE)
    assert record_hash(doc, BASE) != record_hash(Document("a.txt", "T", "A", record=2), BASE)
    assert record_hash(doc, BASE) != record_hash(doc, "https://example.org/")


def test_package_digest_follows_every_file_of_the_package_but_not_its_bytecode(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "extract").mkdir(parents=True)
    (package / "extract" / "rules.py").write_text("CUE = 'reversed'\n", encoding="utf-8")
    (package / "data.tsv").write_bytes(b"a\tb\n")
    before = package_digest(package)
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\x00")
    assert package_digest(package) == before
    (package / "extract" / "rules.py").write_text("CUE = 'reversed|abolished'\n", encoding="utf-8")
    changed = package_digest(package)
    assert changed != before
    (package / "extract" / "rules.py").rename(package / "extract" / "other.py")
    assert package_digest(package) not in {before, changed}


def test_the_extractor_version_names_the_installed_package_digest() -> None:
    assert f"package {package_digest()[:16]}" in extractor_version()
