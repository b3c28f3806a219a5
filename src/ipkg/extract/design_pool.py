"""The labelled training pool of the design model (training only; nothing here runs in a build).

Draw 1: 600 abstracts drawn by ``bench/bench_design_check.py``'s ``training_sample`` from the corpora and mix the
design set came from (four times the extra set's quotas; none of the design set, the dev set, the extra set, ipkg's
annotated immunopsychiatry set, the design check set or the external held-out slice), each read by two independent
readers (eight readers, 150 records each) with the title and abstract in front of them, before ipkg ran on any of
them, and the 26 disputes adjudicated: design (CONTRACT.md's nine classes, or null where none fits: simulations, cost
models) and sample size (GUIDELINES.md). Labels, no texts, in ``data/design-train.jsonl``; README beside it.

Draw 2 (session 8): 400 more of the same corpora and mix, none of draw 1 (``training_sample(shared, 2)``), labels in
``data/design-train2.jsonl`` in the same format, read when the file is there. Both draws are trained on, folded by
:func:`pool_fold` and counted in the pool's cross-validated figure. The texts are read from the shared corpora by id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .design_corpus import N_FOLDS, Record, _hash, iter_pool

__all__ = ["POOL2_PATH", "POOL_PATH", "POOL_PATHS", "iter_pool_records", "pool_fold", "pool_labels"]

#: the pool's labels (ids, design, sample size, quote, reader; no texts)
POOL_PATH = Path(__file__).parent / "data" / "design-train.jsonl"
#: the second draw's labels (same format; optional: read when present)
POOL2_PATH = Path(__file__).parent / "data" / "design-train2.jsonl"
#: the label files of the pool, one per draw, in draw order (a missing file is an unlabelled draw)
POOL_PATHS = (POOL_PATH, POOL2_PATH)


def _record_id(label_id: str) -> str:
    """A label's record id: ``source:key``; a reader's file name form ``source_key`` is read as the same id (no
    source name holds ``_``).

    >>> _record_id("cohen-ADHD_10037418"), _record_id("bc5cdr:123")
    ('cohen-ADHD:10037418', 'bc5cdr:123')
    """
    return label_id if ":" in label_id else label_id.replace("_", ":", 1)


def pool_labels(path: Path = POOL_PATH) -> dict[str, dict]:
    """The labels of one draw by record id (:func:`.design_corpus.record_id`)."""
    with open(path, encoding="utf-8") as handle:
        return {_record_id(row["id"]): row for row in map(json.loads, handle) if row}


def pool_fold(record_id: str) -> int:
    """The cross-validation fold (0 .. N_FOLDS-1) of a pool record, by a seeded hash of its id."""
    return _hash("ipkg-design-pool-cv-2026", record_id) % N_FOLDS


def iter_pool_records(shared: Path, paths: Sequence[Path] = POOL_PATHS) -> Iterator[Record]:
    """The labelled pool's records with their title and abstract (title kept, as in ``corpus/design``), part
    ``pool`` for the first draw's and ``pool2`` for the second's; label files that do not exist are skipped. Records
    the readers could not give a class (design null) are left out. A record labelled in two files, or a label whose
    id is no record of the pool's corpora, is an error (the draws do not overlap; a wrong id would drop a label
    silently)."""
    labels: dict[str, tuple[str, dict]] = {}
    for k, path in enumerate(paths):
        if not path.exists():
            continue
        part = "pool" if k == 0 else f"pool{k + 1}"
        for record_id, row in pool_labels(path).items():
            if record_id in labels:
                raise ValueError(f"{record_id} is labelled in two pool files ({path.name})")
            labels[record_id] = (part, row)
    found = set()
    for record in iter_pool(shared):
        label = labels.get(record.id)
        if label is None:
            continue
        found.add(record.id)
        part, row = label
        if row["design"] is not None:
            yield replace(record, design=row["design"], sample_size=row["sample_size"], part=part)
    missing = sorted(labels.keys() - found)
    if missing:
        raise ValueError(f"{len(missing)} pool labels name no record of the pool's corpora, e.g. {missing[:3]}")
