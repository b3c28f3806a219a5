"""End-to-end ``build`` rate and peak memory at 1k, 9k and 90k abstracts, --jobs 1 and 2, plus a stage profile.

    python bench/bench_build.py            # 1k, 9k, 90k x jobs 1, 2 (90k takes a while)
    python bench/bench_build.py --quick    # 200 abstracts x jobs 1, 2
    python bench/bench_build.py --sizes 1k,9k --jobs 1 --profile

Each build runs in a fresh child process (so peak RSS is that build's own); the child builds Turtle with SHACL on,
exactly what ``kg build corpus -o kg.ttl`` does. The corpora are real abstracts gathered by ipkg's readers from
/work/shared/corpus; the 90k corpus is the real one ten times over under synthetic PMIDs (see bench/_common.py).
"rate" is records read per wall-clock second; "CPU" is user+system seconds of the build and its workers.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RssSampler, corpus_files, machine, run_child, table

#: cumulative-time buckets of the profile: label -> (file fragment, function name)
STAGES = {
    "ingest (readers)": ("ingest/stream.py", "iter_sized"),
    "ingest (readers, old path)": ("ipkg/pipeline.py", "iter_documents"),
    "sentence split (inside the next three)": ("extract/sentences.py", "split_sentences"),
    "matching (mentions + grounding)": ("extract/mentions.py", "extract_mentions"),
    "annotate (sentences, roles)": ("extract/annotate.py", "annotate"),
    "sentence roles (inside annotate)": ("extract/annotate.py", "sentence_roles"),
    "design facts": ("extract/design.py", "extract_study_facts"),
    "findings": ("extract/findings.py", "read_study"),
    "RDF lines": ("rdf/graph.py", "extraction_to_ntriples"),
    "SHACL": ("ipkg/validate.py", "validate_text"),
    "SHACL (old path)": ("ipkg/validate.py", "validate_lines"),
    "serialise": ("rdf/serialize.py", "write_sorted"),
    "serialise (old path)": ("rdf/serialize.py", "serialize_lines"),
}


def _child(size: str, jobs: int, workdir: Path, fmt: str) -> None:
    from ipkg.pipeline import BuildOptions, build

    files = [str(p) for p in corpus_files(size, workdir)]
    out = workdir / f"out-{size}-{jobs}.{ {'turtle': 'ttl', 'nquads': 'nq', 'ntriples': 'nt'}[fmt] }"
    kwargs: dict = {"output": out, "fmt": fmt}
    if "jobs" in BuildOptions.__dataclass_fields__:
        kwargs["jobs"] = jobs
    elif jobs != 1:
        print(json.dumps({"skipped": "this ipkg has no --jobs"}))
        return
    from ipkg.extract import get_grounder

    get_grounder()  # the lexicon index is cached on disk; load it outside the timed part as workers do
    load_before = os.getloadavg()[0]
    with RssSampler() as sampler:
        t0, c0 = time.perf_counter(), os.times()
        result = build(files, BuildOptions(**kwargs))
        wall, c1 = time.perf_counter() - t0, os.times()
    main_cpu = (c1.user - c0.user) + (c1.system - c0.system)
    cpu = main_cpu + sampler.worker_cpu
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_child = sampler.peak_worker / 2**20
    print(json.dumps({
        "size": size, "jobs": jobs, "records": result.records_read, "studies": result.studies, "wall": wall,
        "cpu": cpu, "rss_main_mb": rss_self, "rss_worker_mb": rss_child,
        "rss_total_mb": sampler.peak_total / 2**20, "pss_total_mb": sampler.peak_pss / 2**20, "triples": result.triples, "written": result.written,
        "seconds": result.seconds, "bytes": out.stat().st_size if out.exists() else 0, "main_cpu": main_cpu,
        "load": f"{load_before:.1f}/{os.getloadavg()[0]:.1f}",
    }))


def _profile(size: str, workdir: Path) -> str:
    from ipkg.extract import get_grounder
    from ipkg.pipeline import BuildOptions, build

    files = [str(p) for p in corpus_files(size, workdir)]
    get_grounder()
    profiler = cProfile.Profile()
    profiler.enable()
    build(files, BuildOptions(output=workdir / "profile.ttl"))
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = max(v[3] for v in stats.stats.values())  # type: ignore[attr-defined]
    rows = []
    for label, (fragment, name) in STAGES.items():
        cum = sum(v[3] for (file, _, func), v in stats.stats.items()  # type: ignore[attr-defined]
                  if func == name and file.endswith(fragment))
        if cum:
            rows.append((label, f"{cum:.2f}", f"{100 * cum / total:.1f}%"))
    rows.append(("total (under cProfile, jobs 1)", f"{total:.2f}", "100%"))
    return table(("stage", "cumulative s", "share"), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="200 abstracts only")
    parser.add_argument("--sizes", default="1k,9k,90k")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--format", default="turtle", choices=("turtle", "nquads", "ntriples"))
    parser.add_argument("--profile", action="store_true", help="also print the per-stage share (cProfile, jobs 1)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "ipkg-bench")
    parser.add_argument("--child", nargs=2, metavar=("SIZE", "JOBS"), help=argparse.SUPPRESS)
    parser.add_argument("--child-profile", metavar="SIZE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.child:
        _child(args.child[0], int(args.child[1]), args.workdir, args.format)
        return
    if args.child_profile:
        print(json.dumps({"table": _profile(args.child_profile, args.workdir)}))
        return
    sizes = ["200"] if args.quick else args.sizes.split(",")
    jobs = [int(j) for j in args.jobs.split(",")]
    print(f"machine: {machine()}")
    print(f"corpus: real abstracts read by ipkg's readers from /work/shared/corpus; 90k = the real records x10, "
          f"copies under synthetic PMIDs. Output: {args.format}, SHACL on.\n")
    rows = []
    base: dict[str, float] = {}
    for size in sizes:
        corpus_files(size, args.workdir)
        for job in jobs:
            got = run_child([__file__, "--workdir", str(args.workdir), "--format", args.format,
                             "--child", size, str(job)])
            if "skipped" in got:
                rows.append((size, job, "-", "-", "-", "-", "-", "-", "-", "-", "-", got["skipped"]))
                continue
            rate = got["records"] / got["wall"]
            if job == 1:
                base[size] = rate
            speedup = f"{rate / base[size]:.2f}x" if size in base else "-"
            stages = ", ".join(f"{k} {v:.1f}" for k, v in got["seconds"].items())
            rows.append((size, job, got["records"], f"{got['wall']:.1f}",
                         f"{got['cpu']:.1f} ({got.get('main_cpu', got['cpu']):.1f})", f"{rate:,.0f}",
                         f"{got['records'] / got['cpu']:,.0f}", speedup, got.get("load", "-"),
                         f"{got['rss_main_mb']:.0f} / {got['rss_worker_mb']:.0f} / {got['rss_total_mb']:.0f}",
                         f"{got['pss_total_mb']:.0f}" if got.get("pss_total_mb") else "-", stages))
            print(f"  done {size} jobs {job}: {rate:,.0f} records/s", file=sys.stderr)
    print(table(("abstracts", "jobs", "records read", "wall s", "CPU s (main)", "records/s", "per CPU-s",
                 "vs jobs 1", "load avg before/after",
                 "peak RSS MB main / worker / tree", "peak PSS MB tree", "stage seconds (wall, summed over workers)"), rows))
    if args.profile:
        size = "200" if args.quick else sizes[0]
        print(f"\nPer-stage share, {size} abstracts, jobs 1, cumulative time under cProfile:\n")
        print(run_child([__file__, "--workdir", str(args.workdir), "--child-profile", size])["table"])


if __name__ == "__main__":
    main()
