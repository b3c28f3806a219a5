"""The PubMed/PMC XML reader on genuine efetch files (Biopython's tests) and synthetic fixtures."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from ipkg.errors import InputError
from ipkg.ingest import read_documents
from ipkg.models import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ingest"
FORMATS = ROOT.parent / "shared" / "corpus" / "formats" / "biopython-tests"
needs_shared = pytest.mark.skipif(not FORMATS.is_dir(), reason="../shared/corpus/formats is not available")


def documents(path: Path, data: bytes | None = None) -> list[Document | InputError]:
    return list(read_documents(path, data=data))


@needs_shared
def test_record_without_abstract_then_a_good_one() -> None:
    missing, doc = documents(FORMATS / "pubmed1.xml")
    assert isinstance(missing, InputError) and missing.record == 1 and "12091962" in missing.reason
    assert isinstance(doc, Document) and doc.record == 2
    assert (doc.pmid, doc.doi, doc.journal, doc.year, doc.month, doc.day, doc.volume, doc.issue, doc.pages) == (
        "9997",
        "10.1016/0005-2795(76)90109-4",
        "Biochim Biophys Acta",
        1976,
        9,
        28,
        "446",
        "1",
        "179-191",
    )
    assert doc.authors[0].name == "Strekas, T C" and "Heme" in doc.mesh_terms


@needs_shared
def test_two_plain_abstracts_with_affiliations() -> None:
    docs = documents(FORMATS / "pubmed2.xml")
    assert [d.pmid for d in docs if isinstance(d, Document)] == ["11748933", "11700088"]
    first = docs[0]
    assert isinstance(first, Document)
    assert first.authors[0].affiliations == (
        "Dipartimento di Scienze Ambientali, Università degli Studi della Tuscia, 01100 Viterbo, Italy",
    )
    assert "Copyright" not in first.abstract and "(P < 0.001)" in first.abstract


@needs_shared
@pytest.mark.parametrize(
    ("name", "labels"),
    [
        ("pubmed4.xml", ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]),
        ("pubmed5.xml", ["OBJECTIVES", "METHODS", "RESULTS", "CONCLUSIONS"]),
    ],
)
def test_structured_abstracts(name: str, labels: list[str]) -> None:
    (doc,) = documents(FORMATS / name)
    assert isinstance(doc, Document)
    assert [s[0] for s in doc.sections] == labels
    assert doc.abstract.count("\n") == len(labels) - 1
    assert doc.epub_date and doc.pmcid and doc.doi and doc.title and "<" not in doc.title
    for label, start, end in doc.sections:
        assert doc.abstract[start:end].startswith(label + ": ")


@needs_shared
def test_pmc_efetch_correction_without_abstract() -> None:
    (item,) = documents(FORMATS / "efetch_pmc.xml")
    assert isinstance(item, InputError) and "no abstract" in item.reason and "34527728" in item.reason


def test_rich_pubmed_article() -> None:
    (doc,) = documents(DATA / "pubmed_rich.xml")
    assert isinstance(doc, Document)
    assert doc.title == "Effect of Lactobacillus supplementation on IL-6 in major depression: a synthetic record."
    assert (doc.pmid, doc.pmcid, doc.doi, doc.epub_date) == (
        "99999911",
        "PMC9999911",
        "10.9999/ejp.2019.31.1201",
        "2019-05-21",
    )
    assert (doc.journal, doc.year, doc.month, doc.volume, doc.issue, doc.pages) == (
        "Ex J Psychoneuroimmunol",
        2019,
        7,
        "31",
        "7-8",
        "1201-1209",
    )
    assert [a.name for a in doc.authors] == ["Novak, Petra", "Okafor, CE", "Example Probiotic Study Group"]
    assert doc.authors[0].orcid == "0000-0002-1825-0097" and len(doc.authors[0].affiliations) == 2
    assert "baseline & at week 8 (r2 reported)" in doc.abstract and "Copyright" not in doc.abstract
    assert doc.keywords == ("probiotics", "interleukin-6")
    assert doc.mesh_terms == ("Depressive Disorder, Major", "Interleukin-6")
    assert doc.publication_types == ("Randomized Controlled Trial", "Journal Article")
    assert doc.translations == (("es", "Un probiótico redujo la IL-6 en este ensayo inventado."),)


def test_truncated_xml_keeps_the_good_articles() -> None:
    items = documents(DATA / "truncated.xml")
    assert [type(i).__name__ for i in items] == ["Document", "Document", "InputError"]
    error = items[-1]
    assert isinstance(error, InputError) and error.line == 6 and error.record == 3 and "truncated" in error.reason


def test_gzipped_and_truncated_gzip(tmp_path: Path) -> None:
    raw = (DATA / "truncated.xml").read_bytes().rsplit(b"<PubmedArticle>", 1)[0] + b"</PubmedArticleSet>\n"
    packed = gzip.compress(raw * 1)
    docs = documents(tmp_path / "set.xml.gz", data=packed)
    assert [d.pmid for d in docs if isinstance(d, Document)] == ["99999921", "99999922"]
    # cut inside the compressed stream: no crash, the file is refused or ends with one error
    try:
        items = documents(tmp_path / "cut.xml.gz", data=packed[: len(packed) - 20])
    except InputError as err:
        assert "truncated" in err.reason or "corrupt" in err.reason
    else:
        assert isinstance(items[-1], InputError)


def test_jats_article() -> None:
    (doc,) = documents(DATA / "jats_article.xml")
    assert isinstance(doc, Document)
    assert doc.title == "Minocycline and microglial activation in first-episode psychosis: a synthetic record"
    assert (doc.pmid, doc.pmcid, doc.doi) == ("99999931", "PMC9999931", "10.9999/sni.2023.0007")
    assert (doc.journal, doc.year, doc.month, doc.volume, doc.issue, doc.pages, doc.epub_date) == (
        "Synth Neuroimmunol",
        2023,
        4,
        "9",
        "2",
        "45-53",
        "2023-03-14",
    )
    assert [a.name for a in doc.authors] == ["Haddad, Lina", "Moreau, Paul"]  # the editor is not an author
    assert doc.authors[0].orcid == "0000-0001-5109-3700" and len(doc.authors[1].affiliations) == 2
    assert [s[0] for s in doc.sections] == ["Background", "Methods", "Results"]
    assert "graphical" not in doc.abstract and "Body text" not in doc.abstract
    assert doc.translations[0][0] == "de" and doc.keywords == ("minocycline", "microglia", "psychosis")


def test_latin1_declared_xml(tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation>'
        "<PMID>5</PMID><Article><ArticleTitle>Caf\xe9 and mood</ArticleTitle><Abstract><AbstractText>Na\xefve "
        "subjects drank caf\xe9.</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    (doc,) = documents(tmp_path / "l1.xml", data=text.encode("latin-1"))
    assert isinstance(doc, Document) and doc.title == "Café and mood" and "Naïve" in doc.abstract


def test_undeclared_latin1_bytes_in_utf8_xml(tmp_path: Path) -> None:
    text = (
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>6</PMID><Article><ArticleTitle>Caf\xe9 "
        "and mood</ArticleTitle><Abstract><AbstractText>Text.</AbstractText></Abstract></Article>"
        "</MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    (doc,) = documents(tmp_path / "bad.xml", data=text.encode("latin-1"))
    assert isinstance(doc, Document) and doc.title == "Café and mood"


@pytest.mark.skipif(not (FORMATS.parents[1] / "external" / "bc5cdr").is_dir(), reason="bc5cdr is not available")
def test_bioc_collection_matches_pubtator() -> None:
    cdr = FORMATS.parents[1] / "external" / "bc5cdr"
    bioc = [d for d in read_documents(cdr / "CDR_TestSet.BioC.xml.gz") if isinstance(d, Document)]
    pubtator = [d for d in read_documents(cdr / "CDR_TestSet.PubTator.txt") if isinstance(d, Document)]
    assert len(bioc) == 500
    assert [(d.pmid, d.title, d.abstract) for d in bioc] == [(d.pmid, d.title, d.abstract) for d in pubtator]


def test_bioc_pmc_passages(tmp_path: Path) -> None:
    text = (
        "<collection><source>PMC</source><document><id>PMC42</id>"
        '<passage><infon key="type">front</infon><text>A BioC title</text></passage>'
        '<passage><infon key="type">abstract_title_1</infon><text>Background</text></passage>'
        '<passage><infon key="type">abstract</infon><text>First part.</text></passage>'
        '<passage><infon key="type">abstract_title_1</infon><text>Results</text></passage>'
        '<passage><infon key="type">abstract</infon><text>Second part.</text></passage>'
        '<passage><infon key="type">paragraph</infon><text>Body text.</text></passage>'
        "</document></collection>"
    )
    (doc,) = documents(tmp_path / "pmc.bioc.xml", data=text.encode())
    assert isinstance(doc, Document) and doc.pmcid == "PMC42" and doc.title == "A BioC title"
    assert doc.abstract == "Background: First part.\nResults: Second part." and len(doc.sections) == 2
