"""The slowest records of a corpus through the per-document extraction, each under a time limit.

    python bench/bench_slowest.py                      # the 9k corpus bench_build.py writes, limit 5 s, top 10
    python bench/bench_slowest.py --quick              # its 200-record corpus
    python bench/bench_slowest.py --corpus DIR --limit 2 --top 20 --json timings.json

Times :func:`ipkg.extract.extract_document` (mentions, annotation, design facts, findings: what a build's
worker runs per record, before RDF) on every record of the corpus, one at a time, in this process. A record
that takes longer than ``--limit`` seconds is stopped there by a timer signal (a regex that backtracks without
end is interrupted too), reported, and the run goes on. Seconds are the process's CPU seconds (``--clock cpu``,
the default: ``ITIMER_PROF``/``SIGPROF``, so a machine busy with other jobs does not make a record look slow) or
wall-clock seconds (``--clock wall``: ``ITIMER_REAL``/``SIGALRM``). Prints the machine line, the slowest
``--top`` records (id, seconds, characters of title and abstract) and every record over the limit or failing;
exits 1 when a record exceeded the limit. The bench corpora (``<workdir>/corpus-<size>``, ``--size``, default 9k)
are written by bench/_common.py's ``corpus_files`` when missing. The grounder and the models the stages load on first use are
loaded before the clock starts (the first record is extracted once untimed).
"""

from __future__ import annotations

import argparse
import itertools
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

__all__ = ["CLOCKS", "Timing", "time_records", "record_id", "report", "main"]

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


#: clock name -> (interval timer, its signal, the clock that reads the same time)
CLOCKS: dict[str, tuple[int, int, Callable[[], float]]] = {
    "cpu": (signal.ITIMER_PROF, signal.SIGPROF, time.process_time),
    "wall": (signal.ITIMER_REAL, signal.SIGALRM, time.perf_counter),
}


@contextmanager
def _time_limit(seconds: float, clock: str) -> Iterator[None]:
    """Raise :class:`OverLimit` in the body after ``seconds`` of the ``clock`` (main thread, Unix)."""
    timer, signum, _ = CLOCKS[clock]

    def expire(signum: int, frame: object) -> None:
        raise OverLimit

    previous = signal.signal(signum, expire)
    signal.setitimer(timer, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(timer, 0)
        finally:
            signal.signal(signum, previous)


def time_records(docs: Iterable[object], extract: Callable[[object], object], limit: float,
                 clock: str = "cpu") -> list[Timing]:
    """Each document's time through ``extract`` (``clock``: ``cpu`` or ``wall``), in input order, stopping any at
    ``limit`` seconds."""
    now = CLOCKS[clock][2]
    out = []
    for doc in docs:
        error, over = "", False
        start = now()
        try:
            with _time_limit(limit, clock):
                extract(doc)
        except OverLimit:
            over = True
        except Exception as err:  # a failing record is reported, not fatal
            error = f"{type(err).__name__}: {err}"
        out.append(Timing(record_id(doc), now() - start, _chars(doc), over, error))
    return out


def report(timings: list[Timing], top: int, limit: float, clock: str = "cpu") -> str:
    """The slowest ``top`` records, then every record over the limit or failing, as Markdown tables."""
    total = sum(t.seconds for t in timings)
    lines = [f"{len(timings)} records, {total:.1f} {clock} s in all "
             f"({len(timings) / total if total else 0:,.0f} records/s), limit {limit:g} {clock} s per record", "",
             f"Slowest {min(top, len(timings))}:", ""]
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
    parser.add_argument("--clock", default="cpu", choices=sorted(CLOCKS), help="CPU (default) or wall-clock seconds")
    parser.add_argument("--top", type=int, default=10, help="how many of the slowest to print (default 10)")
    parser.add_argument("--json", type=Path, help="also write every record's timing here (JSON list)")
    args = parser.parse_args(argv)
    corpus = args.corpus
    if corpus is None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        corpus = corpus_files("200" if args.quick else args.size, args.workdir)[0].parent
    from ipkg.extract import extract_document, get_grounder

    get_grounder()  # the lexicon index, loaded before the clock starts
    docs = _documents(corpus)
    first = next(docs, None)
    if first is not None:  # the models the stages load on first use (design, CID...), loaded before it too
        time_records([first], extract_document, args.limit, args.clock)  # under the limit: it may be the slow one
        docs = itertools.chain([first], docs)
    timings = time_records(docs, extract_document, args.limit, args.clock)
    print(f"machine: {machine()}\ncorpus: {corpus}\n")
    print(report(timings, args.top, args.limit, args.clock))
    if args.json:
        args.json.write_text(json.dumps([asdict(t) for t in timings], indent=1) + "\n", encoding="utf-8")
    return 1 if any(t.over for t in timings) else 0


if __name__ == "__main__":
    raise SystemExit(main())
