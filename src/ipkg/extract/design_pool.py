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

Draw 3 (session 19, round 16): a targeted draw of a hundred abstracts on the border between trials and
observational studies of people (:func:`border_sample`), labels in ``data/design-train3.jsonl`` (one reader, twice).
Session 20 (round 17): a second, independent reader (``data/design-train3-readerB.jsonl``) and an adjudication of
the two, ``data/design-train3-adjudicated.jsonl`` (:data:`POOL3_ADJUDICATED_PATH`): the draw's gold. Trained on, the
draw lowered the first two draws' held-out folds (docs/design.md, rounds 16-17), so it is not in :data:`POOL_PATHS`:
pass ``POOL_PATHS + (POOL3_ADJUDICATED_PATH,)`` (``train_design --border-draw``) to train on it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .design_corpus import N_FOLDS, Record, _hash, external_heldout, iter_pool, title_design

__all__ = ["BORDER_SALT", "POOL2_PATH", "POOL3_ADJUDICATED_PATH", "POOL3_PATH", "POOL3_READER_B_PATH", "POOL_PATH",
           "POOL_PATHS", "border_sample", "border_wording", "iter_pool_records", "pool_fold", "pool_labels"]

#: the pool's labels (ids, design, sample size, quote, reader; no texts)
POOL_PATH = Path(__file__).parent / "data" / "design-train.jsonl"
#: the second draw's labels (same format; optional: read when present)
POOL2_PATH = Path(__file__).parent / "data" / "design-train2.jsonl"
#: the label files of the pool the shipped model trains on, one per draw, in draw order (a missing file is an
#: unlabelled draw)
POOL_PATHS = (POOL_PATH, POOL2_PATH)
#: the third draw's labels (session 19: the border between trials and observational studies); measured in round 16
#: and not trained on by default (``train_design --border-draw`` adds it, as part ``pool3``)
POOL3_PATH = Path(__file__).parent / "data" / "design-train3.jsonl"
#: the third draw read again by a second, independent reader (session 20; same format)
POOL3_READER_B_PATH = Path(__file__).parent / "data" / "design-train3-readerB.jsonl"
#: the third draw's gold: the two readers' labels where they agree, an adjudicator's where they do not (round 17);
#: what ``train_design --border-draw`` trains on
POOL3_ADJUDICATED_PATH = Path(__file__).parent / "data" / "design-train3-adjudicated.jsonl"

#: the salt of the third, targeted draw
BORDER_SALT = "ipkg-design-train3-2026"
#: how many records the third draw takes by each kind of border wording
BORDER_QUOTAS = {"assigned": 62, "treated-observed": 38}
_RANDOM = re.compile(r"random", re.I)
#: a treatment the investigators may have given without allocating it by chance
_ASSIGNED_WORDING = re.compile(
    r"\bopen[- ]label|\bopen,? (?:pilot |prospective |clinical |multicent(?:re|er) )*(?:trial|study)|\bpilot\b|"
    r"\bsingle[- ]arm|\buncontrolled\b|\bbefore and after\b|\bphase (?:I|II|1|2)(?:/(?:II|2))?\b|"
    r"\b(?:patients|subjects|volunteers|participants|children|adults|men|women)\s+(?:\w+\s+){0,2}?"
    r"(?:received|were given|were treated with|were administered|underwent)\b", re.I)
#: a study of records or of a cohort ...
_RECORDS_WORDING = re.compile(r"\bretrospective|\bcohort|\bchart(?:s| review)\b|\bregistry|\bregistries|"
                              r"\bmedical records\b|\bdatabases?\b|\bnaturalistic|\bobservational|"
                              r"\bcase series\b|\bfollow-up study\b|\bsurvey", re.I)
#: ... of people who were treated
_TREATED = re.compile(r"\btreated with\b|\breceiving\b|\bexposed to\b|\busers? of\b|\btaking\b|"
                      r"\bprescribed\b|\bon (?:\w+ )?(?:treatment|therapy|medication)\b", re.I)


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


def border_wording(text: str) -> str | None:
    """The kind of border wording of a title and abstract, for the third draw: ``"assigned"`` for a treatment given
    in words that do not say it was allocated by chance (open-label, pilot, single-arm, uncontrolled, before and
    after, phase I/II, "patients received / were given / were treated with / underwent"), ``"treated-observed"`` for
    treated people in a study of records or a cohort ("treated with", "receiving", "exposed to", "users of",
    "taking", "prescribed", "on (X) treatment/therapy/medication" with retrospective, cohort, chart(s), registry,
    medical records, database, naturalistic, observational, case series, follow-up study, survey); None when the text says "random" anywhere
    or has neither. A record with both kinds counts as ``"treated-observed"`` (the harder reading).

    >>> border_wording("An open-label study: 20 patients received drug X.")
    'assigned'
    >>> border_wording("A retrospective chart review of 80 patients treated with drug X.")
    'treated-observed'
    >>> border_wording("Patients were randomly assigned to receive X in an open-label trial."), border_wording("Mice.")
    (None, None)
    """
    if _RANDOM.search(text):
        return None
    if _TREATED.search(text) and _RECORDS_WORDING.search(text):
        return "treated-observed"
    return "assigned" if _ASSIGNED_WORDING.search(text) else None


def border_sample(shared: Path, taken: Collection[str], exclude_titles: frozenset[str] = frozenset(),
                  quotas: dict[str, int] = BORDER_QUOTAS) -> list[Record]:
    """The third draw: of the pool's corpora (:func:`.design_corpus.iter_pool`, none of ``exclude_titles``), the
    records not in ``taken`` (the check set, the earlier draws), not in the external held-out slice and whose title
    states no design (:func:`.design_corpus.title_design`: such records are not training data yet), with border
    wording (:func:`border_wording`); of each kind, the ``quotas[kind]`` records with the smallest SHA-256 of
    ``"<BORDER_SALT>:<id>"``, part ``train3``, in kind order."""
    by_kind: dict[str, list[tuple[int, Record]]] = {kind: [] for kind in quotas}
    for record in iter_pool(shared, exclude_titles):
        if record.id in taken or external_heldout(record.id) or title_design(record.title) is not None:
            continue
        kind = border_wording(f"{record.title}\n{record.abstract}")
        if kind in by_kind:
            by_kind[kind].append((_hash(BORDER_SALT, record.id), replace(record, part="train3")))
    return [record for kind, n in quotas.items() for _, record in sorted(by_kind[kind])[:n]]
