"""Evidence Inference train, split in two by article: the part read (80 %) and a held-out part (20 %) (round 18).

    python bench/bench_ei_split.py [-v] [--part read|held|both] [--keep GRAPH.ttl]

The train split of ``/work/shared/corpus/external/evidence-inference`` is the only EI part rules and the trial-result
model may be fitted to; this script deals its articles into two parts by a seeded hash of the PMCID
(:func:`ipkg.extract.trial_corpus.held_out`: one article's prompts are all on one side), builds the train abstracts
once with ``kg build`` and scores each part with ``/work/shared/tools/score_ei.py``, on every prompt whose evidence
lies in the abstract and on the in-scope ones (``bench_ei.IN_SCOPE``), as ``bench/bench_ei.py`` does.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ei import build_graph, load_prompts, score  # noqa: E402

from ipkg.extract.trial_corpus import held_out  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--part", default="both", choices=("read", "held", "both"))
    ap.add_argument("--keep", help="also write the graph here")
    args = ap.parse_args(argv)
    prompts = load_prompts("train")
    parts = {"read": [p for p in prompts if not held_out(p["pmcid"])],
             "held": [p for p in prompts if held_out(p["pmcid"])]}
    with tempfile.TemporaryDirectory(prefix="ipkg-ei-split-") as tmp:
        graph = build_graph(prompts, tmp)
        if args.keep:
            shutil.copy(graph, args.keep)
        for name, part in parts.items():
            if args.part in ("both", name):
                score(graph, part, f"train {name} part", tmp, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
