"""The shipped grounding lexicon: reading it, indexing it in an Aho–Corasick automaton, caching the index.

The lexicon (``src/ipkg/ground/data/lexicon.tsv.gz``, written by :mod:`ipkg.ground.build`) has one row per
(concept, surface name). At load time every name is reduced to its key (:func:`ipkg.ground.variants.name_key`);
rows sharing a key are ranked (synonym type, then class and source priority) and the automaton maps the key
string to the tuple of its best :class:`Entry` objects. Building that index takes a few seconds, so the
pickled automaton is cached on disk (``$IPKG_CACHE_DIR`` or ``~/.cache/ipkg``) under the SHA-256 of the lexicon
file and the index version, and reused by every later process.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from ..errors import GroundingError
from ..models import Concept
from ..pickled import cache_folder, touch
from .packed import FIELD, RECORD, LazyMapping, Packed, pack
from .variants import BREAK, cased_form, name_key

__all__ = [
    "COLUMNS",
    "SYNTYPE_RANK",
    "CLASS_PRIORITY",
    "SOURCE_PRIORITY",
    "LexiconRow",
    "Entry",
    "Index",
    "CODE_WIDTH",
    "UNKNOWN",
    "read_lexicon",
    "build_index",
    "load_index",
    "cache_dir",
    "prune_cache",
]

logger = logging.getLogger(__name__)

#: the header of the lexicon TSV
COLUMNS: tuple[str, ...] = ("class", "iri", "curie", "label", "name", "syntype", "source", "release", "flags")

#: how much a synonym type is trusted (lower wins when two concepts share a key)
SYNTYPE_RANK: dict[str, int] = {
    "curated": 0, "label": 1, "exact": 2, "derived": 3, "related": 4, "abbreviation": 5, "narrow": 6,
    "broad": 7,
}
#: which class wins a tie between classes (lower wins); context rules may still override
CLASS_PRIORITY: dict[str, int] = {
    "Cytokine": 0, "ImmuneCell": 1, "Disorder": 2, "Phenotype": 3, "Intervention": 4, "Pathway": 5,
}
#: which source wins a tie inside a class (CONTRACT.md: OBO first, MeSH where no OBO term fits)
SOURCE_PRIORITY: dict[str, int] = {
    "curated": 0, "MONDO": 1, "CL": 1, "CHEBI": 1, "GO": 1, "HGNC": 1, "MESH": 2, "MAXO": 3,
}
#: bump when the index layout or the key function changes, so stale caches are ignored
_INDEX_VERSION = "12"


class LexiconRow(NamedTuple):
    """One row of the lexicon TSV (see :data:`COLUMNS`)."""

    cls: str
    iri: str
    curie: str
    label: str
    name: str
    syntype: str
    source: str
    release: str
    flags: str = ""


class Entry(NamedTuple):
    """What a key stands for: a concept, how it was named, and the matching flags.

    ``cased`` is the case-preserving first token a short acronym must show in the text (empty when case does
    not matter); ``context`` marks a reading that holds only in a treatment context (IL-2 *given*, not
    measured); ``abbreviation`` marks an ontology abbreviation trusted only when the document confirms it;
    ``plural`` (row flag ``pl``, round 24d) marks a name that holds only where the text writes its last word in
    the plural: keys fold plurals, so the row "semicarbazones" also keys "semicarbazone", which names a member or
    a modifier ("the flavonol fisetin", "catecholamine-induced"), not the class.
    """

    concept: Concept
    curie: str
    syntype: str
    rank: int
    cased: str = ""
    context: bool = False
    abbreviation: bool = False
    plural: bool = False


class Index(NamedTuple):
    """The searchable lexicon.

    Keys are token sequences; each distinct lexicon token is coded as :data:`CODE_WIDTH` characters (its number
    in base 64), so the automaton runs over a short string per text and every node has at most 64 children
    (pyahocorasick scans children linearly: one character per token, 52k children at the root, made grounding
    four times slower). The first character of a code comes from another alphabet than the other two, so a key
    can only match where a token code starts: hits fall on token boundaries. An automaton value packs the
    ``entries`` position and the key's token count (``value >> 6``, ``value & 63``). Loaded from the cache,
    ``entries``, ``table``, ``concepts`` and ``by_curie`` decode what is read, when it is first read
    (:mod:`ipkg.ground.packed`).
    """

    automaton: object  # ahocorasick.Automaton (STORE_INTS)
    vocab: dict[str, str]  # token -> its code character
    entries: Sequence  # per key: readings as raw tuples (concept number, curie, syntype, rank, cased, context, abbr,
    # plural)
    table: Sequence[Concept]  # concept number -> Concept
    concepts: Mapping[str, Concept]  # by IRI
    by_curie: Mapping[str, Concept]

    def entry(self, raw: tuple) -> Entry:
        """The :class:`Entry` of a raw reading tuple of :attr:`entries`."""
        return Entry(self.table[raw[0]], *raw[1:])


#: the alphabets of token codes (first character, then the others) and the code width (64**3 tokens)
CODE_HEAD = "".join(chr(c) for c in range(0x21, 0x21 + 64))
CODE_TAIL = "".join(chr(c) for c in range(0xC0, 0xC0 + 64))
CODE_WIDTH = 3
#: the code of a text token no lexicon key contains (outside the alphabet)
UNKNOWN = "\x01" * CODE_WIDTH


def _code(number: int) -> str:
    return CODE_HEAD[number >> 12] + CODE_TAIL[(number >> 6) & 63] + CODE_TAIL[number & 63]


def read_lexicon(path: Path) -> Iterator[LexiconRow]:
    """The rows of a lexicon TSV(.gz) file."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
            if tuple(header) != COLUMNS:
                raise GroundingError(f"{path}: unexpected lexicon header {header}, expected {list(COLUMNS)}")
            for number, line in enumerate(handle, start=2):
                cells = line.rstrip("\n").split("\t")
                if len(cells) != len(COLUMNS):
                    raise GroundingError(f"{path}:{number}: {len(cells)} cells, expected {len(COLUMNS)}")
                yield LexiconRow(*cells)
    except OSError as exc:
        raise GroundingError(f"{path}: cannot read the lexicon ({exc}); rebuild it with python -m ipkg.ground.build")


