"""Line classifiers for free-text abstract pages (PubMed and research-portal page copies, bare title + abstract).

Each function looks at one line (already stripped) and returns what it is, or ``None``. They know the shapes of the
format family (a PubMed citation line, a Pure "Pages (from-to)" line, an author list, an address), never a file.
"""

from __future__ import annotations

import re
from typing import Any

from . import _text
from ._record import looks_like_name, split_markers

__all__ = [
    "affiliation",
    "author_line",
    "banner",
    "boilerplate",
    "bullet",
    "citation",
    "epub_line",
    "field_line",
    "id_line",
    "keyword_line",
    "portal_meta",
    "publication_type",
    "sentence_count",
    "source_line",
    "trailer_header",
    "word_count",
]

_BULLET = re.compile(r"^[•·▪◦●■►‣⁃∙]\s*(.+)$")
_BOILERPLATE = re.compile(
    r"^(?:research output\s*:|together they form a unique fingerprint|access to document|link to publication|"
    r"copyright\b|©|\(c\)\s*(?:19|20)\d\d|all rights reserved|published by\b|this is an open access article|"
    r"expand$|affiliations?$|(?:free\s+)?(?:pmc\s+)?(?:full[- ]text\s+)?article$|full text links$|"
    r"item in clipboard$|display options$|show details$|see this image and copyright|open access$|"
    r"peer[- ]review(?:ed)?$|(?:apa|standard|harvard|vancouver|author|bibtex|ris)$|share$|cite$|"
    r"add to (?:collections|my bibliography)|download citation|view full text|permalink|"
    r"select item \d+|© \d{4}|epub ahead of print\.?$|author information\s*:?$)",
    re.IGNORECASE,
)
#: headings after which nothing is abstract text -> what the lines under them are
_TRAILERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (r"^(?:keywords?|key\s*words?|author keywords)\s*:?$", "keywords"),
        (r"^mesh terms\s*:?$", "mesh"),
        (r"^publication types?\s*:?$", "pubtypes"),
        (
            (
                r"^(?:asjc scopus subject areas|fingerprint|substances|similar articles|cited by|references|figures|"
                r"grants and funding|linkout\b.*|related information|conflict of interest.*|comment in|erratum in|"
                r"associated data|supplementary (?:info|information|material)|cite this|dive into the research topics.*|"
                r"related articles|declaration of competing interest|competing interests?|acknowledge?ments?|"
                r"article information|metrics|footnotes|abbreviations)\s*:?$"
            ),
            "skip",
        ),
        (r"^dive into the research topics\b", "skip"),
    )
)
#: publication-type badges that pages print above the title
_PUBLICATION_TYPE = re.compile(
    r"^(?:Randomized Controlled Trial|Controlled Clinical Trial|Pragmatic Clinical Trial|Clinical Trial(?:, Phase [IV]+)?|"
    r"Clinical Trial Protocol|Systematic Review|Meta-Analysis|Review|Case Reports?|Comparative Study|Observational Study|"
    r"Multicenter Study|Editorial|Letter|Comment|Practice Guideline|Guideline|Evaluation Study|Validation Study|"
    r"Equivalence Trial|Twin Study|Preprint|Published Erratum|Retracted Publication|News|Historical Article|"
    r"Journal Article|Research Support, .{1,40})$"
)
_PORTAL_META = re.compile(
    r"^(Original language|Pages \(from-to\)|Number of pages|Journal|Issue number|Volume|State|Publication status|"
    r"Article number|Early online date|DOIs|Specialist publication|Externally published|Publisher|Event|"
    r"ISBN \(Print\)|ISBN \(Electronic\))(?:\s*:\s*|(?=[A-Z0-9(])|$)(.*)$"
)
_KEYWORDS = re.compile(r"^(?:key\s*words?|keywords?|index terms|author keywords)\s*[:：—–-]\s*(.+)$", re.IGNORECASE)
_IDS = re.compile(
    r"\b(?:PMID|PubMed\s+ID)\s*:?\s*(?P<pmid>\d{1,9})\b|\bPMCID\s*:?\s*(?P<pmcid>PMC\d+)\b|"
    r"(?:\bdoi\s*:?\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/\S+)",
    re.IGNORECASE,
)
_BANNER = re.compile(
    r"^(?P<journal>[A-Z][^|()]{1,80}?)\s*(?:\|\s*)?(?:Issue\s+)?(?P<issue>\d+)/(?P<year>(?:19|20)\d\d)\b"
)
_SOURCE = re.compile(
    r"^(?:publication date\s*(?:&|and)\s*source|source|published in|citation)\s*:\s*(.+)$", re.IGNORECASE
)
_VOLUME_ISSUE_PAGES = re.compile(r"\b(\d{1,5})\s*\(([^)]{1,20})\)\s*:\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")
_CITATION = re.compile(
    r"^(?:\d{1,4}\.\s+)?(?P<journal>[A-Z][^;]{0,150}?)\.?\s+(?P<year>(?:1[89]|20)\d\d)"
    r"(?:\s+(?P<month>[A-Z][a-z]{2,8})(?:-[A-Z][a-z]{2,8})?(?:\s+(?P<day>\d{1,2}))?)?"
    r"\s*(?P<rest>[;:.].*)?$"
)
_CITATION_REST = re.compile(
    r"^[;:]\s*(?P<volume>[^:();.\s]*)\s*(?:\((?P<issue>[^)]{1,30})\))?\s*(?::\s*(?P<pages>[^.;\s]+(?:\s*-\s*[^.;\s]+)?))?"
)
_EPUB = re.compile(r"\bEpub\s+(\d{4}\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)", re.IGNORECASE)
_FIELD = re.compile(
    r"^(title|authors?|author\(s\)|affiliations?|journal|year|published|publication date)\s*:\s*(.+)$", re.IGNORECASE
)
_INSTITUTION = re.compile(
    r"univ|hospital|h[oô]pital|hospit|institut|istituto|department|\bdept\b|\bunit\b|unit[eéà]\b|\bcent(?:er|re|ro)\b|"
    r"college|school|facult|laborat|clinic|klinik|division|\bservice\b|foundation|fondazione|academy|inserm|cnrs|"
    r"\bnih\b|ministry|research council|graduate|\bgmbh\b|\binc\b|\bltd\b|corporation|irccs|ospedale|"
    r"universidad|universidade|program(?:me)?\b|\bcenter for\b|medical cent|health system|health service",
    re.IGNORECASE,
)
_COUNTRY = re.compile(
    r"\b(?:USA|U\.S\.A\.|United States|UK|U\.K\.|United Kingdom|England|Scotland|Wales|Ireland|Canada|Mexico|"
    r"Brazil|Argentina|Chile|Colombia|Peru|France|Germany|Italy|Spain|Portugal|Netherlands|The Netherlands|Belgium|"
    r"Switzerland|Austria|Denmark|Sweden|Norway|Finland|Iceland|Poland|Czech Republic|Czechia|Slovakia|Hungary|"
    r"Romania|Bulgaria|Greece|Turkey|Israel|Iran|Iraq|Saudi Arabia|Egypt|Qatar|United Arab Emirates|Pakistan|India|"
    r"Bangladesh|Nepal|Sri Lanka|China|P\.R\. China|People's Republic of China|Hong Kong|Taiwan|Japan|Korea|"
    r"Republic of Korea|Singapore|Malaysia|Thailand|Vietnam|Indonesia|Philippines|Australia|New Zealand|"
    r"South Africa|Nigeria|Kenya|Ethiopia|Ghana|Russia|Russian Federation|Ukraine|Serbia|Croatia|Slovenia|"
    r"Estonia|Latvia|Lithuania|Luxembourg|Cyprus|Malta|Tunisia|Morocco|Lebanon|Jordan)\b\.?"
)
_VERBS = frozenset(
    [
        "we",
        "were",
        "was",
        "is",
        "are",
        "our",
        "have",
        "has",
        "had",
        "been",
        "this",
        "these",
        "that",
        "which",
        "showed",
        "found",
        "may",
        "can",
    ]
)
_ABBREV = re.compile(r"\b(?:vs|e\.g|i\.e|al|etc|Fig|approx|cf|No|Dr|St)\.\s", re.IGNORECASE)


