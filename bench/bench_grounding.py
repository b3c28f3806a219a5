"""Measure grounding: dev gold (per class), BC5CDR / NCBI disease spans, JNLPBA cell types, throughput.

    python bench/bench_grounding.py --shared ../shared [--split train|dev|test] [-v] [--only dev,bc5cdr,...]

(a) dev: ``extract_mentions`` over ``corpus/dev/raw`` (each file read by :mod:`ipkg.ingest`, the whole text
    when the reader fails), scored against ``gold-dev.jsonl`` with the matching rule of ``tools/score.py``
    (whose ``norm`` and ``match`` are imported, not copied). Once ``kg build`` works, the end-to-end figure is
    ``python ../shared/tools/score.py --gold ../shared/corpus/dev/gold-dev.jsonl dev.ttl``.
(b) BC5CDR Disease and NCBI disease mentions: exact span match of our mentions against all gold disease mentions
    (develop on train/dev; ``--split test`` for the final figure), in two rows each: our ``Disorder`` mentions
    alone, and ``Disorder`` + ``Phenotype``. BC5CDR's "Disease" category covers diseases *and* signs and symptoms
    by its annotation guidelines (pain, seizures, hypotension, toxicity), which ipkg types ``ipkg:Phenotype``
    (GUIDELINES.md: symptoms are not Disorders), so the union row is the like-for-like figure for BC5CDR; NCBI
    disease annotates diseases only (specific and composite disease names, classes, modifiers).
(c) JNLPBA ``cell_type``: exact and overlapping span match of our ImmuneCell mentions (JNLPBA also tags
    non-immune cells, so recall is bounded).
(d) throughput: abstracts per second of ``Grounder.find`` alone and of ``extract_mentions``, on the ASReview
    screening sets (title + abstract), one core, CPU time, steady state (best of three passes after a warm-up).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import json
import sys
import tarfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.models import Document

CLASSES = ("Disorder", "Intervention", "ImmuneCell", "Pathway", "Cytokine")
SPLITS = {
    "bc5cdr": {"train": "CDR_TrainingSet.PubTator.txt", "dev": "CDR_DevelopmentSet.PubTator.txt",
               "test": "CDR_TestSet.PubTator.txt"},
    "ncbi": {"train": "NCBItrainset_corpus.txt", "dev": "NCBIdevelopset_corpus.txt", "test": "NCBItestset_corpus.txt"},
    "jnlpba": {"train": "standoff-train.tar.gz", "dev": "standoff-train.tar.gz", "test": "standoff-test.tar.gz"},
}


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("ipkg_bench_score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_dev(path: Path) -> Document:
    try:
        from ipkg.ingest import read_documents

        docs = [d for d in read_documents(path) if isinstance(d, Document)]
        if docs:
            return docs[0]
    except Exception as exc:  # the reader is a colleague's work in progress: fall back to the raw text
        print(f"  ({path.name}: reader failed: {exc}; using the whole text)", file=sys.stderr)
    return Document(path.name, "", path.read_text(encoding="utf-8"))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bench_dev(shared: Path, grounder: Grounder, verbose: bool) -> dict[str, tuple[int, int, int]]:
    score = _scorer(shared)
    gold_path = shared / "corpus" / "dev" / "gold-dev.jsonl"
    counts = {c: [0, 0, 0] for c in CLASSES}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        doc = _read_dev(gold_path.parent / gold["file"])
        mentions, _ = extract_mentions(doc, grounder)
        surfaces: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            surfaces[m.concept.iri].add(m.text)
        for cls in CLASSES:
            items = gold["entities"].get(cls, [])
            concepts = {m.concept for m in mentions if m.concept.cls == cls}
            found = [False] * len(items)
            for concept in sorted(concepts):
                pred = {"iri": concept.iri, "curie": score.curie(concept.iri), "labels": {score.norm(concept.label)}}
                hit = next((i for i, item in enumerate(items) if score.match(item, pred)), None)
                if hit is None:
                    counts[cls][1] += 1
                    if verbose:
                        print(f"[{gold['id']}] {cls} extra: {pred['curie']} {concept.label!r} <- {sorted(surfaces[concept.iri])}")
                elif not found[hit]:
                    counts[cls][0] += 1
                    found[hit] = True
            for item, ok in zip(items, found):
                if not ok:
                    counts[cls][2] += 1
                    if verbose:
                        print(f"[{gold['id']}] {cls} missed: {item['ids']} {item['label']!r} {item.get('aliases')}")
    return {c: tuple(v) for c, v in counts.items()}


def read_pubtator(path: Path, keep: set[str] | None = None) -> list[tuple[Document, str, set[tuple[int, int]]]]:
    """(document, full text, gold spans over title + ' ' + abstract) per PubTator record."""
    out = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        title = abstract = ""
        spans: set[tuple[int, int]] = set()
        pmid = ""
        for line in block.strip().splitlines():
            if "|t|" in line[:20]:
                pmid, _, title = line.split("|", 2)
                title = title[2:] if title.startswith("t|") else title
            elif "|a|" in line[:20]:
                abstract = line.split("|", 2)[2]
            else:
                cells = line.split("\t")
                if len(cells) >= 5 and cells[1].isdigit() and (keep is None or cells[4] in keep):
                    spans.add((int(cells[1]), int(cells[2])))
        if pmid:
            out.append((Document(f"{pmid}.txt", title, abstract, pmid=pmid), f"{title} {abstract}", spans))
    return out


def _predicted_spans(doc: Document, grounder: Grounder, classes: tuple[str, ...]) -> dict[str, set[tuple[int, int]]]:
    """Per class, the mention spans over title + ' ' + abstract."""
    mentions, _ = extract_mentions(doc, grounder)
    shift = {"title": 0, "abstract": len(doc.title) + 1}
    out: dict[str, set[tuple[int, int]]] = {cls: set() for cls in classes}
    for m in mentions:
        if m.concept.cls in out and m.passage in shift:
            out[m.concept.cls].add((shift[m.passage] + m.start, shift[m.passage] + m.end))
    return out


def bench_spans(records, grounder: Grounder, class_sets: tuple[tuple[str, ...], ...], verbose: bool, name: str
                ) -> list[tuple[int, int, int, int]]:
    """tp, fp, fn and gold spans overlapped, per set of classes (each set's mentions pooled)."""
    classes = tuple(sorted({c for group in class_sets for c in group}))
    counts = [[0, 0, 0, 0] for _ in class_sets]
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    for doc, text, gold in records:
        by_class = _predicted_spans(doc, grounder, classes)
        for k, group in enumerate(class_sets):
            pred = set().union(*(by_class[c] for c in group))
            counts[k][0] += len(pred & gold)
            counts[k][1] += len(pred - gold)
            counts[k][2] += len(gold - pred)
            counts[k][3] += sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))
            if k == len(class_sets) - 1:
                missed.update(text[a:b].lower() for a, b in gold - pred)
                extra.update(text[a:b].lower() for a, b in pred - gold)
    if verbose:
        print(f"{name} ({' + '.join(class_sets[-1])}) top misses: {missed.most_common(40)}")
        print(f"{name} ({' + '.join(class_sets[-1])}) top extras: {extra.most_common(40)}")
    return [tuple(c) for c in counts]


