"""The state behind the routes: the store (with the ontology's hierarchy added), the browser index, the query
runner, downloadable files and cached pages; and the data each HTML page needs, read from the store.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import OntologyError, StoreError
from ..store.base import RDF_TYPE, QueryResult, Store, Term, Triple
from ..vocab import IPKG, IPKG_NS, NS
from .browse import PER_PAGE, concept_page, landing_page
from .cards import (
    Edge,
    about,
    concept_path,
    edges_of_result,
    edges_of_rows,
    edges_query,
    findings_select,
    from_study,
    read_findings,
)
from .diagram import connections_svg
from .index import ENTITY_CLASSES, SiteIndex
from .ontology import OntologyDocs
from .pages import Linker
from .sparql import QueryRunner
from .study import arms_query, finding_page, study_page

__all__ = ["Site", "add_schema_to", "LANDING_CLASSES", "DOWNLOAD_TYPES"]

#: concepts whose studies, findings and diagram edges are kept in memory (the most recently viewed)
_CONCEPT_CACHE = 256

logger = logging.getLogger(__name__)

#: landing-page classes in display order, with their plural labels
LANDING_CLASSES = (
    ("Study", "studies"),
    ("Finding", "findings"),
    ("Disorder", "disorders"),
    ("Intervention", "interventions"),
    ("ImmuneCell", "immune cells"),
    ("Pathway", "pathways"),
    ("Cytokine", "cytokines"),
    ("Phenotype", "phenotypes"),
    ("Exposure", "exposures"),
    ("StudyArm", "study arms"),
)
#: media types of the files /download/ serves, by extension (``.gz``: the file is served as gzip)
DOWNLOAD_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".trig": "application/trig",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
    ".gz": "application/gzip",
}


def add_schema_to(store: Store) -> int:
    """Add the shipped ontology's hierarchy and term labels to ``store`` so the shipped queries answer on the data
    alone (:func:`ipkg.query.add_schema`). Remote stores are left alone. Returns the triples added (0 if none)."""
    from ..query import schema_triples
    from ..store.memory import MemoryStore
    from ..store.oxigraph import OxigraphStore

    try:
        if isinstance(store, OxigraphStore):
            from ..query import add_schema

            return add_schema(store.raw)
        if isinstance(store, MemoryStore):
            return store.add("".join(f"{t} .\n" for t in schema_triples()), format="ntriples")
    except (StoreError, OSError) as err:  # a read-only store: the hierarchy must be loaded into it beforehand
        logger.warning("could not add the ontology hierarchy to the store: %s", err)
    return 0


class Site:
    """Store, index, runner, downloads and cached pages of one application."""

    def __init__(
        self,
        store: Store,
        base_iri: str,
        ontology_path: Path | None,
        queries: list[tuple[str, str, str]],
        runner: QueryRunner,
        downloads: Sequence[Path] = (),
    ) -> None:
        self.store, self.base_iri, self.runner = store, base_iri, runner
        self.ontology_path, self.queries = ontology_path, queries
        self.downloads = {Path(p).name: Path(p) for p in downloads}
        self.index = SiteIndex.from_store(store)
        for order in ("year", "title"):  # warm the study orders the lists and concept pages sort by
            self.index.rank(order)
        self.linker = Linker(base_iri, self._local)
        self._ontology: OntologyDocs | None = None
        self._cache: dict[str, Any] = {}
        self._concepts: OrderedDict[str, tuple[list[int], list[str], list[Edge]]] = OrderedDict()
        self._lock = threading.Lock()

    def _local(self, iri: str) -> str | None:
        return concept_path(iri, self.base_iri) if iri in self.index.concepts else None

    def ontology(self) -> OntologyDocs:
        if self._ontology is None:
            if self.ontology_path is None:
                raise OntologyError("no ontology file is installed")
            self._ontology = OntologyDocs(self.ontology_path, self.base_iri)
        return self._ontology

    def download_list(self) -> list[tuple[str, str, int]]:
        """``(URL, name, bytes)`` of the files served under /download/."""
        return [(f"/download/{name}", name, path.stat().st_size) for name, path in sorted(self.downloads.items())
                if path.is_file()]

    def landing(self) -> str:
        with self._lock:
            if "landing" not in self._cache:
                rows = self.store.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c").rows
                found = {r["c"].value: int(r["n"].value) for r in rows if "c" in r}
                counts = [(c, label, found[IPKG[c]]) for c, label in LANDING_CLASSES if IPKG[c] in found]
                self._cache["landing"] = landing_page(
                    self.index, counts, self.queries, self.store.count(), self.linker, self.download_list()
                )
            return str(self._cache["landing"])

    # ------------------------------------------------------------------ data of the pages
    def outgoing(self, iri: str) -> list[Triple]:
        """The triples with ``iri`` as subject (a cheap look-up, also the existence check)."""
        rows = self.store.query(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}").rows
        subject = Term.iri(iri)
        return [(subject, r["p"], r["o"]) for r in rows]

    def _diagram(self, edges: Sequence[Edge], focus: str | None = None) -> str:
        concepts = self.index.concepts
        nodes = {n for e in edges for n in (e.subject, e.object) if n in concepts and concepts[n].classes}
        classes = {n: concepts[n].classes[0] for n in nodes}
        labels = {n: concepts[n].label for n in nodes}
        return connections_svg(edges, classes, labels, self.linker.href, focus=focus)

    def page_for(self, iri: str, params: dict[str, str], path: str, base: dict[str, str]) -> str | None:
        """The HTML page of ``iri`` by what it is (study, finding, concept, anything else), ``None`` when unknown."""
        out = self.outgoing(iri)
        if not out:
            return None
        types = {o.value for _, p, o in out if p.value == RDF_TYPE}
        if IPKG_NS + "Study" in types:
            return self._study(iri)
        if IPKG_NS + "Finding" in types:
            return self._finding(iri)
        if iri in self.index.concepts or types & {IPKG_NS + c for c in ENTITY_CLASSES}:
            return self._concept(iri, out, params, path, base)
        from .resource import findings_query, resource_page

        triples = self.store.describe(iri, labels=True)
        return resource_page(iri, triples, self.store.query(findings_query(iri)), self.linker)

    def _study(self, iri: str) -> str:
        triples = self.store.describe(iri, labels=True)
        findings = read_findings(self.store.query(findings_select(from_study(iri))))
        arms: QueryResult = self.store.query(arms_query(iri))
        entry = self.index.study(iri)
        label = entry.label if entry else iri.rsplit("/", 1)[-1]
        diagram = self._diagram(edges_of_rows(findings))
        return study_page(iri, triples, findings, arms, self.linker, label=label, diagram=diagram)

    def _finding(self, iri: str) -> str:
        triples = self.store.describe(iri, labels=True)
        rows = read_findings(self.store.query(findings_select(f"VALUES ?f {{ <{iri}> }}")))
        row = rows[0] if rows else None
        entry = self.index.study(row.study) if row and row.study else None
        study_label = entry.label if entry else (row.study_title or "") if row else ""
        return finding_page(iri, triples, row, self.linker, study_label)

    def _subjects(self, predicate: str, obj: str) -> list[str]:
        """IRIs of the subjects of ``?s predicate obj``: index look-ups on an Oxigraph store, else SPARQL."""
        raw = getattr(self.store, "raw", None)
        if raw is not None:
            import pyoxigraph as ox

            found = raw.quads_for_pattern(None, ox.NamedNode(predicate), ox.NamedNode(obj), None)
            return sorted({q.subject.value for q in found if isinstance(q.subject, ox.NamedNode)})
        rows = self.store.query(f"SELECT DISTINCT ?s WHERE {{ ?s <{predicate}> <{obj}> }} ORDER BY ?s").rows
        return [r["s"].value for r in rows]

    def concept_data(self, iri: str) -> tuple[list[int], list[str], list[Edge]]:
        """The studies mentioning ``iri`` (index positions), the findings about it (IRIs, sorted) and the edges of
        its diagram; the most recent concepts are kept (a popular concept at 90k studies costs ~0.3 s to read)."""
        with self._lock:
            cached = self._concepts.get(iri)
            if cached is not None:
                self._concepts.move_to_end(iri)
                return cached
        where = self.index.study_by_iri
        studies = [i for s in self._subjects(IPKG_NS + "mentions", iri) if (i := where.get(s)) is not None]
        ids = sorted(set(self._subjects(IPKG_NS + "subject", iri)) | set(self._subjects(IPKG_NS + "object", iri)))
        edges = edges_of_result(self.store.query(edges_query(iri))) if ids else []
        with self._lock:
            self._concepts[iri] = (studies, ids, edges)
            while len(self._concepts) > _CONCEPT_CACHE:
                self._concepts.popitem(last=False)
        return studies, ids, edges

    def _concept(self, iri: str, out: list[Triple], params: dict[str, str], path: str, base: dict[str, str]) -> str:
        sort = params.get("sort", "year")
        page, fpage = _int(params.get("page")), _int(params.get("fpage"))
        positions, ids, edges = self.concept_data(iri)
        rank = self.index.rank(sort)
        ordered = sorted(positions, key=rank.__getitem__)
        page = min(page, max(1, -(-len(ordered) // PER_PAGE)))
        shown = [self.index.studies[i] for i in ordered[(page - 1) * PER_PAGE : page * PER_PAGE]]
        total = len(ids)
        fpage = min(fpage, max(1, -(-total // PER_PAGE)))
        chosen = " ".join(f"<{f}>" for f in ids[(fpage - 1) * PER_PAGE : fpage * PER_PAGE])
        findings = read_findings(self.store.query(findings_select(f"VALUES ?f {{ {chosen} }}"))) if chosen else []
        named = {s.iri: s for s in shown} | {
            r.study: e for r in findings if r.study and (e := self.index.study(r.study))
        }
        title = Term.iri(NS["dcterms"] + "title")
        labels_out = out + [(Term.iri(i), title, Term.literal(e.label)) for i, e in sorted(named.items())]
        return concept_page(
            iri, labels_out, self.index.concepts.get(iri), shown, page, findings, total, fpage, self.linker,
            path=path, params=base, sort=sort, diagram=self._diagram(edges, focus=iri),
            findings_query=findings_select(about(iri)),
        )


def _int(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1
