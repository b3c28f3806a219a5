"""The CID model's veto over the rules' adverse effects (issue 12, docs/findings.md 8g).

The sentence rules state ``X hasAdverseEffect Y`` whenever one sentence says so with a trigger ("X-induced Y", "Y
after X"); on BioCreative V CDR their pairs are right about 58% of the time, and the model of
:mod:`ipkg.extract.cid_model`, which reads the whole abstract, knows more about many of them ("Y after X" where Y is
what X was given for, a disease named beside another chemical). A rule pair the model scores below its veto
threshold (the weights file's ``#veto`` line, chosen by train <-> dev cross-validation in
:mod:`ipkg.extract.train_cid`) is dropped: every finding of that (chemical, disease) pair that is not denied. A
denied adverse effect is never vetoed (it states no effect), nor a pair the model cannot score (a chemical or
disease beyond the abstract's :data:`~ipkg.extract.cid_model.MAX_CONCEPTS` most named). Without a ``#veto`` line
nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Finding, StudyPico
from .cid_model import load_model, pair_features, stated

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["veto_rule_findings", "vetoed_pairs"]


def vetoed_pairs(annotated: AnnotatedDocument, candidates: Sequence[Finding], findings: Sequence[Finding],
                 pico: StudyPico | None = None) -> set[tuple[Concept, Concept]]:
    """The (chemical, disease) pairs of the adverse effects among ``findings`` (not denied) that the model scores
    below its veto threshold; ``candidates`` are every relation the sentences state (the features' "what the rules
    said"), ``pico`` what the study tested, as :func:`ipkg.extract.cid_model.model_findings` reads them."""
    model = load_model()
    pairs = set(stated(findings))
    if model is None or "veto" not in model.meta or not pairs:
        return set()
    veto = model.meta["veto"]
    scored = pair_features(annotated, candidates, pico=pico, only=pairs)
    return {pair for pair, (feats, _) in scored.items() if model.proba(feats)[1] < veto}


def veto_rule_findings(annotated: AnnotatedDocument, candidates: Sequence[Finding], findings: Sequence[Finding],
                       pico: StudyPico | None = None) -> tuple[Finding, ...]:
    """``findings`` without the adverse effects of the pairs the model vetoes (:func:`vetoed_pairs`)."""
    dropped = vetoed_pairs(annotated, candidates, findings, pico)
    if not dropped:
        return tuple(findings)
    return tuple(f for f in findings if not (f.predicate == "hasAdverseEffect" and not f.negated
                                             and (f.subject, f.obj) in dropped))
