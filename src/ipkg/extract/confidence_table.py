"""The training table of the findings' confidence: the current tree's findings on the hand-judged fresh samples.

Sessions 11-16 judged ipkg's findings on fresh samples of abstracts by hand (``tests/data/findings/fresh-s11`` A-J
and ``fresh-s15`` K-N: ``judged-<sample>*.jsonl``, one row a finding: id, subject, relation, object, polarity,
the evidence's first 86-90 characters, a judgment). :func:`build_table` reads each sample's abstracts through its
folder's ``sample.py`` (``documents(shared)``), runs the current tree on them (the library: mentions, annotation,
design, findings: :func:`ipkg.extract.read_document`) and joins every finding it states to the judgments.

The join: a finding and a judged row join when their abstract id, subject label, relation, object label and
polarity are equal and the judged evidence (its ``" ..."`` cut off) starts the finding's evidence sentence. A
finding judged in several files of its sample (before and after a round) takes the judgment of the latest file
(:data:`_FILE_ORDER`). Judged rows no current finding joins are dropped (the tree no longer states them); findings no
judged row joins are unlabelled (kept in the table with ``judgment`` ``None``, never trained on). The label:
``right`` and ``trivial`` are 1 (:data:`RIGHT`: the findings gold counts a true claim a curator finds trivial as a
finding), every other judgment 0.

>>> _prefix("In a double blind cross-over study ...")
'In a double blind cross-over study'
>>> _file_rank(Path("judged-M-r31.jsonl")) > _file_rank(Path("judged-M-after.jsonl")) > _file_rank(
...     Path("judged-M-before.jsonl"))
True
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ..models import Document
from .confidence_features import FindingContext, finding_features, masked_ngrams, polarity

__all__ = ["RIGHT", "Row", "TableStats", "abstract_context", "build_table", "read_judgments", "sample_documents",
           "write_table"]

#: the judgments labelled right (1); every other judgment is 0
RIGHT = frozenset({"right", "trivial"})
#: the folders of hand-judged fresh samples under ``tests/data/findings``
SAMPLE_FOLDERS = ("fresh-s11", "fresh-s15")
#: a judged file's place among its sample's files: a later file's judgment wins
_FILE_ORDER = {"before": 0, "": 1, "after": 2, "round16": 3, "r31": 3, "added": 3}
#: the sample (a letter, or two after Z: "AA") and the rest of a judged file's name
_JUDGED_FILE = re.compile(r"judged-([A-Z]+)(?:-(\w+))?\.jsonl")


@dataclass(frozen=True)
class Row:
    """One current finding of a judged abstract: its sample, abstract, judgment (``None``: not judged) and
    features (:func:`~ipkg.extract.confidence_features.finding_features` and the masked n-grams)."""

    sample: str
    id: str
    subject: str
    relation: str
    object: str | None
    polarity: str
    judgment: str | None
    features: tuple[str, ...]

    @property
    def label(self) -> int | None:
        """1 for a right finding, 0 for a wrong one, ``None`` when unjudged."""
        return None if self.judgment is None else int(self.judgment in RIGHT)


@dataclass
class TableStats:
    """How the join went: judged rows read, joined and dropped; current findings judged and unjudged."""

    judged: int = 0
    joined: int = 0
    conflicts: int = 0
    findings: int = 0
    unlabelled: int = 0
    dropped: list[dict[str, Any]] = field(default_factory=list)


def _prefix(evidence: str) -> str:
    """The judged evidence without its ellipsis."""
    return re.sub(r"\s*\.\.\.$", "", evidence).rstrip()


def _file_rank(path: Path) -> int:
    """The place of a judged file among its sample's (see :data:`_FILE_ORDER`)."""
    match = _JUDGED_FILE.fullmatch(path.name)
    return _FILE_ORDER.get(match.group(2) or "", 1) if match else -1


