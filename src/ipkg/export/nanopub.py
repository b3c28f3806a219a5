"""Findings as nanopublications (https://nanopub.net/guidelines/working_draft/): one per finding, in one TriG file.

Each nanopublication ``{base}np/{hash}`` has four graphs:

* ``#Head`` -- the nanopublication and its three parts;
* ``#assertion`` -- the finding as the data graph states it (``ipkg:Finding`` with subject, predicate, object,
  ``negated``, ``hedged`` and direction): what the sentence says, not that it is true;
* ``#provenance`` -- where the assertion comes from: ``prov:wasDerivedFrom`` the study and a quotation entity whose
  ``prov:value`` is the evidence sentence (``prov:wasQuotedFrom`` the study), ``prov:wasGeneratedBy`` an extraction
  activity associated with ipkg (its version): the method;
* ``#pubinfo`` -- about the nanopublication: ``dcterms:created`` (``SOURCE_DATE_EPOCH`` when set), ``dcterms:creator``
  (``--creator IRI``, else the ipkg software agent), ``dcterms:license`` and ``prov:wasAttributedTo`` ipkg.

The IRIs are not trusty URIs (they are not signed; ``np sign`` / nanopub-sign can sign them before publishing).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pyoxigraph as ox

from ..vocab import IPKG_NS, NS, PREFIXES
from .findings import ExportedFinding

__all__ = ["NP", "nanopub_iri", "nanopub_quads", "write_nanopubs"]

#: the nanopublication schema
NP = "http://www.nanopub.org/nschema#"
_PROV, _DCT, _RDF, _RDFS, _XSD = NS["prov"], NS["dcterms"], NS["rdf"], NS["rdfs"], NS["xsd"]


def nanopub_iri(finding: str, base: str) -> str:
    """The nanopublication of a finding: ``{base}np/{sha256(finding IRI)[:20]}``."""
    return f"{base}np/{hashlib.sha256(finding.encode('utf-8')).hexdigest()[:20]}"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def nanopub_quads(finding: ExportedFinding, *, base: str, created: datetime, version: str, license_iri: str,
                  creator: str | None = None) -> Iterator[ox.Quad]:
    """The quads of one finding's nanopublication (see the module docstring)."""
    this = nanopub_iri(finding.iri, base)
    head, assertion, provenance, pubinfo = (_n(f"{this}#{part}") for part in ("Head", "assertion", "provenance", "pubinfo"))
    np_node, f = _n(this), _n(finding.iri)
    agent = _n(f"{base}agent/ipkg-{version}")
    activity, quote = _n(f"{this}#extraction"), _n(f"{this}#evidence")
    study = _n(finding.study)
    rdf_type = _n(_RDF + "type")

    yield ox.Quad(np_node, rdf_type, _n(NP + "Nanopublication"), head)
    yield ox.Quad(np_node, _n(NP + "hasAssertion"), assertion, head)
    yield ox.Quad(np_node, _n(NP + "hasProvenance"), provenance, head)
    yield ox.Quad(np_node, _n(NP + "hasPublicationInfo"), pubinfo, head)

    yield ox.Quad(f, rdf_type, _n(IPKG_NS + "Finding"), assertion)
    yield ox.Quad(f, _n(IPKG_NS + "subject"), _n(finding.subject), assertion)
    yield ox.Quad(f, _n(IPKG_NS + "predicate"), _n(finding.predicate), assertion)
    yield ox.Quad(f, _n(IPKG_NS + "object"), _n(finding.object), assertion)
    boolean = _n(_XSD + "boolean")
    yield ox.Quad(f, _n(IPKG_NS + "negated"), ox.Literal(str(finding.negated).lower(), datatype=boolean), assertion)
    yield ox.Quad(f, _n(IPKG_NS + "hedged"), ox.Literal(str(finding.hedged).lower(), datatype=boolean), assertion)
    if finding.direction:
        yield ox.Quad(f, _n(IPKG_NS + "direction"), _n(finding.direction), assertion)

    yield ox.Quad(assertion, _n(_PROV + "wasDerivedFrom"), study, provenance)
    yield ox.Quad(assertion, _n(_PROV + "wasDerivedFrom"), quote, provenance)
    yield ox.Quad(assertion, _n(_PROV + "wasGeneratedBy"), activity, provenance)
    yield ox.Quad(quote, rdf_type, _n(_PROV + "Entity"), provenance)
    yield ox.Quad(quote, _n(_PROV + "value"), ox.Literal(finding.evidence), provenance)
    yield ox.Quad(quote, _n(_PROV + "wasQuotedFrom"), study, provenance)
    yield ox.Quad(activity, rdf_type, _n(_PROV + "Activity"), provenance)
    yield ox.Quad(activity, _n(_RDFS + "label"), ox.Literal("rule-based extraction of a finding from one sentence "
                                                            "of the abstract (ipkg)"), provenance)
    yield ox.Quad(activity, _n(_PROV + "used"), study, provenance)
    yield ox.Quad(activity, _n(_PROV + "wasAssociatedWith"), agent, provenance)
    if finding.pmid:
        yield ox.Quad(study, _n(NS["bibo"] + "pmid"), ox.Literal(finding.pmid), provenance)
    if finding.doi:
        yield ox.Quad(study, _n(NS["bibo"] + "doi"), ox.Literal(finding.doi), provenance)

    when = ox.Literal(created.strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=_n(_XSD + "dateTime"))
    yield ox.Quad(np_node, _n(_DCT + "created"), when, pubinfo)
    yield ox.Quad(np_node, _n(_DCT + "creator"), _n(creator) if creator else agent, pubinfo)
    yield ox.Quad(np_node, _n(_DCT + "license"), _n(license_iri), pubinfo)
    yield ox.Quad(np_node, _n(_PROV + "wasAttributedTo"), agent, pubinfo)
    yield ox.Quad(agent, rdf_type, _n(_PROV + "SoftwareAgent"), pubinfo)
    yield ox.Quad(agent, _n(_RDFS + "label"), ox.Literal(f"ipkg {version}"), pubinfo)


def write_nanopubs(findings: Sequence[ExportedFinding], path: str | os.PathLike[str], *, base: str,
                   created: datetime, version: str, license_iri: str, creator: str | None = None) -> int:
    """Write one nanopublication per finding (in finding IRI order) to ``path`` as TriG, atomically; returns the
    number of nanopublications."""
    from ..rdf.serialize import atomic_output

    prefixes = dict(PREFIXES) | {"np": NP}
    with atomic_output(Path(path)) as handle:
        quads = (quad for finding in sorted(findings, key=lambda f: f.iri)
                 for quad in nanopub_quads(finding, base=base, created=created, version=version,
                                           license_iri=license_iri, creator=creator))
        ox.serialize(quads, handle, ox.RdfFormat.TRIG, prefixes=prefixes)
    return len(findings)
