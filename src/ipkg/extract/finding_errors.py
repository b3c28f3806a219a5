"""Where the rules' findings differ from a curated part, by kind (run from a checkout, never at run time).

    python -m ipkg.extract.finding_errors --parts tune2 [-v]    # misses and extras by kind (docs/findings.md 12)

The misses are classified by :func:`ipkg.extract.train_pairs.strict_misses`, as
:func:`~ipkg.extract.train_pairs.diagnose` counts them (section 10: the pair found with another relation or polarity;
an argument grounded nowhere; both grounded, in one sentence or only in different sentences), and this module splits
what that table leaves whole: how far apart the two arguments of an across-sentence miss stand (adjacent sentences or
further), and which relation the same-sentence misses have. The extras (a stated finding no gold finding matches
strictly) are counted by kind, tried in this order: the gold has the same pair with another relation or polarity;
both arguments are arguments of gold findings of the abstract, not together; one of them is; neither is. ``-v`` lists
each miss and extra with its sentence. Only tuning parts are read (:func:`ipkg.extract.pair_corpus.load_part`).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from .pair_corpus import REPO, Abstract, concept_view, load_part, scorer
from .train_pairs import polarity, strict_misses

__all__ = ["extras", "main", "misses"]


def _units(a: Abstract, tool) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The stated findings of ``a`` as the scorer counts them: one per subject, relation, object and polarity."""
    units: dict[tuple, tuple] = {}
    for f in a.found:
        if f.obj is not None:
            key = (f.subject.iri, f.predicate, f.obj.iri, polarity(f))
            units.setdefault(key, (concept_view(f.subject, tool), f.predicate, concept_view(f.obj, tool), key[3], f))
    return list(units.values())


def misses(a: Abstract, tool, out: Counter, listing: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Add the strict misses of ``a`` to ``out`` by kind (and a line per miss to ``listing``)."""
    preds = [unit[:4] for unit in _units(a, tool)]
    index = {(s.passage, m.start): s for s in a.annotated.sentences for m in s.mentions}
    for g, kind, pair, subject, obj in strict_misses(a, preds, tool, out):
        line = f"{g['subject']['label']} {g['relation']} {g['object']['label']} ({g['polarity']})"
        if pair:
            out[kind] += 1
            listing.append(f"[{kind}: stated {pair}] {line} | {g.get('evidence', '')}")
            continue
        if kind == "c not grounded":
            out[kind] += 1
            side = "subject" if not subject else "object"
            listing.append(f"[c {side} not grounded] {line} | {g.get('evidence', '')}")
            continue
        subject_sentences = {index[(m.passage, m.start)].index for m in subject if (m.passage, m.start) in index}
        object_sentences = {index[(m.passage, m.start)].index for m in obj if (m.passage, m.start) in index}
        if subject_sentences & object_sentences:
            out["b one sentence"] += 1
            out[f"b  {g['relation']}"] += 1
            listing.append(f"[b one sentence] {line} | {g.get('evidence', '')}")
            continue
        gap = min((abs(i - j) for i in subject_sentences for j in object_sentences), default=99)
        kind = "a adjacent sentences" if gap == 1 else "a further apart"
        out[kind] += 1
        listing.append(f"[{kind}] {line} | {g.get('evidence', '')}")


def extras(a: Abstract, tool, out: Counter, listing: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Add the stated findings of ``a`` that match no gold finding strictly to ``out``, by kind."""
    for s, r, o, pol, f in _units(a, tool):
        out["stated"] += 1
        gold_pair = [g for g in a.gold if tool.matches(g["subject"], s) and tool.matches(g["object"], o)]
        if any(g["relation"] == r and g["polarity"] == pol for g in gold_pair):
            continue
        out["extra"] += 1
        args = [g[side] for g in a.gold for side in ("subject", "object")]
        known = sum(any(tool.matches(x, view) for x in args) for view in (s, o))
        kind = ("e pair in gold, another relation or polarity" if gold_pair
                else ("e neither argument in the gold", "e one argument in the gold",
                      "e both arguments in the gold, not together")[known])
        out[kind] += 1
        out[f"e  role {f.role}"] += 1
        listing.append(f"[{kind}; {f.role}] {f.subject.label} {r} {f.obj.label} ({pol}) | {f.evidence}")


def report(abstracts: Sequence[Abstract], tool, verbose: bool) -> dict[str, Counter]:  # type: ignore[no-untyped-def]
    """The counts per part (printed with the listing when ``verbose``)."""
    counts: dict[str, Counter] = {}
    for a in abstracts:
        c = counts.setdefault(a.part, Counter())
        listing: list[str] = []
        misses(a, tool, c, listing)
        extras(a, tool, c, listing)
        if verbose:
            print(f"== {a.part} {a.key}")
            print("\n".join(sorted(listing)))
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--parts", default="tune2", help="comma-separated: dev, tune, tune2")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    tool = scorer(args.shared)
    abstracts = [a for part in args.parts.split(",") for a in load_part(part, args.shared)]
    for part, counts in report(abstracts, tool, args.verbose).items():
        print(part, ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
