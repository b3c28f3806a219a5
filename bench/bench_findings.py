"""Findings on immunopsychiatry abstracts outside the dev set: held-out parts and tuning parts (issue 12).

Each gold (``tests/data/findings/immunopsychiatry-findings.jsonl``: 35 abstracts of the annotated set's *report*
half, held out; ``immunopsychiatry-findings-r2.jsonl``: the other 21 of the report half, curated in session 7, held
out; ``immunopsychiatry-findings-r3.jsonl``: the second grounding check set's judge half, 20 abstracts curated in
session 20, held out in session 20 and opened for reading in session 21 as the third tuning part ``tune3``;
``immunopsychiatry-findings-r4.jsonl``: the first grounding check set's judge half, 20 abstracts curated in session 21,
held out;
``immunopsychiatry-findings-tune.jsonl``: 35 of its *tune* half) is the adjudication of two
independent curations (``bench/iaa_findings.py``; tests/data/findings/README.md says how they were made); the
abstracts' sources are in ``tests/data/grounding/immunopsychiatry-gold.jsonl`` and the check sets' gold files, and
their texts are re-read from ``../shared``. This
script writes those texts to a temporary folder, builds them with ``ipkg.pipeline.build`` exactly as ``kg build``
does, and scores the graph with ``tools/score_findings.py`` (strict, pair, harmful). On the held-out part only
totals are printed (``-v`` is refused there: no rule may be read on it)::

    python bench/bench_findings.py --shared ../shared                 # the tuning part (the default)
    python bench/bench_findings.py --shared ../shared --part report   # held out: the first 35
    python bench/bench_findings.py --shared ../shared --part heldout  # held out: all 56 (report + report2)
    python bench/bench_findings.py --shared ../shared --part report4  # held out: the fourth (20, session 21)
    python bench/bench_findings.py --shared ../shared --part heldoutall  # every held-out part (76)
    python bench/bench_findings.py --shared ../shared --part tune -v  # tuning part, misses and extras listed
    python bench/bench_findings.py --shared ../shared --part tune2    # the second tuning part (20)
    python bench/bench_findings.py --shared ../shared --part tune3    # the third (20; tuneall: all three)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import load_tool
from _grounding_sets import write_annotated_texts

_DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "findings"
#: the adjudicated findings gold of the held-out part, and of the tuning part
GOLD = _DATA / "immunopsychiatry-findings.jsonl"
GOLD_TUNE = _DATA / "immunopsychiatry-findings-tune.jsonl"
#: the second held-out part (session 7): the report half's other 21 abstracts
GOLD_R2 = _DATA / "immunopsychiatry-findings-r2.jsonl"
#: the second tuning part (session 8): the tune half's other 20 abstracts
GOLD_TUNE2 = _DATA / "immunopsychiatry-findings-tune2.jsonl"
#: the second grounding check set's judge half (20 abstracts): held out in session 20, the third tuning part from
#: session 21 on (its first look and session 20's figures stay in tests/data/findings/README.md)
GOLD_R3 = _DATA / "immunopsychiatry-findings-r3.jsonl"
#: the fourth held-out part (session 21): the first grounding check set's judge half (20 abstracts)
GOLD_R4 = _DATA / "immunopsychiatry-findings-r4.jsonl"
#: the held-out gold files: their errors are never listed
HELD_OUT = (GOLD, GOLD_R2, GOLD_R4)
#: the gold files of each ``--part``
PARTS = {"report": (GOLD,), "report2": (GOLD_R2,), "heldout": (GOLD, GOLD_R2), "report4": (GOLD_R4,),
         "heldoutall": HELD_OUT,
         "tune": (GOLD_TUNE,), "tune2": (GOLD_TUNE2,), "tune3": (GOLD_R3,), "tuneall": (GOLD_TUNE, GOLD_TUNE2, GOLD_R3)}



def score_heldout(shared: Path, gold_path: Path | tuple[Path, ...] = GOLD, jobs: int = 1,
                  verbose: bool = False) -> dict:
    """Build the abstracts of the gold (one file or several, taken together) and score their findings:
    ``score_findings.score``'s result."""
    from ipkg.pipeline import BuildOptions, build

    paths = (gold_path,) if isinstance(gold_path, Path) else gold_path
    golds = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    scorer = load_tool(shared, "score_findings")
    with tempfile.TemporaryDirectory(prefix="ipkg-findings-") as tmp:
        folder = Path(tmp)
        written = write_annotated_texts(shared, [gold["id"] for gold in golds], folder)
        for gold in golds:
            path, doc = written[gold["id"]]
            gold.update(file=path.name, title=doc.title, pmid=None, doi=None)
        out = folder / "kg.ttl"
        build([str(path) for path, _ in written.values()], BuildOptions(output=out, jobs=jobs))
        graph = scorer.load([str(out)])
        return scorer.score(golds, scorer.predicted(graph), scorer.graph_findings(graph), verbose=verbose)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--part", choices=tuple(PARTS), default="tune",
                        help="tune (the default, so that no run looks at held-out text by accident): the tuning part (35); "
                             "report: the first held-out part (35); report2: the second (21); heldout: both; "
                             "report4: the fourth (20, session 21); heldoutall: every held-out part; tune2, tune3: the second and third tuning parts (20 each); "
                             "tuneall: all three tuning parts "
                             "(held-out parts print totals only)")
    parser.add_argument("--gold", type=Path, help="another gold file (overrides --part)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras (tuning part only)")
    args = parser.parse_args(argv)
    golds = (args.gold,) if args.gold else PARTS[args.part]
    held_out = {path.resolve() for path in HELD_OUT}
    if args.verbose and any(path.resolve() in held_out for path in golds):
        parser.error("-v is refused on the held-out parts: their errors are never read")
    result = score_heldout(args.shared, golds, args.jobs, args.verbose)
    print(f"abstracts {result['abstracts']} (unpaired {result['unpaired']}), gold findings {result['gold']}, "
          f"predicted {result['predicted']}")
    for kind in ("strict", "pair"):
        r = result[kind]
        print(f"{kind:<7} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"harmful (asserted where the abstract says the opposite): {result['harmful']}")


if __name__ == "__main__":
    main()
