"""/sparql for people and clients: predeclared prefixes, short syntax errors with line and column, the HTML form's
examples and download links, and the SPARQL 1.1 Service Description answered on GET without a query.

>>> text, added = with_prefixes("SELECT ?s WHERE { ?s a ipkg:Study }")
>>> added, text.splitlines()[0]
(1, 'PREFIX ipkg: <https://w3id.org/ipkg/ontology#>')
>>> short_error("malformed SPARQL query: error at 2:10: expected one of \\",\\", \\".\\", ['0' ..= '9'], [_]", 1)
'malformed SPARQL at line 1, column 10: expected one of ",", "."'
"""

from __future__ import annotations

import re
from urllib.parse import quote

from ..store.base import XSD_INTEGER, Term, Triple
from ..vocab import NS
from .pages import esc

__all__ = ["PREDECLARED", "with_prefixes", "short_error", "service_description", "examples_html", "downloads_html"]

#: prefixes a query may use without declaring them (added, on one line, when the query uses them undeclared)
PREDECLARED: dict[str, str] = {
    name: NS[name] for name in ("ipkg", "obo", "mesh", "uniprot", "rdf", "rdfs", "xsd", "owl", "skos", "prov",
                                "dcterms", "dc", "bibo")
}
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_ERROR = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)
_SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS = "http://www.w3.org/ns/formats/"


def with_prefixes(query: str) -> tuple[str, int]:
    """``query`` with the predeclared prefixes it uses but does not declare, and the number of lines added (0/1)."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(query)}
    body = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*", " ", query)
    missing = [
        name for name in PREDECLARED if name not in declared and re.search(rf"(?<![\w:?$]){name}:", body)
    ]
    if not missing:
        return query, 0
    line = " ".join(f"PREFIX {name}: <{PREDECLARED[name]}>" for name in missing)
    return line + "\n" + query, 1


def short_error(message: str, added_lines: int = 0) -> str:
    """The parser's message as "line L, column C: expected one of ..." (character ranges left out), with the line
    counted in the query as sent (``added_lines`` of predeclared prefixes taken off)."""
    match = _ERROR.search(message)
    if match is None:
        return message.split("\n", 1)[0][:300]
    line, column, rest = int(match.group(1)) - added_lines, int(match.group(2)), match.group(3)
    rest = re.sub(r"\[[^\]]*\]", "", rest)  # character classes: ['A' ..= 'Z' | ...]
    rest = re.sub(r"^\s*expected\s+(one of\s+)?", "", rest)
    items = [i.strip() for i in re.findall(r'"(?:[^"\\]|\\.)*"|[^,"]+', rest.replace("\n", " ")) if i.strip()]
    notes = [i for i in items if " " in i and i[:1].isupper() and not i.startswith("expected")]
    where = f"malformed SPARQL at line {max(line, 1)}, column {column}"
    if notes:
        return f"{where}: {notes[0]}"
    expected = items
    head = "expected one of " if len(expected) > 1 else "expected "
    text = head + ", ".join(expected[:12]) + (" …" if len(expected) > 12 else "") if expected else "syntax error"
    return f"{where}: {text}"


def service_description(endpoint: str, triples: int) -> list[Triple]:
    """The SPARQL 1.1 Service Description of this endpoint (https://www.w3.org/TR/sparql11-service-description/)."""
    service, dataset, graph = Term.iri(endpoint), Term("bnode", "dataset"), Term("bnode", "defaultGraph")
    rdf_type = Term.iri(NS["rdf"] + "type")

    def sd(name: str) -> Term:
        return Term.iri(_SD + name)

    out: list[Triple] = [
        (service, rdf_type, sd("Service")),
        (service, sd("endpoint"), service),
        (service, sd("supportedLanguage"), sd("SPARQL11Query")),
        (service, sd("feature"), sd("UnionDefaultGraph")),
        (service, sd("defaultDataset"), dataset),
        (dataset, rdf_type, sd("Dataset")),
        (dataset, sd("defaultGraph"), graph),
        (graph, rdf_type, sd("Graph")),
        (graph, Term.iri(NS["void"] + "triples"), Term.literal(str(triples), datatype=XSD_INTEGER)),
    ]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        out.append((service, sd("resultFormat"), Term.iri(_FORMATS + name)))
    return out


def examples_html(queries: list[tuple[str, str, str]]) -> str:
    """The shipped competency questions as links that load each into the form (without running it)."""
    if not queries:
        return ""
    items = "".join(
        f'<li><a href="/sparql?example={esc(quote(name, safe=""))}">{esc(question)}</a></li>'
        for name, question, _ in queries
    )
    prefixes = " ".join(f"<code>{esc(p)}:</code>" for p in PREDECLARED)
    return (
        f"<p class=meta>Predeclared prefixes (added when a query uses them undeclared): {prefixes}</p>"
        f"<h2>Examples</h2><ol class=examples>{items}</ol>"
    )


def downloads_html(query: str, graph: bool) -> str:
    """Links to the same result as CSV and JSON (SELECT/ASK) or as Turtle and JSON-LD (CONSTRUCT/DESCRIBE)."""
    formats = (("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples")) if graph else (
        ("csv", "CSV"), ("json", "JSON"), ("tsv", "TSV"))
    base = "/sparql?query=" + quote(query, safe="")
    links = " · ".join(f'<a href="{esc(base)}&amp;format={f}" download>{name}</a>' for f, name in formats)
    return f'<p class="download">Download: {links}</p>'
