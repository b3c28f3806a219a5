"""The labelled training pool of the design model (training only; nothing here runs in a build).

600 abstracts drawn by ``bench/bench_design_check.py``'s ``training_sample`` from the corpora and mix the design set
came from (four times the extra set's quotas; none of the design set, the dev set, the extra set, ipkg's annotated
immunopsychiatry set, the design check set or the external held-out slice), each read by two independent readers
(eight readers, 150 records each) with the title and abstract in front of them, before ipkg ran on any of them, and
the 26 disputes adjudicated: design (CONTRACT.md's nine classes, or null where none fits: simulations, cost models)
and sample size (GUIDELINES.md).
Labels, no texts, in ``data/design-train.jsonl``; README beside it. The texts are read from the shared corpora by id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from .design_corpus import N_FOLDS, Record, _hash, iter_pool

__all__ = ["POOL_PATH", "iter_pool_records", "pool_fold", "pool_labels"]

#: the pool's labels (ids, design, sample size, quote, reader; no texts)
POOL_PATH = Path(__file__).parent / "data" / "design-train.jsonl"


def pool_labels(path: Path = POOL_PATH) -> dict[str, dict]:
    """The pool's labels by record id (:func:`.design_corpus.record_id`)."""
    with open(path, encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


def pool_fold(record_id: str) -> int:
    """The cross-validation fold (0 .. N_FOLDS-1) of a pool record, by a seeded hash of its id."""
    return _hash("ipkg-design-pool-cv-2026", record_id) % N_FOLDS


def iter_pool_records(shared: Path, path: Path = POOL_PATH) -> Iterator[Record]:
    """The labelled pool's records with their title and abstract (title kept, as in ``corpus/design``); records
    the readers could not give a class (design null) are left out."""
    labels = pool_labels(path)
    for record in iter_pool(shared):
        label = labels.get(record.id)
        if label is not None and label["design"] is not None:
            yield replace(record, design=label["design"], sample_size=label["sample_size"], part="pool")
