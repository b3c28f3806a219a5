"""Agents and exposures an abstract defines with a short form that no ontology has (a part of
:func:`ipkg.extract.mentions.extract_mentions`, round 26).

GUIDELINES: "a concept that no ontology has gets ``ids: []`` and is matched by label". Abstracts name their own
preparations and stress paradigms and define a short form for them at once: "adipose-derived stem
cell-conditioned medium (ASC-CM)", "Chronic Hypobaric Hypoxia with Crowding Stress (CHC)". The lexicon cannot list
them (each is one laboratory's), so the short form stood for nothing and every finding about it was lost. Here
such a definition names a concept of its own, labelled with its long form, when the long form says what kind of
thing it is:

* its head is a lexicon name of an exposure, a whole word ("... with Crowding Stress", "water-immersion and
  restraint stress"); not an agent's name: the words before a drug are its dose, route or partner ("high dose
  inhaled salbutamol", "transdermally applied scopolamine", "melatonin and citalopram"), the drug is the concept,
  and the tail of a chemical name is no kind of it ("7-chloro-kynurenic acid");
* or its last word is a noun of a prepared agent ("medium", "extract", "decoction", "formula": an intervention),
  not a comparator's ("standard formula", "control medium").

The long form must read as a name: two to eight words of letters (digits and hyphens inside), no article, verb,
"of" or "or" (read on the 9k bench corpus, where the definition finder's long forms include "had received
diazepam (HR)" and "RD or its extract (RDE)").

A short form with a digit no word of its long form has ("triiodothyronine (T3)", "T4 (thyroxine)") is no
definition to the Schwartz and Hearst reading, and must not be one in general: "treatment (T2)" and "baseline (T0)"
name time points. Here it is one when the word in apposition is an agent the abstract grounds (anywhere: the
matcher reads some agents only where they are given, "The thyroid hormone, triiodothyronine, enhances ...") and
shares the short form's initial; the short form then names that agent, as does the word there.

Only definitions :func:`~ipkg.extract.short_forms.resolve_definitions` left ungrounded are read, so a long form
the lexicon knows, or whose one modifier it can drop ("low-dose aspirin"), keeps its ontology concept. The long
form's later uses ("Adipose-derived stem cell-conditioned medium ameliorates ...", in the title) name the concept
too, and the lexicon's names inside it ("crowding stress", "Hypoxia") give way to the whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..ground.matcher import Grounder, Match
from ..models import Abbreviation, Concept
from ..vocab import DEFAULT_BASE
from .exposure import EXPOSURE
from .abbreviations import long_form_span

__all__ = ["CONCEPT_BASE", "DefinedConcepts", "defined_concepts"]

#: where a concept no ontology has is named (as the axes of :mod:`ipkg.extract.axes`): under the default data base,
#: which the RDF stage moves to ``--base-iri``
CONCEPT_BASE = f"{DEFAULT_BASE}concept/"
#: a word of a name: letters first, then letters, digits, hyphens or an apostrophe (a long form with a comma,
#: a bracket, a number or a dose is a clause the definition finder over-read: "7.5, or 10.0 mg), haloperidol")
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
#: words no name of a preparation or a paradigm holds: articles, verbs, "of" and "or" ("high dose of the MP extract",
#: "RD or its extract", "had received diazepam")
_NOT_IN_A_NAME = frozenset({"the", "a", "an", "of", "or", "its", "their", "in", "to", "for", "by", "on", "at", "from",
                            "had", "has", "was", "were", "is", "are", "received", "compared", "than"})
#: last words of a long form that name a prepared agent, whatever precedes them
_PREPARATION_HEADS = frozenset({"medium", "extract", "extracts", "decoction", "formula", "supernatant"})
#: first words of a preparation a study compares with, not one it tests ("standard formula (SF)", "control
#: medium (CM)": read on the 9k corpus, where "improvement ... more often with NF than SF" made SF the subject)
_COMPARATOR = frozenset({"standard", "control", "regular", "conventional", "usual", "normal", "vehicle", "placebo",
                         "basal"})
#: a long form's extent in words (shorter is a lexicon matter; longer is a clause, not a name)
_MIN_WORDS, _MAX_WORDS = 2, 8
#: a short form of one or two capitals and one digit in brackets after a word, or a word in brackets after it (two
#: digits are measures as often: "median convulsant (CD50)", "ED50", or a dose arm: "haloperidol (HAL16)")
_BRACKETED = re.compile(r"(?<![\w-])([A-Za-z][\w-]{2,40}) \(([A-Z]{1,2}\d)\)")
_BRACKETING = re.compile(r"(?<![\w-])([A-Z]{1,2}\d) \(([A-Za-z][\w-]{2,40})\)")
#: where either may be: ``\([A-Z]{1,2}\d\)|(?<![\w-])[A-Z]{1,2}\d \(``, the same matches, written to open with
#: the class of its first character (a bracket or a capital) and to test what precedes that character behind it,
#: so ``re`` skips to a bracket or a capital instead of trying the pattern at every character (2.8x faster over
#: the 9k bench corpus, session 16; tests/test_speed_s16.py compares the two forms)
_DIGIT_CUE = re.compile(r"[(A-Z](?:(?<=\()[A-Z]{1,2}\d\)|(?<=[A-Z])(?<![\w-][A-Z])[A-Z]?\d \()")
#: what makes the bracketed pair a receptor's or a gene's label, right after it or after a coordination in the
#: same clause: "dopamine (D2) receptor", "histamine (H1) and muscarinic (M1) receptors"
_NAME_GOES_ON = re.compile(r"[^.;]{0,40}?(?<![\w-])(?:receptors?|subtypes?|subunits?|antagonists?|agonists?|genes?|"
                           r"alleles?|polymorphisms?|channels?|sites?)\b", re.IGNORECASE)
#: a treatment cue the matcher reads before a name (:func:`ipkg.ground.matcher.treatment_context`): a word after
#: it is read as given, with the lexicon's gated agents
_GIVEN = "given "
#: a found mention: passage, start, end, concept, whether it needs confirming
Found = tuple[str, int, int, Concept, bool]


@dataclass(frozen=True)
class DefinedConcepts:
    """What :func:`defined_concepts` read: the short forms' concepts and where their long forms stand."""

    #: short form -> the concept minted for its definition
    definitions: dict[str, Concept] = field(default_factory=dict)
    #: every occurrence of a long form: (passage, start, end, concept)
    spans: tuple[tuple[str, int, int, Concept], ...] = ()

    def apply(self, found: list[Found]) -> list[Found]:
        """``found`` with the long forms' occurrences added and the mentions inside them dropped (the lexicon's
        "crowding stress" inside "Chronic Hypobaric Hypoxia with Crowding Stress" is the paradigm's part, not a
        second subject)."""
        if not self.spans:
            return found
        kept = [item for item in found if not any(
            item[0] == passage and start <= item[1] and item[2] <= end and (item[1], item[2]) != (start, end)
            for passage, start, end, _ in self.spans)]
        return kept + [(passage, start, end, concept, False) for passage, start, end, concept in self.spans]


