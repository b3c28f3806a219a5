"""``kg load`` against a real Oxigraph server (PyPI ``oxigraph`` binary), through a small recording proxy where a
test needs to see or disturb the traffic (auth, failures, a store without the Graph Store Protocol).
"""

from __future__ import annotations

import base64
import http.server
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipkg.cli_publish import load as load_command
from ipkg.errors import StoreError
from ipkg.load import load_graph
from ipkg.store import OxigraphStore
from ipkg.store.http import Auth, HttpStore, derive_endpoints

try:
    from tests import publish_fixtures as fx
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    import publish_fixtures as fx  # type: ignore[no-redef]

EXTRA_TRIG = fx.EXTRA_TRIG
STUDIES_TTL = fx.STUDIES_TTL
free_port = fx.free_port
oxigraph_server = fx.oxigraph_server
oxigraph_url = fx.oxigraph_url
virtuoso_server = fx.virtuoso_server

GRAPH = "https://w3id.org/ipkg/id/graph/test"
FILES = [STUDIES_TTL, EXTRA_TRIG]
SELECT = (
    "PREFIX ipkg: <https://w3id.org/ipkg/ontology#> SELECT ?f ?ev WHERE { ?f a ipkg:Finding ; ipkg:evidence ?ev } "
    "ORDER BY ?f"
)


@dataclass
class ProxyConfig:
    """How the proxy behaves: credentials it demands, failures it injects, requests it records."""

    upstream: str
    expect_auth: str | None = None
    fail_first: int = 0
    gsp_status: int | None = None
    drop_posts: set[int] = field(default_factory=set)
    log: list[tuple[str, str, int]] = field(default_factory=list)
    posts: int = 0


class _Handler(http.server.BaseHTTPRequestHandler):
    config: ProxyConfig

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        cfg = self.config
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        cfg.log.append((self.command, self.path, len(body)))
        if cfg.expect_auth is not None and self.headers.get("Authorization") != cfg.expect_auth:
            return self._reply(401, b"unauthorised", {"WWW-Authenticate": 'Basic realm="test"'})
        if cfg.fail_first > 0:
            cfg.fail_first -= 1
            return self._reply(503, b"try later")
        path = self.path.split("?")[0]
        if path.endswith("/data") and cfg.gsp_status is not None:  # a store without the Graph Store Protocol
            return self._reply(cfg.gsp_status, b"no graph store here")
        if self.command == "POST" and path.endswith("/data"):
            cfg.posts += 1
            if cfg.posts in cfg.drop_posts:  # pretend to accept, store nothing
                return self._reply(204)
        upstream_path = self.path.replace("/ds/data", "/store").replace("/ds/update", "/update")
        upstream_path = upstream_path.replace("/ds/query", "/query")
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(
            cfg.upstream + upstream_path, data=body or None, headers=headers, method=self.command
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                self._reply(
                    response.status, response.read(), {"Content-Type": response.headers.get("Content-Type", "")}
                )
        except urllib.error.HTTPError as err:
            self._reply(err.code, err.read(), {"Content-Type": err.headers.get("Content-Type", "")})

    do_GET = do_POST = do_PUT = do_DELETE = _handle


@pytest.fixture()
def proxy(oxigraph_url: str) -> Iterator[ProxyConfig]:
    """A Fuseki-shaped front (``/ds/data``, ``/ds/query``, ``/ds/update``) forwarding to the Oxigraph server."""
    config = ProxyConfig(upstream=oxigraph_url)
    handler = type("Handler", (_Handler,), {"config": config})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    config.upstream = oxigraph_url
    config.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield config
    server.shutdown()
    server.server_close()


def _rows(store: object) -> list[tuple[str, str]]:
    return sorted((r["f"], r["ev"]) for r in store.query(SELECT).values())  # type: ignore[attr-defined]


def test_round_trip_counts_and_rows(oxigraph_url: str) -> None:
    result = load_graph(FILES, oxigraph_url + "/store")
    assert (result.triples_read, result.triples_sent, result.batches) == (124, 122, 1)
    assert result.store_count_after == 122 and result.count_ok
    assert result.method == "gsp-bulk"  # Oxigraph: one streamed POST to its bulk loader
    local = OxigraphStore.from_files(FILES)
    with HttpStore.from_url(oxigraph_url + "/store") as remote:
        assert _rows(remote) == _rows(local) and len(_rows(local)) == 5


def _graph_rows(to: str) -> list[tuple[str, str, str]]:
    with HttpStore.from_url(to) as remote:
        rows = remote.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}").values()
    return sorted((r["s"], r["p"], r["o"]) for r in rows)


