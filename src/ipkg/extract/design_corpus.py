"""The labelled abstracts the design model is trained and measured on (training only; nothing here runs in a build).

Three sources, all read from the shared data folder (``--shared``, default ``../shared``):

* ``corpus/design``: 192 abstracts with a gold design class and sample size (its README). Each record has a fixed
  *part* and a cross-validation *fold*, both from a seeded hash of the record id, fixed before any error was read:
  :func:`heldout` (about one third: never used to write rules, never trained on for the held-out figure) and
  :func:`fold` (five folds for the cross-validated figure).
* ``corpus/external``: abstracts whose *title* states the design (": a randomised controlled trial", "a
  meta-analysis", "a case report", "in rats" ...; :func:`title_design`). The title is hidden from the text the model
  learns from (the record's title is set to ""). Records that are also in ``corpus/design`` or ``corpus/dev`` (by
  PMID or normalised title) and the included records of the Bannach-Brown screening set (``bench/bench_design.py``)
  are left out. Evidence Inference's abstracts are all reports of randomised trials (its README: "abstracts of
  randomised trials"): those whose title states no design are RandomizedControlledTrial records too. A fixed fifth
  of the external records (:func:`external_heldout`, a seeded hash of the record id) is the *external held-out
  slice*: never trained on when it is scored.
* the *extra set* (:func:`iter_extra_records`): 150 abstracts drawn by a seeded hash from the corpora the design
  set came from (:func:`extra_sample`), labelled by one reader before ipkg ran on them; the labels (no texts) are
  in ``data/design-extra.jsonl``, its README beside it. Five folds of its own (:func:`extra_fold`).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .design_title import title_design

__all__ = ["EXTRA_PATH", "N_FOLDS", "Record", "draw", "external_heldout", "extra_fold", "extra_labels", "extra_sample",
           "fold", "heldout", "iter_design_records", "iter_external_records", "iter_extra_records", "iter_pool",
           "record_id", "title_design"]

#: the number of cross-validation folds of the design set
N_FOLDS = 5


@dataclass(frozen=True)
class Record:
    """One labelled abstract: ``design`` is a contract class, ``sample_size`` the gold size (design set only)."""

    id: str
    title: str
    abstract: str
    design: str
    source: str
    sample_size: int | None = None
    pmid: str | None = None
    #: "design" (corpus/design), "extra" (the labelled extra set) or "external" (labelled by its title)
    part: str = "external"


def _hash(salt: str, key: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{salt}:{key}".encode()).digest()[:8], "big")


def heldout(record_id: str) -> bool:
    """True for the fixed held-out third of the design set (a seeded hash of the id, chosen before any error was
    read).

    >>> heldout("L000"), heldout("L007")
    (False, True)
    """
    return _hash("ipkg-design-heldout-2026", record_id) % 3 == 0


def external_heldout(record_id: str) -> bool:
    """True for the fixed held-out fifth of the external records (a seeded hash of the id, its own salt, chosen
    before any of them was scored).

    >>> external_heldout("gutbrainie:10066561"), external_heldout("gutbrainie:10066567")
    (True, False)
    """
    return _hash("ipkg-external-heldout-2026b", record_id) % 5 == 0


def fold(record_id: str) -> int:
    """The cross-validation fold (0 .. N_FOLDS-1) of a design-set record, by a seeded hash of its id."""
    return _hash("ipkg-design-cv-2026", record_id) % N_FOLDS


def _norm_title(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def _split_title(raw: str) -> tuple[str, str]:
    lines = raw.strip().split("\n", 1)
    return lines[0].strip(), (lines[1].strip() if len(lines) > 1 else "")


def iter_design_records(shared: Path) -> Iterator[Record]:
    """The design set, in file order: title from the first line of each raw file, the abstract after it."""
    folder = shared / "corpus" / "design"
    with open(folder / "gold-design.jsonl", encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            title, abstract = _split_title((folder / gold["file"]).read_text(encoding="utf-8"))
            yield Record(gold["id"], title, abstract, gold["design"], gold["source"], gold["sample_size"],
                         gold.get("source_id"), "design")


def _iter_raw_external(shared: Path) -> Iterator[tuple[str, str | None, str, str]]:
    """(source, key, title, abstract) of every external record with an abstract; the key is its PMID (or the
    file's name) when the source gives one."""
    ext = shared / "corpus" / "external"
    yield from _iter_screening(ext)
    for path in sorted((ext / "bc5cdr").glob("CDR_*Set.PubTator.txt")) + sorted(
            (ext / "ncbi-disease").glob("NCBI*_corpus.txt")):
        yield from _iter_pubtator(path)
    for path in sorted((ext / "gutbrainie" / "Articles" / "json_format").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as h:
            for pmid, meta in sorted(json.load(h).items()):
                yield "gutbrainie", pmid, meta.get("title") or "", meta.get("abstract") or ""
    for path in sorted((ext / "evidence-inference" / "abstracts").glob("*.txt")):
        title, abstract = _split_title(path.read_text(encoding="utf-8"))
        yield "evidence-inference", path.name.split(".")[0], title, abstract
    for part in ("train", "test"):
        with tarfile.open(ext / "jnlpba" / f"standoff-{part}.tar.gz") as tar:
            for member in sorted(tar.getmembers(), key=lambda m: m.name):
                if member.name.endswith(".txt") and member.isfile():
                    raw = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
                    title, abstract = _split_title(raw)
                    yield "jnlpba", Path(member.name).stem, title, abstract


def _iter_screening(ext: Path) -> Iterator[tuple[str, str | None, str, str]]:
    """The screening sets: Cohen 2006 (ADHD, atypical antipsychotics) and Bannach-Brown 2019 without its included
    records (bench_design's test set)."""
    for name in ("ADHD", "AtypicalAntipsychotics"):
        with gzip.open(ext / "asreview-cohen-2006" / f"{name}.csv.gz", "rt", encoding="utf-8", newline="") as h:
            for row in csv.DictReader(h):
                yield f"cohen-{name}", row.get("pubmedID") or None, row["title"] or "", row["abstract"] or ""
    with gzip.open(ext / "asreview-bannach-brown-2019" / "Bannach-Brown_2019.csv.gz", "rt", encoding="utf-8",
                   newline="") as h:
        for row in csv.DictReader(h):
            if row.get("label_included") != "1":  # the included records are bench_design's test set
                yield "bannach-brown", None, row["title"] or "", row["abstract"] or ""


def _iter_pubtator(path: Path) -> Iterator[tuple[str, str | None, str, str]]:
    title = ""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if "|t|" in line[:20]:
                title = line.split("|t|", 1)[1].strip()
            elif "|a|" in line[:20]:
                pmid, abstract = line.split("|a|", 1)
                yield path.parent.name, pmid, title, abstract.strip()


def _known(shared: Path) -> tuple[set[str], set[str]]:
    """PMIDs and normalised titles of the design and dev sets (never trained on as external records)."""
    pmids: set[str] = set()
    titles: set[str] = set()
    for record in iter_design_records(shared):
        titles.add(_norm_title(record.title))
        if record.pmid:
            pmids.add(record.pmid)
    dev = shared / "corpus" / "dev"
    for name in ("gold-dev.jsonl", "gold-seeds.jsonl"):
        with open(dev / name, encoding="utf-8") as handle:
            for line in handle:
                gold = json.loads(line)
                if gold.get("pmid"):
                    pmids.add(str(gold["pmid"]))
                if gold.get("title"):
                    titles.add(_norm_title(gold["title"]))
    return pmids, titles


def iter_external_records(shared: Path, skip: frozenset[str] = frozenset()) -> Iterator[Record]:
    """External abstracts whose title states the design, with the title hidden, each text once; none whose id is
    in ``skip`` (the labelled extra set's ids, when it is trained on: its reader's label wins)."""
    pmids, titles = _known(shared)
    seen: set[str] = set()
    for source, pmid, title, abstract in _iter_raw_external(shared):
        if len(abstract) < 200 or not title:
            continue
        key = _norm_title(title)
        if key in titles or (pmid and pmid in pmids) or key in seen:
            continue
        seen.add(key)
        design = title_design(title)
        if design is None and source == "evidence-inference":
            design = "RandomizedControlledTrial"  # every Evidence Inference abstract reports a randomised trial
        if design is not None:
            rid = record_id(source, pmid, key)
            pmid = pmid if pmid and pmid.isdigit() else None
            if rid not in skip:
                yield Record(rid, "", abstract, design, source, None, pmid)


#: how many records the labelled extra set draws from each source (the design set's mix of sources, 150 in all)
EXTRA_QUOTAS = {"gutbrainie": 42, "cohen-AtypicalAntipsychotics": 34, "cohen-ADHD": 24, "bc5cdr": 30,
                "bannach-brown": 20}


def _iter_extra_pool(shared: Path) -> Iterator[tuple[str, str | None, str, str]]:
    """(source, key, title, abstract) of the sources the design set was sampled from: Cohen 2006 (ADHD, atypical
    antipsychotics), BC5CDR train and dev, GutBrainIE's train articles, Bannach-Brown 2019 without its included
    records (bench_design's test set)."""
    ext = shared / "corpus" / "external"
    yield from _iter_screening(ext)
    for name in ("CDR_TrainingSet", "CDR_DevelopmentSet"):
        yield from _iter_pubtator(ext / "bc5cdr" / f"{name}.PubTator.txt")
    for path in sorted((ext / "gutbrainie" / "Articles" / "json_format").glob("articles_train_*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as h:
            for pmid, meta in sorted(json.load(h).items()):
                yield "gutbrainie", pmid, meta.get("title") or "", meta.get("abstract") or ""


def record_id(source: str, pmid: str | None, title_key: str) -> str:
    """An external record's id: ``source:PMID``, or ``source:`` + the first 12 hex digits of the SHA-256 of its
    normalised title (``title_key``) when the source gives no PMID."""
    return f"{source}:{pmid or hashlib.sha256(title_key.encode()).hexdigest()[:12]}"


def iter_pool(shared: Path, exclude_titles: frozenset[str] = frozenset()) -> Iterator[Record]:
    """The records of the sources the design set was sampled from (:func:`_iter_extra_pool`), unlabelled (design
    "") and with no part: a title and an abstract of 200 characters or more, each text once, none in
    ``corpus/design`` or ``corpus/dev`` (by PMID or normalised title) and none whose normalised title is in
    ``exclude_titles``."""
    pmids, titles = _known(shared)
    seen: set[str] = set()
    for source, pmid, title, abstract in _iter_extra_pool(shared):
        key = _norm_title(title)
        if (len(abstract) < 200 or not title or key in titles or key in exclude_titles or (pmid and pmid in pmids)
                or key in seen):
            continue
        seen.add(key)
        yield Record(record_id(source, pmid, key), title, abstract, "", source, None, pmid, "")


def draw(shared: Path, salt: str, quotas: dict[str, int], eligible: Callable[[Record], bool], part: str,
         exclude_titles: frozenset[str] = frozenset()) -> list[Record]:
    """A labelling sample of :func:`iter_pool`: of each source's ``eligible`` records, the ``quotas[source]`` with the
    smallest SHA-256 of ``"<salt>:<id>"``, by source in ``quotas`` order, each marked ``part``."""
    pool: dict[str, list[tuple[int, Record]]] = {source: [] for source in quotas}
    for record in iter_pool(shared, exclude_titles):
        if record.source in pool and eligible(record):
            pool[record.source].append((_hash(salt, record.id), replace(record, part=part)))
    return [record for source, n in quotas.items() for _, record in sorted(pool[source])[:n]]


def extra_sample(shared: Path, quotas: dict[str, int] | None = None) -> list[Record]:
    """The records drawn for the labelled extra set (unlabelled: ``design`` is ""), by source in
    :data:`EXTRA_QUOTAS` order: of each source's records in :func:`iter_pool`, none in the external held-out
    slice's hash fifth, those with the smallest SHA-256 of ``"ipkg-design-extra-2026:<id>"``. Ids are
    :func:`iter_external_records`' ids."""
    return draw(shared, "ipkg-design-extra-2026", EXTRA_QUOTAS if quotas is None else quotas,
                lambda record: not external_heldout(record.id), "extra")


#: the labels of the extra set (ids, design, sample size, quote; no texts), README beside it
EXTRA_PATH = Path(__file__).parent / "data" / "design-extra.jsonl"


def extra_fold(record_id: str) -> int:
    """The cross-validation fold (0 .. N_FOLDS-1) of an extra-set record, by a seeded hash of its id (a salt of
    its own)."""
    return _hash("ipkg-design-extra-cv-2026", record_id) % N_FOLDS


def extra_labels(path: Path = EXTRA_PATH) -> dict[str, dict]:
    """The extra set's labels by record id."""
    with open(path, encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


def iter_extra_records(shared: Path, path: Path = EXTRA_PATH) -> Iterator[Record]:
    """The labelled extra set (title kept, as in ``corpus/design``): :func:`extra_sample`'s records with the
    reader's design and sample size; a record the reader could not decide (design null) is left out."""
    labels = extra_labels(path)
    for record in extra_sample(shared):
        label = labels[record.id]
        if label["design"] is not None:
            yield Record(record.id, record.title, record.abstract, label["design"], record.source,
                         label["sample_size"], record.pmid, "extra")


def _main() -> None:  # pragma: no cover - a look at the data
    import sys
    from collections import Counter

    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    records = list(iter_external_records(shared))
    print(Counter(r.design for r in records), Counter(r.source for r in records))
    out = io.StringIO()
    print(len(records), file=out)


if __name__ == "__main__":  # pragma: no cover
    _main()
