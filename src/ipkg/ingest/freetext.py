"""Free text: a copied abstract web page (PubMed, a Pure research portal, a publisher page) or a bare title line
followed by the abstract.

The page is read top to bottom. Before the abstract: banners, citation and identifier lines, the title (the first
title-like line, if it comes before any author or address line), the author line and address lines. The abstract
is the prose that follows (headings such as ``Methods`` on a line of their own become ``Methods: text``);
paragraphs mainly in another script or language are translations. Portal metadata (``Pages (from-to)``,
``StatePublished - Oct 2021``), keyword lists (``Keywords: ...`` or bullets) and page furniture (``Cite this``,
``ASJC Scopus subject areas`` and the list under it) are read or dropped, never taken as abstract text.
A page without a title is read with ``title=""`` (a warning is logged): many copies start at the abstract.
PubMed's "Abstract (text)" export, which numbers several records (``1. Journal. 2024 May;...``), is split into them.

A file found by content detection (not forced with ``--input-format text``) that is plainly another kind of prose
is skipped with a reason (:func:`not_an_abstract`): a project document by its conventional name (README, LICENSE,
CHANGELOG ...) or a text with document markup (Markdown headings, code fences, table rows, setext underlines).
Measured on every free-text file of ../shared/corpus (1,050 files, abstracts of the dev, design and external sets
and the corpora's READMEs): no abstract page has a single such markup line; every README has a conventional name
or at least two markup lines (tests/test_ingest_freetext.py runs the dev, design and seed sets through it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import InputError
from ..models import Document
from . import _page, _text
from ._record import ABSTRACT_HEADINGS, KNOWN_LABELS, is_label, make_document, split_author_list
from ._source import Source

__all__ = ["MAX_ABSTRACT", "MAX_BYTES", "PROJECT_DOCUMENTS", "not_an_abstract", "parse_page", "read_freetext",
           "split_records"]

logger = logging.getLogger(__name__)

#: a free-text file larger than this is not one abstract page
MAX_BYTES = 10 * 1024 * 1024
#: more prose than this is not an abstract (full texts, READMEs)
MAX_ABSTRACT = 20_000
_TITLE_MAX = 400
#: conventional names of a project's own documents (the part of the file name before its first dot, any case)
PROJECT_DOCUMENTS = frozenset({
    "readme", "license", "licence", "copying", "changelog", "changes", "history", "news", "contributing",
    "code_of_conduct", "authors", "contributors", "notice", "install", "citation", "manifest", "todo", "security",
})
#: lines of document markup no abstract page has (each pattern: what it is, for the skip reason)
_MARKUP = (
    ("Markdown heading", re.compile(r"^#{1,6}\s+\S")),
    ("code fence", re.compile(r"^\s*(?:```|~~~)")),
    ("table row", re.compile(r"^\s*\|.*\|\s*$")),
    ("setext underline", re.compile(r"^\s*(?:={3,}|-{3,})\s*$")),
)
#: the hint every such skip ends with
_FORCE_HINT = "use --input-format text to force"


def not_an_abstract(name: str, lines: Sequence[str]) -> str | None:
    """Why a free-text file is prose without an abstract page's shape, or ``None`` when it may be one.

    >>> not_an_abstract("README.md", ["Some prose."])
    'README is the name of a project document, not of an abstract page'
    >>> not_an_abstract("notes.md", ["# Notes", "", "Text.", "```", "kg build", "```"])
    'document markup (1 Markdown heading, 2 code fences): prose without a title/abstract shape'
    >>> not_an_abstract("38364955.txt", ["Ketamine and depression", "", "Ketamine acts fast."]) is None
    True
    """
    stem = name.split(".", 1)[0].strip().lower()
    if stem in PROJECT_DOCUMENTS:
        return f"{name.split('.', 1)[0]} is the name of a project document, not of an abstract page"
    counts: dict[str, int] = {}
    first = next((line for line in lines if line.strip()), "")
    for line in lines:
        for kind, pattern in _MARKUP:
            if pattern.match(line):
                counts[kind] = counts.get(kind, 0) + 1
                break
    if sum(counts.values()) >= 2 or _MARKUP[0][1].match(first):
        found = ", ".join(f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in counts.items())
        return f"document markup ({found}): prose without a title/abstract shape"
    return None


def read_freetext(source: Source, *, forced: bool = False, **_: Any) -> Iterator[Document | InputError]:
    """The record of a free-text file (the records, for a numbered PubMed "Abstract (text)" export).

    :param forced: the user chose this reader (``--input-format text``): read prose that :func:`not_an_abstract`
        would skip.
    :raises InputError: when the file is larger than :data:`MAX_BYTES` (the whole file is held in memory), or,
        unless ``forced``, when it is prose without an abstract page's shape (:func:`not_an_abstract`).
    """
    lines = source.read_lines(
        MAX_BYTES, f"free text over {MAX_BYTES >> 20} MB is not one abstract: is it in a supported format?")
    why = None if forced else not_an_abstract(source.name, lines)
    if why is not None:
        raise source.error(f"no abstract-like record: {why}; {_FORCE_HINT}")
    for record, (start, chunk) in enumerate(split_records(lines), start=1):
        fields = parse_page(chunk)
        length = sum(len(paragraph) for paragraph in fields["abstract"])
        if length > MAX_ABSTRACT:
            yield source.error(
                f"{length} characters of prose: longer than any abstract (a full text or another document?)",
                record=record,
                line=start,
            )
            continue
        item = make_document(source, record, fields, require_title=False, line=start)
        if isinstance(item, Document) and not item.title:
            logger.warning("%s: no title line found in record %d; read it with an empty title", source.display, record)
        yield item


def split_records(lines: Sequence[str]) -> list[tuple[int, Sequence[str]]]:
    """``(first line number, lines)`` of each record: PubMed's "Abstract (text)" export numbers its records
    ``1. Journal. 2024 May;...``, ``2. ...``; any other page is one record.
    """
    starts = [
        index
        for index, line in enumerate(lines)
        if (index == 0 or not lines[index - 1].strip())
        and re.match(r"\d{1,5}\.\s", line)
        and _page.citation(_text.clean_inline(line))
    ]
    numbers = [int(lines[index].split(".", 1)[0]) for index in starts]
    if len(starts) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return [(1, lines)]
    bounds = [*starts[1:], len(lines)]
    return [(start + 1, lines[start:end]) for start, end in zip(starts, bounds, strict=True)]


class _Page:
    """The state of one top-to-bottom pass over a page."""

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {"keywords": [], "mesh_terms": [], "publication_types": []}
        self.paragraphs: list[str] = []
        self.translations: list[list[str]] = []  # [lang, text]
        self.authors: list[tuple[str, tuple[int, ...]]] = []
        self.affiliations: list[tuple[str, tuple[int, ...]]] = []
        self.title = ""
        self.title_open = False  # the title line may continue on the next line
        self.started = False  # the abstract has begun
        self.section: str | None = None  # a trailer section: keywords, mesh, pubtypes, skip
        self.label: str | None = None  # a heading waiting for its paragraph
        self.blank = True  # the previous line was blank
        self.last = ""  # what the previous content line was: title, abstract, translation, other
        self.first_alone = False  # the first content line is a paragraph of its own, with text after it

    def meta(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            if value not in (None, "", []):
                self.fields.setdefault(key, value)

    def add_paragraph(self, line: str) -> None:
        self.started = True
        if self.label:
            line, self.label = f"{self.label}: {line}", None
        elif self.paragraphs and self.last == "abstract" and not self.blank and _continues(self.paragraphs[-1], line):
            self.paragraphs[-1] += " " + line
            return
        self.paragraphs.append(line)
        self.last = "abstract"

    def add_translation(self, lang: str, line: str) -> None:
        if self.translations and self.last == "translation" and self.translations[-1][0] == lang:
            self.translations[-1][1] += "\n" + line
        else:
            self.translations.append([lang, line])
        self.last = "translation"


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` carries on a hard-wrapped paragraph."""
    return not re.search(r"[.!?:;)\]\"'”’]$", previous) and bool(re.match(r"[a-z0-9(\[]", line))


