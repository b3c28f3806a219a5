"""Issue 14 items 7, 8, 13 and issue 16 item 4: a shared cache, SIGTERM and stale parts, one bad record, file modes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import ipkg.pipeline
from ipkg.pipeline import BuildOptions, build
from ipkg.rdf.serialize import atomic_output

IPKG = "https://w3id.org/ipkg/ontology#"


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), **extra}


def _medline(count: int, start: int = 55570000) -> str:
    return "".join(
        f"PMID- {start + n}\nTI  - Interleukin-6 in depression, cohort {n}.\n"
        f"AB  - Interleukin-6 was raised in {20 + n} patients with depression compared with controls.\n\n"
        for n in range(count)
    )


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# -- item 7: two builds, one cache ---------------------------------------------------------------------------


def test_two_processes_share_a_cache_without_a_lock_error(tmp_path: Path) -> None:
    """Two processes fill one cache while they "extract" (sleep between entries) for longer than SQLite's 5 s."""
    script = textwrap.dedent(
        """
        import sys, time
        from ipkg.cache import BuildCache
        with BuildCache(sys.argv[1], version="v") as cache:
            for n in range(70):
                cache.put(f"{sys.argv[2]}-{n}", ["<a> <b> <c> ."])
                time.sleep(0.1)
            assert cache.get(f"{sys.argv[2]}-3") == ["<a> <b> <c> ."]
        print("ok")
        """
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "cache"), name], env=_env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("one", "two")
    ]
    outcomes = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outcomes
    assert all("Traceback" not in err for _, err in outcomes)
    from ipkg.cache import BuildCache

    with BuildCache(tmp_path / "cache", version="v") as cache:
        assert len(cache) == 140


# -- item 8: SIGTERM, stale parts, file modes ------------------------------------------------------------------


