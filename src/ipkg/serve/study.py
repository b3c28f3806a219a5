"""The study page (a summary card, the abstract with its evidence sentences highlighted, the findings as cards, a
diagram of the connections, authors collapsed) and the finding page.

The card shows what the graph holds and nothing else: design (with ``ipkg:designEvidence`` and
``ipkg:designConfidence`` when present), size, phase, blinding, control, arms with their sizes, population, species
by name, what was tested (``ipkg:testedIntervention``, ``ipkg:studiedCondition``, ``ipkg:comparator`` when present,
else the arms' interventions) and what was found (the findings with their polarity).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from ..store.base import RDF_TYPE, RDFS_LABEL, QueryResult, Term, Triple
from ..vocab import IPKG_NS, NS
from .cards import POLARITY_COLOURS, FindingRow, finding_card, polarity
from .pages import Linker, esc, layout, table, term_html

__all__ = ["study_page", "finding_page", "arms_query", "labels_of", "TAXON_NAMES", "alternates"]

_DCT, _BIBO, _DC = NS["dcterms"], NS["bibo"], NS["dc"]
#: names of the NCBI Taxonomy classes the design stage writes, used when the graph holds no label for them
TAXON_NAMES = {
    f"{NS['obo']}NCBITaxon_{taxon}": name
    for taxon, name in (
        (9606, "human"), (10090, "mouse"), (10116, "rat"), (10141, "guinea pig"), (9544, "rhesus macaque"),
        (7955, "zebrafish"), (7227, "fruit fly"), (6239, "Caenorhabditis elegans"), (9823, "pig"), (9615, "dog"),
        (9685, "cat"), (9986, "rabbit"), (10036, "golden hamster"),
    )
}
#: card rows: (title, property local name); values are shown with their labels
_CARD = (
    ("Design evidence", "designEvidence"),
    ("Design confidence", "designConfidence"),
    ("Participants (n)", "sampleSize"),
    ("Phase", "trialPhase"),
    ("Randomised", "randomized"),
    ("Blinding", "blinding"),
    ("Control", "controlType"),
    ("Centres", "centreCount"),
    ("Allocation", "allocationRatio"),
    ("Duration", "duration"),
    ("Population", "population"),
    ("Species", "species"),
    ("Animal model", "animalModel"),
    ("Studies pooled", "studiesPooled"),
    ("Tested", "testedIntervention"),
    ("Condition", "studiedCondition"),
    ("Comparator", "comparator"),
    ("Primary outcome", "primaryOutcome"),
)
#: properties the page shows in its own places, left out of the "all properties" table
_SHOWN = {RDF_TYPE, _DCT + "abstract", _DC + "creator", _DCT + "title"} | {IPKG_NS + p for _, p in _CARD}


def labels_of(triples: Sequence[Triple]) -> dict[str, str]:
    """``rdfs:label`` / ``dcterms:title`` of the nodes of a description, plus species names."""
    labels = dict(TAXON_NAMES)
    for s, p, o in triples:
        if p.value in (RDFS_LABEL, _DCT + "title") and o.kind == "literal":
            if s.value not in labels or s.value in TAXON_NAMES:
                labels[s.value] = o.value
    return labels


def arms_query(study: str) -> str:
    """The arms and subgroups of a study with size, intervention and parent."""
    ipkg, rdfs = IPKG_NS, NS["rdfs"]
    return f"""SELECT ?arm ?l ?n ?int ?il ?pl ?parent WHERE {{
  <{study}> <{ipkg}hasArm> ?top . ?top <{ipkg}hasSubgroup>* ?arm .
  OPTIONAL {{ ?arm <{rdfs}label> ?l }} OPTIONAL {{ ?arm <{ipkg}armSize> ?n }}
  OPTIONAL {{ ?arm <{ipkg}armIntervention> ?int OPTIONAL {{ ?int <{rdfs}label> ?il }} }}
  OPTIONAL {{ ?arm <{ipkg}placeboArm> ?pl }} OPTIONAL {{ ?parent <{ipkg}hasSubgroup> ?arm }}
}} ORDER BY ?arm"""


def _values(out: Sequence[Triple], predicate: str) -> list[Term]:
    return sorted({o for _, p, o in out if p.value == predicate}, key=lambda t: t.value)


def _show(term: Term, linker: Linker, labels: dict[str, str]) -> str:
    if term.kind == "uri":
        return linker.link(term.value, labels.get(term.value))
    if term.datatype and term.datatype.endswith("#boolean"):
        return "yes" if term.value in ("true", "1") else "no"
    return esc(term.value)


def _arms(result: QueryResult | None, linker: Linker) -> str:
    if result is None or not result.rows:
        return ""
    rows, seen = [], set()
    for r in result.rows:
        arm = r["arm"].value
        if arm in seen:
            continue
        seen.add(arm)
        indent = "&nbsp;&nbsp;↳ " if "parent" in r else ""
        what = linker.link(r["int"].value, r["il"].value if "il" in r else None) if "int" in r else ""
        placebo = "placebo" if "pl" in r and r["pl"].value in ("true", "1") else ""
        rows.append((indent + esc(r["l"].value if "l" in r else arm.rsplit("/", 1)[-1]),
                     esc(r["n"].value) if "n" in r else "", what or esc(placebo)))
    return "<h3>Arms</h3>" + table(["arm", "n", "intervention"], rows)


def _tested(arms: QueryResult | None, findings: Sequence[FindingRow]) -> list[tuple[str, str]]:
    """``(IRI, label)`` of the interventions of the arms, else the subjects of the study's ``treats`` findings."""
    found: dict[str, str] = {}
    for r in arms.rows if arms is not None else []:
        if "int" in r:
            found.setdefault(r["int"].value, r["il"].value if "il" in r else r["int"].value)
    if not found:
        for f in findings:
            if f.relation in ("treats", "potentiates") and not f.negated and f.subject.kind == "uri":
                found.setdefault(f.subject.value, f.subject_label or f.subject.value)
    return sorted(found.items(), key=lambda item: item[1].lower())


