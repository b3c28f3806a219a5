"""Two body systems or neural and glial cells named as the ends of a link are that link, a Pathway (round 21b, issue
13; used by :func:`ipkg.extract.axes.named_axes`).

Round 14b reads such links when their ends are joined by hyphens before the link word ("brain-immune interactions",
"neuro-immune communication"; a Pathway with ids ``[]`` labelled with its words, as the first check set's
adjudication files them), and round 20b reads the gut and the brain after a preposition (the microbiota-gut-brain
axis, :mod:`ipkg.extract.gut_brain_links`). Abstracts name the other links after a preposition as often:
"communication between the immune system and the brain", "interactions between microglia and neurons",
"crosstalk between the immune system and the nervous system". Both check sets' read halves file them as Pathways
with ids ``[]`` and these words (check-read bb-1852 and check2-read bb-639: "communication between the immune
system and the brain"; check2-read gb-38317780: "interactions between microglia and neurons"; the second check
set's rule: "Named interactions between systems ... Pathway, ids []").

A link word ("communication", "interaction(s)", "crosstalk", "cross-talk", "dialogue"), then "between" or "among"
and two or three short noun phrases ("the" and up to two words before the end word) joined by "and" (and a comma),
each ending in a body system or a neural or glial cell word (:data:`_END`: the brain, the (central, peripheral,
autonomic) nervous system, CNS, the immune or endocrine system, the periphery, immune cells, microglia, neurons,
astrocytes, glia), at least two of them different, is the link, labelled with its words from the link word as
written, lower-cased. A drug and a system ("interactions between SSRIs and other CNS drugs") is no such link; a
phrase naming the gut, its microbes or its nervous system (enteric, ENS) leaves the link to
:mod:`ipkg.extract.gut_brain_links` or to no reading ("between the CNS and the enteric nervous system": no read
gold says whether that is the gut-brain axis).
"""

from __future__ import annotations

import re

from ..models import Concept

__all__ = ["system_links"]

#: the word that ends each phrase: a body system, the periphery, or a neural, glial or immune cell word
_END = (r"(?:brain|(?:central\s+|peripheral\s+|autonomic\s+)?nervous\s+system|CNS|immune\s+system|"
        r"endocrine\s+system|periphery|immune\s+cells|microglia|neurons?|astrocytes|glia|glial\s+cells)")
#: a short noun phrase ending in an end word: "the" and up to two words before it ("the peripheral immune system")
_PHRASE = r"(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?" + _END
#: a link word, "between" or "among", and two or three such phrases joined by "and"
_LINK = re.compile(
    r"\b(?:communication|interactions?|crosstalk|cross-talk|dialogue)\s+(?:between|among)\s+(" + _PHRASE
    + r")(?:\s*,\s*(" + _PHRASE + r"))?\s*,?\s+and\s+(" + _PHRASE + r")\b",
    re.IGNORECASE,
)
#: the link words, found with str.find in the lower-cased passage before :data:`_LINK` is tried from the first
_LINK_WORDS = ("communication", "interaction", "crosstalk", "cross-talk", "dialogue")
_END_WORD = re.compile(_END + r"$", re.IGNORECASE)
#: the gut's words: a phrase holding one is round 20b's gut-brain link
_GUT = re.compile(r"\b(?:gut|intestin\w*|enteric|ENS|microbio\w*|microbes|microbial|bacteria)\b", re.IGNORECASE)


def system_links(text: str, base: str) -> list[tuple[int, int, Concept]]:
    """(start, end, link) of each link of two body systems or cell kinds ``text`` names after "between" or "among"
    (module docstring); ``base``: the namespace of the ``ipkg`` Pathway concepts with ids ``[]``.

    >>> text = "Vagal afferents carry the communication between the immune system and the brain."
    >>> [(text[a:b], c.label) for a, b, c in system_links(text, "https://example.org/")]
    [('communication between the immune system and the brain', 'communication between the immune system and the brain')]
    """
    if " between " not in text and " among " not in text:
        return []
    out = []
    lowered = text.lower()  # the regex tries only from the first link word on (str.find is the cheap scan)
    at = min((i for i in map(lowered.find, _LINK_WORDS) if i >= 0), default=-1)
    if at > 0 and len(lowered) != len(text):
        at = 0  # lower-casing moved the offsets ("İ"): the whole passage
    for found in _LINK.finditer(text, at) if at >= 0 else ():
        phrases = [p for p in found.groups() if p]
        if any(_GUT.search(p) for p in phrases):
            continue
        ends = {" ".join(_END_WORD.search(p).group().lower().split()).rstrip("s") for p in phrases}
        if len(ends) < 2:
            continue
        label = " ".join(found.group().lower().split())
        out.append((found.start(), found.end(), Concept(f"{base}{'-'.join(label.split())}", label, "Pathway", "ipkg")))
    return out
