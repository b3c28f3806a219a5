"""HTML pages of the browser, written with ``string.Template`` and ``html.escape`` (no template engine).

Every value from the graph passes through :func:`esc`; links are only written for ``http(s)`` IRIs, and IRIs
under the data base or the ontology namespace are rewritten to this server's paths by :class:`Linker`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from string import Template
from urllib.parse import quote

from ..store.base import Term
from ..vocab import IPKG_NS, PREFIXES

__all__ = ["esc", "Linker", "layout", "table", "term_html", "sparql_link", "sparql_page", "error_page"]

#: the ontology's own IRI (CONTRACT.md "Namespaces"), served at /ontology
ONTOLOGY_IRI = IPKG_NS.rstrip("#")

_LAYOUT = Template(
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title · ipkg</title>
$head<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#fafbfc;
line-height:1.45}
header{background:#23395d;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.5rem;align-items:baseline}
header a{color:#fff;text-decoration:none}header .brand{font-weight:700;font-size:1.15rem}
main{max-width:70rem;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.5rem;margin:.6rem 0 .2rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d8dde6}
.iri{font-family:ui-monospace,monospace;font-size:.85rem;color:#56607a;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:.92rem}td,th{border-bottom:1px solid #e4e8ef;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#eef1f6}
.finding{background:#fff;border:1px solid #d8dde6;border-left:4px solid #3f6fb5;padding:.6rem .8rem;margin:.6rem 0}
.finding .rel{font-weight:600}.evidence{font-style:italic;margin:.3rem 0}.tag{font-size:.75rem;background:#eef1f6;
border-radius:3px;padding:0 .35rem;margin-left:.3rem}.neg{background:#fbe3e3}.hedge{background:#fdf3d6}
.counts{display:flex;flex-wrap:wrap;gap:.8rem}.count{background:#fff;border:1px solid #d8dde6;padding:.5rem .9rem;
border-radius:4px}.count b{display:block;font-size:1.3rem}textarea{width:100%;font-family:ui-monospace,monospace}
.note{color:#8a5a00}.lit{white-space:pre-wrap}section table th{width:12rem}
.card{background:#fff;border:1px solid #d8dde6;border-radius:6px;padding:.4rem .9rem .8rem;margin:.8rem 0}
.card th{width:11rem;background:none;color:#56607a;font-weight:600}.card ul.found{margin:0;padding-left:1.1rem}
.byline{color:#56607a;margin:.2rem 0}details.authors{margin:.2rem 0 .6rem;color:#3a4256}
details summary{cursor:pointer}.abstract{white-space:pre-wrap;background:#fff;border:1px solid #e4e8ef;padding:.7rem}
mark{background:#fff4c2;border-bottom:3px solid;padding:0 .1rem}a.mark{color:inherit;text-decoration:none}
.finding .meta,.src{font-size:.85rem;color:#56607a}.finding .meta a{margin-right:.6rem}.tag.pol{border:1px solid;
background:#fff}.tag.role{background:#e6f0e6}.tag.cls{font-size:.85rem;background:#e3ebf7}
form.search input{font-size:1rem;padding:.35rem .5rem;width:min(34rem,80%)}form.search button{font-size:1rem}
.pager{margin:.5rem 0}.sort{margin-left:1rem;font-size:.9rem}ol.studies li,ul.concepts li{margin:.25rem 0}
.meta{color:#6a7388;font-size:.85rem}li.untitled>a{font-style:italic}
.connections{margin:.5rem 0;background:#fff;border:1px solid #e4e8ef;padding:.4rem;overflow-x:auto}
.diagram text{font-size:12px;font-family:system-ui,sans-serif;fill:#1d2330}.diagram .dh{font-weight:700;fill:#56607a}
.diagram rect.node{fill:#eef3fb;stroke:#6b86b3}.diagram rect.focus{fill:#ffe9a8;stroke:#b8860b}
.diagram a:hover rect{fill:#dbe6f7}.diagram .more{fill:#6a7388}.connections figcaption{font-size:.8rem;color:#56607a}
.lg{margin-right:.7rem}.lg i{display:inline-block;width:1.4rem;height:.3rem;margin-right:.25rem;vertical-align:middle}
</style></head>
<body><header><a class="brand" href="/">ipkg</a><a href="/search">Search</a><a href="/studies">Studies</a>
<a href="/sparql">SPARQL</a><a href="/ontology">Ontology</a><a href="/.well-known/void">VoID</a></header>
<main>
$body
</main></body></html>
"""
)


