"""Study design and sample size on ipkg's annotated immunopsychiatry abstracts (issue 11's immunopsychiatry check).

``tests/data/design/immunopsychiatry-design.jsonl``: the design and sample size of each of the 111 abstracts of
the annotated immunopsychiatry set (``tests/data/grounding/immunopsychiatry-gold.jsonl`` gives their sources and
their part, ``tune`` or ``report``), labelled by two independent readers and adjudicated (``bench/iaa_design.py``).
The script writes the abstracts' texts to a temporary folder, builds them with ``ipkg.pipeline.build`` exactly as
``kg build`` does, and scores the graph with ``tools/score.py`` (design accuracy, sample-size accuracy; an abstract
missing from the graph counts as wrong). The report part is held out: totals only, ``-v`` refused there::

    python bench/bench_design_ip.py --shared ../shared               # report part (56), totals only
    python bench/bench_design_ip.py --shared ../shared --part tune -v  # tuning part (55), errors listed
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import load_tool
from _grounding_sets import write_annotated_texts

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "design" / "immunopsychiatry-design.jsonl"


def score_part(shared: Path, part: str, gold_path: Path = GOLD, verbose: bool = False) -> dict:
    """Build the part's abstracts and score design and sample size: ``score.score``'s result."""
    from ipkg.pipeline import BuildOptions, build

    golds = [g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())
             if part == "all" or g["part"] == part]
    scorer = load_tool(shared, "score")
    with tempfile.TemporaryDirectory(prefix="ipkg-design-") as tmp:
        folder = Path(tmp)
        written = write_annotated_texts(shared, [gold["id"] for gold in golds], folder)
        records = []
        for gold in golds:
            path, doc = written[gold["id"]]
            # design-only gold records (no "entities"): score.py scores their design and sample size alone
            records.append({"id": gold["id"], "file": path.name, "pmid": None, "doi": None, "title": doc.title,
                            "design": gold["design"], "sample_size": gold["sample_size"]})
        out = folder / "kg.ttl"
        build([str(path) for path, _ in written.values()], BuildOptions(output=out))
        return scorer.score(records, scorer.predicted(scorer.load([str(out)])), verbose=verbose)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--part", choices=("report", "tune", "all"), default="report")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors (tuning part only)")
    args = parser.parse_args(argv)
    if args.verbose and args.part != "tune":
        parser.error("-v is refused on the held-out report part: its errors are never read")
    result = score_part(args.shared, args.part, verbose=args.verbose)
    print(f"{args.part}: abstracts {result['abstracts']} (unpaired {result['unpaired']})   "
          f"design accuracy {result['design_accuracy']:.3f}   sample-size accuracy {result['sample_size_accuracy']:.3f}")
    if args.verbose:
        errors = Counter()
        for row in result["design_confusion"]:
            if row["gold"] != row["predicted"]:
                errors[f"{row['gold']} -> {row['predicted']}"] += row["count"]
        for pair, count in errors.most_common():
            print(f"  {pair}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
