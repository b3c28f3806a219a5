"""Agreement of two independent curations of findings, and their adjudication (issue 12's held-out findings).

Each curator's file holds one JSON object per abstract: ``{"id": ..., "findings": [{"subject": {"label", "ids"},
"relation", "object": {...}, "polarity", "direction", "evidence"}]}`` (``corpus/dev/FINDINGS.md``). Two findings
*agree* as ``tools/score_findings.py`` matches a graph's finding to a gold one: **strict** when subject, object,
relation and polarity agree, **pair** when subject and object agree and the relation is the same (increases /
decreases / modulates count as one kind); two concepts agree on a shared id or a shared normalised label or alias.
Agreement is the pairwise F1 of curator B against curator A::

    python bench/iaa_findings.py --shared ../shared A.jsonl B.jsonl [--disagreements out.jsonl]
    python bench/iaa_findings.py --shared ../shared A.jsonl B.jsonl --adjudicated adj.jsonl --out gold.jsonl

``--disagreements`` lists per abstract the findings of each curator with no strict match on the other side: the
adjudicator's work list; ``--adjudicated`` (``{"id", "keep": [findings]}`` per line) and ``--out`` write the gold:
the findings both agree on strictly (curator A's, with B's ids added to its concepts) and the kept disputed ones.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _common import load_tool
from iaa_grounding import _names, read_readings

__all__ = ["adjudicate", "compare", "concepts_agree", "findings_agree"]

_CHANGES = {"increases", "decreases", "modulates"}


def concepts_agree(a: dict, b: dict, norm) -> bool:
    """A shared id, or a shared normalised label or alias."""
    if {i.upper() for i in a.get("ids", [])} & {i.upper() for i in b.get("ids", [])}:
        return True
    return bool(_names(a, norm) & _names(b, norm))


def findings_agree(a: dict, b: dict, norm, strict: bool = True) -> bool:
    if not (concepts_agree(a["subject"], b["subject"], norm) and concepts_agree(a["object"], b["object"], norm)):
        return False
    if strict:
        return a["relation"] == b["relation"] and a["polarity"] == b["polarity"]
    return a["relation"] == b["relation"] or {a["relation"], b["relation"]} <= _CHANGES


def _matched(items_a: list[dict], items_b: list[dict], norm, strict: bool) -> tuple[list[bool], list[bool]]:
    """Which findings of each side have an agreeing finding on the other (any, as score_findings counts)."""
    seen_a = [any(findings_agree(a, b, norm, strict) for b in items_b) for a in items_a]
    seen_b = [any(findings_agree(a, b, norm, strict) for a in items_a) for b in items_b]
    return seen_a, seen_b


def compare(readings_a: dict, readings_b: dict, ids, norm, strict: bool = True) -> tuple[int, int, int, int]:
    """(A's findings B agrees with, A's count, B's findings A agrees with, B's count) over ``ids``."""
    hit_a = n_a = hit_b = n_b = 0
    for record_id in ids:
        items_a, items_b = readings_a[record_id]["findings"], readings_b[record_id]["findings"]
        seen_a, seen_b = _matched(items_a, items_b, norm, strict)
        hit_a, n_a, hit_b, n_b = hit_a + sum(seen_a), n_a + len(items_a), hit_b + sum(seen_b), n_b + len(items_b)
    return hit_a, n_a, hit_b, n_b


def _with_ids(concept: dict, other: dict) -> dict:
    return dict(concept, ids=list(concept.get("ids", [])) + [i for i in other.get("ids", [])
                                                             if i not in concept.get("ids", [])])


def adjudicate(record_a: dict, record_b: dict, kept: list[dict], norm) -> dict:
    """Curator A's record holding the strictly agreed findings (B's ids added) and the adjudicator's ``kept``."""
    agreed = []
    for a in record_a["findings"]:
        b = next((b for b in record_b["findings"] if findings_agree(a, b, norm)), None)
        if b is not None:
            agreed.append(dict(a, subject=_with_ids(a["subject"], b["subject"]),
                               object=_with_ids(a["object"], b["object"])))
    return dict(record_a, findings=agreed + list(kept))


def _f1(hit_a: int, n_a: int, hit_b: int, n_b: int) -> str:
    p = hit_b / n_b if n_b else 0.0
    r = hit_a / n_a if n_a else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}  (A {n_a}, B {n_b})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("reader_a", type=Path)
    parser.add_argument("reader_b", type=Path)
    parser.add_argument("--disagreements", type=Path)
    parser.add_argument("--adjudicated", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    norm = load_tool(args.shared, "score").norm
    readings_a, readings_b = read_readings(args.reader_a), read_readings(args.reader_b)
    both = sorted(set(readings_a) & set(readings_b))
    print(f"abstracts curated by both: {len(both)}")
    for strict in (True, False):
        print(f"{'strict' if strict else 'pair':<7} B against A: {_f1(*compare(readings_a, readings_b, both, norm, strict))}")
    if args.disagreements:
        rows = []
        for record_id in both:
            items_a, items_b = readings_a[record_id]["findings"], readings_b[record_id]["findings"]
            seen_a, seen_b = _matched(items_a, items_b, norm, True)
            row = {"id": record_id, "only_a": [f for f, ok in zip(items_a, seen_a) if not ok],
                   "only_b": [f for f, ok in zip(items_b, seen_b) if not ok]}
            if row["only_a"] or row["only_b"]:
                rows.append(row)
        args.disagreements.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} abstracts with disagreements -> {args.disagreements}")
    if args.adjudicated and args.out:
        kept = {r["id"]: r["keep"] for r in read_readings(args.adjudicated).values()}
        records = [adjudicate(readings_a[i], readings_b[i], kept.get(i, []), norm) for i in both]
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"adjudicated findings ({len(records)} abstracts) -> {args.out}")


if __name__ == "__main__":
    main()
