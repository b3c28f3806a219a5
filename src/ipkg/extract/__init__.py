"""Extraction: sentences, abbreviations, grounded mentions, the study's design, findings.

``extract_document(doc)`` runs every extractor over one :class:`~ipkg.models.Document` and returns an
:class:`~ipkg.models.Extraction`. The grounder (lexicon + automaton) is loaded once per process.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..models import Document, Extraction

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["extract_document", "get_grounder", "named_concept", "read_document"]


@functools.lru_cache(maxsize=1)
def get_grounder():  # type: ignore[no-untyped-def]
    """The process-wide grounder over the shipped lexicon."""
    from ..ground.matcher import Grounder

    return Grounder.default()


@functools.lru_cache(maxsize=64)
def named_concept(name: str):  # type: ignore[no-untyped-def]
    """The concept the shipped lexicon gives the whole name ``name`` (``None`` when none), looked up once a name:
    the fixed names rules stand for ("depression", "HPA axis", "microbiota-gut-brain axis")."""
    return get_grounder().lookup(name)


def extract_document(doc: Document, grounder=None) -> Extraction:  # type: ignore[no-untyped-def]
    """Every extraction of one document: mentions first, then one :class:`~ipkg.extract.annotate.AnnotatedDocument`
    (sentences with roles and mentions, one folded view) that the design and findings extractors read; the findings
    stage reads the sentence roles and the design to tell what the study tested (``pico``) from what it found, and
    every finding gets its learned confidence (:mod:`ipkg.extract.confidence`)."""
    return read_document(doc, grounder)[0]


def read_document(doc: Document, grounder=None) -> tuple[Extraction, AnnotatedDocument]:  # type: ignore[no-untyped-def]
    """:func:`extract_document`'s extraction and the annotated document it was read from."""
    from .annotate import annotate
    from .confidence import scored_findings
    from .confidence_features import FindingContext
    from .design import extract_study_facts
    from .findings import read_study
    from .mentions import extract_mentions

    grounder = grounder if grounder is not None else get_grounder()
    mentions, abbreviations = extract_mentions(doc, grounder)
    annotated = annotate(doc, mentions, abbreviations)
    facts = extract_study_facts(annotated)
    findings, pico = read_study(annotated, facts.design)
    findings = scored_findings(FindingContext(annotated, findings, pico, facts.design))
    return Extraction(document=doc, mentions=mentions, abbreviations=abbreviations, facts=facts, findings=findings,
                      pico=pico), annotated
