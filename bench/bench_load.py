"""``kg load`` throughput into a local ``oxigraph serve`` (loopback, a free port), against bulk loading.

    python bench/bench_load.py            # the 9k and 90k graphs
    python bench/bench_load.py --quick    # the 1k graph
    python bench/bench_load.py --batch 50000,200000

The server is the ``oxigraph`` binary of the PyPI ``oxigraph`` package (in the venv's bin), started on
127.0.0.1 with a fresh on-disk location per run, and stopped at the end. ``kg load`` sends N-Triples batches over
the SPARQL 1.1 Graph Store Protocol and checks the count; the reference rows are ``oxigraph load`` (the server's
own bulk loader, offline) and ``pyoxigraph.Store.bulk_load`` (what ``kg build --store`` does).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import corpus_files, machine, table


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _oxigraph() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise SystemExit("the oxigraph binary is missing: pip install oxigraph")
    return found


def _graph(size: str, workdir: Path) -> Path:
    from ipkg.pipeline import BuildOptions, build

    out = workdir / f"graph-{size}.nt"
    if not out.exists():
        build([str(p) for p in corpus_files(size, workdir)], BuildOptions(output=out, fmt="ntriples", jobs=2,
                                                                         keep_invalid=True))
    return out


def _serve(location: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("oxigraph serve did not come up in 30 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--batch", default="50000,200000", help="kg load --batch values to try")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "ipkg-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    import pyoxigraph as ox

    kg = shutil.which("kg", path=str(Path(sys.executable).parent)) or "kg"
    sizes = ["1k"] if args.quick else ["9k", "90k"]
    print(f"machine: {machine()}")
    print("loopback only; each row a fresh on-disk store; M triples/s = triples / wall seconds\n")
    rows = []
    for size in sizes:
        nt = _graph(size, args.workdir)
        triples = sum(1 for _ in nt.open("rb"))
        for batch in [int(b) for b in args.batch.split(",")]:
            location = Path(tempfile.mkdtemp(prefix="oxi-", dir=args.workdir))
            port = _free_port()
            server = _serve(location, port)
            try:
                start = time.perf_counter()
                run = subprocess.run([kg, "load", str(nt), "--to", f"http://127.0.0.1:{port}/store",
                                      "--batch", str(batch), "--timeout", "600"], capture_output=True, text=True)
                wall = time.perf_counter() - start
            finally:
                server.terminate()
                server.wait(timeout=30)
                shutil.rmtree(location, ignore_errors=True)
            status = "ok" if run.returncode == 0 else f"exit {run.returncode}: {run.stderr.strip()[-200:]}"
            rows.append((size, f"kg load --batch {batch:,} -> oxigraph serve", f"{triples:,}", f"{wall:.1f}",
                         f"{triples / wall / 1e6:.2f}", status))
        location = Path(tempfile.mkdtemp(prefix="oxi-", dir=args.workdir))
        start = time.perf_counter()
        run = subprocess.run([_oxigraph(), "load", "--location", str(location), "--file", str(nt)],
                             capture_output=True, text=True)
        wall = time.perf_counter() - start
        shutil.rmtree(location, ignore_errors=True)
        rows.append((size, "oxigraph load (offline bulk)", f"{triples:,}", f"{wall:.1f}", f"{triples / wall / 1e6:.2f}",
                     "ok" if run.returncode == 0 else f"exit {run.returncode}"))
        location = Path(tempfile.mkdtemp(prefix="oxi-", dir=args.workdir))
        start = time.perf_counter()
        store = ox.Store(str(location))
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        wall = time.perf_counter() - start
        del store
        shutil.rmtree(location, ignore_errors=True)
        rows.append((size, "pyoxigraph bulk_load (kg build --store)", f"{triples:,}", f"{wall:.1f}",
                     f"{triples / wall / 1e6:.2f}", "ok"))
    print(table(("graph", "how", "triples", "wall s", "M triples/s", "status"), rows))


if __name__ == "__main__":
    main()
