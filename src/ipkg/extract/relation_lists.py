"""Relations carried over a clause of contrast and lists of markers each with its own direction (issue 12):
"IL-6 was elevated in patients with Y, whereas IL-10 was decreased" (:func:`contrast`, :func:`contrasted_findings`),
"Decreased BDNF and increased IL-6 levels were found in patients with Y" (:func:`directed_lists`,
:func:`directed_findings`)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..models import Finding
from .finding_polarity import Where, make_finding, relation_flags
from .negation import MASK, is_hedged
from .pairing import CLAUSE_BREAK, Item, Layout
from .relation_context import _F
from .relations import MODULATED_CLASSES, NO_CHANGE, RelationMatch
from .relation_words import DOWN_WORDS, FOUND_IN_GROUP, LIST_REST, MEASURE, SUBGROUP_AFTER, UP_WORDS

__all__ = ["CONTRASTED", "Contrast", "contrast", "contrasted_findings", "directed_findings", "directed_lists"]

# ---------------------------------------------------------------- a clause of contrast on other targets
#: "..., whereas IL-10 was decreased", "but IL-10 was not": the contrast clause's own targets and their direction
#: (round 53) the target may follow its class noun in apposition: "while the inhibitory cytokine, TGF-β, was enhanced"
_CONTRAST_OPEN = re.compile(
    r"\s*(?:the\s+)?(?:(?:serum|plasma|circulating)\s+)?(?:" + MEASURE + r"\s+of\s+)?"
    r"(?:(?:[a-z-]+\s+)?(?:cytokine|chemokine|interleukin|marker|mediator|protein|neurotrophin)\s*,?\s+)?"
    r"(?=" + MASK + ")",
    _F)
_CONTRAST_CLAUSE = re.compile(
    rf"\s*,?\s*(?:{MEASURE}\s+)?(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:(?P<up>{UP_WORDS})|(?P<down>{DOWN_WORDS})|"
    rf"(?P<unchanged>unchanged|unaltered|similar|comparable)|(?P<not>not)(?:\s+(?:\w+ly\s+)?(?:changed|altered|"
    rf"different|affected|{UP_WORDS}|{DOWN_WORDS}))?)\b",
    _F,
)
#: "... increased IL-6 but decreased IL-10 levels": a direction word and the targets, no verb of their own
_CONTRAST_VERBLESS = re.compile(
    rf"\s*(?:\w+ly\s+|significant\s+)?(?:(?P<up>{UP_WORDS})|(?P<down>{DOWN_WORDS}))\s+(?:{MEASURE}\s+of\s+)?"
    rf"(?:the\s+)?(?:(?:serum|plasma|circulating)\s+)?(?={MASK})",
    _F,
)
#: what may follow the contrast clause: the comparison group, statistics (blanked), the sentence's end; never
#: another population, an agent or a mention ("but IL-10 was decreased in controls" is no contrast of the first)
_CONTRAST_REST = re.compile(
    rf"\s*(?:{MEASURE}\s+)?(?:(?:\w+ly\s+)?(?:compared\s+(?:with|to)|relative\s+to|than(?:\s+in)?|versus|vs\.?)\s+"
    r"(?:the\s+|those\s+of\s+|that\s+of\s+)?(?:healthy\s+)?(?:controls?|control\s+(?:subjects|participants|"
    r"individuals|group)|comparison\s+subjects|placebo(?:\s+group)?|baseline)\s*)?[.\s]*$",
    _F,
)


class Contrast(NamedTuple):
    """A clause of contrast read after a relation on targets: where its targets start, its direction (``None``:
    the contrast denies the first clause's change), whether it denies, and where its verb ends."""

    start: int
    direction: str | None
    negated: bool
    verbless: bool


def contrast(text: str, at: int) -> Contrast | None:
    """The contrast clause starting at ``at`` (right after "whereas", "while", "but" in a masked sentence), when it
    names only targets and their direction ("IL-6 was elevated in patients with Y, whereas IL-10 was decreased";
    "increased IL-6 but decreased IL-10 levels"); its targets' list is read by the caller.

    >>> contrast("§§§§ was raised, whereas §§§§§ was decreased.", 25)
    Contrast(start=25, direction='decrease', negated=False, verbless=False)
    >>> contrast("raised §§§§ but lower §§§§§ levels than controls.", 16).direction
    'decrease'
    >>> contrast("§§§§ was raised, whereas §§§§§ was decreased by §§§.", 25) is None
    True
    """
    verbless = _CONTRAST_VERBLESS.match(text, at)
    opened = verbless or _CONTRAST_OPEN.match(text, at)
    if opened is None:
        return None
    start = opened.end()
    end = LIST_REST.match(text, start).end()
    if verbless is not None:
        kind: str | None = verbless.lastgroup
    else:
        clause = _CONTRAST_CLAUSE.match(text, end)
        if clause is None:
            return None
        kind, end = clause.lastgroup, clause.end()
    if not _CONTRAST_REST.match(text, end):
        return None
    direction = {"up": "increase", "down": "decrease"}.get(kind or "")
    return Contrast(start, direction, kind in ("not", "unchanged"), verbless is not None)


# ---------------------------------------------------------------- lists of markers, each with its direction
#: one marker list with its own direction word: "decreased (serum levels of) BDNF", "increased IL-6 (and TNF)"
_DIRECTED_ONE = re.compile(
    rf"(?P<dir>{UP_WORDS}|{DOWN_WORDS})\s+(?:(?:serum|plasma|circulating|peripheral)\s+)?(?:{MEASURE}\s+of\s+)?"
    rf"(?:the\s+)?(?={MASK})",
    _F,
)
_DIRECTED_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)", _F)
#: where such a list may open its clause: the sentence's start, a comma or colon, a verb of showing
_DIRECTED_OPEN = re.compile(
    r"(?:^|[,;:]\s*|\b(?:showed|revealed|found|observed|demonstrated|detected|there\s+(?:was|were))\s+)"
    r"(?:(?:a|an)\s+)?(?:(?:\w+ly|significant)\s+)?$",
    _F,
)


