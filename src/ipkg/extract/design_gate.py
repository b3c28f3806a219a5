"""Which of a fixed set of cues can match a text, from one Aho-Corasick pass over all their literals.

A :class:`~ipkg.extract.cues.Cue` checks its own literals before it runs its pattern (``may_match``): a scan of
the text per cue. The design facts ask some forty cues of every abstract (blinding, controls, phase, centres,
populations, species, models ...), most of which do not occur; :class:`CueGate` finds the literals of all of them
in one pass, so each cue's pattern runs only where a literal occurred, with the same matches as ``cue.search``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .cues import Cue, Folded

__all__ = ["CueGate", "Gated", "word_char"]


class CueGate:
    """One automaton over the needles (substrings) and words (whole words) of ``cues``."""

    __slots__ = ("_automaton",)

    def __init__(self, cues: Iterable[Cue]) -> None:
        import ahocorasick

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
        present: set[int] = set()
        n = len(lower)
        for last, value in self._automaton.iter(lower):
            for key, whole, length in value:
                if key in present:
                    continue
                if whole:
                    at = last + 1 - length
                    if (at and word_char(lower[at - 1])) or (last + 1 < n and word_char(lower[last + 1])):
                        continue
                present.add(key)
        return Gated(view, present)


class Gated:
    """A text and the cues whose literals it holds: ``search``/``finditer`` as :class:`Cue` gives them."""

    __slots__ = ("present", "view")

    def __init__(self, view: Folded, present: set[int] | None) -> None:
        self.view = view
        self.present = present

    def search(self, cue: Cue) -> re.Match[str] | None:
        """``cue.search(view)``."""
        if self.present is None:
            return cue.search(self.view)
        if id(cue) not in self.present:
            return None
        view = self.view
        if cue.folded is None:
            return cue.pattern.search(view.text)
        found = cue.folded.search(view.lower)  # type: ignore[arg-type]
        return None if found is None else cue.pattern.match(view.text, found.start())

    def finditer(self, cue: Cue) -> Iterator[re.Match[str]]:
        """``cue.finditer(view)``."""
        if self.present is None:
            return cue.finditer(self.view)
        if id(cue) not in self.present:
            return iter(())
        view = self.view
        if cue.folded is None:
            return cue.pattern.finditer(view.text)
        text, match = view.text, cue.pattern.match
        return (match(text, found.start()) for found in cue.folded.finditer(view.lower))  # type: ignore[misc, arg-type]


def word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: alphanumerics and the underscore."""
    return char.isalnum() or char == "_"
