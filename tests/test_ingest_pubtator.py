"""The PubTator reader on the BioCreative V CDR corpus and a small fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipkg.errors import InputError
from ipkg.ingest import read_documents
from ipkg.models import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ingest"
CDR = ROOT.parent / "shared" / "corpus" / "external" / "bc5cdr"


@pytest.mark.skipif(not CDR.is_dir(), reason="../shared/corpus/external/bc5cdr is not available")
def test_cdr_development_set() -> None:
    docs = list(read_documents(CDR / "CDR_DevelopmentSet.PubTator.txt"))
    assert len(docs) == 500 and all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert isinstance(first, Document)
    assert first.pmid == "6794356" and first.record == 1
    assert first.title == "Tricuspid valve regurgitation and lithium carbonate toxicity in a newborn infant."
    assert first.abstract.startswith("A newborn with massive tricuspid regurgitation")
    assert "\t" not in first.abstract and "Disease" not in first.abstract  # annotation lines are skipped
    assert [d.record for d in docs[:3]] == [1, 2, 3]
    assert len({d.pmid for d in docs if isinstance(d, Document)}) == 500


def test_document_without_abstract() -> None:
    first, missing, third = read_documents(DATA / "pubtator_small.txt")
    assert isinstance(first, Document) and isinstance(third, Document)
    assert isinstance(missing, InputError) and missing.record == 2 and missing.line == 6
    assert third.pmid == "99999983" and third.record == 3


def test_documents_without_blank_line_between(tmp_path: Path) -> None:
    path = tmp_path / "tight.txt"
    path.write_text("1|t|First title\n1|a|First abstract text.\n2|t|Second title\n2|a|Second abstract text.\n")
    docs = list(read_documents(path))
    assert [d.pmid for d in docs if isinstance(d, Document)] == ["1", "2"]
