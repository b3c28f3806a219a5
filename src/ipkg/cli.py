"""The ``kg`` command line: thin commands over the library (``ipkg.pipeline``, ``ipkg.validate``, ``ipkg.query``).

Exit codes: 0 success (and the graph conforms); 1 the data failed (SHACL violations, input records skipped or
rejected); 2 usage error; 3 environment or internal failure (store unreachable, reasoner crash).
"""

from __future__ import annotations

import logging
import sys
from importlib import metadata
from pathlib import Path

import click

from .errors import InputError, IpkgError, QueryError, ShapesError, StoreError

__all__ = ["main"]

EXIT_DATA = 1
EXIT_ENV = 3

logger = logging.getLogger("ipkg")

FORMAT_OPTION = click.option(
    "--format", "-f", "fmt", default=None,
    type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"]),
    help="Output serialisation (default: from the output file's extension, else turtle).",
)
BASE_OPTION = click.option(
    "--base-iri", default=None, metavar="IRI", envvar="IPKG_BASE_IRI",
    help="Base of minted data IRIs (default https://w3id.org/ipkg/id/; env IPKG_BASE_IRI).",
)


def _version() -> str:
    try:
        return metadata.version("ipkg")
    except metadata.PackageNotFoundError:  # running from a checkout without install
        return "0+unknown"


class _Failure(click.ClickException):
    """A ClickException with a chosen exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.exit_code = code


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="kg")
@click.option("-v", "--verbose", count=True, help="More log output (-v stages, -vv debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """ipkg: immunopsychiatry abstracts to a validated, queryable RDF knowledge graph.

    \b
    Exit codes: 0 success; 1 the data failed (SHACL violations, records skipped);
                2 usage error; 3 environment or internal failure.
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True)
    ctx.obj = {"verbose": verbose, "quiet": quiet}


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (written atomically). Default: the graph goes to stdout.")
@FORMAT_OPTION
@BASE_OPTION
@click.option("--no-validate", is_flag=True, help="Do not run SHACL validation.")
@click.option("--keep-invalid", is_flag=True, help="Write the graph even when SHACL finds violations.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input record (default: skip and report).")
@click.option("--input-format", default=None, help="Force a reader (default: chosen by content).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for extraction and SHACL (0: one per core).")
@click.option("--cache", "cache", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Reuse the graphs of unchanged abstracts from this folder (created if missing).")
@click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also (re)create an on-disk Oxigraph store in this folder (query it with kg query --store).")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a JSON summary (counts, skips by reason, SHACL results, seconds per stage).")
@click.option("--shacl-engine", type=click.Choice(["auto", "pyshacl", "turbo"]), default="auto", show_default=True,
              help="SHACL engine: pyshacl-turbo when installed (auto), or pySHACL, the reference.")
@click.pass_context
def build(ctx: click.Context, inputs: tuple[str, ...], output: Path | None, fmt: str | None, base_iri: str | None,
          no_validate: bool, keep_invalid: bool, strict: bool, input_format: str | None, jobs: int,
          cache: Path | None, store: Path | None, report_file: Path | None, shacl_engine: str) -> None:
    """Build the knowledge graph of abstracts (files, folders, globs, or - for stdin).

    \b
    Examples:
      kg build seeds -o kg.ttl
      kg build pubmed.xml.gz exports/*.nbib -o kg.nq
      kg build corpus/ -o kg.nq --jobs 0 --cache .kg-cache --report build.json
      kg build corpus/ --store kg.oxigraph && kg query --store kg.oxigraph --name treatments-by-disorder
      cat abstract.txt | kg build - > kg.ttl
    """
    import tempfile

    from .pipeline import BuildOptions, build as run_build
    from .progress import ProgressBar
    from .rdf.serialize import format_for_path
    from .vocab import DEFAULT_BASE

    fmt = fmt or (format_for_path(output) if output else "turtle")
    to_stdout = output is None and store is None
    bar = ProgressBar(enabled=None if not ctx.obj["quiet"] else False)
    with tempfile.TemporaryDirectory(prefix="kg-build-") as tmp:
        target = Path(tmp) / "graph" if to_stdout else output
        options = BuildOptions(output=target, fmt=fmt, base_iri=base_iri or DEFAULT_BASE, validate=not no_validate,
                               keep_invalid=keep_invalid, strict=strict, input_format=input_format, jobs=jobs,
                               cache=cache, store=store, report=report_file, shacl_engine=shacl_engine)
        try:
            result = run_build(inputs, options, stdin=lambda: sys.stdin.buffer.read(), progress=bar)
        except InputError as err:  # only with --strict; a missing path is a usage error (exit 2)
            code = 2 if isinstance(err, FileNotFoundError) else EXIT_DATA
            raise _Failure(f"{err} (stopped: --strict)", code) from err
        except (ShapesError, StoreError) as err:
            raise _Failure(str(err), EXIT_ENV) from err
        except IpkgError as err:
            raise _Failure(str(err), EXIT_DATA) from err
        finally:
            bar.close()
        if to_stdout and result.written and target is not None:
            with target.open("rb") as handle:
                while block := handle.read(1 << 20):
                    sys.stdout.buffer.write(block)
            sys.stdout.buffer.flush()
    for error in result.errors:
        click.echo(f"skipped: {error}", err=True)
    for line in result.duplicates:
        click.echo(f"duplicate: {line}", err=True)
    report = result.report
    if report is not None and report.results and (not ctx.obj["quiet"] or not report.conforms):
        click.echo(report.text(), err=True)  # with -q only a failing report (an error) is shown
    summary = (f"read {result.records_read} records, built {result.studies} studies"
               f", skipped {len(result.errors)}, duplicates {len(result.duplicates)}")
    if cache is not None:
        summary += f", extracted {result.extracted} (cache: {result.cached})"
    if report is not None:
        summary += f"; SHACL: {'conforms' if report.conforms else f'{len(report.violations)} violations'}"
    if output is not None:
        summary += f"; wrote {output} ({result.triples} triples)" if result.written else f"; {output} NOT written"
    if store is not None:
        summary += f"; store {store} loaded" if result.store else f"; store {store} NOT written"
    if not ctx.obj["quiet"]:
        click.echo(summary, err=True)
    if report is not None and not report.conforms:
        ctx.exit(EXIT_DATA)
    for error in result.missing:  # the other inputs were built and written
        click.echo(f"kg: {error}", err=True)
    if result.missing:
        ctx.exit(2)
    if result.errors:
        ctx.exit(EXIT_DATA)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A SHACL shapes file (default: the shipped shapes/ipkg-shapes.ttl).")