def directed_lists(text: str, start: int, disorder: tuple[int, int]) -> list[tuple[int, int, str, tuple[int, int]]]:
    """The marker lists of "Decreased BDNF and increased IL-6 levels were found in patients with Y" read from a
    masked sentence: ``(list start, list end, direction, direction word span)`` for each list of a run of two or
    more lists, each with its own direction word, that opens its clause and is followed by the population of the
    ``disorder`` mention (:data:`FOUND_IN_GROUP`; not a subgroup of it); read from ``start``.

    >>> t = "Decreased §§§§ and increased §§§§ levels were found in patients with §§§."
    >>> [(d, t[a:b]) for a, b, d, _ in directed_lists(t, 0, (69, 72))]
    [('decrease', '§§§§'), ('increase', '§§§§')]
    >>> directed_lists("Decreased §§§§ and increased §§§§ levels were found in patients with §§§ who relapsed.", 0, (69, 72))
    []
    """
    end = disorder[0]
    if SUBGROUP_AFTER.match(text, disorder[1]):
        return []
    for opening in _DIRECTED_ONE.finditer(text, start, end):
        if not _DIRECTED_OPEN.search(text, max(0, opening.start() - 40), opening.start()):
            continue
        lists, at, found = [], opening.start(), _DIRECTED_ONE.match(text, opening.start(), end)
        while found is not None:
            rest = LIST_REST.match(text, found.end(), end).end()
            word = (found.start("dir"), found.end("dir"))
            lists.append((found.end(), rest, "increase" if re.fullmatch(UP_WORDS, found.group("dir"), _F) else
                          "decrease", word))
            at = rest
            sep = _DIRECTED_SEP.match(text, at, end)
            found = _DIRECTED_ONE.match(text, sep.end(), end) if sep is not None else None
        if len(lists) > 1 and FOUND_IN_GROUP.match(text[at:end]):
            return lists
    return []



