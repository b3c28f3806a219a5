"""Issue 14 item 11: ``kg load`` never shows credentials from the URL, and ``--user`` without a password stops with
one line instead of sending an empty password."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from ipkg.errors import StoreError, redact
from ipkg.store.auth import Auth, split_userinfo

try:
    from tests import publish_fixtures as fx
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    import publish_fixtures as fx  # type: ignore[no-redef]

SECRET, TOKEN = "s3cretpw", "tok3n123"


@pytest.fixture
def failing_store() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """A store that answers 500 to everything, recording each request's headers."""
    seen: list[dict[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            seen.append(dict(self.headers))
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(500)
            self.send_header("Content-Length", "4")
            self.end_headers()
            self.wfile.write(b"boom")

        do_GET = do_PUT = do_POST = _answer  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_port}", seen
    server.shutdown()


def _kg_load(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("IPKG_STORE_")}
    base["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return subprocess.run(
        [sys.executable, "-m", "ipkg", "-v", "load", str(fx.STUDIES_TTL), *args],
        env={**base, **(env or {})},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_credentials_in_the_url_never_appear(failing_store: tuple[str, list[dict[str, str]]]) -> None:
    host, seen = failing_store
    run = _kg_load("--to", f"http://admin:{SECRET}@{host}/store?token={TOKEN}", "--retries", "1", "--no-bulk")
    assert run.returncode == 3
    assert SECRET not in run.stderr and TOKEN not in run.stderr, run.stderr
    assert "***" in run.stderr and "retrying" in run.stderr  # the retry warning is redacted too
    closed = fx.free_port()
    run = _kg_load("--to", f"http://admin:{SECRET}@127.0.0.1:{closed}/store", "--retries", "0")
    assert run.returncode == 3 and SECRET not in run.stderr and "unreachable" in run.stderr


def test_user_without_password_is_refused_before_any_request(failing_store: tuple[str, list[dict[str, str]]]) -> None:
    host, seen = failing_store
    run = _kg_load("--to", f"http://{host}/store", "--user", "admin", "--retries", "0")
    assert run.returncode == 2 and seen == []
    (line,) = [line for line in run.stderr.splitlines() if line.startswith("Error:")]
    assert "'admin' has no password" in line and "IPKG_STORE_PASSWORD" in line
    run = _kg_load("--to", f"http://{host}/store", "--user", "admin", "--retries", "0",
                   env={"IPKG_STORE_PASSWORD": SECRET})
    assert run.returncode == 3 and seen and SECRET not in run.stderr  # with a password it is sent


def test_redaction_helpers() -> None:
    assert split_userinfo(f"https://u:{SECRET}@h/x")[0] == "https://h/x"
    assert SECRET not in str(StoreError(f"failed at https://u:{SECRET}@h/x?api_key={TOKEN}"))
    assert redact("http://h/x?graph=g") == "http://h/x?graph=g"
    with pytest.raises(ValueError, match="no password"):
        Auth.from_env({}, user="admin")
    assert Auth.from_env({"IPKG_STORE_TOKEN": TOKEN}, user="admin") is not None