def word_count(line: str) -> int:
    """How many words ``line`` has."""
    return len(line.split())


def sentence_count(line: str) -> int:
    """About how many sentences ``line`` holds (a sentence end is ``[.!?]`` after a lower-case letter or digit)."""
    return 1 + len(re.findall(r"[a-z0-9%)\]][.!?]\s+[A-Z(]", _ABBREV.sub("_ ", line)))


def publication_type(line: str) -> str | None:
    """The publication type of a badge line (``Randomized Controlled Trial``, ``Review``)."""
    return line if _PUBLICATION_TYPE.match(line) else None


def bullet(line: str) -> str | None:
    """The item of a bulleted line (``• depression``)."""
    match = _BULLET.match(line)
    return match.group(1).strip() if match else None


def boilerplate(line: str) -> bool:
    """True for portal and PubMed page furniture that is never record content."""
    return bool(_BOILERPLATE.match(line))


def trailer_header(line: str) -> str | None:
    """The kind of a heading after which the abstract is over (``keywords``, ``mesh``, ``pubtypes``, ``skip``)."""
    for pattern, kind in _TRAILERS:
        if pattern.match(line):
            return kind
    return None


def portal_meta(line: str) -> dict[str, Any] | None:
    """Fields from a research-portal metadata line (``Pages (from-to)304-311``, ``StatePublished - Oct 2021``)."""
    match = _PORTAL_META.match(line)
    if not match:
        return None
    key, value = match.group(1).lower(), match.group(2).strip()
    if key.startswith("pages"):
        return {"pages": value}
    if key in ("journal", "specialist publication"):
        return {"journal": value} if value else {}
    if key == "issue number":
        return {"issue": value}
    if key == "volume":
        return {"volume": value}
    if key == "article number":
        return {"article_number": value}
    if key in ("state", "publication status"):
        year, month, _ = _text.parse_date(value)
        return {"year": year, "month": month}
    if key == "early online date":
        year, month, day = _text.parse_date(value)
        return {"epub_date": _text.iso_date(year, month, day)}
    if key == "dois":
        return {"doi": value} if value else {}
    return {}


