"""The slowest records of a corpus through the per-document extraction, each under a time limit.

    python bench/bench_slowest.py                      # the 9k corpus bench_build.py writes, limit 5 s, top 10
    python bench/bench_slowest.py --quick              # its 200-record corpus
    python bench/bench_slowest.py --corpus DIR --limit 2 --top 20 --json timings.json

Times :func:`ipkg.extract.extract_document` (mentions, annotation, design facts, findings: what a build's
worker runs per record, before RDF) on every record of the corpus, one at a time, in this process. A record
that takes longer than ``--limit`` seconds is stopped there by a timer signal (``SIGALRM``: a regex that
backtracks without end is interrupted too), reported, and the run goes on. Prints the machine line, the slowest
``--top`` records (id, seconds, characters of title and abstract) and every record over the limit or failing;
exits 1 when a record exceeded the limit. The bench corpora (``<workdir>/corpus-<size>``, ``--size``, default 9k)
are written by bench/_common.py's ``corpus_files`` when missing. The grounder is loaded before the clock starts.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SIZES, corpus_files, machine, table

__all__ = ["Timing", "time_records", "record_id", "main"]

#: seconds a record may take by default (the 9k corpus's slowest take well under one)
DEFAULT_LIMIT = 5.0


class OverLimit(BaseException):
    """Raised in the timed call when its time is up (a BaseException: the extractors' ``except Exception`` must
    not swallow it)."""


@dataclass(frozen=True)
class Timing:
    """One record's time (about the limit when ``over``: stopped there); ``error``: a failing record's message."""

    id: str
    seconds: float
    chars: int
    over: bool = False
    error: str = ""


def record_id(doc: object) -> str:
    """A record's PMID, else its DOI, else ``<file>#<record number>``."""
    return getattr(doc, "pmid", "") or getattr(doc, "doi", "") or f"{doc.source_file}#{doc.record}"


def _chars(doc: object) -> int:
    return len(getattr(doc, "title", "") or "") + len(getattr(doc, "abstract", "") or "")


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`OverLimit` in the body after ``seconds`` of wall-clock time (main thread, Unix)."""

    def expire(signum: int, frame: object) -> None:
        raise OverLimit

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)


def time_records(docs: Iterable[object], extract: Callable[[object], object], limit: float) -> list[Timing]:
    """Each document's time through ``extract``, in input order, stopping any at ``limit`` seconds."""
    out = []
    for doc in docs:
        error, over = "", False
        clock = time.perf_counter()
        try:
            with _time_limit(limit):
                extract(doc)
        except OverLimit:
            over = True
        except Exception as err:  # a failing record is reported, not fatal
            error = f"{type(err).__name__}: {err}"
        out.append(Timing(record_id(doc), time.perf_counter() - clock, _chars(doc), over, error))
    return out


def report(timings: list[Timing], top: int, limit: float) -> str:
    """The slowest ``top`` records, then every record over the limit or failing, as Markdown tables."""
    total = sum(t.seconds for t in timings)
    lines = [f"{len(timings)} records, {total:.1f} s in all ({len(timings) / total if total else 0:,.0f} records/s), "
             f"limit {limit:g} s per record", "", f"Slowest {min(top, len(timings))}:", ""]
    slowest = sorted(timings, key=lambda t: (-t.seconds, t.id))[:top]
    lines.append(table(("record", "seconds", "characters"), [(t.id, f"{t.seconds:.3f}", t.chars) for t in slowest]))
    over = [t for t in timings if t.over]
    lines += ["", f"Over the limit: {len(over)}"]
    if over:
        lines += ["", table(("record", "seconds", "characters"), [(t.id, f">= {limit:g}", t.chars) for t in over])]
    failed = [t for t in timings if t.error]
    if failed:
        lines += ["", f"Failed: {len(failed)}", "", table(("record", "error"), [(t.id, t.error) for t in failed])]
    return "\n".join(lines)


def _documents(corpus: Path) -> Iterator[object]:
    from ipkg.errors import InputError
    from ipkg.pipeline import iter_documents

    for doc in iter_documents([str(corpus)]):
        if not isinstance(doc, InputError):
            yield doc


def main(argv: list[str] | None = None) -> int:
    """Command line entry point: 0 when every record kept within the limit, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a folder or file of records (default: a bench corpus)")
    parser.add_argument("--size", default="9k", choices=sorted(SIZES), help="the bench corpus (default 9k)")
    parser.add_argument("--quick", action="store_true", help="the 200-record bench corpus")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "ipkg-bench")
    parser.add_argument("--limit", type=float, default=DEFAULT_LIMIT, help="seconds per record (default %(default)s)")
    parser.add_argument("--top", type=int, default=10, help="how many of the slowest to print (default 10)")
    parser.add_argument("--json", type=Path, help="also write every record's timing here (JSON list)")
    args = parser.parse_args(argv)
    corpus = args.corpus
    if corpus is None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        corpus = corpus_files("200" if args.quick else args.size, args.workdir)[0].parent
    from ipkg.extract import extract_document, get_grounder

    get_grounder()  # the lexicon index, loaded before the clock starts
    timings = time_records(_documents(corpus), extract_document, args.limit)
    print(f"machine: {machine()}\ncorpus: {corpus}\n")
    print(report(timings, args.top, args.limit))
    if args.json:
        args.json.write_text(json.dumps([asdict(t) for t in timings], indent=1) + "\n", encoding="utf-8")
    return 1 if any(t.over for t in timings) else 0


if __name__ == "__main__":
    raise SystemExit(main())
