"""Agreement of two independent design and sample-size labellings, and their adjudication (issue 11).

Each reader's file holds one JSON object per abstract: ``{"id", "design", "sample_size", "quote", "size_quote",
"unsure"}`` (``design``: one of CONTRACT.md's nine classes, or null when the text does not let a reader decide;
``sample_size``: GUIDELINES.md's rule, an integer or null)::

    python bench/iaa_design.py A.jsonl B.jsonl [--disagreements out.jsonl]
    python bench/iaa_design.py A.jsonl B.jsonl --adjudicated adj.jsonl --parts annotated.jsonl --out gold.jsonl

Agreement is the share of abstracts both readers label the same (design; sample size) and Cohen's kappa for the
design. ``--disagreements`` writes, per abstract where the readers differ on either label, both readings: the
adjudicator's work list. ``--adjudicated`` (one ``{"id", "design", "sample_size", "quote", "size_quote"}`` per
disputed abstract) and ``--out`` write the gold: reader A's reading where both agree on both labels, the
adjudicator's elsewhere; ``--parts`` (the grounding gold, whose records carry ``part``) adds each abstract's part.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

__all__ = ["agreement", "disputed", "gold"]

_FIELDS = ("design", "sample_size", "quote", "size_quote")


def read(path: Path) -> dict[str, dict]:
    """The readings of a file, by abstract id."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["id"]: row for row in rows}


def disputed(a: dict, b: dict) -> bool:
    """Whether two readings of one abstract differ on the design or the sample size."""
    return a["design"] != b["design"] or a["sample_size"] != b["sample_size"]


def agreement(readings_a: dict[str, dict], readings_b: dict[str, dict]) -> dict[str, float]:
    """Observed agreement on design and on sample size, and Cohen's kappa for the design, over shared ids."""
    ids = sorted(readings_a.keys() & readings_b.keys())
    pairs = [(readings_a[i]["design"], readings_b[i]["design"]) for i in ids]
    observed = sum(x == y for x, y in pairs) / len(ids)
    count_a, count_b = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    chance = sum(count_a[c] * count_b[c] for c in count_a) / len(ids) ** 2
    sizes = sum(readings_a[i]["sample_size"] == readings_b[i]["sample_size"] for i in ids) / len(ids)
    return {"abstracts": len(ids), "design": observed, "kappa": (observed - chance) / (1 - chance) if chance < 1 else 1.0,
            "sample_size": sizes}


def gold(readings_a: dict[str, dict], readings_b: dict[str, dict], decided: dict[str, dict],
         parts: dict[str, str] | None = None) -> list[dict]:
    """The adjudicated labels, sorted by id: A's where the readers agree, the adjudicator's where they do not."""
    out = []
    for record_id in sorted(readings_a.keys() & readings_b.keys()):
        a, b = readings_a[record_id], readings_b[record_id]
        if disputed(a, b):
            if record_id not in decided:
                raise SystemExit(f"{record_id}: disputed, and the adjudication has no decision for it")
            source = decided[record_id]
        else:
            source = a
        row = {"id": record_id, **({"part": parts[record_id]} if parts else {})}
        row.update({field: source.get(field) for field in _FIELDS})
        out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--disagreements", type=Path, help="write the adjudicator's work list here")
    parser.add_argument("--adjudicated", type=Path, help="the adjudicator's decisions")
    parser.add_argument("--parts", type=Path, help="a JSON Lines file whose records give each id's part")
    parser.add_argument("--out", type=Path, help="write the gold here (needs --adjudicated)")
    args = parser.parse_args(argv)
    readings_a, readings_b = read(args.a), read(args.b)
    if readings_a.keys() != readings_b.keys():
        parser.error("the two readings do not label the same abstracts")
    figures = agreement(readings_a, readings_b)
    print(f"abstracts {figures['abstracts']}: design agreement {figures['design']:.3f} (kappa {figures['kappa']:.3f}), "
          f"sample size {figures['sample_size']:.3f}")
    if args.disagreements:
        rows = [{"id": i, "A": readings_a[i], "B": readings_b[i]} for i in sorted(readings_a)
                if disputed(readings_a[i], readings_b[i])]
        args.disagreements.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} disputed abstracts -> {args.disagreements}")
    if args.out:
        if not args.adjudicated:
            parser.error("--out needs --adjudicated")
        parts = None
        if args.parts:
            parts = {r["id"]: r["part"] for r in map(json.loads, args.parts.read_text(encoding="utf-8").splitlines())}
        rows = gold(readings_a, readings_b, read(args.adjudicated), parts)
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"gold ({len(rows)} abstracts) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
