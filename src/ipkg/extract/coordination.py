"""Names that a coordination or a slash splits or shortens, read with the lexicon (a stage of
:func:`ipkg.extract.mentions.extract_mentions`). Each rule states an English convention, not a name:

* **elided head, first conjunct** (:func:`elided_first_conjunct`): in "autoimmune or chronic inflammatory
  diseases" the first conjunct names "autoimmune diseases"; in "CD4+ and CD8+ T cells", "CD4+ T cells"; a
  first conjunct in the plural is a noun of its own, not a modifier of the head
  (English puts no plural before a head: "corticosteroids and adrenergic agents" are no "corticosteroid
  agents", round 19n);
* **elided prefix** (round 9): a list of bare suffixes after a hyphenated name repeats the name's prefix:
  "IL-6 and -10" names IL-10, "IL-1β, -6 and -8" IL-6 and IL-8, "TNF-α and -β" TNF-β;
* **dangling hyphen** (round 9): a word left hanging on a hyphen takes the head of the next conjunct: "pro- and
  anti-inflammatory cytokines" names the pro-inflammatory cytokines, "estradiol- and testosterone esters" the
  estradiol esters, "acetylated-, butylated- and hydroxylated-starch" each starch;
* **slashes** (round 9): a slash between members of a family or of a pathway joins names the tokenizer keeps
  apart (a slash is a phrase break there): "ERK1/2" is "ERK1 and ERK2" ("ERK1/2 phosphorylation"), a slashed
  pair before a head is one name when the lexicon has it so ("Wnt/β-catenin signalling", "p38/MAPK activation",
  "JAK/STAT pathway"), and else the first member takes the shared head too ("BDNF/TrkB signalling" names BDNF
  signalling, "CD4/CD8 T cells" CD4 T cells); slashed names without a shared head or a lead word ("activation of
  PI3K/Akt", "phosphorylated ERK1/2") stay apart ("anxiety/depression" is anxiety and depression, not their mixed
  disorder). A shorter match of the same class inside a name read so is its part, not a mention ("STAT
  signalling" in "JAK/STAT signalling").
* **eponym without its head** (round 10): a person's name in the possessive names the disease named after the
  person where "disease" is left out, before a list gap, a phrase end or a patient noun ("Alzheimer's and
  Parkinson's disease", "multiple sclerosis and Alzheimer's, which ...", "Parkinson's patients"); the
  apostrophe must be in the text ("Still" is no Still's disease).
* **a cell's process across the cell's modifiers** (round 14b, :mod:`ipkg.extract.cell_process`): "activation
  of Iba1-positive microglia" is microglial cell activation.

Every candidate is a :meth:`ipkg.ground.matcher.Grounder.lookup` of a whole name; nothing is guessed by pieces.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder, Match
from ..ground.variants import name_key
from ..models import Concept
from .cell_process import process_of_modified_cell

__all__ = ["CONJUNCT", "coordinated_names", "elided_first_conjunct", "inside_a_match", "conjunction_near_end"]

#: the first conjunct of an elided coordination: "autoimmune or chronic inflammatory diseases"; the words between
#: the gap and the shared head modify the head, so none is a preposition, an article, a pronoun or a conjunction
#: ("the brain and behavior in Alzheimer disease" elides nothing; in "signal transduction and endocrine and
#: metabolic diseases" the first conjunct is "endocrine"); a conjunct starts a word (a search from every offset
#: inside a word is wasted)
CONJUNCT = re.compile(r"(?<![\w+])([A-Za-z0-9][\w+-]*)\s*"
                      r"(?:,\s*(?:(?:and|or|and/or)\s+)?|\s+(?:and|or|and/or|nor)\s+|/)"
                      r"(?:(?!(?i:in|of|on|at|by|for|with|from|to|into|among|within|during|after|before|than|as|"
                      r"the|a|an|its|their|this|these|those|that|which|who|and|or|nor)\s)[A-Za-z][\w-]*\s+){0,2}$")
#: a person's name in the possessive before a list gap, a phrase end or a patient noun: "Alzheimer's and",
#: "Parkinson's patients" (group 1 the name with its apostrophe and s)
_POSSESSIVE = re.compile(r"\b([A-Z][a-z]{3,}['’]s)(?=\s*[,;:.)\]]|\s+(?:and|or|nor|patients?|subjects?|cases?)\b)")
#: a bare suffix after a list gap: ", -6", " and -10", ", and -β" (group 1: the suffix)
_BARE_SUFFIX = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)-([0-9A-Za-z\u03b1-\u03c9]{1,4}\+?)(?![\w-])")
#: a word hanging on its hyphen before a list gap: "pro- and", "acetylated-,"
_DANGLING = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9]*)-(?=\s*,\s|\s+(?:and|or|and/or)\s)")
#: where a dangling hyphen can be: a hyphen before a space or a comma (a fast scan before :data:`_DANGLING`)
_HANGING_HYPHEN = re.compile(r"-[ ,]")
#: the conjunct that completes the dangling words: the first word after them that is not hanging, with up to three
#: more words (group 1: its part before a hyphen, if any; group 2: the shared tail)
_COMPLETION = re.compile(r"(?:\s*,\s*|\s+)(?:(?:and|or|and/or)\s+)?(?:[A-Za-z][A-Za-z0-9]*-(?:\s*,\s*|\s+(?:and|or|and/or)\s+))*"
                         r"([A-Za-z][\w]*?)(-|\s+)((?:[\w\u03b1-\u03c9+]+[\w\u03b1-\u03c9+-]*)(?:\s+[\w-]+){0,2})")
#: a token holding slashes: "ERK1/2", "Wnt/β-catenin", "TLR4/NF-κB"
_SLASHED = re.compile(r"(?<![\w/.-])([\w\u0370-\u03ff+-]+(?:/[\w\u0370-\u03ff+-]+){1,3})(?![\w/])")
#: characters before which a slashed token starts (:data:`_SLASHED` tells whether one does)
_TOKEN_BREAKS = (" ", "(", "[", ",", "\n")
#: up to two words after a slashed token (the shared head: "signalling", "signalling pathway")
_HEAD_WORDS = re.compile(r"(?:\s+[\w\u0370-\u03ff][\w\u0370-\u03ff+-]*){1,2}")
#: a process word before a slashed token: a participle or a nominalisation with "of" ("phosphorylated ERK1/2",
#: "activation of PI3K/Akt")
_LEAD_WORDS = re.compile(r"(?<![\w-])([A-Za-z]+(?:ation\s+of|ated))\s+$", re.IGNORECASE)
#: the stem and number of a family's first member: "ERK1" of "ERK1/2"
_FAMILY_STEM = re.compile(r"([A-Za-z][\w-]*?[A-Za-z-])(\d+)")
#: a word after white space
_WORD_AFTER_SPACE = re.compile(r"\s+\S+")
#: members that make a slash no coordination of names: "and/or", units ("mg/kg"), numbers, single letters ("T/D");
#: a member with no letter or digit ("+/-") neither
_NO_MEMBER = re.compile(r"^(?:and|or|\d+(?:\.\d+)?|[A-Za-z]|[a-z]{2}|mg|kg|ml|day|min|week|wk)$")


def coordinated_names(text: str, matches: list[Match], grounder: Grounder
                      ) -> tuple[list[tuple[int, int, Concept]], set[tuple[int, int]]]:
    """The mentions the round-9 and round-10 rules of this module read in ``text`` (elided prefixes, dangling
    hyphens, possessive eponyms, slashes), and the spans of matches they make parts of a longer name."""
    found: list[tuple[int, int, Concept]] = []
    parts: set[tuple[int, int]] = set()
    if " -" in text:
        found += _bare_suffixes(text, matches, grounder)
    if "- " in text or "-," in text:
        found += _dangling(text, grounder)
    if "'s" in text or "’s" in text:
        found += [(m.start(1), m.end(1), concept) for m in _POSSESSIVE.finditer(text)
                  if (concept := grounder.lookup(f"{m.group(1)} disease", "Disorder")) is not None]
    if "/" in text or "-" in text:
        for start, end, concept in (_slashed(text, grounder) if "/" in text else []) \
                + (_hyphen_pairs(text, grounder) if "-" in text else []):
            found.append((start, end, concept))
            parts.update((m.start, m.end) for m in matches if start <= m.start and m.end <= end
                         and (m.start, m.end) != (start, end) and _kind(m.concept.cls) == _kind(concept.cls))
    if " of " in text:  # "activation of Iba1-positive microglia" (.cell_process, round 14b)
        found += process_of_modified_cell(text, matches, grounder)
    return found, parts


def _kind(cls: str) -> str:
    """Disorders and signs are one kind here: "hyperactivity" is part of "attention-deficit/hyperactivity
    disorder"."""
    return "Disorder" if cls == "Phenotype" else cls


