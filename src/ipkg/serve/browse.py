"""Lists a reader browses: the landing page, search results, all studies, the concepts of a class, a concept's
page. Every list is paged and says how much it shows ("50 of 7,230"); nothing is cut silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

from ..store.base import RDF_TYPE, Triple
from .cards import FindingRow, finding_card
from .index import ENTITY_CLASSES, ConceptEntry, SiteIndex, StudyEntry
from .pages import Linker, esc, layout, sparql_link
from .study import alternates, labels_of

__all__ = [
    "PER_PAGE",
    "page_of",
    "pager",
    "landing_page",
    "search_page",
    "studies_page",
    "concepts_page",
    "concept_page",
    "search_box",
]

#: items per page of every list
PER_PAGE = 50
_PLURAL = {
    "Disorder": "disorders",
    "Intervention": "interventions",
    "ImmuneCell": "immune cells",
    "Pathway": "pathways",
    "Cytokine": "cytokines",
    "Phenotype": "phenotypes",
    "Exposure": "exposures",
}
_SORTS = (("year", "newest first"), ("title", "title"))


def page_of(items: Sequence, page: int, per_page: int = PER_PAGE) -> tuple[Sequence, int]:
    """The items of page ``page`` (1-based, clamped to the pages there are) and the page number used."""
    last = max(1, -(-len(items) // per_page))
    page = min(max(1, page), last)
    return items[(page - 1) * per_page : page * per_page], page


def pager(
    path: str, params: dict[str, str], page: int, total: int, per_page: int = PER_PAGE, noun: str = "",
    key: str = "page",
) -> str:
    """"51–100 of 7,230 studies" with links to the previous and next pages (``params`` kept, page in ``key``)."""
    if total == 0:
        return f'<p class="pager">No {esc(noun or "results")}.</p>'
    first, last = (page - 1) * per_page + 1, min(page * per_page, total)
    links = []
    if page > 1:
        links.append(f'<a rel="prev" href="{esc(path + "?" + urlencode({**params, key: page - 1}))}">‹ previous</a>')
    if last < total:
        links.append(f'<a rel="next" href="{esc(path + "?" + urlencode({**params, key: page + 1}))}">next ›</a>')
    shown = f"{first:,}–{last:,}" if total > per_page else f"{last:,}"
    return f'<p class="pager"><b>{shown}</b> of <b>{total:,}</b> {esc(noun)} {" · ".join(links)}</p>'


def search_box(query: str = "") -> str:
    """The search form (titles and concept labels)."""
    return (
        '<form class="search" method="get" action="/search" role="search">'
        f'<input type="search" name="q" value="{esc(query)}" placeholder="Search titles and concepts: ketamine, '
        'interleukin 6, microglia …" aria-label="search" size="50"> <button type="submit">Search</button></form>'
    )


def _sort_links(path: str, params: dict[str, str], sort: str) -> str:
    links = [
        f"<b>{esc(label)}</b>" if key == sort
        else f'<a href="{esc(path + "?" + urlencode({**params, "sort": key}))}">{esc(label)}</a>'
        for key, label in _SORTS
    ]
    return '<span class="sort">sort: ' + " · ".join(links) + "</span>"


def _study_items(studies: Sequence[StudyEntry], linker: Linker) -> str:
    items = []
    for s in studies:
        meta = " · ".join(x for x in (s.year, s.design, f"n = {s.size}" if s.size else "") if x)
        cls = "" if s.titled else ' class="untitled"'
        items.append(f"<li{cls}>{linker.link(s.iri, s.label)} <span class=meta>{esc(meta)}</span></li>")
    return f'<ol class="studies">{"".join(items)}</ol>'


def _concept_items(concepts: Sequence[ConceptEntry], linker: Linker) -> str:
    items = "".join(
        f"<li>{linker.link(c.iri, c.label)} <span class=meta>{esc(', '.join(c.classes))} · "
        f"{c.studies:,} stud{'ies' if c.studies != 1 else 'y'}</span></li>"
        for c in concepts
    )
    return f'<ul class="concepts">{items}</ul>'


def landing_page(
    index: SiteIndex,
    counts: Sequence[tuple[str, str, int]],
    queries: Sequence[tuple[str, str, str]],
    triples: int,
    linker: Linker,
    downloads: Sequence[tuple[str, str, int]] = (),
) -> str:
    """The landing page: search, counts (each a link to its list), competency questions, newest studies, downloads.

    :param counts: ``(class local name, plural label, instances)``
    :param queries: ``(file name, question, query text)``
    :param downloads: ``(URL, file name, bytes)``
    """
    boxes = []
    for kind, label, n in counts:
        href = "/studies" if kind == "Study" else f"/concepts?class={kind}" if kind in ENTITY_CLASSES else None
        inner = f'<a href="{esc(href)}">{esc(label)}</a>' if href else esc(label)
        boxes.append(f'<div class="count"><b>{n:,}</b>{inner}</div>')
    newest = index.ordered("year")
    shown, _ = page_of(newest, 1)
    parts = [
        "<h1>The immunopsychiatry knowledge graph</h1>",
        f"<p>{triples:,} triples drawn from biomedical abstracts: studies, their findings with the sentences they "
        "came from, and the disorders, interventions, immune cells, pathways and cytokines they mention.</p>",
        search_box(),
        f'<div class="counts">{"".join(boxes)}</div>' if boxes else "<p>The store is empty.</p>",
    ]
    if downloads:
        files = " · ".join(
            f'<a href="{esc(url)}" download>{esc(name)}</a> ({size / 1e6:,.1f} MB)' for url, name, size in downloads
        )
        parts.append(f'<p class="download">Download the graph: {files} · <a href="/.well-known/void">VoID</a></p>')
    parts.append("<h2>Competency questions</h2>")
    if queries:
        items = "".join(
            f'<li><a href="{esc(sparql_link(text))}">{esc(question)}</a> <span class="iri">{esc(name)}</span></li>'
            for name, question, text in queries
        )
        parts.append(f"<ol>{items}</ol>")
    else:
        parts.append('<p>No competency queries are shipped yet; try the <a href="/sparql">SPARQL endpoint</a>.</p>')
    if index.studies:
        parts.append("<h2>Newest studies</h2>" + pager("/studies", {}, 1, len(newest), noun="studies"))
        parts.append(_study_items(shown, linker) + '<p><a href="/studies">All studies ›</a></p>')
    return layout("ipkg", "\n".join(parts))


def search_page(index: SiteIndex, query: str, page: int, sort: str, linker: Linker) -> str:
    """Search results: matching concepts (first 20, most mentioned first), then the matching studies, paged."""
    studies = index.search_studies(query, sort) if query.strip() else []
    concepts = index.search_concepts(query) if query.strip() else []
    shown, page = page_of(studies, page)
    params = {"q": query, "sort": sort}
    parts = [f"<h1>Search{': ' + esc(query) if query else ''}</h1>", search_box(query)]
    if query.strip():
        parts.append(f"<h2>Concepts ({len(concepts):,})</h2>")
        parts.append(_concept_items(concepts[:20], linker) if concepts else "<p>No concept label matches.</p>")
        if len(concepts) > 20:
            parts.append(f'<p class="note">The 20 most mentioned of {len(concepts):,} are listed.</p>')
        parts.append(f"<h2>Studies ({len(studies):,})</h2>")
        parts.append(pager("/search", params, page, len(studies), noun="studies"))
        parts.append(_sort_links("/search", {"q": query}, sort))
        parts.append(_study_items(shown, linker))
    return layout(f"Search {query}" if query else "Search", "\n".join(parts))


def studies_page(index: SiteIndex, page: int, sort: str, linker: Linker) -> str:
    """All studies, paged and sorted."""
    studies = index.ordered(sort)
    shown, page = page_of(studies, page)
    parts = [
        "<h1>Studies</h1>",
        search_box(),
        pager("/studies", {"sort": sort}, page, len(studies), noun="studies") + _sort_links("/studies", {}, sort),
        _study_items(shown, linker),
        pager("/studies", {"sort": sort}, page, len(studies), noun="studies"),
    ]
    return layout("Studies", "\n".join(parts))


def concepts_page(index: SiteIndex, kind: str, page: int, linker: Linker) -> str:
    """The concepts of one entity class, most mentioned first, paged."""
    concepts = index.concepts_of(kind)
    shown, page = page_of(concepts, page)
    noun = _PLURAL.get(kind, "concepts")
    parts = [
        f"<h1>{esc(noun.capitalize())}</h1>",
        search_box(),
        pager("/concepts", {"class": kind}, page, len(concepts), noun=noun),
        _concept_items(shown, linker),
    ]
    return layout(noun.capitalize(), "\n".join(parts))


def concept_page(
    iri: str,
    triples: Sequence[Triple],
    entry: ConceptEntry | None,
    studies: Sequence[StudyEntry],
    study_page_no: int,
    findings: Sequence[FindingRow],
    findings_total: int,
    findings_page_no: int,
    linker: Linker,
    *,
    path: str,
    params: dict[str, str],
    sort: str,
    diagram: str = "",
    findings_query: str = "",
) -> str:
    """A concept's page: label, classes, link out, the studies that mention it and the findings that involve it
    (both paged), and the diagram of its connections."""
    labels = labels_of(triples)
    label = (entry.label if entry else None) or labels.get(iri) or iri.rsplit("/", 1)[-1]
    kinds = (entry.classes if entry else []) or sorted(
        o.value.rsplit("#", 1)[-1] for s, p, o in triples if s.value == iri and p.value == RDF_TYPE
    )
    parts = [
        f"<h1>{esc(label)}</h1>",
        f'<div class="iri">{esc(iri)}</div>',
        "<p>" + " ".join(f'<span class="tag cls">{esc(k)}</span>' for k in kinds)
        + (f' · source: <a class="out" href="{esc(iri)}">{esc(linker.compact(iri))}</a>'
           if iri.startswith(("http://", "https://")) and not iri.startswith(linker.base_iri) else "")
        + "</p>",
    ]
    if diagram:
        parts.append("<h2>Connections</h2>" + diagram)
    parts.append(f"<h2>Findings involving it ({findings_total:,})</h2>")
    if findings_total:
        keep = {**params, "sort": sort, "page": str(study_page_no)}
        parts.append(pager(path, keep, findings_page_no, findings_total, noun="findings", key="fpage"))
        parts += [finding_card(r, linker, labels=labels) for r in findings]
        if findings_query:
            parts.append(f'<p><a href="{esc(sparql_link(findings_query))}">All of them in SPARQL</a></p>')
    total = entry.studies if entry else len(studies)
    parts.append(f"<h2>Studies that mention it ({total:,})</h2>")
    keep = {**params, "sort": sort, "fpage": str(findings_page_no)}
    parts.append(pager(path, keep, study_page_no, total, noun="studies") + _sort_links(path, params, sort))
    parts.append(_study_items(studies, linker))
    parts.append(alternates())
    return layout(label, "\n".join(parts))