def _rank(row: LexiconRow) -> tuple[int, int, int]:
    return (
        SYNTYPE_RANK.get(row.syntype, 9),
        CLASS_PRIORITY.get(row.cls, 9),
        SOURCE_PRIORITY.get(row.source, 9),
    )


def build_index(rows: Iterable[LexiconRow]) -> Index:
    """Group rows by key, keep the best-ranked readings of each key and index them."""
    import ahocorasick

    concepts: dict[str, Concept] = {}
    by_curie: dict[str, Concept] = {}
    grouped: dict[tuple[str, ...], list[tuple[tuple[int, int, int], LexiconRow]]] = defaultdict(list)
    for row in rows:
        concept = concepts.get(row.iri)
        if concept is None:
            concept = concepts[row.iri] = Concept(row.iri, row.label, row.cls, row.curie.split(":")[0])
            by_curie[row.curie] = concept
        key = name_key(row.name)
        if key and BREAK not in key:
            grouped[key].append((_rank(row), row))
    tokens = sorted({t for key in grouped for t in key})
    if len(tokens) >= 64**CODE_WIDTH:
        raise GroundingError(f"{len(tokens)} distinct lexicon tokens: more than the codes can number")
    vocab = {token: _code(n) for n, token in enumerate(tokens)}
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    table = list(concepts.values())
    number = {c.iri: n for n, c in enumerate(table)}
    entries: list[tuple[tuple, ...]] = []
    for key in sorted(grouped):
        automaton.add_word("".join(vocab[t] for t in key), len(entries) << 6 | len(key))
        entries.append(tuple((number[e.concept.iri], *e[1:]) for e in _entries(grouped[key], concepts)))
    automaton.make_automaton()
    logger.info("indexed %d concepts under %d keys (%d tokens)", len(concepts), len(grouped), len(vocab))
    return Index(automaton, vocab, entries, table, concepts, by_curie)


def _entries(candidates: list[tuple[tuple[int, int, int], LexiconRow]], concepts: dict[str, Concept]) -> tuple:
    """The readings of one key: per class, the best-ranked concept(s); context-only readings kept aside. A kept
    case-sensitive reading is repeated for each other case form a row of its concept gives the key (round 19i: the
    rodent spelling of a gene symbol, "Cxcl1" beside "CXCL1"), so either form matches and no third."""
    candidates.sort(key=lambda c: (c[0], c[1].curie))
    best: dict[tuple[str, bool], int] = {}
    out: list[Entry] = []
    kept: dict[str, Entry] = {}
    for rank, row in candidates:
        flags = row.flags.split(",") if row.flags else []
        cased = cased_form(row.name) if "cs" in flags else ""
        if row.iri in kept:
            entry = kept[row.iri]
            if entry.cased and cased and all(e.cased != cased for e in out if e.concept.iri == row.iri):
                out.append(entry._replace(cased=cased))
            continue
        context = "ctx" in flags
        plural = "pl" in flags
        slot = (row.cls, context, plural)
        if slot in best and rank[0] > best[slot]:
            continue
        best.setdefault(slot, rank[0])
        kept[row.iri] = Entry(
            concept=concepts[row.iri],
            curie=row.curie,
            syntype=row.syntype,
            rank=rank[0],
            cased=cased,
            context=context,
            abbreviation=row.syntype == "abbreviation",
            plural=plural,
        )
        out.append(kept[row.iri])
    return tuple(out)