def keyword_line(line: str) -> list[str] | None:
    """The keywords of a ``Keywords: a; b`` line."""
    match = _KEYWORDS.match(line)
    if not match:
        return None
    value = match.group(1)
    separator = ";" if ";" in value else "," if "," in value else "·" if "·" in value else None
    return [part.strip() for part in (value.split(separator) if separator else [value]) if part.strip()]


def id_line(line: str) -> dict[str, str] | None:
    """The identifiers of a line made of them (``PMID: 38364955 DOI: 10.1016/...``, ``https://doi.org/...``)."""
    found: dict[str, str] = {}
    for match in _IDS.finditer(line):
        for key, value in match.groupdict().items():
            if value:
                found.setdefault(key, value)
    if not found:
        bare = _text.normalise_doi(line) if re.fullmatch(r"(?:https?://\S*/)?10\.\d{4,9}/\S+", line) else None
        return {"doi": bare} if bare else None
    rest = _IDS.sub(" ", line)
    rest = re.sub(
        r"\b(?:free pmc article|free article|eCollection|Epub|ahead of print|print|online)\b",
        " ",
        rest,
        flags=re.IGNORECASE,
    )
    return found if word_count(re.sub(r"[^\w]+", " ", rest)) <= 3 else None


def epub_line(line: str) -> dict[str, Any] | None:
    """The electronic publication date of a citation's wrapped tail (``Epub 2024 Feb 15.``)."""
    match = re.match(r"^(?:Epub|Published online|Online ahead of print)\s*:?\s*(.{4,40}?)\.?$", line, re.IGNORECASE)
    if not match:
        return None
    year, month, day = _text.parse_date(match.group(1))
    return {"epub_date": _text.iso_date(year, month, day)} if year else None


def banner(line: str) -> dict[str, Any] | None:
    """Journal and year from a publisher banner (``Trials | Issue 1/2015 (Open Access ...)``)."""
    if "open access" not in line.lower() and "|" not in line:
        return None
    match = _BANNER.match(line)
    if not match:
        return None
    return {"journal": match.group("journal").strip(" |"), "year": int(match.group("year"))}


def source_line(line: str) -> dict[str, Any] | None:
    """Fields from a ``Publication date & source: 2015, J Psychopharmacol. , 29(5):575-81; ...`` line."""
    match = _SOURCE.match(line)
    if not match:
        return None
    value = match.group(1)
    fields: dict[str, Any] = {}
    year, month, day = _text.parse_date(value)
    fields.update(year=year, month=month, day=day)
    journal = re.match(r"^\s*(?:(?:19|20)\d\d\s*,\s*)?([A-Z][^,;\d]{1,80}?)\s*\.?\s*,", value)
    if journal:
        fields["journal"] = journal.group(1)
    parts = _VOLUME_ISSUE_PAGES.search(value)
    if parts:
        fields.update(volume=parts.group(1), issue=parts.group(2), pages=parts.group(3))
    fields["doi"] = _text.find_doi(value)
    return fields