def read_judgments(folder: Path) -> dict[str, dict[tuple[str, ...], dict[str, Any]]]:
    """Every sample's judged findings, by (id, subject, relation, object, polarity, evidence prefix): the latest
    file's row for a finding judged in several; each row gains ``sample`` and ``conflict`` (an earlier file judged
    it otherwise)."""
    out: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
    paths = [p for name in SAMPLE_FOLDERS for p in sorted((folder / name).glob("judged-*.jsonl"))]
    for path in sorted(paths, key=_file_rank):
        sample = _JUDGED_FILE.fullmatch(path.name).group(1)  # type: ignore[union-attr]
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            key = (row["id"], row["subject"], row["relation"], row["object"] or "", row["polarity"],
                   _prefix(row["evidence"]))
            earlier = out.setdefault(sample, {}).get(key)
            row["sample"] = sample
            row["conflict"] = earlier is not None and earlier["judgment"] != row["judgment"]
            out[sample][key] = row
    return out


def _module(path: Path) -> ModuleType:
    """A sample folder's ``sample.py``, imported under a name of its own."""
    spec = importlib.util.spec_from_file_location(f"_ipkg_sample_{path.parent.name.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def sample_documents(folder: Path, shared: Path, ids: set[str]) -> dict[str, Document]:
    """The documents of ``ids``, read by the sample folders' own readers (``sample.py``'s ``documents``)."""
    out: dict[str, Document] = {}
    for name in SAMPLE_FOLDERS:
        if ids <= out.keys():
            break  # every id found: the other folders' corpora are not read
        docs = _module(folder / name / "sample.py").documents(shared)
        out.update({key: doc for key, doc in docs.items() if key in ids and key not in out})
    return out


def abstract_context(doc: Document) -> FindingContext:
    """The current tree's findings of ``doc`` with what the features read (:func:`ipkg.extract.read_document`)."""
    from . import read_document

    extraction, annotated = read_document(doc)
    return FindingContext(annotated, extraction.findings, extraction.pico, extraction.facts.design)


def _join(sample: str, key: str, context: FindingContext, judged: dict[tuple[str, ...], dict[str, Any]],
          used: set[tuple[str, ...]]) -> Iterator[Row]:
    """The rows of one abstract's findings, each joined to its judged row when one matches."""
    for f in context.findings:
        head = (key, f.subject.label, f.predicate, f.obj.label if f.obj else "", polarity(f))
        match = next((k for k in judged if k[:5] == head and f.evidence.startswith(k[5]) and k not in used), None)
        if match is not None:
            used.add(match)
        yield Row(sample, key, f.subject.label, f.predicate, f.obj.label if f.obj else None, polarity(f),
                  judged[match]["judgment"] if match else None,
                  (*finding_features(context, f), *masked_ngrams(context, f)))


def build_table(folder: Path, shared: Path, samples: Sequence[str] = ()) -> tuple[list[Row], TableStats]:
    """The table of every judged abstract's current findings (``samples``: only these; default all) and the
    join's figures."""
    judgments = read_judgments(folder)
    chosen = [s for s in sorted(judgments) if not samples or s in samples]
    ids = {row["id"] for s in chosen for row in judgments[s].values()}
    docs = sample_documents(folder, shared, ids)
    rows: list[Row] = []
    stats = TableStats()
    for sample in chosen:
        judged = judgments[sample]
        stats.judged += len(judged)
        stats.conflicts += sum(row["conflict"] for row in judged.values())
        used: set[tuple[str, ...]] = set()
        for key in sorted({row["id"] for row in judged.values()}):
            rows.extend(_join(sample, key, abstract_context(docs[key]), {k: v for k, v in judged.items()
                                                                         if k[0] == key}, used))
        stats.joined += len(used)
        stats.dropped.extend(row for k, row in judged.items() if k not in used)
    stats.findings = len(rows)
    stats.unlabelled = sum(r.judgment is None for r in rows)
    return rows, stats


def write_table(path: Path, rows: Sequence[Row]) -> None:
    """The table as JSON lines (sorted keys: the same rows, the same bytes)."""
    with path.open("w", encoding="utf-8") as handle:
        for r in rows:
            handle.write(json.dumps({"sample": r.sample, "id": r.id, "subject": r.subject, "relation": r.relation,
                                     "object": r.object, "polarity": r.polarity, "judgment": r.judgment,
                                     "features": list(r.features)}, ensure_ascii=False, sort_keys=True) + "\n")
