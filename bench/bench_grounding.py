"""Measure grounding on the dev set, ipkg's annotated immunopsychiatry set, BC5CDR, GutBrainIE, NCBI, JNLPBA.

    python bench/bench_grounding.py --shared ../shared [--split train,dev,test] [-v] [--only dev,bc5cdr,...]

``-v`` lists misses and extras; it is refused with ``--split test`` (held-out parts are scored, never read).

Every row names its split. Rules are tuned on train/dev parts only; ``--split test`` prints the held-out parts,
which are only scored (docs/grounding.md says how often).

(a) ``dev``: ``extract_mentions`` over ``corpus/dev/raw`` (each file read by :mod:`ipkg.ingest`, the whole text
    when the reader fails), scored against ``gold-dev.jsonl`` with the matching rule of ``tools/score.py``
    (whose ``norm``, ``curie`` and ``match`` are imported, not copied).
(b) ``annotated``: ipkg's immunopsychiatry set (``tests/data/grounding/immunopsychiatry-gold.jsonl``: one machine
    reader, self-adjudicated against GUIDELINES.md; texts re-read from ``corpus/external``), scored the same way;
    its ``tune`` half on train/dev, its ``report`` half on test. ``annotated-check``: the check set
    (``immunopsychiatry-check.jsonl``, session 8: 40 Bannach-Brown records nobody had read against ipkg, two blind
    readers and an adjudicator), printed with either split in two halves by a seeded hash
    (``_grounding_sets.check_halves``): ``check-read`` (``-v`` lists its misses) and ``check-judge`` (totals only).
    ``annotated-check2``: the second check set (``immunopsychiatry-check2.jsonl``, session 17: 20 Bannach-Brown and
    20 GutBrainIE bronze records, two blind readers and an adjudicator), in the halves ``check2-read`` and
    ``check2-judge`` the same way (its own salt); ``-v`` never lists a judge half.
(c) ``bc5cdr`` / ``ncbi``: exact span match of our mentions against all gold disease mentions, in two rows each:
    ``Disorder`` alone, and ``Disorder`` + ``Phenotype``. BC5CDR's "Disease" category covers diseases *and* signs
    and symptoms (pain, seizures, hypotension, toxicity), which ipkg types ``ipkg:Phenotype`` (GUIDELINES.md:
    symptoms are not Disorders), so the union row is the like-for-like figure; NCBI annotates diseases only.
(d) ``bc5cdr-doc``: BioCreative V's disease-normalisation measure: per document, the set of gold MeSH ids
    against the MeSH ids of our Disorder (+ Phenotype) concepts (MeSH IRIs, MONDO's MeSH xrefs, the MeSH ->
    ChEBI / HP cross-references read backwards; a MONDO disease without any takes its nearest is_a ancestors'); ``bc5cdr-chem``: the same for Chemical ids against our
    Intervention concepts, with the recall over the gold drugs the lexicon has a concept for; and (round 21a) the
    same over the Intervention concepts that are substances (:class:`Substances`: BC5CDR annotates no therapy or
    procedure, which ipkg counts as Interventions), the like-for-like row as Disorder + Phenotype is for diseases.
(e) ``gutbrainie``: GutBrainIE gold spans, DDF against Disorder + Phenotype, drug + dietary supplement against
    Intervention; a predicted span counts as false only where it overlaps no gold span of any label. Its
    training annotations are train/dev, its dev set is test; records of (b) are left out.
(f) ``jnlpba`` ``cell_type``: exact and overlapping span match of our ImmuneCell mentions (JNLPBA also tags
    non-immune cells, so recall is bounded).
(g) ``speed``: abstracts per second of ``Grounder.find`` alone and of ``extract_mentions``, on the ASReview
    screening sets (title + abstract), one core, CPU time, steady state (best of three passes after a warm-up).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.agent_unlisted import AGENT_BASE
from ipkg.ground.matcher import Grounder
from ipkg.models import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import load_tool  # noqa: E402  (sibling modules of this script)
from _grounding_sets import (  # noqa: E402
    ANNOTATED,
    GUTBRAINIE_SPLITS,
    MeshMap,
    bench_annotated,
    bench_documents,
    bench_gutbrainie,
    export_annotated,
    read_annotated,
    read_gutbrainie,
    read_pubtator_ids,
)

#: ChEBI's IRIs
OBO_CHEBI = "http://purl.obolibrary.org/obo/CHEBI_"
CLASSES = ("Disorder", "Intervention", "ImmuneCell", "Pathway", "Cytokine")
SPLITS = {
    "bc5cdr": {"train": "CDR_TrainingSet.PubTator.txt", "dev": "CDR_DevelopmentSet.PubTator.txt",
               "test": "CDR_TestSet.PubTator.txt"},
    "ncbi": {"train": "NCBItrainset_corpus.txt", "dev": "NCBIdevelopset_corpus.txt", "test": "NCBItestset_corpus.txt"},
    "jnlpba": {"train": "standoff-train.tar.gz", "dev": "standoff-train.tar.gz", "test": "standoff-test.tar.gz"},
}



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
    score = load_tool(shared, "score")
    gold_path = shared / "corpus" / "dev" / "gold-dev.jsonl"
    records = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        records.append((_read_dev(gold_path.parent / gold["file"]), gold))
    return bench_annotated(records, grounder, score, CLASSES, verbose)


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


def _row(label: str, tp: int, fp: int, fn: int, note: str = "") -> str:
    return f"{label:<50}" + "".join(f"{x:>7.3f}" for x in prf(tp, fp, fn)) + f"   {tp}/{fp}/{fn}{note}\n"


def _split_rows(args, split: str, grounder: Grounder, mesh: MeshMap | None, score) -> str:
    """The table rows of one split."""
    only = set(args.only.split(","))
    out = io.StringIO()
    external = args.shared / "corpus" / "external"
    if "dev" in only and split == "dev":
        counts = bench_dev(args.shared, grounder, args.verbose)
        total = [0, 0, 0]
        for cls, (tp, fp, fn) in counts.items():
            total = [a + b for a, b in zip(total, (tp, fp, fn))]
            out.write(_row(f"dev {cls}", tp, fp, fn))
        out.write(_row("dev micro", *total))
    for part, name in (("report" if split == "test" else "tune", "annotated"), ("check-read", "annotated-check"),
                       ("check-judge", "annotated-check"), ("check2-read", "annotated-check2"),
                       ("check2-judge", "annotated-check2")):
        if name not in only or split == "train":
            continue
        records = read_annotated(args.shared, part)
        counts = bench_annotated(records, grounder, score, CLASSES, args.verbose and not part.endswith("-judge"))
        total = [0, 0, 0]
        for cls, (tp, fp, fn) in counts.items():
            total = [a + b for a, b in zip(total, (tp, fp, fn))]
            out.write(_row(f"immunopsychiatry {part} ({len(records)}) {cls}", tp, fp, fn))
        out.write(_row(f"immunopsychiatry {part} ({len(records)}) micro", *total))
    disease_sets = (("Disorder",), ("Disorder", "Phenotype"))
    for name, folder, class_sets, keep in (("bc5cdr", "bc5cdr", disease_sets, {"Disease"}),
                                           ("ncbi", "ncbi-disease", disease_sets, None),
                                           ("jnlpba", "jnlpba", (("ImmuneCell",),), None)):
        if name not in only:
            continue
        path = external / folder / SPLITS[name][split]
        records = read_jnlpba(path) if name == "jnlpba" else read_pubtator(path, keep)
        counts = bench_spans(records, grounder, class_sets, args.verbose, name)
        for group, (tp, fp, fn, overlap) in zip(class_sets, counts):
            label = f"{name} {split} ({len(records)}) span" + (f" {'+'.join(group)}" if len(class_sets) > 1 else "")
            out.write(_row(label, tp, fp, fn, f"  (gold overlapped: {overlap / max(1, tp + fn):.3f})"))
    path = external / "bc5cdr" / SPLITS["bc5cdr"][split]
    if "bc5cdr-doc" in only:
        records = read_pubtator_ids(path, "Disease")
        for group in disease_sets:
            tp, fp, fn, _, _ = bench_documents(records, grounder, group, mesh, args.verbose and len(group) > 1,
                                               "bc5cdr-doc")
            out.write(_row(f"bc5cdr {split} ({len(records)}) doc MeSH {'+'.join(group)}", tp, fp, fn))
    if "bc5cdr-chem" in only:
        records = read_pubtator_ids(path, "Chemical")
        tp, fp, fn, ktp, kfn = bench_documents(records, grounder, ("Intervention",), mesh, args.verbose,
                                               "bc5cdr-chem")
        out.write(_row(f"bc5cdr {split} ({len(records)}) doc MeSH Chemical", tp, fp, fn,
                       f"  (drug recall, gold ids the lexicon has as Intervention: {ktp / max(1, ktp + kfn):.3f}"
                       f" of {ktp + kfn})"))
        substance = Substances(args.shared, mesh)
        tp, fp, fn, _, _ = bench_documents(records, grounder, ("Intervention",), mesh, False, "bc5cdr-chem",
                                           keep=substance)
        out.write(_row(f"bc5cdr {split} ({len(records)}) doc MeSH Chemical, substances", tp, fp, fn))
    if "gutbrainie" in only and split in GUTBRAINIE_SPLITS:
        exclude = _annotated_pmids()
        records = read_gutbrainie(args.shared, split, exclude)
        part = "dev set" if split == "test" else "train"
        for labels, (tp, fp, fn, overlap) in bench_gutbrainie(records, grounder, args.verbose).items():
            classes = "Disorder+Phenotype" if labels == "DDF" else "Intervention"
            out.write(_row(f"gutbrainie {part} ({len(records)}) {labels} ~ {classes}", tp, fp, fn,
                           f"  (gold overlapped: {overlap / max(1, tp + fn):.3f})"))
    return out.getvalue()


class Substances:
    """Whether an Intervention concept is a substance, the like-for-like part of BC5CDR's Chemical category (round
    21a): a ChEBI entity, a MeSH supplementary record or descriptor filed among chemicals and drugs (tree D), an
    agent minted for a code or species given (:data:`ipkg.ground.agent_unlisted.AGENT_BASE`), or any other concept
    whose MeSH ids (:class:`MeshMap`) include such a record. Therapies and procedures (MAxO, MeSH E/F/G: surgery,
    chemotherapy, transplantation, exercise), which ipkg counts as Interventions (GUIDELINES) and BC5CDR never
    annotates, are not substances."""

    def __init__(self, shared: Path, mesh: MeshMap) -> None:
        self.mesh = mesh
        with (shared / "ontologies" / "mesh2024-descriptors.tsv").open(encoding="utf-8") as handle:
            self.chemical = {row["mesh_id"] for row in csv.DictReader(handle, delimiter="\t")
                             if row["tree_numbers"].startswith("D") or "|D" in row["tree_numbers"]}

    def __call__(self, concept) -> bool:
        iri = concept.iri
        if iri.startswith((OBO_CHEBI, AGENT_BASE)):
            return True
        return any(m.startswith("C") or m in self.chemical for m in self.mesh(concept))


def _annotated_pmids() -> set[str]:
    """GutBrainIE records of ipkg's annotated set (kept out of the GutBrainIE rows, so tuning on them stays out)."""
    out = set()
    for line in ANNOTATED.read_text(encoding="utf-8").splitlines():
        source = json.loads(line)["source"]
        if source["corpus"] == "gutbrainie":
            out.add(source["pmid"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--split", default="dev",
                        help="comma-separated: train, dev (tuned on) and/or test (only scored); default dev")
    parser.add_argument("--only", default="dev,annotated,bc5cdr,bc5cdr-doc,bc5cdr-chem,gutbrainie,ncbi,jnlpba,speed")
    parser.add_argument("--speed-docs", type=int, default=5000)
    parser.add_argument("--export", type=Path, metavar="DIR",
                        help="write the annotated set as kg build input plus score.py gold files into DIR, and stop")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list misses and extras (tuning splits only: refused with --split test)")
    args = parser.parse_args(argv)
    if args.export:
        print(f"wrote {export_annotated(args.shared, args.export)}")
        return 0
    splits = args.split.split(",")
    if not set(splits) <= {"train", "dev", "test"}:
        parser.error(f"--split: unknown split in {args.split!r} (train, dev, test)")
    if args.verbose and "test" in splits:
        parser.error("-v lists misses, which are read only on tuning splits: drop it or drop --split test")
    only = set(args.only.split(","))
    t = time.perf_counter()
    grounder = Grounder.from_path()
    rows = [f"grounder load: {time.perf_counter() - t:.2f} s"]
    mesh = MeshMap(args.shared) if only & {"bc5cdr-doc", "bc5cdr-chem"} else None
    score = load_tool(args.shared, "score")
    table = io.StringIO()
    table.write(f"{'benchmark':<50}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn\n")
    for split in splits:
        table.write(_split_rows(args, split, grounder, mesh, score))
    if "speed" in only:
        n, find_rate, extract_rate = bench_speed(args.shared, grounder, args.speed_docs)
        rows.append(f"throughput over {n} screening abstracts (CPU time, one core): Grounder.find {find_rate:,.0f}/s, "
                    f"extract_mentions {extract_rate:,.0f}/s")
    print(table.getvalue().rstrip())
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