def defined_concepts(abbreviations: Iterable[Abbreviation], definitions: dict[str, Concept | None],
                     matches: dict[str, list[Match]], texts: dict[str, str], grounder: Grounder) -> DefinedConcepts:
    """The concepts the abstract's ungrounded definitions name (see the module's docstring).

    >>> from ipkg.extract import get_grounder
    >>> from ipkg.extract.abbreviations import find_abbreviations
    >>> text = "The effect of adipose-derived stem cell-conditioned medium (ASC-CM) was studied."
    >>> found = defined_concepts(find_abbreviations(text), {"ASC-CM": None}, {"abstract": []}, {"abstract": text},
    ...                          get_grounder())
    >>> concept = found.definitions["ASC-CM"]
    >>> concept.label, concept.cls, concept.iri.rsplit("/", 2)[1], found.spans[0][1:3]
    ('adipose-derived stem cell-conditioned medium', 'Intervention', 'intervention', (14, 58))
    """
    minted: dict[str, Concept] = {}
    for abbreviation in abbreviations:
        short = abbreviation.short
        if short in minted or definitions.get(short, False) is not None:
            continue  # grounded, no definition the resolver read, or not this short form's first definition
        text = texts[abbreviation.passage]
        start, end = long_form_span(abbreviation, text)
        cls = _kind(text, start, end, matches[abbreviation.passage])
        if cls is not None:
            label = " ".join(text[start:end].lower().split())
            slug = "-".join(re.findall(r"[a-z0-9]+", label))
            minted[short] = Concept(f"{CONCEPT_BASE}{cls.lower()}/{slug}", label, cls, "ipkg")
    spans = {(passage, a, b, concept) for concept in minted.values() for passage, passage_text in texts.items()
             for a, b in _occurrences(concept.label, passage_text)}
    for passage, short, concept, at in _digit_short_forms(texts, grounder):
        if short not in definitions and minted.setdefault(short, concept) == concept:
            spans.add((passage, *at, concept))
    # the concept's IRI breaks a tie of offsets, which a set's order (hashed strings) would leave to the run
    return DefinedConcepts(minted, tuple(sorted(spans, key=lambda s: (*s[:3], s[3].iri))))


