"""The browser's in-memory index, built once when the application starts: every study (display label, year,
design, size) and every concept (label, classes, studies mentioning it), and an inverted token index over study
titles and concept labels for the search box.

Built from a handful of whole-graph SELECTs (about 1 s for the 9k graph); a search is a few dictionary look-ups
and set intersections, so it stays in milliseconds at 100k studies (``bench/bench_serve.py --pages``).

>>> index = SiteIndex.from_rows(
...     studies=[{"s": "https://w3id.org/ipkg/id/study/pmid-1", "t": "Ketamine in depression", "y": "2019"}],
...     designs=[], untitled=[],
...     concepts=[{"c": "http://purl.obolibrary.org/obo/CHEBI_6121", "l": "ketamine",
...                "class": "https://w3id.org/ipkg/ontology#Intervention"}],
...     mentions=[])
>>> [s.label for s in index.search_studies("ketam")], [c.label for c in index.search_concepts("KETAMINE")]
(['Ketamine in depression'], ['ketamine'])
"""

from __future__ import annotations

import bisect
import logging
import re
import time
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import ENTITY_CLASSES
from ..store.base import Store
from ..vocab import IPKG_NS, NS

__all__ = ["SiteIndex", "StudyEntry", "ConceptEntry", "ENTITY_CLASSES", "tokens", "readable_label"]

logger = logging.getLogger(__name__)

# ENTITY_CLASSES (re-exported): the classes whose members get concept pages, in display order (the models' order)

