"""Inter-annotator agreement of two readings of ipkg's annotated immunopsychiatry set (issue 13).

Each reader's file holds one JSON object per abstract: ``{"id": ..., "entities": {class: [{"ids", "label",
"aliases"}]}}`` (GUIDELINES.md). Two items of one abstract and one class *agree* when they share an id, or when
one's normalised label or alias is the other's (``tools/score.py``'s matching, with its ``norm``). Agreement is the
pairwise F1 of reader B against reader A (symmetric: swapping the readers swaps P and R), per class and micro, for
the whole set and for each part (``tune`` / ``report``, taken from the main gold file). Two figures:

* **concept**: ids must agree as above (the grounding task);
* **mention**: the same concept was annotated at all, by surface form alone (a shared alias or label).

``--disagreements FILE`` writes, per abstract, the items of each reader that the other has no agreeing item for:
the adjudicator's work list. ``--adjudicated FILE --out GOLD`` writes the adjudicated gold: for each abstract the
items both readers agree on (reader A's item with reader B's ids and aliases added after A's own: both readers
chose them) and the disputed items the adjudicator kept (items of one class with the same label merged: each concept once) (``{"id", "keep": {class: [items]}}`` per line, optionally ``"aliases_moved": [forms]``: surface
forms one reader made an alias of an agreed item and the adjudicator gave to a kept item, taken out of the agreed
items); the other
fields of each record (part, source, ...) are reader A's::

    python bench/iaa_grounding.py --shared ../shared A.jsonl B.jsonl [--disagreements out.jsonl]
    python bench/iaa_grounding.py --shared ../shared A.jsonl B.jsonl --adjudicated adj.jsonl --out gold.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from _common import load_tool

__all__ = ["CLASSES", "adjudicate", "agree", "compare", "pairing", "read_readings"]

#: the entity classes of GUIDELINES.md
CLASSES = ("Disorder", "Intervention", "ImmuneCell", "Pathway", "Cytokine")
_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "grounding" / "immunopsychiatry-gold.jsonl"


def _names(item: dict, norm: Callable[[str], str]) -> set[str]:
    return {norm(item["label"])} | {norm(a) for a in item.get("aliases", [])}


def agree(a: dict, b: dict, norm: Callable[[str], str], by_ids: bool = True) -> bool:
    """Whether two items name the same concept: a shared id (``by_ids``), else a shared normalised name."""
    if by_ids:
        ids_a = {i.upper() for i in a.get("ids", [])}
        ids_b = {i.upper() for i in b.get("ids", [])}
        if ids_a & ids_b:
            return True
        if ids_a and ids_b:  # both grounded, to different ids: a disagreement on the concept
            return False
    return bool(_names(a, norm) & _names(b, norm))


def _same_label(a: dict, b: dict, norm) -> bool:
    return norm(a["label"]) == norm(b["label"])


def _same_first_id(a: dict, b: dict, norm) -> bool:
    ids_a, ids_b = a.get("ids", []), b.get("ids", [])
    return bool(ids_a and ids_b) and ids_a[0].upper() == ids_b[0].upper()


def pairing(items_a: list[dict], items_b: list[dict], norm, by_ids: bool = True) -> list[tuple[int, int]]:
    """One-to-one pairs (i, j) of agreeing items, closest first: the same label, then the same first id, then any
    agreement; each pass in reader A's order (so a broad fallback id that two different concepts share pairs them
    only when nothing closer is left)."""
    pairs: list[tuple[int, int]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for close in (_same_label, _same_first_id, None):
        for i, a in enumerate(items_a):
            if i in used_a:
                continue
            j = next((j for j, b in enumerate(items_b) if j not in used_b and agree(a, b, norm, by_ids)
                      and (close is None or close(a, b, norm))), None)
            if j is not None:
                pairs.append((i, j))
                used_a.add(i)
                used_b.add(j)
    return sorted(pairs)


def _pairs(items_a: list[dict], items_b: list[dict], norm, by_ids: bool) -> tuple[list[bool], list[bool]]:
    """Which items of A and of B have an agreeing item on the other side (:func:`pairing`)."""
    seen_a = [False] * len(items_a)
    seen_b = [False] * len(items_b)
    for i, j in pairing(items_a, items_b, norm, by_ids):
        seen_a[i] = seen_b[j] = True
    return seen_a, seen_b


def compare(readings_a: dict[str, dict], readings_b: dict[str, dict], ids: Iterable[str], norm,
            by_ids: bool = True) -> dict[str, tuple[int, int, int]]:
    """Per class (and ``micro``): agreed, only in A, only in B, over the abstracts ``ids`` both readers did."""
    counts = {c: [0, 0, 0] for c in CLASSES}
    for record_id in ids:
        ents_a = readings_a[record_id]["entities"]
        ents_b = readings_b[record_id]["entities"]
        for cls in CLASSES:
            seen_a, seen_b = _pairs(ents_a.get(cls, []), ents_b.get(cls, []), norm, by_ids)
            counts[cls][0] += sum(seen_a)
            counts[cls][1] += seen_a.count(False)
            counts[cls][2] += seen_b.count(False)
    counts["micro"] = [sum(counts[c][k] for c in CLASSES) for k in range(3)]
    return {c: tuple(v) for c, v in counts.items()}


def _f1(agreed: int, only_a: int, only_b: int) -> str:
    total = 2 * agreed + only_a + only_b
    return f"{2 * agreed / total:.3f}" if total else "  -  "


def read_readings(path: Path) -> dict[str, dict]:
    """One reader's annotations by abstract id."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[record["id"]] = record
    return out