def _bare_suffixes(text: str, matches: list[Match], grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """ "IL-6 and -10": the bare suffixes after a hyphenated name, read with the name's prefix."""
    out = []
    for m in matches:
        if m.end >= len(text) or text[m.end] not in ", a o":
            continue
        surface = text[m.start : m.end]
        hyphen = surface.rfind("-")
        if hyphen <= 0 or " " in surface:
            continue
        prefix, at = surface[: hyphen + 1], m.end
        while (gap := _BARE_SUFFIX.match(text, at)) is not None:
            concept = grounder.lookup(prefix + gap.group(1), m.concept.cls)
            if concept is None:
                break
            out.append((gap.start(1) - 1, gap.end(1), concept))
            at = gap.end()
    return out


def _dangling(text: str, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """ "pro- and anti-inflammatory cytokines": each word hanging on its hyphen, with the shared tail."""
    out = []
    for hyphen in _HANGING_HYPHEN.finditer(text):
        word = hyphen.start()
        while word and text[word - 1].isalnum():
            word -= 1
        hang = _DANGLING.match(text, word) if word < hyphen.start() else None
        if hang is None or hang.end() != hyphen.start() + 1:
            continue
        done = _COMPLETION.match(text, hang.end())
        if done is None:
            continue
        words = done.group(3).split()
        for k in range(len(words), 0, -1):
            tail = " ".join(words[:k])
            joined = f"{hang.group(1)}-{tail}" if done.group(2) == "-" else f"{hang.group(1)} {tail}"
            concept = grounder.lookup(joined)
            if concept is not None:
                out.append((hang.start(1), hang.end(1), concept))
                break
    return out


def _slashed(text: str, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """The names a slashed token and the words around it make (rule of the module docstring), as spans: the
    longest reading wins ("phosphorylation of ERK1/2", "ERK1/2 phosphorylation")."""
    out = []
    at, last = text.find("/"), -1
    while at >= 0:
        start = 1 + max(text.rfind(c, 0, at) for c in _TOKEN_BREAKS)
        token = _SLASHED.match(text, start) if start > last else None
        at = text.find("/", at + 1)
        if token is None:
            continue
        last = token.end()
        at = text.find("/", last)
        members = token.group(1).split("/")
        family = _family(members)
        if family is None and any(not m or _NO_MEMBER.match(m) or not any(c.isalnum() for c in m) for m in members):
            continue
        phrases = ([family] if family else []) + [" ".join(members)]
        start, end = token.span()
        head = _HEAD_WORDS.match(text, end)
        words = head.group(0).split() if head else []
        afters = [(" ".join(words[:k]), head.start() + _offset(head.group(0), k) if k else end)
                  for k in range(len(words) + 1)]
        lead = _LEAD_WORDS.search(text, max(0, start - 30), start) if text[start - 2 : start - 1] in "dfF" else None
        befores = [("", start)] + ([(lead.group(1), lead.start(1))] if lead else [])
        # without a shared head or lead word the members stay apart ("anxiety/depression" is two conditions)
        spans = sorted(((b, a, at, to) for b, at in befores for a, to in afters if a or b),
                       key=lambda c: c[2] - c[3])
        hit = None
        for before, after, at, to in spans:
            for phrase in phrases:
                concept = grounder.lookup(" ".join(w for w in (before, phrase, after) if w))
                if concept is not None:
                    hit = (at, to, concept)
                    break
            if hit is not None:
                break
        if hit is None:  # "BDNF/TrkB signalling": the first member with the shared head
            hit = next(((start, start + len(members[0]), c) for after, _ in reversed(afters[1:])
                        if (c := grounder.lookup(f"{members[0]} {after}")) is not None), None)
        if hit is not None:
            out.append(hit)
    return out


#: a hyphenated pair of capitalised names before a signalling word, read as a slashed pair (round 13): a ligand and
#: its receptor ("BDNF-TrkB signalling", "CX3CL1-CX3CR1 pathway"); never a name whose second part is lower case or
#: a number ("NF-kB", "IL-6")
_PAIR_TAIL = re.compile(r"-([A-Z][A-Za-z0-9]+)\s(signal(?:l)?ing(?: pathway)?|pathway)\b")
#: the pair's first member, right before the hyphen
_PAIR_HEAD = re.compile(r"(?<![\w/-])[A-Z][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$")


def _hyphen_pairs(text: str, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """The signalling a hyphenated pair names: the pair's own name ("TLR4 MyD88 signalling") if the lexicon has
    it, else the first member's with the shared head, as for a slashed pair ("BDNF signalling pathway")."""
    out = []
    for tail in _PAIR_TAIL.finditer(text):
        first = _PAIR_HEAD.search(text, max(0, tail.start() - 30), tail.start())
        if first is None:
            continue
        second, head = tail.group(1), tail.group(2)
        concept = grounder.lookup(f"{first.group(0)} {second} {head}")
        if concept is not None:
            out.append((first.start(), tail.end(), concept))
        elif (concept := grounder.lookup(f"{first.group(0)} {head}")) is not None:
            out.append((first.start(), first.end(), concept))
    return out


def _family(members: list[str]) -> str | None:
    """ "ERK1/2" -> "ERK1 and ERK2": members after the first that are bare numbers repeat its stem."""
    stem = _FAMILY_STEM.fullmatch(members[0])
    if stem is None or not all(m.isdigit() for m in members[1:]):
        return None
    names = [members[0], *(stem.group(1) + m for m in members[1:])]
    return " and ".join([", ".join(names[:-1]), names[-1]])


def _offset(words: str, k: int) -> int:
    """The length of the first ``k`` words of ``words`` (which starts with white space)."""
    end = 0
    for _, found in zip(range(k), _WORD_AFTER_SPACE.finditer(words)):
        end = found.end()
    return end


def elided_first_conjunct(text: str, m: Match, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """Mentions named by the first conjunct of an elided coordination: in "autoimmune or chronic inflammatory
    diseases", "autoimmune (diseases)"; in "CD4+ and CD8+ T cells", "CD4+ (T cells)"."""
    words = text[m.start : m.end].split()
    if len(words) < 2:
        return []
    window = text[max(0, m.start - 60) : m.start]
    if not (" and " in window or " or " in window or ", " in window or "/" in window or " nor " in window):
        return []
    if not conjunction_near_end(window):
        return []
    found = CONJUNCT.search(text, max(0, m.start - 60), m.start)
    if not found:
        return []
    first = found.group(1)
    if _plural(first):
        return []
    for k in range(1, len(words)):
        concept = grounder.lookup(f"{first} {' '.join(words[k:])}", m.concept.cls)
        if concept is not None and concept != m.concept:
            return [(found.start(1), found.end(1), concept)]
    return []


def _plural(first: str) -> bool:
    """Whether a first conjunct ends in a plural word ("corticosteroids": its key is the singular, as "diabetes"'
    or "sepsis"' is not): a noun phrase of its own, which modifies no elided head (round 19n).

    >>> _plural("corticosteroids"), _plural("chronic sepsis"), _plural("CD4+"), _plural("autoimmune")
    (True, False, False, False)
    """
    last = first.split()[-1]
    return last.isalpha() and last.endswith("s") and name_key(last) != (last.lower(),)


def inside_a_match(start: int, end: int, matches: list[Match]) -> bool:
    """Whether ``start:end`` lies strictly inside a longer match: a word that is already part of a grounded name
    ("neuronal apoptosis, TNF signaling") is no elided first conjunct ("apoptosis (signaling)")."""
    return any(m.start <= start and end <= m.end and (m.start, m.end) != (start, end) for m in matches)


def conjunction_near_end(window: str) -> bool:
    """A necessary condition for :data:`CONJUNCT` to match at the end of ``window`` (its search tries every
    offset, so it runs only when one of the last words holds a comma or a slash or is a conjunction)."""
    return any("," in w or "/" in w or w in ("and", "or", "nor") for w in window.split()[-4:])
