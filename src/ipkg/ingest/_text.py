"""Text normalisation shared by the readers: entities, whitespace, identifiers, dates, pages and languages.

Every function here is pure and total: it takes any string and returns a cleaned value or ``None``.
"""

from __future__ import annotations

import datetime
import html
import re
import unicodedata

__all__ = [
    "clean_block",
    "clean_inline",
    "expand_pages",
    "find_doi",
    "iso_date",
    "language_code",
    "normalise_doi",
    "normalise_orcid",
    "normalise_pmcid",
    "normalise_pmid",
    "parse_date",
    "parse_month",
    "script_language",
    "text_language",
    "unescape",
]

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: inline formatting tags that web pages and some exports leave in text fields
_TAG = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|sc|span|small|mml:[a-z]+)(?:\s[^<>]{0,200})?\s*/?>", re.IGNORECASE)
_BREAK_TAG = re.compile(r"</?(?:br|p|div)(?:\s[^<>]{0,200})?\s*/?>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff\ufffe\uffff]")
_NEWLINES = re.compile(r"[\r\n]+")
_ODD_SPACE = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: whitespace runs that are not already a single plain space
_SPACE = re.compile(rf"[{_ODD_SPACE}][ {_ODD_SPACE}]*| [ {_ODD_SPACE}]+")

_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)")
_DOI_PREFIX = re.compile(r"^(?:doi\s*[:=]?\s*|https?://(?:dx\.)?doi\.org/|(?:dx\.)?doi\.org/)", re.IGNORECASE)
_ORCID = re.compile(r"(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])", re.IGNORECASE)

#: month names and abbreviations (English, plus the common French/German/Spanish forms) -> 1..12
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janv janvier januar enero ene",
        "february feb fev fevr fevrier februar febrero",
        "march mar mars marz marzo",
        "april apr avr avril abril",
        "may mai mayo",
        "june jun juin juni junio",
        "july jul juil juillet juli julio",
        "august aug aout agosto",
        "september sep sept septembre setiembre septiembre",
        "october oct okt octobre oktober octubre",
        "november nov novembre noviembre",
        "december dec dez decembre dezember diciembre dic",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number
#: the full English month names, for prefix matching
_FULL_MONTHS = tuple(name for name in MONTHS if len(name) > 4 and name.isascii())

#: ISO 639-2 (MEDLINE LA, PubMed XML Language) -> BCP 47 primary tags
_ISO639: dict[str, str] = dict(
    re.findall(
        r"(\w+):(\w+)",
        "eng:en fre:fr fra:fr ger:de deu:de spa:es ita:it por:pt rus:ru chi:zh zho:zh jpn:ja kor:ko dut:nl "
        "nld:nl pol:pl tur:tr ara:ar heb:he gre:el ell:el swe:sv nor:no dan:da fin:fi cze:cs ces:cs hun:hu "
        "rum:ro ron:ro ukr:uk per:fa fas:fa tha:th vie:vi hin:hi ind:id srp:sr hrv:hr slv:sl slo:sk slk:sk "
        "bul:bg lit:lt lav:lv est:et ice:is isl:is cat:ca glg:gl baq:eu eus:eu afr:af may:ms msa:ms",
    )
)

#: Unicode ranges of scripts other than Latin -> the language a paragraph in that script most likely is
_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))),
    ("ru", ((0x0400, 0x052F),)),
    ("el", ((0x0370, 0x03FF), (0x1F00, 0x1FFF))),
    ("ar", ((0x0600, 0x06FF), (0x0750, 0x077F))),
    ("he", ((0x0590, 0x05FF),)),
    ("th", ((0x0E00, 0x0E7F),)),
    ("hi", ((0x0900, 0x097F),)),
)

