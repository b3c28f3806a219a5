"""Drug aliases read off MeSH supplementary records: the old or trade names MeSH's descriptors lack.

The shipped MeSH descriptors hold the entry terms of the preferred concept only, so Doxorubicin has none and
"adriamycin", MeSH's entry term of another concept of the same descriptor, is lost. MeSH's supplementary
records of a drug's derivatives keep both spellings side by side (``4-demethoxydaunorubicin`` /
``4-demethoxydaunomycin``, ``N,N-dimethyldoxorubicin`` / ``N,N-dimethyladriamycin``). The rule:

* two names of one supplementary record that are the same text except for one stretch, where one stretch is
  the one-word name of a drug the lexicon grounds anywhere (no ``ctx`` flag) and the other is one alphabetic
  word of at least six letters, both stretches ending a word (no letter follows), make that word an *alias*
  of the drug;
* the alias is kept when at least :data:`MIN_RECORDS` different records say so, it names that one drug only
  (no two drugs claim it), no lexicon row already has the name and it is no other concept's name in the
  shipped ontologies (``foreign``: MeSH descriptor names, their entry terms and the words of their names,
  ChEBI labels, ChEBI groups without "group": factor is no alias of hormone, coumarin is no alias of warfarin, aminoglycoside none of streptomycin, ethyl none of ethane); it
  joins the drug's concept as a ``derived`` name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..variants import name_key
from .common import Source, TermSet

__all__ = ["MIN_RECORDS", "swapped_stretches", "add_drug_aliases"]

#: how many supplementary records must pair a drug's name with the same other word
MIN_RECORDS = 2
#: the shortest drug name and alias considered (shorter stretches are locants and substituents: "nor", "oxo")
_MIN_LENGTH = 6
#: how far the common prefix or suffix may be given back to a stretch (both names may end alike: "-rubicin"
#: and "-mycin" share "in", which belongs to the words)
_GIVE_BACK = 6


def swapped_stretches(first: str, second: str) -> list[tuple[str, str]]:
    """The ways ``first`` and ``second`` differ by one stretch each, as lower-case (stretch of first, stretch
    of second) pairs, the common prefix and suffix given back up to a few letters.

    >>> ("doxorubicin", "adriamycin") in swapped_stretches("N,N-dimethyldoxorubicin", "N,N-dimethyladriamycin")
    True
    >>> ("aminophen", "ylaminophen") in swapped_stretches("aminophenazone", "methylaminophenazone")
    False
    """
    a, b = first.lower(), second.lower()
    if a == b:
        return []
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    out = []
    for back in range(min(prefix, _GIVE_BACK) + 1):
        for give in range(min(suffix, _GIVE_BACK) + 1):
            start, end = prefix - back, suffix - give
            if end and a[len(a) - end].isalpha():
                continue  # the stretches must end a word
            out.append((a[start : len(a) - end], b[start : len(b) - end]))
    return out


def add_drug_aliases(terms: TermSet, records: Iterable[tuple[str, list[str]]], foreign: set[tuple[str, ...]]
                     ) -> None:
    """Add the aliases the supplementary ``records`` ((record id, names) pairs) attest (module rule);
    ``foreign``: name keys of other concepts, never aliases."""
    drugs: dict[str, tuple[str, str, str, str]] = {}
    taken: set[tuple[str, ...]] = set()
    for row in terms.rows:
        taken.add(name_key(row.name))
        word = row.name.lower()
        if row.syntype in ("label", "exact") and "ctx" not in row.flags.split(",") and word.isalpha() \
                and len(word) >= _MIN_LENGTH:
            drugs.setdefault(word, (row.curie, row.label, row.source, row.release))
    attested: dict[tuple[str, str], set[str]] = defaultdict(set)
    for record_id, names in records:
        label = names[0]
        for other in names[1:]:
            for one, two in [*swapped_stretches(label, other), *swapped_stretches(other, label)]:
                if one in drugs and two.isalpha() and len(two) >= _MIN_LENGTH and two not in drugs:
                    attested[one, two].add(record_id)
    claims: dict[str, set[str]] = defaultdict(set)
    for (drug, alias), ids in attested.items():
        if len(ids) >= MIN_RECORDS:
            claims[alias].add(drug)
    for alias, owners in sorted(claims.items()):
        if len(owners) != 1 or name_key(alias) in taken or name_key(alias) in foreign:
            continue
        curie, label, source, release = drugs[next(iter(owners))]
        terms.add(curie, label, [(alias, "derived")], Source(source, release))
