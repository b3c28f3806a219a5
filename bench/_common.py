"""Shared helpers of the bench scripts: the machine line, a Markdown table, the benchmark corpora, RSS sampling.

The corpora are gathered by running ipkg's own readers over ``/work/shared/corpus`` (every real abstract there,
~7.7k records with their real duplicates), written as JSON Lines so every size reads through the same reader:

* ``1k``  the first 1,000 records;
* ``9k``  every real record;
* ``90k`` the real records ten times over, copies 2..10 under new synthetic PMIDs (``9`` + copy + a hash of the
  study key, so a duplicate pair of the real corpus stays a duplicate pair in every copy). The text is real; the
  copies add no new wording, so matching and extraction costs are the real ones.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["SHARED_CORPUS", "SIZES", "RssSampler", "corpus_files", "load_tool", "machine", "table"]

#: where the real abstracts live
SHARED_CORPUS = Path(os.environ.get("IPKG_BENCH_CORPUS", "/work/shared/corpus"))
#: corpus sizes by name: (records of the real corpus to take, copies)
SIZES: dict[str, tuple[int | None, int]] = {"200": (200, 1), "1k": (1000, 1), "9k": (None, 1), "90k": (None, 10)}
_RECORDS_PER_FILE = 1000


def load_tool(shared: Path, name: str):  # type: ignore[no-untyped-def]
    """The shared folder's scorer ``tools/<name>.py`` as a module (``score``, ``score_findings``): the benches
    import its matching rules rather than copy them."""
    spec = importlib.util.spec_from_file_location(f"ipkg_bench_{name}", shared / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def machine() -> str:
    """One line: cores, CPU model, Python, platform."""
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"nproc {os.cpu_count()}, CPU {model or 'unknown'}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table."""
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(out)


def _records() -> list[dict]:
    from ipkg.errors import InputError
    from ipkg.pipeline import iter_documents
    from ipkg.rdf.iris import study_key

    records = []
    for doc in iter_documents([str(SHARED_CORPUS)]):
        if isinstance(doc, InputError):
            continue
        records.append({
            "key": study_key(doc), "title": doc.title, "abstract": doc.abstract, "pmid": doc.pmid or "",
            "doi": doc.doi or "", "pmcid": doc.pmcid or "", "journal": doc.journal or "",
            "year": str(doc.year or ""), "keywords": "; ".join(doc.keywords),
        })
    return records


def corpus_files(size: str, workdir: Path) -> list[Path]:
    """The JSON Lines files of a benchmark corpus (written once into ``workdir``)."""
    limit, copies = SIZES[size]
    folder = workdir / f"corpus-{size}"
    done = folder / ".done"
    if done.is_file():
        return sorted(folder.glob("*.jsonl"))
    folder.mkdir(parents=True, exist_ok=True)
    cache = workdir / "records.json"
    if cache.is_file():
        records = json.loads(cache.read_text())
    else:
        records = _records()
        cache.write_text(json.dumps(records))
    records = records[:limit] if limit else records
    files = []
    for copy in range(copies):
        for start in range(0, len(records), _RECORDS_PER_FILE):
            path = folder / f"c{copy:02d}-{start // _RECORDS_PER_FILE:04d}.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for rec in records[start : start + _RECORDS_PER_FILE]:
                    row = dict(rec)
                    key = row.pop("key")
                    if copy:
                        digest = int(hashlib.sha1(f"{copy}|{key}".encode()).hexdigest()[:7], 16) % 10_000_000
                        row.update(pmid=f"9{copy}{digest:07d}", doi="", pmcid="")
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            files.append(path)
    done.write_text("ok")
    return files


class RssSampler:
    """Samples the resident memory of this process and all its descendants (summed) every ``interval`` seconds,
    and their CPU seconds (worker processes started by a forkserver are not our children for ``os.times``).

    RSS counts a page shared by several processes (the grounder a forkserver loaded before its workers forked) once
    per process; ``peak_pss`` (proportional set size: a shared page split between its sharers) is the tree's real
    memory, where the platform reports it (Linux)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_total = 0
        self.peak_worker = 0
        self.peak_pss = 0
        self.cpu: dict[int, float] = {}
        self.main_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while True:
            total = pss = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    rss = proc.memory_info().rss
                    times = proc.cpu_times()
                    pss += getattr(proc.memory_full_info(), "pss", 0)
                except psutil.Error:
                    continue
                total += rss
                if proc.pid != me.pid:
                    self.peak_worker = max(self.peak_worker, rss)
                    self.cpu[proc.pid] = times.user + times.system
                else:
                    self.main_cpu = times.user + times.system
            self.peak_total = max(self.peak_total, total)
            self.peak_pss = max(self.peak_pss, pss)
            if self._stop.wait(self.interval):
                return

    @property
    def worker_cpu(self) -> float:
        """CPU seconds of the descendants, as last sampled (a worker's final ~interval may be missed)."""
        return sum(self.cpu.values())

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_child(args: Sequence[str], timeout: float | None = None) -> dict:
    """Run ``python <args>`` and parse the JSON object it prints last."""
    run = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=timeout)
    if run.returncode != 0:
        raise RuntimeError(f"child failed ({run.returncode}): {run.stderr[-2000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def iter_lines(path: Path) -> Iterator[str]:
    """The lines of a text file."""
    with path.open(encoding="utf-8") as handle:
        yield from handle


def now() -> float:
    """Wall clock for intervals."""
    return time.perf_counter()