def _disagreements(readings_a, readings_b, ids, norm) -> list[dict]:
    out = []
    for record_id in ids:
        row = {"id": record_id, "only_a": {}, "only_b": {}}
        for cls in CLASSES:
            items_a = readings_a[record_id]["entities"].get(cls, [])
            items_b = readings_b[record_id]["entities"].get(cls, [])
            seen_a, seen_b = _pairs(items_a, items_b, norm, True)
            row["only_a"][cls] = [item for item, ok in zip(items_a, seen_a) if not ok]
            row["only_b"][cls] = [item for item, ok in zip(items_b, seen_b) if not ok]
        if any(row["only_a"].values()) or any(row["only_b"].values()):
            out.append(row)
    return out


def _merged(a: dict, b: dict) -> dict:
    ids = list(a.get("ids", [])) + [i for i in b.get("ids", []) if i not in a.get("ids", [])]
    aliases = list(a.get("aliases", [])) + [x for x in b.get("aliases", []) if x not in a.get("aliases", [])]
    return dict(a, ids=ids, aliases=aliases)


def adjudicate(record_a: dict, record_b: dict, kept: dict[str, list[dict]], norm, moved: Iterable[str] = ()) -> dict:
    """Reader A's record with the agreed items (ids and aliases of both readers) and the adjudicator's ``kept``;
    the surface forms ``moved`` are taken out of the agreed items' aliases (the adjudicator gave them to a kept
    item: one reader's alias that is its own concept)."""
    moved = {norm(form) for form in moved}
    entities = {}
    for cls in CLASSES:
        items_a = record_a["entities"].get(cls, [])
        items_b = record_b["entities"].get(cls, [])
        pairs = pairing(items_a, items_b, norm)
        agreed = [_merged(items_a[i], items_b[j]) for i, j in pairs]
        if moved:
            agreed = [dict(item, aliases=[a for a in item["aliases"] if norm(a) not in moved]) for item in agreed]
        paired = [items_a[i] for i, _ in pairs] + [items_b[j] for _, j in pairs]
        # a kept item that is one of the paired items as it stands is already in (adjudicated under another pairing)
        entities[cls] = _once(agreed + [item for item in kept.get(cls, []) if item not in paired], norm)
    return dict(record_a, entities=entities)


def _once(items: list[dict], norm) -> list[dict]:
    """Items of the same label merged into the first of them (GUIDELINES: each distinct concept once)."""
    out: list[dict] = []
    for item in items:
        same = next((k for k, o in enumerate(out) if _same_label(o, item, norm)), None)
        if same is None:
            out.append(item)
        else:
            out[same] = _merged(out[same], item)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("reader_a", type=Path)
    parser.add_argument("reader_b", type=Path)
    parser.add_argument("--disagreements", type=Path, help="write each abstract's unmatched items here (JSONL)")
    parser.add_argument("--adjudicated", type=Path, help="the adjudicator's kept disputed items (JSONL)")
    parser.add_argument("--out", type=Path, help="with --adjudicated: write the adjudicated gold here")
    args = parser.parse_args(argv)
    norm = load_tool(args.shared, "score").norm
    readings_a, readings_b = read_readings(args.reader_a), read_readings(args.reader_b)
    both = sorted(set(readings_a) & set(readings_b))
    parts = {r["id"]: r.get("part") for r in read_readings(_GOLD).values()}
    print(f"abstracts read by both: {len(both)} (A only {len(set(readings_a) - set(both))}, "
          f"B only {len(set(readings_b) - set(both))})")
    print(f"{'set':<8} {'figure':<8} " + " ".join(f"{c:>12}" for c in (*CLASSES, "micro")))
    for part in (None, "tune", "report"):
        ids = [i for i in both if part is None or parts.get(i) == part]
        for by_ids, figure in ((True, "concept"), (False, "mention")):
            counts = compare(readings_a, readings_b, ids, norm, by_ids)
            print(f"{part or 'all':<8} {figure:<8} " + " ".join(f"{_f1(*counts[c]):>12}" for c in (*CLASSES, "micro")))
    if args.disagreements:
        rows = _disagreements(readings_a, readings_b, both, norm)
        args.disagreements.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} abstracts with disagreements -> {args.disagreements}")
    if args.adjudicated and args.out:
        adjudicated = read_readings(args.adjudicated)
        kept = {i: r["keep"] for i, r in adjudicated.items()}
        records = [adjudicate(readings_a[i], readings_b[i], kept.get(i, {}), norm,
                              adjudicated.get(i, {}).get("aliases_moved", ())) for i in sorted(readings_a)]
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"adjudicated gold ({len(records)} abstracts, {len(kept)} adjudicated) -> {args.out}")


if __name__ == "__main__":
    main()
