"""Evidence Inference train as labelled trial results (round 18): the doctors' evidence sentences with their label.

The train split of ``/work/shared/corpus/external/evidence-inference`` (README there) holds prompts of
randomised-trial abstracts: an intervention, a comparator, an outcome, the doctors' label ("significantly increased",
"significantly decreased", "no significant difference") and the evidence text they cited. Its articles are dealt
into a part read (80 %) and a held-out part (20 %) by a seeded hash of the PMCID (:func:`held_out`), so every
prompt of one article is on one side. Only the train split is read here (the validation split is the lead's judge).

``python -m ipkg.extract.trial_corpus`` compares, on the held-out part, how the rules and a linear model fitted on the
part read tell a null result from a significant one in the doctors' evidence sentences (docs/findings.md section 18:
the model did not beat the rules, so none is shipped).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

__all__ = ["EI", "LABELS", "evidence_rows", "held_out"]

EI = Path("/work/shared/corpus/external/evidence-inference")
#: the doctors' labels, in the order the model's classes are listed
LABELS = ("significantly decreased", "no significant difference", "significantly increased")
_SEED = "ipkg-round18"


def held_out(pmcid: str) -> bool:
    """True for the 20 % of articles held out (a seeded hash of the PMCID; the same split every run)."""
    return hashlib.sha1(f"{_SEED}:{pmcid}".encode()).digest()[0] % 5 == 0


def evidence_rows(root: Path = EI, part: str = "read") -> list[tuple[str, str, str]]:
    """``(pmcid, evidence sentence, label)`` of the train prompts whose evidence lies in the abstract, of ``part``
    ("read", "held" or "all"), in file order; one row per distinct (article, evidence, label)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for line in (root / "prompts.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        ev = p.get("evidence_in_abstract")
        if p["split"] != "train" or not ev or p["label"] not in LABELS:
            continue
        if part != "all" and held_out(p["pmcid"]) != (part == "held"):
            continue
        key = (p["pmcid"], " ".join(ev.split()), p["label"])
        if key not in seen:
            seen.add(key)
            rows.append(key)
    return rows


def rule_says_null(text: str) -> bool:
    """The rules' reading of one evidence sentence: a null result when it has null wording
    (:func:`ipkg.extract.trial_results.null_spans`: :data:`ipkg.extract.outcomes.NULL_RESULT`, the round-18 "no
    effect" wording) or only p-values of 0.05 or more (:func:`ipkg.extract.trial_results.null_by_p`). The shipped
    reader (``trial_results``) adds its guards to these two cues (a trend, a subgroup, baseline balance, a
    significant result beside the wording), written for whole sentences of an abstract; the doctors' evidence is an
    excerpt cited for one outcome, where they veto true nulls (session 13: the guarded reading scores 0.822 on the
    part read and 0.807 on the held-out part, against 0.872 and 0.873 for this one)."""
    from .trial_results import null_by_p, null_spans

    return bool(null_spans(text)) or null_by_p(text)


def _features(text: str) -> str:
    """The sentence lower-cased, numbers as 0 (the model learns wording, not figures), and a token for a p-value
    below 0.05 and one for a p-value of 0.05 or more (which the numbers as 0 hide)."""
    from .trial_results import P_NULL, SIGNIFICANT

    marks = [name for name, pattern in (("psmall", SIGNIFICANT), ("plarge", P_NULL)) if pattern.search(text)]
    return " ".join([re.sub(r"\d+(?:\.\d+)?", " 0 ", text.lower()), *marks])


def compare(root: Path = EI, c: float = 3.0) -> dict[str, float]:
    """Accuracy, on the held-out part's evidence sentences, of null vs significant as the rules read it and as a
    logistic regression over word 1-2-grams (tf-idf, fitted on the part read) reads it."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    read, held = evidence_rows(root, "read"), evidence_rows(root, "held")
    null = LABELS[1]
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                          LogisticRegression(C=c, max_iter=2000))
    model.fit([_features(t) for _, t, _ in read], [label == null for *_, label in read])
    gold = [label == null for *_, label in held]
    said = model.predict([_features(t) for _, t, _ in held])
    return {"read": len(read), "held": len(held),
            "rules": sum(rule_says_null(t) == g for (_, t, _), g in zip(held, gold)) / len(held),
            "model": sum(bool(s) == g for s, g in zip(said, gold)) / len(held)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="rules vs a linear model: null or significant, EI train held-out part")
    ap.add_argument("--root", type=Path, default=EI)
    args = ap.parse_args(argv)
    for c in (0.3, 1.0, 3.0, 10.0):
        r = compare(args.root, c)
        print(f"C {c}: {r['held']} held-out sentences (fitted on {r['read']}): rules {r['rules']:.3f}, "
              f"model {r['model']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
