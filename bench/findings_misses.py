"""Where the findings recall goes: every missed gold finding of a read part in one bucket (round 40, issue 12).

Each read part's abstracts are read in process exactly as ``kg build`` reads them (the texts written as
``bench_findings.py`` writes them, then :func:`ipkg.ingest.read_documents` and :func:`ipkg.extract.read_document`);
a gold finding the study's findings do not hold (strict: subject, relation, object, polarity, matched as
``score_findings.py`` matches) goes into the first bucket that fits:

* **d** a finding on the pair (either way round) with another relation or polarity;
* **e** a finding with the gold's relation family, one argument the gold's and the other a broader or narrower
  concept (its label and the gold's share a content word, or its mention overlaps the gold concept's name);
* **a** the subject or the object matches no mention and no reader's item in the sentence of the gold's evidence,
  and it is named there in so many words or not grounded anywhere in the abstract (a grounding miss; the kind: the
  gold concept's id space, whether the sentence names it literally, and if so what was grounded there);
* **b** an argument grounded elsewhere in the abstract and not named in the evidence sentence (cross-sentence: a
  pronoun, "the drug", an ellipsis, the title's agent);
* **c1** both grounded in the evidence sentence, and a reader stated the pair, but the study's filters did not keep
  it;
* **c** both grounded in the evidence sentence, no reader fires.

Only the read parts may be run (``tune``, ``tune2``, ``tune3``, the dev set's read half); the held-out parts are refused::

    PYTHONPATH=src python bench/findings_misses.py --shared ../shared --part tune2 [--json misses.jsonl]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import load_tool
from _grounding_sets import write_annotated_texts
from bench_findings import GOLD_R3, GOLD_TUNE, GOLD_TUNE2

#: the dev set's 13 abstracts that may not be read (their gold is apart)
DEV_UNREAD = Path("/work/briefs/dev-unread-gold.jsonl")
#: the change relations the scorer counts as one family
CHANGES = {"increases", "decreases", "modulates"}
#: words too common to tie two concept labels
_STOP = {"of", "the", "and", "in", "to", "a", "disorder", "process", "activity", "positive", "negative", "cell",
         "regulation", "response", "factor", "protein", "level", "levels", "signaling", "pathway", "type", "human"}
#: words of a cross-sentence reference in a sentence
_ANAPHOR = re.compile(r"\b(?:it|its|they|their|this|these|those|such|the\s+(?:drug|treatment|compound|agent|"
                      r"intervention|medication|therapy|extract|supplement|probiotic|stress|model|strain|exposure))\b",
                      re.IGNORECASE)


def _read_part(shared: Path, part: str) -> tuple[list[dict], dict[str, object]]:
    """The gold records of a read part and each one's document as ``kg build`` reads it, by gold id."""
    from ipkg.ingest import read_documents

    if part in ("tune", "tune2", "tune3"):
        path = {"tune": GOLD_TUNE, "tune2": GOLD_TUNE2, "tune3": GOLD_R3}[part]
        golds = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        folder = Path(tempfile.mkdtemp(prefix="ipkg-misses-"))
        written = write_annotated_texts(shared, [g["id"] for g in golds], folder)
        docs = {}
        for gold in golds:
            file, _ = written[gold["id"]]
            docs[gold["id"]] = next(d for d in read_documents(file) if not isinstance(d, Exception))
        return golds, docs
    unread = {json.loads(line)["id"] for line in DEV_UNREAD.read_text(encoding="utf-8").splitlines() if line.strip()}
    corpus = shared / "corpus" / "dev"
    golds = [g for g in map(json.loads, (corpus / "gold-findings.jsonl").read_text(encoding="utf-8").splitlines())
             if g["id"] not in unread]
    scorer = load_tool(shared, "score")
    inputs = sorted((corpus / "raw").iterdir()) + sorted((Path(__file__).resolve().parents[1] / "seeds").iterdir())
    found: dict[str, object] = {}
    for doc in (d for path in inputs for d in read_documents(path)):
        if isinstance(doc, Exception) or not doc.abstract:
            continue
        study = {"pmid": {doc.pmid} if doc.pmid else set(), "doi": {scorer.norm_doi(doc.doi)} if doc.doi else set(),
                 "title": {scorer.norm(doc.title)}, "file": {Path(doc.source_file).name}}
        for gold in golds:
            if scorer.pair(gold, [study]) is not None:
                old = found.get(gold["id"])
                if old is None or len(doc.abstract) > len(old.abstract):  # type: ignore[attr-defined]
                    found[gold["id"]] = doc
    return golds, found


