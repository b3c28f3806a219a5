"""Frozen dataclasses that flow between the stages of the pipeline.

ingest -> :class:`Document`; extract/ground -> :class:`Mention`, :class:`StudyFacts`, :class:`Finding`;
all of them together -> :class:`Extraction`, which the RDF stage turns into triples.

Offsets are Python string indices (``start`` inclusive, ``end`` exclusive) into the text of the passage named by
``passage`` (``"title"``, ``"abstract"`` or ``"keywords"``; see :meth:`Document.passages`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_CLASSES",
    "DESIGNS",
    "Author",
    "Document",
    "Concept",
    "Mention",
    "Abbreviation",
    "Arm",
    "StudyFacts",
    "Finding",
    "StudyPico",
    "Extraction",
]

#: the entity classes a mention is grounded to (CONTRACT.md "Concepts"; Study is the sixth class of the graph)
ENTITY_CLASSES: tuple[str, ...] = (
    "Disorder", "Intervention", "ImmuneCell", "Pathway", "Cytokine", "Phenotype", "Exposure",
)

#: the design classes of the contract (CONTRACT.md "One study per abstract"), most specific first
DESIGNS: tuple[str, ...] = (
    "MetaAnalysis",
    "SystematicReview",
    "RandomizedControlledTrial",
    "NonRandomizedTrial",
    "CaseReport",
    "AnimalStudy",
    "InVitroStudy",
    "ObservationalStudy",
    "Review",
)


@dataclass(frozen=True, slots=True)
class Author:
    """One author of a record, as the source names them."""

    name: str
    affiliations: tuple[str, ...] = ()
    orcid: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One abstract record, whatever format it was read from.

    ``abstract`` is the English abstract text; paragraphs (or labelled sections of a structured abstract) are
    joined with a newline. ``translations`` holds the abstract in other languages as ``(bcp47_tag, text)``.
    ``source_file`` is the input file's base name (CONTRACT.md ``ipkg:sourceFile``); ``record`` the 1-based
    position of the record inside that file (MEDLINE, XML and tabular files hold many).
    """

    source_file: str
    title: str
    abstract: str
    record: int = 1
    source_path: str = ""
    pmid: str | None = None
    doi: str | None = None
    pmcid: str | None = None
    authors: tuple[Author, ...] = ()
    journal: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    epub_date: str | None = None  # ISO 8601 date, YYYY-MM-DD
    language: str = "en"
    keywords: tuple[str, ...] = ()
    mesh_terms: tuple[str, ...] = ()
    publication_types: tuple[str, ...] = ()
    translations: tuple[tuple[str, str], ...] = ()
    #: labelled sections of a structured abstract: (label, start, end) offsets into ``abstract``
    sections: tuple[tuple[str, int, int], ...] = ()
    #: every distinct affiliation the record names, in order (free-text page copies list them without authors)
    affiliations: tuple[str, ...] = ()

    def passages(self) -> tuple[tuple[str, str], ...]:
        """The English text the extractors read, as ``(passage, text)`` pairs.

        >>> Document("a.txt", "IL-6 in depression", "Abstract.", keywords=("cytokines",)).passages()
        (('title', 'IL-6 in depression'), ('abstract', 'Abstract.'), ('keywords', 'cytokines'))
        """
        out = [("title", self.title), ("abstract", self.abstract)]
        if self.keywords:
            out.append(("keywords", "; ".join(self.keywords)))
        return tuple(out)


