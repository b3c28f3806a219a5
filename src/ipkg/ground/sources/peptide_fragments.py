"""Peptide fragments named by their residue range (round 22a): Intervention rows, context-only.

A study makes an animal model or tests a mechanism by giving a fragment of a protein: "a single administration of
Abeta(25-35)", "mice immunised with MOG35-55", "ACTH(4-10) was injected". MeSH names each such fragment in a
supplementary record mapped to Peptide Fragments (:data:`PEPTIDE_FRAGMENTS`, D010446) and named by the protein and
the range of residues ("amyloid beta-protein (25-35)", entry terms "Abeta25-35", "beta-amyloid (25-35)");
:mod:`.interventions` leaves these records out with the other proteins, and none was in the lexicon. Texts write
the range in several ways around one stem ("Abeta(25-35)", "Aβ25-35", "Aβ 25-35", "beta-amyloid 25-35 peptide").

Rule: for a supplementary record mapped to Peptide Fragments, each of its names (the record's name and entry terms)
that is a stem followed by a residue range ("<stem> (m-n)", "<stem>m-n", "<stem> m-n peptide"; not an inverted
"corticotropin, 5-10-" nor a range before the stem) gives its stem; each stem with the record's range is written
"<stem>(m-n)", "<stem> m-n" and, after a letter, "<stem>m-n" (one lexicon key: brackets and spaces are breaks), an acronym stem followed by "peptide" or "protein" also
without the noun ("MOG peptide (34-56)": "MOG35-55" is how texts write the fragment), and a stem ending in
a spelled Greek letter glued to a letter ("Abeta") also with the Greek character ("Aβ25-35", whose key splits the
letter off). The fragments of one protein (records whose names' first stem is the same:
"amyloid beta-protein (1-42)", "amyloid beta-protein (25-35)") share their stems, as MeSH gives the short stem
"Abeta" to some of them only. A key two records would share, or one the lexicon has already, is left out.

The rows are ``ctx``: a fragment is given where the text says so ("administration of", "-induced", "(5 nmol)",
"injection"), and elsewhere it is measured ("CSF Aβ1-42 levels", "NT-proBNP", a fragment read as a biomarker),
which GUIDELINES does not count as an Intervention.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import name_key
from .common import ONTOLOGIES, Source, TermSet, read_tsv, split_multi
from .interventions import MESH_RELEASE

__all__ = ["PEPTIDE_FRAGMENTS", "fragment_stems", "fragment_names", "build_peptide_fragments"]

#: MeSH's Peptide Fragments descriptor, to which the fragment records are mapped
PEPTIDE_FRAGMENTS = "D010446"
#: a name made of a stem and a residue range: "amyloid beta-protein (25-35)", "Abeta25-35", "ACTH(1-14)",
#: "beta-amyloid 25-35 peptide", "agouti-related protein-(83-132)"
_RANGED = re.compile(r"^(?P<stem>[A-Za-z][^,()]*?[A-Za-z])[\s-]?\(?(?P<range>\d{1,4}-\d{1,4})\)?"
                     r"(?:\s+(?:peptide|protein|fragment))?$")
#: an acronym stem with the noun "peptide" or "protein" after it ("MOG peptide", "MOG protein")
_ACRONYM_WITH_NOUN = re.compile(r"^([A-Z][A-Z0-9-]{1,7}) (?:peptide|protein)$")
#: a spelled Greek letter glued to the letter before it at a stem's end ("Abeta", "TGFbeta")
_GLUED_GREEK = re.compile(r"(?<=[A-Za-z])(alpha|beta|gamma|delta|kappa)$")
_GREEK = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ"}


def fragment_stems(names: list[str]) -> tuple[str | None, list[str]]:
    """The residue range of a fragment's names and their stems, in order (no range: ``(None, [])``).

    >>> fragment_stems(["amyloid beta-protein (25-35)", "Abeta25-35", "ABP,25-35", "beta-amyloid (25-35)"])
    ('25-35', ['amyloid beta-protein', 'Abeta', 'beta-amyloid'])
    >>> fragment_stems(["ACTH (5-10)", "corticotropin, 5-10-", "5-10 ACTH"])
    ('5-10', ['ACTH'])
    >>> fragment_stems(["myelin oligodendrocyte glycoprotein (34-56)", "MOG peptide (34-56)"])[1]
    ['myelin oligodendrocyte glycoprotein', 'MOG peptide', 'MOG']
    """
    ranges, stems = set(), []
    for name in names:
        m = _RANGED.match(name.strip())
        if m:
            ranges.add(m.group("range"))
            stem = m.group("stem").strip()
            short = _ACRONYM_WITH_NOUN.match(stem)
            stems += [stem, short.group(1)] if short else [stem]
    if len(ranges) != 1:
        return None, []  # (no range, or names of two ranges: not one fragment's)
    return ranges.pop(), list(dict.fromkeys(stems))


def fragment_names(stem: str, residues: str) -> list[str]:
    """The ways a text writes a fragment of ``stem`` with ``residues`` (module docstring).

    >>> fragment_names("Abeta", "25-35")
    ['Abeta(25-35)', 'Abeta 25-35', 'Abeta25-35', 'Aβ(25-35)', 'Aβ 25-35', 'Aβ25-35']
    """
    stems = [stem]
    greek = _GLUED_GREEK.search(stem)
    if greek:
        stems.append(stem[: greek.start()] + _GREEK[greek.group(1)])
    # (glued only after a letter: "A4" and "25-35" are no "A425-35")
    return [form for s in stems for form in (f"{s}({residues})", f"{s} {residues}", f"{s}{residues}")
            if form != f"{s}{residues}" or not s[-1].isdigit()]


def build_peptide_fragments(shared: Path, rows: list[LexiconRow]) -> TermSet:
    """The ``ctx`` Intervention rows of the fragment records (module docstring; ``rows``: the other sources')."""
    taken = {name_key(r.name) for r in rows}
    fragments: list[tuple[str, str, str, tuple[str, ...]]] = []
    protein_stems: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for row in read_tsv(shared / ONTOLOGIES / "mesh2024-supplementary.tsv.gz"):
        mapped = [m.strip().lstrip("*") for m in row["mapped_to_descriptors"].split(",") if m.strip()]
        if PEPTIDE_FRAGMENTS not in mapped:
            continue
        residues, stems = fragment_stems([row["name"], *split_multi(row["entry_terms"])])
        if residues is None:
            continue
        protein = name_key(stems[0])
        protein_stems[protein] += stems
        fragments.append((row["mesh_id"], row["name"], residues, protein))
    records: list[tuple[str, str, list[str]]] = []
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for mesh_id, label, residues, protein in fragments:
        names = [n for stem in dict.fromkeys(protein_stems[protein]) for n in fragment_names(stem, residues)]
        records.append((mesh_id, label, names))
        for name in names:
            owners[name_key(name)].add(mesh_id)
    terms = TermSet("Intervention")
    source = Source("MESH", MESH_RELEASE)
    for mesh_id, label, names in records:
        fresh = [(n, "label" if name_key(n) == name_key(label) else "derived") for n in names
                 if len(owners[key := name_key(n)]) == 1 and key not in taken]
        if fresh:
            terms.add(f"MESH:{mesh_id}", label, fresh, source, flags="ctx")
    return terms
