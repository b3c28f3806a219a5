"""What a document's short forms stand for (a part of :func:`ipkg.extract.mentions.extract_mentions`, rule 2).

Each short form defined in the text takes the concept of the lexicon match that ends where its long form ends
(``major depressive disorder (MDD)``), or, where only the long form's tail is grounded, the short form's own
lexicon reading when its label shares a content word with the definition; a short form defined as something
ungrounded stands for nothing. A name whose head is defined inside it ("tumor necrosis factor (TNF) inhibitors")
is read across the bracket.
"""

from __future__ import annotations

import re

from ..ground.matcher import NESTABLE, Grounder, Match
from ..models import Abbreviation, Concept
from .abbreviations import long_form_span

__all__ = ["NESTABLE", "defining", "names_across_short_forms", "resolve_definitions", "short_form_of"]

#: one or two lower-case words right after a short form's closing bracket: "(AMPA) receptor antagonist"
_AFTER_BRACKET = re.compile(r"\)[ \t]+([a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)")
#: words that make an ungrounded head of a long form a phrase of its own ("factor of activated T cells")
_FUNCTION_WORDS = frozenset({"of", "for", "in", "to", "with", "by", "and", "or", "on", "from", "at"})
#: a word of a name, for comparing a long form with a label
_WORD = re.compile(r"[a-z0-9]+")


def names_across_short_forms(abbreviations: list[Abbreviation], texts: dict[str, str], grounder: Grounder
                             ) -> list[tuple[str, int, int, Concept, bool]]:
    """A name whose head the text defines inside it: "alpha-amino-...-propionic acid (AMPA) receptor antagonist",
    "tumor necrosis factor (TNF) inhibitors" name the AMPA receptor antagonist and the TNF inhibitors. The long
    or the short form with the one or two lower-case words after the bracket must be a lexicon name."""
    out = []
    for abbreviation in abbreviations:
        text = texts[abbreviation.passage]
        start, end = long_form_span(abbreviation, text)
        close = text.find(")", end)
        tail = _AFTER_BRACKET.match(text, close) if close >= 0 else None
        if tail is None:
            continue
        words = tail.group(1).split()
        for k in range(len(words), 0, -1):
            rest = " ".join(words[:k])
            concept = grounder.lookup(f"{text[start:end]} {rest}") or grounder.lookup(f"{abbreviation.short} {rest}")
            if concept is not None:
                out.append((abbreviation.passage, start, tail.start(1) + len(rest), concept, False))
                break
    return out


def resolve_definitions(abbreviations: list[Abbreviation], matches: dict[str, list[Match]], texts: dict[str, str],
                        grounder: Grounder) -> tuple[dict[str, Concept | None], dict[str, Concept]]:
    """Short form -> the concept its first definition stands for (None: defined as something ungrounded); and,
    for a definition read in a treatment context (``low-dose interleukin 2 (IL-2)``), the short form -> its
    plain reading, used where an occurrence has no treatment context."""
    out: dict[str, Concept | None] = {}
    contextual: dict[str, Concept] = {}
    for abbreviation in abbreviations:
        if abbreviation.short in out:
            continue
        text = texts[abbreviation.passage]
        start, end = long_form_span(abbreviation, text)
        ending = [m for m in matches[abbreviation.passage] if start <= m.start and m.end == end]
        if not ending:
            out[abbreviation.short] = None
            continue
        best = min(ending, key=lambda m: (m.start, m.concept.cls not in NESTABLE))
        if best.start > start + 1 and text[best.start - 1] == "-" and text[best.start - 2].isalnum():
            out[abbreviation.short] = None  # "7-chloro-kynurenic acid (7-Cl-KYNA)" is no kynurenic acid
            continue
        if best.start > start:  # only the tail of the long form is grounded: the short form may know better
            own = grounder.lookup(abbreviation.short)
            if own is not None and _names_alike(own.label, f"{text[start:end]} {abbreviation.short}"):
                out[abbreviation.short] = own
                continue
            head = text[start : best.start].split()
            if len(head) > 1 or _FUNCTION_WORDS.intersection(w.lower() for w in head):
                out[abbreviation.short] = None  # "nuclear factor of activated T cells (NFAT)" is no T cell
                continue
        out[abbreviation.short] = best.concept
        if best.entry.context:
            plain = grounder.lookup(text[best.start : best.end])
            if plain is not None:
                contextual[abbreviation.short] = plain
    return out, contextual


def _names_alike(label: str, definition: str) -> bool:
    """Whether a concept's label and a definition (long and short form) share a content word (compared on their
    first five letters): only then is a short form's own lexicon reading what the text defines ("puromycin aminonucleoside nephrosis
    (PAN)" is not MONDO's PAN, polyarteritis nodosa; "duration of catatonia (DOC)" is no ichthyosis)."""
    stems = {w[:5] for w in _WORD.findall(label.lower()) if len(w) >= 4}
    return any(w[:5] in stems for w in _WORD.findall(definition.lower()) if len(w) >= 4)


def defining(abbreviations: list[Abbreviation], short: str, passage: str, start: int) -> bool:
    """Whether the occurrence at ``start`` is the bracket of the short form's own definition."""
    return any(a.short == short and a.passage == passage and a.start <= start < a.end for a in abbreviations)


def short_form_of(surface: str, definitions: dict[str, Concept | None]) -> str | None:
    if surface in definitions:
        return surface
    if surface.endswith("s") and surface[:-1] in definitions:
        return surface[:-1]
    return None
