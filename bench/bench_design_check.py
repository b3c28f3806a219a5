"""Study design and sample size on a check set no rule, model or decision has seen (issue 11), totals only.

The design set's held-out third (63 abstracts) has been looked at eleven times; this is a second, larger held-out
sample drawn from the same corpora, in the same mix of sources, as the design set and its extra set
(``design_corpus.EXTRA_QUOTAS``), labelled by two independent readers and adjudicated (``bench/iaa_design.py``;
``tests/data/design/check-*``). A record is eligible when the design model never trained on it and nobody labelled it
before: a title and an abstract of 200 characters or more, each text once, none in ``corpus/design``,
``corpus/dev``, the extra set or ipkg's annotated immunopsychiatry set, and either a title that states no design
(``title_design``: such records are not training data) or a record of the external held-out slice (never trained
on). Of each source, the records with the smallest SHA-256 of ``"ipkg-design-check-2026:<id>"``. Since four fifths
of the records whose title states the design (the easy ones: the title decides) are not eligible, the set is harder
than a random sample.

A second check set (``--set check2``, session 21) is drawn the same way with its own salt
(``"ipkg-design-check2-2026"``), none of the first check set or of the three training draws: a fresh judge for design
variants, since the pool's unread folds have chosen variants for nine rounds::

    python bench/bench_design_check.py --shared ../shared --write-texts DIR   # the sample, as kg build input
    python bench/bench_design_check.py --shared ../shared                     # build and score, totals only
    python bench/bench_design_check.py --shared ../shared --set check2        # the second check set, totals only
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import load_tool
from _grounding_sets import ANNOTATED, annotated_document

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "design" / "check-design.jsonl"
SALT = "ipkg-design-check-2026"
#: the second check set's gold and salt (session 21)
GOLD2 = GOLD.with_name("check2-design.jsonl")
SALT2 = "ipkg-design-check2-2026"


def _labelled_titles(shared: Path) -> frozenset[str]:
    """Normalised titles of the abstracts labelled before: the extra set and ipkg's annotated immunopsychiatry set
    (``design_corpus.iter_pool`` leaves out the design and dev sets itself)."""
    from ipkg.extract import design_corpus as dc

    titles = {dc._norm_title(r.title) for r in dc.iter_extra_records(shared)}
    cache: dict = {}
    for record in map(json.loads, ANNOTATED.read_text(encoding="utf-8").splitlines()):
        titles.add(dc._norm_title(annotated_document(shared, record["source"], cache).title))
    return frozenset(titles)


def sample(shared: Path, labelled: frozenset[str] | None = None) -> list:
    """The check set's records (``design_corpus.Record``, unlabelled), by source in the extra set's quota order:
    records the design model never trained on (a title that states no design, or the external held-out slice).
    ``labelled``: :func:`_labelled_titles`, when the caller has it."""
    from ipkg.extract import design_corpus as dc

    return dc.draw(shared, SALT, dc.EXTRA_QUOTAS,
                   lambda r: dc.title_design(r.title) is None or dc.external_heldout(r.id), "check",
                   _labelled_titles(shared) if labelled is None else labelled)


def sample2(shared: Path) -> list:
    """The second check set's records: eligible as :func:`sample`'s, none of the first check set or of the three
    training draws, the smallest SHA-256 of ``"<SALT2>:<id>"`` per source, in the same mix."""
    from ipkg.extract import design_corpus as dc

    labelled = _labelled_titles(shared)
    check, draws = _training_draws(shared, labelled, 3)
    taken = check | {r.id for records in draws for r in records}
    return dc.draw(shared, SALT2, dc.EXTRA_QUOTAS,
                   lambda r: r.id not in taken and (dc.title_design(r.title) is None or dc.external_heldout(r.id)),
                   "check2", labelled)


#: the salt of the labelled training pool (never the check set or the external slice)
TRAIN_SALT = "ipkg-design-train-2026"


#: the salt of the second training draw (session 8)
TRAIN_SALT2 = "ipkg-design-train2-2026"


def training_sample(shared: Path, draw: int = 1, labelled: frozenset[str] | None = None) -> list:
    """The records for the training labels, none of the check set, none labelled before, none of the external
    held-out slice (so the slice stays a held-out figure). Draw 1: 600 records, four times the extra set's mix;
    draw 2: 400 more in the same mix (8/3 of each quota), none of draw 1; draw 3: 100 on the border between trials
    and observational studies (``design_pool.border_sample``), none of draws 1-2. ``labelled``: as :func:`sample`'s."""
    labelled = _labelled_titles(shared) if labelled is None else labelled
    return _training_draws(shared, labelled, draw)[1][-1]


