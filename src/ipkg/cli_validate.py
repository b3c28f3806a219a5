"""``kg validate``: SHACL validation of graph files, conformance as the SHACL specification defines it."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["validate"]


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A SHACL shapes file (default: the shipped shapes/ipkg-shapes.ttl).")
@click.option("--format", "-f", "out_fmt", type=click.Choice(["text", "turtle", "ntriples", "json-ld"]),
              default="text", show_default=True,
              help="text: one line per defect; turtle, ntriples, json-ld: the SHACL validation report graph.")
@click.option("--report-graph", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the SHACL validation report graph (Turtle) to this file.")
@click.option("--allow-warnings", is_flag=True,
              help="Results of severity Warning or Info do not make the graph fail (pySHACL --allow-warnings).")
@click.option("--inference", "-i", type=click.Choice(["none", "rdfs"]), default="none", show_default=True,
              help="rdfs: validate the RDFS closure of the data with the ontology (pyshacl -i rdfs -e ipkg.ttl).")
@click.pass_context
def validate(ctx: click.Context, files: tuple[Path, ...], shapes: Path | None, out_fmt: str,
             report_graph: Path | None, allow_warnings: bool, inference: str) -> None:
    """Validate RDF files against the SHACL shapes: "Conforms" is sh:conforms (any result, a warning too,
    makes it False, as the SHACL spec and pySHACL say).

    \b
    Exit codes: 0 conforms; 1 does not (violations; warnings too unless --allow-warnings); 3 shapes unusable.
    \b
    Examples:
      kg validate kg.ttl
      kg validate kg.ttl --allow-warnings
      kg validate kg.ttl --format turtle > report.ttl
      kg validate kg.nq --report-graph report.ttl -i rdfs
    """
    from rdflib import Dataset

    from .cli import EXIT_DATA, EXIT_ENV, _Failure  # here, not at import: ipkg.cli registers this command
    from .errors import ShapesError
    from .rdf.serialize import write_atomic
    from .validate import load_shapes, report_graph as to_report_graph, validate_graph

    data = Dataset(default_union=True)
    for path in files:
        try:
            data.parse(path)
        except Exception as err:  # rdflib raises many parser exception types
            raise _Failure(f"{path}: not valid RDF: {err}", EXIT_DATA) from err
    ontology_graph = None
    if inference != "none":
        from .ontology import read_ontology_graph

        ontology_graph = read_ontology_graph()
    try:
        report = validate_graph(data, shapes=load_shapes(str(shapes) if shapes else None), inference=inference,
                                ontology=ontology_graph, keep_graph=True)
    except ShapesError as err:
        raise _Failure(str(err), EXIT_ENV) from err
    graph = to_report_graph(report)
    if report_graph is not None:
        write_atomic(report_graph, graph.serialize(format="turtle").encode("utf-8"))
    if out_fmt == "text":
        click.echo(report.text())
    else:
        click.echo(graph.serialize(format=out_fmt), nl=False)
    if not (report.violation_free if allow_warnings else report.conforms):
        ctx.exit(EXIT_DATA)
