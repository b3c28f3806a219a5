"""The namespaces and the ipkg terms the code may use.

Every term of ``IPKG`` must be declared in ``ontology/ipkg.ttl`` (``tests/test_ontology.py`` checks both
directions), so a typo is an ``AttributeError`` at import time, not a silent new IRI in the data.
Values are plain ``str`` IRIs: the RDF stage formats N-Triples text directly (see ``rdf/graph.py``).
"""

from __future__ import annotations

__all__ = [
    "IPKG_NS",
    "DEFAULT_BASE",
    "IPKG",
    "IPKG_CLASSES",
    "IPKG_OBJECT_PROPERTIES",
    "IPKG_DATA_PROPERTIES",
    "IPKG_INDIVIDUALS",
    "IPKG_ANNOTATION_PROPERTIES",
    "RELATIONS",
    "NS",
    "PREFIXES",
]

#: the ontology namespace (CONTRACT.md "Namespaces")
IPKG_NS = "https://w3id.org/ipkg/ontology#"
#: default base of data IRIs (CONTRACT.md "Namespaces"); configurable with --base-iri
DEFAULT_BASE = "https://w3id.org/ipkg/id/"

#: classes of the ontology used by the data
IPKG_CLASSES: tuple[str, ...] = (
    "Study",
    "Disorder",
    "Intervention",
    "ImmuneCell",
    "Pathway",
    "Cytokine",
    "Phenotype",
    "Exposure",
    "Finding",
    "StudyArm",
    "Relation",
    "EffectDirection",
    "BlindingLevel",
    "ControlType",
    # design classes (CONTRACT.md)
    "ClinicalTrial",
    "RandomizedControlledTrial",
    "NonRandomizedTrial",
    "MetaAnalysis",
    "SystematicReview",
    "Review",
    "ObservationalStudy",
    "AnimalStudy",
    "InVitroStudy",
    "CaseReport",
)

#: the relation vocabulary of findings: object properties used as ``ipkg:predicate`` values (punned)
RELATIONS: tuple[str, ...] = (
    "treats",
    "potentiates",
    "increases",
    "decreases",
    "modulates",
    "actsThrough",
    "associatedWith",
    "hasAdverseEffect",
)

IPKG_OBJECT_PROPERTIES: tuple[str, ...] = (
    "mentions",
    "subject",
    "object",
    "direction",
    "hasArm",
    "hasSubgroup",
    "armIntervention",
    "blinding",
    "controlType",
    "species",
    "testedIntervention",
    "studiedCondition",
    "comparator",
) + RELATIONS

IPKG_DATA_PROPERTIES: tuple[str, ...] = (
    "sampleSize",
    "sampleSizeEvidence",
    "designEvidence",
    "designConfidence",
    "sourceFile",
    "sourceRecord",
    "evidence",
    "evidencePassage",
    "evidenceStart",
    "evidenceEnd",
    "negated",
    "hedged",
    "sentenceRole",
    "findingConfidence",
    "randomized",
    "trialPhase",
    "centreCount",
    "allocationRatio",
    "armSize",
    "placeboArm",
    "population",
    "animalModel",
    "duration",
    "primaryOutcome",
    "studiesPooled",
    "journalTitle",
    "affiliation",
    "keyword",
    "meshHeading",
    "publicationType",
    "epubDate",
    "pmcid",
    "orcid",
)

#: annotation properties: ipkg:predicate names a relation property by its IRI (no OWL punning)
IPKG_ANNOTATION_PROPERTIES: tuple[str, ...] = ("predicate",)

#: named individuals of the ontology used as values
IPKG_INDIVIDUALS: tuple[str, ...] = (
    "Increase",
    "Decrease",
    "NoChange",
    "OpenLabel",
    "SingleBlind",
    "DoubleBlind",
    "TripleBlind",
    "PlaceboControl",
    "ActiveControl",
    "ShamControl",
    "WaitlistControl",
    "UsualCareControl",
)


class _Namespace:
    """A closed namespace: only declared local names resolve (like rdflib's ``DefinedNamespace(_fail=True)``)."""

    def __init__(self, base: str, names: tuple[str, ...]) -> None:
        self._base = base
        for name in names:
            object.__setattr__(self, name, base + name)
        self._names = frozenset(names)

    def __getitem__(self, name: str) -> str:
        if name not in self._names:
            raise KeyError(f"{name!r} is not a term of {self._base}")
        return self._base + name

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(sorted(self._names))


#: the ipkg ontology terms: ``IPKG.Finding`` -> ``"https://w3id.org/ipkg/ontology#Finding"``
IPKG = _Namespace(
    IPKG_NS, IPKG_CLASSES + IPKG_OBJECT_PROPERTIES + IPKG_DATA_PROPERTIES + IPKG_ANNOTATION_PROPERTIES + IPKG_INDIVIDUALS
)

#: the prefixes bound in every output, in this fixed order
PREFIXES: tuple[tuple[str, str], ...] = (
    ("ipkg", IPKG_NS),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("bibo", "http://purl.org/ontology/bibo/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("obo", "http://purl.obolibrary.org/obo/"),
    ("mesh", "http://id.nlm.nih.gov/mesh/"),
    ("uniprot", "http://purl.uniprot.org/uniprot/"),
    ("void", "http://rdfs.org/ns/void#"),
    ("schema", "https://schema.org/"),
)

#: namespace IRIs by prefix
NS: dict[str, str] = dict(PREFIXES)