def parse_page(lines: Sequence[str]) -> dict[str, Any]:
    """The document fields of a free-text page given as lines (see the module docstring).

    >>> fields = parse_page(["Ketamine and depression: a review", "", "Ketamine acts fast. It helps."])
    >>> fields["title"], fields["abstract"]
    ('Ketamine and depression: a review', ['Ketamine acts fast. It helps.'])
    """
    page = _Page()
    unwrapped = _unwrap(lines)
    page.first_alone = _first_paragraph_alone(unwrapped)
    for line in unwrapped:
        if not line:
            page.blank = True
            continue
        _classify(page, line)
        page.blank = False
    return _fields(page)


def _first_paragraph_alone(lines: Sequence[str]) -> bool:
    """True when the page's first content line is a paragraph of its own (a blank line after it) with more text
    after it: where a bare "title, blank line, abstract" file keeps its title."""
    content = [index for index, line in enumerate(lines) if line]
    return len(content) > 1 and content[1] > content[0] + 1


def _unwrap(lines: Sequence[str]) -> list[str]:
    """Clean lines, with hard-wrapped ones joined.

    A line is joined to the one before when that one has no end punctuation and either the line starts in lower
    case, or the whole text is wrapped at a fixed width (as PubMed's "Abstract (text)" export is, at 80 columns).
    """
    # portal tables copy as "Key<TAB>Value": make that "Key: Value" before tabs become spaces
    cleaned = [_text.clean_inline(re.sub(r"^([^\t.!?]{2,40}?)\t+(?=\S)", r"\1: ", raw.strip())) for raw in lines]
    long = [len(line) for line in cleaned if len(line) >= 40]
    wrapped = len(long) >= 3 and max(long) <= 82 and sum(length >= 60 for length in long) * 2 >= len(long)
    out: list[str] = []
    for line in cleaned:
        line = line.lstrip("> ").strip() if line.startswith(">") else line  # "> Journal" in PubMed page copies
        if out and out[-1] and re.match(r"[.;:]\s", line) and not out[-1].endswith((".", ":")):
            out[-1] += line  # "Journal" + ". 2023 Jan 9:13:1071470." (a citation a page copy broke up)
            continue
        previous = out[-1] if out else ""
        open_end = bool(previous) and not re.search(r"[.!?:;]$", previous)
        if line and open_end and (len(previous) >= 30 and re.match(r"[a-z(]", line) or wrapped and len(previous) >= 50):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out