def test_oxigraph_bulk_stream_and_transactional_batches_load_the_same(oxigraph_url: str) -> None:
    to = oxigraph_url + "/store"
    bulk = load_graph(FILES, to, graph=GRAPH, batch_triples=10)
    assert (bulk.method, bulk.batches, bulk.store_count_after, bulk.count_ok) == ("gsp-bulk", 13, 122, True)
    streamed = _graph_rows(to)
    plain = load_graph(FILES, to, graph=GRAPH, batch_triples=10, bulk=False)  # replaces the graph batch by batch
    assert (plain.method, plain.batches, plain.store_count_after, plain.count_ok) == ("gsp", 13, 122, True)
    assert _graph_rows(to) == streamed and len(streamed) == 122


def test_a_bad_file_mid_stream_stops_the_load_with_its_name(oxigraph_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "broken.nt"
    bad.write_text('<http://e/a> <http://e/p> "unterminated .\n', encoding="utf-8")
    with pytest.raises(StoreError, match="broken.nt"):
        load_graph([*FILES, bad], oxigraph_url + "/store", batch_triples=10)


def test_batches_of_ten_are_separate_requests(proxy: ProxyConfig) -> None:
    result = load_graph(FILES, proxy.url + "/ds/data", batch_triples=10)  # type: ignore[attr-defined]
    assert result.batches == 13 and result.count_ok
    writes = [(m, n) for m, p, n in proxy.log if p.startswith("/ds/data")]
    assert [m for m, _ in writes] == ["PUT"] + ["POST"] * 12
    assert all(0 < n < 2_000 for _, n in writes)  # never the whole graph in one body


def test_replace_then_append(oxigraph_url: str) -> None:
    to = oxigraph_url + "/store"
    assert load_graph([STUDIES_TTL], to, graph=GRAPH).store_count_after == 101
    appended = load_graph([EXTRA_TRIG], to, graph=GRAPH, mode="append")
    assert (appended.store_count_before, appended.store_count_after, appended.count_ok) == (101, 122, True)
    replaced = load_graph([EXTRA_TRIG], to, graph=GRAPH, mode="replace")
    assert replaced.store_count_after == 23 and replaced.count_ok
    with HttpStore.from_url(to) as remote:
        assert remote.count() == 0  # the default graph was never touched


def test_sparql_update_path(oxigraph_url: str) -> None:
    to = oxigraph_url + "/store"
    load_graph([STUDIES_TTL], to, graph=GRAPH)
    result = load_graph([EXTRA_TRIG], to, graph=GRAPH, update_url=oxigraph_url + "/update", batch_triples=7)
    assert result.method == "update" and result.batches == 4
    assert result.store_count_after == 23 and result.count_ok  # CLEAR then INSERT DATA


def test_falls_back_to_update_when_gsp_is_missing(proxy: ProxyConfig) -> None:
    proxy.gsp_status = 405
    result = load_graph(FILES, proxy.url + "/ds/data", batch_triples=50)  # type: ignore[attr-defined]
    assert result.method == "update" and result.count_ok and result.store_count_after == 122
    assert any(p == "/ds/update" for _, p, _ in proxy.log)


def test_retries_5xx_then_succeeds(proxy: ProxyConfig) -> None:
    proxy.fail_first = 2
    result = load_graph([STUDIES_TTL], proxy.url + "/ds/data", retries=3)  # type: ignore[attr-defined]
    assert result.count_ok


def test_gives_up_after_retries(proxy: ProxyConfig) -> None:
    proxy.fail_first = 10
    with pytest.raises(StoreError, match=r"HTTP 503.*after 2 attempts"):
        load_graph([STUDIES_TTL], proxy.url + "/ds/data", retries=1)  # type: ignore[attr-defined]


def test_basic_auth_required(proxy: ProxyConfig) -> None:
    proxy.expect_auth = "Basic " + base64.b64encode(b"loader:right-password").decode()
    url = proxy.url + "/ds/data"  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="401") as caught:
        load_graph([STUDIES_TTL], url, auth=Auth("loader", "wrong-password"), retries=0)
    assert "wrong-password" not in str(caught.value)
    with pytest.raises(StoreError, match="401"):
        load_graph([STUDIES_TTL], url, retries=0)  # no credentials at all
    ok = load_graph([STUDIES_TTL], url, auth=Auth("loader", "right-password"))
    assert ok.count_ok


