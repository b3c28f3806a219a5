"""``kg ontology``: check the ontology (QC queries + HermiT), reason over built data, regenerate ipkg.owl, render
HTML documentation (pyLODE)."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["ontology"]


@click.group()
def ontology() -> None:
    """The OWL ontology: quality checks, HermiT reasoning, RDF/XML export.

    \b
    Examples:
      kg ontology check              # QC queries + HermiT on ontology/ipkg.ttl
      kg ontology reason kg.ttl      # HermiT over the ontology together with a built graph
      kg ontology export             # regenerate ontology/ipkg.owl from ipkg.ttl (in a checkout)
      kg ontology docs -o ipkg.html  # HTML documentation of the ontology (pyLODE)

    \b
    owlready2 reads ontology/ipkg.owl (RDF/XML); it cannot parse Turtle, so use ipkg.owl with owlready2 or
    Protégé -- these commands load either file (ipkg.ttl is converted on the way).
    """


def _reasoner_lines(report) -> list[str]:  # type: ignore[no-untyped-def]
    lines = [] if report.consistent else ["HermiT: inconsistent (no model satisfies all axioms)"]
    lines += [f"HermiT: unsatisfiable class {iri}" for iri in report.unsatisfiable]
    return lines


def _qc_and_reason(graph=None, only: str | None = None, label: str = "qc {check}"):  # type: ignore[no-untyped-def]
    """Run the QC queries (their rows of check ``only`` when given) and HermiT over the ontology, with ``graph``
    merged in when given; echo each QC row after ``label`` and the reasoner's complaints; ``(rows, report, ok)``."""
    from .errors import OntologyError
    from .ontology import check_consistency, run_qc

    try:
        rows = [row for row in run_qc(graph) if only is None or row.check == only]
        report = check_consistency(graph)
    except OntologyError as err:
        raise click.ClickException(str(err)) from err
    for row in rows:
        click.echo(f"{label.format(check=row.check)}: {row.entity} {row.property} {row.value}")
    for line in _reasoner_lines(report):
        click.echo(line)
    return rows, report, not rows and report.ok


@ontology.command()
def check() -> None:
    """Run the QC queries (ontology/qc/*-violation.rq) and HermiT; exit 1 when anything fails.

    \b
    Example:
      kg ontology check
    """
    rows, report, ok = _qc_and_reason()
    click.echo(f"ontology check {'passed' if ok else 'failed'}: {len(rows)} QC rows, "
               f"consistent={report.consistent}, unsatisfiable={len(report.unsatisfiable)}")
    if not ok:
        raise click.exceptions.Exit(1)


@ontology.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def reason(files: tuple[Path, ...]) -> None:
    """Run HermiT over the ontology together with built graphs: are the data consistent with it?

    \b
    Example:
      kg ontology reason kg.ttl
    """
    from rdflib import Dataset, Graph

    data = Dataset(default_union=True)
    for path in files:
        try:
            data.parse(path)
        except Exception as err:  # rdflib raises many parser exception types
            raise click.ClickException(f"{path}: not valid RDF: {err}") from err
    merged = Graph()
    for triple in data.triples((None, None, None)):
        merged.add(triple)
    _, _, ok = _qc_and_reason(merged, "undeclared-ipkg-term", "undeclared ipkg term")
    click.echo(f"{len(merged)} triples with the ontology: " + ("consistent" if ok else "FAILED"))
    if not ok:
        raise click.exceptions.Exit(1)


@ontology.command()
def export() -> None:
    """Regenerate ontology/ipkg.owl (RDF/XML for Protégé and owlready2) from ontology/ipkg.ttl.

    \b
    Example:
      kg ontology export
    """
    from .ontology import export_owl

    click.echo(f"wrote {export_owl()}")


@ontology.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write (default: stdout).")
@click.option("--source", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The ontology file to document (default: the shipped ontology/ipkg.ttl).")
def docs(output: Path | None, source: Path | None) -> None:
    """Render the ontology as one HTML page with pyLODE 3.2.1 (classes, properties, individuals, their
    definitions and alignments), in place of hand-written HTML.

    \b
    Example:
      kg ontology docs -o ipkg.html
    \b
    Needs pyLODE: pip install 'ipkg[docs]' (pylode==3.2.1). pyLODE orders some lists by set order, so two runs
    can differ in the order of a class union's members.
    """
    from . import resources
    from .rdf.serialize import write_atomic

    try:
        from pylode import OntPub
    except ImportError as err:
        raise click.ClickException("kg ontology docs needs pyLODE: pip install 'pylode==3.2.1'") from err
    path = source or resources.ontology_path()
    try:
        html = OntPub(ontology=str(path)).make_html()
    except Exception as err:  # pyLODE raises its own and rdflib's parser exceptions
        raise click.ClickException(f"{path}: pyLODE cannot document it: {err}") from err
    if output is None:
        click.echo(html, nl=False)
    else:
        write_atomic(output, html.encode("utf-8"))
        click.echo(f"wrote {output}", err=True)
