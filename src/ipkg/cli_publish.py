"""``kg load`` and ``kg serve``: click commands the main group registers with ``main.add_command``.

Heavy modules (pyoxigraph, httpx, starlette, uvicorn) are imported inside the commands, so ``kg --help`` stays fast.
Exit codes: 0 success; 1 the store's count does not match what was sent; 2 usage error; 3 the store is
unreachable, refused the request or a file could not be read.
"""

from __future__ import annotations

import logging
import signal
from pathlib import Path

import click

__all__ = ["load", "serve", "EXIT_COUNT_MISMATCH", "EXIT_STORE"]

logger = logging.getLogger(__name__)

#: exit status when the store's count differs from the triples sent
EXIT_COUNT_MISMATCH = 1
#: exit status when the store is unreachable or refuses a request
EXIT_STORE = 3


class _StoreFailure(click.ClickException):
    exit_code = EXIT_STORE


@click.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "to", required=True, metavar="URL", help="Graph Store Protocol URL of the store.")
@click.option("--graph", metavar="IRI", help="Target named graph (default: the default graph).")
@click.option("--replace/--append", default=True, show_default=True, help="Replace the target graph or add to it.")
@click.option("--update-url", metavar="URL", help="Send SPARQL Update INSERT DATA here instead of using the GSP.")
@click.option("--query-url", metavar="URL", help="SPARQL query URL for the count check (derived for known stores).")
@click.option("--user", metavar="U", help="User for HTTP basic or digest auth (default: $IPKG_STORE_USER).")
@click.option(
    "--password-env",
    default="IPKG_STORE_PASSWORD",
    show_default=True,
    metavar="VAR",
    help="Environment variable holding the password.",
)
@click.option(
    "--token-env",
    default="IPKG_STORE_TOKEN",
    show_default=True,
    metavar="VAR",
    help="Environment variable holding a bearer token.",
)
@click.option(
    "--batch", "batch", default=50_000, show_default=True, type=click.IntRange(min=1), help="Triples per request."
)
@click.option("--retries", default=3, show_default=True, type=click.IntRange(min=0), help="Retries per request.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds per request.")
@click.option(
    "--bulk/--no-bulk",
    default=True,
    show_default=True,
    help="Use the server's non-transactional bulk load where it has one (Oxigraph): faster, but a batch that "
    "fails half-way may leave part of it behind (the count check reports it).",
)
@click.option("--dry-run", is_flag=True, help="Parse and batch the files, send nothing.")
def load(
    files: tuple[Path, ...],
    to: str,
    graph: str | None,
    replace: bool,
    update_url: str | None,
    query_url: str | None,
    user: str | None,
    password_env: str,
    token_env: str,
    batch: int,
    retries: int,
    timeout: float,
    bulk: bool,
    dry_run: bool,
) -> None:
    """Load graph files into a triple store, in batches, and check the store's count.

    \b
    Examples:
      kg load out/graph.nq --to http://localhost:7878/store
      kg load graph.ttl --to http://localhost:3030/ds/data --graph https://w3id.org/ipkg/id/graph/all
      IPKG_STORE_PASSWORD=... kg load graph.nt --to http://localhost:8890/sparql-graph-crud-auth \\
          --graph https://w3id.org/ipkg/id/graph/all --user dba
      kg load graph.ttl --to http://localhost:7878/store --batch 10000 --dry-run

    \b
    Exit codes: 0 loaded and counted; 1 count mismatch; 3 store unreachable or refusing.
    """
    import os
    import sys

    from .errors import StoreError, redact
    from .load import load_graph
    from .store.http import Auth

    try:
        auth = Auth.from_env(user=user, password_env=password_env, token_env=token_env)
    except ValueError as err:
        if not sys.stdin.isatty():
            raise click.UsageError(str(err)) from err
        name = user or os.environ.get("IPKG_STORE_USER", "")
        auth = Auth(name, click.prompt(f"password for {name}", hide_input=True, err=True) or None)
        if not auth.password:
            raise click.UsageError(f"no password given for {name!r}") from err
    try:
        result = load_graph(
            list(files),
            to,
            graph=graph,
            mode="replace" if replace else "append",
            update_url=update_url,
            query_url=query_url,
            auth=auth,
            batch_triples=batch,
            dry_run=dry_run,
            retries=retries,
            timeout=timeout,
            bulk=bulk,
        )
    except StoreError as err:
        raise _StoreFailure(str(err)) from err
    except ValueError as err:
        raise click.UsageError(redact(str(err))) from err
    target = f"graph <{graph}>" if graph else "the default graph"
    click.echo(
        f"{'would send' if dry_run else 'sent'} {result.triples_sent:,} distinct triples "
        f"({result.triples_read:,} read) to {target} in {result.batches} batches via {result.method}, "
        f"{result.seconds:.2f} s ({result.triples_per_second:,.0f} triples/s)",
        err=True,
    )
    if result.count_ok is None:
        return
    if result.count_ok:
        click.echo(f"count check OK: the store holds {result.store_count_after:,} triples in {target}", err=True)
        return
    click.echo(
        f"count check FAILED: the store holds {result.store_count_after:,} triples in {target}, "
        f"expected {result.triples_sent:,}"
        + (f" (had {result.store_count_before:,} before)" if result.store_count_before is not None else ""),
        err=True,
    )
    raise SystemExit(EXIT_COUNT_MISMATCH)