def _training_draws(shared: Path, labelled: frozenset[str], last: int) -> tuple[set[str], list[list]]:
    """The first check set's ids and the training draws 1 .. ``last`` (:func:`training_sample`), each drawn once."""
    from ipkg.extract import design_corpus as dc

    check = {r.id for r in sample(shared, labelled)}
    draws = [dc.draw(shared, TRAIN_SALT, {source: 4 * n for source, n in dc.EXTRA_QUOTAS.items()},
                     lambda r: r.id not in check and not dc.external_heldout(r.id), "train", labelled)]
    if last >= 2:
        taken = check | {r.id for r in draws[0]}
        quotas = {source: round(n * 8 / 3) for source, n in dc.EXTRA_QUOTAS.items()}
        draws.append(dc.draw(shared, TRAIN_SALT2, quotas,
                             lambda r: r.id not in taken and not dc.external_heldout(r.id), "train2", labelled))
    if last >= 3:
        from ipkg.extract.design_pool import border_sample

        draws.append(border_sample(shared, taken | {r.id for r in draws[1]}, labelled))
    return check, draws


#: each check set's sampler and gold file
SETS = {"check": (sample, GOLD), "check2": (sample2, GOLD2)}


def text_id(record_id: str) -> str:
    """The id of a record in the labels and its file name without ``.txt`` (``source_key``: ids hold ``:``)."""
    return record_id.replace(":", "_", 1)


def file_name(record_id: str) -> str:
    """The text file of a record."""
    return text_id(record_id) + ".txt"


def write_texts(records, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for record in records:
        path = folder / file_name(record.id)
        path.write_text(f"{record.title}\n\n{record.abstract}\n", encoding="utf-8")
        out[record.id] = path
    return out


def score(shared: Path, gold_path: Path = GOLD, which: str = "check") -> dict:
    """Build a check set (``which``: ``check`` or ``check2``) and score design and sample size: ``score.score``'s
    result."""
    from ipkg.pipeline import BuildOptions, build

    golds = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    records = [r for r in SETS[which][0](shared) if text_id(r.id) in golds]
    scorer = load_tool(shared, "score")
    with tempfile.TemporaryDirectory(prefix="ipkg-design-check-") as tmp:
        paths = write_texts(records, Path(tmp))
        rows = [{"id": r.id, "file": paths[r.id].name, "pmid": None, "doi": None, "title": r.title,
                 "design": golds[text_id(r.id)]["design"],
                 "sample_size": golds[text_id(r.id)]["sample_size"]} for r in records]
        out = Path(tmp) / "kg.ttl"
        build([str(paths[r.id]) for r in records], BuildOptions(output=out))
        return scorer.score(rows, scorer.predicted(scorer.load([str(out)])), verbose=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--set", choices=tuple(SETS), default="check", help="the check set (default) or the second")
    parser.add_argument("--write-texts", type=Path, metavar="DIR", help="write the sample's texts into DIR and stop")
    parser.add_argument("--write-training-texts", type=Path, metavar="DIR",
                        help="write the training pool's texts into DIR/1 .. DIR/4 and stop")
    parser.add_argument("--draw", type=int, choices=(1, 2, 3), default=1,
                        help="with --write-training-texts: the first training draw (600), the second (400) or the "
                             "third (100, targeted)")
    args = parser.parse_args(argv)
    if args.write_texts:
        paths = write_texts(SETS[args.set][0](args.shared), args.write_texts)
        print(f"{len(paths)} texts -> {args.write_texts}")
        return 0
    if args.write_training_texts:
        records = training_sample(args.shared, args.draw)
        for n in range(4):
            write_texts(records[n::4], args.write_training_texts / str(n + 1))
        print(f"{len(records)} texts -> {args.write_training_texts}/1..4")
        return 0
    result = score(args.shared, SETS[args.set][1], args.set)
    print(f"{args.set} set: abstracts {result['abstracts']} (unpaired {result['unpaired']})   "
          f"design accuracy {result['design_accuracy']:.3f}   sample-size accuracy {result['sample_size_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
