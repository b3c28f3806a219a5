"""The machine-readable summary of a build (``kg build --report FILE.json``), written atomically.

>>> from ipkg.pipeline import BuildResult
>>> BuildResult(records_read=3, built=2)._summary()["studies"]
{'read': 3, 'built': 2, 'duplicates': 0, 'extracted': 0, 'from_cache': 0}
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

__all__ = ["BuildReportMixin", "reason_of"]

#: the format version of the report; bump when a key changes meaning (2: ``shacl.conforms`` is sh:conforms -- no
#: result at all -- and ``shacl.violation_free`` is the old meaning, no sh:Violation)
REPORT_VERSION = 2
#: quoted record text ('...', "...", curly quotes), not an apostrophe inside a word (Crohn's)
_QUOTED = re.compile(r"(?<!\w)'[^']*'(?!\w)|(?<!\w)\"[^\"]*\"(?!\w)|‘[^’]*’|“[^”]*”")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def reason_of(reason: str) -> str:
    """A skip reason as a template without its record-specific parts, for counting: quoted text becomes ``'…'``,
    parenthesised asides go (nested ones too, innermost first), numbers become ``N``.

    >>> reason_of("record has no abstract (PMID 16399150)")
    'record has no abstract'
    >>> reason_of("line 12: 3 cells, expected 9")
    'line N: N cells, expected N'
    >>> reason_of("record has no abstract (title 'On na(me) and (so)')")
    'record has no abstract'
    >>> reason_of("unknown column 'x (y' in Crohn's table")
    "unknown column '…' in Crohn's table"
    """
    text = _QUOTED.sub("'…'", reason)
    previous = None
    while previous != text:
        previous, text = text, _PARENTHESES.sub("", text)
    text = re.sub(r"\s*\(.*$", "", text)  # an aside left open by a cut-off quotation
    text = re.sub(r"\d+", "N", text.replace(")", ""))
    return re.sub(r"\s+", " ", text).strip()


class BuildReportMixin:
    """Adds :meth:`summary` and :meth:`write_report` to :class:`~ipkg.pipeline.BuildResult`."""

    def _summary(self) -> dict[str, Any]:
        r: Any = self
        report = r.report
        severities = Counter(result.severity for result in report.results) if report is not None else Counter()
        return {
            "studies": {"read": r.records_read, "built": r.built, "duplicates": len(r.duplicates),
                        "extracted": r.extracted, "from_cache": r.cached},
            "skipped": {"total": len(r.errors),
                        "by_reason": dict(sorted(Counter(reason_of(getattr(e, "reason", str(e))) for e in r.errors).items()))},
            "shacl": None if report is None else {
                "conforms": report.conforms, "violation_free": report.violation_free, "results": len(report.results),
                "by_severity": dict(sorted(severities.items())), "abstracts_checked": report.graphs_checked},
            "output": {"file": str(r.output) if r.output else None, "store": str(r.store) if r.store else None,
                       "written": r.written, "triples": r.triples},
            "jobs": r.jobs,
            "seconds": {stage: round(value, 3) for stage, value in sorted(r.seconds.items())},
        }

    def summary(self, options: Any = None) -> dict[str, Any]:
        """The report as a JSON-ready dict: counts, skips by reason, SHACL results, output and seconds per stage.

        Stage seconds are summed over worker processes (``extract``, ``rdf``, ``validate``), so with ``jobs > 1``
        they add up to more than ``total``, the wall-clock time.
        """
        out: dict[str, Any] = {"report_version": REPORT_VERSION, **self._summary()}
        if options is not None:
            out["options"] = {"format": options.fmt, "validate": options.validate, "shacl_engine": options.shacl_engine,
                              "batch_size": options.batch_size, "cache": str(options.cache) if options.cache else None}
        return out

    def write_report(self, path: str | Path, options: Any = None) -> None:
        """Write :meth:`summary` as JSON to ``path`` atomically (keys sorted, so equal builds give equal files
        but for the seconds)."""
        from .rdf.serialize import write_atomic

        text = json.dumps(self.summary(options), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        write_atomic(path, text.encode("utf-8"))