@click.command("serve")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="An on-disk Oxigraph store folder to serve (FILES, if given, are added to it).",
)
@click.option(
    "--backend",
    type=click.Choice(["oxigraph", "rdflib"]),
    default="oxigraph",
    show_default=True,
    help="In-memory store used for FILES.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--base-iri", default=None, help="Base of data IRIs [default: https://w3id.org/ipkg/id/].")
@click.option(
    "--ontology",
    "ontology_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Ontology file for /ontology [default: the shipped ontology].",
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.01),
    help="Seconds a SPARQL query may run; then its worker process is killed and replaced (answer 503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows a SPARQL answer holds at most.",
)
@click.option(
    "--workers", default=2, show_default=True, type=click.IntRange(min=1), help="SPARQL worker processes (queries "
    "running at once); others wait up to 2 s, then 503."
)
@click.option(
    "--query-memory",
    default=1024,
    show_default=True,
    metavar="MIB",
    type=click.IntRange(min=16),
    help="Memory (MiB of address space) a query may add to its worker; past it the query gets 503.",
)
@click.option("--yield-after", default=1.0, show_default=True, metavar="S", type=click.FloatRange(min=0),
              help="While queries wait for a worker, one running longer than S seconds gives its slot away and runs "
              "on in the background at the lowest priority (or is stopped, 503); 0: never.")
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let /sparql run SERVICE clauses, i.e. fetch other endpoints on a client's behalf (off: refused, 400).",
)
@click.option(
    "--license",
    "license_iri",
    default=None,
    metavar="IRI",
    help="Licence of the dataset stated in /.well-known/void [default: CC BY 4.0]. It covers the graph's own "
    "statements; evidence sentences quote the abstracts, which stay under their publishers' terms (said in "
    "dcterms:rights).",
)
@click.option(
    "--forwarded-allow-ips",
    default="127.0.0.1",
    show_default=True,
    help="Proxies whose X-Forwarded-* headers are trusted (behind a reverse proxy).",
)
def serve(
    files: tuple[Path, ...],
    store_dir: Path | None,
    backend: str,
    host: str,
    port: int,
    base_iri: str | None,
    ontology_path: Path | None,
    timeout: float,
    max_rows: int,
    workers: int,
    query_memory: int,
    yield_after: float,
    allow_service: bool,
    license_iri: str | None,
    forwarded_allow_ips: str,
) -> None:
    """Browse the graph and query it with SPARQL over HTTP.

    \b
    Examples:
      kg serve out/graph.ttl                      # in memory, http://127.0.0.1:8000/
      kg serve --store data/oxigraph --port 8080  # an on-disk store (kg build --store, oxigraph load)
      kg serve graph.nq --base-iri https://example.org/ipkg/id/ --timeout 5 --max-rows 2000

    \b
    Routes: /  /search  /studies  /concepts  /id/{path}  /c/{prefix}/{local}  /ontology  /sparql
    /download/{file}  /.well-known/void  (see docs/publishing.md).

    \b
    Limits (defaults fit a 2-core, 4 GB host; docs/serving-limits.md):
      each /sparql query runs in one of --workers processes, killed at --timeout
      and when it needs more than --query-memory MiB; while others wait, a query
      past --yield-after seconds moves to the background; answers hold --max-rows rows;
      SERVICE is refused unless --allow-service; Ctrl-C / SIGTERM stop within ~3 s.
    """
    if not files and store_dir is None:
        raise click.UsageError("give graph FILES or --store DIR")
    if store_dir is not None and not files and not store_dir.is_dir():
        raise click.UsageError(f"--store {store_dir}: no such store folder (give FILES to create it)")
    try:
        import uvicorn

        from .serve import get_app
        from .serve.void import DEFAULT_LICENSE
    except ImportError as err:
        raise _StoreFailure(f"kg serve cannot import {err.name or err}: reinstall ipkg (pip install -e .)") from err
    from .errors import StoreError
    from .store import open_store
    from .vocab import DEFAULT_BASE

    scratch = None
    if store_dir is None and backend == "oxigraph":  # on disk, so the query workers share it (docs/serving-limits.md)
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="ipkg-serve-"))
    try:
        store = open_store(
            scratch or store_dir,
            files=files,
            backend=backend if store_dir is None else "oxigraph",
            allow_service=allow_service,
        )
    except StoreError as err:
        _remove(scratch)
        raise _StoreFailure(str(err)) from err
    click.echo(f"serving {store.count():,} triples on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    app = get_app(
        store,
        base_iri or DEFAULT_BASE,
        ontology_path,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
        license_iri=license_iri or DEFAULT_LICENSE,
        downloads=files,
    )
    runner = app.state.runner
    # uvicorn stops on SIGTERM, then re-raises it: let that unwind through `finally` (workers, scratch store)
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        runner.configure(memory_mb=query_memory, allow_service=allow_service, yield_after=yield_after)
        runner.start()
        uvicorn.run(
            app,
            host=host,
            port=port,
            proxy_headers=True,
            forwarded_allow_ips=forwarded_allow_ips,
            log_level="warning",
            lifespan="off",
            timeout_graceful_shutdown=2,  # a request waiting on a query must not hold Ctrl-C / SIGTERM
        )
    except StoreError as err:
        raise _StoreFailure(str(err)) from err
    finally:
        signal.signal(signal.SIGTERM, previous)
        runner.shutdown()
        store.close()
        _remove(scratch)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _remove(folder: Path | None) -> None:
    if folder is not None:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


@click.group()
def _standalone() -> None:
    """ipkg publishing commands (standalone entry for benchmarks; normally `kg load` / `kg serve`)."""


_standalone.add_command(load)
_standalone.add_command(serve)

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    _standalone()
