"""Build the grounding lexicon from the offline ontology sources (build time only).

    python -m ipkg.ground.build --shared ../shared --out src/ipkg/ground/data/lexicon.tsv.gz

Reads ``<shared>/ontologies/`` and the cellxgene-ontology-guide snapshots (``pip install 'ipkg[lexicon]'``),
adds ``lexicon/curated.tsv``, removes the names of ``lexicon/stoplist.tsv`` and writes one sorted,
gzip-compressed TSV (header :data:`ipkg.ground.lexicon.COLUMNS`, gzip mtime 0): the same sources always give
the same bytes. ``--stats`` prints the row counts per class and source.
"""

from __future__ import annotations

import argparse
import gzip
import io
import logging
import re
import sys
from collections import Counter
from pathlib import Path

from .lexicon import COLUMNS, SYNTYPE_RANK, LexiconRow
from .sources.cells import build_cells
from .sources.chemical_forms import chemical_forms
from .sources.agents import build_agents
from .sources.compounds import build_chebi_codes, build_compounds, build_herbal_preparations, build_plant_oils
from .sources.common import source_labels
from .sources.conditions import comorbidity_names, sign_adjective_names, sign_event_names
from .sources.curated import curated_rows, read_curated, read_stoplist
from .sources.cytokines import build_cytokines
from .sources.diets import build_diets
from .sources.disorders import build_disorders, read_mesh_descriptors
from .sources.efo_names import efo_names
from .sources.exposures import build_exposures
from .sources.given_proteins import build_given_proteins
from .sources.intervention_forms import intervention_forms
from .sources.interventions import build_interventions
from .sources.ligations import build_ligations
from .sources.microbes import build_microbes
from .sources.organ_forms import organ_names
from .sources.pathways import build_pathways
from .sources.plural_classes import build_plural_classes
from .sources.peptide_fragments import build_peptide_fragments
from .sources.phenotypes import build_phenotypes, read_hp_xrefs
from .sources.processes import (adjective_process_names, axis_spellings, cell_reactivity_names,
                                transmitter_system_names)
from .sources.readers import one_reading
from .sources.target_classes import target_class_rows
from .variants import cased_form, name_key

__all__ = ["build_rows", "finalize", "write_lexicon", "main", "DEFAULT_LEXICON_DIR"]

logger = logging.getLogger(__name__)

#: the checkout's top-level folder holding curated.tsv and stoplist.tsv
DEFAULT_LEXICON_DIR = Path(__file__).resolve().parents[3] / "lexicon"
#: a name must have this many letters or digits to be matched (shorter ones only from curated.tsv)
MIN_ALNUM = 3