def _highlighted(abstract: str, findings: Sequence[FindingRow]) -> str:
    """The abstract, escaped, with each evidence sentence of a finding drawn from it wrapped in ``<mark>``."""
    spans: dict[tuple[int, int], list[FindingRow]] = {}
    for row in findings:
        if row.passage not in (None, "abstract") or not row.evidence:
            continue
        start, end = row.start, row.end
        if start is None or end is None or abstract[start:end] != row.evidence:
            start = abstract.find(row.evidence)  # offsets of another normalisation: find the sentence itself
            end = start + len(row.evidence)
        if start >= 0:
            spans.setdefault((start, end), []).append(row)
    out, at = [], 0
    for (start, end), rows in sorted(spans.items()):
        if start < at:  # overlapping sentences: the first one wins
            continue
        kind = polarity(rows[0])
        title = "; ".join(f"{r.subject_label or ''} {r.relation} {r.object_label or ''}".strip() for r in rows)
        target = rows[0].iri.rsplit("/", 1)[-1]
        out.append(esc(abstract[at:start]))
        out.append(
            f'<a class="mark" href="#f-{esc(target)}"><mark style="border-bottom-color:{POLARITY_COLOURS[kind]}" '
            f'title="{esc(title)}">{esc(abstract[start:end])}</mark></a>'
        )
        at = end
    out.append(esc(abstract[at:]))
    return "".join(out)


def alternates() -> str:
    """Links to the RDF forms of the page."""
    links = " · ".join(
        f'<a href="?format={f}">{name}</a>'
        for f, name in (("ttl", "Turtle"), ("nt", "N-Triples"), ("jsonld", "JSON-LD"), ("rdf", "RDF/XML"))
    )
    return f'<p class="alt">This description as {links}</p>'


