"""CID round 10 (session 12, issue 12; docs/findings.md section 8j): the learned adverse-effect model's findings
gated on what their subject is and what their evidence sentence states. Self-written sentences; mentions from the
shipped lexicon; the procedure table from ``src/ipkg/extract/data/cid_procedures.tsv.gz``.
"""

from __future__ import annotations

from ipkg.extract.cid_procedures import is_procedure, load_procedures
from ipkg.models import Concept
from tests.test_findings_round16 import _model_finding

_MESH = "http://id.nlm.nih.gov/mesh/"


def test_procedures_are_the_interventions_outside_the_substance_trees() -> None:
    assert len(load_procedures()) > 300
    for iri, label in (("D012046", "Rehabilitation"), ("D016026", "Bone Marrow Transplantation"),
                       ("D015444", "Exercise"), ("D003267", "Contraception")):
        assert is_procedure(Concept(_MESH + iri, label, "Intervention")), label
    # substances (MeSH D, ChEBI) and an Intervention without a MeSH descriptor are not
    assert not is_procedure(Concept(_MESH + "D007538", "Isoniazid", "Intervention"))
    assert not is_procedure(Concept("http://purl.obolibrary.org/obo/CHEBI_46195", "paracetamol", "Intervention"))
    assert not is_procedure(Concept("http://example.org/none", "a new agent", "Intervention"))


def test_a_model_finding_whose_subject_is_a_procedure_falls() -> None:
    stands, finding = _model_finding("Fatigue after rehabilitation was frequent in patients with stroke.",
                                     "rehabilitation", "stroke")
    assert is_procedure(finding.subject) and not stands
    # the same sentence with a drug stands
    assert _model_finding("Fatigue after haloperidol was frequent in patients with stroke.", "haloperidol", "stroke")[0]


def test_a_model_finding_cited_without_its_chemical_needs_an_occurrence() -> None:
    # the disease named as what markers distinguish: no one had it because of anything
    stands, finding = _model_finding("Twelve faecal markers distinguished depression from controls.", "", "depression")
    assert finding.subject.label and not stands
    # an occurrence stated (someone developed it, a toxicity) stands in the same role
    assert _model_finding("Two of the mice developed depression.", "", "depression")[0]
    assert _model_finding("The dose-limiting toxicity was neutropenia.", "", "neutropenia")[0]


def test_the_shipped_procedure_table_rebuilds_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ipkg.extract.cid_procedures import PROCEDURES, write_procedures

    out = tmp_path / "procedures.tsv.gz"
    try:
        write_procedures(out)
    finally:
        load_procedures.cache_clear()  # the run-time table again, not the temporary one
    assert out.read_bytes() == PROCEDURES.read_bytes()
