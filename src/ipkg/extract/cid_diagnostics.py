"""The CID model's stacking diagnostics (``python -m ipkg.extract.train_cid --stage-two | --sentence-stage``): what
was measured against the shipped first stage and not adopted, kept reproducible, never written to the package.

Both run on BC5CDR train + dev pooled, on :mod:`ipkg.extract.cid_select`'s seeded splits, at the shipped C, and
score the official count of the rules' pairs plus the model's guarded pairs (:func:`ipkg.extract.train_cid._curve`):
``--stage-two`` a second stage over each abstract's pairs (:mod:`ipkg.extract.cid_rank`, round 12: +0.0004 against
a deviation of 0.0043), ``--sentence-stage`` a per-sentence first stage whose aggregates feed the document-level
model (:mod:`ipkg.extract.cid_sentence`, round 13).
"""

from __future__ import annotations

from collections.abc import Callable

from .cid_rank import Comparison
from .cid_select import REPEATS, halves
from .train_cid import THRESHOLDS, SweepDoc, _curve, _fit, _scored, reset_fits

__all__ = ["describe_comparison", "sentence_stage", "stage_two"]


def _first_stage(pool: list[SweepDoc], c: float) -> Callable[[list[int], list[int]], list[list[float]]]:
    """``probs(fitted_on, scored_on)``: the model pairs' probabilities of each ``scored_on`` document under the
    shipped ensemble (C ``c``) fitted on ``fitted_on`` (positions in ``pool``)."""
    def probs(fitted_on: list[int], scored_on: list[int]) -> list[list[float]]:
        scored = _scored([pool[i] for i in fitted_on], [pool[i] for i in scored_on], c)
        reset_fits()  # each fit's documents are a new list: nothing to reuse
        return [[p for _, p, _ in pairs] for _, _, pairs in scored]

    return probs


def _pooled_curve(pool: list[SweepDoc]) -> Callable[[list[int], list[list[float]]], dict[float, float]]:
    """``curve(documents, probs)``: the pooled F1 curve of the documents with their model pairs' probabilities."""
    def curve(docs: list[int], scores: list[list[float]]) -> dict[float, float]:
        scored = [(pool[i].gold, pool[i].rules, [(ps, p, cd) for (ps, _, cd), p in zip(pool[i].model, pr)])
                  for i, pr in zip(docs, scores)]
        return {t: f1 for t, _, _, f1 in _curve(scored, THRESHOLDS)}

    return curve


def _splits(pool: list[SweepDoc], repeats: int) -> list[tuple[list[int], list[int]]]:
    keys = [d.pmid for d in pool]
    return [halves(keys, seed) for seed in range(1, repeats + 1)]


def stage_two(pool: list[SweepDoc], c: float, document: bool = False, repeats: int = REPEATS) -> Comparison:
    """The second stage of :mod:`ipkg.extract.cid_rank` against the first (the ensemble with ``c``) on the
    ``repeats`` seeded splits of ``pool`` (:func:`ipkg.extract.cid_rank.stacked_curves`; out-of-fold first-stage
    probabilities for the second stage's training), over the pairs the model may state (``SweepDoc.model``)."""
    from .cid_rank import Candidate, rank_features, stacked_curves

    pairs = [[Candidate(ch.iri, dis.iri, frozenset(f)) for _, f, (ch, dis) in d.model] for d in pool]
    stated = [{(ch.iri, dis.iri) for _, _, (ch, dis) in d.rules} for d in pool]
    return stacked_curves(_splits(pool, repeats), [d.pmid for d in pool], _first_stage(pool, c),
                          lambda i, p: rank_features(pairs[i], p, stated[i], document),
                          lambda i: [int(bool(ps & pool[i].gold)) for ps, _, _ in pool[i].model], _pooled_curve(pool))


def sentence_stage(pool: list[SweepDoc], c: float, variant: str = "with", repeats: int = REPEATS,
                   c_sentence: float = 0.1) -> Comparison:
    """The document-level ensemble (C ``c``) refitted with a per-sentence first stage's aggregates
    (:func:`ipkg.extract.cid_sentence.sentence_curves`, ``variant`` "with" its own features or "alone"; the
    sentence model's C ``c_sentence``) against the shipped first stage on the ``repeats`` seeded splits of
    ``pool``."""
    from .cid_sentence import sentence_curves

    def fit(rows: list[tuple[set[str], int]]) -> Callable[[set[str]], float]:
        model = _fit(rows, c)
        return lambda feats: model.proba(feats)[1]

    return sentence_curves(pool, _splits(pool, repeats), _first_stage(pool, c), fit, _pooled_curve(pool), variant,
                           c_sentence)


def describe_comparison(result: Comparison, document: bool = False) -> None:
    """Print each split's best F1 under both, the gain against the splits' deviation and, for the second stage of
    :mod:`ipkg.extract.cid_rank`, its standardised weights (``document``: with its document features)."""
    from .cid_rank import DOCUMENT, RELATIVE

    print("best F1 a split, first stage: " + ", ".join(f"{f:.4f}" for f in result.first))
    print("best F1 a split, second stage: " + ", ".join(f"{f:.4f}" for f in result.second))
    print(f"gain {result.gain:+.4f}, the splits' deviation {result.sd:.4f}: "
          f"{'adopt' if result.adopted else 'not adopted'}")
    if result.weights:
        names = RELATIVE + (DOCUMENT if document else ())
        means = [sum(w[k] for w in result.weights) / len(result.weights) for k in range(len(names))]
        print("second stage's standardised weights (mean of the fitted models): "
              + ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, means)))
