"""Beyond one machine: build partitions of the inputs anywhere (dask, a batch queue, ``xargs``), one N-Quads shard
each, then merge the shards or bulk-load them as they are (docs/scale.md has the recipe and the arithmetic).

:func:`build_partition` is the unit of work: the ordinary :func:`ipkg.pipeline.build` over some input files,
written as ``part-NNNNN.nq`` with a ``part-NNNNN.json`` report beside it. It needs nothing but the files and a
folder every worker can write, so it runs the same on a laptop, a dask cluster or a SLURM array.
:func:`build_partitions` is the dask.bag recipe; :func:`merge_shards` joins shards into the bytes a single build
writes (graphs in IRI order; a study found in two partitions is kept once).

Recipe::

    from dask.distributed import Client
    from ipkg.distributed import build_partitions, merge_shards
    client = Client("tcp://scheduler:8786")            # or LocalCluster()
    shards = build_partitions(["/data/pubmed/"], "/shared/shards", partitions=1200)
    merge_shards(shards, "/shared/pubmed.nq")          # optional: loaders take the shards as they are
"""

from __future__ import annotations

import functools
import heapq
import logging
import os
from collections.abc import Iterator, Sequence
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from .pipeline import BuildOptions, build
from .rdf.serialize import atomic_output

__all__ = ["build_partition", "build_partitions", "merge_shards", "partition_inputs"]

logger = logging.getLogger(__name__)


def partition_inputs(inputs: Sequence[str], partitions: int) -> list[list[str]]:
    """Split the input files into at most ``partitions`` contiguous groups of similar byte size (deterministic)."""
    from .ingest import iter_input_paths

    files = [str(p) for p in iter_input_paths(inputs) if p != "-"]
    if not files:
        return []
    sizes = [max(os.path.getsize(f), 1) for f in files]
    target = sum(sizes) / max(1, min(partitions, len(files)))
    groups: list[list[str]] = [[]]
    filled = 0.0
    for path, size in zip(files, sizes):
        if groups[-1] and filled + size / 2 > target and len(groups) < partitions:
            groups.append([])
            filled = 0.0
        groups[-1].append(path)
        filled += size
    return groups


def build_partition(paths: Sequence[str], out_dir: str | Path, partition_index: int,
                    options: BuildOptions | None = None) -> str:
    """Build ``paths`` into ``out_dir/part-NNNNN.nq`` (and its ``.json`` report); returns the shard's path.

    The shard is written even when SHACL finds violations (the report says so), so one bad record does not stop a
    36-million-abstract run; ``jobs`` is 1 (the cluster provides the parallelism).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    shard = out / f"part-{partition_index:05d}.nq"
    base = options or BuildOptions()
    run = BuildOptions(output=shard, fmt="nquads", base_iri=base.base_iri, validate=base.validate,
                       keep_invalid=True, input_format=base.input_format, batch_size=base.batch_size, jobs=1,
                       cache=base.cache, shacl_engine=base.shacl_engine, report=shard.with_suffix(".json"),
                       temp_dir=base.temp_dir)
    result = build(list(paths), run)
    logger.info("partition %d: %d studies, %d triples", partition_index, result.built, result.triples)
    return str(shard)


def _build_indexed(item: tuple[int, list[str]], out_dir: str, options: BuildOptions | None) -> str:
    index, paths = item
    return build_partition(paths, out_dir, index, options)


def build_partitions(inputs: Sequence[str], out_dir: str | Path, *, partitions: int,
                     options: BuildOptions | None = None) -> list[str]:
    """The dask.bag recipe: one :func:`build_partition` task per partition on the current dask scheduler
    (a ``distributed.Client`` if one is active); returns the shard paths in partition order."""
    import dask.bag as db

    groups = partition_inputs(inputs, partitions)
    bag = db.from_sequence(list(enumerate(groups)), npartitions=max(1, len(groups)))
    task = functools.partial(_build_indexed, out_dir=str(out_dir), options=options)
    return list(bag.map(task).compute())


def _graph_of(line: str) -> str:
    """The graph IRI of an N-Quads line ``<s> <p> o <g> .``, without brackets (so ``…/pmid-12`` sorts before
    ``…/pmid-123``, as the study keys do).

    >>> _graph_of('<s> <p> "o" <https://w3id.org/ipkg/id/graph/pmid-1> .\\n')
    'https://w3id.org/ipkg/id/graph/pmid-1'
    """
    end = line.rindex(">")
    return line[line.rindex("<", 0, end) + 1 : end]


def _iter_graphs(path: str | Path) -> Iterator[tuple[str, list[str]]]:
    with open(path, encoding="utf-8") as handle:
        for graph, lines in groupby(handle, key=_graph_of):
            yield graph, list(lines)


_ABSTRACT = "<http://purl.org/dc/terms/abstract> "
_SOURCE_FILE = "<https://w3id.org/ipkg/ontology#sourceFile> "


def _literal(lines: Sequence[str], predicate: str) -> str:
    """The value of the first English (or plain) literal of ``predicate`` among N-Quads ``lines`` ('' if none)."""
    for line in lines:
        if predicate in line:
            quad = next(iter(ox.parse(input=line, format=ox.RdfFormat.N_QUADS)), None)
            if quad is not None and isinstance(quad.object, ox.Literal) and quad.object.language in (None, "en"):
                return quad.object.value
    return ""


def _preference(lines: list[str]) -> tuple[int, str, int, list[str]]:
    """The sort key of a study's copies, first kept: as ``pipeline._preference`` (longest abstract, then the source
    file's name), then the most text, then the smallest lines."""
    return (-len(_literal(lines, _ABSTRACT)), _literal(lines, _SOURCE_FILE), -sum(map(len, lines)), lines)


def merge_shards(shards: Sequence[str | Path], output: str | Path) -> int:
    """Merge N-Quads shards into one file ordered by graph IRI, written atomically; returns the statements written.

    A graph (a study) found in more than one shard is written once: the copy a single build keeps
    (:func:`_preference`: the longest abstract, then the source file's name), then the one with the most text, then
    the smallest, so the result does not depend on how the inputs were partitioned.
    """
    count = 0
    streams = [_iter_graphs(s) for s in shards]
    with atomic_output(output) as handle:
        for _graph, copies in groupby(heapq.merge(*streams, key=lambda item: item[0]), key=lambda item: item[0]):
            candidates = [lines for _, lines in copies]
            kept = candidates[0] if len(candidates) == 1 else min(candidates, key=_preference)
            handle.write("".join(kept).encode("utf-8"))
            count += len(kept)
    return count
