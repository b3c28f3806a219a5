"""Sample size alone, on the training pool's folds, the extra set and the development part (tuning sets only).

Sample size follows the design call (a review's size is its pooled total or none, a case report's its cases), but
no sample-size rule enters the design decision: so the cross-validated design calls of ``train_design`` are made
once and cached (``--calls``, a JSON file of record id -> design), and every later run re-reads only the sample
sizes through the run-time functions (:func:`ipkg.extract.sample_size.extract_sample_size` with the arms as
:func:`ipkg.extract.design.extract_study_facts` reads them). Remake the cache (``--refresh``) when the design model,
its training data or the decision changes. The held-out third is never scored here::

    python bench/bench_sample_size.py --shared ../shared                 # figures by part
    python bench/bench_sample_size.py --shared ../shared --errors 0,1,2  # + the errors of pool folds 0-2
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

CACHE = Path("/tmp/ipkg-sample-size-calls.json")


def _design_calls(shared: Path) -> dict[str, dict]:
    """The cross-validated design call of every scored record: ``{id: {"design", "set", "size"}}`` (``size``: the
    sample size the run-time path gave then, a check on the re-read)."""
    from ipkg.extract import train_design as td
    from ipkg.extract.design import DEFAULT_DECISION
    from ipkg.extract.design_corpus import iter_design_records, iter_external_records, iter_extra_records
    from ipkg.extract.design_pool import iter_pool_records

    params = dict(td.DEFAULT_PARAMS)
    design = [td._example(r) for r in iter_design_records(shared)]
    extra = [td._example(r) for r in iter_extra_records(shared)]
    pool = [td._example(r) for r in iter_pool_records(shared)]
    external = [td._example(r) for r in iter_external_records(shared, frozenset(ex.record.id for ex in pool))]
    cv, _, extra_calls, pool_calls = td.evaluate(design, external, params, [DEFAULT_DECISION], extra, False,
                                                 pool)[DEFAULT_DECISION]
    return {c.record.id: {"design": c.design, "set": name, "size": c.sample_size}
            for name, calls in (("dev", cv), ("extra", extra_calls), ("pool", pool_calls)) for c in calls}


def _records(shared: Path) -> dict[str, object]:
    from ipkg.extract.design_corpus import heldout, iter_design_records, iter_extra_records
    from ipkg.extract.design_pool import iter_pool_records

    out: dict[str, object] = {r.id: r for r in iter_design_records(shared) if not heldout(r.id)}
    out.update((r.id, r) for r in iter_extra_records(shared))
    out.update((r.id, r) for r in iter_pool_records(shared))
    return out


def sample_size(record: object, design: str | None) -> tuple[int | None, str | None]:
    """The run-time path's sample size of ``record`` given its design call."""
    from ipkg.extract.annotate import annotate
    from ipkg.extract.design import study_arms
    from ipkg.extract.sample_size import extract_sample_size
    from ipkg.models import Document

    annotated = annotate(Document(f"{record.id}.txt", record.title, record.abstract))  # type: ignore[attr-defined]
    return extract_sample_size(annotated, design, study_arms(annotated, design))


def _kind(record: object, design: str | None, size: int | None) -> str:
    """What kind of sample-size error: the design wrong or right, and which side has no size."""
    gold, label = record.design, record.sample_size  # type: ignore[attr-defined]
    side = ("count given, label null" if label is None else "none given, label has one" if size is None
            else "case report's count" if gold == "CaseReport" else "a wrong count")
    return ("design right: " if design == gold else "design wrong: ") + side


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--calls", type=Path, default=CACHE, help="cache of the design calls (JSON)")
    parser.add_argument("--refresh", action="store_true", help="remake the design-call cache (trains the CV models)")
    parser.add_argument("--errors", default="", help="comma-separated pool folds whose errors to list (e.g. 0,1,2); "
                                                     "'extra' and 'dev' list those sets' errors")
    parser.add_argument("--kinds", action="store_true", help="count each part's errors by kind (no texts)")
    parser.add_argument("--check", action="store_true", help="say where a re-read size differs from the cached one")
    args = parser.parse_args(argv)
    from ipkg.extract.design_pool import pool_fold

    if args.refresh or not args.calls.exists():
        calls = _design_calls(args.shared)
        args.calls.write_text(json.dumps(calls, sort_keys=True), encoding="utf-8")
    calls = json.loads(args.calls.read_text(encoding="utf-8"))
    records = _records(args.shared)
    wanted = set(args.errors.split(",")) - {""}
    parts: dict[str, list[bool]] = {}
    errors = []
    kinds: dict[str, Counter[str]] = {}
    for rid, call in sorted(calls.items()):
        record = records[rid]
        size, evidence = sample_size(record, call["design"])
        if args.check and size != call["size"]:
            print(f"differs from the cache: {rid} {call['size']} -> {size}", file=sys.stderr)
        right = size == record.sample_size  # type: ignore[attr-defined]
        part = call["set"] if call["set"] != "pool" else ("folds 0-2" if pool_fold(rid) < 3 else "folds 3-4")
        parts.setdefault(part, []).append(right)
        key = call["set"] if call["set"] != "pool" else str(pool_fold(rid))
        if not right:
            kinds.setdefault(part, Counter())[_kind(record, call["design"], size)] += 1
        if not right and key in wanted:
            errors.append(f"  {rid} [{key}] {record.design} -> {call['design']}; size "  # type: ignore[attr-defined]
                          f"{record.sample_size} -> {size}; {evidence!r:.300}")  # type: ignore[attr-defined]
    pool = parts.get("folds 0-2", []) + parts.get("folds 3-4", [])
    parts["pool"] = pool
    for name in ("folds 0-2", "folds 3-4", "pool", "extra", "dev"):
        got = parts.get(name, [])
        print(f"{name}: sample size {sum(got) / (len(got) or 1):.3f} ({sum(got)}/{len(got)})")
    for name, counter in sorted(kinds.items()) if args.kinds else ():
        print(f"{name} errors by kind: " + "; ".join(f"{kind} {n}" for kind, n in counter.most_common()))
    if errors:
        print("\n".join(["errors:"] + errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