def test_bearer_token_from_env(proxy: ProxyConfig, monkeypatch: pytest.MonkeyPatch) -> None:
    proxy.expect_auth = "Bearer t0ken"
    monkeypatch.setenv("MY_TOKEN", "t0ken")
    result = CliRunner().invoke(
        load_command,
        [str(STUDIES_TTL), "--to", proxy.url + "/ds/data", "--token-env", "MY_TOKEN"],  # type: ignore[attr-defined]
    )
    assert result.exit_code == 0, result.output
    assert "count check OK" in result.output and "t0ken" not in result.output


def test_cli_bad_password_exits_3_without_echoing_it(proxy: ProxyConfig, monkeypatch: pytest.MonkeyPatch) -> None:
    proxy.expect_auth = "Basic " + base64.b64encode(b"loader:right").decode()
    monkeypatch.setenv("IPKG_STORE_PASSWORD", "sup3r-secret")
    result = CliRunner().invoke(
        load_command,
        [str(STUDIES_TTL), "--to", proxy.url + "/ds/data", "--user", "loader", "--retries", "0"],  # type: ignore[attr-defined]
    )
    assert result.exit_code == 3, result.output
    assert "401" in result.output and "sup3r-secret" not in result.output


def test_cli_count_mismatch_exits_1(proxy: ProxyConfig) -> None:
    proxy.drop_posts = {2}  # the store acknowledges the second batch but keeps nothing
    result = CliRunner().invoke(load_command, [str(STUDIES_TTL), "--to", proxy.url + "/ds/data", "--batch", "30"])  # type: ignore[attr-defined]
    assert result.exit_code == 1, result.output
    assert "count check FAILED" in result.output and "expected 101" in result.output


def test_cli_summary(oxigraph_url: str) -> None:
    result = CliRunner().invoke(load_command, [*map(str, FILES), "--to", oxigraph_url + "/store", "--batch", "40"])
    assert result.exit_code == 0, result.output
    assert "sent 122 distinct triples (124 read)" in result.output and "in 4 batches via gsp-bulk" in result.output
    assert "triples/s" in result.output and "count check OK" in result.output


def test_unreachable_store_exits_3() -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(StoreError, match="unreachable"):
        load_graph([STUDIES_TTL], url, retries=0)
    result = CliRunner().invoke(load_command, [str(STUDIES_TTL), "--to", url, "--retries", "0"])
    assert result.exit_code == 3 and "unreachable" in result.output


def test_dry_run_sends_nothing(proxy: ProxyConfig) -> None:
    result = load_graph(FILES, proxy.url + "/ds/data", dry_run=True, batch_triples=10)  # type: ignore[attr-defined]
    assert (result.triples_sent, result.batches, result.method, result.count_ok) == (122, 13, "dry-run", None)
    assert proxy.log == []


def test_malformed_file_names_it(tmp_path: Path, oxigraph_url: str) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("<http://e/a> <http://e/b> .\n")
    with pytest.raises(StoreError, match="broken.ttl"):
        load_graph([bad], oxigraph_url + "/store")


