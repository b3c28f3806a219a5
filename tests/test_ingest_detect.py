"""Reader choice by content, whole-file errors, stdin bytes, gzip, and iter_input_paths."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from ipkg.errors import InputError
from ipkg.ingest import READERS, detect_format, iter_input_paths, read_documents
from ipkg.models import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ingest"
SHARED = ROOT.parent / "shared" / "corpus"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus is not available")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pubmed_page.txt", "freetext"),
        ("pure_portal.txt", "freetext"),
        ("latin1.txt", "freetext"),
        ("no_abstract.nbib", "medline"),
        ("export.ris", "medline"),
        ("pubmed_rich.xml", "pubmed-xml"),
        ("jats_article.xml", "pubmed-xml"),
        ("bioc_small.xml", "bioc-xml"),
        ("truncated.xml", "pubmed-xml"),
        ("pubtator_small.txt", "pubtator"),
        ("records.csv", "csv"),
        ("custom_columns.tsv", "freetext"),
        ("records.jsonl", "jsonl"),
        ("records.json", "json"),
    ],
)
def test_detect_fixtures(name: str, expected: str) -> None:
    # custom_columns.tsv names no known column; ``.tsv`` breaks the tie only through the file name (below)
    head = (DATA / name).read_bytes()[:4096]
    assert detect_format(head, "" if name == "custom_columns.tsv" else name) == expected
    assert expected in READERS


def test_content_wins_over_extension() -> None:
    medline = (DATA / "no_abstract.nbib").read_bytes()
    assert detect_format(medline, "looks_like.csv") == "medline"
    assert detect_format((DATA / "custom_columns.tsv").read_bytes(), "custom_columns.tsv") == "tsv"
    assert detect_format(b'{"title": "x"}\n', "a.json") == "json"
    assert detect_format(b'{"title": "x"}\n', "a.txt") == "jsonl"


@needs_shared
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("dev/raw/16399150.txt", "medline"),
        ("dev/raw/20719303.nbib", "medline"),
        ("dev/raw/PMC4426992.txt", "freetext"),
        ("formats/biopython-tests/pubmed_result2.txt", "medline"),
        ("formats/biopython-tests/efetch_pmc.xml", "pubmed-xml"),
        ("external/bc5cdr/CDR_TestSet.PubTator.txt", "pubtator"),
        ("external/bc5cdr/CDR_TestSet.BioC.xml.gz", "bioc-xml"),
        ("external/asreview-bannach-brown-2019/immune-subset.tsv", "tsv"),
    ],
)
def test_detect_shared_files(path: str, expected: str) -> None:
    raw = (SHARED / path).read_bytes()
    head = gzip.decompress(raw)[:4096] if path.endswith(".gz") else raw[:4096]
    assert detect_format(head, Path(path).name) == expected


@pytest.mark.parametrize(
    ("name", "content", "cause"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n  \n\t\n", "empty file"),
        ("pixel.png", None, "binary content: a PNG image"),
        ("nul.txt", b"text\x00with\x00nul\x00bytes" * 10, "binary content"),
        ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("page.html", b"<!DOCTYPE html><html><body>x</body></html>", "HTML page"),
        ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "root <rss>"),
        ("bad.gz", b"\x1f\x8b\x08\x00garbage-garbage-garbage", "gzip data corrupted"),
        ("kg.ttl", b"@prefix ipkg: <https://w3id.org/ipkg/ontology#> .\n", "RDF data"),
        ("kg.txt", b"PREFIX ipkg: <https://w3id.org/ipkg/ontology#>\n", "RDF data"),
        ("kg.nt", b"<https://example.org/a> <https://example.org/b> \"c\" .\n", "RDF data"),
        ("empty.gz", gzip.compress(b""), "empty file (after gunzip)"),
    ],
)
def test_whole_file_problems_raise_one_line(tmp_path: Path, name: str, content: bytes | None, cause: str) -> None:
    path = DATA / name if content is None else tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_documents(path)
    message = str(caught.value)
    assert cause in message and str(path) in message and "\n" not in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_documents(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_documents(tmp_path)


def test_stdin_bytes_and_forced_format() -> None:
    data = (DATA / "no_abstract.nbib").read_bytes()
    items = list(read_documents(Path("<stdin>"), data=data))
    assert [i.source_file for i in items if isinstance(i, Document)] == ["<stdin>", "<stdin>"]
    forced = list(
        read_documents(
            Path("<stdin>"),
            data=b"Title line of a record\n\nAn abstract sentence here. Another one.\n",
            input_format="freetext",
        )
    )
    assert isinstance(forced[0], Document) and forced[0].title == "Title line of a record"
    with pytest.raises(InputError, match="unknown input format 'docx'"):
        read_documents(Path("<stdin>"), data=data, input_format="docx")


def test_gzip_by_magic_bytes_not_extension(tmp_path: Path) -> None:
    path = tmp_path / "records.nbib"  # gzipped, but not named .gz
    path.write_bytes(gzip.compress((DATA / "no_abstract.nbib").read_bytes()))
    items = list(read_documents(path))
    assert [i.record for i in items] == [1, 2, 3]
    assert isinstance(items[0], Document) and items[0].source_file == "records.nbib"


def test_gzip_truncated_after_good_records(tmp_path: Path) -> None:
    lines = "".join(f"{n}|t|Title {n}\n{n}|a|Abstract number {n} text.\n\n" for n in range(1, 3001))
    packed = gzip.compress(lines.encode())
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    items = list(read_documents(path))
    assert isinstance(items[-1], InputError) and "truncated" in items[-1].reason
    assert len(items) > 100 and all(isinstance(i, Document) for i in items[:-1])


def test_iter_input_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "b/1.txt", "a.nbib", ".secret.txt", ".hidden/x.txt", "c.xml"):
        (tmp_path / name).write_text("x")
    walked = list(iter_input_paths([str(tmp_path)]))
    assert [p.relative_to(tmp_path).as_posix() for p in walked if p != "-"] == ["a.nbib", "b/1.txt", "b/2.txt", "c.xml"]
    globbed = list(iter_input_paths([str(tmp_path / "*.xml"), "-", str(tmp_path / "c.xml"), str(tmp_path / "b")]))
    assert globbed[0] == tmp_path / "c.xml" and globbed[1] == "-" and len(globbed) == 4  # c.xml given once
    with pytest.raises(InputError, match="no such file or directory"):
        iter_input_paths([str(tmp_path / "a.nbib"), str(tmp_path / "missing.txt")])
    with pytest.raises(InputError, match="no file matches"):
        iter_input_paths([str(tmp_path / "*.csv")])


def test_pipe_is_read_once(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    payload = (DATA / "pubtator_small.txt").read_bytes()
    writer = threading.Thread(target=fifo.write_bytes, args=(payload,))
    writer.start()
    items = list(read_documents(fifo))
    writer.join()
    assert [i.record for i in items] == [1, 2, 3]
