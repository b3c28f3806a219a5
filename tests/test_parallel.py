"""Worker processes (ordered, bounded map) and the dask recipe (``ipkg.distributed``)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from ipkg.parallel import Runner, ordered_map, resolve_jobs
from ipkg.pipeline import BuildOptions, build
from tests.constants import SEEDS


def test_ordered_map_keeps_input_order_on_workers() -> None:
    items = list(range(40))
    with Runner(2, preload_grounder=False) as runner:
        assert list(ordered_map(math.factorial, items, runner=runner, window=3)) == [math.factorial(i) for i in items]


def test_ordered_map_consumes_its_input_lazily() -> None:
    consumed = []

    def source():  # type: ignore[no-untyped-def]
        for i in range(100):
            consumed.append(i)
            yield i

    with Runner(2, preload_grounder=False) as runner:
        results = ordered_map(math.factorial, source(), runner=runner, window=4)
        next(results)
        assert len(consumed) <= 6, "at most the window is read ahead"
        results.close()


def test_worker_errors_reach_the_caller() -> None:
    with Runner(2, preload_grounder=False) as runner, pytest.raises(ValueError):
        list(ordered_map(math.sqrt, [4, -1], runner=runner))


def test_resolve_jobs() -> None:
    assert resolve_jobs(3) == 3 and resolve_jobs(0) >= 1


def test_dask_partitions_on_a_local_cluster(tmp_path: Path) -> None:
    """Two partitions built on a 2-worker LocalCluster give the graph a single build gives (as N-Quads)."""
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from ipkg.distributed import build_partitions, merge_shards, partition_inputs

    files = sorted(str(p) for p in SEEDS.iterdir())
    for name, pmid in (("a.pubtator", "12"), ("b.pubtator", "123"), ("c.pubtator", "12")):  # 12 in two partitions
        (tmp_path / name).write_text(f"{pmid}|t|IL-6 in depression {name}\n{pmid}|a|IL-6 was raised ({name}).\n\n")
        files.append(str(tmp_path / name))
    files = files[-3:-2] + files[:-3] + files[-2:]  # a.pubtator first, c.pubtator last
    assert len({tuple(group) for group in partition_inputs(files, 3)}) == 3
    assert not {files[0], files[-1]} <= set(partition_inputs(files, 3)[0]), "PMID 12 is in two partitions"
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        shards = build_partitions(files, tmp_path / "shards", partitions=3)
    assert len(shards) == 3 and all(Path(s).is_file() for s in shards)
    merged = tmp_path / "all.nq"
    merge_shards(shards, merged)
    single = tmp_path / "single.nq"
    build(files, BuildOptions(output=single, fmt="nquads"))
    assert merged.read_bytes() == single.read_bytes()


#: a script whose pool is the first of its process (the forkserver is started once, with the first pool's preload)
_WARM_SCRIPT = """
from ipkg.parallel import Runner


def loaded():
    from ipkg.extract.annotate import role_model
    from ipkg.validate import _compiled

    return role_model.cache_info().currsize, _compiled.cache_info().currsize


if __name__ == "__main__":
    with Runner(2) as runner:
        print(runner.submit(loaded).result(), loaded())
"""


def test_workers_fork_with_the_models_loaded(tmp_path: Path) -> None:
    """When workers extract, the forkserver imports :mod:`ipkg._warm`: a worker that has extracted nothing yet
    already holds the sentence-role model and the compiled shapes (the parent, which extracted nothing, does not)."""
    import subprocess
    import sys

    script = tmp_path / "warm.py"
    script.write_text(_WARM_SCRIPT)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "(1, 1) (0, 0)"