@one_reading  # each shared file is parsed once per build (sources/readers.py)
def build_rows(shared: Path, lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> list[LexiconRow]:
    """Every lexicon row from every source, curated names included and stop-listed names removed."""
    mesh = read_mesh_descriptors(shared)
    rows: list[LexiconRow] = []
    rows += build_disorders(shared, mesh).rows
    rows += comorbidity_names(rows)
    cells, cell_names = build_cells(shared)
    rows += cells.rows
    rows += build_pathways(shared, cell_names).rows
    rows += adjective_process_names(rows)
    rows += transmitter_system_names(rows)  # "dopaminergic signalling" (round 16b)
    rows += cell_reactivity_names(rows, cell_names)  # "microglial reactivity" (round 14b)
    rows += build_interventions(shared, mesh).rows
    rows += build_diets(mesh, rows).rows
    rows += build_ligations(mesh, rows).rows  # "common bile duct ligation" (round 19i)
    rows += build_exposures(mesh).rows
    rows += build_compounds(shared, mesh, rows).rows
    rows += build_chebi_codes(shared, rows).rows
    rows += build_plant_oils(shared, mesh, rows).rows  # "mustard oil", "perilla seed oil" (round 19l)
    rows += build_herbal_preparations(shared, mesh, rows).rows  # "Nelumbinis Semen", "xiaoyaosan" (round 23a)
    rows += build_agents(shared, mesh, rows).rows
    rows += build_microbes(mesh, rows).rows
    cytokines, cytokine_drugs = build_cytokines(shared)
    rows += cytokines.rows + cytokine_drugs.rows
    rows += build_given_proteins(mesh, rows).rows  # interferons given as drugs (round 19a)
    rows += build_peptide_fragments(shared, rows).rows  # "Abeta(25-35)", "MOG35-55" given (round 22a)
    rows += build_phenotypes(shared, mesh).rows
    rows += efo_names(shared, mesh, rows)  # "dry mouth", "cardiac hypertrophy" (round 19m)
    rows += organ_names(rows)  # "cerebral edema", "haematological toxicity" (round 24c)
    rows += sign_event_names(rows, mesh)  # "hypotensive episodes" (round 19m)
    rows += sign_adjective_names(rows, mesh)  # "quadriplegic", "neurotoxic" (round 20c)
    rows += chemical_forms(rows)
    rows += target_class_rows(shared, rows)  # "FAAH inhibitor", "D2 antagonists" (round 16a)
    rows += intervention_forms(shared, mesh, rows)  # "bone marrow transplant", "sedative medications" (round 18a)
    rows += build_plural_classes(mesh, rows)  # "semicarbazones", "antimicrobials", plural only (round 24d)
    rows = _phenomena_as_processes(rows, mesh)
    labels = source_labels(shared)
    labels.update({curie: name for targets in read_hp_xrefs(shared).values() for curie, name in targets.items()})
    labels.update({f"MESH:{k}": v["name"] for k, v in mesh.items()})
    labels.update({r.curie: r.label for r in rows})
    curated = curated_rows(read_curated(lexicon_dir / "curated.tsv"), labels)
    curated += axis_spellings(curated)
    stop = read_stoplist(lexicon_dir / "stoplist.tsv")
    stop_concepts = {s.name for s in stop if re.fullmatch(r"[A-Za-z]+:\w+", s.name)}
    rows = [r for r in rows if r.curie not in stop_concepts]
    return finalize(rows, curated, {(name_key(s.name), s.cls) for s in stop if s.name not in stop_concepts})


def _phenomena_as_processes(rows: list[LexiconRow], mesh: dict[str, dict]) -> list[LexiconRow]:
    """Without the Intervention names of a MeSH descriptor MeSH also files as a phenomenon or process (G) where
    GO names a process so (round 19l): "immunomodulation" (Immunomodulation, E02.095.465 and G12.535) is the
    regulation of an immune system process, not a therapy given."""
    process_keys = {name_key(r.name) for r in rows if r.cls == "Pathway"}

    def phenomenon(curie: str) -> bool:
        record = mesh.get(curie.removeprefix("MESH:")) if curie.startswith("MESH:") else None
        return bool(record) and any(t.startswith("G") for t in record["trees"])

    return [r for r in rows if not (r.cls == "Intervention" and name_key(r.name) in process_keys
                                    and phenomenon(r.curie))]


def finalize(rows: list[LexiconRow], curated: list[LexiconRow], stop: set[tuple[tuple[str, ...], str]]
             ) -> list[LexiconRow]:
    """Drop stop-listed and too-short names, keep the best row per (class, concept, key), or per case form of a
    case-sensitive name, sort."""
    kept: dict[tuple[str, str, tuple[str, ...], str], LexiconRow] = {}
    curated_keys = {(name_key(r.name), r.cls) for r in curated}
    # MAxO files a few disease names under procedures (thrombosis, venous thrombosis): a disorder's own name wins
    disorder_keys = {name_key(r.name) for r in rows if r.cls == "Disorder" and r.syntype in ("label", "exact")}
    # a sign is a Phenotype only where no other class names it (GUIDELINES: a MONDO disease that MeSH also files
    # as a sign stays a Disorder; "inflammation" stays the Pathway)
    other_keys = {name_key(r.name) for r in rows + curated
                  if r.cls != "Phenotype" and r.syntype in ("curated", "label", "exact", "derived")}
    # a therapy is named with its head noun: the bare noun of "<X> Therapy" (MeSH's entry term "Immunosuppression")
    # is the process when GO names one so ("immunosuppression" is negative regulation of immune system process)
    process_keys = {name_key(r.name) for r in rows if r.cls == "Pathway"}
    dropped = Counter()
    for row in sorted(rows) + sorted(curated):
        key = name_key(row.name)
        if row.syntype != "curated":
            if (key, row.cls) in stop or (key, "*") in stop:
                dropped["stop list"] += 1
                continue
            if sum(c.isalnum() for c in row.name) < MIN_ALNUM:
                dropped["too short"] += 1
                continue
            if (key, row.cls) in curated_keys and row.syntype in ("abbreviation", "related", "narrow", "broad"):
                dropped["overridden by curated"] += 1
                continue
            if row.source == "MAXO" and key in disorder_keys:
                dropped["MAxO name of a disorder"] += 1
                continue
            if row.cls == "Intervention" and key in process_keys and row.label.lower().endswith(" therapy") \
                    and key == name_key(row.label[:-len(" therapy")]):
                dropped["bare noun of a therapy naming a process"] += 1
                continue
            if row.cls == "Phenotype" and key in other_keys:
                dropped["Phenotype name of another class"] += 1
                continue
        slot = (row.cls, row.iri, key, "")
        best = kept.get(slot)
        if best is not None and "cs" in row.flags.split(",") and "cs" in best.flags.split(",") \
                and cased_form(row.name) != cased_form(best.name):
            # two case forms of one case-sensitive name are kept apart: "Cxcl1", the rodent spelling, beside
            # "CXCL1" (round 19i)
            slot = (row.cls, row.iri, key, cased_form(row.name))
            best = kept.get(slot)
        if best is None or SYNTYPE_RANK.get(row.syntype, 9) < SYNTYPE_RANK.get(best.syntype, 9):
            kept[slot] = row
    logger.info("dropped: %s", dict(dropped))
    return sorted(kept.values())


def _clean(cell: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", cell)


def write_lexicon(rows: list[LexiconRow], out: Path) -> None:
    """Write ``rows`` as gzip TSV with a fixed header and mtime 0 (byte-for-byte reproducible)."""
    text = io.StringIO()
    text.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        text.write("\t".join(_clean(c) for c in row) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(text.getvalue().encode("utf-8"))


def stats(rows: list[LexiconRow]) -> str:
    """Counts of concepts and names per class and source, as a small text table."""
    concepts: Counter[tuple[str, str]] = Counter()
    names: Counter[tuple[str, str]] = Counter()
    seen = set()
    for row in rows:
        names[(row.cls, row.source)] += 1
        if (row.cls, row.iri) not in seen:
            seen.add((row.cls, row.iri))
            concepts[(row.cls, row.curie.split(":")[0])] += 1
    lines = ["class\tsource\tnames"] + [f"{c}\t{s}\t{n}" for (c, s), n in sorted(names.items())]
    lines += ["", "class\tid prefix\tconcepts"] + [f"{c}\t{s}\t{n}" for (c, s), n in sorted(concepts.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m ipkg.ground.build", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared/ folder (holds ontologies/)")
    parser.add_argument("--out", type=Path, required=True, help="the lexicon file to write (.tsv.gz)")
    parser.add_argument("--lexicon-dir", type=Path, default=DEFAULT_LEXICON_DIR,
                        help="folder with curated.tsv and stoplist.tsv (default: the checkout's lexicon/)")
    parser.add_argument("--stats", action="store_true", help="print counts per class and source")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    rows = build_rows(args.shared, args.lexicon_dir)
    write_lexicon(rows, args.out)
    print(f"wrote {len(rows)} rows to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    if args.stats:
        print(stats(rows))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
