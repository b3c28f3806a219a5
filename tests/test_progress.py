"""Progress: the library reports through a callback; the bar draws only on a terminal."""

from __future__ import annotations

import io

from ipkg.pipeline import BuildOptions, build
from ipkg.progress import ProgressBar
from tests.constants import SEEDS


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_build_reports_each_stage(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events: list[tuple[str, int, int | None]] = []
    build([str(SEEDS)], BuildOptions(output=tmp_path / "kg.ttl"), progress=lambda *e: events.append(e))
    stages = [stage for stage, _, _ in events]
    assert stages.index("extract") < stages.index("validate") < stages.index("write")
    assert ("validate", 3, 3) in events and ("write", 3, 3) in events


def test_bar_draws_rate_and_eta_on_a_terminal_only() -> None:
    ticks = iter([0.0, 1.0, 5.0, 5.0])
    tty = _Tty()
    bar = ProgressBar(tty, clock=ticks.__next__)
    bar("validate", 0, 1000)
    bar("validate", 250, 1000)
    bar("write", 1000, 1000)
    bar.close()
    text = tty.getvalue()
    assert "250 / 1,000 abstracts" in text and "250/s" in text and "ETA 3s" in text
    assert text.endswith("\n")
    quiet = io.StringIO()  # not a terminal
    ProgressBar(quiet)("validate", 1, 2)
    assert quiet.getvalue() == ""


def test_cli_stays_quiet_when_stderr_is_not_a_terminal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from ipkg.cli import main

    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "kg.ttl")])
    assert result.exit_code == 0
    assert "\r" not in result.output and "ETA" not in result.output
