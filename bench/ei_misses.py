"""Evidence Inference train, the part read: why each in-scope prompt is answered wrongly or not at all (round 51).

    python bench/ei_misses.py [-v] [--all]

Reads every prompt of the part of EI train that may be read (:func:`ipkg.extract.trial_corpus.held_out` false; the
held-out fifth is never listed) whose evidence lies in the abstract and whose outcome is in scope
(``bench_ei.IN_SCOPE``; ``--all``: every outcome), extracts its abstract in process and sorts the prompt into the
first kind that fits:

* ``right``: a finding in the evidence sentence (as ``score_ei.py`` overlaps them) has the doctors' polarity;
* ``null read as effect`` / ``effect read as null`` / ``hedged``: answered, with the wrong polarity;
* ``outcome not grounded``: no condition or marker in the evidence sentence(s), scales counted
  (:mod:`ipkg.extract.scale_outcomes`); split by what the outcome is (a scale or score, quality of life or function,
  other);
* ``intervention not grounded``: the trial has no tested intervention and the sentence names none;
* ``finding on another sentence``: a results or conclusions finding of the abstract holds an outcome of the evidence
  sentence, stated elsewhere;
* ``wording not read``: both grounded, no finding; split by the wording (:data:`WORDINGS`).

``-v`` lists each prompt with its kind and evidence. Prints the counts by kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, "/work/shared/tools")
from bench_ei import EI, IN_SCOPE, load_prompts  # noqa: E402
from score_ei import overlaps  # noqa: E402

from ipkg.extract import read_document  # noqa: E402
from ipkg.extract.arm_outcomes import trial_context  # noqa: E402
from ipkg.extract.relations import CONDITION_CLASSES, MODULATED_CLASSES  # noqa: E402
from ipkg.extract.scale_outcomes import with_scales  # noqa: E402
from ipkg.extract.trial_corpus import held_out  # noqa: E402
from ipkg.ingest.reader import read_documents  # noqa: E402

_F = re.IGNORECASE
#: the results wordings the brief names, and others, in the order tried
WORDINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("associated with a greater reduction / change", re.compile(
        r"\b(?:associated\s+with|resulted\s+in|produced|led\s+to|showed|had)\s+(?:a\s+)?(?:significantly\s+)?"
        r"(?:greater|larger|more|bigger|smaller|lower|higher)\s+(?:[\w-]+\s+)?(?:reduction|decrease|improvement|"
        r"change|increase|decline)", _F)),
    ("improved significantly more in the X group", re.compile(
        r"\b(?:improved|decreased|declined|increased|reduced|fell|dropped)\s+(?:significantly\s+)?more\b", _F)),
    ("between-group difference favoured X", re.compile(r"\bfavou?r(?:ed|ing|s)?\b|\bin\s+favou?r\s+of\b", _F)),
    ("no significant differences between groups in Y", re.compile(
        r"\bno\s+(?:statistically\s+)?significant\s+(?:[\w-]+\s+)?differences?\b|\bdid\s+not\s+(?:significantly\s+)?"
        r"differ\b|\bnot\s+(?:statistically\s+)?significantly\s+different\b|\bsimilar\b|\bcomparable\b", _F)),
    ("a significant difference, direction by numbers", re.compile(
        r"\bsignificant(?:ly)?\s+(?:\w+\s+)?differen\w*\b|\bdiffered\s+significantly\b", _F)),
    ("numbers with p-values only", re.compile(r"\bp\s*[<=>≤≥]", _F)),
)


def _kind_of_outcome(outcome: str) -> str:
    """What an outcome no concept holds is: a scale or score, quality of life or function, or other."""
    if re.search(r"quality\s+of\s+life|\bqol\b|function|satisf|knowledge|well-?being|disabil|activit", outcome, _F):
        return "outcome not grounded: quality of life, function, satisfaction"
    if re.search(r"scale|score|index|questionnaire|inventory|\bvas\b|\bnrs\b|rating", outcome, _F):
        return "outcome not grounded: a scale or score"
    return "outcome not grounded: other"


def classify(prompt: dict, extraction, annotated) -> str:  # type: ignore[no-untyped-def]
    """The kind of one prompt (see the module docstring)."""
    ev = prompt["evidence_in_abstract"]
    null = prompt["label"] == "no significant difference"
    hits = [f for f in extraction.findings if overlaps(f.evidence, ev)]
    if hits:
        if any(f.negated == null and not f.hedged for f in hits):
            return "right"
        if null:
            return "null read as effect"
        return "hedged" if any(f.hedged for f in hits) else "effect read as null"
    sentences = [s for s in annotated.sentences if overlaps(s.text, ev)]
    _, _, scales = trial_context(annotated)
    outcomes = {m.concept for s in sentences for m in with_scales(s, scales).mentions
                if m.concept.cls in CONDITION_CLASSES or m.concept.cls in MODULATED_CLASSES}
    if not outcomes:
        return _kind_of_outcome(prompt["outcome"])
    named = {m.concept for s in sentences for m in s.mentions if m.concept.cls == "Intervention"}
    if not extraction.pico.interventions and not named:
        return "intervention not grounded"
    if any(f.obj in outcomes and f.role in ("results", "conclusions") for f in extraction.findings):
        return "finding on another sentence"
    for name, pattern in WORDINGS:
        if pattern.search(ev):
            return f"wording not read: {name}"
    return "wording not read: other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--all", action="store_true", help="every outcome, not only the in-scope ones")
    args = ap.parse_args(argv)
    prompts = [p for p in load_prompts("train") if p.get("evidence_in_abstract") and not held_out(p["pmcid"])
               and (args.all or IN_SCOPE.search(p["outcome"]))]
    read: dict[str, tuple] = {}
    counts: Counter[str] = Counter()
    for p in prompts:
        if p["file"] not in read:
            doc = next(d for d in read_documents(EI / p["file"]) if not isinstance(d, Exception))
            read[p["file"]] = read_document(doc)
        kind = classify(p, *read[p["file"]])
        counts[kind] += 1
        if args.verbose:
            print(json.dumps({"kind": kind, "pmcid": p["pmcid"], "id": p["prompt_id"], "i": p["intervention"],
                              "c": p["comparator"], "o": p["outcome"], "label": p["label"],
                              "ev": p["evidence_in_abstract"]}, ensure_ascii=False))
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:4d}  {kind}")
    print(f"{len(prompts):4d}  prompts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