@dataclass(frozen=True, slots=True, order=True)
class Concept:
    """A grounded concept: its IRI (an OBO PURL, a MeSH or UniProt IRI, or one under the data base)."""

    iri: str
    label: str
    cls: str  # one of ENTITY_CLASSES
    source: str = ""  # the ontology it came from (MONDO, CL, CHEBI, GO, MESH, UniProt, MAXO, ipkg)


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """A span of a passage grounded to a concept."""

    passage: str
    start: int
    end: int
    text: str
    concept: Concept


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A short form defined in the text, ``long form (SHORT)``; offsets into the passage."""

    short: str
    long: str
    passage: str
    start: int  # of the long form
    end: int  # of the short form's closing bracket


@dataclass(frozen=True, slots=True)
class Arm:
    """One arm of a trial: what it received and how many were in it, with any diagnosis split."""

    label: str
    size: int | None = None
    concept: Concept | None = None  # the intervention given, when grounded; None for placebo
    placebo: bool = False
    groups: tuple[tuple[str, int], ...] = ()  # e.g. (("MDD", 12), ("BD", 12))


@dataclass(frozen=True, slots=True)
class StudyFacts:
    """What the abstract says about the study's design and population."""

    design: str | None = None  # one of DESIGNS
    sample_size: int | None = None
    randomized: bool | None = None
    blinding: str | None = None  # "open-label", "single-blind", "double-blind", "triple-blind"
    control: str | None = None  # "placebo", "active", "sham", "waitlist", "usual-care"
    phase: str | None = None  # "I", "II", "III", "IV", "I/II", "II/III", "III/IV"
    centres: int | None = None
    allocation_ratio: str | None = None  # "2:1"
    arms: tuple[Arm, ...] = ()
    populations: tuple[str, ...] = ()  # "inpatients", "outpatients", "healthy volunteers", ...
    species: tuple[str, ...] = ()  # NCBITaxon labels: "human", "mouse", "rat"
    models: tuple[str, ...] = ()  # animal models: "chronic social defeat stress"
    duration: str | None = None  # as stated, e.g. "8 weeks"
    primary_outcome: str | None = None
    studies_pooled: int | None = None
    design_evidence: str | None = None  #: the verbatim phrase (or sentence) that decided the design
    design_confidence: float | None = None  #: the classifier's probability for the design, 0..1
    sample_size_evidence: str | None = None  #: the verbatim phrase the sample size was read from


@dataclass(frozen=True, slots=True)
class Finding:
    """A typed relation drawn from one sentence of the abstract.

    ``predicate`` is the local name of a relation of the ontology (``increases``, ``treats``, ...);
    ``obj`` is ``None`` when the relation points at the study itself. ``start``/``end`` are offsets of the
    evidence sentence in its passage.
    """

    subject: Concept
    predicate: str
    obj: Concept | None
    evidence: str
    passage: str
    start: int
    end: int
    negated: bool = False
    hedged: bool = False
    direction: str | None = None  # "increase", "decrease", "no-change"
    #: the rhetorical role of the evidence sentence (``ipkg:sentenceRole``): title, background, objective,
    #: methods, results, conclusions, other; ``None`` when not known
    role: str | None = None
    #: the learned probability that a reader judges the finding right (``ipkg:findingConfidence``, 0..1;
    #: :mod:`ipkg.extract.confidence`); ``None`` before it is scored
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class StudyPico:
    """What the study tested (issue 12), read from its title, aims and methods: study facts, never claims.

    ``interventions`` are the interventions put to the test (``ipkg:testedIntervention``), ``conditions`` the
    disorders or symptoms they were tested for (``ipkg:studiedCondition``), ``comparators`` the active
    interventions they were compared with (``ipkg:comparator``; a placebo is the study's ``controlType``) and
    ``background`` the ongoing treatments an add-on was tested on (what it would potentiate). Each sorted by IRI.
    """

    interventions: tuple[Concept, ...] = ()
    conditions: tuple[Concept, ...] = ()
    comparators: tuple[Concept, ...] = ()
    background: tuple[Concept, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document, ready for the RDF stage."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    abbreviations: tuple[Abbreviation, ...] = ()
    facts: StudyFacts = field(default_factory=StudyFacts)
    findings: tuple[Finding, ...] = ()
    pico: StudyPico = field(default_factory=StudyPico)

    def concepts(self) -> tuple[Concept, ...]:
        """The distinct concepts mentioned, sorted by IRI."""
        return tuple(sorted({m.concept for m in self.mentions}))
