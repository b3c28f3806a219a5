"""``kg query`` stays local (no SERVICE request unless --allow-service) and a ``--store`` answers the shipped
queries on its own (the ontology hierarchy is loaded with the data by ``kg build --store``)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from click.testing import CliRunner

from ipkg.cli import main
from tests.constants import SEEDS

SERVICE_QUERY = "SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"


def _listener() -> tuple[socket.socket, list[bytes]]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(5)
    seen: list[bytes] = []

    def accept() -> None:
        try:
            conn, _ = server.accept()
            seen.append(conn.recv(1024))
            conn.close()
        except OSError:
            pass

    threading.Thread(target=accept, daemon=True).start()
    return server, seen


def _graph(tmp_path: Path) -> Path:
    out = tmp_path / "kg.ttl"
    done = CliRunner().invoke(main, ["-q", "build", str(SEEDS), "-o", str(out), "--no-metadata"])
    assert done.exit_code == 0, done.output
    return out


def test_service_is_refused_without_a_request_and_in_one_line(tmp_path: Path) -> None:
    graph = _graph(tmp_path)
    server, seen = _listener()
    port = server.getsockname()[1]
    done = CliRunner().invoke(main, ["query", str(graph), SERVICE_QUERY.format(port=port)])
    server.close()
    assert done.exit_code == 2, done.output
    assert "SERVICE" in done.output and "--allow-service" in done.output and "Traceback" not in done.output
    assert seen == []


def test_allowed_service_that_fails_is_a_clean_error(tmp_path: Path) -> None:
    graph = _graph(tmp_path)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    done = CliRunner().invoke(main, ["query", "--allow-service", str(graph), SERVICE_QUERY.format(port=port)])
    assert done.exit_code == 2, done.output
    assert "SERVICE request" in done.output and done.exception is None or isinstance(done.exception, SystemExit)


def test_a_built_store_answers_hierarchy_queries_alone(tmp_path: Path) -> None:
    store = tmp_path / "store"
    built = CliRunner().invoke(main, ["-q", "build", str(SEEDS), "--store", str(store), "-o", str(tmp_path / "k.nt"),
                                      "--no-metadata"])
    assert built.exit_code == 0, built.output
    done = CliRunner().invoke(main, ["query", "--store", str(store), "--name", "clinical-trials", "--output", "csv"])
    assert done.exit_code == 0, done.output
    rows = done.output.strip().splitlines()[1:]
    assert rows and any("RandomizedControlledTrial" in row for row in rows), done.output
