"""The shipped lexicon: its shape, its ids checked against the source data, reproducible builds, the index cache."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import random
from collections import defaultdict
from pathlib import Path

import pytest

from ipkg.ground.build import DEFAULT_LEXICON_DIR, build_rows, finalize, write_lexicon
from ipkg.ground.lexicon import CACHES_KEPT, COLUMNS, SYNTYPE_RANK, load_index, prune_cache, read_lexicon
from ipkg.ground.sources.common import curie_to_iri
from ipkg.ground.sources.curated import read_curated, read_stoplist
from ipkg.ground.sources.interventions import code_label
from ipkg.ground.variants import name_key
from ipkg.models import ENTITY_CLASSES
from ipkg.resources import lexicon_path
from tests.constants import ALDESLEUKIN, KETAMINE, MDD, SHARED, TREG, TRD

ONTOLOGIES = SHARED / "ontologies"
HAS_CELLXGENE = importlib.util.find_spec("cellxgene_ontology_guide") is not None


@pytest.fixture(scope="module")
def rows() -> list:
    return list(read_lexicon(lexicon_path()))


def test_shipped_lexicon_shape(rows: list) -> None:
    assert lexicon_path().stat().st_size < 5_000_000, "the shipped lexicon should stay under 5 MB"
    with gzip.open(lexicon_path(), "rt", encoding="utf-8") as handle:
        assert tuple(handle.readline().rstrip("\n").split("\t")) == COLUMNS
    assert rows == sorted(rows), "rows must be sorted (rebuild with python -m ipkg.ground.build)"
    for row in rows:
        assert row.cls in ENTITY_CLASSES, row
        assert row.iri == curie_to_iri(row.curie, row.cls), row
        assert row.label and row.name and row.release, row
        assert row.syntype in SYNTYPE_RANK, row
        assert set(filter(None, row.flags.split(","))) <= {"cs", "ctx", "pl"}, row


def test_every_class_and_key_concept_is_there(rows: list) -> None:
    labels = {row.iri: row.label for row in rows}
    assert {row.cls for row in rows} == set(ENTITY_CLASSES)
    assert labels[MDD] == "major depressive disorder"
    assert labels[TREG] == "regulatory T cell"
    assert labels[KETAMINE] == "ketamine"
    assert labels[TRD] == "Depressive Disorder, Treatment-Resistant"
    assert labels[ALDESLEUKIN] == "aldesleukin"
    assert labels["http://purl.uniprot.org/uniprot/P05231"] == "interleukin 6"


def test_curated_and_stop_lists_say_why() -> None:
    curated = read_curated(DEFAULT_LEXICON_DIR / "curated.tsv")
    stop = read_stoplist(DEFAULT_LEXICON_DIR / "stoplist.tsv")
    assert curated and stop
    assert all(item.reason.strip() for item in curated + stop)


def test_stop_listed_names_are_not_in_the_lexicon(rows: list) -> None:
    stop = read_stoplist(DEFAULT_LEXICON_DIR / "stoplist.tsv")
    names = {(name_key(row.name), row.cls) for row in rows if row.syntype != "curated"}
    curies = {row.curie for row in rows}
    for item in stop:
        if ":" in item.name:
            assert item.name not in curies, item
        else:
            classes = ENTITY_CLASSES if item.cls == "*" else (item.cls,)
            assert not any((name_key(item.name), cls) in names for cls in classes), item


def test_finalize_and_write_are_deterministic(rows: list, tmp_path: Path) -> None:
    """A slice of rows, shuffled two ways, gives the same bytes (the full rebuild is the slow test below)."""
    sample = random.Random(7).sample(rows, 3000)
    first, second = list(sample), list(sample)
    random.Random(1).shuffle(first)
    random.Random(2).shuffle(second)
    write_lexicon(finalize(first, [], set()), tmp_path / "a.tsv.gz")
    write_lexicon(finalize(second, [], set()), tmp_path / "b.tsv.gz")
    data = (tmp_path / "a.tsv.gz").read_bytes()
    assert data == (tmp_path / "b.tsv.gz").read_bytes()
    assert data[4:8] == b"\0\0\0\0", "gzip mtime must be 0"


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.skipif(not HAS_CELLXGENE, reason="the lexicon build needs cellxgene-ontology-guide (extra 'lexicon')")
def test_rebuild_reproduces_the_shipped_lexicon(tmp_path: Path) -> None:
    out = tmp_path / "lexicon.tsv.gz"
    write_lexicon(build_rows(SHARED), out)
    assert out.read_bytes() == lexicon_path().read_bytes(), (
        "the shipped lexicon is stale: python -m ipkg.ground.build --shared ../shared "
        "--out src/ipkg/ground/data/lexicon.tsv.gz"
    )


def _sample(rows: list, source: str, n: int = 60) -> list:
    chosen = sorted({row.curie: row for row in rows if row.curie.startswith(source)}.values())
    return random.Random(source).sample(chosen, min(n, len(chosen)))


def _tsv(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


@pytest.mark.shared
def test_go_ids_match_their_labels(rows: list) -> None:
    names = {r["id"]: r["name"] for r in _tsv(ONTOLOGIES / "go-bp.tsv") if r["obsolete"] == "false"}
    for row in _sample(rows, "GO:"):
        assert names.get(row.curie) == row.label, f"{row.curie} is not {row.label!r} in go-bp.tsv"


@pytest.mark.shared
def test_mesh_ids_match_their_labels(rows: list) -> None:
    names = {r["mesh_id"]: r["name"] for r in _tsv(ONTOLOGIES / "mesh2024-descriptors.tsv")}
    names.update({r["mesh_id"]: r["name"] for r in _tsv(ONTOLOGIES / "mesh2024-supplementary.tsv.gz")})
    for row in _sample(rows, "MESH:", 120):
        name = names.get(row.curie.split(":")[1], "")
        # (round 20a: a record MeSH names "<code> compound" is labelled by the code, "HSAF")
        assert row.label in (name, code_label(name)), f"{row.curie} is not {row.label!r} in MeSH 2024"


@pytest.mark.shared
def test_uniprot_ids_match_hgnc(rows: list) -> None:
    genes = {r["UniProt ID(supplied by UniProt)"]: r["Approved name"] for r in _tsv(ONTOLOGIES / "hgnc-2024-01.tsv.gz")}
    for row in _sample(rows, "UniProt:", 200):
        assert genes.get(row.curie.split(":")[1]) == row.label, f"{row.curie} is not {row.label!r} in HGNC"


@pytest.mark.shared
def test_maxo_ids_match_their_labels(rows: list) -> None:
    from ipkg.ground.sources.common import parse_obo

    names = {t["id"]: t["name"] for t in parse_obo(ONTOLOGIES / "maxo-2024-07-29-base.obo")}
    for row in _sample(rows, "MAXO:"):
        assert names.get(row.curie) == row.label, f"{row.curie} is not {row.label!r} in MAxO"


@pytest.mark.skipif(not HAS_CELLXGENE, reason="needs cellxgene-ontology-guide (extra 'lexicon')")
@pytest.mark.parametrize("prefix", ["MONDO:", "CL:", "CHEBI:"])
def test_obo_ids_match_their_labels(rows: list, prefix: str) -> None:
    from ipkg.ground.sources.common import load_cellxgene

    terms, _ = load_cellxgene(prefix.rstrip(":"))
    for row in _sample(rows, prefix, 150):
        term = terms.get(row.curie)
        assert term and not term.get("deprecated") and term["label"] == row.label, row


def test_index_is_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPKG_CACHE_DIR", str(tmp_path))
    lexicon = tmp_path / "mini.tsv.gz"
    picked = [r for r in read_lexicon(lexicon_path()) if r.curie in ("MONDO:0002009", "CL:0000815")]
    write_lexicon(picked, lexicon)
    first = load_index(lexicon)
    cached = list(tmp_path.glob("lexicon-*.pickle"))
    assert len(cached) == 1
    second = load_index(lexicon)
    assert second.concepts == first.concepts and second.vocab == first.vocab
    # the cache keeps readings and concepts packed; read back, they are the built ones, types and all
    assert list(second.entries) == first.entries and len(second.entries) == len(first.entries)
    assert [[tuple(map(type, r)) for r in g] for g in second.entries] == [
        [tuple(map(type, r)) for r in g] for g in first.entries]
    assert list(second.table) == first.table and dict(second.by_curie) == first.by_curie
    assert second.by_curie["CL:0000815"].label == first.by_curie["CL:0000815"].label
    cached[0].write_bytes(b"not a pickle")  # a broken cache is rebuilt, not trusted
    assert load_index(lexicon).concepts == first.concepts


def test_index_caches_of_older_lexicons_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("IPKG_CACHE_DIR", str(tmp_path))
    stale = [tmp_path / f"lexicon-old{i}.pickle" for i in range(CACHES_KEPT + 2)]
    for i, path in enumerate(stale):  # old0 the least recently used
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "other.pickle").write_bytes(b"not ours")
    lexicon = tmp_path / "mini.tsv.gz"
    write_lexicon([r for r in read_lexicon(lexicon_path()) if r.curie == "MONDO:0002009"], lexicon)
    load_index(lexicon)  # writes its own cache and prunes the folder to CACHES_KEPT
    left = sorted(p.name for p in tmp_path.glob("lexicon-*.pickle"))
    assert len(left) == CACHES_KEPT and not any(n in left for n in ("lexicon-old0.pickle", "lexicon-old1.pickle"))
    assert (tmp_path / "other.pickle").exists()
    ours = [p for p in tmp_path.glob("lexicon-*.pickle") if not p.name.startswith("lexicon-old")]
    assert len(ours) == 1
    # loading a cache marks it used: pruning then keeps it over newer-written but unused ones
    os.utime(ours[0], (1, 1))
    load_index(lexicon)
    assert prune_cache(tmp_path, limit=1) and [p.name for p in tmp_path.glob("lexicon-*.pickle")] == [ours[0].name]


def test_lexicon_groups_readings_by_class(rows: list) -> None:
    by_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for row in rows:
        if row.syntype in ("label", "exact", "curated") and "ctx" not in row.flags:
            by_key[name_key(row.name)].add(row.cls)
    assert by_key[name_key("IL-6")] == {"Cytokine"}
    assert by_key[name_key("major depressive disorder")] == {"Disorder"}


@pytest.mark.shared
def test_phenotype_ids_match_mesh_signs_and_hp_xrefs(rows: list) -> None:
    """A sample of Phenotype concepts: an HP id is one that mesh-xrefs.tsv maps from a MeSH descriptor of that
    heading; every such descriptor (or the MeSH concept itself) is filed under a sign branch of MeSH (C23, C10.597)
    and never under F03 mental disorders."""
    mesh = {r["mesh_id"]: r for r in _tsv(ONTOLOGIES / "mesh2024-descriptors.tsv")}
    by_name = {r["name"]: r for r in mesh.values()}
    hp = defaultdict(set)
    for r in _tsv(ONTOLOGIES / "mesh-xrefs.tsv"):
        if r["target_prefix"] == "HP":
            hp[r["target_id"]].add(r["mesh_id"])
    curated = {item.curie for item in read_curated(DEFAULT_LEXICON_DIR / "curated.tsv")}
    sample = [row for row in _sample(rows, "HP:", 80) + _sample(rows, "MESH:", 400) if row.cls == "Phenotype"]
    assert len(sample) > 60
    for row in sample:
        if row.curie in curated and row.syntype == "curated":
            continue
        record = by_name.get(row.label)
        assert record is not None, f"{row.curie}: label {row.label!r} is no MeSH 2024 heading"
        if row.curie.startswith("HP:"):
            assert record["mesh_id"] in hp[row.curie], f"mesh-xrefs.tsv does not map {record['mesh_id']} to {row.curie}"
        else:
            assert row.curie == f"MESH:{record['mesh_id']}", row
        trees = record["tree_numbers"].split("|")
        assert any(t.startswith(("C23", "C10.597")) for t in trees), f"{row.curie} {row.label}: not a MeSH sign"
        assert not any(t.startswith("F03") for t in trees), f"{row.curie} {row.label}: a mental disorder"


def test_phenotype_names_never_shadow_another_class(rows: list) -> None:
    """GUIDELINES: a name that is both a disease and a sign stays a Disorder; the lexicon has no Phenotype row whose
    name is a label, exact, derived or curated name of another class."""
    other = {name_key(r.name) for r in rows if r.cls != "Phenotype" and r.syntype in ("curated", "label", "exact", "derived")}
    clash = sorted(r.name for r in rows if r.cls == "Phenotype" and r.syntype != "curated" and name_key(r.name) in other)
    assert not clash, clash[:20]
