"""Build time against record length: does the cost of one record grow linearly with its length?

Each record is one MEDLINE record whose abstract is LENGTH bytes of invented text, in two shapes: normal sentences
(~110 characters, each with mentions of cytokines and disorders) and one long "sentence" of mentions without a
full stop (the worst case of issue 14 item 4). Every length is built in its own process (``kg build`` as a library
call, no SHACL, after a warm-up build of a tiny record so that loading the lexicon is not counted) with the readers'
per-record cap raised above the length, under a time limit per run; the table shows seconds and seconds per 4 KB
(flat when the growth is linear).

    .venv/bin/python bench/bench_robust.py                         # 4k 16k 64k 256k 1m, 300 s per run
    .venv/bin/python bench/bench_robust.py --lengths 4k 32k --limit 60
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine, table  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
#: invented sentences; their mentions are what findings pairing works on
SENTENCES = [
    "Interleukin-6 levels were higher in patients with major depressive disorder than in healthy controls.",
    "Tumour necrosis factor alpha was associated with anhedonia in adults with schizophrenia.",
    "C-reactive protein decreased after treatment with minocycline in bipolar disorder.",
    "Interleukin-1 beta and interferon gamma correlated with fatigue in patients with depression.",
]
LONG_SENTENCE = "Depression inflammation interleukin-6 cytokine patients randomized "

_CHILD = """
import sys, time
import ipkg.ingest._record as record
record.MAX_ABSTRACT_CHARS = record.MAX_RECORD_CHARS = 10**9
from ipkg.pipeline import BuildOptions, build
build([sys.argv[2]], BuildOptions(validate=False))  # loads the lexicon and warms up: not part of the figure
started = time.perf_counter()
result = build([sys.argv[1]], BuildOptions(validate=False))
assert result.built == 1, result.errors
print(time.perf_counter() - started)
"""


def _size(text: str) -> int:
    units = {"k": 1024, "m": 1024 * 1024}
    return int(float(text[:-1]) * units[text[-1].lower()]) if text[-1].lower() in units else int(text)


def _record(length: int, shape: str) -> str:
    unit = " ".join(SENTENCES) + " " if shape == "sentences" else LONG_SENTENCE
    text = (unit * (length // len(unit) + 1))[:length].strip()
    return f"PMID- 55580001\nTI  - Invented record of {length} bytes.\nAB  - {text}\n"


def measure(length: int, shape: str, limit: float) -> float | None:
    """Seconds to build one record of ``length`` bytes (``None`` past ``limit``)."""
    with tempfile.TemporaryDirectory(prefix="ipkg-bench-robust-") as tmp:
        path, warm = Path(tmp) / "record.nbib", Path(tmp) / "warm.nbib"
        path.write_text(_record(length, shape))
        warm.write_text(_record(200, "sentences"))
        paths = [str(REPO / "src"), os.environ.get("PYTHONPATH")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}
        try:
            run = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(warm)], env=env, capture_output=True,
                                 text=True, timeout=limit)
        except subprocess.TimeoutExpired:
            return None
        if run.returncode != 0:
            raise SystemExit(f"build of {length} bytes ({shape}) failed:\n{run.stderr[-2000:]}")
        return float(run.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lengths", nargs="+", default=["4k", "16k", "64k", "256k", "1m"])
    parser.add_argument("--shapes", nargs="+", default=["sentences", "one-sentence"],
                        choices=["sentences", "one-sentence"])
    parser.add_argument("--limit", type=float, default=300.0, help="seconds per run before it counts as too slow")
    args = parser.parse_args(argv)
    print(machine())
    rows = []
    for shape in args.shapes:
        slow = False
        for text in args.lengths:
            length = _size(text)
            seconds = None if slow else measure(length, shape, args.limit)
            slow = seconds is None  # longer records of the same shape would be slower still
            per = f"{seconds / (length / 4096):.3f}" if seconds is not None else "-"
            rows.append([shape, text, f"{seconds:.2f}" if seconds is not None else f"> {args.limit:g}", per])
            print(f"{shape} {text}: {rows[-1][2]} s", file=sys.stderr, flush=True)
    print(table(["record shape", "length", "seconds", "seconds per 4 KB"], rows))
    return 0


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"(bench took {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    sys.exit(code)
