"""Corpora and scorers of ``bench_grounding.py`` beyond span matching: MeSH concept sets per document (BC5CDR,
the BioCreative V disease-normalisation measure), GutBrainIE gold entities, and ipkg's own annotated
immunopsychiatry set (``tests/data/grounding/immunopsychiatry-gold.jsonl``, texts re-read from ``../shared``).

Nothing here copies a text into the repository: GutBrainIE states no licence, and the annotated set keeps only
record ids, entities and ids; its texts are read from ``corpus/external`` at run time.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.ground.meshmap import MeshMap
from ipkg.models import Document

__all__ = ["MeshMap", "read_pubtator_ids", "write_annotated_texts", "bench_documents", "read_gutbrainie", "bench_gutbrainie",
           "read_annotated", "annotated_document", "bench_annotated", "export_annotated", "GUTBRAINIE_SPLITS",
           "ANNOTATED", "ANNOTATED_CHECK", "ANNOTATED_CHECK2", "CHECK_SETS", "check_halves", "check_sample",
           "check2_sample"]

#: GutBrainIE parts: the training annotations (platinum + gold) are tuned on, its dev set is only scored (as test)
GUTBRAINIE_SPLITS = {
    "train": ("Annotations/Train/platinum_quality/json_format/train_platinum.json.gz",
              "Annotations/Train/gold_quality/json_format/train_gold.json.gz"),
    "test": ("Annotations/Dev/json_format/dev.json.gz",),
}
#: GutBrainIE labels -> the ipkg classes compared with them
GUTBRAINIE_CLASSES = {"DDF": ("Disorder", "Phenotype"), "drug": ("Intervention",),
                      "dietary supplement": ("Intervention",)}
#: ipkg's annotated immunopsychiatry set (ids, entities; texts re-read from ../shared)
ANNOTATED = Path(__file__).resolve().parents[1] / "tests" / "data" / "grounding" / "immunopsychiatry-gold.jsonl"


def read_pubtator_ids(path: Path, kind: str) -> list[tuple[Document, set[str]]]:
    """(document, gold MeSH ids of ``kind`` mentions) per PubTator record; composite ids split, ``-1`` dropped."""
    out = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        title = abstract = pmid = ""
        ids: set[str] = set()
        for line in block.strip().splitlines():
            if "|t|" in line[:20]:
                pmid, _, title = line.split("|", 2)  # "<pmid>|t|<title>": the third field is the title whole
            elif "|a|" in line[:20]:
                abstract = line.split("|", 2)[2]
            else:
                cells = line.split("\t")
                if len(cells) >= 6 and cells[4] == kind:
                    ids |= {i for i in cells[5].split("|") if i and i != "-1"}
        if pmid:
            out.append((Document(f"{pmid}.txt", title, abstract, pmid=pmid), ids))
    return out


def _curie(concept) -> str:
    iri = concept.iri
    for prefix, stem in (("http://purl.obolibrary.org/obo/", None), ("http://id.nlm.nih.gov/mesh/", "MESH")):
        if iri.startswith(prefix):
            local = iri[len(prefix):]
            return f"{stem}:{local}" if stem else local.replace("_", ":", 1)
    if iri.startswith("http://purl.uniprot.org/uniprot/"):
        return "UP:" + iri.rsplit("/", 1)[1]
    return iri


def bench_documents(records: list[tuple[Document, set[str]]], grounder: Grounder, classes: tuple[str, ...],
                    mesh: MeshMap, verbose: bool, name: str, keep=None) -> tuple[int, int, int, int, int]:
    """Document-level MeSH concept sets: tp, fp, fn; and tp, fn over the gold ids the lexicon has a concept of
    ``classes`` for (for chemicals: the drugs, whose recall is what ipkg promises).

    Each predicted concept counts once per document: as a hit when one of its MeSH ids is gold, else as one
    false positive (a concept without any MeSH id is a false positive too: BioCreative scores MeSH ids).
    ``keep`` (a predicate on a concept), when given, scores only the concepts it keeps.
    """
    known = {i for c in grounder.index.table if c.cls in classes and (keep is None or keep(c))
             for i in mesh.ids(_curie(c), c.label)}
    tp = fp = fn = known_tp = known_fn = 0
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    for doc, gold in records:
        mentions, _ = extract_mentions(doc, grounder)
        found: set[str] = set()
        for concept in sorted({m.concept for m in mentions if m.concept.cls in classes and (keep is None
                                                                                        or keep(m.concept))}):
            ids = mesh.ids(_curie(concept), concept.label)
            hit = ids & gold
            if hit:
                found |= hit
            elif not any(m in found for m in ids):
                fp += 1
                extra[f"{_curie(concept)} {concept.label}"] += 1
        tp += len(found)
        fn += len(gold - found)
        known_tp += len(found & known)
        known_fn += len((gold & known) - found)
        missed.update((gold & known) - found)
    if verbose:
        print(f"{name} top missed ids (the lexicon has a concept): {missed.most_common(40)}")
        print(f"{name} top extra concepts: {extra.most_common(40)}")
    return tp, fp, fn, known_tp, known_fn


def read_gutbrainie(shared: Path, split: str, exclude: set[str]) -> list[tuple[Document, dict[str, set]]]:
    """(document, gold spans over title + ' ' + abstract per label) per GutBrainIE record not in ``exclude``."""
    out = []
    folder = shared / "corpus" / "external" / "gutbrainie"
    for part in GUTBRAINIE_SPLITS[split]:
        with gzip.open(folder / part, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        for pmid in sorted(data):
            if pmid in exclude:
                continue
            meta = data[pmid]["metadata"]
            title, abstract = meta.get("title") or "", meta.get("abstract") or ""
            spans: dict[str, set] = defaultdict(set)
            for e in data[pmid]["entities"]:
                shift = 0 if e["location"] == "title" else len(title) + 1
                spans[e["label"]].add((shift + e["start_idx"], shift + e["end_idx"] + 1))
            out.append((Document(f"{pmid}.txt", title, abstract, pmid=pmid), spans))
    return out


def bench_gutbrainie(records, grounder: Grounder, verbose: bool) -> dict[str, tuple[int, int, int, int]]:
    """Per GutBrainIE label group (:data:`GUTBRAINIE_CLASSES`): span tp, fp, fn, gold spans overlapped.

    A predicted span counts as a false positive only when it overlaps no gold span of any label (GutBrainIE
    annotates chemicals, foods, genes ... that ipkg may ground under another reading)."""
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for label, classes in GUTBRAINIE_CLASSES.items():
        groups[classes].append(label)
    counts = {"+".join(labels): [0, 0, 0, 0] for labels in groups.values()}
    missed: dict[str, Counter] = defaultdict(Counter)
    extra: dict[str, Counter] = defaultdict(Counter)
    for doc, gold in records:
        mentions, _ = extract_mentions(doc, grounder)
        shift = {"title": 0, "abstract": len(doc.title) + 1}
        text = f"{doc.title} {doc.abstract}"
        every = set().union(*gold.values()) if gold else set()
        for classes, labels in groups.items():
            key = "+".join(labels)
            pred = {(shift[m.passage] + m.start, shift[m.passage] + m.end) for m in mentions
                    if m.concept.cls in classes and m.passage in shift}
            spans = set().union(*(gold.get(label, set()) for label in labels))
            counts[key][0] += len(pred & spans)
            false = [p for p in pred - spans if not any(g[0] < p[1] and p[0] < g[1] for g in every)]
            counts[key][1] += len(false)
            extra[key].update(text[a:b].lower() for a, b in false)
            counts[key][2] += len(spans - pred)
            counts[key][3] += sum(1 for g in spans if any(p[0] < g[1] and g[0] < p[1] for p in pred))
            missed[key].update(text[a:b].lower() for a, b in spans - pred)
    if verbose:
        for key, counter in missed.items():
            print(f"gutbrainie {key} top misses: {counter.most_common(40)}")
            print(f"gutbrainie {key} top extras (overlapping no gold span): {extra[key].most_common(40)}")
    return {k: tuple(v) for k, v in counts.items()}


def _bannach_brown_rows(shared: Path) -> list[dict]:
    """The rows of the Bannach-Brown 2019 screening CSV (record_id, title, abstract, ...)."""
    path = shared / "corpus" / "external" / "asreview-bannach-brown-2019" / "Bannach-Brown_2019.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def annotated_document(shared: Path, source: dict, cache: dict) -> Document:
    """The text of an annotated record, re-read from ``corpus/external``."""
    external = shared / "corpus" / "external"
    if source["corpus"] == "bannach-brown-2019":
        if "bb" not in cache:
            cache["bb"] = {row["record_id"]: row for row in _bannach_brown_rows(shared)}
        row = cache["bb"][source["record_id"]]
        return Document(f"bb-{source['record_id']}.txt", row["title"] or "", row["abstract"] or "")
    if "gb" not in cache:
        cache["gb"] = {}
        for part in sorted((external / "gutbrainie" / "Articles" / "json_format").glob("articles_*.json.gz")):
            with gzip.open(part, "rt", encoding="utf-8") as handle:
                cache["gb"].update(json.load(handle))
    meta = cache["gb"][source["pmid"]]
    return Document(f"{source['pmid']}.txt", meta.get("title") or "", meta.get("abstract") or "",
                    pmid=source["pmid"])


def write_annotated_texts(shared: Path, ids: list[str], folder: Path) -> dict[str, tuple[Path, Document]]:
    """Write the abstracts ``ids`` of the annotated set or of a check set (:data:`CHECK_SETS`) into ``folder`` as
    ``kg build`` input (``<id>.txt``: title, blank line, abstract): their file and document, by id."""
    sources = {r["id"]: r["source"] for path in (ANNOTATED, *(gold for gold, _ in CHECK_SETS.values()))
               for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    cache: dict = {}
    out = {}
    for record_id in ids:
        doc = annotated_document(shared, sources[record_id], cache)
        path = folder / f"{record_id}.txt"
        path.write_text(f"{doc.title}\n\n{doc.abstract}\n", encoding="utf-8")
        out[record_id] = (path, doc)
    return out


#: the grounding check set (session 8): 40 more immunopsychiatry-filtered Bannach-Brown records, part "check"
ANNOTATED_CHECK = ANNOTATED.with_name("immunopsychiatry-check.jsonl")
#: the second grounding check set (session 17): 20 Bannach-Brown + 20 GutBrainIE bronze records, part "check2"
ANNOTATED_CHECK2 = ANNOTATED.with_name("immunopsychiatry-check2.jsonl")
#: each check set's name -> its gold file and the salt of its read / judge halves (fixed before anyone scored it)
CHECK_SETS = {"check": (ANNOTATED_CHECK, "ipkg-ground-check-split"),
              "check2": (ANNOTATED_CHECK2, "ipkg-ground-check2-split")}


_CHECK_IMMUNE = re.compile(r"cytokine|interleukin|\bIL-\d|TNF|inflammat|immun|microglia|lymphocyte|macrophage|"
                           r"\bT[- ]cell|interferon|C-reactive|\bCRP\b|lipopolysaccharide|\bLPS\b|NF-κB|NF-kappaB",
                           re.I)
_CHECK_PSYCH = re.compile(r"depress|anxi|schizo|bipolar|psychi|mood|anhedoni", re.I)


def check_sample(shared: Path, n: int = 40) -> list[str]:
    """The ids (``bb-<record_id>``) of the grounding check set's draw: Bannach-Brown 2019 records not in the annotated
    set whose abstract has 400 characters or more and whose title + abstract name an immune word and a psychiatric
    word (``_CHECK_IMMUNE``, ``_CHECK_PSYCH``: the word "depression" also catches its other senses), the ``n`` with
    the smallest SHA-256 of ``"ipkg-ground-check-2026:<record_id>"``."""
    annotated = {r["source"].get("record_id") for r in map(json.loads, ANNOTATED.read_text(encoding="utf-8").splitlines())
                 if r["source"]["corpus"] == "bannach-brown-2019"}
    rows = [row for row in _bannach_brown_rows(shared) if row["record_id"] not in annotated
            and len(row["abstract"] or "") >= 400
            and _CHECK_IMMUNE.search(text := f"{row['title'] or ''} {row['abstract']}") and _CHECK_PSYCH.search(text)]
    rows.sort(key=lambda row: hashlib.sha256(f"ipkg-ground-check-2026:{row['record_id']}".encode()).hexdigest())
    return sorted(f"bb-{row['record_id']}" for row in rows[:n])


_CHECK2_PSYCH = re.compile(r"depressi(ve|on)-like|depressive|antidepress|anxi|schizophren|bipolar|anhedoni|psychiatr|"
                           r"\bmood\b|behavio", re.I)


#: the records earlier samples and sets hold, which the second check set's draw leaves out: frozen in session 19 from
#: every ``bb-<n>``, ``gb-<pmid>`` and bare 7-8 digit number in the files under ``tests/data`` (the second check
#: set's own files left out), the ids the session-17 draw read there and the ids added since, which give the same 40
#: records; kept out of ``tests/data``, whose files the findings samples' draws read for ids to leave out
CHECK2_EXCLUDED = Path(__file__).resolve().parent / "data" / "check2-draw-excluded.txt"


def check2_sample(shared: Path, n: int = 20) -> list[str]:
    """The ids of the second grounding check set (session 17), ``n`` from each of two sources, none in the annotated
    set, the first check set or any file under ``tests/data`` (:data:`CHECK2_EXCLUDED`), each with an abstract of 400
    characters or more whose title + abstract name an immune word (``_CHECK_IMMUNE``) and a psychiatric word
    (``_CHECK_PSYCH``) and a behavioural or psychiatric word (``_CHECK2_PSYCH``, which leaves out most of the other
    senses of "depression"): ``bb-<record_id>`` of Bannach-Brown 2019 and ``gb-<pmid>`` of GutBrainIE's bronze
    training articles (not in ``immunopsychiatry-subset.tsv``), each the ``n`` with the smallest SHA-256 of
    ``"ipkg-ground-check2-2026:<id>"``."""
    seen = set(CHECK2_EXCLUDED.read_text(encoding="utf-8").split()) | set(check_sample(shared))
    annotated = {r["source"].get("record_id") or r["source"].get("pmid")
                 for r in map(json.loads, ANNOTATED.read_text(encoding="utf-8").splitlines())}
    subset = (shared / "corpus" / "external" / "gutbrainie" / "immunopsychiatry-subset.tsv").read_text(encoding="utf-8")
    annotated |= {line.split("\t")[0] for line in subset.splitlines()[1:]}

    def eligible(key: str, title: str, abstract: str) -> bool:
        text = f"{title} {abstract}"
        return (key not in annotated and len(abstract) >= 400 and bool(_CHECK_IMMUNE.search(text))
                and bool(_CHECK_PSYCH.search(text)) and bool(_CHECK2_PSYCH.search(text)))

    bronze = shared / "corpus" / "external" / "gutbrainie" / "Articles" / "json_format" / "articles_train_bronze.json.gz"
    with gzip.open(bronze, "rt", encoding="utf-8") as handle:
        articles = json.load(handle)
    pools = (
        [f"bb-{row['record_id']}" for row in _bannach_brown_rows(shared)
         if f"bb-{row['record_id']}" not in seen and row["record_id"] not in seen
         and eligible(row["record_id"], row["title"] or "", row["abstract"] or "")],
        [f"gb-{pmid}" for pmid, meta in articles.items()
         if pmid not in seen and eligible(pmid, meta.get("title") or "", meta.get("abstract") or "")],
    )
    rank = lambda key: hashlib.sha256(f"ipkg-ground-check2-2026:{key}".encode()).hexdigest()
    return sorted(key for pool in pools for key in sorted(pool, key=rank)[:n])


def check_halves(ids: list[str], salt: str = "ipkg-ground-check-split") -> dict[str, str]:
    """Each record of a grounding check set (``ids``) -> its half: ``read`` (its misses may be read: the first check
    set's from session 8's second grounding round on) for the half of the ids with the smallest SHA-256
    ``"<salt>:<id>"``, else ``judge`` (totals only). The salts are fixed per set (:data:`CHECK_SETS`)."""
    ranked = sorted(ids, key=lambda i: hashlib.sha256(f"{salt}:{i}".encode()).hexdigest())
    read = set(ranked[:len(ranked) // 2])
    return {i: "read" if i in read else "judge" for i in ids}


def read_annotated(shared: Path, part: str) -> list[tuple[Document, dict]]:
    """(document, gold record) of the annotated set's ``part`` (``tune`` or ``report``), or of a check set's halves
    (``check-read``, ``check-judge``, ``check2-read``, ``check2-judge``: :data:`CHECK_SETS`)."""
    cache: dict = {}
    out = []
    name, _, half = part.rpartition("-")
    check = CHECK_SETS.get(name)
    golds = [json.loads(line) for line in (check[0] if check else ANNOTATED).read_text(encoding="utf-8").splitlines()]
    halves = check_halves([gold["id"] for gold in golds], check[1]) if check else {}
    for gold in golds:
        if (halves[gold["id"]] == half) if check else gold["part"] == part:
            out.append((annotated_document(shared, gold["source"], cache), gold))
    return out


def bench_annotated(records, grounder: Grounder, score, classes: tuple[str, ...], verbose: bool
                    ) -> dict[str, tuple[int, int, int]]:
    """Per class tp, fp, fn of concepts per abstract, matched as ``tools/score.py`` matches them."""
    counts = {c: [0, 0, 0] for c in classes}
    for doc, gold in records:
        mentions, _ = extract_mentions(doc, grounder)
        surfaces: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            surfaces[m.concept.iri].add(m.text)
        for cls in classes:
            items = gold["entities"].get(cls, [])
            found = [False] * len(items)
            for concept in sorted({m.concept for m in mentions if m.concept.cls == cls}):
                pred = {"iri": concept.iri, "curie": score.curie(concept.iri), "labels": {score.norm(concept.label)}}
                hit = next((i for i, item in enumerate(items) if score.match(item, pred)), None)
                if hit is None:
                    counts[cls][1] += 1
                    if verbose:
                        print(f"[{gold['id']}] {cls} extra: {pred['curie']} {concept.label!r} "
                              f"<- {sorted(surfaces[concept.iri])}")
                elif not found[hit]:
                    counts[cls][0] += 1
                    found[hit] = True
            for item, ok in zip(items, found):
                if not ok:
                    counts[cls][2] += 1
                    if verbose:
                        print(f"[{gold['id']}] {cls} missed: {item['ids']} {item['label']!r} {item.get('aliases')}")
    return {c: tuple(v) for c, v in counts.items()}


def export_annotated(shared: Path, folder: Path) -> Path:
    """Write the annotated set as ``kg build`` input (``raw/<id>.txt``: title, blank line, abstract) and a
    ``tools/score.py`` gold file with titles and files filled in, into ``folder`` (outside the repository)::

        python bench/bench_grounding.py --export /tmp/ip-set && kg build /tmp/ip-set/raw -o /tmp/ip.ttl
        python ../shared/tools/score.py --gold /tmp/ip-set/gold-report.jsonl /tmp/ip.ttl
    """
    (folder / "raw").mkdir(parents=True, exist_ok=True)
    golds: dict[str, list[str]] = defaultdict(list)
    for part in ("tune", "report"):
        for doc, gold in read_annotated(shared, part):
            (folder / "raw" / f"{gold['id']}.txt").write_text(f"{doc.title}\n\n{doc.abstract}\n", encoding="utf-8")
            record = dict(gold, file=f"raw/{gold['id']}.txt", title=doc.title)
            golds[part].append(json.dumps(record, ensure_ascii=False))
    for part, lines in golds.items():
        (folder / f"gold-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
