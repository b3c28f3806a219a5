"""Unit tests of the ingest normalisation helpers (identifiers, dates, pages, languages, sections, names)."""

from __future__ import annotations

import pytest

from ipkg.ingest import _text
from ipkg.ingest._page import affiliation, author_line, citation, id_line, portal_meta
from ipkg.ingest._record import find_sections, split_author_list, split_markers, split_sections


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10.1016/j.bbi.2024.02.019", "10.1016/j.bbi.2024.02.019"),
        ("doi: 10.1016/J.BBI.2024.02.019.", "10.1016/j.bbi.2024.02.019"),
        ("https://doi.org/10.1007/S12325-016-0455-X", "10.1007/s12325-016-0455-x"),
        ("http://dx.doi.org/10.1038/mp.2015.22", "10.1038/mp.2015.22"),
        ("10.1016/S0140-6736(05)67763-X [doi]", "10.1016/s0140-6736(05)67763-x"),
        ("(doi 10.1000/abc)", "10.1000/abc"),
        ("not a doi", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_doi(value: str | None, expected: str | None) -> None:
    assert _text.normalise_doi(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("38364955", "38364955"),
        ("PMID: 38364955", "38364955"),
        ("0123", "123"),
        ("12345.0", "12345"),
        (12345, "12345"),
        ("abc", None),
        ("123 456", None),
        ("", None),
        (None, None),
        ("0", None),
    ],
)
def test_normalise_pmid(value: object, expected: str | None) -> None:
    assert _text.normalise_pmid(value) == expected


def test_normalise_pmcid_and_orcid() -> None:
    assert _text.normalise_pmcid("PMC1373603") == "PMC1373603"
    assert _text.normalise_pmcid("8435807") == "PMC8435807"
    assert _text.normalise_pmcid("PMCID: pmc42") == "PMC42"
    assert _text.normalise_pmcid("x") is None
    assert _text.normalise_orcid("https://orcid.org/0000-0002-1825-009x") == "0000-0002-1825-009X"
    assert _text.normalise_orcid("ORCID: 0000000218250097") == "0000-0002-1825-0097"
    assert _text.normalise_orcid("none") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010 Oct 1", (2010, 10, 1)),
        ("2024 May", (2024, 5, None)),
        ("2001 Jun-Jul", (2001, 6, None)),
        ("1998 Dec-1999 Jan", (1998, 12, None)),
        ("2006", (2006, None, None)),
        ("20100817", (2010, 8, 17)),
        ("2024-02-15", (2024, 2, 15)),
        ("2017/06/01", (2017, 6, 1)),
        ("Published - Oct 2021", (2021, 10, None)),
        ("12 Jan 2020", (2020, 1, 12)),
        ("February 15, 2024", (2024, 2, 15)),
        ("published 01.05.2015", (2015, 5, 1)),
        ("2010 Feb 30", (2010, 2, None)),
        ("Spring 1990", (1990, None, None)),
        ("no date here", (None, None, None)),
    ],
)
def test_parse_date(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert _text.parse_date(text) == expected


def test_parse_month() -> None:
    assert [_text.parse_month(m) for m in ("Jan", "february", "Sept", "09", "12", "13", "févr", "Market", "")] == [
        1,
        2,
        9,
        9,
        12,
        None,
        2,
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ("5795-813", "5795-5813"),
        ("113-25", "113-125"),
        ("52-68", "52-68"),
        ("304–311", "304-311"),
        ("e46353", "e46353"),
        ("e112-e120", "e112-e120"),
        ("R12-9", "R12-R19"),
        ("", None),
        (" 10 ", "10"),
    ],
)
def test_expand_pages(pages: str, expected: str | None) -> None:
    assert _text.expand_pages(pages) == expected


def test_clean_text() -> None:
    assert _text.clean_inline("IL-1&beta; &amp; TNF-&#x3b1;\n in\u00a0 <i>vivo</i>") == "IL-1β & TNF-α in vivo"
    assert _text.clean_inline("AT&T and R&D") == "AT&T and R&D"
    assert _text.clean_block("a\x00b\n\n  c  \r\nd") == "a b\nc\nd"
    assert _text.clean_inline(None) == ""


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("免疫炎症机制是抗抑郁药理学的有前途的靶点。", "zh"),
        ("キヌレニン代謝物をうつ病の高齢者と対照群で測定した。", "ja"),
        ("면역 염증 기전은 항우울제의 유망한 표적이다.", "ko"),
        ("Киноренины измерялись у пожилых людей с депрессией.", "ru"),
        ("IL-6 (α) and TNF-β levels were measured in 20 patients.", "en"),
        ("Les patients ont été inclus dans une étude de cohorte pour la dépression et le stress chronique.", "fr"),
        (
            "Die Patienten wurden in eine Studie eingeschlossen und mit dem Medikament für die Depression behandelt.",
            "de",
        ),
        ("We found that the levels of interleukin 6 were higher in the patients than in the controls.", "en"),
    ],
)
def test_text_language(text: str, lang: str) -> None:
    assert _text.text_language(text) == lang


