"""The ``kg`` command line: thin commands over the library (``ipkg.pipeline``, ``ipkg.validate``, ``ipkg.query``).

Exit codes: 0 success (``kg build``: the graph was written without SHACL violations; ``kg validate``: the graph
conforms, ``sh:conforms true``); 1 the data failed (SHACL violations -- or, for ``kg validate``, any result, as
pySHACL says -- input records skipped or rejected, inputs that hold no record); 2 usage error; 3 environment or
internal failure (store unreachable, reasoner crash).
"""

from __future__ import annotations

import logging
import sys
from importlib import metadata
from pathlib import Path

import click

from .errors import InputError, IpkgError, QueryError, ShapesError, StoreError
from .ingest import READERS
from .rdf.serialize import FORMAT_CHOICES

__all__ = ["main"]

EXIT_DATA = 1
EXIT_ENV = 3

logger = logging.getLogger("ipkg")

#: ``--input-format`` names beside the readers' own: ``text`` forces the free-text reader
INPUT_FORMAT_ALIASES = {"text": "freetext"}

FORMAT_OPTION = click.option(
    "--format", "-f", "fmt", default=None, type=click.Choice(FORMAT_CHOICES, case_sensitive=False),
    help="Output serialisation; aliases nt, ttl, nq, json-ld, xml, rdf, owl, n3 (default: from the output file's "
         "extension, else turtle).",
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
    Exit codes: 0 success (kg validate: sh:conforms true); 1 the data failed (SHACL violations --
                for kg validate any result, warnings too, unless --allow-warnings --, records skipped,
                inputs that hold no record); 2 usage error; 3 environment or internal failure.
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True)
    logging.getLogger("ipkg.pipeline").addFilter(_skip_echo_filter)
    ctx.obj = {"verbose": verbose, "quiet": quiet}


def _skip_echo_filter(record: logging.LogRecord) -> bool:
    """Drop the pipeline's log line for a skipped input: ``kg build`` prints every skip itself, once."""
    return not (record.args and isinstance(record.args, tuple) and isinstance(record.args[0], InputError))


def _plural(count: int, word: str) -> str:
    """``1 record``, ``2 records``, ``1 study``, ``3 studies``."""
    if count == 1:
        return f"{count} {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (written atomically). Default: the graph goes to stdout.")
@FORMAT_OPTION
@BASE_OPTION
@click.option("--no-validate", is_flag=True, help="Do not run SHACL validation.")
@click.option("--keep-invalid", is_flag=True, help="Write the graph even when SHACL finds violations.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input record (default: skip and report).")
@click.option("--input-format", default=None,
              type=click.Choice(sorted([*READERS, *INPUT_FORMAT_ALIASES])),
              help="Force a reader (default: chosen by content); text (= freetext) also reads prose that has no "
                   "abstract's shape (a README).")
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
@click.option("--metadata", "metadata_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the build metadata (licence, time, prov:Activity, version, input sha256s) as "
                   "Turtle. Default: OUTPUT.meta.ttl beside the output.")
@click.option("--no-metadata", is_flag=True, help="Do not write the build-metadata file.")
@click.option("--license", "license_iri", default=None, metavar="IRI",
              help="Licence stated in the build metadata (default CC BY 4.0).")
@click.option("--publisher", "publisher_iri", default=None, metavar="IRI",
              help="Publisher (an IRI: ORCID, ROR ...) stated in the build metadata; kg serve's VoID repeats it.")