#: separates the readings of one key in a packed record
_READING = "\x1d"


def _joined(fields: Iterable[str]) -> str:
    """Fields joined for a packed record (:mod:`ipkg.ground.packed`); a field holding a separator is refused."""
    fields = list(fields)
    if any(FIELD in f or _READING in f for f in fields):
        raise GroundingError(f"a lexicon field holds a control character: {fields}")
    return FIELD.join(fields)


def _to_payload(index: Index) -> dict:
    """A plain-data form of the index that pickles small and loads fast: the readings and the concepts as packed
    strings (:func:`ipkg.ground.packed.pack`), decoded only when read."""
    curies = {c.iri: curie for curie, c in index.by_curie.items()}
    concepts = [_joined((c.iri, c.label, c.cls, c.source, curies.get(c.iri, ""))) for c in index.table]
    readings = [
        _READING.join(_joined((str(n), curie, syntype, str(rank), cased, "1" if ctx else "0", "1" if abbr else "0",
                               "1" if plural else "0"))
                      for n, curie, syntype, rank, cased, ctx, abbr, plural in group)
        for group in index.entries
    ]
    return {"automaton": index.automaton, "vocab": index.vocab, "concepts": pack(concepts), "entries": pack(readings)}


def _readings(record: str) -> tuple:
    """The raw reading tuples of one packed key record (see :attr:`Index.entries`)."""
    out = []
    for reading in record.split(_READING) if record else ():
        n, curie, syntype, rank, cased, context, abbreviation, plural = reading.split(FIELD)
        out.append((int(n), curie, syntype, int(rank), cased, context == "1", abbreviation == "1", plural == "1"))
    return tuple(out)


def _concept(record: str) -> Concept:
    return Concept(*record.split(FIELD)[:4])


def _from_payload(payload: dict) -> Index:
    table = Packed(*payload["concepts"], _concept)

    def by_curie() -> dict[str, Concept]:
        text, ends = payload["concepts"]
        curies = [record.rsplit(FIELD, 1)[1] for record in text.split(RECORD)[:-1]]
        return {curie: table[n] for n, curie in enumerate(curies) if curie}

    concepts = LazyMapping(lambda: {c.iri: c for c in table})
    return Index(payload["automaton"], payload["vocab"], Packed(*payload["entries"], _readings), table, concepts,
                 LazyMapping(by_curie))


def cache_dir() -> Path:
    """Where pickled indexes live: ``$IPKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/ipkg``, else ``~/.cache/ipkg``."""
    return cache_folder()


def _digest(path: Path) -> str:
    sha = hashlib.sha256(_INDEX_VERSION.encode())
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:24]


def load_index(path: Path, *, use_cache: bool = True) -> Index:
    """The index of the lexicon at ``path``, from the on-disk cache when it holds one for these exact bytes."""
    if not path.is_file():
        raise GroundingError(f"{path}: lexicon missing; build it with python -m ipkg.ground.build")
    cached = cache_dir() / f"lexicon-{_digest(path)}.pickle" if use_cache else None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as handle:
                index = _from_payload(pickle.load(handle))
            touch(cached)  # used now: pruning keeps the caches in use
            return index
        except Exception as exc:  # a truncated or foreign cache file: rebuild it
            logger.warning("ignoring unreadable index cache %s (%s)", cached, exc)
    index = build_index(read_lexicon(path))
    if cached is not None:
        _write_cache(cached, index)
    return index


def _write_cache(target: Path, index: Index) -> None:
    """Write atomically (temp file + rename) so concurrent processes never read half a pickle."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".lexicon-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(_to_payload(index), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError as exc:
        logger.warning("cannot cache the lexicon index in %s (%s)", target.parent, exc)
        return
    prune_cache(target.parent, keep=target)


#: how many index caches a cache folder keeps: each lexicon (each ipkg version) has its own, ~50 MB each
CACHES_KEPT = 4


def prune_cache(folder: Path, keep: Path | None = None, limit: int = CACHES_KEPT) -> list[Path]:
    """Delete all but the ``limit`` most recently used ``lexicon-*.pickle`` files of ``folder`` (never ``keep``);
    returns what was deleted. A process still reading a deleted file keeps reading it (POSIX), and one that finds
    it gone rebuilds the index."""
    try:
        caches = sorted(folder.glob("lexicon-*.pickle"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    except OSError:
        return []
    removed = []
    for old in [p for p in caches if p != keep][max(limit - (keep is not None), 0):]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass
    return removed
