"""The MEDLINE/RIS reader on genuine PubMed exports (Biopython's test files, the dev .nbib files) and fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipkg.errors import InputError
from ipkg.ingest import read_documents
from ipkg.models import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ingest"
FORMATS = ROOT.parent / "shared" / "corpus" / "formats" / "biopython-tests"
DEV = ROOT.parent / "shared" / "corpus" / "dev" / "raw"
needs_shared = pytest.mark.skipif(not FORMATS.is_dir(), reason="../shared/corpus/formats is not available")


def documents(path: Path) -> list[Document | InputError]:
    return list(read_documents(path))


@needs_shared
def test_biopython_single_record() -> None:
    (doc,) = documents(FORMATS / "pubmed_result1.txt")
    assert isinstance(doc, Document)
    assert (doc.pmid, doc.title, doc.journal, doc.year, doc.month, doc.volume, doc.issue, doc.pages) == (
        "12230038",
        "The Bio* toolkits--a brief overview.",
        "Brief Bioinform",
        2002,
        9,
        "3",
        "3",
        "296-302",
    )
    assert doc.abstract.startswith("Bioinformatics research is often difficult") and "\n" not in doc.abstract
    # the AD line precedes the author in this old record: it is the first author's affiliation
    assert doc.authors[0].name == "Mangalam, Harry" and doc.authors[0].affiliations[0].startswith("tacg Informatics")
    assert "Software" in doc.mesh_terms and "*Software" not in doc.mesh_terms
    assert doc.publication_types == ("Journal Article",)


@needs_shared
def test_biopython_four_records() -> None:
    docs = documents(FORMATS / "pubmed_result2.txt")
    assert [d.record for d in docs] == [1, 2, 3, 4] and all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert isinstance(first, Document)
    assert (first.pmid, first.pmcid, first.doi, first.epub_date, first.pages) == (
        "16403221",
        "PMC1373603",
        "10.1186/1471-2105-7-10",
        "2006-01-10",
        "10",
    )
    assert [s[0] for s in first.sections] == ["BACKGROUND", "RESULTS", "CONCLUSION"]
    assert [a.name for a in first.authors] == ["Casbon, James A", "Crooks, Gavin E", "Saqi, Mansoor A S"]
    assert first.authors[1].affiliations == ()
    second = docs[1]
    assert isinstance(second, Document)
    assert second.sections[0][0] == "SUMMARY" and (second.year, second.month, second.day) == (2006, 3, 1)


@needs_shared
def test_biopython_structured_abstract_inline_labels() -> None:
    (doc,) = documents(FORMATS / "pubmed_result3.txt")
    assert isinstance(doc, Document)
    assert [s[0] for s in doc.sections] == ["PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert doc.abstract.split("\n")[1].startswith("METHODS: Two transducers")
    assert doc.pages == "5795-5813" and doc.doi == "10.1118/1.4748329"
    assert doc.mesh_terms[1] == "High-Intensity Focused Ultrasound Ablation"  # qualifiers dropped


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not available")
@pytest.mark.parametrize("name", ["20719303.nbib", "23850810.nbib", "33504955.nbib", "16399150.txt", "25802980.txt"])
def test_dev_medline_files(name: str) -> None:
    (doc,) = documents(DEV / name)
    assert isinstance(doc, Document)
    assert doc.pmid == name.split(".")[0] and doc.title and len(doc.abstract) > 300
    assert all(" et al" not in a.name for a in doc.authors)


def test_record_without_abstract_is_an_error_and_the_others_are_read() -> None:
    first, second, third = documents(DATA / "no_abstract.nbib")
    assert isinstance(second, InputError)
    assert second.record == 2 and second.line == 38 and "no abstract" in second.reason and "99999942" in second.reason
    assert isinstance(first, Document) and isinstance(third, Document) and third.record == 3
    assert first.title == "Tumour necrosis factor antagonists and depressive symptoms in psoriasis: a synthetic record."
    assert (first.doi, first.pmcid, first.epub_date, first.pages, first.day) == (
        "10.9999/syn.2018.14.233",
        "PMC9999941",
        "2018-01-02",
        "233-241",
        15,
    )
    assert first.authors[0].orcid == "0000-0003-1415-9265"
    assert first.authors[1].affiliations == ("School of Public Health, Example University, Accra, Ghana",)
    assert first.keywords == ("psoriasis", "depression") and first.mesh_terms == ("Adalimumab", "Depression", "Humans")
    assert first.translations[0][0] == "fr" and first.journal == "Synth Dermatol"
    assert [s[0] for s in first.sections] == ["OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert (third.year, third.month, third.authors[1].name) == (2021, 10, "Garcia R")


def test_ris_export() -> None:
    first, second = documents(DATA / "export.ris")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.doi, first.journal, first.year, first.month, first.day, first.volume, first.issue, first.pages) == (
        "10.9999/sp.2017.801",
        "Synth Psychiatry",
        2017,
        6,
        1,
        "22",
        "6",
        "801-809",
    )
    assert [a.name for a in first.authors] == ["Rossi, Marco", "Kaur, Simran"] and first.keywords == ("omega-3", "CRP")
    assert second.title == "A second RIS record about exercise and cytokines" and second.record == 2


def test_records_without_blank_lines_between_them(tmp_path: Path) -> None:
    path = tmp_path / "tight.nbib"
    path.write_text(
        "PMID- 1\nTI  - One title here.\nAB  - One abstract here.\nPMID- 2\nTI  - Two.\nAB  - Two abstract.\n"
    )
    docs = documents(path)
    assert [d.pmid for d in docs if isinstance(d, Document)] == ["1", "2"]