@click.pass_context
def build(ctx: click.Context, inputs: tuple[str, ...], output: Path | None, fmt: str | None, base_iri: str | None,
          no_validate: bool, keep_invalid: bool, strict: bool, input_format: str | None, jobs: int,
          cache: Path | None, store: Path | None, report_file: Path | None, shacl_engine: str,
          metadata_file: Path | None, no_metadata: bool, license_iri: str | None, publisher_iri: str | None) -> None:
    """Build the knowledge graph of abstracts (files, folders, globs, or - for stdin).

    \b
    Examples:
      kg build seeds -o kg.ttl
      kg build pubmed.xml.gz exports/*.nbib -o kg.nq
      kg build corpus/ -o kg.nq --jobs 0 --cache .kg-cache --report build.json
      kg build corpus/ --store kg.oxigraph && kg query --store kg.oxigraph --name treatments-by-disorder
      cat abstract.txt | kg build - > kg.ttl

    \b
    Besides OUTPUT, OUTPUT.meta.ttl holds the build metadata (licence, time -- SOURCE_DATE_EPOCH when set --,
    the build as a prov:Activity, ipkg's version, sha256 of every input and of OUTPUT); OUTPUT itself depends
    only on the inputs. Inputs that hold no record: nothing is written, exit 1.
    """
    import os
    import tempfile

    from .pipeline import BuildOptions, build as run_build
    from .progress import ProgressBar
    from .rdf.metadata import input_files
    from .rdf.serialize import OUTPUT_EXTENSIONS, format_for_path, resolve_format
    from .spill import remove_stale, scratch_prefix
    from .vocab import DEFAULT_BASE

    if fmt is not None:
        fmt = resolve_format(fmt)
    elif output is not None:
        fmt = format_for_path(output)
        if fmt is None:
            extensions = ", ".join(OUTPUT_EXTENSIONS)
            raise click.UsageError(f"{output}: {output.suffix} is not an RDF format's extension ({extensions}); "
                                   "rename the output or give --format", ctx=ctx)
    else:
        fmt = "turtle"
    if metadata_file is not None and (output is None or no_metadata):
        raise click.UsageError("--metadata FILE goes with -o OUTPUT (and not with --no-metadata)", ctx=ctx)
    input_format = INPUT_FORMAT_ALIASES.get(input_format or "", input_format)
    try:
        files = input_files(inputs)
    except InputError:
        files = None  # a missing path: the build reports it (ingest/paths.py, pipeline.py)
    if files == ():
        raise _Failure(f"nothing to build: {', '.join(inputs)} holds no file; nothing written", EXIT_DATA)
    to_stdout = output is None and store is None
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
    bar = ProgressBar(enabled=None if not ctx.obj["quiet"] else False)
    # the graph is built into a temporary file beside the output and moved into place only when it holds a study
    scratch = Path(tempfile.gettempdir()) if output is None else output.parent or Path(".")
    remove_stale(scratch, ".kg-build-")  # what a killed build (SIGKILL, power cut) left beside the output
    with tempfile.TemporaryDirectory(prefix=scratch_prefix(".kg-build-"), dir=scratch) as tmp:
        target = Path(tmp) / ("graph" if output is None else output.name) if to_stdout or output else None
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
        empty = result.studies == 0
        if empty:
            result.written = False
        elif to_stdout and result.written and target is not None:
            with target.open("rb") as handle:
                while block := handle.read(1 << 20):
                    sys.stdout.buffer.write(block)
            sys.stdout.buffer.flush()
        elif output is not None and result.written and target is not None:
            os.replace(target, output)
            if not no_metadata:
                _write_build_metadata(result, output, fmt, files or (), base_iri or DEFAULT_BASE, license_iri,
                                      publisher_iri, metadata_file)
    for error in result.errors:
        click.echo(f"skipped: {error}", err=True)
    for line in result.duplicates:
        click.echo(f"duplicate: {line}", err=True)
    report = result.report
    if report is not None and report.results and (not ctx.obj["quiet"] or not report.violation_free):
        click.echo(report.text(), err=True)  # with -q only a report with violations (an error) is shown
    summary = (f"read {_plural(result.records_read, 'record')}, built {_plural(result.studies, 'study')}"
               f", skipped {len(result.errors)}, duplicates {len(result.duplicates)}")
    if cache is not None:
        summary += f", extracted {result.extracted} (cache: {result.cached})"
    if report is not None:
        summary += f"; SHACL: {_shacl_summary(report)}"
    if output is not None:
        summary += f"; wrote {output} ({result.triples} triples)" if result.written else f"; {output} NOT written"
    if store is not None:
        summary += f"; store {store} loaded" if result.store else f"; store {store} NOT written"
    if not ctx.obj["quiet"]:
        click.echo(summary, err=True)
    if empty:
        raise _Failure(f"nothing to build: no record could be read from {', '.join(inputs)}; nothing written",
                       EXIT_DATA)
    if report is not None and not report.violation_free:
        ctx.exit(EXIT_DATA)
    for error in result.missing:  # the other inputs were built and written
        click.echo(f"kg: {error}", err=True)
    if result.missing:
        ctx.exit(2)
    if result.errors:
        ctx.exit(EXIT_DATA)


def _shacl_summary(report) -> str:  # type: ignore[no-untyped-def]
    """``conforms`` (no result), ``no violations (2 warnings)`` or ``3 violations, 2 warnings``."""
    if report.conforms:
        return "conforms"
    if report.violation_free:
        return f"no violations ({report.counts()})"
    return report.counts()


def _write_build_metadata(result, output: Path, fmt: str, files: tuple[str, ...], base_iri: str,  # type: ignore[no-untyped-def]
                          license_iri: str | None, publisher: str | None, path: Path | None) -> None:
    from .rdf.metadata import DEFAULT_LICENSE, BuildMetadata, write_metadata
    from .rdf.serialize import FORMATS

    meta = BuildMetadata(output=output, media_type=FORMATS[fmt].media_type, inputs=files, triples=result.triples,
                         studies=result.studies, base_iri=base_iri, license_iri=license_iri or DEFAULT_LICENSE,
                         publisher=publisher)
    write_metadata(meta, path)


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
@click.option("--allow-service", is_flag=True, help="Let the query call other SPARQL endpoints (SERVICE).")
def query(args: tuple[str, ...], query_file: Path | None, name: str | None, list_: bool, out_fmt: str,
          store_dir: Path | None, allow_service: bool) -> None:
    """Run SPARQL over graph files: kg query FILE... (QUERY | FILE.rq | -q FILE.rq | --name NAME).

    \b
    Examples:
      kg query kg.ttl 'SELECT ?s WHERE { ?s a <https://w3id.org/ipkg/ontology#Study> }'
      kg query kg.ttl --name studies-by-design-branch --output csv
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
        if text.endswith((".rq", ".sparql")) and Path(text).is_file():  # a query file given where the text goes
            text = Path(text).read_text(encoding="utf-8")
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
        result = run_query(store, text, allow_service=allow_service)
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
    from .cli_validate import validate

    main.add_command(validate)
    from .cli_export import export

    main.add_command(export)


_register_optional()

if __name__ == "__main__":  # pragma: no cover
    main()
