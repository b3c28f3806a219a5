"""HTTP content negotiation: pick the best offered media type for an ``Accept`` header (RFC 9110 §12.5.1).

>>> choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ["text/turtle", "text/html"])
'text/html'
>>> choose("*/*", ["text/turtle", "text/html"])
'text/turtle'
>>> choose("image/png", ["text/turtle"]) is None
True
"""

from __future__ import annotations

__all__ = ["parse_accept", "choose", "FORMAT_PARAMS", "media_for_format"]

#: ``?format=`` values and the media type each one stands for
FORMAT_PARAMS: dict[str, str] = {
    "html": "text/html",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdf": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "owl": "application/rdf+xml",
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


def media_for_format(value: str | None) -> str | None:
    """The media type of a ``?format=`` value (a media type is accepted as is), or ``None``."""
    if not value:
        return None
    value = value.strip().lower()
    return value if "/" in value else FORMAT_PARAMS.get(value)


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """``(media range, q, position)`` entries of an Accept header; an absent header means ``*/*``."""
    if not header or not header.strip():
        return [("*/*", 1.0, 0)]
    entries = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media or "/" not in media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        entries.append((media, q, position))
    return entries or [("*/*", 1.0, 0)]


def _match(offered: str, media_range: str) -> int:
    """Specificity of ``media_range`` for ``offered``: 3 exact, 2 ``type/*``, 1 ``*/*``, 0 no match."""
    if media_range == offered:
        return 3
    kind, _, _ = offered.partition("/")
    if media_range == f"{kind}/*":
        return 2
    if media_range == "*/*":
        return 1
    return 0


def choose(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers (ties go to the earlier offer), or ``None`` (send 406)."""
    entries = parse_accept(accept)
    best: tuple[float, int, int] | None = None
    chosen = None
    for rank, media in enumerate(offered):
        # the most specific range that matches decides this type's quality
        matches = [(spec, q) for r, q, _ in entries if (spec := _match(media, r))]
        if not matches:
            continue
        _, q = max(matches)
        if q <= 0:
            continue
        key = (q, -rank, 0)
        if best is None or key > best:
            best, chosen = key, media
    return chosen
