"""Entity mentions of a document: lexicon matches plus abbreviations resolved to their long form's concept.

For every passage of :meth:`ipkg.models.Document.passages` (title, abstract, keywords):

1. :meth:`ipkg.ground.matcher.Grounder.find` gives the lexicon matches;
2. :func:`ipkg.extract.abbreviations.find_abbreviations` gives the definitions; each short form takes the
   concept of the match that ends where its long form ends (``major depressive disorder (MDD)``), or, when the
   lexicon has the short form itself and the long form is only partly grounded, the short form's own reading;
   every whole-word occurrence of the short form in any passage becomes a mention of that concept, and a short
   form defined as something the lexicon does not know (``chronic unpredictable mild stress (CUMS)``) is never
   grounded by a lexicon entry spelled the same;
3. ontology abbreviations that nobody defined are kept only when the document also names the same concept in
   full (they add spans, not concepts);
4. a disorder name inside the name of a rating instrument (``Hamilton Depression Rating Scale``,
   ``Psoriasis Area and Severity Index``) is not a mention of the disorder.

Negated mentions are mentions. Results are sorted by (passage, start, end, concept IRI).
"""

from __future__ import annotations

import logging
import re

from ..ground.matcher import Grounder, Match
from ..models import Abbreviation, Concept, Document, Mention
from .abbreviations import find_abbreviations, iter_short_forms, long_form_span

__all__ = ["extract_mentions"]

logger = logging.getLogger(__name__)

#: an instrument name continues after the disorder: "... Depression Rating Scale", "Psoriasis Area ... Index"
_INSTRUMENT_AFTER = re.compile(
    r"[\s-]*(?:(?:rating|severity|symptoms?|area|and|self-rating|self-report|assessment|activity|screening|"
    r"status|impact|disability)[\s-]+){0,4}(?:scale|subscale|inventory|questionnaire|index|checklist|interview)s?\b",
    re.IGNORECASE,
)
#: ... or precedes it: "Hamilton rating scale for depression", "Statistical Manual of Mental Disorders"
_INSTRUMENT_BEFORE = re.compile(
    r"(?:scale|inventory|questionnaire|index|checklist|interview|manual|classification|criteria)\s+(?:for|of)\s+$",
    re.IGNORECASE,
)
#: a drug-class adjective describing an effect, not a treatment: "antidepressant effects", "antipsychotic-like"
_ADJECTIVE_USE = re.compile(
    r"[\s-]*(?:like\b|(?:effects?|actions?|activit(?:y|ies)|propert(?:y|ies)|potentials?|efficacy|responses?|"
    r"mechanisms?|benefits?|roles?|capacit(?:y|ies)|outcomes?)\b)",
    re.IGNORECASE,
)
#: a chemical name that is part of another name: "N-methyl-D-aspartate receptor", "forced swimming test"
_PART_OF_NAME = re.compile(r"[\s-]*(?:receptors?|transporters?|tests?|tasks?|paradigms?|levels? of)\b", re.IGNORECASE)
#: the first conjunct of an elided coordination: "autoimmune or chronic inflammatory diseases"
_CONJUNCT = re.compile(r"([A-Za-z0-9][\w+-]*)\s*(?:,\s*|\s+(?:and|or|and/or|nor)\s+|/)(?:[A-Za-z][\w-]*\s+){0,2}$")


def extract_mentions(doc: Document, grounder: Grounder) -> tuple[tuple[Mention, ...], tuple[Abbreviation, ...]]:
    """The mentions and the abbreviation definitions of ``doc``."""
    passages = doc.passages()
    matches = {name: grounder.find(text) for name, text in passages}
    abbreviations: list[Abbreviation] = []
    for name, text in passages:
        abbreviations += find_abbreviations(text, name)
    texts = dict(passages)
    definitions = _resolve(abbreviations, matches, texts, grounder)

    found: list[tuple[str, int, int, Concept, bool]] = []  # passage, start, end, concept, needs confirmation
    for name, text in passages:
        for m in matches[name]:
            surface = text[m.start : m.end]
            if _short_form_of(surface, definitions) is not None:
                continue  # the document's own definition decides what this spelling means
            if not _keep(text, m):
                continue
            found.append((name, m.start, m.end, m.concept, m.abbreviation))
            found += [(name, a, b, c, False) for a, b, c in _elided(text, m, grounder)]
        for short, concept in definitions.items():
            if concept is None:
                continue
            for start, end in iter_short_forms(short, text):
                found.append((name, start, end, concept, False))
    confirmed = {concept for _, _, _, concept, needs in found if not needs}
    mentions = {
        Mention(name, start, end, texts[name][start:end], concept)
        for name, start, end, concept, needs in found
        if not needs or concept in confirmed
    }
    ordered = sorted(mentions, key=lambda m: (m.passage, m.start, m.end, m.concept.iri))
    return tuple(ordered), tuple(abbreviations)


def _resolve(abbreviations: list[Abbreviation], matches: dict[str, list[Match]], texts: dict[str, str],
             grounder: Grounder) -> dict[str, Concept | None]:
    """Short form -> the concept its first definition stands for (None: defined as something ungrounded)."""
    out: dict[str, Concept | None] = {}
    for abbreviation in abbreviations:
        if abbreviation.short in out:
            continue
        start, end = long_form_span(abbreviation, texts[abbreviation.passage])
        ending = [m for m in matches[abbreviation.passage] if start <= m.start and m.end == end]
        if not ending:
            out[abbreviation.short] = None
            continue
        best = min(ending, key=lambda m: (m.start, m.concept.cls not in ("Cytokine", "ImmuneCell")))
        if best.start > start:  # only the tail of the long form is grounded: the short form may know better
            own = grounder.lookup(abbreviation.short)
            if own is not None:
                out[abbreviation.short] = own
                continue
        out[abbreviation.short] = best.concept
    return out


def _short_form_of(surface: str, definitions: dict[str, Concept | None]) -> str | None:
    if surface in definitions:
        return surface
    if surface.endswith("s") and surface[:-1] in definitions:
        return surface[:-1]
    return None


def _keep(text: str, m: Match) -> bool:
    """Whether a lexicon match is a mention (not part of an instrument, receptor or test name, not an
    adjective describing an effect, not the tail of a longer chemical name)."""
    cls = m.concept.cls
    if cls == "Disorder":
        return not (_INSTRUMENT_AFTER.match(text, m.end) or _INSTRUMENT_BEFORE.search(text, max(0, m.start - 30),
                                                                                       m.start))
    if cls == "Intervention":
        if _PART_OF_NAME.match(text, m.end):
            return False
        if m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isalnum():
            return False  # 1-methyl-L-tryptophan is not L-tryptophan
        if text[m.end - 1 : m.end].isalpha() and re.search(r"(?:ant|ic|ory|ive|al)$", text[m.start : m.end]):
            return not _ADJECTIVE_USE.match(text, m.end)
    return True


def _elided(text: str, m: Match, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """Mentions named by the first conjunct of an elided coordination: in "autoimmune or chronic inflammatory
    diseases", "autoimmune (diseases)"; in "CD4+ and CD8+ T cells", "CD4+ (T cells)"."""
    words = text[m.start : m.end].split()
    if len(words) < 2:
        return []
    found = _CONJUNCT.search(text, max(0, m.start - 60), m.start)
    if not found:
        return []
    first = found.group(1)
    for k in range(1, len(words)):
        concept = grounder.lookup(f"{first} {' '.join(words[k:])}", m.concept.cls)
        if concept is not None and concept != m.concept:
            return [(found.start(1), found.end(1), concept)]
    return []
