"""``kg export --nanopub``: one nanopublication per finding, each valid by the nanopublication structure rules
(checked with nanopub-sign, the Rust nanopub toolkit's Python binding, and by the rules written out below)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from ipkg.cli import main
from ipkg.export.nanopub import NP
from tests.constants import SEEDS

PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("np")
    graph = folder / "kg.nq"
    assert CliRunner().invoke(main, ["-q", "build", str(SEEDS), "-o", str(graph)]).exit_code == 0
    out = folder / "findings.trig"
    result = CliRunner().invoke(main, ["export", str(graph), "--nanopub", str(out)], env={"SOURCE_DATE_EPOCH": "0"})
    assert result.exit_code == 0, result.output
    return graph, out


def _nanopubs(path: Path) -> dict[str, dict[str, list[ox.Quad]]]:
    """Nanopublication IRI -> graph part (Head, assertion, provenance, pubinfo) -> quads."""
    out: dict[str, dict[str, list[ox.Quad]]] = defaultdict(lambda: defaultdict(list))
    for quad in ox.parse(path.read_bytes(), format=ox.RdfFormat.TRIG):
        this, part = quad.graph_name.value.split("#", 1)
        out[this][part].append(quad)
    return out


def _findings(graph: Path) -> int:
    store = ox.Store()
    store.load(graph.read_bytes(), format=ox.RdfFormat.N_QUADS)
    query = "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?f a <https://w3id.org/ipkg/ontology#Finding> } }"
    return int(next(iter(store.query(query)))["n"].value)


def test_one_nanopublication_per_finding(exported: tuple[Path, Path]) -> None:
    graph, out = exported
    nanopubs = _nanopubs(out)
    assert len(nanopubs) == _findings(graph) > 0


def test_structure_rules(exported: tuple[Path, Path]) -> None:
    """The rules of the nanopublication guidelines: a head graph that types the nanopublication and names three
    distinct graphs; a non-empty assertion; provenance about the assertion (sentence, study, method); pubinfo
    about the nanopublication (creator, date, licence); no other graph."""
    for this, parts in _nanopubs(exported[1]).items():
        assert set(parts) == {"Head", "assertion", "provenance", "pubinfo"}, this
        head = {(q.subject.value, q.predicate.value, q.object.value) for q in parts["Head"]}
        assert head == {(this, RDF_TYPE, NP + "Nanopublication")} | {
            (this, NP + f"has{name}", f"{this}#{part}")
            for name, part in (("Assertion", "assertion"), ("Provenance", "provenance"), ("PublicationInfo", "pubinfo"))}
        assert parts["assertion"]
        about_assertion = {q.predicate.value for q in parts["provenance"] if q.subject.value == f"{this}#assertion"}
        assert {PROV + "wasDerivedFrom", PROV + "wasGeneratedBy"} <= about_assertion
        assert any(q.predicate.value == PROV + "value" and q.object.value for q in parts["provenance"]), "the sentence"
        about_np = {q.predicate.value for q in parts["pubinfo"] if q.subject.value == this}
        assert {DCT + "created", DCT + "creator", DCT + "license"} <= about_np


def test_nanopub_toolkit_accepts_each(exported: tuple[Path, Path]) -> None:
    nanopub_sign = pytest.importorskip("nanopub_sign")
    for this, parts in _nanopubs(exported[1]).items():
        quads = [quad for part in parts.values() for quad in part]
        text = ox.serialize(quads, format=ox.RdfFormat.TRIG).decode("utf-8")
        nanopub_sign.Nanopub(text).check()  # raises on a structure error


def test_same_graph_same_bytes(exported: tuple[Path, Path], tmp_path: Path) -> None:
    graph, out = exported
    again = tmp_path / "again.trig"
    CliRunner().invoke(main, ["export", str(graph), "--nanopub", str(again)], env={"SOURCE_DATE_EPOCH": "0"})
    assert again.read_bytes() == out.read_bytes()


def test_toolkit_rejects_a_broken_one() -> None:
    """The check the tests rely on does fail: provenance that is not about the assertion."""
    nanopub_sign = pytest.importorskip("nanopub_sign")
    this = "https://w3id.org/ipkg/id/np/x"
    text = (f"<{this}#Head> {{ <{this}> a <{NP}Nanopublication> ; <{NP}hasAssertion> <{this}#assertion> ; "
            f"<{NP}hasProvenance> <{this}#provenance> ; <{NP}hasPublicationInfo> <{this}#pubinfo> . }}\n"
            f"<{this}#assertion> {{ <http://e/a> <http://e/b> <http://e/c> . }}\n"
            f"<{this}#provenance> {{ <http://e/other> <{PROV}wasDerivedFrom> <http://e/s> . }}\n"
            f"<{this}#pubinfo> {{ <{this}> <{DCT}license> <http://e/l> . }}\n")
    with pytest.raises(Exception, match="provenance"):
        nanopub_sign.Nanopub(text).check()
