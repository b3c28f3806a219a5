"""Findings as the browser shows them: the query that reads them (with labels, polarity, offsets and the study
they come from), finding cards, and the local URL scheme of concepts.

Concept URLs (stable; docs/publishing.md): a concept of the graph whatever its namespace has a page here,

* ``/c/obo/MONDO_0002009`` for ``http://purl.obolibrary.org/obo/MONDO_0002009`` (``obo``, ``mesh``, ``uniprot``);
* ``/id/concept/...`` for a concept minted under the data base (as every data IRI);
* ``/c?iri=<percent-encoded IRI>`` for any other namespace.

>>> concept_path("http://purl.obolibrary.org/obo/MONDO_0002009", "https://w3id.org/ipkg/id/")
'/c/obo/MONDO_0002009'
>>> concept_path("http://example.org/x y", "https://w3id.org/ipkg/id/")
'/c?iri=http%3A%2F%2Fexample.org%2Fx%20y'
>>> concept_iri("mesh", "D061218")
'http://id.nlm.nih.gov/mesh/D061218'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import quote

from ..store.base import QueryResult, Term, check_iri
from ..vocab import IPKG_NS, NS
from .pages import Linker, esc

__all__ = [
    "CONCEPT_PREFIXES",
    "concept_path",
    "concept_iri",
    "FindingRow",
    "findings_select",
    "about",
    "from_study",
    "read_findings",
    "findings_block",
    "finding_card",
    "polarity",
    "polarity_of",
    "Edge",
    "edges_query",
    "edges_of_rows",
    "edges_of_result",
    "POLARITY_COLOURS",
]

#: namespaces whose concepts get a short local path ``/c/{prefix}/{local}``
CONCEPT_PREFIXES: dict[str, str] = {"obo": NS["obo"], "mesh": NS["mesh"], "uniprot": NS["uniprot"]}
_SAFE_LOCAL = re.compile(r"^[A-Za-z0-9_.\-]+$")
#: edge and tag colours by polarity (colour-blind safe pairs: red/blue, green/orange)
POLARITY_COLOURS: dict[str, str] = {
    "increase": "#b2182b",
    "decrease": "#2166ac",
    "benefit": "#1a9850",
    "harm": "#d95f02",
    "link": "#5d6670",
    "denied": "#9aa3ad",
}
_POLARITY_TEXT = {
    "increase": "raises",
    "decrease": "lowers",
    "benefit": "helps",
    "harm": "harms",
    "link": "linked",
    "denied": "denied",
}


def concept_path(iri: str, base_iri: str) -> str:
    """The local page of a concept IRI (see the module docstring)."""
    if iri.startswith(base_iri):
        return "/id/" + iri[len(base_iri) :]
    for prefix, namespace in CONCEPT_PREFIXES.items():
        if iri.startswith(namespace) and _SAFE_LOCAL.match(iri[len(namespace) :]):
            return f"/c/{prefix}/{iri[len(namespace):]}"
    return "/c?iri=" + quote(iri, safe="")


def concept_iri(prefix: str, local: str) -> str | None:
    """The IRI behind ``/c/{prefix}/{local}``, or ``None`` when the prefix or the local name is not one of ours."""
    namespace = CONCEPT_PREFIXES.get(prefix)
    if namespace is None or not _SAFE_LOCAL.match(local):
        return None
    return namespace + local


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One finding with what its card shows."""

    iri: str
    subject: Term
    subject_label: str | None
    predicate: str
    object: Term
    object_label: str | None
    evidence: str
    negated: bool
    hedged: bool
    direction: str | None
    study: str | None
    study_title: str | None
    start: int | None
    end: int | None
    passage: str | None
    role: str | None

    @property
    def relation(self) -> str:
        """The relation's local name (``treats``, ``increases`` ...)."""
        return self.predicate.rsplit("#", 1)[-1]


