"""Lists of records kept as one string and decoded on first use, so a cached lexicon index loads fast.

Unpickling ~190k reading tuples and building ~56k :class:`~ipkg.models.Concept` objects cost a process about a
third of its lexicon load, and a build reads only the few thousand a corpus mentions. :func:`pack` writes the
records as one string (fields split by ``\\x1f``, records by ``\\x1e``) plus an array of end positions: one
string and one array to unpickle. :class:`Packed` decodes a record when it is first read and keeps it.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

__all__ = ["FIELD", "RECORD", "pack", "Packed", "LazyMapping"]

#: the separators of a packed string (no lexicon field holds a control character)
FIELD, RECORD = "\x1f", "\x1e"


def pack(records: Sequence[str]) -> tuple[str, array]:
    """One string holding ``records`` (each already encoded) and the end position of each."""
    ends = array("Q")
    at = 0
    for record in records:
        if RECORD in record:
            raise ValueError(f"a packed record holds the record separator: {record!r}")
        at += len(record) + 1
        ends.append(at)
    return "".join(r + RECORD for r in records), ends


class Packed(Sequence):
    """The records of a packed string (:func:`pack`), each decoded by ``decode`` on first read (by position;
    no slices, no negative positions)."""

    __slots__ = ("_text", "_ends", "_decode", "_memo")

    def __init__(self, text: str, ends: array, decode: Callable[[str], Any]) -> None:
        self._text = text
        self._ends = ends
        self._decode = decode
        self._memo: dict[int, Any] = {}

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, position: int) -> Any:  # type: ignore[override]
        try:
            return self._memo[position]
        except KeyError:
            pass
        if position < 0:
            raise IndexError(position)
        end = self._ends[position] - 1  # (an IndexError past the end ends iteration)
        value = self._memo[position] = self._decode(self._text[self._ends[position - 1] if position else 0 : end])
        return value

    def __iter__(self) -> Iterator[Any]:
        return map(self.__getitem__, range(len(self)))


class LazyMapping(Mapping):
    """A dict made by ``build`` the first time it is read."""

    __slots__ = ("_build", "_data")

    def __init__(self, build: Callable[[], dict]) -> None:
        self._build = build
        self._data: dict | None = None

    def _dict(self) -> dict:
        if self._data is None:
            self._data = self._build()
        return self._data

    def __getitem__(self, key: Any) -> Any:
        return self._dict()[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._dict().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._dict()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._dict())

    def __len__(self) -> int:
        return len(self._dict())
