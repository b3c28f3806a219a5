"""``kg export``: a built graph as KGX TSV (Biolink) and as nanopublications (docs/interchange.md)."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["export"]


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kgx", "kgx_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write KGX TSV (nodes.tsv, edges.tsv, Biolink 4.x) into this folder.")
@click.option("--nanopub", "nanopub_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write one nanopublication per finding to this TriG file.")
@click.option("--base-iri", default=None, metavar="IRI", envvar="IPKG_BASE_IRI",
              help="Base of the graph's data IRIs (default https://w3id.org/ipkg/id/; env IPKG_BASE_IRI).")
@click.option("--creator", default=None, metavar="IRI",
              help="The nanopublications' dcterms:creator (an ORCID iD); default: the ipkg software agent.")
@click.option("--license", "license_iri", default=None, metavar="IRI",
              help="Licence stated in each nanopublication's pubinfo (default CC BY 4.0).")
def export(files: tuple[Path, ...], kgx_dir: Path | None, nanopub_file: Path | None, base_iri: str | None,
           creator: str | None, license_iri: str | None) -> None:
    """Export the findings of built graphs for other knowledge-graph tools.

    \b
    Examples:
      kg export kg.ttl --kgx kgx/                 # kgx/nodes.tsv, kgx/edges.tsv; check: kgx validate -i tsv ...
      kg export kg.nq --nanopub findings.trig     # one nanopublication per finding
    \b
    Time stamps come from SOURCE_DATE_EPOCH when set. Exit codes: 0 written; 1 unreadable input; 2 usage.
    """
    from .errors import InputError
    from .export import read_findings, write_kgx, write_nanopubs
    from .rdf.metadata import DEFAULT_LICENSE, build_time, tool_version
    from .vocab import DEFAULT_BASE

    if kgx_dir is None and nanopub_file is None:
        raise click.UsageError("say what to export: --kgx DIR and/or --nanopub FILE.trig")
    base = base_iri or DEFAULT_BASE
    try:
        findings, concepts = read_findings(files)
    except InputError as err:
        raise click.ClickException(str(err)) from err
    if kgx_dir is not None:
        done = write_kgx(findings, concepts, kgx_dir, base=base)
        left = (f"; left out {done.nodes_left_out} ungrounded nodes and {done.edges_left_out} edges touching them "
                "(no Biolink CURIE prefix)" if done.nodes_left_out else "")
        click.echo(f"wrote {done.nodes_file} ({done.nodes} nodes) and {done.edges_file} ({done.edges} edges){left}",
                   err=True)
    if nanopub_file is not None:
        count = write_nanopubs(findings, nanopub_file, base=base, created=build_time(), version=tool_version(),
                               license_iri=license_iri or DEFAULT_LICENSE, creator=creator)
        click.echo(f"wrote {nanopub_file} ({count} nanopublications)", err=True)