def test_endpoint_derivation() -> None:
    assert derive_endpoints("http://h:3030/ds/data").update == "http://h:3030/ds/update"
    virtuoso = derive_endpoints("http://h:8890/sparql-graph-crud-auth")
    assert (virtuoso.query, virtuoso.update) == ("http://h:8890/sparql", "http://h:8890/sparql-auth")
    graphdb = derive_endpoints("http://h:7200/repositories/ipkg/statements")
    assert (graphdb.query, graphdb.flavour) == ("http://h:7200/repositories/ipkg", "rdf4j")
    assert derive_endpoints("http://h/elsewhere").query is None
    with pytest.raises(StoreError):
        derive_endpoints("ftp://h/store")


# -- Virtuoso (Debian virtuoso-opensource-7-bin; CI installs it) -----------------------------------------------


VIRTUOSO_GRAPH = "https://w3id.org/ipkg/id/graph/virtuoso-test"


def test_virtuoso_digest_auth_round_trip(virtuoso_server: str) -> None:
    to = virtuoso_server + "/sparql-graph-crud-auth"
    dba = Auth("dba", "dba")
    result = load_graph(FILES, to, graph=VIRTUOSO_GRAPH, auth=dba, batch_triples=50)
    assert result.batches == 3 and result.store_count_after == 122 and result.count_ok
    appended = load_graph([STUDIES_TTL], to, graph=VIRTUOSO_GRAPH, auth=dba, mode="append")
    assert appended.store_count_after == 122 and appended.count_ok  # nothing new
    local = OxigraphStore.from_files(FILES)
    graph_select = SELECT.replace("WHERE {", f"FROM <{VIRTUOSO_GRAPH}> WHERE {{")
    with HttpStore.from_url(to, auth=dba) as remote:
        remote_rows = sorted((r["f"], r["ev"]) for r in remote.query(graph_select).values())
    assert remote_rows == _rows(local)
    with pytest.raises(StoreError, match="401"):
        load_graph([STUDIES_TTL], to, graph=VIRTUOSO_GRAPH, auth=Auth("dba", "wrong"), retries=0)


def test_virtuoso_needs_a_graph(virtuoso_server: str) -> None:
    with pytest.raises(ValueError, match="--graph"):
        load_graph([STUDIES_TTL], virtuoso_server + "/sparql-graph-crud-auth", auth=Auth("dba", "dba"))


def test_virtuoso_bulk_loader_recipe(virtuoso_server: str, tmp_path: Path) -> None:
    """The ld_dir / rdf_loader_run recipe of docs/publishing.md, run through isql-vt as written there."""
    import shutil
    import subprocess

    isql = shutil.which("isql-vt")
    if isql is None:
        pytest.skip("isql-vt is not installed (Debian virtuoso-opensource-7-bin)")
    data = virtuoso_server.folder / "bulk"  # type: ignore[attr-defined]
    data.mkdir(exist_ok=True)
    shutil.copy(STUDIES_TTL, data / "studies.ttl")
    graph = "https://w3id.org/ipkg/id/graph/bulk"
    for statement in (f"ld_dir('{data}', '*.ttl', '{graph}');", "rdf_loader_run();", "checkpoint;"):
        done = subprocess.run(
            [isql, f"127.0.0.1:{virtuoso_server.isql_port}", "dba", "dba", f"exec={statement}"],  # type: ignore[attr-defined]
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
    with HttpStore.from_url(virtuoso_server + "/sparql-graph-crud-auth") as remote:
        assert remote.count(graph) == 101


def test_cli_help_and_usage_errors(tmp_path: Path) -> None:
    from ipkg.cli_publish import serve as serve_command

    runner = CliRunner()
    assert "Exit codes" in runner.invoke(load_command, ["--help"]).output
    assert runner.invoke(load_command, [str(STUDIES_TTL)]).exit_code == 2  # --to missing
    assert (
        runner.invoke(load_command, [str(tmp_path / "missing.ttl"), "--to", "http://127.0.0.1:1/store"]).exit_code == 2
    )
    assert runner.invoke(serve_command, []).exit_code == 2
    assert runner.invoke(serve_command, ["--store", str(tmp_path / "nothing")]).exit_code == 2
