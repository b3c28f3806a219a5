"""Fuzzing every reader with mutated real records: only Documents and InputErrors may ever come out.

Each test mutates a real input (byte flips, truncations, deletions, insertions of random bytes or of tokens that
matter to the format) and reads it twice: letting detection choose the reader, and forcing the reader under test.
``read_documents`` may raise an InputError or yield Documents and InputErrors; any other exception fails, and so
does an InputError that reports a reader bug ("unexpected error").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipkg.errors import InputError
from ipkg.ingest import read_documents
from ipkg.models import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ingest"
SEEDS = ROOT / "seeds"

#: byte strings that mean something to one of the formats, inserted at random places
TOKENS = [
    b"\n",
    b"\r",
    b"\r\n",
    b"\n\n",
    b"\x00",
    b"\t",
    b"<",
    b"</",
    b">",
    b"&",
    b"&#x0;",
    b"&#99999999;",
    b"&amp;",
    b"]]>",
    b"<!--",
    b'"',
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b";",
    b":",
    b"|t|",
    b"|a|",
    b"PMID- 1\n",
    b"AB  - ",
    b"      ",
    b"TY  - JOUR\n",
    b"ER  - \n",
    b'<AbstractText Label="X">',
    b"<PubmedArticle>",
    b"<article>",
    b"Keywords: ",
    b"Abstract\n",
    b"BACKGROUND: ",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x1f\x8b",
    b"\xe9",
    b"\xc3",
    b"\xe5\x85\x8d",
    "Киноренины ".encode(),
    b"doi: 10.1/x",
    b"10.",
    b"2024 May;",
    b"\xe2\x80\xa2 ",
    b"\x0c",
    b"\x85",
]
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 5))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "truncate", "delete", "insert", "token", "duplicate"]))
        if kind == "flip":
            data[position] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del data[position:]
        elif kind == "delete":
            del data[position : position + draw(st.integers(1, 80))]
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=24))
        elif kind == "token":
            data[position:position] = draw(st.sampled_from(TOKENS))
        else:
            data[position:position] = data[position : position + draw(st.integers(1, 200))]
    return bytes(data)


def check(data: bytes, name: str, reader: str) -> None:
    """Read ``data`` by detection and with ``reader`` forced; fail on anything but Documents and InputErrors."""
    for input_format in (None, reader):
        try:
            items = list(read_documents(Path(name), data=data, input_format=input_format))
        except InputError as err:
            assert "unexpected error" not in err.reason, err
            continue
        for item in items:
            if isinstance(item, InputError):
                assert "unexpected error" not in item.reason, item
                continue
            assert isinstance(item, Document), item
            _check_document(item)


def _check_document(doc: Document) -> None:
    assert isinstance(doc.title, str) and doc.abstract.strip() and doc.record >= 1
    assert "\n\n" not in doc.abstract and "\x00" not in doc.abstract + doc.title
    for _label, start, end in doc.sections:
        assert 0 <= start < end <= len(doc.abstract)
    assert doc.year is None or 1000 <= doc.year <= 2200
    assert doc.month is None or 1 <= doc.month <= 12
    assert doc.doi is None or doc.doi.startswith("10.") and doc.doi == doc.doi.lower()
    assert doc.pmid is None or doc.pmid.isdigit()
    assert doc.epub_date is None or len(doc.epub_date) == 10


def _base(*paths: Path) -> bytes:
    return b"".join(path.read_bytes() for path in paths)


FREETEXT = [
    _base(SEEDS / "000_d35844b68f261b2a.txt"),
    _base(SEEDS / "001_959d3a962877fddc.txt"),
    _base(DATA / "pubmed_page.txt"),
]


@SETTINGS
@given(st.sampled_from(FREETEXT).flatmap(mutated))
def test_fuzz_freetext(data: bytes) -> None:
    check(data, "page.txt", "freetext")


@SETTINGS
@given(mutated(_base(DATA / "no_abstract.nbib", DATA / "export.ris")))
def test_fuzz_medline(data: bytes) -> None:
    check(data, "records.nbib", "medline")


@SETTINGS
@given(
    st.sampled_from([_base(DATA / name) for name in ("pubmed_rich.xml", "jats_article.xml", "bioc_small.xml")]).flatmap(
        mutated
    )
)
def test_fuzz_pubmed_xml(data: bytes) -> None:
    check(data, "records.xml", "pubmed-xml")


@SETTINGS
@given(mutated(_base(DATA / "pubtator_small.txt")))
def test_fuzz_pubtator(data: bytes) -> None:
    check(data, "records.pubtator", "pubtator")


@SETTINGS
@given(mutated(_base(DATA / "records.csv")))
def test_fuzz_csv(data: bytes) -> None:
    check(data, "records.csv", "csv")


@SETTINGS
@given(st.sampled_from([_base(DATA / "records.jsonl"), _base(DATA / "records.json")]).flatmap(mutated))
def test_fuzz_json(data: bytes) -> None:
    check(data, "records.jsonl", "jsonl")
    check(data, "records.json", "json")


@pytest.mark.parametrize(
    "data", [b"\x1f\x8b" + bytes(range(256)), bytes(range(256)) * 4, b"\xff\xfe" + b"\x00\xd8" * 50]
)
def test_hostile_bytes(data: bytes) -> None:
    for reader in ("freetext", "medline", "pubmed-xml", "bioc-xml", "pubtator", "csv", "tsv", "jsonl", "json"):
        check(data, "hostile.bin", reader)
