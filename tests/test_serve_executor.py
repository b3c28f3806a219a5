"""Issue 14 items 1-3: /sparql runs no SERVICE and fetches no FROM (both backends), every query is bounded in time
and memory in a worker process that is killed and replaced, the server stays responsive, and ``kg serve`` stops on
SIGTERM / Ctrl-C within seconds without leaving a child process."""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from ipkg.errors import QueryError
from ipkg.serve import get_app
from ipkg.serve.executor import QueryExecutor, QueryMemoryError
from ipkg.store import MemoryStore, OxigraphStore, Store
from ipkg.store.base import QueryTimeoutError
from ipkg.store.guard import SERVICE_FAILED, SERVICE_REFUSED

try:
    from tests import publish_fixtures as fx
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    import publish_fixtures as fx  # type: ignore[no-redef]

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

#: issue 14 item 2: a sort over a 3-way product (grew to 4.1 GB in 10 s on the dev graph)
SORT_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
#: issue 14 item 3: a count over a 4-way product (runs for minutes, little memory)
COUNT_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _store(kind: str) -> Store:
    store: Store = OxigraphStore() if kind == "oxigraph" else MemoryStore()
    store.add(fx.STUDIES_TTL)
    store.add(fx.EXTRA_TRIG)
    return store


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request path (what an SSRF would reach)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{"vars":["s"]},"results":{"bindings":[]}}')

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


# -- item 1: SSRF ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["oxigraph", "rdflib"])
def test_sparql_refuses_service_and_never_fetches_from(kind: str, listener: tuple[str, list[str]]) -> None:
    url, hits = listener
    app = get_app(_store(kind), ontology_path=fx.ONTOLOGY_TTL, timeout=20)
    with TestClient(app) as client:
        for query in (
            f"SELECT ?s WHERE {{ SERVICE <{url}/service> {{ ?s ?p ?o }} }}",
            f"SELECT ?s WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE SILENT <{url}/silent> {{ ?s ?q ?v }} }} }}",
            f"select ?s where {{ service <{url}/lower> {{ ?s ?p ?o }} }}",
        ):
            response = client.get("/sparql", params={"query": query})
            assert response.status_code == 400, response.text
            assert response.text.strip() == SERVICE_REFUSED and "127.0.0.1" not in response.text
        for query in (
            f"SELECT ?s FROM <{url}/from> WHERE {{ ?s ?p ?o }}",
            f"SELECT ?s FROM NAMED <{url}/named> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
            "SELECT ?s WHERE { ?s ?p 'SERVICE <http://127.0.0.1:1/>' }",  # the word in a string is no clause
        ):
            assert client.get("/sparql", params={"query": query}).status_code == 200
        load = client.get("/sparql", params={"query": f"LOAD <{url}/load>"})
        assert load.status_code == 403
        app.state.runner.shutdown()
    assert hits == []


@pytest.mark.parametrize("kind", ["oxigraph", "rdflib"])
def test_allowed_service_errors_name_no_host(kind: str) -> None:
    store = _store(kind)
    store.allow_service = True  # type: ignore[attr-defined]
    closed = fx.free_port()
    with pytest.raises(QueryError) as err:
        store.query(f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{closed}/x> {{ ?s ?p ?o }} }}")
    assert str(err.value) == SERVICE_FAILED
    store.allow_service = False  # type: ignore[attr-defined]
    with pytest.raises(QueryError, match="disabled"):
        store.query(f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{closed}/x> {{ ?s ?p ?o }} }}")


# -- items 2 and 3: bounded, cancellable -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["oxigraph", "rdflib"])
def test_memory_limit_stops_a_query_and_the_worker_is_replaced(kind: str) -> None:
    executor = QueryExecutor(_store(kind), timeout=60, workers=1, memory_mb=64)
    try:
        assert executor.run_sync("ASK { ?s ?p ?o }").boolean is True
        before = executor.worker_pids()
        started = time.monotonic()
        with pytest.raises(QueryMemoryError, match="64 MiB"):
            executor.run_sync(SORT_PRODUCT)
        assert time.monotonic() - started < 50  # stopped by memory, not by the time limit
        assert executor.run_sync("ASK { ?s ?p ?o }").boolean is True
        assert executor.worker_pids() != before
    finally:
        executor.shutdown()