def _classify(page: _Page, line: str) -> None:
    if _page.boilerplate(line) and not is_label(line):
        return
    kind = _page.trailer_header(line)
    if kind:
        page.section = kind
        page.label = None
        return
    found = _page.portal_meta(line)
    if found is not None:
        page.meta(found)
        page.last = "other"
        return
    keywords = _page.keyword_line(line)
    if keywords is not None:
        page.fields["keywords"].extend(keywords)
        page.last = "other"
        return
    ids = _page.id_line(line)
    if ids:
        page.meta(ids)
        page.last = "other"
        return
    if page.section:
        _trailer_line(page, line)
        return
    for parse in (_page.banner, _page.source_line, _page.citation, _page.epub_line):
        found = parse(line)
        if found:
            page.meta(found)
            page.last = "other"
            page.title_open = False
            return
    if len(line) <= 300 and _page.sentence_count(line) == 1 and re.search(r"\bdoi\b|doi\.org/", line, re.IGNORECASE):
        doi = _text.find_doi(line)  # a DOI on a line of its own kind ("Cite this article https://doi.org/...")
        if doi:
            page.meta({"doi": doi})
            page.last = "other"
            return
    field = _page.field_line(line)
    if field and _field(page, *field):
        return
    if _label_line(line):
        label = line.rstrip(":").strip()
        page.started = True
        page.label = None if label.lower() in ABSTRACT_HEADINGS else label
        page.last = "other"
        return
    pubtype = _page.publication_type(line) if not page.started else None
    if pubtype:
        page.fields["publication_types"].append(pubtype)
        return
    item = _page.bullet(line)
    if item is not None:
        if page.started:
            page.fields["keywords"].append(item)
            return
        line = item
    if not page.started and _header_line(page, line):
        return
    affiliation = _page.affiliation(line)
    if affiliation:
        page.affiliations.append(affiliation)
        page.last = "other"
        return
    language = _text.text_language(line)
    if language != "en":
        page.add_translation(language, line)
        return
    if page.started or _prose(line):
        page.add_paragraph(line)


