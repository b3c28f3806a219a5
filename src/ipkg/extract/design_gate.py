"""Which of a fixed set of cues can match a text, from one Aho-Corasick pass over all their literals.

A :class:`~ipkg.cues.Cue` checks its own literals before it runs its pattern (``may_match``): a scan of
the text per cue. The design facts ask some forty cues of every abstract (blinding, controls, phase, centres,
populations, species, models ...), most of which do not occur; :class:`CueGate` finds the literals of all of them
in one pass, so each cue's pattern runs only where a literal occurred, with the same matches as ``cue.search``.
A cue whose pattern is bounded (:func:`reach`) is searched from its first literal's end less its reach, as no match
can start before that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from .._regex_cache import parsed_fact
from ..cues import Cue, Folded

__all__ = ["CueGate", "Gated", "reach", "word_char"]


class CueGate:
    """One automaton over the needles (substrings) and words (whole words) of ``cues``."""

    __slots__ = ("_automaton", "_reach")

    def __init__(self, cues: Iterable[Cue]) -> None:
        import ahocorasick

        cues = list(cues)
        #: per cue (by id), how far before its first literal's end a match may start (``None``: anywhere)
        self._reach = {id(cue): reach(cue.folded) if cue.folded is not None else None for cue in cues}
        keys: dict[str, list[tuple[int, bool, int]]] = {}
        for cue in cues:
            for needle in cue.needles:
                keys.setdefault(needle, []).append((id(cue), False, len(needle)))
            for word in cue.words:
                keys.setdefault(word, []).append((id(cue), True, len(word)))
        automaton = ahocorasick.Automaton()
        for key, value in keys.items():
            automaton.add_word(key, tuple(value))
        automaton.make_automaton()
        self._automaton = automaton

    def gate(self, view: Folded) -> Gated:
        """The cues of this gate that may match ``view`` (every one when the text has no lower-case form)."""
        lower = view.lower
        if lower is None:
            return Gated(view, None)
        present: dict[int, int] = {}
        n = len(lower)
        reaches = self._reach
        for last, value in self._automaton.iter(lower):  # in the order of the literals' ends
            for key, whole, length in value:
                if key in present:
                    continue
                if whole:
                    at = last + 1 - length
                    if (at and word_char(lower[at - 1])) or (last + 1 < n and word_char(lower[last + 1])):
                        continue
                # a match holds a literal, so it starts at most the pattern's reach before the first one's end
                most = reaches[key]
                present[key] = 0 if most is None or most > last else last - most
        return Gated(view, present)


class Gated:
    """A text and the cues whose literals it holds: ``search``/``finditer`` as :class:`Cue` gives them."""

    __slots__ = ("present", "view")

    def __init__(self, view: Folded, present: dict[int, int] | None) -> None:
        self.view = view
        #: per cue present (by id), the offset before which none of its matches starts
        self.present = present

    def search(self, cue: Cue) -> re.Match[str] | None:
        """``cue.search(view)``."""
        if self.present is None:
            return cue.search(self.view)
        start = self.present.get(id(cue))
        if start is None:
            return None
        view = self.view
        if cue.folded is None:
            return cue.pattern.search(view.text)
        # a search from ``start`` still sees the text before it (``\b`` and lookbehinds read it)
        found = cue.folded.search(view.lower, start)  # type: ignore[arg-type]
        return None if found is None else cue.pattern.match(view.text, found.start())

    def finditer(self, cue: Cue) -> Iterator[re.Match[str]]:
        """``cue.finditer(view)``."""
        if self.present is None:
            return cue.finditer(self.view)
        start = self.present.get(id(cue))
        if start is None:
            return iter(())
        view = self.view
        if cue.folded is None:
            return cue.pattern.finditer(view.text)
        text, match, finditer = view.text, cue.pattern.match, cue.folded.finditer
        return (match(text, found.start()) for found in finditer(view.lower, start))  # type: ignore[misc, arg-type]


def word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: alphanumerics and the underscore."""
    return char.isalnum() or char == "_"


def reach(pattern: re.Pattern[str]) -> int | None:
    """How many characters from where a match of ``pattern`` starts the matcher may read: the longest match plus
    the characters its lookaheads read (``None``: unbounded, or a construct this does not measure: ``$``,
    backreferences). A match that holds a character at ``i`` lies in ``i - reach .. i + reach``.

    >>> reach(re.compile(r"\\bmonkeys?(?! kidney)\\b")), reach(re.compile(r"\\bthe (?:\\w+ )?trial\\b")) is None
    (14, True)
    """
    return parsed_fact("reach", pattern, _parsed_reach)  # kept across processes with the compiled patterns


def _parsed_reach(pattern: re.Pattern[str]) -> int | None:
    return _reach(_sre_parse.parse(pattern.pattern, pattern.flags).data)


#: the zero-width assertions that read at most the characters either side of a position (not ``$``: at a window's
#: end it would match where the whole text goes on)
_LOCAL_AT = frozenset({_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING,
                       _sre.AT_BEGINNING_LINE})


def _reach(items: Iterable[tuple[object, object]]) -> int | None:
    total = 0
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN):
            part: int | None = 1
        elif op is _sre.AT:
            part = 0 if av in _LOCAL_AT else None
        elif op is _sre.BRANCH:
            parts = [_reach(branch) for branch in av[1]]  # type: ignore[index]
            part = None if None in parts else max(parts)  # type: ignore[type-var]
        elif op is _sre.SUBPATTERN:
            part = _reach(av[-1])  # type: ignore[index]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            _, most, sub = av  # type: ignore[misc]
            one = _reach(sub)
            part = None if one is None or most == _sre.MAXREPEAT else most * one
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            direction, sub = av  # type: ignore[misc]
            # a lookbehind reads what lies before the match, which a window's scan sees (the search starts at
            # pos, the text is whole); a lookahead reads on past the match
            part = 0 if direction < 0 else _reach(sub)
        else:
            part = None
        if part is None:
            return None
        total += part
    return total
