"""Findings on immunopsychiatry abstracts no findings rule was read on (issue 12's held-out figure).

The gold (``tests/data/findings/immunopsychiatry-findings.jsonl``) is the adjudication of two independent curations
(``bench/iaa_findings.py``; docs/findings.md says how it was made) of abstracts of ipkg's annotated immunopsychiatry
set (``tests/data/grounding/immunopsychiatry-gold.jsonl``: their sources; texts re-read from ``../shared``). This
script writes those texts to a temporary folder, builds them with ``ipkg.pipeline.build`` exactly as ``kg build``
does, and scores the graph with ``tools/score_findings.py`` (strict, pair, harmful). Only totals are printed: no
rule may be read on this set::

    python bench/bench_findings.py --shared ../shared
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _grounding_sets import ANNOTATED, _annotated_document

#: the adjudicated findings gold
GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "findings" / "immunopsychiatry-findings.jsonl"


def _score_findings(shared: Path):
    sys.path.insert(0, str(shared / "tools"))
    spec = importlib.util.spec_from_file_location("ipkg_bench_score_findings", shared / "tools" / "score_findings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_heldout(shared: Path, gold_path: Path = GOLD, jobs: int = 1) -> dict:
    """Build the gold's abstracts and score their findings: ``score_findings.score``'s result."""
    from ipkg.pipeline import BuildOptions, build

    sources = {}
    for line in ANNOTATED.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        sources[record["id"]] = record["source"]
    golds = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scorer = _score_findings(shared)
    cache: dict = {}
    with tempfile.TemporaryDirectory(prefix="ipkg-findings-") as tmp:
        folder = Path(tmp)
        files = []
        for gold in golds:
            doc = _annotated_document(shared, sources[gold["id"]], cache)
            path = folder / f"{gold['id']}.txt"
            path.write_text(f"{doc.title}\n\n{doc.abstract}\n", encoding="utf-8")
            files.append(str(path))
            gold.update(file=path.name, title=doc.title, pmid=None, doi=None)
        out = folder / "kg.ttl"
        build(files, BuildOptions(output=out, jobs=jobs))
        graph = scorer.load([str(out)])
        return scorer.score(golds, scorer.predicted(graph), scorer.graph_findings(graph), verbose=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    result = score_heldout(args.shared, args.gold, args.jobs)
    print(f"abstracts {result['abstracts']} (unpaired {result['unpaired']}), gold findings {result['gold']}, "
          f"predicted {result['predicted']}")
    for kind in ("strict", "pair"):
        r = result[kind]
        print(f"{kind:<7} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"harmful (asserted where the abstract says the opposite): {result['harmful']}")


if __name__ == "__main__":
    main()
