"""What a reader sees: Debian's headless Chromium against ``kg serve`` (the real command, uvicorn on a free
loopback port) over the dev graph (``kg build ../shared/corpus/dev/raw``), walking as a researcher would:
landing -> search -> study -> concept -> finding -> back to the study, each step following a link found on the
page before. With IPKG_UPDATE_SCREENSHOTS=1 it saves the screenshots of the walk in ``docs/img`` (the README shows them).

Chromium missing: skipped locally, a failure under ``CI=true`` (``.ci/run`` installs ``chromium``).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

try:
    from tests import publish_fixtures as fx
    from tests.constants import DEV_RAW
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    import publish_fixtures as fx  # type: ignore[no-redef]
    from constants import DEV_RAW  # type: ignore[no-redef]

pytestmark = [pytest.mark.slow, pytest.mark.shared]

REPO = Path(__file__).resolve().parent.parent
#: where the walk's screenshots go: docs/img (the README shows them) when IPKG_UPDATE_SCREENSHOTS=1, else nowhere,
#: so that an ordinary test run leaves the checkout clean
IMAGES = REPO / "docs" / "img"
UPDATE_SCREENSHOTS = os.environ.get("IPKG_UPDATE_SCREENSHOTS") == "1"
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
    return fx.require_binary("chromium", "apt-get install chromium")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``kg build`` of the dev set, then ``kg serve`` on it (as ``python -m ipkg``) on a free loopback port."""
    folder = tmp_path_factory.mktemp("browser")
    graph = folder / "dev.ttl"
    subprocess.run([sys.executable, "-m", "ipkg", "-q", "build", str(DEV_RAW), "-o", str(graph)], check=True,
                   capture_output=True)
    port = fx.free_port()
    log = (folder / "serve.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipkg", "serve", str(graph), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        fx.wait_http(url + "/", timeout=60, proc=proc)
        yield url
    finally:
        fx.stop_process(proc, log)


class Reader:
    """Opens pages in headless Chromium (the DOM after rendering) and keeps screenshots."""

    def __init__(self, binary: str, base: str, profile: Path) -> None:
        self.binary, self.base, self.profile = binary, base, profile
        self.shots: dict[str, Path] = {}

    def _run(self, *args: str) -> str:
        completed = subprocess.run(
            [self.binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", *args],
            capture_output=True, text=True, timeout=90, check=False,
        )
        assert completed.returncode == 0, completed.stderr[-2000:]
        return completed.stdout

    def open(self, path: str, shot: str | None = None) -> str:
        url = self.base + html.unescape(path)
        if shot:
            target = self.profile.parent / f"{shot}.png"
            self._run(f"--screenshot={target}", "--window-size=1280,900", "--hide-scrollbars", url)
            self.shots[shot] = target
        return self._run("--dump-dom", url)


def _link(dom: str, pattern: str) -> str:
    """The first ``href`` on the page matching ``pattern``."""
    match = re.search(rf'href="({pattern})"', dom)
    assert match, f"no link matching {pattern}"
    return match.group(1)


def _text(dom: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", dom))


def test_a_researcher_walks_the_graph(chromium: str, server: str, tmp_path: Path) -> None:
    reader = Reader(chromium, server, tmp_path / "profile")

    landing = reader.open("/", shot="landing-page")
    assert "The immunopsychiatry knowledge graph" in landing
    assert 'action="/search"' in landing and "of <b>23</b> studies" in landing
    assert _link(landing, "/download/dev.ttl")

    search = reader.open("/search?q=etanercept", shot="search-page")
    assert "Studies (1)" in search and "Concepts (" in search
    study_href = _link(search, r"/id/study/[^\"]+")

    study = reader.open(study_href, shot="study-page")
    words = _text(study)
    assert "Etanercept and clinical outcomes, fatigue, and depression in psoriasis" in words
    for shown in ("randomized controlled trial", "618", "III", "double blind", "placebo control", "human"):
        assert shown in words, shown
    assert "<mark" in study and "<svg" in study and 'href="https://doi.org/10.1016/s0140-6736(05)67763-x"' in study

    concept_href = _link(study, r"/c/obo/MONDO_0002050")
    concept = reader.open(concept_href, shot="concept-page")
    assert "<h1>depressive disorder</h1>" in concept
    assert "Studies that mention it" in concept and "Findings involving it" in concept and "<svg" in concept
    assert f'href="{study_href}"' in concept

    finding_href = _link(concept, r"/id/study/pmid-16399150/finding/[0-9a-f]+")
    finding = reader.open(finding_href, shot="finding-page")
    assert 'class="finding' in finding and "treats" in finding and "Etanercept" in finding

    back = reader.open(_link(finding, re.escape(study_href)))
    assert _text(back).count("Etanercept and clinical outcomes") >= 1 and "<mark" in back

    for name, shot in reader.shots.items():
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, name  # a rendered page, not a blank one
        assert struct.unpack(">II", data[16:24]) == (1280, 900), name
        if UPDATE_SCREENSHOTS:
            IMAGES.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, IMAGES / f"{name}.png")