#: frequent function words, to tell an English paragraph from one in another Latin-script language
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in (
        ("en", "the of and in to is was were with for that this are by from on as be we which these or an"),
        ("fr", "le la les des du et est une un dans pour que qui sur par au aux avec ont sont été ces cette nous"),
        ("de", "der die das und ist mit den dem von zu im bei wurde wurden sich auf für nicht eine ein des werden"),
        ("es", "el la los las del y en que por con una para se fue son como más sobre este esta entre"),
        ("it", "il lo la gli le di del della e che per con una sono nel nella stato dei delle questo è"),
        ("pt", "o os a as do da dos das e em que com uma para foi são no na pelo pela este esta"),
        ("nl", "de het een en van in is met voor op dat zijn werd werden bij niet door deze"),
    )
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def unescape(text: str) -> str:
    """Decode HTML/XML character references that end in ``;`` (``&amp;``, ``&#x3b1;``); leave a bare ``&`` alone.

    >>> unescape("IL-1&#x3b2; &amp; TNF-&alpha; R&D")
    'IL-1β & TNF-α R&D'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _clean_line(text: str) -> str:
    if text.isprintable() and "  " not in text:
        # every character _CONTROL or _ODD_SPACE names is unprintable, so only the strip is left to do
        return text.strip()
    text = _CONTROL.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def clean_inline(text: str | None) -> str:
    """One line of text: entities decoded, inline tags dropped, NFC, every whitespace run a single space.

    >>> clean_inline("  Low-dose <i>IL-2</i>\\n  in   depression&#x2009;")
    'Low-dose IL-2 in depression'
    """
    if not text:
        return ""
    text = unescape(text)
    if "<" in text:  # both tag patterns start with it
        text = _TAG.sub("", _BREAK_TAG.sub(" ", text))
    text = unicodedata.normalize("NFC", text)
    if "\n" in text or "\r" in text:
        text = _NEWLINES.sub(" ", text)
    return _clean_line(text)


def clean_block(text: str | None) -> str:
    """Like :func:`clean_inline` but keeps paragraphs: non-empty lines joined by ``\\n``.

    >>> clean_block("First  paragraph.\\r\\n\\n  Second.")
    'First paragraph.\\nSecond.'
    """
    if not text:
        return ""
    text = unescape(text)
    if "<" in text:
        text = _TAG.sub("", _BREAK_TAG.sub("\n", text))
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = (_clean_line(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalise_doi(value: str | None) -> str | None:
    """A DOI in lower case without resolver prefix, or ``None`` when ``value`` holds none.

    >>> normalise_doi("https://doi.org/10.1016/J.BBI.2024.02.019.")
    '10.1016/j.bbi.2024.02.019'
    """
    if not value:
        return None
    value = _DOI_PREFIX.sub("", value.strip())
    match = _DOI.search(value)
    if not match:
        return None
    doi = match.group(1)
    doi = re.sub(r"\[doi\]$", "", doi)
    while doi and doi[-1] in ".,;:'\"”’>":
        doi = doi[:-1]
    for opening, closing in ("()", "[]", "{}"):  # drop a closing bracket that is not part of the DOI
        while doi.endswith(closing) and doi.count(closing) > doi.count(opening):
            doi = doi[:-1]
    doi = doi.rstrip(".,;:")
    return doi.lower() if re.fullmatch(r"10\.\d{4,9}/\S+", doi) else None


def find_doi(text: str) -> str | None:
    """The first DOI written anywhere in ``text`` (``doi: 10...``, ``https://doi.org/10...``)."""
    match = _DOI.search(text)
    return normalise_doi(match.group(1)) if match else None


def normalise_pmid(value: object) -> str | None:
    """PMID digits only (``"PMID: 0123"`` -> ``"123"``), or ``None``.

    >>> normalise_pmid("PMID: 38364955")
    '38364955'
    """
    if value is None:
        return None
    text = re.sub(r"^(?:pmid|pubmed(?:\s*id)?)\s*[:#=-]?\s*", "", str(value).strip(), flags=re.IGNORECASE)
    text = re.sub(r"\s*\[\w+\]$", "", text)
    match = re.fullmatch(r"0*(\d{1,9})(?:\.0+)?", text)
    return match.group(1) if match and int(match.group(1)) > 0 else None


def normalise_pmcid(value: object) -> str | None:
    """``PMC`` plus digits, or ``None``.

    >>> normalise_pmcid("pmc1373603")
    'PMC1373603'
    """
    match = re.fullmatch(
        r"\s*(?:PMCID:?\s*)?(?:PMC)?\s*(\d{1,10})(?:\.\d+)?\s*(?:\[\w+\])?\s*", str(value or ""), re.IGNORECASE
    )
    return f"PMC{int(match.group(1))}" if match and int(match.group(1)) > 0 else None


def normalise_orcid(value: str | None) -> str | None:
    """The bare ORCID iD ``0000-0002-1825-0097`` from a URL or a prefixed value, or ``None``."""
    match = _ORCID.search(value or "")
    return "-".join(match.groups()).upper() if match else None


def parse_month(token: str | None) -> int | None:
    """1-12 from a month name, abbreviation or number (``"Feb"``, ``"02"``, ``"février"``), else ``None``."""
    if not token:
        return None
    token = unicodedata.normalize("NFKD", token.strip().strip(".").lower())
    token = "".join(ch for ch in token if not unicodedata.combining(ch))
    if token.isdigit():
        number = int(token)
        return number if 1 <= number <= 12 else None
    if token in MONTHS:
        return MONTHS[token]
    if len(token) >= 3:  # "sept", "febr": a prefix of a full month name
        for name in _FULL_MONTHS:
            if name.startswith(token):
                return MONTHS[name]
    return None


_YEAR = r"(1[6-9]\d\d|2[01]\d\d)"
_DATE_FORMS = (
    re.compile(rf"\b{_YEAR}[-/.](\d{{1,2}})(?:[-/.](\d{{1,2}}))?\b"),  # 2024-02-15, 2024/02
    re.compile(rf"\b{_YEAR}(\d\d)(\d\d)\b"),  # 20240215
    re.compile(rf"\b(\d{{1,2}})[./-](\d{{1,2}})[./-]{_YEAR}\b"),  # 15.02.2024 (day first)
    re.compile(rf"\b{_YEAR}\s+([A-Za-z\u00c0-\u017f]{{3,10}})\.?(?:[-/][A-Za-z]{{3,10}})?(?:\s+(\d{{1,2}}))?\b"),
    re.compile(rf"\b(?:(\d{{1,2}})\s+)?([A-Za-z\u00c0-\u017f]{{3,10}})\.?,?\s+(?:(\d{{1,2}}),?\s+)?{_YEAR}\b"),
)


def parse_date(text: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) from the common ways dates are written; the parts not found are ``None``.

    >>> parse_date("2010 Oct 1"), parse_date("Published - Oct 2021"), parse_date("20100817")
    ((2010, 10, 1), (2021, 10, None), (2010, 8, 17))
    """
    if not text:
        return None, None, None
    for number, form in enumerate(_DATE_FORMS):
        match = form.search(text)
        if not match:
            continue
        groups = match.groups()
        if number <= 1:
            year, month, day = int(groups[0]), parse_month(groups[1]), groups[2]
        elif number == 2:
            day, month, year = groups[0], parse_month(groups[1]), int(groups[2])
        elif number == 3:
            year, month, day = int(groups[0]), parse_month(groups[1]), groups[2]
        else:
            month = parse_month(groups[1])
            if month is None:
                continue
            year, day = int(groups[3]), groups[0] or groups[2]
        if month is None and number != 3:
            continue
        day_number = int(day) if day else None
        if month is None or day_number is None or not iso_date(year, month, day_number):
            day_number = None
        return year, month, day_number
    match = re.search(_YEAR, text)
    return (int(match.group(1)) if match else None), None, None


def iso_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """``YYYY-MM-DD`` when the three parts make a real date, else ``None``."""
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def expand_pages(text: str | None) -> str | None:
    """Page range with PubMed's shortened end page written out (``"5795-813"`` -> ``"5795-5813"``).

    >>> expand_pages("575-81"), expand_pages("52–68"), expand_pages("e46353")
    ('575-581', '52-68', 'e46353')
    """
    text = clean_inline(text).replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    text = re.sub(r"\s*-\s*", "-", text).strip(" .;,")
    if not text:
        return None
    match = re.fullmatch(r"([A-Za-z]*)(\d+)-([A-Za-z]*)(\d+)", text)
    if match and len(match.group(4)) < len(match.group(2)):
        start, end = match.group(2), match.group(4)
        return f"{match.group(1)}{start}-{match.group(3) or match.group(1)}{start[: len(start) - len(end)]}{end}"
    return text


def language_code(value: str | None) -> str:
    """A BCP 47 primary tag from an ISO 639-2 code (``"fre"`` -> ``"fr"``) or a tag (``"pt-BR"`` kept)."""
    value = (value or "").strip().lower()
    return _ISO639.get(value, value) or "und"


def script_language(text: str) -> str | None:
    """The language of ``text`` when most of its letters are in a non-Latin script, else ``None``.

    >>> script_language("免疫炎症机制是抗抑郁药理学的有前途的靶点。"), script_language("IL-6 (α) levels")
    ('zh', None)
    """
    counts: dict[str, int] = {}
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        code = ord(char)
        if code < 0x0370:
            continue
        for name, ranges in _SCRIPTS:
            if any(low <= code <= high for low, high in ranges):
                counts[name] = counts.get(name, 0) + 1
                break
    if not letters or sum(counts.values()) * 2 <= letters:
        return None
    if counts.get("kana", 0) * 20 > letters:
        return "ja"
    counts.pop("kana", None)
    return max(sorted(counts), key=counts.__getitem__) if counts else "ja"


def text_language(text: str) -> str:
    """The language of a paragraph: its script, or for Latin script the language whose function words it uses.

    Short paragraphs (under 12 words) in Latin script count as English.

    >>> text_language("Les patients ont été inclus dans une étude de cohorte pour la dépression et le stress.")
    'fr'
    """
    script = script_language(text)
    if script:
        return script
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) < 12:
        return "en"
    scores = {lang: sum(word in stop for word in words) for lang, stop in _STOPWORDS.items()}
    best = max(sorted(scores), key=scores.__getitem__)
    if best != "en" and scores[best] >= max(3, 2 * scores["en"]) and scores[best] * 12 >= len(words):
        return best
    return "en"
