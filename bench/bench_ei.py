"""Evidence Inference: how ipkg states trial results, scored against doctors' labels (issue 12).

    python bench/bench_ei.py                    # the validation split (nothing in ipkg was fitted to it)
    python bench/bench_ei.py --split train -v

Builds the abstracts of one split of ``/work/shared/corpus/external/evidence-inference`` with ``kg build`` and
scores the graph with ``/work/shared/tools/score_ei.py`` twice: on every prompt of the split whose evidence lies in
the abstract, and on the *in-scope* ones, whose outcome is a symptom, a psychiatric or symptom scale, or an immune
marker (:data:`IN_SCOPE`: what ipkg's classes can hold; blood pressure or mortality cannot be a finding's object).
Figures: coverage (prompts answered by a finding whose sentence overlaps the doctors' evidence), polarity right
among those answered, and null results stated as an effect (lower is better).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EI = Path("/work/shared/corpus/external/evidence-inference")
SCORER = Path("/work/shared/tools/score_ei.py")
#: outcomes a finding can hold: symptoms, psychiatric and symptom scales, immune markers
IN_SCOPE = re.compile(
    r"depress|anxi|mood|mania|manic|psych|schizo|suicid|anhedon|fatigue|sleep|insomnia|pain|nause|vomit|"
    r"headache|cognit|memory|agitat|delirium|stress|wellbeing|well-being|quality of life|symptom|ham-?[da]|"
    r"madrs|hdrs|bdi|panss|cgi|hads|phq|gad|vas\b|score|scale|interleukin|\bil-?\d|tnf|crp|c-reactive|cytokine|"
    r"inflamm|immun|lymphocyte|neutrophil|\bcd\d|t[- ]cell|antibod|igg|ige|cortisol",
    re.IGNORECASE,
)


def load_prompts(split: str) -> list[dict]:
    """The Evidence Inference prompts of ``split``."""
    prompts = [json.loads(line) for line in (EI / "prompts.jsonl").read_text(encoding="utf-8").splitlines()]
    return [p for p in prompts if p["split"] == split]


def build_graph(prompts: list[dict], tmp: str) -> Path:
    """The graph ``kg build`` makes of the prompts' abstracts, written in the folder ``tmp``."""
    folder = Path(tmp) / "abstracts"
    folder.mkdir()
    for p in prompts:
        shutil.copy(EI / p["file"], folder / Path(p["file"]).name)
    graph = Path(tmp) / "ei.ttl"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "ipkg", "build", str(folder), "-o", str(graph), "--no-validate"],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return graph


def score(graph: Path, prompts: list[dict], title: str, tmp: str, verbose: bool) -> None:
    """Prints the scorer's figures on every prompt and on the in-scope ones, headed ``## <title>: <subset>``."""
    for label, subset in (("all prompts", prompts), ("in-scope outcomes", [p for p in prompts
                                                                           if IN_SCOPE.search(p["outcome"])])):
        path = Path(tmp) / "prompts.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in subset), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), "--prompts", str(path), str(graph),
                              *(["-v"] if verbose else [])], check=True, capture_output=True, text=True)
        print(f"## {title}: {label} ({len(subset)} prompts)\n{out.stdout.strip()}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="validation", choices=("train", "validation"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    prompts = load_prompts(args.split)
    with tempfile.TemporaryDirectory(prefix="ipkg-ei-") as tmp:
        score(build_graph(prompts, tmp), prompts, args.split, tmp, args.verbose)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