def study_page(
    iri: str,
    triples: Sequence[Triple],
    findings: Sequence[FindingRow],
    arms: QueryResult | None,
    linker: Linker,
    *,
    label: str,
    diagram: str = "",
) -> str:
    """The page of a study from its description (``Store.describe(iri, labels=True)``), findings and arms."""
    labels = labels_of(triples)
    out = [t for t in triples if t[0].value == iri]
    types = [o.value for _, p, o in out if p.value == RDF_TYPE and o.value != IPKG_NS + "Study"]
    design = ", ".join(linker.link(t, labels.get(t, t.rsplit("#", 1)[-1])) for t in sorted(types)) or "not stated"
    card = [f"<tr><th>Design</th><td>{design}</td></tr>"]
    for title, name in _CARD:
        values = _values(out, IPKG_NS + name)
        if values:
            card.append(f"<tr><th>{esc(title)}</th><td>{', '.join(_show(v, linker, labels) for v in values)}</td></tr>")
    if not _values(out, IPKG_NS + "testedIntervention"):
        tested = _tested(arms, findings)
        if tested:
            links = ", ".join(linker.link(i, label) for i, label in tested)
            source = '<span class="meta">(arms and "treats" findings)</span>'
            card.append(f"<tr><th>Tested</th><td>{links} {source}</td></tr>")
    if findings:
        found = "".join(
            f'<li><a href="#f-{esc(r.iri.rsplit("/", 1)[-1])}" style="color:{POLARITY_COLOURS[polarity(r)]}">'
            f"{esc(r.subject_label or 'this study')} {esc(r.relation)} {esc(r.object_label or 'this study')}"
            f"</a>{' <span class=tag>negated</span>' if r.negated else ''}</li>"
            for r in findings[:12]
        )
        more = f"<li>… {len(findings) - 12} more below</li>" if len(findings) > 12 else ""
        card.append(f"<tr><th>Found</th><td><ul class=found>{found}{more}</ul></td></tr>")
    ids = []
    for term in _values(out, _BIBO + "doi"):
        url = "https://doi.org/" + quote(term.value, safe="/:;()._-")
        ids.append(f'DOI <a class="doi" href="{esc(url)}">{esc(term.value)}</a>')
    for term in _values(out, _BIBO + "pmid"):
        if term.value.isdigit():
            ids.append(f'PubMed <a href="https://pubmed.ncbi.nlm.nih.gov/{esc(term.value)}/">{esc(term.value)}</a>')
    journal = [esc(t.value) for t in _values(out, IPKG_NS + "journalTitle") + _values(out, _DCT + "issued")]
    source = [esc(t.value) for t in _values(out, IPKG_NS + "sourceFile")]
    parts = [
        f"<h1>{esc(label)}</h1>",
        f'<div class="iri">{esc(iri)}</div>',
        f'<p class="byline">{" · ".join(journal + ids)}{" · file " + source[0] if source else ""}</p>',
    ]
    authors = [t.value for t in _values(out, _DC + "creator")]
    if authors:
        first = ", ".join(authors[:3]) + (" et al." if len(authors) > 3 else "")
        parts.append(
            f'<details class="authors"><summary>{esc(first)} ({len(authors)} author{"s" if len(authors) > 1 else ""})'
            f"</summary>{esc(', '.join(authors))}</details>"
        )
    parts.append(f'<section class="card"><table>{"".join(card)}</table>{_arms(arms, linker)}</section>')
    if diagram:
        parts.append("<h2>Connections</h2>" + diagram)
    for term in _values(out, _DCT + "abstract"):
        lang = f' lang="{esc(term.lang)}"' if term.lang else ""
        parts.append(f'<h2>Abstract</h2><p class="abstract"{lang}>{_highlighted(term.value, findings)}</p>')
    if findings:
        parts.append(f"<h2>Findings ({len(findings)})</h2>")
        parts += [finding_card(r, linker, show_study=False, labels=labels, anchor=True) for r in findings]
    rest = [(linker.link(p.value), term_html(o, linker, labels)) for _, p, o in out if p.value not in _SHOWN]
    if rest:
        parts.append(
            f"<details><summary>All properties ({len(rest)})</summary>{table(['property', 'value'], rest)}</details>"
        )
    parts.append(alternates())
    return layout(label, "\n".join(parts))


def _in_context(row: FindingRow, linker: Linker) -> str:
    """A link to the sentence highlighted in the study's abstract (the anchor of the finding's card there)."""
    target = linker.href(row.study) if row.study else None
    if not target:
        return ""
    return f' (<a href="{esc(target)}#f-{esc(row.iri.rsplit("/", 1)[-1])}">see it in the abstract</a>)'


def finding_page(iri: str, triples: Sequence[Triple], row: FindingRow | None, linker: Linker, study_label: str) -> str:
    """The page of a finding: its card, the study it comes from, its properties."""
    labels = labels_of(triples)
    if row is not None and row.study:
        labels[row.study] = study_label
    out = [t for t in triples if t[0].value == iri]
    heading = (
        f"{row.subject_label or 'the study'} {row.relation} {row.object_label or 'the study'}" if row else "Finding"
    )
    parts = [f"<h1>{esc(heading)}</h1>", f'<div class="iri">{esc(iri)}</div>']
    if row is not None:
        parts.append(finding_card(row, linker, show_study=True, labels=labels))
        if row.start is not None:
            parts.append(
                f'<p class="meta">Sentence at characters {row.start}–{row.end} of the {esc(row.passage or "abstract")}'
                f"{_in_context(row, linker)}.</p>"
            )
    rows = [(linker.link(p.value), term_html(o, linker, labels)) for _, p, o in out if p.value != RDF_TYPE]
    parts.append("<h2>Properties</h2>" + table(["property", "value"], rows))
    parts.append(alternates())
    return layout(heading, "\n".join(parts))
