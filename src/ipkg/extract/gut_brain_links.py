"""The gut and the brain named as the two ends of a link is the microbiota-gut-brain axis (round 20b, issue 13; used
by :func:`ipkg.extract.axes.named_axes`).

Round 14b reads the hyphenated forms ("gut-brain communication", "brain-gut interactions"); abstracts as often
put the two ends after a preposition: "bidirectional communication between the gut and the brain", "the
crosstalk between gut microbes and the central nervous system", "communication among the brain, gut and
microbiota". The batch1 adjudication rule files every gut-brain wording as the microbiota-gut-brain axis (ids
``[]``), and both read halves do so for these ("Bidirectional communication between the nervous system and the
microbiota" in the tune half, "Communication among the brain, gut and microbiota" in check2-read).

A link word ("communication", "interaction(s)", "crosstalk", "cross-talk", "talk", "dialogue", "connection(s)",
"link(s)", "bidirectional" allowed before it), then "between" or "among" and two or three short noun phrases (up
to three words each, "the" allowed) joined by "and" (and a comma): one phrase names the gut or its microbes (gut,
intestine, microbiota, microbiome, microbes, bacteria, enteric, intestinal), one the brain or the nervous system,
and each phrase one of the two ends or the immune system ("the brain, the skeletal muscle and the gut" is no such
axis). The gut and a disorder ("the link between gut microbiota and depression") or the gut and the host's immune
system name no axis.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder
from ..models import Concept

__all__ = ["gut_brain_links"]

#: a short noun phrase: "the" and up to three words (hyphens inside a word: "gut-resident bacteria")
_PHRASE = r"(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*"
#: the word that ends the last phrase: an end of the link ("the central nervous system", "the gut microbiota")
_END = (r"(?:gut|intestines?|intestinal|enteric|microbiota|microbiome|microbes|microbial|bacteria|brain|"
        r"nervous\s+system|CNS|immune\s+system)")
#: a link word, "between" or "among", and two or three phrases joined by "and"
_LINK = re.compile(
    r"\b(?:bi-?directional\s+)?(?:communication|interactions?|crosstalk|cross-talk|talk|dialogue|connections?|"
    r"links?)\s+(?:between|among)\s+(" + _PHRASE + r")(?:\s*,\s*(" + _PHRASE + r"))?\s*,?\s+and\s+("
    r"(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?" + _END + r"(?:[\s-]+" + _END + r")?)\b",
    re.IGNORECASE,
)
#: words of the gut's end and of the brain's end
_GUT_END = frozenset({"gut", "intestine", "intestines", "intestinal", "enteric", "microbiota", "microbiome", "microbes",
                      "microbial", "bacteria"})
_BRAIN_END = frozenset({"brain", "nervous", "cns"})


def gut_brain_links(text: str, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """(start, end, the microbiota-gut-brain axis) of each link of the gut and the brain ``text`` names after
    "between" or "among" (module docstring).

    >>> from ipkg.ground.matcher import Grounder
    >>> text = "Bidirectional communication between the gut and the brain shapes mood."
    >>> [(text[a:b], c.label) for a, b, c in gut_brain_links(text, Grounder.default())]
    [('Bidirectional communication between the gut and the brain', 'microbiota-gut-brain axis')]
    """
    lowered = text.lower()
    if " between " not in lowered and " among " not in lowered:
        return []
    out = []
    for found in _LINK.finditer(text):
        phrases = [set(re.split(r"[\s-]+", p.lower())) for p in found.groups() if p]
        if not any(p & _GUT_END for p in phrases) or not any(p & _BRAIN_END for p in phrases) \
                or not all(p & (_GUT_END | _BRAIN_END) or "immune" in p for p in phrases):
            continue
        concept = grounder.lookup("gut-brain axis", "Pathway")
        if concept is not None:
            out.append((found.start(), found.end(), concept))
    return out