#: words of the abstract that name an untitled study
_LABEL_WORDS = 12
#: prefix expansions of one search word at most (a one-letter word would otherwise match the whole vocabulary)
_MAX_EXPANSIONS = 400
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens of ``text``.

    >>> tokens("IL-6 and TNF-α in Depression")
    ['il', '6', 'and', 'tnf', 'α', 'in', 'depression']
    """
    return _TOKEN.findall(text.lower())


def readable_label(title: str | None, abstract: str | None, source: str | None, iri: str) -> str:
    """What to call a study: its title, else the first words of its abstract, else its source file, else its IRI.

    >>> readable_label(None, "Stress is a common occurrence in everyday life and repeated stress can hurt.", None, "x")
    'Stress is a common occurrence in everyday life and repeated stress can …'
    """
    if title and title.strip():
        return title.strip()
    if abstract and abstract.strip():
        words = abstract.split()
        return " ".join(words[:_LABEL_WORDS]) + (" …" if len(words) > _LABEL_WORDS else "")
    if source:
        return f"(untitled: {source})"
    return iri.rsplit("/", 1)[-1]


@dataclass(slots=True)
class StudyEntry:
    """A study as lists and search results show it."""

    iri: str
    label: str
    titled: bool
    year: str = ""
    design: str = ""
    size: str = ""


@dataclass(slots=True)
class ConceptEntry:
    """A concept: label, entity classes and the number of studies that mention it."""

    iri: str
    label: str
    classes: list[str] = field(default_factory=list)
    studies: int = 0


def _value(row: dict, key: str) -> str | None:
    term = row.get(key)
    return None if term is None else getattr(term, "value", term)


class SiteIndex:
    """Studies, concepts and the token index over their names."""

    def __init__(self, studies: list[StudyEntry], concepts: dict[str, ConceptEntry]) -> None:
        self.studies = studies
        self.concepts = concepts
        self.study_by_iri = {s.iri: i for i, s in enumerate(studies)}
        self._concept_list = sorted(concepts.values(), key=lambda c: (-c.studies, c.label.lower(), c.iri))
        self._study_words = self._invert(s.label for s in studies)
        self._concept_words = self._invert(c.label for c in self._concept_list)
        self._order: dict[str, list] = {}

    @staticmethod
    def _invert(names: Iterable[str]) -> dict[str, array]:
        postings: dict[str, array] = {}
        for i, name in enumerate(names):
            for word in set(tokens(name)):
                postings.setdefault(word, array("I")).append(i)
        return postings

    @classmethod
    def from_store(cls, store: Store) -> SiteIndex:
        """Read the studies and concepts of ``store`` (a few whole-graph SELECTs)."""
        started = time.monotonic()
        ipkg, dct, rdfs = IPKG_NS, NS["dcterms"], NS["rdfs"]
        studies = store.query(
            f"SELECT ?s ?t ?y ?src ?n WHERE {{ ?s a <{ipkg}Study> OPTIONAL {{ ?s <{dct}title> ?t }} "
            f"OPTIONAL {{ ?s <{dct}issued> ?y }} OPTIONAL {{ ?s <{ipkg}sourceFile> ?src }} "
            f"OPTIONAL {{ ?s <{ipkg}sampleSize> ?n }} }}"
        ).rows
        designs = store.query(
            f"SELECT ?s ?d WHERE {{ ?s a <{ipkg}Study> , ?d FILTER(?d != <{ipkg}Study>) }}"
        ).rows
        untitled = store.query(
            f"SELECT ?s ?a WHERE {{ ?s a <{ipkg}Study> FILTER NOT EXISTS {{ ?s <{dct}title> ?t }} "
            f"?s <{dct}abstract> ?a }}"
        ).rows
        values = " ".join(f"<{ipkg}{c}>" for c in ENTITY_CLASSES)
        concepts = store.query(
            f"SELECT ?c ?class ?l WHERE {{ VALUES ?class {{ {values} }} ?c a ?class "
            f"OPTIONAL {{ ?c <{rdfs}label> ?l }} }}"
        ).rows
        mentions = store.query(
            f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{ipkg}mentions> ?c }} GROUP BY ?c"
        ).rows
        index = cls.from_rows(studies, designs, untitled, concepts, mentions)
        logger.info(
            "index: %d studies, %d concepts in %.2f s", len(index.studies), len(index.concepts),
            time.monotonic() - started,
        )
        return index

    @classmethod
    def from_rows(
        cls,
        studies: Sequence[dict],
        designs: Sequence[dict],
        untitled: Sequence[dict],
        concepts: Sequence[dict],
        mentions: Sequence[dict],
    ) -> SiteIndex:
        """An index from the rows of :meth:`from_store`'s queries (values may be terms or plain strings)."""
        abstracts: dict[str, str] = {}
        for row in untitled:
            abstracts.setdefault(_value(row, "s") or "", _value(row, "a") or "")
        kinds: dict[str, str] = {}
        for row in designs:
            design = _value(row, "d") or ""
            if design.startswith(IPKG_NS):
                kinds.setdefault(_value(row, "s") or "", design[len(IPKG_NS) :])
        entries: dict[str, StudyEntry] = {}
        for row in studies:
            iri = _value(row, "s") or ""
            if iri in entries:
                continue
            title = _value(row, "t")
            label = readable_label(title, abstracts.get(iri), _value(row, "src"), iri)
            entries[iri] = StudyEntry(
                iri, label, bool(title and title.strip()), (_value(row, "y") or "")[:4], kinds.get(iri, ""),
                _value(row, "n") or "",
            )
        counts = {_value(r, "c"): int(_value(r, "n") or 0) for r in mentions}
        found: dict[str, ConceptEntry] = {}
        for row in concepts:
            iri = _value(row, "c") or ""
            kind = (_value(row, "class") or "")[len(IPKG_NS) :]
            entry = found.setdefault(iri, ConceptEntry(iri, "", [], counts.get(iri, 0)))
            label = _value(row, "l")
            if label and (not entry.label or label < entry.label):
                entry.label = label
            if kind not in entry.classes:
                entry.classes.append(kind)
        for entry in found.values():
            entry.label = entry.label or entry.iri.rsplit("/", 1)[-1]
            entry.classes.sort(key=ENTITY_CLASSES.index)
        return cls(sorted(entries.values(), key=lambda s: s.iri), found)

    # ------------------------------------------------------------------ lookups
    def _matches(self, postings: dict[str, array], vocabulary: list[str], query: str) -> set[int] | None:
        """Items holding every word of ``query`` (each word also matches as a prefix); ``None`` for no words."""
        words = tokens(query)
        if not words:
            return None
        found: set[int] | None = None
        for word in sorted(set(words), key=len, reverse=True):
            hits: set[int] = set(postings.get(word, ()))
            at = bisect.bisect_left(vocabulary, word)
            for other in vocabulary[at : at + _MAX_EXPANSIONS]:
                if not other.startswith(word):
                    break
                hits.update(postings[other])
            found = hits if found is None else found & hits
            if not found:
                return set()
        return found

    def _vocabulary(self, key: str, postings: dict[str, array]) -> list[str]:
        cached = self._order.get(key)
        if cached is None:
            cached = self._order[key] = sorted(postings)  # type: ignore[assignment]
        return cached  # type: ignore[return-value]

    def search_studies(self, query: str, sort: str = "year") -> list[StudyEntry]:
        """Studies whose label holds every word of ``query`` (prefixes too), sorted by ``year`` or ``title``."""
        hits = self._matches(self._study_words, self._vocabulary("s", self._study_words), query)
        if hits is None:
            return self.ordered(sort)
        return self.sorted_studies([self.studies[i] for i in hits], sort)

    def ordered(self, sort: str = "year") -> list[StudyEntry]:
        """Every study in ``sort`` order (computed once per order)."""
        key = "order " + sort
        if key not in self._order:
            self._order[key] = self.sorted_studies(self.studies, sort)  # type: ignore[assignment]
        return self._order[key]  # type: ignore[return-value]

    def rank(self, sort: str = "year") -> array:
        """Position of each study (by index) in the ``sort`` order, to sort any subset of studies quickly."""
        key = "rank " + sort
        if key not in self._order:
            ranks = array("I", bytes(4 * len(self.studies)))
            at = {id(s): i for i, s in enumerate(self.studies)}
            for position, study in enumerate(self.ordered(sort)):
                ranks[at[id(study)]] = position
            self._order[key] = ranks  # type: ignore[assignment]
        return self._order[key]  # type: ignore[return-value]

    def search_concepts(self, query: str) -> list[ConceptEntry]:
        """Concepts whose label holds every word of ``query``, most mentioned first."""
        hits = self._matches(self._concept_words, self._vocabulary("c", self._concept_words), query)
        if hits is None:
            return list(self._concept_list)
        return [self._concept_list[i] for i in sorted(hits)]

    def concepts_of(self, kind: str) -> list[ConceptEntry]:
        """The concepts of one entity class, most mentioned first."""
        return [c for c in self._concept_list if kind in c.classes]

    @staticmethod
    def sorted_studies(studies: Iterable[StudyEntry], sort: str = "year") -> list[StudyEntry]:
        """``year``: newest first (undated last), then label; ``title``: by label; anything else: by IRI."""
        if sort == "year":
            return sorted(studies, key=lambda s: (-int(s.year) if s.year.isdigit() else 1, s.label.lower(), s.iri))
        if sort == "title":
            return sorted(studies, key=lambda s: (not s.titled, s.label.lower(), s.iri))
        return sorted(studies, key=lambda s: s.iri)

    def study(self, iri: str) -> StudyEntry | None:
        """The entry of a study, or ``None``."""
        at = self.study_by_iri.get(iri)
        return None if at is None else self.studies[at]
