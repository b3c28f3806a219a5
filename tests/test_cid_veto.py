"""The CID model's veto over the rules' adverse effects (issue 12, docs/findings.md 8g): a rule pair the model
scores below the weights file's ``#veto`` threshold is dropped; a denied one never; without ``#veto`` nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipkg.extract import cid_veto
from ipkg.extract.annotate import annotate
from ipkg.extract.cid_model import CLASSES, load_model
from ipkg.extract.findings import candidate_findings, read_study
from ipkg.learn import LinearModel
from ipkg.models import Concept, Document, Mention

OBO = "http://purl.obolibrary.org/obo/"
HALOPERIDOL = Concept(OBO + "CHEBI_5613", "haloperidol", "Intervention")
CATALEPSY = Concept(OBO + "HP_0040271", "catalepsy", "Phenotype")
#: self-written, in the wording of BC5CDR's animal studies: the sentence rules read "X-induced Y" as an adverse effect
TEXT = "Haloperidol-induced catalepsy was observed in all rats."
DENIED = "Haloperidol did not induce catalepsy in these rats."


def _annotated(text: str):  # type: ignore[no-untyped-def]
    doc = Document("t.txt", "", text, sections=(("RESULTS", 0, len(text)),))
    mentions = [Mention("abstract", text.index(w), text.index(w) + len(w), w, c)
                for w, c in (("Haloperidol", HALOPERIDOL), ("catalepsy", CATALEPSY))]
    return annotate(doc, mentions)


def _adverse(findings):  # type: ignore[no-untyped-def]
    return [(f.subject.label, f.obj.label, f.negated) for f in findings if f.predicate == "hasAdverseEffect"]


def _model(weight: float, veto: float | None) -> LinearModel:
    meta = {"threshold": 0.99} | ({} if veto is None else {"veto": veto})
    return LinearModel(CLASSES, (0.0,), {"RULE:hasAdverseEffect:pos": (weight,)}, meta)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Install a one-weight model for the veto (the model's own findings need 0.99: none here)."""
    def install(weight: float, veto: float | None) -> None:
        fake = _model(weight, veto)
        monkeypatch.setattr(cid_veto, "load_model", lambda: fake)
        monkeypatch.setattr("ipkg.extract.cid_model.load_model", lambda: fake)
    return install


def test_the_rules_state_the_pair_the_veto_reads() -> None:
    assert _adverse(candidate_findings(_annotated(TEXT))) == [("haloperidol", "catalepsy", False)]


def test_a_rule_pair_the_model_scores_low_is_vetoed(model) -> None:  # type: ignore[no-untyped-def]
    model(-3.0, 0.45)  # p = 0.05 < 0.45
    assert _adverse(read_study(_annotated(TEXT))[0]) == []


def test_a_rule_pair_the_model_scores_high_stands(model) -> None:  # type: ignore[no-untyped-def]
    model(3.0, 0.45)  # p = 0.95
    assert _adverse(read_study(_annotated(TEXT))[0]) == [("haloperidol", "catalepsy", False)]


def test_without_a_veto_line_nothing_is_dropped(model) -> None:  # type: ignore[no-untyped-def]
    model(-3.0, None)
    assert _adverse(read_study(_annotated(TEXT))[0]) == [("haloperidol", "catalepsy", False)]


def test_a_denied_adverse_effect_is_never_vetoed(model) -> None:  # type: ignore[no-untyped-def]
    model(-3.0, 0.45)
    annotated = _annotated(DENIED)
    candidates = candidate_findings(annotated)
    assert _adverse(candidates) == [("haloperidol", "catalepsy", True)]
    assert cid_veto.veto_rule_findings(annotated, candidates, candidates) == tuple(candidates)


def test_the_veto_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    path.write_text("#threshold\t0.6000\n#veto\t0.4500\n#C\t0.03\nBIAS\t-1.0\n", encoding="utf-8")
    model = load_model(path)
    assert model is not None and model.meta == {"threshold": 0.6, "veto": 0.45}


def test_the_shipped_weights_have_a_veto_below_the_threshold() -> None:
    model = load_model()
    assert model is not None and 0.0 < model.meta["veto"] <= model.meta["threshold"]


CDR_TRAIN = Path("/work/shared/corpus/external/bc5cdr/CDR_TrainingSet.PubTator.txt")


@pytest.mark.skipif(not CDR_TRAIN.is_file(), reason="BC5CDR is not available")
def test_the_shipped_model_vetoes_a_population_read_as_an_adverse_effect() -> None:
    # BC5CDR train 19299179: "Pneumocystis pneumonia (PCP), a common opportunistic infection in HIV-infected
    # individuals, is generally treated with high doses of co-trimoxazole." The rules read co-trimoxazole ->
    # HIV infection; the model, reading the whole abstract, scores it far below the veto. The gold pair
    # (co-trimoxazole -> cholestasis) stands.
    from ipkg.extract import extract_document
    from ipkg.pipeline import iter_documents

    (doc,) = [d for d in iter_documents([str(CDR_TRAIN)]) if d.pmid == "19299179"]
    found = {(f.subject.label, f.obj.label) for f in extract_document(doc).findings
             if f.predicate == "hasAdverseEffect" and not f.negated and f.obj is not None}
    assert ("co-trimoxazole", "intrahepatic cholestasis") in found
    assert not any(obj.startswith("HIV") for _, obj in found), found