@click.pass_context
def validate(ctx: click.Context, files: tuple[Path, ...], shapes: Path | None) -> None:
    """Validate RDF files against the SHACL shapes; exit 1 on violations.

    \b
    Example:
      kg validate kg.ttl
    """
    from rdflib import Dataset

    from .validate import load_shapes, validate_graph

    data = Dataset(default_union=True)
    for path in files:
        try:
            data.parse(path)
        except Exception as err:  # rdflib raises many parser exception types
            raise _Failure(f"{path}: not valid RDF: {err}", EXIT_DATA) from err
    try:
        report = validate_graph(data, shapes=load_shapes(str(shapes) if shapes else None))
    except ShapesError as err:
        raise _Failure(str(err), EXIT_ENV) from err
    click.echo(report.text())
    if not report.conforms:
        ctx.exit(EXIT_DATA)


@main.command()
@click.argument("args", nargs=-1)
@click.option("-q", "--query-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Read the SPARQL query from a .rq file.")
@click.option("-n", "--name", default=None, help="Run a shipped competency query by name (see --list).")
@click.option("--list", "list_", is_flag=True, help="List the shipped competency queries.")
@click.option("--output", "-O", "out_fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              help="Result format.")
@click.option("--store", "store_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Query an on-disk Oxigraph store (made by kg build --store DIR) instead of graph files.")
def query(args: tuple[str, ...], query_file: Path | None, name: str | None, list_: bool, out_fmt: str,
          store_dir: Path | None) -> None:
    """Run SPARQL over graph files: kg query FILE... (QUERY | -q FILE.rq | --name NAME).

    \b
    Examples:
      kg query kg.ttl 'SELECT ?s WHERE { ?s a <https://w3id.org/ipkg/ontology#Study> }'
      kg query kg.ttl --name studies-by-design --output csv
      kg query --list
    """
    from .query import format_result, get_query, list_queries, load_store, run_query

    if list_:
        for named in list_queries():
            click.echo(f"{named.name:<34} {named.question}")
        return
    files = list(args)
    if query_file is not None:
        text = query_file.read_text(encoding="utf-8")
    elif name is not None:
        try:
            text = get_query(name).text
        except QueryError as err:
            raise click.UsageError(str(err)) from err
    else:
        if len(files) < (1 if store_dir else 2):
            raise click.UsageError("give graph files and a query (or -q FILE.rq / --name NAME)")
        text = files.pop()
    if not files and store_dir is None:
        raise click.UsageError("give at least one graph file (or --store DIR)")
    if files and store_dir is not None:
        raise click.UsageError("give graph files or --store DIR, not both")
    try:
        if store_dir is not None:
            import pyoxigraph as ox

            try:
                store = ox.Store.read_only(str(store_dir))
            except OSError as err:
                raise _Failure(f"{store_dir}: cannot open the Oxigraph store: {err}", EXIT_ENV) from err
        else:
            store = load_store(files)
        result = run_query(store, text)
    except InputError as err:
        raise _Failure(str(err), EXIT_DATA) from err
    except QueryError as err:
        raise click.UsageError(str(err)) from err
    click.echo(format_result(result, out_fmt))


def _register_optional() -> None:
    """Sub-commands that live next to their stage's code."""
    try:
        from .cli_publish import load, serve
    except ImportError:  # pragma: no cover - the publish module is part of the package
        return
    main.add_command(load)
    main.add_command(serve)
    from .cli_ontology import ontology

    main.add_command(ontology)


_register_optional()

if __name__ == "__main__":  # pragma: no cover
    main()
