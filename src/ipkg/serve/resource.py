"""The HTML page of one resource (``/id/...``): label, types, literals, links, and findings with their evidence."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from ..store.base import RDF_TYPE, RDFS_LABEL, QueryResult, Term, Triple, check_iri
from ..vocab import IPKG, NS
from .pages import Linker, esc, layout, table, term_html

__all__ = ["findings_query", "resource_page", "MAX_INCOMING"]

#: incoming links listed on a page (a popular concept is mentioned by thousands of studies)
MAX_INCOMING = 200

_TITLE = NS["dcterms"] + "title"
_ABSTRACT = NS["dcterms"] + "abstract"
_DOI = NS["bibo"] + "doi"
_PMID = NS["bibo"] + "pmid"
_DERIVED = NS["prov"] + "wasDerivedFrom"


def findings_query(iri: str, limit: int = 500) -> str:
    """SPARQL for the findings drawn from a study, or whose subject or object is ``iri``, with their evidence."""
    node = f"<{check_iri(iri)}>"
    return f"""PREFIX ipkg: <{NS["ipkg"]}>
PREFIX prov: <{NS["prov"]}>
PREFIX rdfs: <{NS["rdfs"]}>
PREFIX dcterms: <{NS["dcterms"]}>
SELECT ?f ?s ?sl ?p ?o ?ol ?ev ?neg ?hed ?study ?stitle WHERE {{
  {{ ?f prov:wasDerivedFrom {node} }} UNION {{ ?f ipkg:subject {node} }} UNION {{ ?f ipkg:object {node} }}
  ?f a ipkg:Finding ; ipkg:evidence ?ev ; ipkg:subject ?s ; ipkg:predicate ?p ; ipkg:object ?o .
  OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }}
  OPTIONAL {{ ?f ipkg:negated ?neg }} OPTIONAL {{ ?f ipkg:hedged ?hed }}
  OPTIONAL {{ ?f prov:wasDerivedFrom ?study OPTIONAL {{ ?study dcterms:title ?stitle }} }}
}} ORDER BY ?f LIMIT {int(limit)}"""


def _labels(triples: Sequence[Triple]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for s, p, o in triples:
        if p.value in (RDFS_LABEL, _TITLE) and o.kind == "literal":
            labels.setdefault(s.value, o.value)
    return labels


def _finding_html(row: dict[str, Term], linker: Linker, on_study: bool) -> str:
    def name(node: str, label: str) -> str:
        term = row[node]
        text = row[label].value if label in row else None
        if text is None and "stitle" in row and term == row.get("study"):  # the study itself as subject/object
            text = row["stitle"].value
        return term_html(term, linker, {term.value: text} if text else None)

    relation = row["p"].value
    rel_text = relation[len(NS["ipkg"]) :] if relation.startswith(NS["ipkg"]) else linker.compact(relation)
    tags = ""
    if row.get("neg") and row["neg"].value in ("true", "1"):
        tags += '<span class="tag neg">negated</span>'
    if row.get("hed") and row["hed"].value in ("true", "1"):
        tags += '<span class="tag hedge">hedged</span>'
    source = ""
    if not on_study and "study" in row:
        title = row["stitle"].value if "stitle" in row else None
        source = f"<div>from {linker.link(row['study'].value, title)}</div>"
    return (
        '<div class="finding">'
        f'<div>{name("s", "sl")} <a class="rel" href="{esc(linker.href(relation) or "")}">{esc(rel_text)}</a> '
        f"{name('o', 'ol')}{tags}</div>"
        f'<div class="evidence">“{esc(row["ev"].value)}”</div>'
        f"<div>{linker.link(row['f'].value, 'finding')}</div>{source}</div>"
    )


def resource_page(iri: str, triples: Sequence[Triple], findings: QueryResult | None, linker: Linker) -> str:
    """The page of ``iri`` from its description (``Store.describe(iri, labels=True)``) and its findings."""
    labels = _labels(triples)
    out = [t for t in triples if t[0].value == iri]
    incoming = [t for t in triples if t[2].value == iri and t[0].value != iri]
    types = sorted({o.value for _, p, o in out if p.value == RDF_TYPE})
    title = labels.get(iri) or linker.compact(iri)
    is_study = IPKG["Study"] in types
    parts = [f"<h1>{esc(title)}</h1>", f'<div class="iri">{esc(iri)}</div>']
    if types:
        parts.append("<p>" + " ".join(f'<span class="tag">{linker.link(t)}</span>' for t in types) + "</p>")
    ids = []
    for _, p, o in out:
        if p.value == _DOI:
            url = "https://doi.org/" + quote(o.value, safe="/:;()._-")
            ids.append(f'DOI <a class="doi" href="{esc(url)}">{esc(o.value)}</a>')
        elif p.value == _PMID and o.value.isdigit():
            ids.append(f'PubMed <a href="https://pubmed.ncbi.nlm.nih.gov/{esc(o.value)}/">{esc(o.value)}</a>')
    if ids:
        parts.append("<p>" + " · ".join(ids) + "</p>")
    for _, p, o in out:
        if p.value == _ABSTRACT:
            parts.append(f'<p class="abstract">{esc(o.value)}</p>')
    if findings is not None and findings.rows:
        seen: set[str] = set()
        blocks = []
        for row in findings.rows:
            if row["f"].value not in seen:
                seen.add(row["f"].value)
                blocks.append(_finding_html(row, linker, on_study=is_study))
        heading = "Findings" if is_study else "Findings involving this"
        parts.append(f"<h2>{heading} ({len(blocks)})</h2>" + "".join(blocks))
    rows = [
        (linker.link(p.value), term_html(o, linker, labels)) for _, p, o in out if p.value not in (RDF_TYPE, _ABSTRACT)
    ]
    if rows:
        parts.append("<h2>Properties</h2>" + table(["property", "value"], rows))
    if incoming:
        shown = incoming[:MAX_INCOMING]
        rows = [(term_html(s, linker, labels), linker.link(p.value)) for s, p, _ in shown]
        parts.append(f"<h2>Linked from ({len(incoming)})</h2>" + table(["resource", "property"], rows))
        if len(incoming) > len(shown):
            parts.append(f'<p class="note">Only the first {len(shown)} links are listed; use SPARQL for all.</p>')
    alternates = " · ".join(
        f'<a href="?format={f}">{name}</a>'
        for f, name in (("ttl", "Turtle"), ("nt", "N-Triples"), ("jsonld", "JSON-LD"), ("rdf", "RDF/XML"))
    )
    parts.append(f"<p>This description as {alternates}</p>")
    return layout(title, "\n".join(parts))