def citation(line: str) -> dict[str, Any] | None:
    """Fields from a PubMed citation line (``Brain Behav Immun. 2024 May;118:52-68. doi: ... Epub 2024 Feb 15.``)."""
    if len(line) > 500:
        return None
    match = _CITATION.match(line)
    if not match or word_count(match.group("journal")) > 15:
        return None
    rest = match.group("rest") or ""
    if (
        not (rest.startswith((";", ":")) or re.search(r"\bdoi\b|\bEpub\b|\bPMID\b", rest, re.IGNORECASE))
        or "." not in line
    ):
        return None
    month = _text.parse_month(match.group("month")) if match.group("month") else None
    fields: dict[str, Any] = {
        "journal": match.group("journal"),
        "year": int(match.group("year")),
        "month": month,
        "day": match.group("day") if month else None,
    }
    parts = _CITATION_REST.match(rest)
    if parts:
        fields.update(volume=parts.group("volume"), issue=parts.group("issue"), pages=parts.group("pages"))
    fields["doi"] = _text.find_doi(rest)
    epub = _EPUB.search(rest)
    if epub:
        fields["epub_date"] = epub.group(1)
    pmid = re.search(r"\bPMID:?\s*(\d{1,9})", rest)
    if pmid:
        fields["pmid"] = pmid.group(1)
    return fields


def author_line(line: str, *, single: bool = False) -> list[tuple[str, tuple[int, ...]]] | None:
    """``(name, footnote markers)`` for each author of a comma-separated author line; ``None`` if not one.

    With ``single``, one name also counts when it is written ``Surname AB`` or carries footnote markers.
    """
    if len(line) > 3000:
        return None
    if line.count(",") + line.count(" and ") < 1:
        name, markers = split_markers(line.rstrip(" ."))
        shaped = markers or re.fullmatch(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)* [A-Z]{1,3}", name)
        return [(name, markers)] if single and shaped and looks_like_name(name) else None
    text = re.sub(r",?\s+et al\.?\s*$", "", line).rstrip(" .")
    authors: list[tuple[str, tuple[int, ...]]] = []
    for part in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", text):
        if re.fullmatch(r"[\d\s,*†‡§¶#()]*", part):  # footnote numbers split off the name before
            if authors and re.search(r"\d", part):
                extra = tuple(int(n) for n in re.findall(r"\d+", part))
                authors[-1] = (authors[-1][0], tuple(sorted(set(authors[-1][1] + extra))))
            continue
        name, markers = split_markers(part.strip())
        if len(name.split()) < 2 or not looks_like_name(name):
            return None
        authors.append((name, markers))
    return authors if len(authors) >= 2 else None


def affiliation(line: str) -> tuple[str, tuple[int, ...]] | None:
    """``(address, footnote numbers)`` when the line is an institution address (or a ``;`` list of them)."""
    match = re.match(r"^(?:\((\d{1,2})\)\s*|(\d{1,2})[.)]?\s+|\(?[a-z]\)\s*|[*†‡§]\s*)(?=[A-Z\u00c0-\u017f])", line)
    markers: tuple[int, ...] = ()
    if match:
        number = match.group(1) or match.group(2)
        markers = (int(number),) if number else ()
        line = line[match.end() :]
    if len(line) > 2000 or not _INSTITUTION.search(line):
        return None
    words = [w.lower().strip(".,;:()") for w in line.split()]
    if _VERBS.intersection(words):
        return None
    segments = [s for s in re.split(r"[;,]", line) if s.strip()]
    has_place = bool(_COUNTRY.search(line) or re.search(r"\b\d{4,6}\b", line) or ";" in line)
    if len(segments) < 2 or not has_place or len(words) / len(segments) > 7:
        return None
    return line.strip(), markers


def field_line(line: str) -> tuple[str, str] | None:
    """``(field, value)`` of a labelled line such as ``Title: ...`` or ``Authors: ...``."""
    match = _FIELD.match(line)
    return (match.group(1).lower(), match.group(2).strip()) if match else None
