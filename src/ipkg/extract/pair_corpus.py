"""The curated findings the pair model (:mod:`ipkg.extract.pair_model`) is trained and measured on (issue 12).

Four parts, all readable: the dev set's *read* half (``../shared/corpus/dev/gold-findings.jsonl`` less the 13
abstracts of :data:`DEV_UNREAD`, which stay unseen; its abstracts are ``corpus/dev/raw`` and the repository's
``seeds``) and the three immunopsychiatry tuning parts (``tune``, ``tune2``, ``tune3``: ``bench/bench_findings.py``'s
gold files of those parts; texts re-read from ``../shared`` as that bench re-reads them). The held-out parts are
never opened here. Every abstract is read as :func:`ipkg.extract.findings.read_study` reads it, and a gold record
is paired with its document and its concepts matched exactly as ``tools/score_findings.py`` does (its own
functions, loaded from the shared folder).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models import Concept, Finding, StudyPico
from .annotate import AnnotatedDocument

__all__ = ["Abstract", "DEV_GOLD", "DEV_UNREAD", "GOLDS", "PARTS", "REPO", "TUNE2_GOLD", "TUNE3_GOLD", "TUNE_GOLD",
           "concept_view", "load_part", "scorer"]

#: the repository (the training command is run from a checkout, never from an installed package)
REPO = Path(__file__).resolve().parents[3]
#: the curated findings of the dev set, relative to the shared folder
DEV_GOLD = Path("corpus") / "dev" / "gold-findings.jsonl"
#: the immunopsychiatry tuning part's adjudicated findings (the only findings gold of that set read here)
TUNE_GOLD = REPO / "tests" / "data" / "findings" / "immunopsychiatry-findings-tune.jsonl"
#: the second tuning part (20 abstracts, read from session 9 on)
TUNE2_GOLD = REPO / "tests" / "data" / "findings" / "immunopsychiatry-findings-tune2.jsonl"
#: the third tuning part (20 abstracts of unseen genre: animal and mechanism studies; read from session 21 on)
TUNE3_GOLD = REPO / "tests" / "data" / "findings" / "immunopsychiatry-findings-r3.jsonl"
#: the gold file of each tuning part but dev (dev's is in the shared folder)
GOLDS = {"tune": TUNE_GOLD, "tune2": TUNE2_GOLD, "tune3": TUNE3_GOLD}
#: every readable part, in the order they are read
PARTS = ("dev", "tune", "tune2", "tune3")
#: the ids of the dev set's 13 abstracts that stay unread (one a line): their gold is never loaded
DEV_UNREAD = REPO / "tests" / "data" / "findings" / "dev-unread-ids.txt"


@dataclass
class Abstract:
    """One curated abstract as the pipeline reads it: the rules' findings and the gold findings."""

    part: str  #: one of :data:`PARTS`
    key: str  #: the gold record's id
    annotated: AnnotatedDocument
    pico: StudyPico
    found: tuple[Finding, ...]  #: what read_study states today (rules and the adverse-effect model)
    gold: list[dict[str, Any]]
    design: str = ""  #: the study's design class as the pipeline reads it


def _tool(shared: Path, name: str):  # type: ignore[no-untyped-def]
    """The shared folder's ``tools/<name>.py`` as a module, loaded by the benches' own helper (``bench/`` is put on
    the path: its helpers also re-read the tune part's texts)."""
    if str(REPO / "bench") not in sys.path:
        sys.path.insert(0, str(REPO / "bench"))
    from _common import load_tool  # type: ignore[import-not-found]

    return load_tool(shared, name)


def scorer(shared: Path):  # type: ignore[no-untyped-def]
    """``tools/score_findings.py`` of the shared folder, as a module (its matching rules, not a copy)."""
    return _tool(shared, "score_findings")


def concept_view(concept: Concept, tool) -> dict:  # type: ignore[no-untyped-def]
    """A concept as ``score_findings.graph_findings`` sees it in the graph: its CURIE and normalised label."""
    return {"iri": concept.iri, "curie": tool.curie(concept.iri), "labels": {tool.norm(concept.label)}}


def _documents(part: str, shared: Path, golds: list[dict], folder: Path) -> Iterator[tuple[dict, Any]]:
    from ..pipeline import iter_documents

    score = _tool(shared, "score")  # the study keys (pmid, doi, title, file) as score.py normalises them
    if part == "dev":
        inputs = [str(shared / "corpus" / "dev" / "raw"), str(REPO / "seeds")]
    else:
        from _grounding_sets import write_annotated_texts  # type: ignore[import-not-found]

        written = write_annotated_texts(shared, [g["id"] for g in golds], folder)
        for gold in golds:
            path, doc = written[gold["id"]]
            gold.update(file=path.name, title=doc.title, pmid=None, doi=None)
        inputs = [str(path) for path, _ in written.values()]
    docs = [d for d in iter_documents(inputs) if not isinstance(d, Exception)]
    studies = [{"iri": str(n), "pmid": {d.pmid} if d.pmid else set(),
                "doi": {score.norm_doi(d.doi)} if d.doi else set(),
                "title": {score.norm(d.title)} if d.title else set(), "file": {Path(d.source_file).name}}
               for n, d in enumerate(docs)]
    for gold in golds:
        study = score.pair(gold, studies)
        if study is not None:
            yield gold, docs[int(study["iri"])]


def _unread_ids() -> set[str]:
    """The ids of the dev set's unread half; without their list the whole dev part is refused rather than read."""
    if not DEV_UNREAD.exists():
        raise FileNotFoundError(f"{DEV_UNREAD} lists the dev abstracts that stay unread; without it dev is not read")
    return {line.strip() for line in DEV_UNREAD.read_text(encoding="utf-8").splitlines() if line.strip()}


def load_part(part: str, shared: Path) -> list[Abstract]:
    """The curated abstracts of ``part`` (one of :data:`PARTS`; dev: its read half only), each read by the
    pipeline."""
    from . import get_grounder
    from .annotate import annotate
    from .design import extract_study_facts
    from .findings import read_study
    from .mentions import extract_mentions

    path = shared / DEV_GOLD if part == "dev" else GOLDS[part]
    golds = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if part == "dev":
        unread = _unread_ids()
        golds = [g for g in golds if str(g["id"]) not in unread]
    out = []
    with tempfile.TemporaryDirectory(prefix="ipkg-pairs-") as tmp:
        for gold, doc in _documents(part, shared, golds, Path(tmp)):
            annotated = annotate(doc, *extract_mentions(doc, get_grounder()))
            design = extract_study_facts(annotated).design
            found, pico = read_study(annotated, design)
            out.append(Abstract(part, str(gold["id"]), annotated, pico, found, gold.get("findings", []),
                                design or ""))
    return out
