"""The fresh samples K and L of findings round 25 (session 15, issue 12): ipkg's findings on abstracts no findings
rule was read on, judged by hand (``judged-*.jsonl`` beside this file).

fresh-s11's pool (GutBrainIE train + Bannach-Brown 2019) ends at rank 382, so this draw reads the *training* parts of
the other external corpora in ``corpus/external``: the Cohen 2006 screening sets (ADHD, atypical antipsychotics; no
split of their own), BC5CDR ``CDR_TrainingSet``, Evidence Inference's ``train`` split (``prompts.jsonl``), NCBI
disease ``NCBItrainset_corpus``, JNLPBA ``standoff-train``. A record is a candidate when its abstract has 400
characters or more and its title + abstract match :data:`NEURO_PSYCH` and (:data:`IMMUNE` or :data:`DRUG`). Left
out: any record whose PMID or PMC id occurs as a token in a file under ``tests/data`` listed in ``draw-files.txt``
(the files there at the end of session 18; fresh-s11 and the design check
set included), in the dev set, or in the design set (its held-out third); any whose normalised title is the dev
set's or the design set's; a text seen earlier in the draw (same normalised title). Ranked by
``sha256("ipkg-f25-s15:" + id)``; K = ranks 0-39, L = ranks 40-79 (round 25), M = ranks 80-119, N = ranks 120-159
(round 28), O = ranks 160-199, P = ranks 200-239 (round 34), Q = ranks 240-279, R = ranks 280-319 (round 35),
S = ranks 320-359 (round 37), T = ranks 360-399, U = ranks 400-439 (round 43), V = ranks 440-479, W = ranks 480-519
(round 45), X = ranks 520-559 (round 46), Y = ranks 560-599 (round 48), Z = ranks 600-639 (round 49)
(:data:`RANGES`). Ids: ``cohen-<pmid>``, ``cdr-<pmid>``, ``ei-PMC<id>``, ``ncbi-<pmid>``, ``jnlpba-<id>``.

    python tests/data/findings/fresh-s15/sample.py --shared /work/shared ids
    python tests/data/findings/fresh-s15/sample.py --shared /work/shared dump K out.jsonl

No abstract text is stored; texts are re-read from ``corpus/external``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import importlib.util
import json
import re
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
#: the files under ``tests/data`` whose ids and titles the draw leaves out (paths relative to it)
DRAW_FILES = HERE / "draw-files.txt"
sys.path.insert(0, str(ROOT / "bench"))
from _grounding_sets import _CHECK_IMMUNE  # noqa: E402

from ipkg.models import Document  # noqa: E402

SEED = "ipkg-f25-s15:"
#: a psychiatric or neurological word (fresh-s11's psychiatric words and the common neurological ones)
NEURO_PSYCH = re.compile(r"depress|anxi|schizo|bipolar|psychi|psychos|mood|anhedoni|mania|suicid|autis|ADHD|"
                         r"attention[- ]deficit|dementia|alzheimer|parkinson|epilep|seizure|stroke|migraine|"
                         r"multiple sclerosis|encephal|neuropath|cognit|delirium|\bbrain\b", re.I)
#: the immune words of the grounding check set (fresh-s11's filter)
IMMUNE = _CHECK_IMMUNE
#: a drug: a class word or a common stem of drug names
DRUG = re.compile(r"\bdrugs?\b|medication|antidepressant|antipsychotic|anticonvulsant|stimulant|lithium|ketamine|"
                  r"valpro|\w+(?:pine|apine|idone|xetine|pramine|tyline|azepam|olam|phenidate|amine|azole|mycin|"
                  r"cillin|statin|mab|pril|sartan|olol|profen)\b", re.I)
#: the samples, as ranges of the ranking
RANGES = {"K": (0, 40), "L": (40, 80), "M": (80, 120), "N": (120, 160), "O": (160, 200), "P": (200, 240),
          "Q": (240, 280), "R": (280, 320), "S": (320, 360), "T": (360, 400), "U": (400, 440),
          "V": (440, 480), "W": (480, 520), "X": (520, 560), "Y": (560, 600), "Z": (600, 640),
          "AA": (640, 680)}


def _fresh_s11():  # type: ignore[no-untyped-def]
    """fresh-s11's ``sample.py`` as a module (its folder name is no package name)."""
    spec = importlib.util.spec_from_file_location("fresh_s11_sample", HERE.parent / "fresh-s11" / "sample.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


_norm = _fresh_s11()._norm


def _split_title(raw: str) -> tuple[str, str]:
    title, _, abstract = raw.strip().partition("\n")
    return title.strip(), abstract.strip()


def _pubtator(path: Path, prefix: str) -> Iterator[tuple[str, str, str]]:
    title = ""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if "|t|" in line[:20]:
                title = line.split("|t|", 1)[1].strip()
            elif "|a|" in line[:20]:
                pmid, abstract = line.split("|a|", 1)
                yield f"{prefix}-{pmid.strip()}", title, abstract.strip()


def _records(shared: Path) -> Iterator[tuple[str, str, str]]:
    """(id, title, abstract) of every training record of the draw's corpora."""
    ext = shared / "corpus" / "external"
    for name in ("ADHD", "AtypicalAntipsychotics"):
        with gzip.open(ext / "asreview-cohen-2006" / f"{name}.csv.gz", "rt", encoding="utf-8", newline="") as h:
            for row in csv.DictReader(h):
                if row.get("pubmedID"):
                    yield f"cohen-{row['pubmedID']}", row["title"] or "", row["abstract"] or ""
    yield from _pubtator(ext / "bc5cdr" / "CDR_TrainingSet.PubTator.txt", "cdr")
    ei = ext / "evidence-inference"
    train = sorted({p["pmcid"] for p in map(json.loads, (ei / "prompts.jsonl").read_text(encoding="utf-8")
                                                 .splitlines()) if p["split"] == "train"})
    for pmcid in train:
        path = ei / "abstracts" / f"{pmcid}.txt"
        if path.exists():
            yield (f"ei-{pmcid}", *_split_title(path.read_text(encoding="utf-8")))
    yield from _pubtator(ext / "ncbi-disease" / "NCBItrainset_corpus.txt", "ncbi")
    with tarfile.open(ext / "jnlpba" / "standoff-train.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.isfile() and member.name.endswith(".txt"):
                raw = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
                yield (f"jnlpba-{Path(member.name).stem}", *_split_title(raw))


def _used(shared: Path) -> tuple[set[str], set[str]]:
    """Id tokens (digit runs, PMC ids) and normalised titles that rule a record out. The files of ``tests/data``
    read are those of :data:`DRAW_FILES` (frozen in session 19: every file there at the end of session 18, this
    folder left out), so that a file added later cannot move the ranks of the samples drawn."""
    data = ROOT / "tests" / "data"
    texts = [(data / name).read_text(encoding="utf-8", errors="replace")
             for name in DRAW_FILES.read_text(encoding="utf-8").split()]
    titles: set[str] = set()
    for folder in (shared / "corpus" / "dev", shared / "corpus" / "design"):
        for p in folder.rglob("*"):
            if p.is_file():
                text = p.read_text(encoding="utf-8", errors="replace")
                texts.append(text)
                if p.suffix == ".jsonl":
                    for line in text.splitlines():
                        row = json.loads(line) if line.strip() else {}
                        if row.get("title"):
                            titles.add(_norm(row["title"]))
                elif p.suffix == ".txt":
                    titles.add(_norm(text.strip().split("\n", 1)[0]))
    tokens = {t for text in texts for t in re.findall(r"PMC\d+|\d{5,}", text)}
    return tokens, {t for t in titles if len(t) > 20}


def documents(shared: Path) -> dict[str, Document]:
    """Every candidate of the draw, by id (filters applied, first text of a title kept)."""
    tokens, titles = _used(shared)
    out: dict[str, Document] = {}
    seen: set[str] = set()
    for key, title, abstract in _records(shared):
        text = f"{title} {abstract}"
        if len(abstract) < 400 or not NEURO_PSYCH.search(text) or not (IMMUNE.search(text) or DRUG.search(text)):
            continue
        norm = _norm(title)
        if key.split("-", 1)[1] in tokens or norm in titles or norm in seen or key in out:
            continue
        seen.add(norm)
        out[key] = Document(f"{key}.txt", title, abstract)
    return out


def ranked(shared: Path) -> list[str]:
    """Every id of the draw, in the order of the ranking."""
    return sorted(documents(shared), key=lambda k: hashlib.sha256((SEED + k).encode()).hexdigest())


def dump(shared: Path, ids: list[str], out: Path) -> None:
    """ipkg's findings of ``ids``, one JSON line each (id, subject, relation, object, polarity, direction, role,
    evidence: the sentence's first 86 characters)."""
    from ipkg.extract import extract_document

    docs = documents(shared)
    with out.open("w", encoding="utf-8") as handle:
        for key in ids:
            for f in extract_document(docs[key]).findings:
                polarity = "negated" if f.negated else "hedged" if f.hedged else "asserted"
                evidence = f.evidence if len(f.evidence) <= 90 else f.evidence[:86] + " ..."
                handle.write(json.dumps({
                    "id": key, "subject": f.subject.label, "relation": f.predicate,
                    "object": f.obj.label if f.obj else None, "polarity": polarity, "direction": f.direction,
                    "role": f.role, "evidence": evidence}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("what", choices=("ids", "dump"))
    parser.add_argument("sample", nargs="?", choices=tuple(RANGES))
    parser.add_argument("out", nargs="?", type=Path)
    args = parser.parse_args()
    kept = ranked(args.shared)
    samples = {name: sorted(kept[lo:hi]) for name, (lo, hi) in RANGES.items()}
    if args.what == "ids":
        print(json.dumps({"pool": len(kept), **samples}))
    else:
        dump(args.shared, samples[args.sample], args.out)


if __name__ == "__main__":
    main()
