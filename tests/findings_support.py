"""Helpers shared by the findings readers' tests."""

from __future__ import annotations

from ipkg.extract import get_grounder
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import candidate_findings, main_intervention
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document


def candidate_triples(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of the relation readers' candidates of one sentence, labels lower-cased."""
    doc = Document("t.txt", "", text)
    mentions, abbreviations = extract_mentions(doc, get_grounder())
    annotated = annotate(doc, mentions, abbreviations)
    found = candidate_findings(annotated, main_intervention(annotated.document, annotated.mentions, annotated))
    return {(f.subject.label.lower(), f.predicate, f.obj.label.lower() if f.obj else "") for f in found}