def _digit_short_forms(texts: dict[str, str], grounder: Grounder
                       ) -> Iterable[tuple[str, str, Concept, tuple[int, int]]]:
    """(passage, short form, the agent, the agent word's offsets) of each "agent (T3)" or "T4 (agent)" whose word
    the lexicon reads as an agent where one is given (its gated readings included) and whose initial the short
    form starts with."""
    for passage, text in texts.items():
        if "(" not in text:
            continue
        for cue in _DIGIT_CUE.finditer(text):
            at = cue.start()
            if text[at] == "(":
                # the pair that ends at this bracket, not the first in the window: "triiodothyronine (T3) and
                # thyroxine (T4)" holds two
                m = next((m for m in _BRACKETED.finditer(text, max(0, at - 42), cue.end()) if m.end() == cue.end()),
                         None)
                word_group, short_group = 1, 2
            else:
                m = _BRACKETING.match(text, at)
                word_group, short_group = 2, 1
            if m is None or _NAME_GOES_ON.match(text, m.end()):
                continue
            word, short = m.group(word_group), m.group(short_group)
            if word[0].lower() != short[0].lower():
                continue
            concept = next((g.concept for g in grounder.find(f"{_GIVEN}{word}") if g.concept.cls == "Intervention"
                            and g.start == len(_GIVEN) and g.end == len(_GIVEN) + len(word)), None)
            if concept is not None:
                yield passage, short, concept, m.span(word_group)


def _kind(text: str, start: int, end: int, matches: list[Match]) -> str | None:
    """The class a long form ``text[start:end]`` names by its head, or None (see :data:`_NAME_WORD`)."""
    words = text[start:end].split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not all(map(_NAME_WORD.fullmatch, words)) or any(
            word.lower() in _NOT_IN_A_NAME for word in words):
        return None
    heads = [m for m in matches if start < m.start and m.end == end]
    if heads:
        head = min(heads, key=lambda m: m.start)
        return EXPOSURE if text[head.start - 1].isspace() and head.concept.cls == EXPOSURE else None
    last = re.split(r"[\s-]", words[-1].lower())[-1]
    return "Intervention" if last in _PREPARATION_HEADS and words[0].lower() not in _COMPARATOR else None


def _occurrences(label: str, text: str) -> Iterable[tuple[int, int]]:
    """Where ``label`` occurs in ``text`` as whole words, in any case and any spacing."""
    pattern = r"(?<![\w-])" + r"\s+".join(re.escape(word) for word in label.split()) + r"(?![\w-])"
    return ((m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE))
