"""Deterministic IRIs for the nodes a build mints (docs/data-model.md "IRIs").

Minted from content only: PMID, DOI or the normalised title; never random, never run-dependent.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..models import Document

__all__ = ["study_iri", "study_key", "graph_iri", "arm_iri", "finding_iri", "concept_iri", "normalise_title"]


def _digest(text: str, length: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


#: a run of letters and digits of a title
_WORD = re.compile(r"\w+")


def normalise_title(title: str) -> str:
    """Lower-cased letters and digits of ``title`` separated by single spaces.

    >>> normalise_title("  Low-dose IL-2: a Trial. ")
    'low dose il 2 a trial'
    """
    folded = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(_WORD.findall(folded))


def study_key(doc: Document) -> str:
    """The local part of a study IRI: ``pmid-N``, ``doi-HASH``, ``title-HASH`` or, with no title, ``abstract-HASH``.

    >>> study_key(Document("a.txt", "T", "A", pmid="38364955"))
    'pmid-38364955'
    >>> study_key(Document("a.txt", "Low-dose IL-2: a Trial.", "A"))  # sha1 of 'low dose il 2 a trial'
    'title-19a7a7973825f6be'
    >>> study_key(Document("a.txt", " : ", "IL-6 fell."))  # no title word: sha1 of 'il 6 fell'
    'abstract-d45824af12209738'
    """
    if doc.pmid:
        return f"pmid-{doc.pmid}"
    if doc.doi:
        return f"doi-{_digest(doc.doi.lower())}"
    title = normalise_title(doc.title)
    if title:
        return f"title-{_digest(title)}"
    return f"abstract-{_digest(normalise_title(doc.abstract))}"


def study_iri(base: str, doc: Document) -> str:
    """The IRI of the study an abstract describes."""
    return f"{base}study/{study_key(doc)}"


def graph_iri(base: str, doc: Document) -> str:
    """The named graph holding one abstract's triples (N-Quads, TriG)."""
    return f"{base}graph/{study_key(doc)}"


def arm_iri(study: str, index: int, sub: int | None = None) -> str:
    """``{study}/arm/{index}`` or ``{study}/arm/{index}/{sub}`` (1-based)."""
    return f"{study}/arm/{index}" if sub is None else f"{study}/arm/{index}/{sub}"


def finding_iri(study: str, passage: str, start: int, subject: str, predicate: str, obj: str) -> str:
    """A finding's IRI from the sentence position and the relation it states."""
    return f"{study}/finding/{_digest(f'{passage}|{start}|{subject}|{predicate}|{obj}', 12)}"


def concept_iri(base: str, cls: str, label: str) -> str:
    """The IRI of a concept no ontology covers: ``{base}concept/{class}/{slug}``.

    >>> concept_iri("https://w3id.org/ipkg/id/", "Pathway", "Kynurenine pathway")
    'https://w3id.org/ipkg/id/concept/pathway/kynurenine-pathway'
    """
    slug = "-".join(normalise_title(label).split()) or _digest(label, 12)
    return f"{base}concept/{cls.lower()}/{slug}"
