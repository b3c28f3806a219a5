"""The CSV/TSV/JSON Lines/JSON readers on the ASReview and GutBrainIE files and small fixtures."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from ipkg.errors import InputError
from ipkg.ingest import ColumnMap, read_documents
from ipkg.models import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ingest"
EXTERNAL = ROOT.parent / "shared" / "corpus" / "external"
needs_shared = pytest.mark.skipif(not EXTERNAL.is_dir(), reason="../shared/corpus/external is not available")


def split(items: object) -> tuple[list[Document], list[InputError]]:
    docs = [i for i in items if isinstance(i, Document)]  # type: ignore[attr-defined]
    errors = [i for i in items if isinstance(i, InputError)]  # type: ignore[attr-defined]
    return docs, errors


@needs_shared
def test_asreview_cohen_csv_gz() -> None:
    path = EXTERNAL / "asreview-cohen-2006" / "ADHD.csv.gz"
    docs, errors = split(list(read_documents(path)))
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = sum(1 for _ in __import__("csv").reader(handle)) - 1
    assert len(docs) + len(errors) == rows and len(docs) > 700
    assert all("no abstract" in e.reason for e in errors)
    first = docs[0]
    assert (first.pmid, first.source_file, first.record) == ("10051933", "ADHD.csv.gz", 1)
    assert first.authors[0].name == "Reimer, E J" and "Clonidine" in first.keywords


@needs_shared
def test_asreview_bannach_brown_csv_gz() -> None:
    docs, _ = split(list(read_documents(EXTERNAL / "asreview-bannach-brown-2019" / "Bannach-Brown_2019.csv.gz")))
    assert len(docs) > 1500 and docs[0].year == 1972 and docs[0].authors


@needs_shared
@pytest.mark.parametrize(
    "path", ["asreview-bannach-brown-2019/immune-subset.tsv", "gutbrainie/immunopsychiatry-subset.tsv"]
)
def test_title_only_index_files_are_refused(path: str) -> None:
    with pytest.raises(InputError, match="no abstract column"):
        list(read_documents(EXTERNAL / path))


@needs_shared
def test_gutbrainie_json_keyed_by_pmid() -> None:
    docs, errors = split(
        list(read_documents(EXTERNAL / "gutbrainie" / "Articles" / "json_format" / "articles_dev.json.gz"))
    )
    assert len(docs) == 40 and not errors
    assert docs[0].pmid == "36532064" and docs[0].journal == "Frontiers in immunology" and docs[0].year == 2022
    assert len(docs[0].authors) > 3
    annotated, _ = split(
        list(read_documents(EXTERNAL / "gutbrainie" / "Annotations" / "Dev" / "json_format" / "dev.json.gz"))
    )
    assert [d.pmid for d in annotated] == [d.pmid for d in docs]  # the nested "metadata" object is read


def test_csv_with_quoted_newlines_and_missing_abstract() -> None:
    first, missing, third = read_documents(DATA / "records.csv")
    assert isinstance(first, Document) and isinstance(third, Document)
    assert (first.title, first.pmid, first.doi, first.year, first.journal) == (
        "Ketamine and IL-6, a synthetic record",
        "99999951",
        "10.9999/k.2020.1",
        2020,
        "Synth Psychopharmacol",
    )
    assert [a.name for a in first.authors] == ["Doe J", "Roe R"] and first.keywords == ("ketamine", "IL-6")
    assert isinstance(missing, InputError) and missing.line == 3 and missing.record == 2
    assert third.abstract.count("\n") == 1 and third.record == 3


def test_column_map_for_unusual_names() -> None:
    with pytest.raises(InputError, match="no abstract column"):
        list(read_documents(DATA / "custom_columns.tsv"))
    (doc,) = read_documents(
        DATA / "custom_columns.tsv", columns=ColumnMap(title="Heading", abstract="body", pmid="ident")
    )
    assert isinstance(doc, Document) and doc.pmid == "99999961" and doc.title.startswith("Custom column names")
    with pytest.raises(InputError, match="no column 'summary'"):
        list(read_documents(DATA / "custom_columns.tsv", columns=ColumnMap(abstract="summary")))


def test_jsonl_with_a_malformed_line() -> None:
    items = list(read_documents(DATA / "records.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document", "InputError"]
    first, broken, third, array = items
    assert isinstance(first, Document) and [a.name for a in first.authors] == ["Ken Ito", "Maria Silva"]
    assert first.keywords == ("lithium", "inflammation") and first.year == 2018
    assert isinstance(broken, InputError) and broken.line == 2 and "malformed JSON" in broken.reason
    assert isinstance(third, Document) and (third.pmid, third.doi) == ("99999973", "10.9999/jl.3")
    assert isinstance(array, InputError) and array.line == 4


def test_json_document() -> None:
    first, second = read_documents(DATA / "records.json")
    assert isinstance(first, Document) and first.doi == "10.9999/jd.1"
    assert isinstance(second, InputError) and second.record == 2


def test_malformed_json_document(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n  {"title": "x",\n')
    with pytest.raises(InputError, match="malformed JSON at line"):
        list(read_documents(path))


def test_five_megabyte_fields(tmp_path: Path) -> None:
    abstract = ("Cytokines were measured in this invented study. " * 110_000)[:5_200_000]
    (tmp_path / "big.csv").write_text(f'title,abstract\n"Huge",{json.dumps(abstract)}\n"Small","Tiny abstract."\n')
    (tmp_path / "big.tsv").write_text(f"title\tabstract\nHuge\t{abstract}\nSmall\tTiny abstract.\n")
    (tmp_path / "big.jsonl").write_text(
        json.dumps({"title": "Huge", "abstract": abstract})
        + "\n"
        + json.dumps({"title": "Small", "abstract": "Tiny abstract."})
        + "\n"
    )
    (tmp_path / "big.pubtator").write_text(f"1|t|Huge\n1|a|{abstract}\n\n2|t|Small\n2|a|Tiny abstract.\n")
    for name in ("big.csv", "big.tsv", "big.jsonl", "big.pubtator"):
        huge, small = read_documents(tmp_path / name)  # over the per-record cap (issue 14 item 4): skipped, named
        assert isinstance(huge, InputError) and huge.record == 1 and "5,200,000 characters" in str(huge), name
        assert isinstance(small, Document) and small.abstract == "Tiny abstract.", name


def test_semicolon_csv_and_missing_values(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text("Title;Abstract;Year\nA semicolon table;An invented abstract.;n/a\n")
    (doc,) = read_documents(path)
    assert isinstance(doc, Document) and doc.year is None and doc.abstract == "An invented abstract."
