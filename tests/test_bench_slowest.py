"""bench/bench_slowest.py: per-record timing with a limit that stops a runaway record (a toy slow function)."""

from __future__ import annotations

import json
import re
import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_slowest  # noqa: E402

#: a pattern that backtracks exponentially on a run of "a" that does not end the text (the toy slow function: 26
#: letters take seconds, so a limit that failed to stop it fails the test rather than hanging it)
RUNAWAY = re.compile(r"(a+)+$")

RECORDS = [
    {"pmid": "101", "title": "Interleukin-6 in depression", "abstract": "Serum IL-6 was higher in patients with "
     "major depressive disorder than in controls."},
    {"pmid": "102", "title": "A runaway record", "abstract": "a" * 26 + "!"},
    {"pmid": "103", "title": "Microglia and stress", "abstract": "Chronic stress activated microglia in mice."},
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    with (folder / "c00-0000.jsonl").open("w", encoding="utf-8") as handle:
        for rec in RECORDS:
            handle.write(json.dumps(rec) + "\n")
    return folder


def _toy(doc: object) -> None:
    """Slow only on the runaway record: the regex backtracks for far longer than the test's limit."""
    RUNAWAY.match(doc.abstract)


@pytest.mark.parametrize("clock", ["cpu", "wall"])
def test_a_record_over_the_limit_is_stopped_and_the_rest_timed(corpus: Path, clock: str) -> None:
    docs = list(bench_slowest._documents(corpus))
    timer, signum, _ = bench_slowest.CLOCKS[clock]
    before = signal.getsignal(signum)
    timings = bench_slowest.time_records(docs, _toy, limit=0.2, clock=clock)
    assert [t.id for t in timings] == ["101", "102", "103"]
    assert [t.over for t in timings] == [False, True, False]
    assert timings[1].chars == len(RECORDS[1]["title"]) + len(RECORDS[1]["abstract"])
    assert signal.getsignal(signum) == before  # the handler is put back
    assert signal.getitimer(timer) == (0.0, 0.0)  # no timer left running
    text = bench_slowest.report(timings, top=2, limit=0.2)
    assert "| 102 |" in text.split("Over the limit: 1")[1]


def test_the_limit_is_not_swallowed_by_a_broad_except(corpus: Path) -> None:
    def guarded(doc: object) -> None:
        try:
            _toy(doc)
        except Exception:  # an extractor's own error handling must not catch the limit
            pass

    timings = bench_slowest.time_records(bench_slowest._documents(corpus), guarded, limit=0.2)
    assert [t.over for t in timings] == [False, True, False]


def test_a_failing_record_is_reported_not_fatal(corpus: Path) -> None:
    def failing(doc: object) -> None:
        if doc.pmid == "103":
            raise ValueError("bad record")

    timings = bench_slowest.time_records(bench_slowest._documents(corpus), failing, limit=5)
    assert [t.error for t in timings] == ["", "", "ValueError: bad record"]
    assert "Failed: 1" in bench_slowest.report(timings, top=10, limit=5)


def test_main_exits_1_when_a_record_exceeds_the_limit(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import ipkg.extract

    monkeypatch.setattr(ipkg.extract, "extract_document", _toy)
    monkeypatch.setattr(ipkg.extract, "get_grounder", lambda: None)
    out = tmp_path / "timings.json"
    assert bench_slowest.main(["--corpus", str(corpus), "--limit", "0.2", "--top", "3", "--json", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "Over the limit: 1" in printed and "Slowest 3:" in printed
    assert [(t["id"], t["over"]) for t in json.loads(out.read_text())] == [("101", False), ("102", True),
                                                                          ("103", False)]


def test_main_limits_the_untimed_first_record_too(corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import ipkg.extract

    (corpus / "c00-0000.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS[1:]), encoding="utf-8")
    monkeypatch.setattr(ipkg.extract, "extract_document", _toy)
    monkeypatch.setattr(ipkg.extract, "get_grounder", lambda: None)
    assert bench_slowest.main(["--corpus", str(corpus), "--limit", "0.2"]) == 1
    assert "Over the limit: 1" in capsys.readouterr().out


def test_main_runs_the_real_extraction(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "c00-0000.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in RECORDS if r["pmid"] != "102"), encoding="utf-8")
    assert bench_slowest.main(["--corpus", str(corpus), "--limit", "120"]) == 0
    printed = capsys.readouterr().out
    assert "2 records" in printed and "| 101 |" in printed and "| 103 |" in printed
    assert "Over the limit: 0" in printed