def findings_select(pattern: str, limit: int | None = None, offset: int = 0, count: bool = False) -> str:
    """SPARQL reading findings ``?f`` chosen by ``pattern`` (a graph pattern binding ``?f``), or their number."""
    ipkg, prov, rdfs, dct = IPKG_NS, NS["prov"], NS["rdfs"], NS["dcterms"]
    if count:
        return f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ {pattern} ?f a <{ipkg}Finding> }}"
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    return f"""SELECT ?f ?s ?sl ?p ?o ?ol ?ev ?neg ?hed ?dir ?study ?stitle ?start ?end ?passage ?role WHERE {{
  {{ SELECT DISTINCT ?f WHERE {{ {pattern} ?f a <{ipkg}Finding> }} ORDER BY ?f{page} }}
  ?f <{ipkg}subject> ?s ; <{ipkg}predicate> ?p ; <{ipkg}object> ?o .
  OPTIONAL {{ ?f <{ipkg}evidence> ?ev }}
  OPTIONAL {{ ?s <{rdfs}label> ?sl }} OPTIONAL {{ ?o <{rdfs}label> ?ol }}
  OPTIONAL {{ ?f <{ipkg}negated> ?neg }} OPTIONAL {{ ?f <{ipkg}hedged> ?hed }}
  OPTIONAL {{ ?f <{ipkg}direction> ?dir }} OPTIONAL {{ ?f <{ipkg}sentenceRole> ?role }}
  OPTIONAL {{ ?f <{ipkg}evidenceStart> ?start }} OPTIONAL {{ ?f <{ipkg}evidenceEnd> ?end }}
  OPTIONAL {{ ?f <{ipkg}evidencePassage> ?passage }}
  OPTIONAL {{ ?f <{prov}wasDerivedFrom> ?study OPTIONAL {{ ?study <{dct}title> ?stitle }} }}
}} ORDER BY ?f"""


def about(iri: str) -> str:
    """The pattern of the findings whose subject or object is ``iri``."""
    node = f"<{check_iri(iri)}>"
    return f"{{ ?f <{IPKG_NS}subject> {node} }} UNION {{ ?f <{IPKG_NS}object> {node} }}"


def from_study(iri: str) -> str:
    """The pattern of the findings drawn from the study ``iri``."""
    return f"?f <{NS['prov']}wasDerivedFrom> <{check_iri(iri)}> ."


def _int(term: Term | None) -> int | None:
    try:
        return int(term.value) if term is not None else None
    except ValueError:
        return None


def _text(row: dict[str, Term], key: str) -> str | None:
    return row[key].value if key in row else None


def read_findings(result: QueryResult) -> list[FindingRow]:
    """Rows of :func:`findings_select` as one :class:`FindingRow` per finding, in IRI order."""
    seen: dict[str, FindingRow] = {}
    for row in result.rows:
        iri = row["f"].value
        if iri in seen:
            continue
        text = functools.partial(_text, row)
        seen[iri] = FindingRow(
            iri, row["s"], text("sl"), row["p"].value, row["o"], text("ol"), text("ev") or "",
            text("neg") in ("true", "1"), text("hed") in ("true", "1"),
            (text("dir") or "").rsplit("#", 1)[-1] or None, text("study"), text("stitle"),
            _int(row.get("start")), _int(row.get("end")), text("passage"),
            (text("role") or "").rsplit("#", 1)[-1] or None,
        )
    return list(seen.values())


def polarity(row: FindingRow) -> str:
    """``denied``, ``increase``, ``decrease``, ``benefit``, ``harm`` or ``link``: the colour of its edge and tag."""
    return polarity_of(row.relation, row.direction, row.negated)


def polarity_of(relation: str, direction: str | None, negated: bool) -> str:
    """:func:`polarity` from a relation's local name, an effect direction's local name and negation."""
    if negated:
        return "denied"
    if direction == "Increase" or relation == "increases":
        return "increase"
    if direction == "Decrease" or relation == "decreases":
        return "decrease"
    if relation in ("treats", "potentiates"):
        return "benefit"
    if relation == "hasAdverseEffect":
        return "harm"
    return "link"


