"""From the raw fields a reader found to a clean :class:`~ipkg.models.Document` (or the record's InputError).

Shared by every reader so that the same record reads the same whatever its format: identifiers, dates and pages are
normalised here, structured-abstract labels become sections, and the record rules (an abstract is required; a title
too, except where a format legitimately has none) are applied in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import InputError
from ..models import Author, Document
from . import _text
from ._source import Source

__all__ = [
    "MAX_ABSTRACT_CHARS",
    "MAX_RECORD_CHARS",
    "find_sections",
    "is_label",
    "make_document",
    "record_size_problem",
    "split_author_list",
    "split_markers",
    "split_sections",
]

#: characters an abstract may have; PubMed's longest real abstracts stay well under it, so more is a full text, a
#: broken field or an attack (extraction time grows with the length of a record)
MAX_ABSTRACT_CHARS = 30_000
#: characters a whole record (every field and cell together) may have
MAX_RECORD_CHARS = 200_000

#: structured-abstract headings (lower case), written alone on a line or as ``Heading: text``
KNOWN_LABELS = frozenset(
    " ".join(label.split())
    for label in re.split(
        r"\|",
        """background|backgrounds|introduction|context|importance|rationale|objective|objectives|aim|aims|
        aim of the study|aims and objectives|purpose|purpose of the study|hypothesis|study objective|study objectives|
        methods|method|methodology|materials and methods|methods and materials|material and methods|
        patients and methods|subjects and methods|design|study design|design and methods|
        design, setting, and participants|design, setting and participants|setting|settings|participants|patients|
        subjects|population|sample|interventions|intervention|exposure|exposures|measurements|measures|
        main outcome measures|main outcomes and measures|main outcome and measures|main outcome measure|
        outcome measures|outcomes|primary outcome|data sources|data sources and study selection|study selection|
        eligibility criteria|data extraction|data extraction and synthesis|data synthesis|data analysis|analysis|
        statistical analysis|review methods|results|result|findings|main results|key results|principal findings|
        key findings|conclusions|conclusion|conclusions and relevance|conclusions and implications|interpretation|
        discussion|limitations|implications|clinical implications|significance|significance statement|relevance|
        trial registration|registration|clinical trial registration|trial registration number|funding|
        case presentation|case report|case description|case summary|evidence acquisition|evidence synthesis|evidence|
        question|meaning|key points|highlights|summary|abstract|experimental design|approach|perspective|
        aims/hypothesis|level of evidence|ethics and dissemination|methods and analysis|strengths and limitations|
        protocol|objective and methods|methods and results|results and conclusions|goals|goal|scope|trial design|
        procedures|main measures""",
    )
)
#: labels that head the whole abstract rather than a section of it
ABSTRACT_HEADINGS = frozenset({"abstract", "key points"})
_LABEL_AT_START = re.compile(r"^([A-Z][A-Za-z ,&/'-]{1,70}?)\s*:\s+(?=\S)")
_LABEL_INLINE = re.compile(r"(?<=[.!?\])])\s+([A-Z][A-Za-z ,&/'-]{1,70}?):\s+(?=\S)")
#: "(1) Background: ... (2) Methods: ..." (MDPI): the enumerator before a label is dropped
_ENUMERATED = re.compile(r"(^|(?<=[.!?;])\s+)\(\d{1,2}\)\s+(?=([A-Z][A-Za-z ,&/'-]{1,70}?):\s)", re.MULTILINE)
_GLUED_LABELS = (
    r"(Background|Objectives?|Aims?|Purpose|Introduction|Methods?|Results|Findings|Conclusions?"
    r"|Interpretation|Discussion|Limitations|Significance)(?=[A-Z][a-z])"
)
#: a label a web copy ran into its text ("BackgroundCross-sectional", "treatment.ConclusionsThe")
_GLUED_HEAD = re.compile(_GLUED_LABELS)
_GLUED_AFTER = re.compile(r"([.!?])" + _GLUED_LABELS)
_MARKERS = re.compile(
    r"(?:\s*\(\s*\d{1,3}(?:\s*[,-]\s*\d{1,3})*\s*\)|(?<=[^\W\d_])\d{1,3}(?:\s*,\s*\d{1,3})*"
    r"|\s+\d{1,3}(?:[\s,]+\d{1,3})*|\s*[*†‡§¶#]+)\s*$"
)
#: lower-case name particles (de Hoon, van der Berg)
_PARTICLES = frozenset(
    re.findall(r"\S+", "de del della der den di da das dos du van von la le y bin binti al el ten ter st zu e")
)
#: words that never stand in a person's name, so a list of them is not an author line
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        """and the of in for with to on a an by from or at as is are was were vs versus study trial review patients
        effect effects depression analysis treatment disorder disease role between after during among using""",
    )
)


def is_label(text: str) -> bool:
    """True when ``text`` is a structured-abstract heading (``Methods``, ``RESULTS``, ``Design, Setting, ...``)."""
    label = " ".join(text.strip().rstrip(":").split())
    if not label or len(label) > 70:
        return False
    if label.lower() in KNOWN_LABELS:
        return True
    letters = [ch for ch in label if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters) and bool(re.fullmatch(r"[A-Z ,&/'-]+", label))


def split_sections(text: str) -> str:
    """Put each inline structured-abstract label on a line of its own; unglue labels a web copy ran together.

    >>> split_sections("BACKGROUND: Some text. METHODS: We did.")
    'BACKGROUND: Some text.\\nMETHODS: We did.'
    """
    if ":" in text:
        text = _ENUMERATED.sub(lambda m: m.group(1) if is_label(m.group(2)) else m.group(0), text)
    text = _GLUED_AFTER.sub(lambda m: f"{m.group(1)}\n{m.group(2)}: ", text)

    def _split(match: re.Match[str]) -> str:
        return "\n" + match.group(1) + ": " if is_label(match.group(1)) else match.group(0)

    paragraphs = [_GLUED_HEAD.sub(r"\1: ", p, count=1) if _GLUED_HEAD.match(p) else p for p in text.split("\n")]
    return "\n".join(_LABEL_INLINE.sub(_split, p) if ":" in p else p for p in paragraphs)


def find_sections(abstract: str) -> tuple[tuple[str, int, int], ...]:
    """``(label, start, end)`` of each labelled section; unlabelled paragraphs extend the section before them.

    >>> find_sections("BACKGROUND: A.\\nMore.\\nMETHODS: B.")
    (('BACKGROUND', 0, 20), ('METHODS', 21, 32))
    """
    sections: list[list[Any]] = []
    offset = 0
    for paragraph in abstract.split("\n"):
        match = _LABEL_AT_START.match(paragraph)
        if match and is_label(match.group(1)) and match.group(1).lower() not in ABSTRACT_HEADINGS:
            sections.append([match.group(1).strip(), offset, offset + len(paragraph)])
        elif sections:
            sections[-1][2] = offset + len(paragraph)
        offset += len(paragraph) + 1
    return tuple((label, start, end) for label, start, end in sections)


def split_markers(part: str) -> tuple[str, tuple[int, ...]]:
    """A name or affiliation without its footnote markers, and the markers as numbers.

    >>> split_markers("Gougol A(1)"), split_markers("Sara Poletti 1 2")
    (('Gougol A', (1,)), ('Sara Poletti', (1, 2)))
    """
    part = part.strip()
    markers: list[int] = []
    while part:
        match = _MARKERS.search(part)
        if not match or match.start() == 0:
            break
        markers.extend(int(n) for n in re.findall(r"\d+", match.group(0)))
        part = part[: match.start()].rstrip(" ,;")
    return part, tuple(sorted(set(markers)))


def looks_like_name(part: str) -> bool:
    """True when ``part`` could be one person's name as bibliographies write it."""
    part = split_markers(part)[0]
    tokens = part.split()
    if not 1 <= len(tokens) <= 6 or len(part) > 60 or re.search(r"[\d:;()\[\]@/]", part):
        return False
    named = False
    for token in tokens:
        bare = token.strip(".,'’-")
        if token.lower() in _PARTICLES:
            continue
        letters = re.sub(r"[.\-'’]", "", bare)
        if not letters or not letters.isalpha() or not bare[0].isupper():
            return False
        if len(letters) <= 3 and letters.isupper():  # initials: "J", "RE", "S.A."
            continue
        if bare.lower() in _NOT_NAMES:
            return False
        named = named or len(bare) >= 2 and not bare.isupper()
    return named or len(tokens) >= 2