#: the relations on targets that a clause of contrast carries over to its own targets
CONTRASTED = frozenset({"associatedWith", "increases", "decreases", "modulates"})
#: the words that open a clause of contrast
_CONTRAST_WORD = re.compile(r"\b(?:whereas|while|whilst|but)\s", re.IGNORECASE)


def contrasted_findings(masked: str, items: list[Item], layout: Layout,
                        sources: list[tuple[Item, Item, RelationMatch]], where: Where) -> list[tuple[int, Finding]]:
    """The relation a clause of contrast states of its own targets, by ellipsis of the first clause's subject:
    "IL-6 was elevated in patients with Y, whereas IL-10 was decreased" (Y associatedWith IL-10, decrease),
    "Y patients showed increased IL-6 but decreased IL-10" (the same), "X lowered TNF, while IL-10 was unchanged"
    (X modulates IL-10, denied). The source is the asserted relation on the targets nearest before the contrast
    word, in the same sentence; the contrast names only targets, a direction and at most the comparison group."""
    out: list[tuple[int, Finding]] = []
    for word in _CONTRAST_WORD.finditer(masked):
        before = [src for src in sources if src[1].end <= word.start() and src[0].end <= word.start()]
        if not before:
            continue
        nearest = max(src[1].end for src in before)
        if CLAUSE_BREAK.search(masked, nearest, word.start()):
            continue  # the source's clause ended before this one: "A rose; B fell, but C ..."
        found = contrast(masked, word.end())
        if found is None:
            continue
        first = next((i for i, item in enumerate(items) if item.start == found.start), None)
        if first is None or items[first].cls not in MODULATED_CLASSES:
            continue
        chain = [items[i] for i in range(first, layout.last[layout.chain[first]] + 1)]
        hedged = is_hedged(masked, word.start(), len(masked))
        for subject, obj, match in before:
            if obj.end != nearest:
                continue
            for target in chain:
                if target.concept.iri == subject.concept.iri:
                    continue
                rel = _contrast_match(match, found, word)
                out.append((abs(target.start - subject.start),
                            make_finding(subject.concept, rel, target.concept, (found.negated, hedged), where)))
    return out


def directed_findings(masked: str, items: list[Item], where: Where) -> list[tuple[int, Finding]]:
    """"Decreased IL-10 and increased IL-6 levels were found in patients with Y": Y associatedWith each marker,
    with the direction word of its own list (:func:`directed_lists`)."""
    out: list[tuple[int, Finding]] = []
    targets = [i.end for i in items if i.cls in MODULATED_CLASSES]
    if len(targets) < 2:
        return out  # two lists of markers at least
    start = 0
    for disorder in items:
        if disorder.cls != "Disorder" or disorder.pseudo or disorder.start < targets[1]:
            continue
        for lo, hi, direction, word in directed_lists(masked, start, (disorder.start, disorder.end)):
            match = RelationMatch("associatedWith", direction, word)
            for target in items:
                if lo <= target.start < hi and target.cls in MODULATED_CLASSES:
                    flags = relation_flags(masked, match, [(disorder.start, disorder.end), (target.start, target.end)],
                                           (target.start, target.end))
                    out.append((disorder.start - target.start,
                                make_finding(disorder.concept, match, target.concept, flags, where)))
        start = disorder.end
    return out


def _contrast_match(source: RelationMatch, found: Contrast, word: re.Match[str]) -> RelationMatch:
    """The relation of the contrast's targets: the source's kind, the contrast's direction."""
    span = (word.start(), word.end())
    if source.predicate == "associatedWith":
        return RelationMatch("associatedWith", found.direction or source.direction, span)
    if found.negated:
        return RelationMatch("modulates", NO_CHANGE, span)
    if found.direction is None:
        return RelationMatch("modulates", None, span)
    return RelationMatch("increases" if found.direction == "increase" else "decreases", found.direction, span)