def esc(value: object) -> str:
    """HTML-escape any value (quotes too, so it is safe inside attributes)."""
    return html.escape(str(value), quote=True)


def layout(title: str, body: str, *, head: str = "") -> str:
    """A whole page: ``title`` is escaped here, ``body`` and ``head`` must already be safe HTML."""
    return _LAYOUT.substitute(title=esc(title), body=body, head=head)


class Linker:
    """Turns IRIs into links, rewriting the data base and the ontology to this server's paths."""

    def __init__(self, base_iri: str, local: Callable[[str], str | None] | None = None) -> None:
        self.base_iri = base_iri
        self.local = local
        self._prefixes = sorted(PREFIXES, key=lambda p: -len(p[1]))

    def href(self, iri: str) -> str | None:
        """The local path of an internal IRI (data, ontology term, or a concept of the graph whatever its
        namespace, through ``local``), the IRI itself if it is http(s), else ``None`` (no link)."""
        if iri.startswith(self.base_iri):
            return "/id/" + iri[len(self.base_iri) :]
        if iri.startswith(IPKG_NS):
            return "/ontology#" + iri[len(IPKG_NS) :]
        if iri == ONTOLOGY_IRI:
            return "/ontology"
        if self.local is not None and (path := self.local(iri)):
            return path
        if iri.startswith(("http://", "https://")):
            return iri
        return None

    def compact(self, iri: str) -> str:
        """``prefix:local`` for a known namespace, else the IRI."""
        for prefix, ns in self._prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def link(self, iri: str, text: str | None = None) -> str:
        """An ``<a>`` element (or plain text when the IRI is not linkable); all parts escaped."""
        label = esc(text if text is not None else self.compact(iri))
        target = self.href(iri)
        if target is None:
            return f'<span class="iri">{label}</span>'
        return f'<a href="{esc(target)}" title="{esc(iri)}">{label}</a>'


def term_html(term: Term, linker: Linker, labels: dict[str, str] | None = None) -> str:
    """One term as HTML: IRIs as links (with their label when known), literals with language or datatype."""
    if term.kind == "uri":
        return linker.link(term.value, (labels or {}).get(term.value))
    if term.kind == "literal":
        suffix = ""
        if term.lang:
            suffix = f' <span class="tag">@{esc(term.lang)}</span>'
        elif term.datatype and not term.datatype.endswith("#string"):
            suffix = f' <span class="tag">{esc(linker.compact(term.datatype))}</span>'
        return f'<span class="lit">{esc(term.value)}</span>{suffix}'
    return f'<span class="iri">{esc(term.n3())}</span>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table; ``headers`` are escaped, cells must already be safe HTML."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def sparql_link(query: str) -> str:
    """The local URL running ``query``."""
    return "/sparql?query=" + quote(query, safe="")


def sparql_page(query: str, result_html: str = "", message: str = "", examples: str = "") -> str:
    """The SPARQL form, with a rendered result or an error message under it (both already safe HTML)."""
    form = (
        '<h1>SPARQL</h1><form method="get" action="/sparql">'
        f'<textarea name="query" rows="12" spellcheck="false">{esc(query)}</textarea>'
        '<p><button type="submit">Run query</button> <span class="iri">read-only; results are capped</span></p>'
        "</form>"
    )
    note = f'<p class="note">{message}</p>' if message else ""
    return layout("SPARQL", form + note + result_html + examples)


def error_page(status: int, message: str) -> str:
    """A small HTML error page (the message is escaped)."""
    return layout(f"{status}", f'<h1>{status}</h1><p>{esc(message)}</p><p><a href="/">Home</a></p>')