def edges_query(iri: str) -> str:
    """The findings about ``iri`` grouped by (subject, relation, object, negated, hedged, direction), counted."""
    ipkg = IPKG_NS
    return f"""SELECT ?s ?p ?o ?neg ?hed ?dir (COUNT(?f) AS ?n) WHERE {{ {about(iri)}
  ?f <{ipkg}subject> ?s ; <{ipkg}predicate> ?p ; <{ipkg}object> ?o .
  OPTIONAL {{ ?f <{ipkg}negated> ?neg }} OPTIONAL {{ ?f <{ipkg}hedged> ?hed }} OPTIONAL {{ ?f <{ipkg}direction> ?dir }}
}} GROUP BY ?s ?p ?o ?neg ?hed ?dir"""


def edges_of_rows(rows: Sequence[FindingRow]) -> list[Edge]:
    """The diagram edges of some findings: one per (subject, relation, object, polarity, hedged), counted."""
    counts: dict[Edge, int] = {}
    for r in rows:
        key = Edge(r.subject.value, r.relation, r.object.value, polarity(r), r.hedged and not r.negated, 0)
        counts[key] = counts.get(key, 0) + 1
    return [e._replace(count=n) for e, n in counts.items()]


def edges_of_result(result: QueryResult) -> list[Edge]:
    """The diagram edges from the rows of :func:`edges_query`."""
    counts: dict[Edge, int] = {}
    for r in result.rows:
        negated = r.get("neg") is not None and r["neg"].value in ("true", "1")
        hedged = r.get("hed") is not None and r["hed"].value in ("true", "1")
        relation = r["p"].value.rsplit("#", 1)[-1]
        direction = r["dir"].value.rsplit("#", 1)[-1] if "dir" in r else None
        key = Edge(r["s"].value, relation, r["o"].value, polarity_of(relation, direction, negated),
                   hedged and not negated, 0)
        counts[key] = counts.get(key, 0) + int(r["n"].value)
    return [e._replace(count=n) for e, n in counts.items()]


class Edge(NamedTuple):
    """A drawn connection: subject IRI, relation, object IRI, polarity, hedged, number of findings."""

    subject: str
    relation: str
    object: str
    polarity: str
    hedged: bool
    count: int


def _node(term: Term, label: str | None, row: FindingRow, linker: Linker, labels: dict[str, str]) -> str:
    if label is None and term.value == row.study:
        label = labels.get(term.value) or row.study_title or "this study"
    return linker.link(term.value, label or labels.get(term.value)) if term.kind == "uri" else esc(term.value)


def finding_card(
    row: FindingRow, linker: Linker, *, show_study: bool = True, labels: dict[str, str] | None = None,
    anchor: bool = False,
) -> str:
    """A finding as a card: subject, relation, object, tags (polarity, negated, hedged, role), evidence, source."""
    labels = labels or {}
    kind = polarity(row)
    tags = f'<span class="tag pol" style="border-color:{POLARITY_COLOURS[kind]}">{_POLARITY_TEXT[kind]}</span>'
    if row.negated:
        tags += '<span class="tag neg">negated</span>'
    if row.hedged:
        tags += '<span class="tag hedge">hedged</span>'
    if row.direction:
        tags += f'<span class="tag">{esc(row.direction)}</span>'
    if row.role:
        tags += f'<span class="tag role">{esc(row.role)}</span>'
    source = ""
    if show_study and row.study:
        title = labels.get(row.study) or row.study_title
        source = f'<div class="src">from {linker.link(row.study, title)}</div>'
    ident = f' id="f-{esc(row.iri.rsplit("/", 1)[-1])}"' if anchor else ""
    return (
        f'<div class="finding pol-{kind}"{ident} style="border-left-color:{POLARITY_COLOURS[kind]}">'
        f"<div>{_node(row.subject, row.subject_label, row, linker, labels)} "
        f'<a class="rel" href="{esc(linker.href(row.predicate) or "")}">{esc(row.relation)}</a> '
        f"{_node(row.object, row.object_label, row, linker, labels)}{tags}</div>"
        f'<div class="evidence">“{esc(row.evidence)}”</div>'
        f'<div class="meta">{linker.link(row.iri, "finding")}{source}</div></div>'
    )


def findings_block(rows: Sequence[FindingRow], linker: Linker, **options: object) -> str:
    """Cards of several findings."""
    return "".join(finding_card(r, linker, **options) for r in rows)  # type: ignore[arg-type]