def test_timeout_kills_the_worker_and_frees_its_slot_at_once() -> None:
    executor = QueryExecutor(_store("oxigraph"), timeout=0.5, workers=1, queue_wait=0.2)
    try:
        executor.run_sync("ASK {}")
        before = set(executor.worker_pids())  # the worker and the spare
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="within 0.5 s"):
            executor.run_sync(COUNT_PRODUCT)
        assert time.monotonic() - started < 3
        (killed,) = before - set(executor.worker_pids())
        assert not Path(f"/proc/{killed}").exists() or _is_zombie(killed)
        assert executor.run_sync("ASK { ?s ?p ?o }").boolean is True  # the only slot serves again
    finally:
        executor.shutdown()
    assert executor.worker_pids() == []


def _nice(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])


def _in_thread(executor: QueryExecutor, query: str, outcome: list[BaseException]) -> threading.Thread:
    def run() -> None:
        try:
            executor.run_sync(query)
        except BaseException as err:  # noqa: BLE001 - handed to the test
            outcome.append(err)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_long_query_gives_way_to_a_waiting_one() -> None:
    executor = QueryExecutor(_store("oxigraph"), timeout=4, workers=1, queue_wait=10, yield_after=0.5)
    try:
        executor.run_sync("ASK {}")
        outcome: list[BaseException] = []
        heavy = _in_thread(executor, COUNT_PRODUCT, outcome)
        time.sleep(0.3)
        started = time.monotonic()
        assert executor.run_sync("ASK { ?s ?p ?o }").boolean is True  # served once the heavy one ran 0.5 s
        assert time.monotonic() - started < 3
        assert sorted(_nice(pid) for pid in executor.worker_pids())[-1] == 19  # the heavy one, in the background
        second: list[BaseException] = []
        third: list[BaseException] = []
        threads = [heavy, _in_thread(executor, f"{COUNT_PRODUCT} OFFSET 1", second)]
        time.sleep(1.0)
        assert executor.run_sync("ASK {}").boolean is True  # the second goes to the background too (2 per worker)
        threads.append(_in_thread(executor, f"{COUNT_PRODUCT} OFFSET 2", third))
        time.sleep(1.0)
        assert executor.run_sync("ASK {}").boolean is True  # the background is full: the third is stopped
        for thread in threads:
            thread.join(10)
        assert isinstance(outcome[0], QueryTimeoutError) and "within 4 s" in str(outcome[0])
        assert isinstance(second[0], QueryTimeoutError) and "within 4 s" in str(second[0])
        assert isinstance(third[0], QueryTimeoutError) and "to let waiting queries run" in str(third[0])
        assert len(executor.worker_pids()) == 2  # the worker and the spare: background processes are gone
    finally:
        executor.shutdown()


def test_server_stays_responsive_while_workers_are_busy() -> None:
    app = get_app(_store("oxigraph"), ontology_path=fx.ONTOLOGY_TTL, timeout=8, workers=2)
    runner = app.state.runner
    runner.queue_wait = 0.3
    runner.configure(yield_after=0)  # this test wants the heavy queries to keep their workers
    with TestClient(app) as client:
        assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        params = {"params": {"query": COUNT_PRODUCT}}
        heavy = [threading.Thread(target=client.get, args=("/sparql",), kwargs=params) for _ in range(2)]
        for thread in heavy:
            thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        assert client.get("/id/study/pmid-90000001", headers={"Accept": "text/turtle"}).status_code == 200
        busy = client.get("/sparql", params={"query": "ASK {}"})
        assert busy.status_code == 503 and "busy" in busy.text
        assert time.monotonic() - started < 3
        runner.shutdown()  # the heavy queries end now, not in minutes
        for thread in heavy:
            thread.join(10)
            assert not thread.is_alive()


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_kg_serve_stops_within_seconds_and_leaves_no_child(sig: signal.Signals, tmp_path: Path) -> None:
    port = fx.free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipkg", "serve", str(fx.STUDIES_TTL), "--port", str(port), "--timeout", "60"],
        env=env,
        stderr=subprocess.PIPE,
    )
    try:
        fx.wait_http(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", timeout=60, proc=proc)
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": COUNT_PRODUCT})
        for _ in range(3):
            threading.Thread(target=_quietly, args=(url,), daemon=True).start()
        time.sleep(1.0)
        children = _children(proc.pid)
        assert children, "the server runs its queries in worker processes"
        started = time.monotonic()
        proc.send_signal(sig)
        proc.wait(15)
        assert time.monotonic() - started < 8
        time.sleep(0.3)
        assert [pid for pid in children if Path(f"/proc/{pid}").exists() and not _is_zombie(pid)] == []
        assert not list(tmp_path.glob("ipkg-serve-*"))  # the on-disk copy of the graph is removed
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _quietly(url: str) -> None:
    try:
        urllib.request.urlopen(url, timeout=30).read()
    except OSError:
        pass
