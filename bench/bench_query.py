"""Latency of every shipped competency query (queries/*.rq) on the 9k and 90k graphs: pyoxigraph vs rdflib.

    python bench/bench_query.py                 # 9k and 90k; rdflib on 9k only
    python bench/bench_query.py --quick         # the 1k graph, both engines
    python bench/bench_query.py --rdflib-90k    # also rdflib on 90k (parsing alone takes minutes and GBs)

Graphs are built once (``kg build`` as N-Triples plus an on-disk store, ``--jobs 2``) into the bench work folder,
from the corpora of bench/_common.py; the ontology (ontology/ipkg.ttl) is loaded beside the data, as the queries
that walk rdfs:subClassOf need. Each query runs once to warm up, then 5 times (rdflib: 3); the table gives the
median wall-clock milliseconds (results fully read). Engines: pyoxigraph in memory (``kg query FILE``), pyoxigraph
on disk (the default-graph store ``kg build --store`` writes, plus the ontology, opened read-only), rdflib ``Graph``. An rdflib query still running after
``--rdflib-limit`` seconds is stopped and shown as ``>N s``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import corpus_files, machine, table

REPO = Path(__file__).resolve().parent.parent


def _graph(size: str, workdir: Path) -> Path:
    from ipkg.pipeline import BuildOptions, build

    out = workdir / f"graph-{size}.nt"
    if not out.exists():
        files = [str(p) for p in corpus_files(size, workdir)]
        build(files, BuildOptions(output=out, fmt="ntriples", jobs=2, keep_invalid=True))
    return out


class _Timeout(Exception):
    pass


def _limited(run, seconds: int):  # type: ignore[no-untyped-def]
    """``run()`` stopped after ``seconds`` (SIGALRM; works for pure-Python engines such as rdflib)."""
    import signal

    def stop(*_: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        return run()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _time(run, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Median ms of ``repeat`` runs after a warm-up; a query whose warm-up took over 2 s is timed once more."""
    start = time.perf_counter()
    run()
    if time.perf_counter() - start > 2:
        repeat = 1
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", default="9k,90k")
    parser.add_argument("--no-disk", action="store_true", help="skip the on-disk store column")
    parser.add_argument("--rdflib-90k", action="store_true")
    parser.add_argument("--rdflib-limit", type=int, default=120, help="seconds an rdflib query may run")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "ipkg-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    import pyoxigraph as ox

    from ipkg.query import list_queries

    queries = list_queries(REPO / "queries")
    sizes = ["1k"] if args.quick else args.sizes.split(",")
    print(f"machine: {machine()}")
    print("median of 5 warm runs, ms; rows fully read; the merged graph (one default graph) plus the ontology\n")
    notes: list[str] = []
    for size in sizes:
        header = ["query"]
        columns: list[dict[str, str]] = []
        nt = _graph(size, args.workdir)
        ontology = REPO / "ontology" / "ipkg.ttl"
        start = time.perf_counter()
        memory = ox.Store()
        memory.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        memory.bulk_load(path=str(ontology), format=ox.RdfFormat.TURTLE)
        notes.append(f"{size}: {len(memory):,} triples with the ontology; pyoxigraph bulk_load "
                     f"{time.perf_counter() - start:.1f} s")
        disk_copy = args.workdir / f"store-{size}"  # what kg build --store writes, plus the ontology
        if not disk_copy.exists():
            writable = ox.Store(str(disk_copy))
            writable.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
            writable.bulk_load(path=str(ontology), format=ox.RdfFormat.TURTLE)
            writable.flush()
            del writable
        disk = ox.Store.read_only(str(disk_copy))
        engines = {f"pyoxigraph mem {size}": memory}
        if not args.no_disk:
            engines[f"pyoxigraph disk {size}"] = disk
        for name, store in engines.items():
            header.append(name)
            col = {}
            for q in queries:
                text = q.text
                col[q.name] = f"{_time(lambda: list(store.query(text, use_default_graph_as_union=True))):.1f}"
            columns.append(col)
        if size != "90k" or args.rdflib_90k:
            from rdflib import Graph

            start = time.perf_counter()
            data = Graph()
            data.parse(nt, format="nt")
            data.parse(ontology, format="turtle")
            notes.append(f"{size}: rdflib parse {time.perf_counter() - start:.1f} s")
            header.append(f"rdflib {size}")
            col = {}
            for q in queries:
                try:
                    col[q.name] = f"{_limited(lambda: _time(lambda: list(data.query(q.text)), repeat=3), args.rdflib_limit):.0f}"
                except _Timeout:
                    col[q.name] = f">{args.rdflib_limit} s"
                except Exception as err:  # noqa: BLE001 - report the engine's failure in the table
                    col[q.name] = f"error: {type(err).__name__}"
            columns.append(col)
            del data
        else:
            notes.append("90k: rdflib not run (parsing ~3.5M triples into rdflib takes minutes and several GB; "
                         "--rdflib-90k runs it)")
        del memory, disk
        rows = [[q.name, *(col[q.name] for col in columns)] for q in queries]
        print(table(header, rows))
        print()
        for note in notes:
            print(f"- {note}")
        print(flush=True)
        notes = []


if __name__ == "__main__":
    main()
