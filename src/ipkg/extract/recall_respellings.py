"""An abstract's own name spelled again with or without its hyphens: the same concept (round 42, issue 12).

Abstracts spell one compound two ways: the title's "Host Neuro-Immune Interactions" is the abstract's "host-microbe
neuroimmune interactions", "pro-inflammatory" is later "proinflammatory", "gut-brain axis" is "gut brain axis". The
grounder matches the spelling its lexicon holds, so the second spelling may get no mention, and a sentence that
relates it states nothing: "Specific attention is afforded to the involvement of host-microbe neuroimmune
interactions in the pathogenesis of neuro-psychiatric and neuroinflammatory disorders such as autism spectrum
disorders, anxiety, and depression" (the tune3 curators record seven associations there; round 42's anatomy of the
misses found the object named and ungrounded, grounded in the title).

:func:`respelled_items` reads, one sense per abstract, a run of one to four words that no item covers as the concept
of a mention elsewhere in the same title or abstract whose words it repeats letter for letter, only the hyphens and
spaces between them differing ("neuroimmune interactions" / "Neuro-Immune Interactions"; case is ignored). Only
where the spellings differ: the same spelling left without an item is an earlier reader's choice (a class in an
apposition, "sulpiride, an antipsychotic drug", which is no agent) or the grounder's (a word of a longer name); a
first version that read the same spelling too before a phrase's close ("Chelidonic acid, in particular, has shown
anti-inflammatory effects") was right on tune2 and wrong 5 times of 8 on the 1k corpus (section 42). No run inside a
hyphenated compound ("host-microbe-neuroimmune"). The mention's text must hold a hyphen or a space (a one-word
name has no other spelling of this kind) and at least eight letters, and a spelling that two concepts share in the
abstract stands for neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ..models import Concept, Mention
from .pairing import Item

__all__ = ["respelled_items", "respellings"]

#: the letters of a name without its hyphens, dashes and spaces, lower-cased
_JOINERS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013]+")
#: a word of a sentence (hyphenated words are read by their parts)
_WORD = re.compile(r"[^\W_]+")
#: the longest run of words read as one name
_MAX_WORDS = 4
#: the fewest letters a name's key holds
_MIN_LETTERS = 8



def _key(text: str) -> str:
    return _JOINERS.sub("", text).lower()


def respellings(mentions: Iterable[Mention]) -> dict[str, tuple[Concept, frozenset[str]]]:
    """Per key (a name's letters without hyphens and spaces, lower-cased), the concept of the title's and abstract's
    mentions with that key and the spellings (lower-cased) they are written with; keys two concepts share are left
    out.

    >>> from ipkg.models import Concept, Mention
    >>> c = Concept("http://example.org/nii", "neuro-immune interactions", "Pathway", "ipkg")
    >>> sorted(respellings([Mention("title", 0, 25, "Neuro-Immune Interactions", c)]))
    ['neuroimmuneinteractions']
    """
    found: dict[str, tuple[Concept, set[str]]] = {}
    clashes: set[str] = set()
    for mention in mentions:
        if mention.passage not in ("title", "abstract") or not _JOINERS.search(mention.text.strip()):
            continue
        key = _key(mention.text)
        if len(key) < _MIN_LETTERS or not key.isalnum():
            continue
        if key in found and found[key][0].iri != mention.concept.iri:
            clashes.add(key)
        found.setdefault(key, (mention.concept, set()))[1].add(mention.text.lower())
    return {key: (concept, frozenset(spelt)) for key, (concept, spelt) in found.items() if key not in clashes}


def respelled_items(text: str, items: Sequence[Item], names: Mapping[str, tuple[Concept, frozenset[str]]]
                    ) -> list[Item]:
    """``items`` with an item for each run of words of ``text`` (a sentence; the items' offsets index it) that
    respells a name of ``names`` (:func:`respellings`) and that no item covers, sorted by position.

    >>> from ipkg.models import Concept, Mention
    >>> c = Concept("http://example.org/nii", "neuro-immune interactions", "Pathway", "ipkg")
    >>> names = respellings([Mention("title", 0, 25, "Neuro-Immune Interactions", c)])
    >>> [(i.start, i.end) for i in respelled_items("The host-microbe neuroimmune interactions in ASD", [], names)]
    [(17, 41)]
    >>> respelled_items("The neuro-immune interactions in ASD", [], names)
    []
    """
    if not names:
        return list(items)
    compact = _JOINERS.sub("", text).casefold()  # a respelling's key is a stretch of it (casefold: no final sigma)
    heads = [folded for key in names if (folded := key.casefold()) in compact]
    if not heads:
        return list(items)
    # every beginning of a head, so that "a head begins with this word's letters" is one set lookup
    beginnings = {head[:k] for head in heads for k in range(1, len(head) + 1)}
    words = list(_WORD.finditer(text))
    spelt = [w.group() for w in words]
    if not any(word.casefold() in beginnings for word in spelt):
        return list(items)  # no word of the sentence begins a name
    # whether only hyphens and spaces join word k to word k + 1 (then a run's key is its words' letters, joined)
    joined = [bool(_JOINERS.fullmatch(text[a.end() : b.start()])) for a, b in zip(words, words[1:])]
    added: list[Item] = []
    taken = [(i.start, i.end) for i in items]
    n = 0
    while n < len(words):
        hit = None
        first = spelt[n].casefold()
        if first not in beginnings:
            n += 1
            continue  # no name of the sentence begins with this word's letters
        for size in range(min(_MAX_WORDS, len(words) - n), 0, -1):
            if not all(joined[n : n + size - 1]):
                continue  # only hyphens and spaces join the words of one name
            start, end = words[n].start(), words[n + size - 1].end()
            span = text[start:end]
            entry = names.get("".join(spelt[n : n + size]).lower())
            if entry is None or span.lower() in entry[1]:
                continue
            if start and text[start - 1] in "-\u2010\u2011" or text[end : end + 1] in ("-", "\u2010", "\u2011"):
                continue  # inside a hyphenated compound
            if any(a < end and start < b for a, b in taken):
                continue
            hit = (start, end, entry[0], size)
            break
        if hit is None:
            n += 1
            continue
        added.append(Item(hit[0], hit[1], hit[2]))
        n += hit[3]
    return sorted([*items, *added], key=lambda i: (i.start, i.end)) if added else list(items)
