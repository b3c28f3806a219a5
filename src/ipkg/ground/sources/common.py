"""File readers and name helpers shared by the source modules of the lexicon build.

Everything here is deterministic: readers yield rows in file order, and callers sort before writing.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...vocab import DEFAULT_BASE
from ..lexicon import LexiconRow
from ..variants import is_acronym, name_key
from .readers import read_tsv  # one parse per file and build (the sources import it from here)

__all__ = [
    "ONTOLOGIES",
    "Source",
    "TermSet",
    "curie_to_iri",
    "read_tsv",
    "load_cellxgene",
    "source_labels",
    "parse_obo",
    "split_multi",
    "uninvert",
    "tidy_case",
    "looks_like_abbreviation",
]

logger = logging.getLogger(__name__)

#: the folder of shared/ holding the offline ontology files
ONTOLOGIES = "ontologies"

_OBO_PREFIXES = frozenset({"MONDO", "CL", "CHEBI", "GO", "MAXO", "HP", "UBERON"})


def curie_to_iri(curie: str, cls: str | None = None) -> str:
    """The IRI of a CURIE as CONTRACT.md wants it (OBO PURL, MeSH, UniProt, or the ipkg data base).

    An ``ipkg:`` concept (one no ontology covers) is minted as :func:`ipkg.rdf.iris.concept_iri` mints every such
    concept, ``{base}concept/{class}/{slug}``, under the default base; the RDF stage moves it to ``--base-iri``.

    >>> curie_to_iri("MONDO:0002009"), curie_to_iri("MESH:D061218"), curie_to_iri("UniProt:P05231")
    ('http://purl.obolibrary.org/obo/MONDO_0002009', 'http://id.nlm.nih.gov/mesh/D061218', \
'http://purl.uniprot.org/uniprot/P05231')
    >>> curie_to_iri("ipkg:gsk3-signaling", "Pathway")
    'https://w3id.org/ipkg/id/concept/pathway/gsk3-signaling'
    """
    prefix, _, local = curie.partition(":")
    if prefix in _OBO_PREFIXES:
        return f"http://purl.obolibrary.org/obo/{prefix}_{local}"
    if prefix == "MESH":
        return f"http://id.nlm.nih.gov/mesh/{local}"
    if prefix == "UniProt":
        return f"http://purl.uniprot.org/uniprot/{local}"
    if prefix == "ipkg":
        if cls is None:
            raise ValueError(f"an ipkg: concept needs its class: {curie!r}")
        return f"{DEFAULT_BASE}concept/{cls.lower()}/{local}"
    raise ValueError(f"unknown CURIE prefix in {curie!r}")


@dataclass(frozen=True)
class Source:
    """One source file or snapshot: its short name (MONDO, CL, ...) and release date (ISO)."""

    name: str
    release: str


@dataclass
class TermSet:
    """Collects lexicon rows for one class; :meth:`add` applies the generic name filters."""

    cls: str
    rows: list[LexiconRow] = field(default_factory=list)

    def add(
        self,
        curie: str,
        label: str,
        names: Iterable[tuple[str, str]],
        source: Source,
        flags: str = "",
    ) -> int:
        """Add a concept with its ``(name, synonym_type)`` pairs; returns the number of rows kept."""
        iri = curie_to_iri(curie, self.cls)
        seen: set[tuple[str, ...]] = set()
        kept = 0
        for name, syntype in names:
            name = " ".join(name.split())
            if not name or len(name) > 100:
                continue
            key = name_key(name)
            if not key or len(key) > 12 or key in seen:
                continue
            seen.add(key)
            row_flags = flags
            if is_acronym(name) and "cs" not in row_flags.split(","):
                row_flags = ",".join(f for f in (row_flags, "cs") if f)
            self.rows.append(
                LexiconRow(self.cls, iri, curie, label, name, syntype, source.name, source.release, row_flags)
            )
            kept += 1
        return kept


def split_multi(cell: str | None, sep: str = "|") -> list[str]:
    """The values of a multi-valued cell, stripped, empty ones dropped."""
    return [v.strip() for v in (cell or "").split(sep) if v.strip()]


@lru_cache(maxsize=None)
def load_cellxgene(ontology: str) -> tuple[dict, str]:
    """The term dict of ``ontology`` (``MONDO``, ``CL``, ``CHEBI``, ``UniProt``) from cellxgene-ontology-guide,
    at the version its ``latest_ontology_info.json`` names, with that version (build time only)."""
    try:
        import zstandard
        from cellxgene_ontology_guide._constants import DATA_ROOT
    except ImportError as exc:  # pragma: no cover - the build needs the extra
        raise SystemExit("the lexicon build needs cellxgene-ontology-guide: pip install 'ipkg[lexicon]'") from exc
    root = Path(DATA_ROOT)
    info = json.loads((root / "latest_ontology_info.json").read_text(encoding="utf-8"))
    version = info["ontologies"][ontology]["version"]
    path = root / f"{ontology}-ontology-{version}.json.zst"
    with path.open("rb") as handle:
        data = json.load(zstandard.ZstdDecompressor().stream_reader(handle))
    logger.info("read %s %s: %d terms", ontology, version, len(data))
    return data, version.lstrip("v")


_OBO_SYNONYM = re.compile(r'^"((?:[^"\\]|\\.)*)"\s+(EXACT|RELATED|NARROW|BROAD)')


def parse_obo(path: Path) -> Iterator[dict]:
    """The ``[Term]`` stanzas of an OBO file as dicts: id, name, synonyms [(text, scope)], is_a, xrefs, obsolete."""
    term: dict | None = None
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("["):
                if term:
                    yield term
                term = {"id": "", "name": "", "synonyms": [], "is_a": [], "xrefs": [], "obsolete": False} \
                    if line == "[Term]" else None
                continue
            if term is None or ": " not in line:
                continue
            tag, _, value = line.partition(": ")
            if tag == "id":
                term["id"] = value
            elif tag == "name":
                term["name"] = value
            elif tag == "synonym":
                m = _OBO_SYNONYM.match(value)
                if m:
                    term["synonyms"].append((m.group(1).replace('\\"', '"'), m.group(2)))
            elif tag == "is_a":
                term["is_a"].append(value.split()[0])
            elif tag == "xref":
                term["xrefs"].append(value.split()[0])
            elif tag == "is_obsolete" and value.strip() == "true":
                term["obsolete"] = True
    if term:
        yield term


def uninvert(name: str) -> str | None:
    """MeSH's inverted form ``Depressive Disorder, Treatment-Resistant`` as running text, or ``None`` when the
    name has more than one comma (too odd to guess); names without a comma come back unchanged."""
    if ", " not in name:
        return name
    if name.count(", ") > 1:
        return None
    head, tail = name.split(", ")
    if tail[:1].isdigit() or tail.lower().startswith(("and ", "or ", "with ", "without ", "by ", "in ", "of ")):
        return None
    return f"{tail} {head}"


def tidy_case(name: str) -> str:
    """Lower-case the words of a Title Case name (MeSH style), keeping acronyms and mixed-case words.

    >>> tidy_case("Electroconvulsive Therapy"), tidy_case("Interleukin-1beta"), tidy_case("HIV Infections")
    ('electroconvulsive therapy', 'interleukin-1beta', 'HIV infections')
    """
    words = []
    for word in name.split(" "):
        parts = re.split(r"([-/])", word)
        out = []
        for part in parts:
            if len(part) > 1 and part[0].isupper() and part[1:].islower():
                part = part.lower()
            out.append(part)
        words.append("".join(out))
    return " ".join(words)


def looks_like_abbreviation(name: str) -> bool:
    """An ontology synonym that is an abbreviation (MDD, ALS11, EoE, IL-7R): too ambiguous to match alone.

    >>> looks_like_abbreviation("MDD"), looks_like_abbreviation("EoE"), looks_like_abbreviation("COVID-19")
    (True, True, False)
    """
    compact = re.sub(r"[\s\-/.]", "", name)
    if not compact or " " in name.strip() and len(name.split()) > 2:
        return False
    if is_acronym(name):
        return True
    letters = [c for c in compact if c.isalpha()]
    return bool(letters) and len(compact) <= 6 and all(c.isupper() for c in letters)


def source_labels(shared: Path) -> dict[str, str]:
    """CURIE -> label for every MONDO, CL, ChEBI and GO term (live or not): what curated ids are checked against."""
    labels: dict[str, str] = {}
    for ontology in ("MONDO", "CL", "CHEBI"):
        data, _ = load_cellxgene(ontology)
        labels.update({k: v["label"] for k, v in data.items() if v.get("label")})
    for row in read_tsv(shared / ONTOLOGIES / "go-bp.tsv"):
        labels[row["id"]] = row["name"]
    return labels