def read_jnlpba(path: Path) -> list[tuple[Document, str, set[tuple[int, int]]]]:
    out = []
    with tarfile.open(path) as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        for name in sorted(members):
            if not name.endswith(".txt"):
                continue
            text = tar.extractfile(members[name]).read().decode("utf-8")
            ann = members.get(name[:-4] + ".ann")
            spans = set()
            if ann is not None:
                for line in tar.extractfile(ann).read().decode("utf-8").splitlines():
                    cells = line.split("\t")
                    if len(cells) >= 2 and cells[1].startswith("cell_type "):
                        _, start, end = cells[1].split()[:3]
                        spans.add((int(start), int(end.split(";")[0])))
            title, _, abstract = text.partition("\n")
            out.append((Document(Path(name).name, title, abstract), f"{title} {abstract}", spans))
    return out


def iter_screening_abstracts(shared: Path):
    for path in sorted((shared / "corpus" / "external").glob("asreview-*/*.csv.gz")):
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("abstract"):
                    yield Document(path.name, row.get("title") or "", row["abstract"])


def bench_speed(shared: Path, grounder: Grounder, limit: int, rounds: int = 3) -> tuple[int, float, float]:
    """Steady-state rates (the token and code memos warmed by one untimed pass), best of ``rounds``."""
    docs = list(iter_screening_abstracts(shared))[:limit]
    texts = [text for doc in docs for _, text in doc.passages()]
    for doc in docs:
        extract_mentions(doc, grounder)
    find = extract = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for text in texts:
            grounder.find(text)
        t1 = time.process_time()
        for doc in docs:
            extract_mentions(doc, grounder)
        t2 = time.process_time()
        find, extract = min(find, t1 - t0), min(extract, t2 - t1)
    return len(docs), len(docs) / find, len(docs) / extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    parser.add_argument("--only", default="dev,bc5cdr,ncbi,jnlpba,speed")
    parser.add_argument("--speed-docs", type=int, default=5000)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    t = time.perf_counter()
    grounder = Grounder.from_path()
    rows = [f"grounder load: {time.perf_counter() - t:.2f} s"]
    table = io.StringIO()
    table.write(f"{'benchmark':<40}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn\n")
    if "dev" in only:
        counts = bench_dev(args.shared, grounder, args.verbose)
        total = [0, 0, 0]
        for cls, (tp, fp, fn) in counts.items():
            total = [a + b for a, b in zip(total, (tp, fp, fn))]
            table.write(f"{'dev ' + cls:<40}" + "".join(f"{x:>7.3f}" for x in prf(tp, fp, fn)) + f"   {tp}/{fp}/{fn}\n")
        table.write(f"{'dev micro':<40}" + "".join(f"{x:>7.3f}" for x in prf(*total)) + f"   {total[0]}/{total[1]}/{total[2]}\n")
    external = args.shared / "corpus" / "external"
    disease_sets = (("Disorder",), ("Disorder", "Phenotype"))
    for name, folder, class_sets, keep in (("bc5cdr", "bc5cdr", disease_sets, {"Disease"}),
                                           ("ncbi", "ncbi-disease", disease_sets, None),
                                           ("jnlpba", "jnlpba", (("ImmuneCell",),), None)):
        if name not in only:
            continue
        path = external / folder / SPLITS[name][args.split]
        records = read_jnlpba(path) if name == "jnlpba" else read_pubtator(path, keep)
        for group, (tp, fp, fn, overlap) in zip(class_sets, bench_spans(records, grounder, class_sets, args.verbose, name)):
            label = f"{name} {args.split} ({len(records)})" + (f" {'+'.join(group)}" if len(class_sets) > 1 else "")
            table.write(f"{label:<40}" + "".join(f"{x:>7.3f}" for x in prf(tp, fp, fn)) + f"   {tp}/{fp}/{fn}"
                        f"  (gold overlapped: {overlap / max(1, tp + fn):.3f})\n")
    if "speed" in only:
        n, find_rate, extract_rate = bench_speed(args.shared, grounder, args.speed_docs)
        rows.append(f"throughput over {n} screening abstracts (CPU time, one core): Grounder.find {find_rate:,.0f}/s, "
                    f"extract_mentions {extract_rate:,.0f}/s")
    print(table.getvalue().rstrip())
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
