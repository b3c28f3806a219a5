"""Streaming: reading a 10 MB (decompressed) file keeps memory flat, whatever the record format."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from ipkg.ingest import read_documents
from ipkg.models import Document

RECORDS = 400
#: a 25 kB abstract: 400 of them make 10 MB, five times the peak allowed below (the measured peak is < 1 MB)
ABSTRACT = ("Interleukin-6 was measured in this invented record of adults with depression. " * 320)[:25_000]
PEAK_LIMIT = 2 * 1024 * 1024


def _xml(n: int) -> str:
    return (
        f"<PubmedArticle><MedlineCitation><PMID>{n}</PMID><Article><ArticleTitle>Title {n}</ArticleTitle>"
        f"<Abstract><AbstractText>{ABSTRACT}</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n"
    )


def _medline(n: int) -> str:
    body = "\n      ".join(ABSTRACT[i : i + 80] for i in range(0, len(ABSTRACT), 80))
    return f"PMID- {n}\nTI  - Title {n}\nAB  - {body}\n\n"


def _csv(n: int) -> str:
    return f'{n},"Title {n}","{ABSTRACT}"\n'


def _jsonl(n: int) -> str:
    return json.dumps({"pmid": n, "title": f"Title {n}", "abstract": ABSTRACT}) + "\n"


@pytest.mark.parametrize(
    ("name", "header", "record", "footer"),
    [
        ("big.xml.gz", "<?xml version='1.0'?>\n<PubmedArticleSet>\n", _xml, "</PubmedArticleSet>\n"),
        ("big.nbib.gz", "", _medline, ""),
        ("big.csv.gz", "pmid,title,abstract\n", _csv, ""),
        ("big.jsonl.gz", "", _jsonl, ""),
    ],
)
def test_memory_stays_flat(tmp_path: Path, name: str, header: str, record: Callable[[int], str], footer: str) -> None:
    path = tmp_path / name
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as handle:
        handle.write(header)
        for n in range(1, RECORDS + 1):
            handle.write(record(n))
        handle.write(footer)
    count = 0
    tracemalloc.start()
    try:
        for item in read_documents(path):
            assert isinstance(item, Document), item
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == RECORDS
    assert peak < PEAK_LIMIT, f"peak {peak / 1e6:.1f} MB while streaming {RECORDS * len(ABSTRACT) / 1e6:.0f} MB"
