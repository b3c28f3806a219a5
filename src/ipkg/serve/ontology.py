"""Documentation of the ontology (``/ontology``): an HTML page generated from the ontology file, plus its
Turtle and RDF/XML forms.

A small generator of our own (pyLODE was not added: it pulls a template stack for one page): ontology metadata,
then classes, object properties, datatype properties, annotation properties and named individuals, each with its
label, IRI, definition (``skos:definition``, ``obo:IAO_0000115``, ``dcterms:description`` or ``rdfs:comment``),
super-classes/properties, domain, range and mappings. Every term has an anchor ``#LocalName``, so
``https://w3id.org/ipkg/ontology#Finding`` maps to ``/ontology#Finding``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import OntologyError
from ..vocab import IPKG_NS, NS
from .pages import Linker, esc, layout

__all__ = ["OntologyDocs"]

logger = logging.getLogger(__name__)

_OWL, _RDFS, _SKOS, _DCT = NS["owl"], NS["rdfs"], NS["skos"], NS["dcterms"]
_RDF_TYPE = NS["rdf"] + "type"
#: sections of the page: (title, rdf:type of its members)
_SECTIONS = (
    ("Classes", _OWL + "Class"),
    ("Object properties", _OWL + "ObjectProperty"),
    ("Datatype properties", _OWL + "DatatypeProperty"),
    ("Annotation properties", _OWL + "AnnotationProperty"),
    ("Named individuals", _OWL + "NamedIndividual"),
)
_DEFINITIONS = (_SKOS + "definition", NS["obo"] + "IAO_0000115", _DCT + "description", _RDFS + "comment")
#: relations shown for each term: (row title, predicate)
_RELATIONS = (
    ("subclass of", _RDFS + "subClassOf"),
    ("subproperty of", _RDFS + "subPropertyOf"),
    ("domain", _RDFS + "domain"),
    ("range", _RDFS + "range"),
    ("type", _RDF_TYPE),
    ("inverse of", _OWL + "inverseOf"),
    ("exact match", _SKOS + "exactMatch"),
    ("close match", _SKOS + "closeMatch"),
    ("equivalent class", _OWL + "equivalentClass"),
    ("see also", _RDFS + "seeAlso"),
)
_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "rdfxml": ox.RdfFormat.RDF_XML, "ntriples": ox.RdfFormat.N_TRIPLES}


class OntologyDocs:
    """The ontology file, parsed once, served as HTML documentation, Turtle or RDF/XML.

    :param path: the ontology file (Turtle or RDF/XML), e.g. :func:`ipkg.resources.ontology_path`
    :raises OntologyError: when the file is missing or malformed
    """

    def __init__(self, path: Path, base_iri: str) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise OntologyError(f"{self.path}: ontology file not found")
        fmt = ox.RdfFormat.from_extension(self.path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
        try:
            self._triples = [
                ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(self.path), format=fmt)
            ]
        except (SyntaxError, OSError) as err:
            raise OntologyError(f"{self.path}: cannot parse the ontology: {err}") from err
        self._by_subject: dict[str, list[tuple[str, Any]]] = {}
        for t in self._triples:
            if isinstance(t.subject, ox.NamedNode):
                self._by_subject.setdefault(t.subject.value, []).append((t.predicate.value, t.object))
        self._linker = Linker(base_iri)
        self._cache: dict[str, bytes] = {}

    def serialize(self, fmt: str) -> bytes:
        """The ontology as ``turtle``, ``rdfxml`` or ``ntriples``."""
        if fmt not in self._cache:
            prefixes = dict(NS) if fmt != "ntriples" else None
            self._cache[fmt] = ox.serialize(self._triples, format=_FORMATS[fmt], prefixes=prefixes) or b""
        return self._cache[fmt]

    def _values(self, iri: str, predicate: str) -> list[Any]:
        return [o for p, o in self._by_subject.get(iri, []) if p == predicate]

    def _text(self, iri: str, predicates: Iterable[str]) -> str | None:
        for predicate in predicates:
            values = [o for o in self._values(iri, predicate) if isinstance(o, ox.Literal)]
            english = [o for o in values if o.language in (None, "en")]
            if english or values:
                return (english or values)[0].value
        return None

    def label(self, iri: str) -> str:
        """The term's ``rdfs:label`` (``skos:prefLabel``), or its local name."""
        return self._text(iri, (_RDFS + "label", _SKOS + "prefLabel")) or _local(iri)

    def _term_link(self, node: Any) -> str:
        if isinstance(node, ox.NamedNode):
            known = node.value in self._by_subject
            return self._linker.link(node.value, self.label(node.value) if known else None)
        if isinstance(node, ox.Literal):
            return esc(node.value)
        return '<span class="iri">(anonymous expression)</span>'

    def _entry(self, iri: str) -> str:
        anchor = _local(iri)
        parts = [f'<section id="{esc(anchor)}"><h3>{esc(self.label(iri))}</h3><div class="iri">{esc(iri)}</div>']
        definition = self._text(iri, _DEFINITIONS)
        if definition:
            parts.append(f"<p>{esc(definition)}</p>")
        rows = []
        for title, predicate in _RELATIONS:
            values = [v for v in self._values(iri, predicate) if not (predicate == _RDF_TYPE and _is_owl(v))]
            if values:
                links = ", ".join(sorted(self._term_link(v) for v in values))
                rows.append(f"<tr><th>{esc(title)}</th><td>{links}</td></tr>")
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
        parts.append("</section>")
        return "".join(parts)

    def html(self) -> str:
        """The documentation page."""
        if "html" in self._cache:
            return self._cache["html"].decode()
        onto = next(
            (s for s, pos in self._by_subject.items() if (_RDF_TYPE, ox.NamedNode(_OWL + "Ontology")) in pos), None
        )
        title = (onto and self._text(onto, (_DCT + "title", _RDFS + "label"))) or "The ipkg ontology"
        parts = [f"<h1>{esc(title)}</h1>"]
        if onto:
            parts.append(f'<div class="iri">{esc(onto)}</div>')
            description = self._text(onto, (_DCT + "description", _RDFS + "comment"))
            if description:
                parts.append(f"<p>{esc(description)}</p>")
            meta = []
            for name, predicate in (("version", _OWL + "versionInfo"), ("license", _DCT + "license")):
                meta += [f"{esc(name)}: {self._term_link(v)}" for v in self._values(onto, predicate)]
            if meta:
                parts.append("<p>" + " · ".join(meta) + "</p>")
        parts.append(
            '<p>Download: <a href="/ontology?format=ttl">Turtle</a> · <a href="/ontology?format=rdf">RDF/XML</a></p>'
        )
        toc, sections = [], []
        for heading, kind in _SECTIONS:
            members = sorted(
                (s for s, pos in self._by_subject.items() if (_RDF_TYPE, ox.NamedNode(kind)) in pos and _ours(s)),
                key=lambda s: self.label(s).lower(),
            )
            if not members:
                continue
            toc.append(f'<li><a href="#{esc(_slug(heading))}">{esc(heading)}</a> ({len(members)})</li>')
            sections.append(f'<h2 id="{esc(_slug(heading))}">{esc(heading)}</h2>')
            sections += [self._entry(s) for s in members]
        parts.append(f"<ul>{''.join(toc)}</ul>" + "".join(sections))
        page = layout(title, "\n".join(parts))
        self._cache["html"] = page.encode()
        return page


def _local(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1] or iri
    return iri


def _slug(text: str) -> str:
    return text.lower().replace(" ", "-")


def _ours(iri: str) -> bool:
    return iri.startswith(IPKG_NS)


def _is_owl(node: Any) -> bool:
    return isinstance(node, ox.NamedNode) and node.value.startswith(_OWL)
