"""Noun phrases that stand for what an earlier sentence named (s6 and s10 issue 12).

**Demonstratives** ("these", "those", "such", "this"; "both", "the two", "all three" for a plural) with a head noun
of a kind stand for the items of that kind the sentence before named:

* conditions: "Changes in the gut microbiota have been implicated in several neuronal disorders, including
  depression, autism and Parkinson's disease. Probiotics have shown hope for the treatment of these neuronal
  disorders." -- heads *disorders, diseases, conditions, states, ...* and, for the states a study induced or
  measured, *abnormalities, behaviours, deficits, symptoms, phenotypes, impairments* ("Ingestion of the bacterium
  produced depression-like behaviours. Vagotomy blocked the development of these behavioural abnormalities.");
* targets: "these cytokines", "these markers", "both genes" -- the cytokines, cells and pathways of the sentence
  before ("IL-6 and TNF-α rose after LPS. Minocycline lowered these cytokines.");
* agents: "these treatments", "both drugs", "the two compounds" -- the interventions the sentence before names as
  agents (not as an adjective, "antidepressant effects", nor heading a compound, "LPS-induced"), two or more
  ("Fluoxetine and imipramine reduced immobility. Both drugs increased IL-10 levels.");
* an axis: "this axis", "this system" -- the one axis the sentence before names (round 30, :func:`_axis`).

Each is read as the items of its kind in the previous sentence (or, for agents and targets, when it names none of
that kind, in the one before it: round 23, :func:`_antecedent`): those of its list of examples ("including", "such
as", "e.g.", a bracket) when it has one, else all of them; a singular head (conditions only) needs exactly one, a
plural agent or target head two or more, "both" and "the two" exactly two. The members are added as items on the
demonstrative word itself, so a grounded class noun after it ("these neuronal disorders") stays an item of its own,
coordinated with them. After a quantifier of a part ("some of these agents, especially A and B", "several of these
drugs") a demonstrative stands for no referent (round 31, :func:`_a_part`).

**A class phrase defined by its members** (:class:`ClassDefinitions`): an abstract that lists what a modified class
noun means ("the gene induction of proinflammatory cytokines (i.e., IL-1β, IL-6 and TNF-α)", "inflammatory
markers such as CRP and IL-6") uses the same phrase later for the same members ("no significant induction of
proinflammatory cytokine genes was observed after zymosan"): a later sentence of the same passage that repeats
the phrase (singular or plural) without naming any member is read as naming each member there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..models import Concept, Finding
from ..cues import Cue, Folded
from .finding_polarity import Where, make_finding, relation_flags
from .main_subject import is_agent
from .pairing import Item, list_run
from .relation_context import CONDITION_CLASSES, MODULATED_CLASSES, RelationMatch

__all__ = ["Antecedent", "ClassDefinitions", "demonstrative_items", "following", "may_refer_back",
           "outcome_only_findings", "possessive_items"]

_F = re.IGNORECASE
#: head nouns of each kind a demonstrative may stand for (plural; the singular conditions apart)
_CONDITION_HEADS = (r"disorders|diseases|conditions|states|illnesses|pathologies|comorbidities|syndromes|"
                    r"disturbances|abnormalities|behaviou?rs|deficits|symptoms|phenotypes|impairments|dysfunctions")
_TARGET_HEADS = r"cytokines|chemokines|markers|biomarkers|mediators|interleukins|proteins|genes|molecules|cells"
_AGENT_HEADS = r"treatments|drugs|agents|compounds|medications|interventions|therapies|substances"
#: a demonstrative, up to two modifiers, and a head noun of a kind
_DEMONSTRATIVE = re.compile(
    r"\b(?:(?P<det>these|those|such|this)|(?P<two>both|the\s+two)|(?P<three>all\s+three|the\s+three))\s+"
    r"(?:[\w-]+\s+){0,2}?"
    rf"(?:(?P<plural>{_CONDITION_HEADS})|(?P<singular>disorder|disease|condition|state|illness|syndrome)|"
    rf"(?P<target>{_TARGET_HEADS})|(?P<agent>{_AGENT_HEADS})|(?P<axis>axis|system))\b",
    _F,
)
#: the words that open a list of examples in the previous sentence
_EXAMPLES = re.compile(r"\b(?:including|such\s+as|e\.g\.|for\s+example|for\s+instance|like|namely)|\(", _F)
#: the words that may join the members of a list
_LIST_GAP = re.compile(r"^[\s,]*(?:(?:and|or|as\s+well\s+as|and/or)\s+)?(?:the\s+)?$", _F)
#: the cheap test: a sentence without any of these words holds no demonstrative
_DET_WORDS = ("these", "those", "such", "this", "both", "the two", "the three", "all three")
#: :data:`_DEMONSTRATIVE` searched on the lower-cased text (the same matches, faster; :mod:`ipkg.cues`)
_DEMONSTRATIVE_CUE = Cue(_DEMONSTRATIVE, *_DET_WORDS)


def _of_kind(kind: str, text: str, items: Sequence[Item]) -> list[Item]:
    """The items of ``kind`` ("plural", "singular", "target", "agent") a sentence names."""
    if kind == "target":
        return [i for i in items if i.cls in MODULATED_CLASSES and not i.pseudo]
    if kind == "agent":
        return [i for i in items if i.concept.cls == "Intervention" and not i.pseudo and not i.modifier
                and is_agent(text, i.end)]
    return [i for i in items if i.cls in CONDITION_CLASSES and not i.pseudo]


def _listed(text: str, candidates: list[Item]) -> list[Item]:
    """``candidates`` narrowed to the first list of examples that holds one, if any (see the module docstring)."""
    for cue in _EXAMPLES.finditer(text):
        listed = [i for i in candidates if i.start >= cue.end()]
        if listed:
            return list_run(text, listed, _LIST_GAP)
    return candidates


class Antecedent(NamedTuple):
    """A sentence before the one read: its text and items, and the sentence before it (round 23: a demonstrative
    of agents or targets may reach two sentences back, no further, so that one carries no ``before`` of its own)."""

    text: str
    items: list[Item]
    before: Antecedent | None = None

    def then(self, text: str, items: list[Item]) -> Antecedent:
        """The antecedent of the sentence after ``text``: ``text`` and its items, with this one (cut to its own
        sentence) before it."""
        return Antecedent(text, items, Antecedent(self.text, self.items))


def following(previous: Antecedent | None, text: str, items: list[Item]) -> Antecedent:
    """The antecedent after the sentence ``text`` with its ``items``: :meth:`Antecedent.then` of ``previous``, or the
    first one (no sentence before)."""
    return previous.then(text, items) if previous else Antecedent(text, items)


def _antecedent(kind: str, previous: Antecedent) -> tuple[str, list[Item]]:
    """The text and the items of ``kind`` of the nearest sentence before that names any (round 23): the previous
    one, or, for agents and targets, when it names none of the kind, the one before it ("IL-6 and TNF-α rose
    after LPS. Sickness behaviour was scored hourly. Minocycline lowered these cytokines."). No further: a longer
    stretch of text may have introduced what the demonstrative means in words the lexicon does not know; and not
    for conditions, whose heads ("these disorders", "those ... symptoms") often point inside their own sentence
    (read on the 9k corpus: "a therapeutic strategy for these disorders" after "anxiety disorders")."""
    candidates = _of_kind(kind, previous.text, previous.items)
    if not candidates and kind in ("agent", "target") and previous.before is not None:
        return previous.before.text, _of_kind(kind, previous.before.text, previous.before.items)
    return previous.text, candidates


def _referents(found: re.Match[str], previous: Antecedent) -> list[Item]:
    """The items of the nearest sentence before that names items of the demonstrative's kind
    (:func:`_antecedent`) it stands for (empty when their number does not fit)."""
    kind = next(k for k in ("plural", "singular", "target", "agent", "axis") if found.group(k) is not None)
    if kind == "axis":  # "this axis", "this system": one axis, no other number
        return _axis(found, previous)
    if (found.group("det") or "").lower() == "this" and kind != "singular":
        return []  # number agreement: "this phenotype exhibit deficits" is no demonstrative of "deficits"
    if kind != "plural" and kind != "singular" and found.group("det") and found.group("det").lower() == "such":
        return []  # "such drugs" is any drug of the kind, not the ones just named
    referents = _listed(*_antecedent(kind, previous))
    count = len({r.concept.iri for r in referents})
    if kind == "singular":
        return referents if count == 1 else []
    if found.group("two"):
        return referents if count == 2 else []
    if found.group("three"):
        return referents if count == 3 else []
    return referents if count >= (1 if kind == "plural" else 2) else []


#: a mention that names an axis ("the microbiota-gut-brain axis", "the HPA axis"), what "this axis" stands for
_AXIS = re.compile(r"\baxis\b", _F)


def _axis(found: re.Match[str], previous: Antecedent) -> list[Item]:
    """"The gut microbiota talks to the brain through the microbiota-gut-brain axis. Alterations in this axis have
    been associated with Parkinson's disease." (round 30): "this axis" and "this (communication) system" stand for
    the one axis (a pathway the mention or its label calls an axis) the sentence before names, or, when it names
    none, the one before it; not when it names two ("the HPA axis and the gut-brain axis") or none. A "system"
    takes only an axis ("this system" after "the brain-gut axis forms a bidirectional communication system"), not
    the immune or the nervous system."""
    if (found.group("det") or "").lower() != "this":  # ("that" is no determiner :data:`_DEMONSTRATIVE` reads)
        return []
    words = found.string[found.end("det") : found.start("axis")].lower().split()
    if found.group("axis").lower() == "system" and words not in ([], ["communication"]):
        return []  # "this immune system", "this nervous system": a system of its own, not an axis
    for sentence in (previous, previous.before):
        if sentence is None:
            break
        axes = [i for i in sentence.items if i.cls == "Pathway" and not i.pseudo and (
            _AXIS.search(sentence.text, i.start, i.end) or _AXIS.search(i.concept.label))]
        if axes:
            return axes if len({i.concept.iri for i in axes}) == 1 else []
    return []


def _demonstratives(text: str) -> list[re.Match[str]]:
    """The demonstratives of a kind in ``text``, in order (none without a determiner word: no regex run)."""
    view = Folded(text)
    if view.lower is None and not any(word in text.lower() for word in _DET_WORDS):
        return []  # the cue's own test, where it reads the text as it is (lower-casing would move offsets)
    return list(_DEMONSTRATIVE_CUE.finditer(view))


def may_refer_back(text: str) -> bool:
    """Does ``text`` hold a demonstrative of a kind or "the latter / former" (then one mention is enough for a
    pair)?"""
    return bool(_demonstratives(text)) or ("latter" in text or "former" in text) and bool(_LATTER.search(text))


#: "the latter", "the former" (not "the latter group / half / case")
_LATTER = re.compile(r"\bthe\s+(?P<which>latter|former)\b(?!\s+(?:group|groups|half|case|cases|study|studies|"
                     r"patients|arm|condition)\b)", _F)


def _latter_former(text: str, items: list[Item], previous: Antecedent) -> list[Item]:
    """"Fluoxetine and ketamine were given to stressed mice. The latter reduced IL-6 levels.": "the latter" / "the
    former" is the second / first of the two agents the sentence before named (exactly two), when the sentence
    itself names no agent before it (round 13; within one sentence the pairing reads the list as it is)."""
    if "latter" not in text and "former" not in text:
        return []
    out = []
    for found in _LATTER.finditer(text):
        if any(i.end <= found.start() for i in _of_kind("agent", text, items)):
            continue
        agents = _of_kind("agent", previous.text, previous.items)
        distinct = sorted({i.concept.iri: i for i in agents}.values(), key=lambda i: i.start)
        if len(distinct) == 2:
            ref = distinct[1] if found.group("which").lower() == "latter" else distinct[0]
            out.append(Item(found.start(), found.end(), ref.concept))
    return out


def _one_each(start: int, end: int, referents: Sequence[Item]) -> list[Item]:
    """An item on ``start``-``end`` per concept of ``referents`` (the first item of each, in order)."""
    seen: set[str] = set()
    out = []
    for ref in referents:
        if ref.concept.iri not in seen:
            seen.add(ref.concept.iri)
            out.append(Item(start, end, ref.concept))
    return out


def _added(items: list[Item], added: list[Item]) -> list[Item]:
    return items if not added else sorted(items + added, key=lambda i: (i.start, i.end))


#: a quantifier that takes a part of what follows ("some of", "several of", "one of", "most of", "a few of"), right
#: before a demonstrative; "all / each / none / both of" take every referent and are not here
_PART_OF = re.compile(
    r"\b(?:some|several|one|two|three|four|five|many|most|few|certain|a\s+number|a\s+subset|half|(?:a|the)\s+"
    r"majority|a\s+minority)\s+of\s+$",
    _F,
)


def _a_part(text: str, start: int) -> bool:
    """"Some of these agents, especially clozapine, risperidone and olanzapine, were found efficacious" (round 31):
    a demonstrative after a quantifier of a part (:data:`_PART_OF`) stands for some of the referents, not each of
    them; which ones the sentence names itself when it does (its own mentions, "especially A, B and C"), and when it
    does not ("Several of these drugs improved Y") it names no one. So it stands for no referent."""
    return _PART_OF.search(text, max(0, start - 30), start) is not None


def demonstrative_items(text: str, items: list[Item], previous: Antecedent | None) -> list[Item]:
    """``items`` and, on each demonstrative of a kind, an item per referent of the ``previous`` sentence (its text
    and items, and the :class:`Antecedent` before it if any), sorted by position; none after a quantifier of a
    part (:func:`_a_part`)."""
    if previous is None:
        return items
    added: list[Item] = _latter_former(text, items, previous)
    for found in _demonstratives(text):
        det = next(g for g in ("det", "two", "three") if found.group(g) is not None)
        start, end = found.span(det)
        if any(i.start < found.end() and found.start() < i.end and not (i.start >= end) for i in items):
            continue  # the phrase is a mention of its own ("this disease" inside a longer name)
        if _a_part(text, found.start()):
            continue
        referents = _referents(found, previous)
        if found.group("axis") and any(i.concept.iri == r.concept.iri for r in referents for i in items):
            continue  # the sentence names the axis itself
        added.extend(_one_each(start, end, referents))
    return _added(items, added)


#: "its" after a clause break, with a measure noun of a molecule after it: "..., and its mRNA is induced by Y",
#: "...; its serum levels are elevated in Y" (up to two modifiers between "its" and the noun)
_POSSESSIVE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)|;|\band)\s+(?P<its>its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mRNA|gene|transcripts?|expression|levels?|concentrations?|production|release|secretion|synthesis)\b",
    _F,
)
#: what may stand before the sentence's subject: a connective, a determiner
_SUBJECT_OPEN = re.compile(r"^\s*(?:(?:moreover|furthermore|in\s+addition|additionally|however|thus)\s*,?\s+)?"
                           r"(?:the\s+)?$", _F)


def possessive_items(text: str, items: list[Item]) -> list[Item]:
    """"Interleukin 1 (IL-1) plays a critical role in stress responses, and its mRNA is induced in the brain by
    restraint stress", "AAG is an acute phase protein, and its serum levels are elevated in depression" (round 53):
    "its" before a measure noun of a molecule (:data:`_POSSESSIVE`: mRNA, expression, levels, production, release
    ...), in a clause joined to the first one, stands for the sentence's subject when that subject is a molecule:
    a cytokine, protein or gene mention that opens the sentence (after at most a connective and "the"; a bracketed
    short form after it is the same mention). The item is added on "its", so the clause reads as "IL-1 mRNA is
    induced by restraint stress". Not when another molecule stands between the subject and "its" (which one "its"
    means is then not clear), nor when the subject is a drug, a disorder, a cell or a process.

    >>> from ipkg.models import Concept
    >>> il1 = Concept("http://purl.uniprot.org/uniprot/P01584", "interleukin 1 beta", "Cytokine")
    >>> text = "IL-1 plays a role in stress, and its mRNA is induced by restraint stress."
    >>> [(i.start, i.end, i.concept.label) for i in possessive_items(text, [Item(0, 4, il1)])]
    [(0, 4, 'interleukin 1 beta'), (33, 36, 'interleukin 1 beta')]
    """
    if "its" not in text or not items:
        return items
    first = items[0]
    if first.cls != "Cytokine" or first.pseudo or not _SUBJECT_OPEN.match(text[: first.start]):
        return items
    added: list[Item] = []
    for found in _POSSESSIVE.finditer(text, first.end):
        start, end = found.span("its")
        if any(i.cls == "Cytokine" and i.concept.iri != first.concept.iri and first.end <= i.start < start
               for i in items):
            break  # another molecule named before "its"
        added.append(Item(start, end, first.concept))
    return _added(items, added)


#: a modified class noun and the opening of the list of its members: "proinflammatory cytokines (i.e., ",
#: "inflammatory markers such as ", "pro-inflammatory genes including "
_DEFINED = re.compile(
    r"\b(?P<mod>(?:pro-?|anti-?)?[a-z][a-z-]{3,})\s+(?P<head>cytokines|chemokines|markers|biomarkers|mediators|"
    r"interleukins|genes)\s*(?:\(\s*(?:(?:i\.\s?e\.|e\.\s?g\.|including|such\s+as|namely)\s*,?\s*)?|"
    r",?\s+(?:such\s+as|including|namely|i\.\s?e\.,?)\s+)",
    _F,
)
#: the class nouns :data:`_DEFINED` reads (a sentence without any of them defines nothing)
_DEFINED_HEADS = ("cytokine", "chemokine", "marker", "mediator", "interleukin", "gene")
#: words that may stand before a class noun without saying which class it is
_NOT_MODIFIER = frozenset({"with", "from", "than", "that", "these", "those", "their", "other", "several", "many",
                           "some", "various", "different", "both", "into", "over", "under", "about", "were", "have",
                           "levels", "level", "serum", "plasma"})


def _phrase(mod: str, head: str) -> str:
    """The key of a class phrase: its modifier without hyphen and its head in the singular, lower case."""
    return f"{mod.lower().replace('-', '')} {head.lower().removesuffix('s')}"


class ClassDefinitions:
    """The class phrases a passage defined by listing their members (see the module docstring), read sentence by
    sentence: :meth:`record` what a sentence defines, :meth:`items` the members a later sentence names by the
    phrase."""

    def __init__(self) -> None:
        self._members: dict[str, list[Item]] = {}
        self._pattern: re.Pattern[str] | None = None

    def clear(self) -> None:
        """Forget every definition (a new passage)."""
        self._members.clear()
        self._pattern = None

    def record(self, text: str, items: Sequence[Item]) -> None:
        """Note the class phrases ``text`` defines by a list of its targets ``items``."""
        if sum(1 for i in items if i.cls in MODULATED_CLASSES) < 2:
            return  # fewer than two targets: no list of members
        lower = text.lower()
        if not any(head in lower for head in _DEFINED_HEADS):
            return
        for found in _DEFINED.finditer(text):
            if found.group("mod").lower() in _NOT_MODIFIER:
                continue
            listed = [i for i in items if i.start >= found.end() and i.cls in MODULATED_CLASSES and not i.pseudo]
            if not listed or listed[0].start != found.end():
                continue
            members = list_run(text, listed, _LIST_GAP)
            if len(members) > 1:
                self._members[_phrase(found.group("mod"), found.group("head"))] = members
                self._pattern = None

    def may_refer(self, text: str) -> bool:
        """Can ``text`` name a defined class phrase?"""
        return bool(self._members) and self._search(text) is not None

    def _search(self, text: str) -> re.Match[str] | None:
        if self._pattern is None:
            alternatives = "|".join(
                r"\s+".join(re.sub(r"^(pro|anti)", r"\1-?", re.escape(w)) for w in key.split()) + "s?"
                for key in self._members)
            self._pattern = re.compile(rf"\b(?:{alternatives})\b", _F)
        return self._pattern.search(text)

    def items(self, text: str, items: list[Item]) -> list[Item]:
        """``items`` and, where ``text`` repeats a defined class phrase and names none of its members, an item per
        member on the phrase."""
        if not self.may_refer(text):
            return items
        named = {i.concept.iri for i in items}
        added: list[Item] = []
        for found in self._pattern.finditer(text):  # type: ignore[union-attr]
            if _DEFINED.match(text, max(0, found.start() - 1)) or _DEFINED.match(text, found.start()):
                continue  # the phrase defined again here: its own list follows
            words = found.group().lower().replace("-", "").split()
            members = self._members.get(f"{words[0]} {words[-1].removesuffix('s')}", [])
            if any(m.concept.iri in named for m in members):
                continue
            added.extend(_one_each(found.start(), found.end(), members))
        return _added(items, added)


#: a results sentence that names only changed targets: the targets (masked, in a list), their level nouns, a tissue,
#: then the verb of change; "Serum IL-6 and TNF-α levels fell significantly", "Hippocampal BDNF expression was
#: increased". Nothing but modifiers stands before the first target.
_ONLY_OUTCOME = re.compile(
    r"^\s*(?:(?:however|moreover|furthermore|in\s+addition|additionally|also|subsequently|consequently|thereafter|"
    r"likewise|similarly)\s*,?\s+)?(?:the\s+)?(?:(?:serum|plasma|blood|circulating|hippocampal|cortical|brain|"
    r"central|peripheral|mean|total)\s+)*(?P<targets>§+(?:\s*(?:,|and|as\s+well\s+as)\s*(?:(?:serum|plasma|"
    r"hippocampal)\s+)?§+)*)\s+(?:(?:levels?|concentrations?|expression|production|release|secretion|activity|"
    r"activation|signal(?:l)?ing|counts?|numbers?)\s+)?(?:in\s+the\s+[\w-]+\s+(?:[\w-]+\s+)?)?"
    r"(?:(?:were|was|had|have|has)\s+(?:been\s+)?)?(?:\w+ly\s+)?(?:"
    r"(?P<up>increased|elevated|rose|raised|up-?regulated|enhanced)|"
    r"(?P<down>decreased|reduced|fell|declined|lowered|down-?regulated|diminished|attenuated|suppressed))\b",
    _F,
)
#: words of a comparison of groups or of a population: the change is then a difference, not an effect
_GROUP_WORDS = re.compile(r"\b(?:than|compared|versus|vs\.?|patients?|controls?|group|placebo|healthy|subjects|"
                          r"individuals|participants|cases)\b", _F)


def outcome_only_findings(masked: str, items: Sequence[Item], agent: Concept | None, where: Where
                          ) -> list[Finding]:
    """"Mice received minocycline for two weeks. Serum IL-6 levels fell significantly.": a results sentence whose
    only mentions are the targets it opens with, changed by the verb that follows them (:data:`_ONLY_OUTCOME`),
    after a sentence that names one agent (``agent``, :func:`~ipkg.extract.main_subject.sole_intervention`),
    states what that agent did to them. Not when the sentence names an intervention or a condition of its own, or
    compares groups or people (:data:`_GROUP_WORDS`: "IL-6 was higher in patients than in controls" is a
    difference of the groups)."""
    if agent is None or where[4] != "results" or not items or any(
            i.cls not in MODULATED_CLASSES or i.pseudo for i in items):
        return []
    found = _ONLY_OUTCOME.match(masked)
    if found is None or _GROUP_WORDS.search(masked):
        return []
    direction = "increase" if found.group("up") else "decrease"
    verb = found.span("up") if found.group("up") else found.span("down")
    match = RelationMatch("increases" if direction == "increase" else "decreases", direction, verb)
    out = []
    for item in items:
        if item.end <= found.end("targets"):
            flags = relation_flags(masked, match, [(item.start, item.end)], (item.start, item.end))
            out.append(make_finding(agent, match, item.concept, flags, where))
    return out
