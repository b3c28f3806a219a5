"""Fixtures of the publishing tests (store, load, serve, browser): real servers on free loopback ports.

Test modules import what they use (``from publish_fixtures import oxigraph_server``; the lead's
``tests/conftest.py`` is left alone). A missing server binary skips the tests that need it, except under
``CI=true``, where it fails: CI installs every binary (``.ci/run``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = [
    "PUBLISH_DATA",
    "STUDIES_TTL",
    "EXTRA_TRIG",
    "ONTOLOGY_TTL",
    "free_port",
    "wait_http",
    "require_binary",
    "oxigraph_server",
    "oxigraph_url",
    "virtuoso_server",
    "VirtuosoServer",
]

#: the hand-written fixture graphs of the publishing tests
PUBLISH_DATA = Path(__file__).parent / "data" / "publish"
STUDIES_TTL = PUBLISH_DATA / "studies.ttl"
EXTRA_TRIG = PUBLISH_DATA / "extra.trig"
ONTOLOGY_TTL = PUBLISH_DATA / "ontology.ttl"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, timeout: float = 30.0, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Poll ``url`` until it answers with any HTTP status (readiness), or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before it was ready")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError as err:
            last = err
            time.sleep(0.1)
    raise TimeoutError(f"{url} not ready after {timeout} s: {last}")


def stop_process(proc: subprocess.Popen[bytes], log: object, timeout: float = 10.0) -> None:
    """Terminate a server started by a fixture (kill it if it does not stop in ``timeout`` s), close its log."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log.close()  # type: ignore[attr-defined]


def require_binary(name: str, reason: str) -> str:
    """The path of an executable (PATH or this venv's bin); skip without it, fail without it under CI."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found:
        return found
    message = f"{name} is not installed ({reason})"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message + "; CI must install it")
    pytest.skip(message)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``oxigraph serve`` (PyPI package ``oxigraph``) on a free port; yields its base URL."""
    binary = require_binary("oxigraph", "pip install oxigraph")
    location = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    log = (location.parent / "oxigraph-server.log").open("wb")
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/", proc=proc)
        yield base
    finally:
        stop_process(proc, log)


@pytest.fixture()
def oxigraph_url(oxigraph_server: str) -> str:
    """The session server, emptied (``DROP ALL``) before the test; yields its base URL."""
    request = urllib.request.Request(
        oxigraph_server + "/update",
        data=b"DROP ALL",
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10):
        pass
    return oxigraph_server


_VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


class VirtuosoServer(str):
    """The base URL of a Virtuoso server, with its isql port and the folder it may bulk-load from."""

    isql_port: int
    folder: Path


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Virtuoso 7 (Debian ``virtuoso-opensource-7-bin``, user ``dba``/``dba``); yields its base URL."""
    binary = require_binary("virtuoso-t", "apt-get install virtuoso-opensource-7-bin")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, isql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(d=folder, isql=isql_port, http=http_port))
    log = (folder / "stdout.log").open("wb")
    proc = subprocess.Popen([binary, "-f", "-c", str(ini)], cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    base = VirtuosoServer(f"http://127.0.0.1:{http_port}")
    base.isql_port, base.folder = isql_port, folder
    try:
        wait_http(base + "/sparql?query=ASK%7B%7D", timeout=120, proc=proc)
        yield base
    finally:
        stop_process(proc, log, timeout=30)
