"""What a reader sees: Debian's headless Chromium against ``kg serve`` (the real command, uvicorn on a free
loopback port). Also saves ``docs/img/study-page.png`` for the README.

Chromium missing: skipped locally, a failure under ``CI=true`` (``.ci/run`` installs ``chromium``).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


try:
    from tests import publish_fixtures as fx
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    import publish_fixtures as fx  # type: ignore[no-redef]

EXTRA_TRIG = fx.EXTRA_TRIG
ONTOLOGY_TTL = fx.ONTOLOGY_TTL
STUDIES_TTL = fx.STUDIES_TTL
free_port = fx.free_port
require_binary = fx.require_binary
wait_http = fx.wait_http

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SCREENSHOT = REPO / "docs" / "img" / "study-page.png"
#: the flags this machine needs for headless Chromium (no sandbox as root, no background network)
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    return require_binary("chromium", "apt-get install chromium")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``kg serve`` (as ``python -m ipkg.cli_publish serve``) on a free loopback port."""
    port = free_port()
    log = (tmp_path_factory.mktemp("serve") / "serve.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ipkg.cli_publish",
            "serve",
            str(STUDIES_TTL),
            str(EXTRA_TRIG),
            "--ontology",
            str(ONTOLOGY_TTL),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/", timeout=60, proc=proc)
        yield url
    finally:
        fx.stop_process(proc, log)


def _chromium(binary: str, profile: Path, *args: str) -> str:
    completed = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout


def test_landing_page_as_read(chromium: str, server: str, tmp_path: Path) -> None:
    dom = _chromium(chromium, tmp_path / "profile", "--dump-dom", server + "/")
    assert "<title>ipkg · ipkg</title>" in dom or "The immunopsychiatry knowledge graph" in dom
    assert "The immunopsychiatry knowledge graph" in dom
    assert "Ketamine, mTOR signalling and C-reactive protein in depression" in dom
    assert 'href="/id/study/pmid-90000003"' in dom


def test_study_page_as_read(chromium: str, server: str, tmp_path: Path) -> None:
    dom = _chromium(chromium, tmp_path / "profile", "--dump-dom", server + "/id/study/pmid-90000001")
    assert "<h1>Low-dose interleukin-2 in major depressive disorder: a randomised placebo-controlled trial</h1>" in dom
    assert "Low-dose interleukin-2 increased regulatory T cells in patients with major depressive disorder." in dom
    assert 'href="https://doi.org/10.5555/ipkg.test.0001"' in dom


def test_study_page_screenshot(chromium: str, server: str, tmp_path: Path) -> None:
    shot = tmp_path / "study-page.png"
    _chromium(
        chromium,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1280,900",
        "--hide-scrollbars",
        server + "/id/study/pmid-90000001",
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a rendered page, not a blank one
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 900)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOT)