def test_language_code() -> None:
    assert [_text.language_code(c) for c in ("eng", "fre", "chi", "pt-br", "", "xyz")] == [
        "en",
        "fr",
        "zh",
        "pt-br",
        "und",
        "xyz",
    ]


def test_sections() -> None:
    text = split_sections("BACKGROUND: One. METHODS: Two. Results: Three (p = 0.1). CONCLUSIONS: Four.")
    assert text.split("\n") == ["BACKGROUND: One.", "METHODS: Two.", "Results: Three (p = 0.1).", "CONCLUSIONS: Four."]
    sections = find_sections(text)
    assert [label for label, _, _ in sections] == ["BACKGROUND", "METHODS", "Results", "CONCLUSIONS"]
    for label, start, end in sections:
        assert text[start:end].startswith(label)
    # a colon after an ordinary phrase is not a section
    assert split_sections("We asked one thing: does it work? It does.") == "We asked one thing: does it work? It does."
    # labels glued to the text by a web copy, and MDPI's numbered labels
    assert (
        split_sections("BackgroundCross-sectional data. ResultsThe end.")
        == "Background: Cross-sectional data. ResultsThe end."
    )
    assert split_sections("Text.ConclusionsThe end.") == "Text.\nConclusions: The end."
    assert split_sections("(1) Background: A. (2) Methods: B.") == "Background: A.\nMethods: B."


def test_names_and_markers() -> None:
    assert split_markers("Gougol A(1)") == ("Gougol A", (1,))
    assert split_markers("Sara Poletti 1 2") == ("Sara Poletti", (1, 2))
    assert split_markers("Smith J1,2*") == ("Smith J", (1, 2))
    assert split_author_list("Reimer, E J; Dunn, G S") == ["Reimer, E J", "Dunn, G S"]
    assert split_author_list("Doe J, Roe R and Poe E") == ["Doe J", "Roe R", "Poe E"]
    assert split_author_list("Smith, John") == ["Smith, John"]
    assert split_author_list("M H Rapaport et al.") == ["M H Rapaport"]


def test_page_lines() -> None:
    assert author_line("De Maricourt P, Jay T, Goncalvès P, Lôo H, Gaillard R") is not None
    assert author_line("Hiles S. A., Baker A. L., de Malmanche T., Attia J.") is not None
    assert author_line("Depression, Anxiety, And Stress In Youth") is None
    assert author_line("Inflammation, depression and the brain: a review") is None
    assert affiliation("1 Department of Psychiatry, University of Exampleton, 12345 Exampleton, Sweden.") == (
        "Department of Psychiatry, University of Exampleton, 12345 Exampleton, Sweden.",
        (1,),
    )
    prose = "Patients were recruited from the University Hospital of Lyon, France, and the University of Geneva."
    assert affiliation(prose) is None
    cited = citation("Brain Behav Immun. 2024 May;118:52-68. doi: 10.1016/j.bbi.2024.02.019. Epub 2024 Feb 15.")
    assert cited is not None
    assert (cited["journal"], cited["year"], cited["month"], cited["volume"], cited["pages"], cited["doi"]) == (
        "Brain Behav Immun",
        2024,
        5,
        "118",
        "52-68",
        "10.1016/j.bbi.2024.02.019",
    )
    assert citation("J. Affect. Disord. 2020 Jan 1;260:1-9.") is not None
    assert citation("In 2020 we showed that inflammation matters; it does.") is None
    assert id_line("PMID: 38364955 DOI: 10.1016/j.bbi.2024.02.019") == {
        "pmid": "38364955",
        "doi": "10.1016/j.bbi.2024.02.019",
    }
    assert id_line("https://doi.org/10.9999/x.1") == {"doi": "10.9999/x.1"}
    assert id_line("We cite PMID: 123 in a long sentence about other matters entirely.") is None
    assert portal_meta("Pages (from-to)304-311") == {"pages": "304-311"}
    assert portal_meta("StatePublished - Oct 2021") == {"year": 2021, "month": 10}
    assert portal_meta("Journal of Affective Disorders") is None
