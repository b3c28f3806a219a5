"""The free-text reader on the seeds, the dev corpus (checked against its gold file) and synthetic page copies."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from ipkg.errors import InputError
from ipkg.ingest import read_documents
from ipkg.ingest.freetext import parse_page
from ipkg.models import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data" / "ingest"
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not available")

#: CJK, kana, hangul, Cyrillic: none of it may reach an English abstract
FOREIGN_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0400-\u04ff]")


def only_document(path: Path) -> Document:
    items = list(read_documents(path))
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def test_seed_000_pure_portal_page() -> None:
    doc = only_document(SEEDS / "000_d35844b68f261b2a.txt")
    assert doc.title == "Inflamed brain: Targeting immune changes and inflammation for treatment of depression"
    assert doc.source_file == "000_d35844b68f261b2a.txt" and doc.record == 1
    assert [a.name for a in doc.authors][:2] == ["Shinji Sakamoto", "Xiaolei Zhu"] and len(doc.authors) == 7
    assert {"depression", "inflammation", "biotype"} <= set(doc.keywords)
    assert not {"Neurology", "General Neuroscience"} & set(doc.keywords)  # the ASJC subject list is not keywords
    for junk in ("ASJC", "Dive into", "Research output", "Cite this", "Original language", "fingerprint"):
        assert junk not in doc.abstract
    assert doc.abstract.startswith("Although there are a number of clinically effective treatments")
    assert doc.abstract.endswith("target specific patient populations.")
    assert (doc.journal, doc.year, doc.month, doc.issue, doc.pages) == (
        "Psychiatry and Clinical Neurosciences",
        2021,
        10,
        "10",
        "304-311",
    )
    assert doc.translations == () and doc.pmid is None and doc.doi is None


def test_seed_001_pubmed_copy_without_title() -> None:
    """The file starts at the affiliations: it holds neither the title nor the PMID (gold-seeds says null too)."""
    doc = only_document(SEEDS / "001_959d3a962877fddc.txt")
    assert doc.title == "" and doc.pmid is None
    assert doc.doi == "10.1016/j.bbi.2024.02.019"
    assert (doc.journal, doc.year, doc.month, doc.volume, doc.issue, doc.pages, doc.epub_date) == (
        "Brain Behav Immun",
        2024,
        5,
        "118",
        None,
        "52-68",
        "2024-02-15",
    )
    assert doc.abstract.startswith("Immune-inflammatory mechanisms are promising targets")
    assert doc.abstract.endswith("potentiate antidepressant response.")
    assert not FOREIGN_SCRIPT.search(doc.abstract)
    assert "Milano" not in doc.abstract and "Brain Behav Immun" not in doc.abstract
    assert [lang for lang, _ in doc.translations] == ["zh"]
    assert doc.translations[0][1].startswith("免疫炎症机制")
    assert len(doc.affiliations) == 2 and all("Milano, Italy" in a for a in doc.affiliations)


def test_seed_002_authors_affiliations_and_paragraphs() -> None:
    doc = only_document(SEEDS / "002_66f3ee86d2c7e7cf.txt")
    assert doc.title == ""
    assert [a.name for a in doc.authors] == ["De Maricourt P", "Jay T", "Goncalvès P", "Lôo H", "Gaillard R"]
    assert len(doc.affiliations) == 2 and doc.affiliations[1].startswith("Inserm UMR 894")
    assert (doc.doi, doc.journal, doc.year, doc.month, doc.volume, doc.issue, doc.pages, doc.epub_date) == (
        "10.1016/j.encep.2013.09.002",
        "Encephale",
        2014,
        2,
        "40",
        "1",
        "48-55",
        "2014-01-13",
    )
    assert doc.abstract.count("\n") == 3  # four English paragraphs
    assert not FOREIGN_SCRIPT.search(doc.abstract)
    assert [lang for lang, _ in doc.translations] == ["zh"] and doc.translations[0][1].count("\n") == 3


def _gold_dev() -> list[dict[str, object]]:
    if not DEV.is_dir():
        return []
    return [json.loads(line) for line in (DEV / "gold-dev.jsonl").read_text().splitlines() if line.strip()]


@needs_shared
@pytest.mark.parametrize("gold", _gold_dev(), ids=lambda g: str(g["file"]))
def test_dev_corpus_matches_gold(gold: dict[str, str | None]) -> None:
    """Each dev file is one Document with an abstract; title, PMID and DOI agree with gold-dev.jsonl.

    Gold sometimes knows a PMID or DOI the file does not contain (it was looked up); the reader must then give
    nothing rather than something else. Where gold has no title (the copy starts at "Abstract"), neither do we.
    """
    path = DEV / str(gold["file"])
    doc = only_document(path)
    assert len(doc.abstract) > 200 and doc.source_file == path.name
    assert "\n\n" not in doc.abstract and not FOREIGN_SCRIPT.search(doc.abstract)
    assert _norm(doc.title) == _norm(gold["title"])
    text = path.read_text(encoding="utf-8").lower()
    for key in ("pmid", "doi"):
        expected, got = gold[key], getattr(doc, key)
        if expected and expected.lower() in text:
            assert got == expected.lower(), key
        else:
            assert got in (None, (expected or "").lower()), key
    for label, start, end in doc.sections:
        assert doc.abstract[start:end].startswith(label)


@needs_shared
def test_every_dev_file_reads() -> None:
    files = sorted(p for p in (DEV / "raw").iterdir() if p.is_file())
    assert len(files) == len(_gold_dev())
    for path in files:
        assert only_document(path).abstract


def test_pubmed_page_copy() -> None:
    doc = only_document(DATA / "pubmed_page.txt")
    assert doc.title == "Interferon-gamma and anhedonia in treatment-resistant depression: a synthetic example record"
    assert (doc.pmid, doc.pmcid, doc.doi) == ("99999901", "PMC9999901", "10.9999/nir.2022.0042")
    assert (doc.journal, doc.year, doc.month, doc.day, doc.volume, doc.issue, doc.pages, doc.epub_date) == (
        "Neuropsychiatr Immunol Rep",
        2022,
        3,
        3,
        "12",
        "2",
        "101-115",
        "2021-11-30",
    )
    assert [(a.name, len(a.affiliations)) for a in doc.authors] == [
        ("Anna Berg", 2),
        ("Carlos Ruiz", 1),
        ("Mei Lin", 1),
    ]
    assert doc.authors[2].affiliations[0].startswith("School of Medicine")
    assert doc.keywords == ("anhedonia", "depression", "interferon-gamma", "inflammation")
    assert doc.mesh_terms == ("Anhedonia", "Depression", "Interferon-gamma")
    assert doc.publication_types == ("Review", "Journal Article")  # the badge above the citation, then the list
    assert [s[0] for s in doc.sections] == ["Background", "Methods", "Results", "Conclusions"]
    assert "IFN-γ" in doc.abstract and "(p < 0.01)" in doc.abstract  # entities decoded
    for junk in ("Copyright", "declare", "Figure 1", "another article", "Affiliations", "Free PMC", "Keywords"):
        assert junk not in doc.abstract


def test_pure_portal_with_tab_separated_metadata() -> None:
    doc = only_document(DATA / "pure_portal.txt")
    assert doc.title.startswith("Microglial priming after repeated social defeat")
    assert (doc.journal, doc.volume, doc.issue, doc.pages, doc.year, doc.month, doc.epub_date, doc.doi) == (
        "Example Journal of Neuroimmunology",
        "57",
        "4",
        "e112-e120",
        2020,
        4,
        "2020-01-12",
        "10.9999/ejn.2020.57.4.112",
    )
    assert doc.keywords == ("microglia", "social defeat", "interleukin-1")
    assert "Fingerprint" not in doc.abstract and "Medicine & Life Sciences" not in doc.abstract
    assert doc.abstract.count("\n") == 0


def test_translations_by_script_and_by_language() -> None:
    doc = only_document(DATA / "bare_translations.txt")
    assert doc.title.startswith("Kynurenine metabolites in late-life depression")
    assert [lang for lang, _ in doc.translations] == ["ru", "ja", "fr"]
    assert doc.abstract.startswith("Kynurenine metabolites were measured") and doc.abstract.count("\n") == 0


def test_hard_wrapped_title_and_paragraphs() -> None:
    doc = only_document(DATA / "wrapped.txt")
    assert doc.title.endswith("with comorbid depression: a synthetic record")
    assert doc.abstract.split("\n")[0].startswith("Fatigue and depressive symptoms are common")
    assert doc.abstract.count("\n") == 1


def test_latin1_file_is_read_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="ipkg.ingest"):
        doc = only_document(DATA / "latin1.txt")
    assert "café" in doc.title and "Zürich" in doc.abstract and "naïve" in doc.abstract
    assert any("not UTF-8" in r.getMessage() and "cp1252" in r.getMessage() for r in caplog.records)


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(
        "\ufeffA title about cytokines in depression\r\n\r\nCytokines were measured in this invented study of adults. They were high.\r\n".encode()
    )
    doc = only_document(path)
    assert doc.title == "A title about cytokines in depression" and doc.abstract.endswith("They were high.")


def test_mac_line_ends_and_utf16(tmp_path: Path) -> None:
    text = "A title about cytokines in depression\n\nCytokines were measured in this invented study. They were high.\n"
    (tmp_path / "cr.txt").write_bytes(text.replace("\n", "\r").encode())
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    for name in ("cr.txt", "u16.txt"):
        doc = only_document(tmp_path / name)
        assert doc.title == "A title about cytokines in depression" and doc.abstract.endswith("They were high.")


def test_text_without_prose_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Shopping list\n\n- eggs\n- milk\n")
    items = list(read_documents(path))
    assert len(items) == 1 and isinstance(items[0], InputError) and "no abstract" in items[0].reason


def test_full_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("A long document title here\n\n" + "This sentence is prose about depression. " * 1000)
    items = list(read_documents(path))
    assert len(items) == 1 and isinstance(items[0], InputError) and "longer than any abstract" in items[0].reason


def test_doi_on_a_line_of_its_own_kind(tmp_path: Path) -> None:
    path = tmp_path / "springer.txt"
    path.write_text(
        "A title about microglia in depression\n\nMicroglia were counted in this invented study. "
        "They were many.\n\nJournal of Tests volume 3, Article number: 12 (2020) Cite this article "
        "https://doi.org/10.9999/ABC.12\n"
    )
    doc = only_document(path)
    assert doc.doi == "10.9999/abc.12" and "Cite this" not in doc.abstract and doc.abstract.endswith("They were many.")


def test_pubmed_abstract_text_export_with_two_records() -> None:
    first, second = read_documents(DATA / "pubmed_abstract_export.txt")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.record, second.record) == (1, 2)
    assert (
        first.title
        == "Low-dose interleukin-2 add-on treatment in bipolar depression: a synthetic record in PubMed's abstract text format."
    )
    assert (first.pmid, first.doi, first.epub_date, first.volume, first.pages) == (
        "99999995",
        "10.9999/spn.2024.02.019",
        "2024-02-15",
        "118",
        "52-68",
    )
    assert [(a.name, len(a.affiliations)) for a in first.authors] == [("Rossi A", 1), ("Bianchi C", 1), ("Verdi L", 2)]
    assert first.abstract.startswith("Regulatory T cells") and first.abstract.count("\n") == 0  # unwrapped
    assert "Copyright" not in first.abstract and "PMID" not in first.abstract
    assert (second.pmid, second.title, second.issue) == (
        "99999996",
        "Kynurenine pathway metabolites and suicidal ideation: a second synthetic record.",
        "4",
    )
    assert [a.name for a in second.authors] == ["Okoro B"] and len(second.sections) == 3


def test_pubmed_web_page_copy_with_broken_citation_lines() -> None:
    doc = only_document(DATA / "pubmed_web_2024.txt")
    assert (
        doc.title == "Omega-3 supplementation and inflammatory markers in adolescent depression: a synthetic web copy"
    )
    assert (doc.journal, doc.year, doc.month, doc.day, doc.volume, doc.pages) == (
        "Synth Immunol",
        2023,
        1,
        9,
        "13",
        "1071470",
    )
    assert (doc.pmid, doc.pmcid, doc.doi) == ("99999997", "PMC9999997", "10.9999/si.2023.1071470")
    assert doc.publication_types == ("Randomized Controlled Trial",) and doc.authors[0].name == "Li Wei"
    assert doc.keywords == ("adolescents", "depression", "omega-3")
    assert doc.abstract.endswith("over twelve weeks.") and "None." not in doc.abstract


def test_upper_case_title_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "caps.txt"
    path.write_text(
        "INFLAMMATION AND DEPRESSION IN ADOLESCENTS: A SYNTHETIC RECORD\n\nBACKGROUND:\nInflammation was "
        "studied in this invented sample.\nRESULTS:\nIt was high.\n"
    )
    doc = only_document(path)
    assert doc.title == "INFLAMMATION AND DEPRESSION IN ADOLESCENTS: A SYNTHETIC RECORD"
    assert doc.abstract == "BACKGROUND: Inflammation was studied in this invented sample.\nRESULTS: It was high."


@pytest.mark.parametrize("title", [
    "Long-term lithium treatment and the kidney. Interim report on fifty patients.",
    "Does gut microbiota influence the course of depression? A 3-year prospective study.",
])
def test_a_two_sentence_title_alone_on_the_first_line_is_the_title(title) -> None:
    fields = parse_page([title, "", "Lithium is widely used. We followed fifty patients for ten years."])
    assert fields["title"] == title
    assert fields["abstract"] == ["Lithium is widely used. We followed fifty patients for ten years."]


def test_two_short_sentences_with_no_paragraph_after_them_stay_abstract_text() -> None:
    assert parse_page(["Depression is common. Its treatment is hard."])["title"] == ""
    fields = parse_page(["Depression is common. Its treatment is hard.", "We studied fifty patients for ten years."])
    assert fields["title"] == ""
    # a title of three sentences is not a title line
    three = "Lithium and the kidney. An interim report. Fifty patients."
    assert parse_page([three, "", "Lithium is widely used in bipolar disorder."])["title"] == ""
