"""A picture of the connections, drawn on the server as inline SVG (no script, no library, works offline):
interventions on the left, immune cells / cytokines / pathways in the middle, disorders and phenotypes on the
right; one edge per (subject, relation, object) of the findings, coloured by polarity (dashed when hedged, grey
when denied), its width growing with the number of findings; every node links to its page.

The layout is deterministic: nodes of a column sorted by their number of findings, then label, then IRI.

>>> edge = Edge("http://e/drug", "treats", "http://e/mdd", "benefit", False, 2)
>>> classes = {"http://e/drug": "Intervention", "http://e/mdd": "Disorder"}
>>> svg = connections_svg([edge], classes, {"http://e/mdd": "depression"}, lambda i: "/x")
>>> svg.count("<a href="), "treats" in svg
(2, True)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from .cards import POLARITY_COLOURS, Edge
from .pages import esc

__all__ = ["connections_svg", "COLUMN_OF_CLASS"]

#: the column of each entity class: 0 interventions, 1 mediators, 2 conditions
COLUMN_OF_CLASS = {
    "Intervention": 0,
    "ImmuneCell": 1,
    "Cytokine": 1,
    "Pathway": 1,
    "Disorder": 2,
    "Phenotype": 2,
    "Exposure": 0,  # an experimental exposure is a cause, drawn with the interventions
}
_HEADINGS = ("Interventions", "Cells, cytokines, pathways", "Disorders, phenotypes")
#: nodes per column at most (the rest are counted under the column)
MAX_NODES = 12
_WIDTH, _NODE_W, _NODE_H, _GAP, _TOP = 780, 200, 26, 12, 44
_X = (10, 290, 570)


def _short(text: str, size: int = 28) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def connections_svg(
    edges_in: Sequence[Edge],
    classes: dict[str, str],
    labels: dict[str, str],
    href: Callable[[str], str | None],
    *,
    focus: str | None = None,
) -> str:
    """The SVG of the connections ``edges_in``; ``classes`` maps a concept IRI to its entity class (others are left
    out), ``labels`` names the nodes, ``href`` gives each node's link, ``focus`` is drawn highlighted. Empty string
    when nothing can be drawn."""
    edges: Counter[tuple[str, str, str, str, bool]] = Counter()
    for e in edges_in:
        if e.subject in classes and e.object in classes and e.subject != e.object:
            edges[(e.subject, e.relation, e.object, e.polarity, e.hedged)] += e.count
    if not edges:
        return ""
    labels = {n: labels.get(n) or n.rsplit("/", 1)[-1] for e in edges for n in (e[0], e[2])}
    degree: Counter[str] = Counter()
    for (s, _, o, _, _), n in edges.items():
        degree[s] += n
        degree[o] += n
    columns: list[list[str]] = [[], [], []]
    for node in sorted(degree, key=lambda n: (n != focus, -degree[n], labels[n].lower(), n)):
        columns[COLUMN_OF_CLASS[classes[node]]].append(node)
    hidden = [max(0, len(c) - MAX_NODES) for c in columns]
    columns = [c[:MAX_NODES] for c in columns]
    where: dict[str, tuple[int, int]] = {}
    for col, nodes in enumerate(columns):
        for i, node in enumerate(nodes):
            where[node] = (col, _TOP + i * (_NODE_H + _GAP))
    rows_needed = max(len(c) + (1 if h else 0) for c, h in zip(columns, hidden, strict=True))
    below = _TOP + (len(columns[1]) + (1 if hidden[1] else 0)) * (_NODE_H + _GAP)
    skips = sorted({(s, o) for (s, _, o, _, _) in edges if s in where and o in where
                    and abs(where[s][0] - where[o][0]) == 2})
    height = max(_TOP + rows_needed * (_NODE_H + _GAP), below + 8 * len(skips) + 20) + 30
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" role="img" aria-label="connections between the concepts">',
        "<defs>"
        + "".join(
            f'<marker id="arrow-{k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" '
            'markerUnits="userSpaceOnUse" '
            f'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{c}"/></marker>'
            for k, c in POLARITY_COLOURS.items()
        )
        + "</defs>",
    ]
    for col, heading in enumerate(_HEADINGS):
        out.append(f'<text x="{_X[col]}" y="20" class="dh">{esc(heading)}</text>')
    for (s, relation, o, kind, hedged), n in sorted(edges.items()):
        if s not in where or o not in where:
            continue
        (cs, ys), (co, yo) = where[s], where[o]
        y1, y2 = ys + _NODE_H / 2, yo + _NODE_H / 2
        if cs == co:  # same column: an arc on the right of the nodes
            x = _X[cs] + _NODE_W
            path = f"M{x},{y1} C{x + 60},{y1} {x + 60},{y2} {x},{y2}"
        elif abs(cs - co) == 2 and columns[1]:  # interventions to conditions: under the middle column
            x1, x2 = (_X[cs] + _NODE_W, _X[co]) if cs < co else (_X[cs], _X[co] + _NODE_W)
            lowest = below + 8 * (1 + skips.index((s, o)))  # where the curve's middle passes, one lane each
            low = (lowest - (y1 + y2) / 8) / 0.75  # a cubic's midpoint is y1/8 + 3/8 c1 + 3/8 c2 + y2/8
            path = f"M{x1},{y1} C{x1 + 90},{low:g} {x2 - 90 if cs < co else x2 + 90},{low:g} {x2},{y2}"
        else:
            x1, x2 = (_X[cs] + _NODE_W, _X[co]) if cs < co else (_X[cs], _X[co] + _NODE_W)
            mid = (x1 + x2) / 2
            path = f"M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}"
        dash = ' stroke-dasharray="5 4"' if hedged or kind == "denied" else ""
        width = min(1.5 + n, 6)
        title = f"{labels[s]} {relation} {labels[o]}: {n} finding{'s' if n != 1 else ''}"
        out.append(
            f'<path d="{path}" fill="none" stroke="{POLARITY_COLOURS[kind]}" stroke-width="{width:g}"{dash} '
            f'marker-end="url(#arrow-{kind})" class="edge"><title>{esc(title)}</title></path>'
        )
    for node, (col, y) in sorted(where.items(), key=lambda item: item[1]):
        target = href(node)
        cls = "node focus" if node == focus else "node"
        box = (
            f'<rect x="{_X[col]}" y="{y}" width="{_NODE_W}" height="{_NODE_H}" rx="5" class="{cls}"/>'
            f'<text x="{_X[col] + 8}" y="{y + 17}">{esc(_short(labels[node]))}</text>'
            f"<title>{esc(labels[node])} ({esc(classes[node])})</title>"
        )
        out.append(f'<a href="{esc(target)}">{box}</a>' if target else f"<g>{box}</g>")
    for col, more in enumerate(hidden):
        if more:
            y = _TOP + len(columns[col]) * (_NODE_H + _GAP) + 16
            out.append(f'<text x="{_X[col] + 8}" y="{y}" class="more">+ {more} more</text>')
    out.append("</svg>")
    legend = " ".join(
        f'<span class="lg"><i style="background:{c}"></i>{esc(k)}</span>' for k, c in POLARITY_COLOURS.items()
    )
    caption = f"<figcaption>{legend} · dashed: hedged or denied</figcaption>"
    return f'<figure class="connections">{"".join(out)}{caption}</figure>'
