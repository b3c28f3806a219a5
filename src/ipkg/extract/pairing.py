"""Which mention pairs of one sentence are read, in time linear in the sentence (issue 14 item 4).

A sentence's mentions (:class:`Item`) form *chains*: consecutive mentions of one group joined only by list words
("IL-6, TNF and IL-1β"). :class:`Layout` indexes them once per sentence — each chain's first and last mention and
character span, the clause breaks of the masked sentence, the nearest earlier rival subject of each mention — so
that the context of a pair (:meth:`Layout.context`) costs a constant number of steps instead of a scan of every
mention between and before the two. :meth:`Layout.pairs` offers only pairs that a relation can join: their
mentions at most :data:`WINDOW` characters apart with at most :data:`MAX_CHAINS_BETWEEN` chains between them (a
trigger reaches at most 110 characters and six words before its object, and a list counts as one chain, so no
pair further apart was ever typed). A sentence of *n* mentions thus costs O(*n*) pair contexts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..models import Concept
from .exposure import EXPOSURE
from .list_members import unnamed_members
from .relation_targets import COMPOUND_NP_REST
from .relations import ADDON_BASE, APPOSITION_AFTER, CONDITION_CLASSES, MODULATED_CLASSES, PairContext

__all__ = ["COMPOUND", "CLAUSE_BREAK", "MAX_CHAINS_BETWEEN", "WINDOW", "Item", "Layout", "list_run"]

#: how far apart (characters between the two mentions) a pair may be
WINDOW = 600
#: how many other chains may stand between the two chains of a pair
MAX_CHAINS_BETWEEN = 8
CLAUSE_BREAK = re.compile(r";|\b(?:whereas|while|whilst|but|however|although|though)\b", re.IGNORECASE)
#: words that may sit between two coordinated mentions of one class ("IL-6, TNF and IL-1β"; "neither A nor B")
_COORDINATION_WORDS = frozenset(
    ["and", "or", "nor", "neither", "as", "well", "but", "not", "also", "especially", "particularly", "including",
     "such", "e.g.",
     "i.e.", "possibly", "probably", "those", "of", "the", "levels", "level", "concentrations", "concentration",
     "percentage", "proportion", "number", "numbers", "frequency", "frequencies", "population", "populations",
     "expression", "production", "activity", "serum", "plasma", "circulating", "symptoms", "symptom", "signs",
     "and/or", "either", "both", "certain", "some", "other", "several", "various"]
)
_COORDINATION_TOKEN = re.compile(r"e\.g\.|i\.e\.|[\w/]+|[,/&+()]|\S")
#: the close of an appositive phrase after a mention inside it: "IL-6, a cytokine produced by monocytes, ..."
_APPOSITION_CLOSE = re.compile(r"[^,;§.]*,")
#: a hyphenated compound after a mention: "LPS-induced depressive-like behaviour" names a state, so LPS there is
#: no rival subject of the clause's verbs ("Minocycline attenuated LPS-induced ... and reduced IL-1β")
COMPOUND = re.compile(r"-(?:induced|mediated|related|associated|evoked|triggered|provoked|elicited)\b", re.IGNORECASE)
#: the rest of the object's noun phrase after such a compound: "(increase) (in) (the serum levels of)"
_COMPOUND_NP = re.compile(COMPOUND_NP_REST, re.IGNORECASE)
_COORDINATED_VERB = re.compile(r"(?:\band|,)\s+(?:\w+ly\s+)?[a-z]+(?:ed|es)\b|"
                               # (round 50) or the means of the clause subject's verb: "X attenuated LPS-induced
                               # behaviour by inhibiting (via inhibition of) Y" is X's mechanism, not LPS's
                               r"\b(?:by|through|via)\s+(?:the\s+)?(?:[a-z]+ing|(?:inhibition|suppression|"
                               r"activation|blockade|reduction|down-?regulation|up-?regulation|modulation|regulation|"
                               r"enhancement|promotion|attenuation)\s+of)\b")
#: a mention naming the animals or group a treatment was given to: "to the LH mice", "in CUMS-exposed rats"
_TO_THE = re.compile(r"\b(?:to|in|into|of)\s+(?:the\s+)?$", re.IGNORECASE)
_ANIMALS_AFTER = re.compile(r"(?:-?\s*(?:exposed|stressed|treated)\s+|\s+)(?:mice|rats|animals|groups?)\b",
                            re.IGNORECASE)
#: (round 38) ... or after them: "imipramine given to mice exposed to chronic stress", "rats subjected to CUMS"
_EXPOSED_BEFORE = re.compile(r"\b(?:mice|rats|animals|groups?)\s+(?:(?:that\s+)?(?:were|had\s+been)\s+)?"
                             r"(?:exposed|subjected)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: (round 40) ... or the time the earlier agent acted in: "the inhibition of NO synthesis by L-NAME during CHC
#: exposure decreased ...", "minocycline given throughout the stress"; not a state the item brings about ("the effect
#: of vitamin C during methionine induced hyperhomocysteinaemia": methionine's own compound relation)
_DURING = re.compile(r"\b(?:during|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_INDUCING_AFTER = re.compile(r"[\s-]*(?:induced|evoked|triggered|provoked|elicited|mediated)\b", re.IGNORECASE)
_NP_LINK = re.compile(r"^\s*(?:response|effects?|efficacy|actions?)\s+(?:to|of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Item:
    """A mention inside one sentence, in sentence offsets; ``pseudo`` marks a resolved anaphor."""

    start: int
    end: int
    concept: Concept
    pseudo: str = ""  # "", "anaphor", "adverse"
    modifier: bool = False  # an intervention word used as an adjective: "antidepressant effects"
    #: the role class: a resolved anaphor and an experimental exposure are paired as interventions (an exposure's
    #: findings are then kept by :func:`ipkg.extract.exposure.admissible`); set once (read ~300 times a record)
    cls: str = field(init=False, repr=False, compare=False)
    #: the role group: cells, cytokines and pathways are one group (the targets); disorders and signs or symptoms
    #: another (the conditions: "fatigue and symptoms of depression" is one list)
    group: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        cls = "Intervention" if self.pseudo or self.concept.cls == EXPOSURE else self.concept.cls
        object.__setattr__(self, "cls", cls)
        object.__setattr__(self, "group", "Target" if cls in MODULATED_CLASSES else
                           "Condition" if cls in CONDITION_CLASSES else cls)


def list_run(text: str, items: Sequence[Item], gap: re.Pattern[str]) -> list[Item]:
    """The first of ``items`` (in order, at least one) and those joined to it as one list ("A, B and C"): each
    next item while the text between it and the last one kept matches ``gap``."""
    members = [items[0]]
    for item in items[1:]:
        if not gap.match(text[members[-1].end : item.start]):
            break
        members.append(item)
    return members


#: the end of a bracketed member and the coordination that opens the next: "-related diseases), and "
_BRACKET_THEN_AND = re.compile(r"[^,;:()]*\)\s*,\s*(?:and|or)\s+$", re.IGNORECASE)


#: (round 40) the noun "cells" that closes a cell's name and the marker of the next cell ("Iba1 positive microglia
#: cells and GFAP positive astrocytes"): no break of a list of cells
_CELL_WORDS = re.compile(r"\b(?:cells?|[\w-]+(?:[- ]positive|\+))(?=[\s,]|$)", re.IGNORECASE)


def _coordinated(gap: str) -> bool:
    tokens = _COORDINATION_TOKEN.findall(_CELL_WORDS.sub(" ", gap))
    return all(t.lower() in _COORDINATION_WORDS or t in ",/&+()" for t in tokens) or bool(_NP_LINK.match(gap)) or (
        unnamed_members(gap))  # "A, tissue inhibitor of metalloproteinases-1 (Timp-1), and B" (round 29)


class Layout:
    """The chains, clause breaks and rival subjects of one masked sentence, indexed once."""

    def __init__(self, masked: str, items: Sequence[Item]) -> None:
        self.masked, self.items = masked, items
        groups = [item.group for item in items]
        chain: list[int] = []
        for index, item in enumerate(items):
            if index and groups[index - 1] == groups[index] and _coordinated(masked[items[index - 1].end : item.start]):
                chain.append(chain[-1])
            else:
                chain.append(index)
        self.chain = chain
        #: per chain id (its first item's index): the index of its last item, and of its last non-modifier item
        self.last: dict[int, int] = {}
        self.last_plain: dict[int, int] = {}
        # the latest earlier item of the same group, not a modifier, outside the item's own chain
        self.rival: list[int] = []
        latest: dict[str, int] = {}
        snapshot: dict[str, int] = {}
        for index, c in enumerate(chain):
            self.last[c] = index
            if c == index:
                snapshot = dict(latest)
            self.rival.append(snapshot.get(groups[index], -1))
            if not items[index].modifier:
                self.last_plain[c] = index
                latest[groups[index]] = index
        self.chain_ids = list(self.last)  # chain ids increase with their first item
        #: per item, the index of the mention whose closed apposition holds it ("IL-6, a cytokine produced by
        #: monocytes, is raised in Y": monocytes describe IL-6 and relate to nothing after the apposition), or -1
        self.described: list[int] = [
            index - 1 if index and APPOSITION_AFTER.match(masked, items[index - 1].end, item.start)
            and _APPOSITION_CLOSE.match(masked, item.end) else -1
            for index, item in enumerate(items)
        ]
        self.position = {c: p for p, c in enumerate(self.chain_ids)}
        self._breaks: list[tuple[int, int]] | None = None
        self._break_starts: list[int] = []

    def has_break(self, lo: int, hi: int) -> bool:
        """True when a clause break lies wholly inside ``masked[lo:hi]`` (the breaks are found on first use)."""
        if self._breaks is None:
            self._breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(self.masked)]
            self._break_starts = [start for start, _ in self._breaks]
        at = bisect.bisect_left(self._break_starts, lo)
        return at < len(self._breaks) and self._breaks[at][1] <= hi

    def pairs(self) -> Iterator[tuple[int, int]]:
        """``(subject index, object index)`` of every pair near enough to be related, in index order."""
        items, chain, ids = self.items, self.chain, self.chain_ids
        for s, subject in enumerate(items):
            p = self.position[chain[s]]
            for q in range(max(0, p - MAX_CHAINS_BETWEEN - 1), min(len(ids), p + MAX_CHAINS_BETWEEN + 2)):
                if q == p:
                    continue
                c = ids[q]
                for o in range(c, self.last[c] + 1):
                    other = items[o]
                    gap = other.start - subject.end if o > s else subject.start - other.end
                    if gap <= WINDOW:
                        yield s, o

    def context(self, s: int, o: int) -> PairContext | None:
        """The pair context of subject ``items[s]`` and object ``items[o]``, or ``None`` when the pair is blocked.

        Blocked: a subject used as an adjective ("antidepressant effects"); a nearer subject that owns the trigger
        ("X raised A while Y lowered B"); a subject inside the complement of an earlier subject of its clause ("X
        potentiated the response to Y, and expanded B"); in object-first order, any other subject or object
        between.
        """
        items, chain, masked = self.items, self.chain, self.masked
        subject = items[s]
        if subject.modifier:
            return None
        first, second = (s, o) if s < o else (o, s)
        if chain[first] == chain[second]:
            return None
        first_end = items[self.last[chain[first]]].end
        second_start = items[chain[second]].start
        if self.described[first] >= 0 and "," in masked[items[first].end : second_start]:
            return None  # the first lies inside an apposition that closes before the second
        lo, hi = first_end, max(first_end, second_start)
        subject_first = s < o
        if subject_first and (self._governed(s, hi) or self._population_of_rival(s)):
            return None
        parallel = False
        for q in range(self.position[chain[first]] + 1, self.position[chain[second]]):
            c = self.chain_ids[q]
            last = self.last_plain.get(c)
            if last is None:
                continue  # modifiers only
            item = items[last]
            if self.described[last] >= 0 and chain[self.described[last]] == chain[first]:
                continue  # inside the first's apposition: it describes the first ("IL-6, a cytokine of monocytes,")
            if not subject_first and item.group == items[second].group:
                return None
            if not subject_first and item.group == items[first].group:
                parallel = True  # "a decrease in A (...), in B and in C after X": only A's own trigger counts
                continue
            if item.group == items[second].group:
                lo = max(lo, item.end)  # "X reduced IL-6 but increased TNF": TNF's trigger follows IL-6
            elif item.group == items[first].group and not self._compound_then_verb(last, hi) and not self._compound_of(
                    last, hi) and (
                self.has_break(first_end, item.start) or "," not in masked[item.end : hi]
                or APPOSITION_AFTER.match(masked, item.end, hi)
            ) and not ADDON_BASE.search(masked, max(0, item.start - 40), item.start) and not self._names_animals(last):
                # "X raised A while Y lowered B": Y is the subject of "lowered"; "X ... close to Y, the most
                # effective drug in Z": the apposition is Y's; but "X added to Y improved Z" is X's claim
                return None
        head = items[chain[first]].start
        return PairContext(masked, (items[first].start, items[first].end), (items[second].start, items[second].end),
                           subject_first, lo, hi, head, parallel, first_end)

    def _names_animals(self, index: int) -> bool:
        """True when ``items[index]`` names the animals or the group a treatment was given to, after a preposition
        ("injection of imipramine to the LH mice ... ameliorated", "X given to CSDS-exposed rats reduced"): the
        population, not a rival subject of the clause's verb (round 10); or the exposure during which the treatment
        was given ("by L-NAME during CHC exposure decreased", round 40)."""
        item = self.items[index]
        return bool(_TO_THE.search(self.masked, max(0, item.start - 12), item.start)
                    and _ANIMALS_AFTER.match(self.masked, item.end)) or bool(
            _EXPOSED_BEFORE.search(self.masked, max(0, item.start - 50), item.start)) or bool(
            _DURING.search(self.masked, max(0, item.start - 12), item.start)
            and not _INDUCING_AFTER.match(self.masked, item.end))

    def _population_of_rival(self, s: int) -> bool:
        """(round 38) True when ``items[s]`` names the animals an earlier subject of its clause was given to
        (:meth:`_names_animals`: "injection of imipramine to the LH mice ... reversed the decrease in BDNF",
        "fluoxetine given to mice exposed to chronic stress reduced IL-6"): the group's label, not the agent of the
        clause's verbs, which are the earlier subject's."""
        rival = self.rival[s]
        return (rival >= 0 and self._names_animals(s)
                and not self.has_break(self.items[rival].end, self.items[s].start))

    def _compound_then_verb(self, index: int, hi: int) -> bool:
        """True when ``items[index]`` heads a compound ("LPS-induced behaviour") followed, before ``hi``, by a
        coordinated verb ("and reduced"): the verb is the clause subject's, not the compound's."""
        found = COMPOUND.match(self.masked, self.items[index].end)
        return found is not None and bool(_COORDINATED_VERB.search(self.masked, found.end(), hi))

    def _compound_of(self, index: int, hi: int) -> bool:
        """True when ``items[index]`` heads a compound that modifies the object's noun phrase ending at ``hi``
        ("attenuated the LPS-induced increase in serum IL-6", "reversed LPS-induced depressive-like behaviour"): a
        state named inside the object, not a rival subject of the clause's verb."""
        found = COMPOUND.match(self.masked, self.items[index].end)
        return found is not None and bool(_COMPOUND_NP.match(self.masked, found.end(), hi))

    def in_compound(self, s: int) -> bool:
        """True when ``items[s]`` is the head of a compound ("LPS-induced") inside the clause of an earlier subject
        of its group: it names a state, and only the compound's own relation is its ("prevented the LPS-induced
        increase in IL-1β"), not the later verbs of the clause."""
        rival = self.rival[s]
        return (rival >= 0 and bool(COMPOUND.match(self.masked, self.items[s].end))
                and not self.has_break(self.items[rival].end, self.items[s].start))

    def _governed(self, s: int, hi: int) -> bool:
        """True when an earlier subject of the same clause, not coordinated with ``items[s]``, governs the
        trigger (only the latest such subject need be looked at: a clause break before it lies before any earlier
        one's too)."""
        subject = self.items[s]
        if "," not in self.masked[subject.end : hi] or APPOSITION_AFTER.match(self.masked, subject.end, hi):
            return False  # no comma, or only the subject's own apposition ("Y, the most effective drug in Z")
        rival = self.rival[s]
        if rival >= 0 and _BRACKET_THEN_AND.match(self.masked, self.items[rival].end, self.items[self.chain[s]].start):
            return False  # "A (B-related ...), and C (D and E), are": the rival closes an earlier member of the list
        return rival >= 0 and not self.has_break(self.items[rival].end, subject.start)
