"""Bounded load test of ``kg serve`` on loopback: concurrent SPARQL requests, latency percentiles, errors, RSS.

Starts ``kg serve`` (``python -m ipkg.cli_publish serve``) on 127.0.0.1 and a free port over the given graph
files (default: the publishing test fixtures), then runs THREADS x REQUESTS SPARQL requests of the normal mix,
while --heavy more threads keep sending the abusive queries of issue 14 (a sorted 3-way product, a 4-way count)
that only the server's limits stop; stops early after --max-seconds. Prints requests/s and p50/p99 of the normal
mix, what the heavy queries got (503 by time or memory), and the peak RSS of the server and its workers (summed).
Only loopback is ever contacted.

    .venv/bin/python bench/bench_serve.py                      # 4 threads x 200 requests, 2 heavy, fixture graph
    .venv/bin/python bench/bench_serve.py out/graph.nq --threads 2 --requests 500 --max-seconds 60 --heavy 4
    .venv/bin/python bench/bench_serve.py --url http://127.0.0.1:8000   # an already running kg serve (no RSS)
    .venv/bin/python bench/bench_serve.py 9k.nt --pages                 # browser page latencies, one reader

``--pages`` times the HTML pages a reader opens, one request at a time (landing, search, study lists, study,
concept, finding pages and the SPARQL form), picking the pages from the server's own lists: the most mentioned
concepts (the heaviest concept pages) and studies spread over the whole list.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = [REPO / "tests" / "data" / "publish" / "studies.ttl", REPO / "tests" / "data" / "publish" / "extra.trig"]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

#: the mix of queries a client of the endpoint sends
QUERIES = [
    "PREFIX ipkg: <https://w3id.org/ipkg/ontology#> SELECT ?c (COUNT(DISTINCT ?s) AS ?n) "
    "WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n)",
    "PREFIX ipkg: <https://w3id.org/ipkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?f ?sl ?p ?ol ?ev WHERE { ?f a ipkg:Finding ; ipkg:subject ?s ; ipkg:predicate ?p ; ipkg:object ?o ; "
    "ipkg:evidence ?ev OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol } } ORDER BY ?f LIMIT 100",
    "PREFIX ipkg: <https://w3id.org/ipkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
    "SELECT ?s ?t WHERE { ?s a ipkg:Study ; dcterms:title ?t } ORDER BY ?s LIMIT 50",
    "ASK { ?s ?p ?o }",
]
#: what an abusive client sends (issue 14 items 2 and 3): unbounded memory, unbounded time
HEAVY_QUERIES = [
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1",
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kg serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"kg serve not ready after {timeout} s")


def _start(files: list[Path], timeout: float, extra: list[str]) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
    command = [
        sys.executable,
        "-m",
        "ipkg.cli_publish",
        "serve",
        *map(str, files),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--timeout",
        str(timeout),
        *extra,
    ]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    _wait(url + "/", proc)
    return proc, url


def run(url: str, threads: int, requests: int, max_seconds: float, heavy: int = 0, vary: bool = False
        ) -> dict[str, object]:
    """Fire ``threads`` x ``requests`` queries at ``url``/sparql while ``heavy`` threads send heavy ones until the
    others are done (``vary``: each heavy query made unique by its OFFSET); returns latencies and errors."""
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    heavy_outcomes: Counter[str] = Counter()
    heavy_latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + max_seconds
    done = threading.Event()

    def send(query: str) -> tuple[str | None, float]:
        body = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(
            url + "/sparql",
            data=body,
            method="POST",
            headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
        )
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
            outcome = None
        except urllib.error.HTTPError as err:
            outcome = f"HTTP {err.code}"
            if err.code == 503:
                text = err.read().decode("utf-8", "replace")
                outcome += (" (memory)" if "memory" in text else " (time)" if "within" in text else
                            " (repeat refused)" if "not run again" in text else " (gave way)" if "waiting" in text
                            else " (busy)")
        except OSError as err:
            outcome = type(err).__name__
        return outcome, time.perf_counter() - started

    def worker(index: int) -> None:
        for i in range(requests):
            if time.monotonic() > stop_at:
                return
            outcome, elapsed = send(QUERIES[(index + i) % len(QUERIES)])
            with lock:
                if outcome is None:
                    latencies.append(elapsed)
                else:
                    errors[outcome] += 1

    def abuser(index: int) -> None:
        i = index
        while not done.is_set() and time.monotonic() < stop_at:
            query = HEAVY_QUERIES[i % len(HEAVY_QUERIES)]
            outcome, elapsed = send(f"{query} OFFSET {index * 10_000 + i}" if vary else query)
            i += 1
            with lock:
                heavy_outcomes[outcome or "200"] += 1
                heavy_latencies.append(elapsed)

    began = time.perf_counter()
    abusers = [threading.Thread(target=abuser, args=(n,)) for n in range(heavy)]
    for thread in abusers:
        thread.start()
    pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    seconds = time.perf_counter() - began
    done.set()
    for thread in abusers:
        thread.join()
    return {"latencies": latencies, "errors": errors, "seconds": seconds, "heavy": heavy_outcomes,
            "heavy_latencies": heavy_latencies}


#: search words a reader types (a common word, a drug, a cytokine, a prefix, two words, a miss)
SEARCHES = ("depression", "ketamine", "interleukin", "microgl", "tnf alpha", "zzzqqq")


def _get(url: str) -> tuple[float, str]:
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/html"}), timeout=60) as answer:
        body = answer.read().decode("utf-8")
    return time.perf_counter() - started, body


def pages(url: str, samples: int = 20) -> dict[str, list[float]]:
    """Latencies (s) of the browser's pages by kind, fetched one at a time; the pages are found on the server."""
    times: dict[str, list[float]] = {}

    def timed(kind: str, path: str) -> str:
        elapsed, body = _get(url + html.unescape(path))
        times.setdefault(kind, []).append(elapsed)
        return body

    for _ in range(3):
        timed("landing /", "/")
        timed("/sparql form", "/sparql")
    for word in SEARCHES:
        timed("/search?q=", "/search?q=" + urllib.parse.quote(word))
    first = timed("/studies (page 1)", "/studies")
    total = int(re.search(r"of <b>([\d,]+)</b> studies", first).group(1).replace(",", ""))  # type: ignore[union-attr]
    last_page = max(1, -(-total // 50))
    studies: list[str] = []
    for n in range(samples):
        page = 1 + n * (last_page - 1) // max(1, samples - 1)
        body = timed("/studies?page=N&sort=title", f"/studies?sort=title&page={page}")
        studies += re.findall(r'href="(/id/study/[^"#]+)"', body)[:1]
    concepts: list[str] = []
    for kind in ("Disorder", "Intervention", "Cytokine", "ImmuneCell", "Pathway"):
        body = timed("/concepts?class=", f"/concepts?class={kind}")
        concepts += re.findall(r'href="(/c/[^"]+|/id/concept/[^"]+)"', body)[:4]
    findings: list[str] = []
    for path in studies[:samples]:
        body = timed("study page", path)
        findings += re.findall(r'href="(/id/study/[^"#]+/finding/[^"#]+)"', body)[:1]
    for path in concepts[:samples]:
        timed("concept page", path)
    for path in findings[:samples]:
        timed("finding page", path)
    return times


def _pages_report(times: dict[str, list[float]]) -> str:
    rows = ["| page | requests | p50 | p95 | max |", "|---|---|---|---|---|"]
    for kind, values in times.items():
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
        rows.append(
            f"| {kind} | {len(ordered)} | {statistics.median(ordered) * 1000:.0f} ms | {p95 * 1000:.0f} ms "
            f"| {ordered[-1] * 1000:.0f} ms |"
        )
    return "\n".join(rows)


def _report(outcome: dict[str, object]) -> str:
    latencies = sorted(outcome["latencies"])  # type: ignore[call-overload]
    errors: Counter[str] = outcome["errors"]  # type: ignore[assignment]
    seconds = float(outcome["seconds"])  # type: ignore[arg-type]
    lines = [f"requests ok: {len(latencies)}, errors: {sum(errors.values())} {dict(errors) or ''}".rstrip()]
    if latencies:
        q = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
        ms = lambda v: f"{v * 1000:.1f} ms"  # noqa: E731
        lines.append(f"latency p50 {ms(q[49])}  p90 {ms(q[89])}  p99 {ms(q[98])}  max {ms(latencies[-1])}")
        lines.append(f"throughput {len(latencies) / seconds:.1f} requests/s over {seconds:.1f} s")
    heavy: Counter[str] = outcome.get("heavy") or Counter()  # type: ignore[assignment]
    if heavy:
        slowest = max(outcome["heavy_latencies"])  # type: ignore[type-var]
        lines.append(f"heavy queries: {dict(sorted(heavy.items()))}, slowest answer {slowest:.1f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="graph files to serve (default: test fixtures)")
    parser.add_argument("--url", help="an already running kg serve on loopback")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--requests", type=int, default=200, help="requests per thread")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="stop firing after this long")
    parser.add_argument("--query-timeout", type=float, default=10.0, help="kg serve --timeout")
    parser.add_argument("--pages", action="store_true", help="time the browser's HTML pages instead of SPARQL")
    parser.add_argument("--samples", type=int, default=20, help="--pages: studies, concepts, findings to open")
    parser.add_argument("--heavy", type=int, default=2, help="threads sending heavy queries meanwhile (0: none)")
    parser.add_argument("--vary-heavy", action="store_true", help="make each heavy query unique (its OFFSET)")
    parser.add_argument("--workers", type=int, default=None, help="kg serve --workers")
    parser.add_argument("--query-memory", type=int, default=None, help="kg serve --query-memory (MiB)")
    args = parser.parse_args(argv)
    if not (1 <= args.threads <= 32 and 1 <= args.requests <= 10_000 and 0 < args.max_seconds <= 600):
        parser.error("bounds: 1-32 threads, 1-10000 requests per thread, at most 600 s")
    proc = None
    if args.url:
        host = urllib.parse.urlsplit(args.url).hostname
        if host not in LOOPBACK:
            parser.error(f"--url must be on loopback (127.0.0.1, localhost, ::1), not {host!r}")
        url = args.url.rstrip("/")
    else:
        extra = [*(["--workers", str(args.workers)] if args.workers else []),
                 *(["--query-memory", str(args.query_memory)] if args.query_memory else [])]
        started = time.perf_counter()
        proc, url = _start(args.files or FIXTURES, args.query_timeout, extra)
        print(f"kg serve ready in {time.perf_counter() - started:.1f} s (load, ontology hierarchy, browser index)")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import RssSampler

    sampler = RssSampler()
    try:
        if args.pages:
            print(f"browser pages of {url}, one request at a time")
            print(_pages_report(pages(url, args.samples)))
            return 0
        print(f"{args.threads} threads x {args.requests} requests against {url}/sparql (max {args.max_seconds:g} s),"
              f" {args.heavy} threads of heavy queries meanwhile{' (each text unique)' if args.vary_heavy else ''}")
        with sampler:
            outcome = run(url, args.threads, args.requests, args.max_seconds, args.heavy, args.vary_heavy)
        print(_report(outcome))
        if proc is not None:
            print(f"peak RSS of kg serve and its workers (+ this bench): {sampler.peak_total / 2**20:,.0f} MB")
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
