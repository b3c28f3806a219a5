"""Packed record lists: what a cached lexicon index keeps its readings and concepts in."""

from __future__ import annotations

import pickle

import pytest

from ipkg.ground.packed import FIELD, LazyMapping, Packed, pack


def test_packed_records_decode_on_first_read_and_round_trip() -> None:
    records = ["a\x1f1", "", "β\x1f22", "last"]
    calls: list[str] = []

    def decode(record: str) -> tuple[str, ...]:
        calls.append(record)
        return tuple(record.split(FIELD))

    text, ends = pickle.loads(pickle.dumps(pack(records)))
    packed = Packed(text, ends, decode)
    assert len(packed) == 4 and not calls
    assert packed[2] == ("β", "22") and calls == ["β\x1f22"]
    assert packed[2] is packed[2] and len(calls) == 1  # decoded once
    assert list(packed) == [("a", "1"), ("",), ("β", "22"), ("last",)]
    with pytest.raises(IndexError):
        packed[4]
    with pytest.raises(IndexError):
        packed[-1]


def test_pack_refuses_a_record_holding_the_separator() -> None:
    with pytest.raises(ValueError, match="separator"):
        pack(["ok", "bad\x1erecord"])


def test_lazy_mapping_builds_once_when_read() -> None:
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"x": 1}

    lazy = LazyMapping(build)
    assert not built
    assert lazy.get("x") == 1 and "x" in lazy and lazy["x"] == 1 and dict(lazy) == {"x": 1} and len(lazy) == 1
    assert lazy.get("y") is None and built == [1] and lazy == {"x": 1}
