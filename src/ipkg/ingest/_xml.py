"""Small ElementTree helpers shared by the PubMed and JATS readers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from xml.etree.ElementTree import Element

__all__ = ["children", "date_parts", "find_text", "lang_of", "local", "text_of"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def local(tag: object) -> str:
    """A tag without its ``{namespace}`` (comments and processing instructions give ``""``)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(elem: Element | None, *, skip: Iterable[str] = ()) -> str:
    """All the text inside ``elem`` (inline markup such as ``<i>`` kept as its text), minus ``skip`` children."""
    if elem is None:
        return ""
    skipped = frozenset(skip)
    if not skipped:
        return "".join(elem.itertext())
    parts = [elem.text or ""]
    for child in elem:
        if local(child.tag) not in skipped:
            parts.append(text_of(child, skip=skipped))
        parts.append(child.tail or "")
    return "".join(parts)


def find_text(elem: Element | None, path: str) -> str:
    """The text of the first element at ``path`` (ElementTree path syntax), or ``""``."""
    return text_of(elem.find(path)) if elem is not None else ""


def children(elem: Element | None, name: str) -> Iterator[Element]:
    """Direct children of ``elem`` called ``name``."""
    if elem is not None:
        yield from (child for child in elem if local(child.tag) == name)


def lang_of(elem: Element) -> str:
    """The ``xml:lang`` (or ``Language``/``lang``) attribute of ``elem``, or ``""``."""
    return elem.get(_XML_LANG) or elem.get("Language") or elem.get("lang") or ""


def date_parts(elem: Element | None) -> tuple[str, str, str]:
    """``(year, month, day)`` texts of a date element with Year/Month/Day (or year/month/day) children."""
    if elem is None:
        return "", "", ""
    found = {local(child.tag).lower(): (child.text or "").strip() for child in elem}
    return found.get("year", ""), found.get("month", "") or found.get("season", ""), found.get("day", "")
