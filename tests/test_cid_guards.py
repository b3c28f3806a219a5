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


def test_a_hedged_sentence_that_does_not_name_the_chemical_is_no_evidence() -> None:
    hedged = "Endotoxin was given to all subjects. Heterogeneity may be related to variations such as depression."
    assert not _pairs(hedged)
    stated = "Endotoxin was given to all subjects. Heterogeneity was related to variations such as depression."
    assert _pairs(stated) == {("endotoxins", "depressive disorder")}
    # a hedged sentence naming both stays a candidate (the model and its threshold decide)
    assert _pairs("Endotoxin may cause depression.") == {("endotoxins", "depressive disorder")}


def test_what_an_effect_acts_on_is_no_adverse_effect() -> None:
    assert not _pairs("The greater effects of endotoxin than of placebo on the symptoms of depression were large.")
    assert _pairs("The effects of endotoxin included depression.") == {("endotoxins", "depressive disorder")}


def test_the_chemical_kind_features_name_a_kind_never_a_drug() -> None:
    from ipkg.extract.cid_model import _chemical_kind

    assert _chemical_kind(ENDOTOXIN) == {"CNS:CHEBI", "CLAST:-"}
    agent = Concept(OBO + "CHEBI_35476", "antipsychotic agent", "Intervention")
    therapy = Concept("http://id.nlm.nih.gov/mesh/D007165", "Immunosuppression Therapy", "Intervention")
    assert _chemical_kind(agent) == {"CNS:CHEBI", "CLAST:agent"}
    assert _chemical_kind(therapy) == {"CNS:id.nlm.nih.gov", "CLAST:therapy"}