class _Matcher:
    """``score_findings.py``'s concept match over the pipeline's concepts."""

    def __init__(self, shared: Path) -> None:
        self.score = load_tool(shared, "score")

    def __call__(self, gold: dict, concept) -> bool:  # type: ignore[no-untyped-def]
        if concept is None:
            return False
        ids = {i.upper() for i in gold.get("ids", [])}
        cur = self.score.curie(concept.iri)
        if cur and cur.upper() in ids:
            return True
        return self.score.norm(concept.label) in self.names(gold)

    def names(self, gold: dict) -> set[str]:
        return {self.score.norm(gold["label"])} | {self.score.norm(a) for a in gold.get("aliases", [])}

    def words(self, gold: dict) -> set[str]:
        return {w for n in self.names(gold) for w in n.split() if w not in _STOP and len(w) > 2}


def _polarity(f) -> str:  # type: ignore[no-untyped-def]
    return "negated" if f.negated else "hedged" if f.hedged else "asserted"


def _kind(gold: dict) -> str:
    """The gold concept's id space (its first id's prefix; MeSH split by tree letter where it says)."""
    ids = gold.get("ids") or []
    if not ids:
        return "no id"
    return ids[0].split(":")[0].upper()


def _span_of(text: str, names: list[str]) -> tuple[int, int] | None:
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2:
            continue
        m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE)
        if m:
            return m.span()
    return None


def _evidence_sentence(sentences: list, evidence: str) -> int | None:
    """The index of the sentence that holds the gold evidence (the one sharing most of its words when none holds
    it whole)."""
    if not sentences or not evidence:
        return None
    flat = lambda t: " ".join(re.findall(r"\w+", t.lower()))  # noqa: E731
    ev = flat(evidence)
    for n, s in enumerate(sentences):
        if ev and ev in flat(s.text):
            return n
    words = set(ev.split())
    return max(range(len(sentences)), key=lambda n: len(words & set(flat(sentences[n].text).split())))


