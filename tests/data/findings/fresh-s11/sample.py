"""The fresh samples A and B of findings round 15 (session 11, issue 12): ipkg's findings on immunopsychiatry
abstracts no findings rule was read on, judged by hand (``judged-*.jsonl`` beside this file).

The draw (seeded, reproducible): every GutBrainIE *training* article (platinum, gold, silver, bronze; never its
dev set) and every Bannach-Brown 2019 record, with an abstract of 400 characters or more whose title + abstract
name an immune word and a psychiatric word (the grounding check set's filters, ``bench/_grounding_sets.py``), and
whose id appears in no file under ``tests/data/`` but this folder's (the files listed in ``draw-files.txt``) (so none of the annotated grounding sets, the grounding check
set or any findings part) nor in the dev set (PMID or title); ranked by ``sha256("ipkg-f15-s11:" + id)``, the first
80 taken, even ranks -> A, odd ranks -> B. Sample C (round 16) is the next 40 by the same ranking (ranks 80-119), so
it shares no id with A or B; sample D (round 17) the 40 after it (ranks 120-159), sample E (round 19) the 40 after D
(ranks 160-199); sample F (round 20) ranks 200-239, sample G (round 21) ranks 240-279, samples H and I (round 22)
ranks 280-319 and 320-359, sample J (round 24) ranks 360-399 (``RANGES``). Ids: ``gb-<pmid>``, ``bb-<record_id>``.

    python tests/data/findings/fresh-s11/sample.py --shared /work/shared ids          # the samples' ids
    python tests/data/findings/fresh-s11/sample.py --shared /work/shared dump A out.jsonl   # ipkg's findings
    python tests/data/findings/fresh-s11/sample.py --shared /work/shared dump D out.jsonl

No abstract text is stored: GutBrainIE states no licence; texts are re-read from ``corpus/external``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
from _grounding_sets import _CHECK_IMMUNE, _CHECK_PSYCH, _bannach_brown_rows  # noqa: E402

from ipkg.models import Document  # noqa: E402

SEED = "ipkg-f15-s11:"
TRAIN_ARTICLES = ("articles_train_platinum", "articles_train_gold", "articles_train_silver", "articles_train_bronze")


def _used_text(shared: Path) -> tuple[str, str]:
    """The text of the files under tests/data listed in ``draw-files.txt`` (frozen in session 19: the files there
    when sample J was drawn, c37b63c, this folder left out; files added later had moved ranks 200-399, and a frozen
    list keeps every judged id of A-J in its range), and the dev
    set's raw text (for membership tests of ids only)."""
    data_dir = ROOT / "tests" / "data"
    names = (Path(__file__).resolve().parent / "draw-files.txt").read_text(encoding="utf-8").split()
    data = "\n".join((data_dir / name).read_text(encoding="utf-8", errors="replace") for name in names)
    dev = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in (shared / "corpus" / "dev" / "raw").iterdir() if p.is_file())
    return data, dev


def _norm(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def documents(shared: Path) -> dict[str, Document]:
    """Every candidate of the draw, by id."""
    out: dict[str, Document] = {}
    folder = shared / "corpus" / "external" / "gutbrainie" / "Articles" / "json_format"
    for name in TRAIN_ARTICLES:
        with gzip.open(folder / f"{name}.json.gz", "rt", encoding="utf-8") as handle:
            for pmid, meta in sorted(json.load(handle).items()):
                out.setdefault(f"gb-{pmid}", Document(f"gb-{pmid}.txt", meta.get("title") or "",
                                                      meta.get("abstract") or "", pmid=pmid))
    for row in _bannach_brown_rows(shared):
        out.setdefault(f"bb-{row['record_id']}", Document(f"bb-{row['record_id']}.txt", row["title"] or "",
                                                          row["abstract"] or ""))
    return out


#: later samples as ranges of the same ranking (round 20: F, ranks 200-239; round 21: G, ranks 240-279; round 22: H,
#: ranks 280-319; I, ranks 320-359, the judge of round 22, drawn after its rules were written; round 24: J, ranks
#: 360-399, drawn after round 24's rules were written)
RANGES = {"F": (200, 240), "G": (240, 280), "H": (280, 320), "I": (320, 360), "J": (360, 400)}


def draw(shared: Path, n: int = 80, extra: int = 40) -> tuple[list[str], ...]:
    """Samples A and B (ids), sample C: the next ``extra`` ids by the same ranking, sample D: the ``extra``
    after C, and sample E: the ``extra`` after D."""
    kept = ranked(shared)
    first = kept[:n]
    return (sorted(first[0::2]), sorted(first[1::2]), sorted(kept[n:n + extra]),
            sorted(kept[n + extra:n + 2 * extra]), sorted(kept[n + 2 * extra:n + 3 * extra]))


def ranked(shared: Path) -> list[str]:
    """Every id of the draw, in the order of the ranking."""
    data, dev = _used_text(shared)
    dev_titles = _norm(dev)
    kept = []
    for key, doc in documents(shared).items():
        text = f"{doc.title} {doc.abstract}"
        if len(doc.abstract) < 400 or not (_CHECK_IMMUNE.search(text) and _CHECK_PSYCH.search(text)):
            continue
        if key.startswith("gb-"):
            pmid = key[3:]
            if re.search(rf"\b{pmid}\b", data) or re.search(rf"\b{pmid}\b", dev):
                continue
        elif re.search(rf"bb-{key[3:]}\b|\"record_id\": \"{key[3:]}\"", data):
            continue
        if len(_norm(doc.title)) > 20 and _norm(doc.title) in dev_titles:
            continue
        kept.append(key)
    kept.sort(key=lambda k: hashlib.sha256((SEED + k).encode()).hexdigest())
    return kept


def dump(shared: Path, ids: list[str], out: Path) -> None:
    """ipkg's findings of ``ids``, one JSON line each (id, subject, relation, object, polarity, direction, role,
    evidence)."""
    from ipkg.extract import extract_document

    docs = documents(shared)
    with out.open("w", encoding="utf-8") as handle:
        for key in ids:
            ext = extract_document(docs[key])
            for f in ext.findings:
                polarity = "negated" if f.negated else "hedged" if f.hedged else "asserted"
                handle.write(json.dumps({
                    "id": key, "subject": f.subject.label, "relation": f.predicate,
                    "object": f.obj.label if f.obj else None, "polarity": polarity, "direction": f.direction,
                    "role": f.role, "evidence": f.evidence}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("what", choices=("ids", "dump"))
    parser.add_argument("sample", nargs="?", choices=("A", "B", "C", "D", "E", *RANGES))
    parser.add_argument("out", nargs="?", type=Path)
    args = parser.parse_args()
    samples = dict(zip("ABCDE", draw(args.shared)))
    kept = ranked(args.shared)
    samples.update({name: sorted(kept[lo:hi]) for name, (lo, hi) in RANGES.items()})
    if args.what == "ids":
        print(json.dumps(samples))
    else:
        dump(args.shared, samples[args.sample], args.out)


if __name__ == "__main__":
    main()