def _header_line(page: _Page, line: str) -> bool:
    """Read a line above the abstract as title, title continuation or author list; True when it was one."""
    joined = f"{page.title} {line}"
    if (
        page.title_open
        and not page.blank
        and _title_like(line)
        and _page.word_count(joined) <= 60
        and _page.sentence_count(joined) == 1
        and not _page.author_line(line)
    ):
        page.title = joined
        page.title_open = not re.search(r"[.?!]$", line)
        return True
    page.title_open = False
    authors = _page.author_line(line, single=page.last == "title")
    if authors and not page.authors:
        page.authors = authors
        page.last = "other"
        return True
    if not page.title and not page.authors and not page.affiliations and (
            _title_like(line) or page.last == "" and page.first_alone and _subtitled_title(line)):
        if _page.affiliation(line) or _text.text_language(line) != "en":
            return False
        page.title = line
        page.title_open = not re.search(r"[.?!]$", line)
        page.last = "title"
        return True
    return False


def _label_line(line: str) -> bool:
    """A structured-abstract heading alone on its line: a known one, or an upper-case one ending in ``:``."""
    label = " ".join(line.rstrip(":").split()).lower()
    return label in KNOWN_LABELS or line.endswith(":") and _page.word_count(line) <= 6 and is_label(line)


def _title_like(line: str) -> bool:
    return _title_shape(line, 1, 3, 60)


def _subtitled_title(line: str) -> bool:
    """A title in two sentences, as MEDLINE prints a title and its subtitle or question ("Treatment of polydipsia
    in psychiatric patients. Can clozapine be a new option?"): taken only from the first line of a page, alone in its
    paragraph (``_Page.first_alone``), where a bare "title, blank line, abstract" file has its title."""
    return _title_shape(line, 2, 4, 40)


def _title_shape(line: str, sentences: int, least_words: int, most_words: int) -> bool:
    """A line of ``sentences`` sentences and ``least_words`` to ``most_words`` words, no longer than a title, that
    neither ends like a lead-in (``:``, ``,``) nor starts in lower case."""
    return (
        least_words <= _page.word_count(line) <= most_words
        and len(line) <= _TITLE_MAX
        and _page.sentence_count(line) == sentences
        and not line.endswith((":", ","))
        and not re.match(r"^[a-z]", line)
    )


def _prose(line: str) -> bool:
    words = _page.word_count(line)
    return words >= 12 or words >= 5 and bool(re.search(r"[.!?]$", line))


def _field(page: _Page, name: str, value: str) -> bool:
    """A ``Title: ...``-style line; True when it was used."""
    if name == "title" and not page.title:
        page.title, page.last = value, "title"
    elif name.startswith("author") and not page.authors:
        page.authors = [(author, ()) for author in split_author_list(value)]
    elif name.startswith("affiliation"):
        page.affiliations.extend((part.strip(), ()) for part in value.split(";") if part.strip())
    elif name == "journal":
        page.meta({"journal": value})
    elif name in ("year", "published", "publication date"):
        year, month, day = _text.parse_date(value)
        page.meta({"year": year, "month": month, "day": day})
    else:
        return False
    return True


def _trailer_line(page: _Page, line: str) -> None:
    item = _page.bullet(line) or line
    if page.section == "keywords":
        page.fields["keywords"].extend(p.strip() for p in re.split(r"[;,]", item) if p.strip())
    elif page.section == "mesh":
        page.fields["mesh_terms"].append(item.split("/")[0].strip("* "))
    elif page.section == "pubtypes":
        page.fields["publication_types"].append(item)


def _fields(page: _Page) -> dict[str, Any]:
    fields = dict(page.fields)
    if "article_number" in fields:
        fields.setdefault("pages", fields.pop("article_number"))
    fields["title"] = page.title
    fields["abstract"] = page.paragraphs
    fields["translations"] = [(lang, text) for lang, text in page.translations]
    numbered = {number: text for text, markers in page.affiliations for number in markers}
    fields["authors"] = [
        (name, [numbered[m] for m in markers if m in numbered], None) for name, markers in page.authors
    ]
    fields["affiliations"] = [text for text, _ in page.affiliations]
    return fields
