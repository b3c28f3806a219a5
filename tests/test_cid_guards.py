"""Guards of the CID model's candidates (issue 12): an evidence sentence that states a gap in knowledge says what
was asked, not what was found (the wording of dev abstract 20719303's background)."""

from __future__ import annotations

from ipkg.extract.annotate import annotate
from ipkg.extract.cid_model import guarded_candidates
from ipkg.extract.findings import candidate_findings
from ipkg.models import Concept, Document, Mention

OBO = "http://purl.obolibrary.org/obo/"
ENDOTOXIN = Concept(OBO + "CHEBI_23939", "endotoxins", "Intervention")
DEPRESSION = Concept(OBO + "MONDO_0002050", "depressive disorder", "Disorder")


def _pairs(text: str) -> set[tuple[str, str]]:
    lower = text.lower()
    mentions = sorted(Mention("abstract", lower.index(t), lower.index(t) + len(t), t, c)
                      for t, c in (("endotoxin", ENDOTOXIN), ("depression", DEPRESSION)))
    annotated = annotate(Document("t.txt", "", text), mentions)
    return {(c.label, d.label) for c, d, _, _ in guarded_candidates(
        annotated, candidate_findings(annotated), (), None, lambda f: True)}


def test_a_gap_in_knowledge_is_no_evidence_of_an_effect() -> None:
    gap = ("Although inflammatory activity is known to play a role in depression, no work has examined whether "
           "experimentally induced systemic inflammation by endotoxin alters neural activity.")
    assert not _pairs(gap)
    found = "Depression developed in five subjects after endotoxin was given."
    assert _pairs(found) == {("endotoxins", "depressive disorder")}