def test_sigterm_during_build_leaves_nothing_behind(tmp_path: Path) -> None:
    (tmp_path / "in.nbib").write_text(_medline(1500))
    scratch, out = tmp_path / "tmp", tmp_path / "out"
    scratch.mkdir()
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "ipkg", "-q", "build", "in.nbib", "-o", str(out / "OUT.nq")],
                            cwd=tmp_path, env=_env(TMPDIR=str(scratch)), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(scratch.glob("ipkg-build-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)
    assert proc.poll() is None, "the build ended before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(30) == 128 + signal.SIGTERM
    assert list(scratch.iterdir()) == [] and list(out.iterdir()) == []


def test_later_build_removes_stale_parts_of_dead_runs_only(tmp_path: Path) -> None:
    (tmp_path / "in.nbib").write_text(_medline(2))
    dead, old = _dead_pid(), time.time() - 3600
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    stale = [tmp_path / f".OUT.ttl.{dead}-abcd1234.part", scratch / f"ipkg-build-{dead}-abcd1234"]
    stale[0].write_text("half a graph")
    stale[1].mkdir()
    (stale[1] / "runs.pickle").write_bytes(b"x" * 100)
    kept = [tmp_path / f".OUT.ttl.{os.getppid()}-live1234.part", tmp_path / ".OUT.ttl.k3y9zz01.part",
            tmp_path / f".OTHER.ttl.{dead}-abcd1234.part", scratch / f"ipkg-sort-{dead}-x"]
    for path in kept:
        path.write_text("not ours to remove")
    for path in stale + kept:
        os.utime(path, (old, old))
    result = build([str(tmp_path / "in.nbib")], BuildOptions(output=tmp_path / "OUT.ttl", temp_dir=scratch))
    assert result.written and all(not p.exists() for p in stale) and all(p.exists() for p in kept)


def test_output_gets_the_mode_of_a_new_file(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        with atomic_output(tmp_path / "a.ttl") as handle:
            handle.write(b"")
    finally:
        os.umask(previous)
    with atomic_output(tmp_path / "b.ttl") as handle:
        handle.write(b"")
    assert (tmp_path / "a.ttl").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "b.ttl").stat().st_mode & 0o777 == 0o666 & ~previous


def test_interrupted_write_leaves_no_part(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), atomic_output(tmp_path / "a.ttl") as handle:
        handle.write(b"half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


# -- item 13: one record's bad value -------------------------------------------------------------------------


def test_record_failing_shacl_is_set_aside_and_the_rest_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    (tmp_path / "in.nbib").write_text(_medline(30))
    real = ipkg.pipeline.extraction_to_ntriples

    def with_a_bad_value(extraction, base):  # type: ignore[no-untyped-def]
        lines = real(extraction, base)
        if extraction.document.pmid == "55570007":  # a value the shapes forbid, on one record's study
            study = next(line.split(" ", 1)[0] for line in lines if f"{IPKG}Study>" in line)
            lines = sorted([*lines, f'{study} <{IPKG}trialPhase> "V" .'])
        return lines

    monkeypatch.setattr(ipkg.pipeline, "extraction_to_ntriples", with_a_bad_value)
    out = tmp_path / "out.ttl"
    result = build([str(tmp_path / "in.nbib")], BuildOptions(output=out, batch_size=8))
    assert result.written and result.built == 29 and result.report is not None and result.report.conforms
    (error,) = result.errors
    assert "set aside" in str(error) and "trialPhase" in str(error) and '(value: "V"' in str(error)
    assert "pmid-55570007" in str(error) and "pmid-55570007" not in out.read_text()
    assert "pmid-55570008" in out.read_text()
    with pytest.raises(ipkg.pipeline.InputError, match="set aside"):
        build([str(tmp_path / "in.nbib")], BuildOptions(output=tmp_path / "strict.ttl", strict=True))
    kept = build([str(tmp_path / "in.nbib")], BuildOptions(output=tmp_path / "all.ttl", keep_invalid=True))
    assert kept.built == 30 and not kept.report.conforms and "pmid-55570007" in (tmp_path / "all.ttl").read_text()


@pytest.mark.parametrize("phase", ["0", "I", "I/II", "II", "II/III", "III", "III/IV", "IV"])
def test_shapes_allow_the_phases_trials_report(phase: str) -> None:
    from ipkg.validate import validate_text

    study = "<https://w3id.org/ipkg/id/study/pmid-1>"
    typed = f"{study} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{IPKG}Study> ."
    text = f'{typed}\n{study} <{IPKG}trialPhase> "{phase}" .'
    results = validate_text(text, engine="pyshacl")
    assert results  # the study is checked (it lacks a title ...)
    assert not [r for r in results if "trialPhase" in r.path], results


def _stale_and_kept(folder: Path, name: str, suffix: str) -> tuple[list[Path], list[Path]]:
    """A scratch entry of a dead run (removed by the next run) and one of a live run (kept), both an hour old."""
    dead, old = _dead_pid(), time.time() - 3600
    stale, kept = folder / f"{name}{dead}-abcd1234{suffix}", folder / f"{name}{os.getppid()}-live1234{suffix}"
    for path in (stale, kept):
        path.mkdir()
        (path / "half").write_text("left by a killed run")
        os.utime(path, (old, old))
    return [stale], [kept]


def test_kg_build_removes_the_scratch_folder_a_killed_cli_build_left(tmp_path: Path) -> None:
    (tmp_path / "in.nbib").write_text(_medline(2))
    out = tmp_path / "out"
    out.mkdir()
    stale, kept = _stale_and_kept(out, ".kg-build-", "")
    done = subprocess.run([sys.executable, "-m", "ipkg", "-q", "build", "in.nbib", "-o", str(out / "OUT.ttl")],
                          cwd=tmp_path, env=_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (out / "OUT.ttl").exists() and not any(p.exists() for p in stale) and all(p.exists() for p in kept)


def test_kg_build_killed_mid_run_leaves_nothing_a_later_build_keeps(tmp_path: Path) -> None:
    (tmp_path / "in.nbib").write_text(_medline(1500))
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "tmp").mkdir()
    env = _env(TMPDIR=str(tmp_path / "tmp"))  # the killed run's pipeline scratch stays inside tmp_path
    command = [sys.executable, "-m", "ipkg", "-q", "build", "in.nbib", "-o", str(out / "OUT.ttl")]
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(out.glob(".kg-build-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the build ended before it could be killed"
    proc.kill()
    proc.wait(30)
    assert list(out.glob(".kg-build-*")), "SIGKILL gives no chance to clean up: the scratch folder is still there"
    for path in out.glob(".kg-build-*"):
        os.utime(path, (time.time() - 60, time.time() - 60))
    (tmp_path / "in.nbib").write_text(_medline(2))
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["OUT.ttl", "OUT.ttl.meta.ttl"]


def test_store_load_removes_the_part_folder_of_a_killed_load(tmp_path: Path) -> None:
    from ipkg.bulkstore import replace_store

    data = tmp_path / "g.nt"
    data.write_text('<http://example.org/a> <http://example.org/p> "x" .\n')
    stale, kept = _stale_and_kept(tmp_path, ".store.", ".part")
    assert replace_store(tmp_path / "store", data, schema=False) == 1
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)
