"""A learned confidence for every finding: the probability that a reader judges it right (issue 12).

A logistic regression (``data/finding_confidence.json.gz``, trained by :mod:`ipkg.extract.train_confidence` on the
current tree's findings of the hand-judged fresh samples) over :mod:`ipkg.extract.confidence_features`: features
that name no abstract and no entity. :func:`scored_findings` gives each finding of an abstract its probability,
rounded to three decimals, as ``Finding.confidence`` (written as ``ipkg:findingConfidence``). Nothing is dropped:
the figures of a filter are in docs/findings.md section 8p. Without the model file the findings keep ``None``.

>>> from ipkg.models import Concept, Document, Finding, Mention, StudyPico
>>> from ipkg.extract.annotate import annotate
>>> from ipkg.extract.confidence_features import FindingContext
>>> ket = Concept("x:ket", "ketamine", "Intervention")
>>> dep = Concept("x:dep", "depression", "Disorder")
>>> doc = Document("a.txt", "", "Ketamine reduced depression.")
>>> ann = annotate(doc, [Mention("abstract", 0, 8, "Ketamine", ket), Mention("abstract", 17, 27, "depression", dep)])
>>> f = Finding(ket, "treats", dep, doc.abstract, "abstract", 0, 28, role="results")
>>> [0 < g.confidence < 1 for g in scored_findings(FindingContext(ann, (f,), StudyPico(), None))]
[True]
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

from ..learn import LinearModel
from ..models import Finding
from .confidence_features import FindingContext, finding_features, masked_text

__all__ = ["MODEL_PATH", "load_model", "scored_findings"]

#: the shipped model
MODEL_PATH = Path(__file__).resolve().parent / "data" / "finding_confidence.json.gz"


@functools.lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LinearModel | None:
    """The shipped model, or ``None`` when no file is there."""
    return LinearModel.from_file(path) if path.exists() else None


def scored_findings(context: FindingContext, model: LinearModel | None = None) -> tuple[Finding, ...]:
    """The abstract's findings, each with its confidence (``model``: the shipped one by default)."""
    model = model if model is not None else load_model()
    if model is None or not context.findings:
        return context.findings
    column = model.classes.index("1")
    return tuple(replace(f, confidence=round(model.probabilities(model.ngram_scores(
        masked_text(context, f), finding_features(context, f)))[column], 3)) for f in context.findings)