def split_author_list(text: str) -> list[str]:
    """Names from an author field: ``;``- or ``|``-separated, or comma-separated ``Surname Initials`` items.

    >>> split_author_list("Reimer, E J; Dunn, G S"), split_author_list("De Maricourt P, Jay T, Lôo H")
    (['Reimer, E J', 'Dunn, G S'], ['De Maricourt P', 'Jay T', 'Lôo H'])
    """
    text = re.sub(r",?\s+et al\.?\s*$", "", _text.clean_inline(text)).strip(" .;,")
    if not text:
        return []
    for separator in (";", "|"):
        if separator in text:
            return [name.strip() for name in text.split(separator) if name.strip()]
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:and|&)\s+", text) if p.strip()]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [text]


def _clean_title(title: str) -> str:
    title = _text.clean_inline(title)
    if title.startswith("[") and re.search(r"\]\.?$", title) and title.count("[") == 1:  # a translated title
        title = title[1:].rstrip(".").rstrip("]") + ("." if title.endswith(".") else "")
    return title


def _clean_abstract(abstract: str | Iterable[str]) -> str:
    text = abstract if isinstance(abstract, str) else "\n".join(abstract)
    text = split_sections(_text.clean_block(text))
    text = re.sub(r"^(?:Abstract|ABSTRACT)\s*[:.]?\s+(?=\S)", "", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    seen: set[str] = set()  # the lower-cased values of ``out``
    for value in values:
        value = _text.clean_inline(value).strip(" .;,")
        if value and value.lower() not in seen:
            out[value] = None
            seen.add(value.lower())
    return tuple(out)


def make_document(
    source: Source,
    record: int,
    fields: Mapping[str, Any],
    *,
    line: int | None = None,
    require_title: bool = True,
) -> Document | InputError:
    """The :class:`Document` of one record, or the :class:`InputError` saying why the record cannot be used.

    ``fields`` uses :class:`Document` field names; ``abstract`` may be a list of paragraphs, ``authors`` a list of
    :class:`Author`, names, or ``(name, affiliations, orcid)`` tuples. Unknown keys are ignored.
    """
    pmid = _text.normalise_pmid(fields.get("pmid"))
    problem = record_size_problem(fields)
    if problem:  # before any cleaning: a 50 MB cell is refused in the time it takes to measure it
        return source.error(f"{problem}{f' (PMID {pmid})' if pmid else ''}", record=record, line=line)
    title = _clean_title(fields.get("title") or "")
    abstract = _clean_abstract(fields.get("abstract") or "")
    hint = f" (PMID {pmid})" if pmid else (f" ({title[:60]!r})" if title else "")
    if not abstract:
        return source.error(f"record has no abstract{hint}", record=record, line=line)
    if require_title and not title:
        return source.error(f"record has no title{hint}", record=record, line=line)
    year = _int(fields.get("year"))
    month = _int(fields.get("month"))
    month = month if month and 1 <= month <= 12 else None
    day = _int(fields.get("day"))
    day = day if year and month and day and _text.iso_date(year, month, day) else None
    translations = tuple(
        (_text.language_code(lang), text)
        for lang, text in ((lang, _text.clean_block(text)) for lang, text in fields.get("translations") or ())
        if text
    )
    authors = _authors(fields.get("authors") or ())
    affiliations = [*(fields.get("affiliations") or ()), *(a for author in authors for a in author.affiliations)]
    return Document(
        source_file=source.name,
        title=title,
        abstract=abstract,
        record=record,
        source_path=source.display,
        pmid=pmid,
        doi=_text.normalise_doi(fields.get("doi")),
        pmcid=_text.normalise_pmcid(fields.get("pmcid")) if fields.get("pmcid") else None,
        authors=authors,
        journal=_text.clean_inline(fields.get("journal")).strip(" .,;") or None,
        year=year if year and 1000 <= year <= 2200 else None,
        month=month,
        day=day,
        volume=_text.clean_inline(fields.get("volume")).strip(" .,;") or None,
        issue=_text.clean_inline(fields.get("issue")).strip(" .,;") or None,
        pages=_text.expand_pages(fields.get("pages")),
        epub_date=_epub(fields.get("epub_date")),
        keywords=_unique(fields.get("keywords") or ()),
        mesh_terms=_unique(fields.get("mesh_terms") or ()),
        publication_types=_unique(fields.get("publication_types") or ()),
        translations=translations,
        sections=find_sections(abstract),
        affiliations=_unique(affiliations),
    )


def record_size_problem(fields: Mapping[str, Any]) -> str | None:
    """Why a record is too large to read (its abstract over :data:`MAX_ABSTRACT_CHARS`, or all its fields over
    :data:`MAX_RECORD_CHARS`), or ``None``.

    >>> record_size_problem({"title": "T", "abstract": "x" * 35_000})
    'abstract of 35,000 characters, over the 30,000 an abstract may have'
    >>> record_size_problem({"title": "T", "abstract": ["short", "paragraphs"]}) is None
    True
    """
    abstract = _size(fields.get("abstract"))
    if abstract > MAX_ABSTRACT_CHARS:
        return f"abstract of {abstract:,} characters, over the {MAX_ABSTRACT_CHARS:,} an abstract may have"
    total = sum(_size(value) for value in fields.values())
    if total > MAX_RECORD_CHARS:
        return f"record of {total:,} characters, over the {MAX_RECORD_CHARS:,} a record may have"
    return None


def _size(value: Any) -> int:
    """Characters of a field value: a string, or the strings nested in lists, tuples and dicts."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | tuple):
        return sum(map(_size, value))
    if isinstance(value, Mapping):
        return sum(map(_size, value.values()))
    return 0


def _int(value: Any) -> int | None:
    if isinstance(value, int):
        return value
    match = re.search(r"\d+", str(value or ""))
    return int(match.group(0)) if match and len(match.group(0)) <= 4 else None


def _epub(value: Any) -> str | None:
    if not value:
        return None
    year, month, day = _text.parse_date(str(value))
    return _text.iso_date(year, month, day)


def _authors(values: Iterable[Any]) -> tuple[Author, ...]:
    out: list[Author] = []
    for value in values:
        if isinstance(value, Author):
            name, affiliations, orcid = value.name, value.affiliations, value.orcid
        elif isinstance(value, str):
            name, affiliations, orcid = value, (), None
        else:
            name, affiliations, orcid = value
        name = re.sub(r",?\s+et\s+al\.?$", "", _text.clean_inline(name)).strip(" ,;")
        if name:
            out.append(Author(name, _unique(affiliations), _text.normalise_orcid(orcid)))
    return tuple(out)
