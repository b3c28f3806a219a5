"""Study design on abstracts nobody here annotated: a screening set whose inclusion criteria fix the design.

    python bench/bench_design.py [--shared ../shared] [-v]

Bannach-Brown et al. 2019 (ASReview dataset, CC BY 4.0) screened 1,993 records for a systematic review of in vivo
(non-human animal) models of depression; the 280 records with ``label_included = 1`` are animal studies by the
review's inclusion criteria. Each included record with an abstract goes through ``extract_document`` (title +
abstract, no PMID, no publication types), and the script prints how many get ``AnimalStudy``. The screeners'
labels are not perfect (a few included records are off-topic), so 100 % is not reachable; ``-v`` lists the others
with their titles so the misses can be read. The rules were not developed on this set, and the design model
(``python -m ipkg.extract.train_design``) never trains on these included records (``design_corpus`` leaves them
out).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine, table

DATASET = Path("corpus/external/asreview-bannach-brown-2019/Bannach-Brown_2019.csv.gz")


def included_animal_studies(shared: Path):
    """(record id, title, abstract) of the included records that have an abstract."""
    with gzip.open(shared / DATASET, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("label_included") == "1" and (row.get("abstract") or "").strip():
                yield row["record_id"], row.get("title") or "", row["abstract"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the records not typed AnimalStudy")
    args = parser.parse_args(argv)
    from ipkg.extract import extract_document
    from ipkg.models import Document

    designs: Counter[str] = Counter()
    others = []
    started = time.perf_counter()
    for record_id, title, abstract in included_animal_studies(args.shared):
        design = extract_document(Document(f"{record_id}.txt", title, abstract)).facts.design
        designs[design] += 1
        if design != "AnimalStudy":
            others.append((record_id, design, title))
    total = sum(designs.values())
    print(f"machine: {machine()}; {total} records in {time.perf_counter() - started:.1f} s\n")
    rows = [(design, n, f"{n / total:.3f}") for design, n in designs.most_common()]
    print(table(("design assigned", "records", "share"), rows))
    print(f"\nAnimalStudy accuracy on included in vivo studies: {designs['AnimalStudy'] / total:.3f} ({total} records)")
    if args.verbose:
        for record_id, design, title in others:
            print(f"  [{record_id}] {design}: {title[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