def bucket(gold_record: dict, doc, match: _Matcher) -> list[dict]:  # type: ignore[no-untyped-def]
    """One row per missed gold finding of one abstract: its bucket and what decided it."""
    from ipkg.extract import read_document
    from ipkg.extract.findings import candidate_findings

    extraction, annotated = read_document(doc)
    found = extraction.findings
    candidates = candidate_findings(annotated)
    text = {"title": doc.title, "abstract": doc.abstract}
    sentences = [s for s in annotated.sentences if s.passage in ("title", "abstract")]
    rows = []
    for g in gold_record["findings"]:
        hit = [f for f in found if match(g["subject"], f.subject) and match(g["object"], f.obj)
               and f.predicate == g["relation"] and _polarity(f) == g["polarity"]]
        if hit:
            continue
        row = {"id": gold_record["id"], "relation": g["relation"], "polarity": g["polarity"],
               "subject": g["subject"]["label"], "object": g["object"]["label"], "evidence": g.get("evidence", "")}
        same = [f for f in found if match(g["subject"], f.subject) and match(g["object"], f.obj)]
        turned = [f for f in found if match(g["subject"], f.obj) and match(g["object"], f.subject)]
        if same or turned:
            f = (same or turned)[0]
            why = "turned round" if not same else "relation" if f.predicate != g["relation"] else "polarity"
            rows.append({**row, "bucket": "d", "why": f"{why}: {f.predicate} ({_polarity(f)})"})
            continue
        family = CHANGES if g["relation"] in CHANGES else {g["relation"]}
        near = None
        for f in found:
            if f.predicate not in family or f.obj is None:
                continue
            for side, other, gside in (("subject", f.obj, "object"), ("object", f.subject, "subject")):
                if match(g[side], f.subject if side == "subject" else f.obj):
                    if match.words(g[gside]) & {w for w in match.score.norm(other.label).split()}:
                        near = f"{gside} {other.label}"
            if near:
                break
        if near:
            rows.append({**row, "bucket": "e", "why": near})
            continue
        grounded = {side: [n for n, s in enumerate(sentences)
                           if any(match(g[side], m.concept) for m in s.mentions)
                           or any(s.start <= f.start < s.end and f.passage == s.passage
                                  and (match(g[side], f.subject) or match(g[side], f.obj)) for f in candidates)]
                    for side in ("subject", "object")}
        home = _evidence_sentence(sentences, g.get("evidence", ""))
        kinds = []
        for side in ("subject", "object"):
            if home in grounded[side]:
                continue
            names = [g[side]["label"], *g[side].get("aliases", [])]
            literal = _span_of(sentences[home].text, names) if home is not None else None
            if grounded[side] and literal is None:
                # named elsewhere, not in the evidence sentence: a reference across sentences
                kinds.append(("b", f"{side} in sentence {grounded[side][:3]}, not named in the evidence sentence"
                              + (" (anaphor there)" if _ANAPHOR.search(g.get("evidence", "")) else "")))
                continue
            if literal is not None:
                a, b = literal
                text_ = sentences[home].text
                other = [m.concept.label for m in sentences[home].mentions
                         if m.start - sentences[home].start < b and a < m.end - sentences[home].start]
                kinds.append(("a", f"{side} {_kind(g[side])} named '{text_[a:b]}'"
                              + (f" grounded as {other[0]}" if other else " no mention")
                              + (" (grounded elsewhere)" if grounded[side] else "")))
                continue
            kinds.append(("a", f"{side} {_kind(g[side])} not named" + (" (grounded elsewhere)" if grounded[side]
                                                                        else "")))
        if kinds:
            b = "a" if any(k == "a" for k, _ in kinds) else "b"
            rows.append({**row, "bucket": b, "why": "; ".join(w for _, w in kinds)})
            continue
        said = [f for f in candidates if match(g["subject"], f.subject) and match(g["object"], f.obj)]
        if said:
            f = said[0]
            rows.append({**row, "bucket": "c1", "why": f"candidate {f.predicate} ({_polarity(f)}) role {f.role}"})
            continue
        rows.append({**row, "bucket": "c", "why": sentences[home].text[:400]})
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--part", choices=("tune", "tune2", "tune3", "devread"), action="append", required=True)
    parser.add_argument("--json", type=Path, help="write every missed finding with its bucket here (JSON Lines)")
    args = parser.parse_args(argv)
    match = _Matcher(args.shared)
    rows = []
    for part in args.part:
        golds, docs = _read_part(args.shared, part)
        for gold in golds:
            rows.extend({**r, "part": part} for r in bucket(gold, docs[gold["id"]], match))
    if args.json:
        args.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    by_bucket = collections.Counter(r["bucket"] for r in rows)
    relations = sorted({r["relation"] for r in rows})
    print("| bucket | all | " + " | ".join(relations) + " |")
    print("|---|---|" + "---|" * len(relations))
    for b in ("a", "b", "c", "c1", "d", "e"):
        cells = [str(sum(1 for r in rows if r["bucket"] == b and r["relation"] == rel)) for rel in relations]
        print(f"| {b} | {by_bucket[b]} | " + " | ".join(cells) + " |")
    print(f"| all | {len(rows)} | " + " | ".join(str(sum(1 for r in rows if r["relation"] == rel))
                                             for rel in relations) + " |")
    kinds = collections.Counter(_grounding_kind(r["why"]) for r in rows if r["bucket"] == "a")
    print("\n| grounding miss (a): the first argument missed | findings |\n|---|---|")
    for kind, n in kinds.most_common():
        print(f"| {kind} | {n} |")


def _grounding_kind(why: str) -> str:
    """A grounding miss's kind: the id space of its first missed argument and how the evidence sentence names it."""
    side = next(part.strip() for part in why.split(";") if " in sentence " not in part)
    space = "no id" if side.split()[1:3] == ["no", "id"] else side.split()[1]
    how = ("not named in so many words" if "not named" in side else "named, grounded as another concept"
           if "grounded as" in side else "named, no mention")
    return f"{space}: {how}"


if __name__ == "__main__":
    main()
