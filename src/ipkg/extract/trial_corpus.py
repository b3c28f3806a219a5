"""Evidence Inference train as labelled trial results (round 18): the doctors' evidence sentences with their label.

The train split of ``/work/shared/corpus/external/evidence-inference`` (README there) holds prompts of
randomised-trial abstracts: an intervention, a comparator, an outcome, the doctors' label ("significantly increased",
"significantly decreased", "no significant difference") and the evidence text they cited. Its articles are dealt
into a part read (80 %) and a held-out part (20 %) by a seeded hash of the PMCID (:func:`held_out`), so every
prompt of one article is on one side. Only the train split is read here (the validation split is the lead's judge).
"""

from __future__ import annotations

import hashlib
import json
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
