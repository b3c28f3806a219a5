"""Train the sentence-role model of :mod:`ipkg.extract.annotate` from structured abstracts (needs scikit-learn).

    python -m ipkg.extract.train_roles --shared ../shared [--evaluate-only]

Training data: every *structured* abstract (labelled BACKGROUND / METHODS / RESULTS ...) of the public corpora in
``../shared/corpus/external`` that licence training (BC5CDR training and development parts, Evidence Inference,
the ASReview screening sets), with the labels removed from the text so the model learns from the words as an
unstructured abstract has them. Records of ``corpus/dev`` and ``corpus/design`` are left out (by PMID and title),
and BC5CDR's test part is never read. The held-out figure is measured on a fifth of the abstracts chosen by a
hash of their id before training (``--evaluate-only`` prints it without writing the model); the shipped model is
then fitted on all of them. Model: multinomial logistic regression (scikit-learn, ``C`` below) over word unigrams
and bigrams, the sentence's relative position and the cue groups of :mod:`ipkg.extract.annotate`; weights below
``_PRUNE`` in every class are dropped (:mod:`ipkg.extract.linear_fit`, the trainers' one fitting path): same
data, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ..learn import LinearModel
from ..pipeline import iter_documents
from .annotate import MODEL_PATH, _section_at, role_features, section_role, sentence_roles
from .linear_fit import exported, fit, write
from .sentences import split_sentences

__all__ = ["main"]

#: the corpora read, relative to ``--shared``
SOURCES = (
    "corpus/external/bc5cdr/CDR_TrainingSet.PubTator.txt",
    "corpus/external/bc5cdr/CDR_DevelopmentSet.PubTator.txt",
    "corpus/external/evidence-inference/abstracts",
    "corpus/external/asreview-bannach-brown-2019/Bannach-Brown_2019.csv.gz",
    "corpus/external/asreview-cohen-2006/ADHD.csv.gz",
    "corpus/external/asreview-cohen-2006/AtypicalAntipsychotics.csv.gz",
)
C = 0.5
_PRUNE = 0.02
_LABEL = re.compile(r"^[A-Za-z][A-Za-z ,&/'-]{1,60}:\s*")


def _norm_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def _excluded(shared: Path) -> tuple[set[str], set[str]]:
    """PMIDs and normalised titles of the dev and design sets, which the model must never see."""
    pmids: set[str] = set()
    titles: set[str] = set()
    for gold in ("corpus/design/gold-design.jsonl", "corpus/dev/gold-dev.jsonl", "corpus/dev/gold-seeds.jsonl"):
        path = shared / gold
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("pmid", "source_id"):
                if record.get(key):
                    pmids.add(str(record[key]))
            if record.get("title"):
                titles.add(_norm_title(record["title"]))
    for folder in ("corpus/dev/raw", "corpus/design/raw"):
        for item in iter_documents([str(shared / folder)]):
            if hasattr(item, "title"):
                titles.add(_norm_title(item.title))
                if item.pmid:
                    pmids.add(item.pmid)
    return pmids, titles


def _examples(shared: Path) -> list[tuple[str, list[str], list[str]]]:
    """``(abstract id, sentences without labels, roles)`` of every usable structured abstract."""
    pmids, titles = _excluded(shared)
    seen: set[str] = set()
    out = []
    for source in SOURCES:
        for doc in iter_documents([str(shared / source)]):
            if not hasattr(doc, "sections") or not doc.sections:
                continue
            key = doc.pmid or _norm_title(doc.title) or f"{doc.source_file}#{doc.record}"
            if key in seen or (doc.pmid and doc.pmid in pmids) or _norm_title(doc.title) in titles:
                continue
            seen.add(key)
            spans = split_sentences(doc.abstract)
            roles = [section_role(_section_at(doc.sections, s)) for s, _ in spans]
            if sum(r is not None for r in roles) < len(roles) or len(set(roles)) < 2:
                continue  # a section whose label is no role, or one section only: no order to learn
            texts = [_LABEL.sub("", doc.abstract[s:e], count=1) for s, e in spans]
            out.append((key, texts, roles))  # type: ignore[arg-type]
    return out


def _held_out(key: str) -> bool:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % 5 == 0


def _fit(examples) -> tuple[LinearModel, int]:  # type: ignore[no-untyped-def]
    """The model of the examples' sentences as shipped (weights below ``_PRUNE`` in every class dropped), and the
    number of sentences."""
    rows, labels = [], []
    for _key, texts, roles in examples:
        for i, (text, role) in enumerate(zip(texts, roles)):
            rows.append(Counter(role_features(text, i, len(texts))))
            labels.append(role)
    return exported(fit(rows, labels, c=C), min_weight=_PRUNE), len(rows)


def _accuracy(examples, model: LinearModel) -> tuple[float, float, float, int]:  # type: ignore[no-untyped-def]
    """Sentence accuracy of the model alone, of the model with the monotone order, and of the cue rules alone."""
    total = alone = ordered = cues = merged = 0
    context = {"background": "context", "objective": "context"}
    for _key, texts, roles in examples:
        total += len(roles)
        cues += sum(a == b for a, b in zip(sentence_roles(texts, model=None), roles))
        alone += sum(model.predict(role_features(t, i, len(texts))) == r for i, (t, r) in enumerate(zip(texts, roles)))
        predicted = sentence_roles(texts, model=model)
        ordered += sum(a == b for a, b in zip(predicted, roles))
        merged += sum(context.get(a, a) == context.get(b, b) for a, b in zip(predicted, roles))
    print(f"held out, background and objective counted as one role: {merged / total:.3f}")
    return alone / total, ordered / total, cues / total, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--evaluate-only", action="store_true")
    args = parser.parse_args(argv)
    examples = _examples(args.shared)
    train = [e for e in examples if not _held_out(e[0])]
    test = [e for e in examples if _held_out(e[0])]
    alone, ordered, cues, total = _accuracy(test, _fit(train)[0])
    print(f"abstracts {len(examples)} (train {len(train)}, held out {len(test)}); held-out sentences {total}: "
          f"model {alone:.3f}, model + order {ordered:.3f}, cue rules {cues:.3f}")
    if args.evaluate_only:
        return 0
    model, n = _fit(examples)
    meta = {"trained_on": list(SOURCES), "abstracts": len(examples), "sentences": n, "C": C,
            "held_out_accuracy": round(ordered, 4), "held_out_sentences": total, "features": len(model.weights)}
    write(args.out, replace(model, meta=meta))
    print(f"wrote {args.out} ({len(model.weights)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
