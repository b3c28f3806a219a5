"""Findings: typed relations between grounded concepts drawn from one sentence (issue 5; first version empty)."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Document, Finding, Mention

__all__ = ["extract_findings"]


def extract_findings(doc: Document, mentions: Sequence[Mention]) -> tuple[Finding, ...]:
    """The findings of ``doc``."""
    return ()
