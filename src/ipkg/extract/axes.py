"""A physiological axis named by its organs is a Pathway (a stage of :func:`ipkg.extract.mentions.extract_mentions`,
round 11b).

GUIDELINES: a process named as a mechanism with no GO term is a Pathway with ids ``[]`` and its label; the
adjudication rules treat every named physiological axis like the HPA axis. The lexicon knows a few axes by name
(the microbiota-gut-brain axis and its spellings, HPA axis activity); abstracts name others by joining the organs
or systems with hyphens, and the list is open:

* two or more organ or system words joined by hyphens before "axis" ("brain-spleen axis", "sympatho-adrenal
  axis", "gut-liver-brain axis") name that axis: a Pathway labelled with its words, lower-cased;
* an axis of the gut (or its microbes) and the brain, with no organ besides but the immune system ("gut
  microbiota-immune-brain axis"), is the lexicon's microbiota-gut-brain axis;
* a span the lexicon already reads whole ("gut-brain axis") is left to it; a word outside the organ words
  ("x-axis", "IL-23/IL-17 axis", "CXCL12-CXCR4 axis") makes no axis here;
* the gut (or its microbes) and the brain joined by hyphens before a word for their link ("bidirectional
  gut-brain pathways", "gut-brain communication", "brain-gut interactions", "microbiota-gut-brain crosstalk")
  name the microbiota-gut-brain axis too (round 14b; the tune half's gold reads them so);
* other organ or system words so joined before "interaction(s)", "communication" or "crosstalk" ("brain-immune
  interactions", "neuro-immune communication") name that link, a Pathway labelled with its words as written,
  lower-cased (round 14b; GUIDELINES: "[] plus label", as the check set's adjudication reads them).

Each reading looks for its key word first ("axis"; a link word, then the hyphenated organs before it), so a
passage without one costs little.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder, Match
from ..models import Concept
from ..cues import Folded
from .gut_brain_links import gut_brain_links
from .system_links import system_links

__all__ = ["named_axes", "AXIS_BASE"]

#: where an axis without a GO term is named (as the curated ``ipkg:`` Pathway concepts)
AXIS_BASE = "https://w3id.org/ipkg/id/concept/pathway/"
#: organs, glands and body systems an axis is named after (nouns and the adjectives abstracts join with hyphens)
_ORGANS = frozenset("""
gut intestine intestinal enteric colon colonic stomach gastric microbiota microbiome microbial bacteria brain
cerebral neural neuro nervous immune liver hepatic spleen splenic adrenal sympatho sympathetic parasympathetic
vagal vagus pituitary hypothalamic hypothalamus thyroid gonadal ovarian testicular adipose fat muscle skeletal bone
marrow skin lung pulmonary heart cardiac kidney renal pancreas pancreatic placenta placental mammary oral eye
retina endocrine
""".split())
#: the words of a gut-brain axis: the gut or its microbes, the brain, and the immune system between them
_GUT = frozenset({"gut", "intestine", "intestinal", "enteric", "microbiota", "microbiome", "microbial", "bacteria"})
_GUT_BRAIN = _GUT | {"brain", "immune"}
#: words joined by hyphens or en dashes before "axis", with at most one word before the first ("gut
#: microbiota-immune-brain", "gut–liver–brain")
_AXIS = re.compile(r"\b(?:([A-Za-z]+)\s)?([A-Za-z]+(?:[-\u2013][A-Za-z]+)+)[\s\u2013-]axis\b", re.IGNORECASE)


def _scan_window(text: str, folded: Folded | None = None) -> tuple[int, int]:
    """Where :data:`_AXIS`'s matches can lie (a scan of that window finds the same matches, and skips the slow tries
    elsewhere): a match is letters, hyphens, en dashes and at most two single white-space characters up to its
    "axis" (in any case), so the first starts after the first other character, or the third white space, before the
    first "axis", and the last ends with the last "axis" (the window keeps the character after it, which ``\\b``
    reads). The whole text when lower-casing would not keep the offsets. ``folded``: ``text``'s
    :class:`~ipkg.cues.Folded` where the caller has it."""
    lower = (folded or Folded(text)).lower
    if lower is None:
        return 0, len(text)
    at = lower.find("axis")
    if at < 0:
        return len(text), len(text)
    end = min(len(text), lower.rfind("axis") + 5)
    spaces = 0
    while at > 0:
        char = lower[at - 1]
        if char.isspace():
            spaces += 1
            if spaces > 2:
                break
        elif not ("a" <= char <= "z" or char in "-\u2013"):
            break
        at -= 1
    return at, end


#: words for the link between organs (and their plurals), found with str.find in the lower-cased passage; the
#: organs joined by hyphens or en dashes are the word before (:data:`_LINKED`); "signalling" is left out (frequent,
#: and "immune-brain signalling" may be one molecule's)
_LINK_WORDS = ("communication", "pathway", "interaction", "crosstalk", "cross-talk")
_LINKED = re.compile(r"[A-Za-z]+(?:[-\u2013][A-Za-z]+)+")
_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: the link words that name a link of other organs (not "pathways": "immune-brain pathways" are many)
_LINK_NAMES = frozenset({"communication", "interaction", "interactions", "crosstalk", "cross-talk"})


def named_axes(text: str, matches: list[Match], grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of the axes ``text`` names by their organs (module docstring); ``matches``: the
    passage's lexicon matches."""
    out = []
    # lower-cased once, for the axis window and the link words (only where one of them reads it)
    hyphen = "-" in text or "\u2013" in text
    folded = Folded(text) if hyphen or "axis" in text else None
    for found in _AXIS.finditer(text, *_scan_window(text, folded)) if "axis" in text else ():
        lead = found.group(1)
        start, end = (found.start(1) if lead and lead.lower() in _ORGANS else found.start(2)), found.end()
        if any(m.start <= start and end <= m.end and m.concept.cls == "Pathway" for m in matches):
            continue
        words = [w.lower() for w in re.split(r"[\s\u2013-]+", text[start : found.end(2)])]
        if not all(w in _ORGANS for w in words):
            continue
        members = set(words)
        if members <= _GUT_BRAIN and members & _GUT and "brain" in members:
            concept = grounder.lookup("gut-brain axis", "Pathway")
        else:
            label = f"{'-'.join(words)} axis"
            concept = Concept(f"{AXIS_BASE}{'-'.join(words)}-axis", label, "Pathway", "ipkg")
        if concept is not None:
            out.append((start, end, concept))
    for start, end in _links(text, folded.lower or text.lower()) if hyphen else ():
        token = text[max(0, start - 60) : start].rsplit(maxsplit=1)[-1:]  # the word before the link word
        if not token or not ("-" in token[0] or "\u2013" in token[0]) \
                or not _LINKED.fullmatch(token[0].lstrip("([")):
            continue
        token[0] = token[0].lstrip("([")
        words = [w.lower() for w in re.split(r"[\u2013-]", token[0])]
        members, head = set(words), text[start:end].lower()
        if members <= _GUT_BRAIN and members & _GUT and "brain" in members:
            concept = grounder.lookup("gut-brain axis", "Pathway")  # "gut-brain communication": the axis
        elif head in _LINK_NAMES and members <= _ORGANS and len(members) > 1:
            label = f"{'-'.join(words)} {head}"  # "brain-immune interactions"
            concept = Concept(f"{AXIS_BASE}{'-'.join(label.split())}", label, "Pathway", "ipkg")
        else:
            continue
        if concept is not None:
            out.append((start - 1 - len(token[0]), end, concept))
    # round 20b: "communication between the gut and the brain"; round 21b: "... between the immune system and the brain"
    return out + gut_brain_links(text, grounder) + system_links(text, AXIS_BASE)


def _links(text: str, lowered: str) -> list[tuple[int, int]]:
    """(start, end) of each link word (:data:`_LINK_WORDS`, with a plural "s") after a space and before a word
    end; ``lowered``: ``text.lower()``."""
    out = []
    for word in _LINK_WORDS:
        i = lowered.find(f" {word}")
        while i >= 0:
            end = i + 1 + len(word)
            if text[i - 1] not in _WORD_END:  # the word before ends in a letter ("gut-brain pathways")
                i = lowered.find(f" {word}", end)
                continue
            end += end < len(text) and lowered[end] == "s"
            if end == len(text) or not text[end].isalnum():
                out.append((i + 1, end))
            i = lowered.find(f" {word}", end)
    return out
