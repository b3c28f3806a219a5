"""Document-level evidence for a chemical-induced disease pair (round 11, issue 12): where each is first named,
how much of the disease's text names the chemical, and what else the abstract says each side caused or treated.

The features of :mod:`ipkg.extract.cid_model` read the sentences naming both and each side's own counts, ranks
and title. What the published systems add at document level is the abstract's plot: a chemical introduced before
the disease it caused (a case report's "after X, the patient developed Y"), a disease that is named only where the
chemical is, and competing explanations: the disease stated as another chemical's effect, or treated by another
chemical (then it is the condition under treatment, not an effect), the chemical stated to cause another disease.
The competing statements are the rules' (:func:`ipkg.extract.findings.candidate_findings`, not denied), read for
the other pairs of the same abstract only: the pair's own statements are features already (``RULE:``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..models import Finding

__all__ = ["GROUPS", "Statements", "pair_document_features"]

#: the feature groups read (all by default; :mod:`ipkg.extract.train_cid` experiments may narrow them)
GROUPS = frozenset({"first", "share", "other"})


class Statements:
    """What the rules state of each concept of an abstract: IRI -> the IRIs it is stated to cause (a chemical) or
    to be caused by (a disease), and to treat or be treated by (not denied; hedged ones count); and, for each
    (subject IRI, object IRI) pair, its own statements as features ``RULE:<predicate>:<pos|hedge|neg>`` (denied
    ones too). One pass over the rules' candidates makes both."""

    def __init__(self, candidates: Iterable[Finding]) -> None:
        self.causes: dict[str, set[str]] = defaultdict(set)
        self.treats: dict[str, set[str]] = defaultdict(set)
        self.rules: dict[tuple[str, str], set[str]] = defaultdict(set)
        for f in candidates:
            if f.obj is None or f.predicate not in ("treats", "hasAdverseEffect"):
                continue
            polarity = "neg" if f.negated else "hedge" if f.hedged else "pos"
            self.rules[(f.subject.iri, f.obj.iri)].add(f"RULE:{f.predicate}:{polarity}")
            if f.negated:
                continue
            table = self.causes if f.predicate == "hasAdverseEffect" else self.treats
            table[f.subject.iri].add(f.obj.iri)
            table[f.obj.iri].add(f.subject.iri)


def _position(i: int) -> str:
    return str(i) if i < 3 else "3-5" if i < 6 else "6+"


def _share(part: int, whole: int) -> str:
    """A fraction in four words: none, under half, half or more, all."""
    return "0" if part == 0 else "all" if part == whole else "lt.5" if 2 * part < whole else "ge.5"


def pair_document_features(c: str, d: str, shared: Sequence[int], where: dict[str, list[int]],
                           said: Statements) -> set[str]:
    """The document-level features of the pair (chemical IRI ``c``, disease IRI ``d``): ``FIRST:`` which is named
    first (CD, DC, or SAME sentence) and ``CFP:``/``DFP:`` the sentence each is first named in (0 the title when
    there is one); ``DSH:``/``CSH:`` the share of the disease's (chemical's) sentences that name the other;
    ``OTH:`` the rules' statements of other pairs: the disease caused by another chemical (``OTH:DCAUSED``) or
    treated by one (``OTH:DTREATED``), the chemical causing another disease (``OTH:CCAUSES``) or treating one
    (``OTH:CTREATS``)."""
    out: set[str] = set()
    if "first" in GROUPS:
        fc, fd = where[c][0], where[d][0]
        out |= {f"FIRST:{'SAME' if fc == fd else 'CD' if fc < fd else 'DC'}", f"CFP:{_position(fc)}",
                f"DFP:{_position(fd)}"}
    if "share" in GROUPS:
        out |= {f"DSH:{_share(len(shared), len(where[d]))}", f"CSH:{_share(len(shared), len(where[c]))}"}
    if "other" in GROUPS:
        sides = (("OTH:DCAUSED", said.causes.get(d), c), ("OTH:DTREATED", said.treats.get(d), c),
                 ("OTH:CCAUSES", said.causes.get(c), d), ("OTH:CTREATS", said.treats.get(c), d))
        out |= {name for name, others, own in sides if others and others - {own}}
    return out
