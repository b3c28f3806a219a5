"""Entity mentions of a document: lexicon matches plus abbreviations resolved to their long form's concept.

For every passage of :meth:`ipkg.models.Document.passages` (title, abstract, keywords):

1. :meth:`ipkg.ground.matcher.Grounder.find` gives the lexicon matches;
2. :func:`ipkg.extract.abbreviations.find_abbreviations` gives the definitions; each short form takes the
   concept of the match that ends where its long form ends (``major depressive disorder (MDD)``), or, when the
   lexicon has the short form itself and the long form is only partly grounded, the short form's own reading
   (when its label shares a content word with the long form);
   every whole-word occurrence of the short form in any passage becomes a mention of that concept, and a short
   form defined as something the lexicon does not know (``chronic unpredictable mild stress (CUMS)``) is never
   grounded by a lexicon entry spelled the same (:mod:`ipkg.extract.short_forms`); a name the texts introduce once
   in full and then use shorter without a bracket ("L. helveticus", "NVP-1704" after "probiotic NVP-1704") is
   that name's concept (:mod:`ipkg.extract.introduced_names`);
3. ontology abbreviations that nobody defined are kept only when the document also names the same concept in
   full (they add spans, not concepts);
4. a disorder or phenotype name inside the name of a rating instrument (``Hamilton Depression Rating Scale``,
   ``Psoriasis Area and Severity Index``) is not a mention of it; a disorder's bare adjective is a mention only
   where it heads a phrase naming the disorder or its bearers (``psychotic disorder``, ``hypertensive rats``),
   never alone (``patients were psychotic``) or before a symptom (``depressive symptoms``, ``manic episode``),
   except a body sign's adjective said of someone after a copula (``the patient remained hypotensive``:
   :mod:`ipkg.extract.predicate_signs`);
   "depression" after an organ or function word, or before "of"/"in" and a function, an activity or a measured
   quantity, is that function lowered, not the disorder (``respiratory depression``, ``bone marrow depression``,
   ``depression of immune function``, ``depression of the blood titre``; the senses of
   :func:`ipkg.extract.relation_senses.is_lowering`, shared with the findings stage);
   A place adjective between a surface marker and a cell name leaves the marker's cell type: "CD8+ splenic T
   cells" is CD8+ T cells (in the spleen), and "CD4+ and CD8+ splenic T cells" names both;
   A generic infection word after the pathogen's disease or short form is that infection
   (:mod:`ipkg.extract.infections`: "TEV infection", "influenza A virus infection"); an axis named by its organs
   is a Pathway (:mod:`ipkg.extract.axes`: "brain-spleen axis"), and an axis' "hyperactivity" no sign;
5. names split by a coordination or a slash are read whole (elided heads and prefixes, dangling hyphens, slashed
   families and pathways: :mod:`ipkg.extract.coordination`); a name followed by ``-derived`` or ``-like`` is a modifier, not a mention (``monocyte-derived macrophages``,
   ``depression-like behaviour``);
6. a sign or disorder a named drug induces is the drug-induced form the ontologies name, where they name one
   (``isoniazid-induced hepatitis`` -> drug-induced hepatitis, ``levodopa-induced dyskinesia`` -> Dyskinesia,
   Drug-Induced); the document's other mentions of that sign, bare ("dyskinesia", its short form "LID"), then
   refer to the drug-induced form it named;
7. a drug named inside a longer disorder or sign name is also a mention of the drug over its own span
   (``doxorubicin induced cardiomyopathy``, ``methotrexate toxicity``, ``amphetamine abuse``,
   ``methamphetamine (METH)-induced psychosis``): the name's head before ``induced``, ``associated``,
   ``related``, ``toxicity``, ``dependence``, ``abuse``, ``poisoning``, ``intoxication``, ``overdose`` or
   ``withdrawal`` that the lexicon grounds as an Intervention anywhere, or, before ``induced`` (a treatment
   cue), in a treatment context too (``MPTP-induced parkinsonism``); the disorder stays
   (rules 6 and 7 and organ-toxicity adjectives live in :mod:`ipkg.extract.drug_signs`).

Negated mentions are mentions. Results are sorted by (passage, start, end, concept IRI).
"""

from __future__ import annotations

import logging
import re

from ..ground.agent_company import given_agents, label_use, may_name_labels, not_given
from ..ground.matcher import Grounder, Match, treatment_context
from ..models import Abbreviation, Concept, Document, Mention
from .abbreviations import find_abbreviations, iter_short_forms
from .axes import named_axes
from .defined_concepts import defined_concepts
from .predicate_signs import predicate_sign
from .process_verbs import process_verbs
from .coordination import coordinated_names, elided_first_conjunct, inside_a_match
from .pathway_readings import pathway_readings, shared_head
from .drug_signs import SIGN_CLASSES, cause_in_name, drug_induced, organ_toxicity
from .exposure import EXPOSURE, names_no_exposure
from .infections import long_forms_of, pathogen_infection
from .introduced_names import introduced_names
from .relation_senses import is_lowering
from .short_forms import NESTABLE, defining, names_across_short_forms, resolve_definitions, short_form_of

__all__ = ["extract_mentions"]

logger = logging.getLogger(__name__)

#: an instrument name continues after the disorder: "... Depression Rating Scale", "Psoriasis Area ... Index"
_INSTRUMENT_AFTER = re.compile(
    r"[\s-]*(?:(?:rating|severity|symptoms?|area|and|self-rating|self-report|assessment|activity|screening|"
    r"status|impact|disability)[\s-]+){0,4}(?:scale|subscale|inventory|questionnaire|index|checklist|interview)s?\b",
    re.IGNORECASE,
)
#: ... or precedes it: "Hamilton rating scale for depression", "Statistical Manual of Mental Disorders"
_INSTRUMENT_BEFORE = re.compile(
    r"(?:scale|inventory|questionnaire|index|checklist|interview|manual|classification|criteria)\s+(?:for|of)\s+$",
    re.IGNORECASE,
)
#: what follows a disorder's adjective that names a symptom or a trait, not the disorder: "depressive symptoms",
#: "psychotic features", "depressive-like behaviour", "manic mood" (GUIDELINES: symptom words are not Disorders)
_SYMPTOM_AFTER = re.compile(
    r"[\s-]*(?:symptom\w*|like\b|behavio\w*|mood|feelings?\b|traits?\b|features?\b|signs?\b|tendenc\w*|"
    r"thoughts?\b|cognitions?\b|phenotypes?\b|episodes?\b)",
    re.IGNORECASE,
)
#: signs named by a raised or lowered activity, which after or before an axis are that axis' activity
_ACTIVITY_SIGNS = frozenset({"hyperactivity", "hypoactivity", "hyperreactivity", "hyporeactivity"})
_AXIS_BEFORE = re.compile(r"\baxis[\s-]+$", re.IGNORECASE)
_AXIS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?axis\b", re.IGNORECASE)
#: a word of measurement after a sign: "anxiety scores", "pain ratings" (the sign is measured, not a condition)
_MEASURE_AFTER = re.compile(r"[\s-]*(?:scores?|scales?|ratings?|levels?|severity|inventor\w*|questionnaires?|"
                            r"tests?)\b", re.IGNORECASE)
#: the gap between two members of a list; group 1 is set where it holds "and"/"or"
_LIST_GAP = re.compile(r"\s*,\s*(?:(and/or|and|or)\s+)?|\s+(and/or|and|or)\s+", re.IGNORECASE)
#: what a disorder's bare adjective may head to name the disorder, an occurrence of it (thrombotic events,
#: hypertensive crisis) or the people or animals who have it
_BEARER_AFTER = re.compile(
    r"[\s-]+(?:patients?|subjects?|individuals?|in-?patients?|out-?patients?|people|persons?|adults?|children|"
    r"adolescents?|youths?|wom[ae]n|m[ae]n|mothers?|offspring|participants?|volunteers?|cases?|controls?|"
    r"cohorts?|groups?|"
    r"populations?|samples?|animals?|rats?|mice|mouse|dogs?|monkeys?|models?|disorders?|diseases?|illness(?:es)?|"
    r"syndromes?|conditions?|events?|complications?|cris[ie]s|attacks?)\b",
    re.IGNORECASE,
)
#: an organ or function before "depression" makes it a lowered function, not the mood disorder ("respiratory
#: depression", "CNS depression", "myocardial depression", "bone marrow depression", "cortical spreading depression")
_ORGAN_BEFORE = re.compile(
    r"(?:\b(?:respiratory|ventilatory|cardiac|myocardial|cardiovascular|circulatory|CNS|nervous system|marrow|"
    r"neuromuscular|synaptic|spreading|ST[- ]segment|ST|medullary|hematopoietic|haematopoietic|"
    r"locomotor|"
    # round 18b: a recorded signal's or a synapse's lowering ("paired-pulse", "presynaptic", "EPSC", "post-train",
    # "short-term", "frequency-dependent depression"), a body's ("metabolic", "hypoxic", "central depression"),
    # a population's fitness ("inbreeding depression")
    r"(?:hetero|homo|pre|post)synaptic|paired[- ]pulse|f?EPSPs?|EPSCs?|IPSPs?|IPSCs?|post-?train|post-?tetanic|"
    r"twitch|short-term|(?:frequency|rate|activity|use|stimulus|time)[- ]dependent|metabolic|hypoxic|central|"
    r"(?:in|out)breeding)|-evoked|"  # round 17b: "noradrenaline-evoked depression" (of firing)
    # round 19h: what a receptor (a short form ending in capital R: MOR, mGluR, CB1R; or "receptor") or an
    # endocannabinoid mediates is a synapse's depression; "immune-mediated depression" stays the disorder
    r"(?-i:\b[A-Za-z0-9]*[A-Za-z0-9]R\d?)-mediated|(?:receptors?|eCB|endocannabinoid)-mediated)[\s-]+$",
    re.IGNORECASE,
)
#: a physiological opposite joined to "depression" names the lowering of what it raises (round 18b: "potentiation
#: and depression", "excitation followed by depression", "a short period of depression is followed by a sharp
#: stimulation"): before it (up to two words between) and after it; "stimulation" only as what follows it ("deep
#: brain stimulation and depression" is a treatment and the disorder), "augmentation" never (a treatment strategy)
_OPPOSITE = r"(?:potentiation|facilitation|excitation)"
_OPPOSITE_BEFORE = re.compile(_OPPOSITE + r"\s+(?:and|or|followed\s+by|then)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OPPOSITE_AFTER = re.compile(r"\s+(?:(?:is|was|are|were)\s+)?(?:(?:and|or|followed\s+by)\s+(?:[\w-]+\s+){0,2}"
                             + _OPPOSITE + r"|followed\s+by\s+(?:[\w-]+\s+){0,2}stimulation)\b", re.IGNORECASE)
#: a measured quantity lowered by a "depression of": "depression of the blood titre", "of the phagocytic capacity",
#: "of T lymphocyte cytotoxicity", "of spontaneous Ca2+ events" (beside the functions and activities
#: :func:`ipkg.extract.relation_senses.is_lowering` knows); up to four words before the quantity
_QUANTITY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w()+-]+\s+){0,4}?(?:capacit(?:y|ies)|cytotoxicity|(?:hyper-?)?reactivity|tit(?:re|er)s?|"
    r"events|currents?|excitability|counts?|levels?|concentrations?|formation|numbers?)\b",
    re.IGNORECASE,
)
#: round 18b: "depression of" anything but people or a disorder's kind lowers what follows ("depression of body
#: weight gain", "of bile flow", "of oxygen consumption", "of ICSS", "of the central nervous system"): the words
#: after "of" up to a phrase end (four at most), and the company that keeps the mood disorder there ("depression of
#: the elderly", "of PD patients", "of moderate severity", "of Parkinson's disease", "of late life")
_OF_AFTER = re.compile(r"\s+of\s+((?:[^\s.,;:]+\s+){0,3}[^\s.,;:]+)")
_PEOPLE_OR_KIND = re.compile(
    r"\b(?:patients?|subjects?|individuals?|persons?|people|wom[ae]n|m[ae]n|mothers?|fathers?|adults?|child(?:ren)?|"
    r"childhood|adolescen\w*|youths?|elderly|older|old|aged?|late|life|pregnancy|postpartum|veterans?|students?|"
    r"cases?|those|disease|disorders?|illness|syndrome|type|subtype|severity|mild|moderate|severe|onset)\b",
    re.IGNORECASE,
)
#: a surface marker and one place adjective before a cell name: "CD8+ splenic (T cells)", "CD4(+) circulating",
#: "CD11b-positive hippocampal (microglia)"; group 1 the marker, group 2 the adjective (-ic, -al, -ary, -eal, or a
#: participle of place: circulating, infiltrating, resident)
_MARKER_PLACE = re.compile(
    r"\b(CD\d+[a-z]?(?:\+|\(\+\)|-positive|\s?(?:hi|high|bright)\b))\s+"
    r"([a-z]+(?:ic|al|ary|eal)|circulating|infiltrating|resident)\s+$"
)
#: "sham" before a procedure makes it the control arm's imitation (GUIDELINES: placebo is no Intervention)
_SHAM_BEFORE = re.compile(r"\bsham[\s-]+$", re.IGNORECASE)
#: a modifier made of a name: "monocyte-derived", "depression-like"
_MODIFIER_AFTER = re.compile(r"-(?:derived|like)\b", re.IGNORECASE)
#: a drug-class adjective describing an effect, not a treatment: "antidepressant effects", "antipsychotic-like"
_ADJECTIVE_USE = re.compile(
    r"[\s-]*(?:like\b|(?:effects?|actions?|activit(?:y|ies)|propert(?:y|ies)|potentials?|efficacy|responses?|"
    r"mechanisms?|benefits?|roles?|capacit(?:y|ies)|outcomes?)\b)",
    re.IGNORECASE,
)
#: the rest of a coordination of adjectives that heads a noun of effect: "antidepressant and antidementia effects",
#: "anxiolytic, analgesic, and antidepressive behavior" (each adjective describes the effect, none names a drug)
_COORDINATED_ADJECTIVES = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?!(?:its|their|the|an?|these|this|those|other)\b)"
    r"(?:[\w-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,3}"
    r"[\w-]+[\s-]*(?:like\b|(?:effects?|actions?|activit(?:y|ies)|propert(?:y|ies)|potentials?|efficacy|"
    r"behaviou?rs?|profiles?)\b)",
    re.IGNORECASE,
)
_ADJECTIVE_ENDINGS = ("ant", "ic", "ory", "ive", "al", "ergic")
#: WHO INN stems of single substances that end like an adjective (barbiturates -barbital/-bital/-pental/-hexital,
#: NK1 antagonists -pitant, orexin antagonists -orexant, CGRP antagonists -gepant, antiestrogens -strant,
#: bradykinin antagonists -tibant, cannabinoid antagonists -nabant, salicylates -isal/-osal/-sal): a name so
#: formed is a substance, never a class adjective ("Phenobarbital was given", "aprepitant")
_INN_SUBSTANCE = re.compile(r"(?:barbital|bital|pental|hexital|pitant|orexant|gepant|strant|tibant|nabant|sal)$",
                            re.IGNORECASE)
#: endings of the adjectives :func:`ipkg.ground.expand.disorder_adjective` derives (depressive, psychotic, obese)
_DISORDER_ADJECTIVES = ("ive", "ic", "ese", "ile", "ous", "ed")  # round 14b: sterile, infectious, malnourished
#: name types whose one-word adjective is held to the bare-adjective rule: the derived adjectives and the
#: ontologies' own adjectival synonyms (MONDO's "hyperplastic" for hyperplasia, "hypersensitive"); a label
#: such as MeSH's "Colic" is a noun
_ADJECTIVE_SYNTYPES = frozenset({"derived", "exact"})
#: a chemical name that is part of another name: "N-methyl-D-aspartate receptor", "forced swimming test", also
#: through a slashed second ligand: "NMDA/glycine site", "GABA/benzodiazepine receptor" (round 12)
#: (not "levels": a drug's level is the drug's, "lithium levels"; endogenous compounds are gated by context)
_PART_OF_NAME = re.compile(
    r"\)?(?:/[\w-]+(?:<inf>\w{1,3}</inf>)?)?[\s-]*(?:\([^()]{1,12}\)\s*)?"
    r"(?:receptors?|transporters?|tests?|tasks?|paradigms?|antagonists?|agonists?|blockers?|inhibitors?|"
    r"channels?|subunits?|binding|sites?|synthase|synthesis|metabolism|metabolites?|procedures?|experiments?)\b",
    re.IGNORECASE,
)
#: the first half of a racemate's stereo descriptor before a comma: "(R," of "(R,S)-ketamine"
_STEREO_BEFORE = re.compile(r"\((?:[RS]|[+-]|rac|DL|dl)$")
#: a determiner before a class word in apposition: "the antibiotic minocycline"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
#: what may follow a one-word drug-class adjective used as a noun ("an antidepressant.", "antidepressant drugs",
#: "antidepressant development": the development of antidepressants, "the anticonvulsant of choice")
_DRUG_NOUN = re.compile(
    r"\s*(?:$|[.,;:)\]]|and\b|or\b|-(?:induced|treated|related|na[iï]ve|free|associated|generated|exposed|resistant)|(?:agent|drug|medication|treatment|"
    r"therap(?:y|ies)|monotherapy|pharmacotherapy|use|users?|exposure|dos(?:e|es|ing|age)|administration|regimens?|"
    r"prescri\w*|intake|withdrawal|discontinuation|trials?|class(?:es)?|group|arm|pharmacology|potentiation|"
    r"augmentation|combination|polypharmacy|switch\w*|cocktail|mixture|supplement\w*|formula|preparation|"
    r"product|development|discovery|research)s?\b|of\s+choice\b|[A-Z]{2,}-?\d{2,}\b)",
    re.IGNORECASE,
)
#: a finite verb after a class word: after a determiner the word is then a noun ("the antipsychotic was stopped",
#: "an antibiotic reduced ...")
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|were|are|has|had|have|did|does|can|could|may|might|will|would|should|must|\w{3,}ed)\b",
    re.IGNORECASE,
)
#: an isotope label before a name makes it a tracer, a measurement tool (GUIDELINES): "[(3)H]citalopram"
_TRACER_BEFORE = re.compile(r"\[\(?\d{1,3}\)?[A-Z][a-z]?\]-?$")


def extract_mentions(doc: Document, grounder: Grounder) -> tuple[tuple[Mention, ...], tuple[Abbreviation, ...]]:
    """The mentions and the abbreviation definitions of ``doc``."""
    passages = doc.passages()
    matches = {name: grounder.find(text) for name, text in passages}
    abbreviations: list[Abbreviation] = []
    for name, text in passages:
        abbreviations += find_abbreviations(text, name)
    texts = dict(passages)
    definitions, contextual = resolve_definitions(abbreviations, matches, texts, grounder)
    # the definitions of things no ontology has name concepts of their own (.defined_concepts, round 26)
    minted = defined_concepts(abbreviations, definitions, matches, texts, grounder)
    definitions.update(minted.definitions)

    long_forms = long_forms_of(abbreviations)
    found: list[tuple[str, int, int, Concept, bool]] = []  # passage, start, end, concept, needs confirmation
    induced: dict[str, Concept] = {}  # a sign's IRI -> the drug-induced form the document names it in
    for name, text in passages:
        drug_spans = [(m.start, m.end) for m in matches[name] if m.concept.cls == "Intervention"]
        drug_starts = {start for start, _ in drug_spans}
        drug_ends = {end for _, end in drug_spans}
        coordinated, parts = coordinated_names(text, matches[name], grounder)  # "IL-6 and -10", "ERK1/2"
        found += [(name, a, b, c, False) for a, b, c in coordinated]
        for m in matches[name]:
            if definitions and short_form_of(text[m.start : m.end], definitions) is not None:
                continue  # the document's own definition decides what this spelling means
            if parts and (m.start, m.end) in parts:
                continue  # "STAT signalling" inside "JAK/STAT signalling": part of the slashed name
            if m.start >= 3 and text[m.start - 1] == "," and _STEREO_BEFORE.search(text, m.start - 4, m.start - 1):
                racemate = _racemate(text, m, grounder)  # "(R,S)-ketamine" is ketamine, not (S)-ketamine
                if racemate is not None:
                    found.append((name, *racemate, False))
                continue
            if not (_keep(text, m, drug_starts) or predicate_sign(text, m, grounder)) or (
                    m.concept.cls == "Intervention" and not_given(text, m.start, m.end, drug_spans)):
                continue  # (.agent_company: a metabolite in apposition, a confounder list's member)
            if m.concept.cls == "Disorder" and "nfecti" in m.concept.label:  # "TEV infection" (.infections)
                decided, reading = pathogen_infection(text, m, matches[name], long_forms, grounder)
                if decided:
                    if reading is not None:
                        found.append((name, m.start, m.end, reading, False))
                    continue
            if m.start and text[m.start - 1] == "(" and ")" in text[m.start : m.end]:
                found.append((name, m.start - 1, m.end, m.concept, m.abbreviation))  # "(R)-ketamine" whole
                continue
            concept = None
            if m.concept.cls in SIGN_CLASSES:
                concept = drug_induced(text, m, drug_ends, grounder)
                if concept is not None:
                    induced.setdefault(m.concept.iri, concept)
                found += [(name, *cause, False) for cause in cause_in_name(text, m, grounder)]
            if m.concept.cls == "ImmuneCell" and m.start > 6 and text[m.start - 1] == " ":
                marked = _marker_across_place(text, m, grounder)
                if marked:  # "CD8+ splenic T cells" names CD8+ T cells, not T cells besides
                    found += [(name, *reading, False) for reading in marked]
                    continue
            found.append((name, m.start, m.end, concept or m.concept, m.abbreviation))
            found += [(name, a, b, c, False) for a, b, c in elided_first_conjunct(text, m, grounder)
                      if not inside_a_match(a, b, matches[name])]
            if m.concept.cls == "Pathway":  # "intestinal, systemic and brain inflammation" (round 18b)
                found += [(name, a, b, c, False) for a, b, c in shared_head(text, m, grounder)
                          if not inside_a_match(a, b, matches[name])]
        if "toxic" in text:
            found += [(name, a, b, c, False) for a, b, c in organ_toxicity(text, matches[name], grounder)]
        found += [(name, a, b, c, False) for a, b, c in named_axes(text, matches[name], grounder)]  # (.axes)
        found += [(name, a, b, c, False) for a, b, c in process_verbs(text, grounder)]  # (verbs)
        found += [(name, a, b, c, False) for a, b, c in given_agents(name, text, matches[name], grounder)]  # (given)
        if not definitions:
            continue
        spans = [(m.start, m.end) for m in matches[name]]
        # an occurrence the matcher read as a given agent (a context-only reading its treatment cue chose: "murine
        # IFN-alpha (250 IU/day)") stays that agent where the definition was read out of context (the cytokine)
        given = {(m.start, m.end): m.concept for m in matches[name] if m.entry.context}
        for short, concept in definitions.items():
            if concept is None:
                continue
            plain = contextual.get(short)
            for start, end in iter_short_forms(short, text):
                if concept.cls not in NESTABLE and any(a <= start and end <= b and (a, b) != (start, end)
                                                        for a, b in spans):
                    continue  # "IL-2" inside "IL-2 receptor" is the receptor's name, not the drug
                if concept.cls == "Intervention" and _PART_OF_NAME.match(text, end):
                    continue  # "NMDA receptor" names a receptor, not the agent N-methyl-D-aspartate
                if (start, end) in given:
                    found.append((name, start, end, given[start, end], False))
                elif plain is not None and not treatment_context(text, start, end) and not defining(
                        abbreviations, short, name, start):
                    found.append((name, start, end, plain, False))  # IL-2 given once, measured here
                else:
                    found.append((name, start, end, concept, False))
    # the later uses of the names the texts introduce once without a bracket ("L. helveticus" after "Lactobacillus
    # helveticus", "NVP-1704" after "probiotic NVP-1704"), then the names across a defined short form
    found += [(name, start, end, concept, False) for name, start, end, concept in introduced_names(texts, grounder)]
    found = minted.apply(found + names_across_short_forms(abbreviations, texts, grounder))
    found = pathway_readings(_conditions_in_lists(found, texts, grounder), texts, grounder)  # anti-X effects
    if may_name_labels(texts.values()):  # a cell label is a tool in the whole text
        labels = {c.iri for name, _, end, c, _ in found if c.cls == "Intervention" and label_use(texts[name], end)}
        found = [item for item in found if item[3].iri not in labels]
    if induced:  # the document's bare mentions of a sign it names as drug-induced are that form (rule 6)
        found = [(name, start, end, induced.get(concept.iri, concept), needs)
                 for name, start, end, concept, needs in found]
    # deduplicated and ordered by (passage, start, end, concept IRI) before any Mention is made (the lexicon
    # has one Concept per IRI, so the IRI stands for the concept and hashing stays on strings and ints)
    confirmed = {concept.iri for _, _, _, concept, needs in found if not needs}
    unique = {
        (name, start, end, concept.iri): concept
        for name, start, end, concept, needs in found
        if not needs or concept.iri in confirmed
    }
    mentions = []
    for key in sorted(unique):
        name, start, end, _ = key
        mentions.append(Mention(name, start, end, texts[name][start:end], unique[key]))
    return tuple(mentions), tuple(abbreviations)


def _marker_across_place(text: str, m: Match, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """The cell a surface marker names across a place adjective (:data:`_MARKER_PLACE`): "CD8+ splenic T cells"
    -> CD8-positive T cell over the whole span, and the first conjunct of an elided coordination before it
    ("CD4+ and CD8+ splenic T cells" -> CD4-positive T cell too)."""
    place = _MARKER_PLACE.search(text, max(0, m.start - 40), m.start)
    if place is None:
        return []
    concept = grounder.lookup(f"{place.group(1)} {text[m.start : m.end]}", "ImmuneCell")
    if concept is None or concept == m.concept:
        return []
    whole = m._replace(start=place.start(1), concept=concept)
    return [(whole.start, whole.end, concept), *elided_first_conjunct(text, whole, grounder)]


def _conditions_in_lists(found: list, texts: dict[str, str], grounder: Grounder) -> list:
    """A sign coordinated with a disorder names a condition of its own ("depression and anxiety", "stress,
    depression, anxiety, and sleep disturbances"): it is the disorder named "<sign> disorder" when the lexicon
    has one (anxiety -> anxiety disorder). Only in a list joined by "and"/"or" that holds a disorder, and not
    where the sign heads a word of symptoms or measures ("anxiety symptoms", "anxiety scores")."""
    out = list(found)
    by_passage: dict[str, list[int]] = {}
    for i, item in enumerate(found):
        by_passage.setdefault(item[0], []).append(i)
    for name, indices in by_passage.items():
        text = texts[name]
        order = sorted(indices, key=lambda i: (found[i][1], found[i][2]))
        for k, i in enumerate(order):
            _, start, end, concept, _ = found[i]
            if concept.cls != "Phenotype" or _SYMPTOM_AFTER.match(text, end) or _MEASURE_AFTER.match(text, end):
                continue
            condition = grounder.lookup(f"{text[start:end]} disorder", "Disorder")
            if condition is None or text[start:end].lower() not in condition.label.lower():
                continue
            joined, disorder = False, False
            for step in (-1, 1):  # walk the list left, then right
                j, edge = k, (start if step < 0 else end)
                while 0 <= j + step < len(order):
                    other = found[order[j + step]]
                    gap = text[other[2] : edge] if step < 0 else text[edge : other[1]]
                    separator = _LIST_GAP.fullmatch(gap)
                    if separator is None:
                        break
                    joined = joined or bool(separator.group(1) or separator.group(2))
                    disorder = disorder or other[3].cls == "Disorder"
                    j, edge = j + step, (other[1] if step < 0 else other[2])
            if joined and disorder:
                out[i] = (name, start, end, condition, False)
    return out


def _keep(text: str, m: Match, drug_starts: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether a lexicon match is a mention (not part of an instrument, receptor or test name, not an
    adjective describing an effect, not the tail of a longer chemical name); ``drug_starts``: where the
    passage's Intervention matches start (a class word before one of them is a noun in apposition)."""
    cls = m.concept.cls
    if m.end < len(text) and text[m.end] == "-" and _MODIFIER_AFTER.match(text, m.end):
        return False  # "monocyte-derived macrophages", "depression-like behaviour": a modifier
    if cls == "Pathway" and _INSTRUMENT_AFTER.match(text, m.end):
        return False  # "Stress Response Inventory": an instrument's name, not the process
    if cls == "Disorder" or cls == "Phenotype":
        surface = text[m.start : m.end]
        if surface[:10].lower() == "depression" and (
                _ORGAN_BEFORE.search(text, max(0, m.start - 32), m.start) or is_lowering(text, m.start, m.end)
                or _QUANTITY_AFTER.match(text, m.end) or _OPPOSITE_BEFORE.search(text, max(0, m.start - 48), m.start)
                or _OPPOSITE_AFTER.match(text, m.end) or _lowered_after_of(text, m.end)):
            return False  # "respiratory depression", "depression of immune function": a function lowered
        if m.entry.syntype in _ADJECTIVE_SYNTYPES and " " not in surface and (
                _SYMPTOM_AFTER.match(text, m.end)
                or surface.lower().endswith(_DISORDER_ADJECTIVES) and not _BEARER_AFTER.match(text, m.end)):
            return False  # "depressive symptoms", "patients were psychotic": the adjective names no disorder
        if _INSTRUMENT_AFTER.match(text, m.end):
            return False
        if surface.lower() in _ACTIVITY_SIGNS and (_AXIS_BEFORE.search(text, max(0, m.start - 12), m.start)
                                                   or _AXIS_AFTER.match(text, m.end)):
            return False  # "HPA axis hyperactivity", "hyperactivity of the HPA axis": the axis' activity raised
        before = max(0, m.start - 30)
        # _INSTRUMENT_BEFORE ends in "for|of" and whitespace: test that first (its search tries every offset)
        return not (text[before : m.start].rstrip()[-3:].lower().endswith(("for", "of"))
                    and _INSTRUMENT_BEFORE.search(text, before, m.start))
    if cls == EXPOSURE:
        return not names_no_exposure(text, m.end)  # "the chronic stress response", "stress-related disorders"
    if cls == "Intervention":
        if _PART_OF_NAME.match(text, m.end):
            return False
        if m.start >= 5 and _SHAM_BEFORE.search(text, max(0, m.start - 6), m.start):
            return False  # "sham operation", "sham rTMS": the control, not the intervention (GUIDELINES: no placebo)
        if m.start and text[m.start - 1] in "]-" and _TRACER_BEFORE.search(text, max(0, m.start - 8), m.start):
            return False  # "[(3)H]citalopram" is a radioligand
        if m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isalnum():
            return False  # 1-methyl-L-tryptophan is not L-tryptophan
        surface = text[m.start : m.end]
        if not surface.endswith(_ADJECTIVE_ENDINGS) or _INN_SUBSTANCE.search(surface):
            return True  # no adjective: phenobarbital, aprepitant, diflunisal are substances
        if " " not in surface:
            # a singular one-word class name is an adjective unless a drug noun or a phrase end follows
            # ("cholinergic neurons", "neuroleptic malignant syndrome" are no treatments; "an antidepressant." is);
            # after a determiner and before a drug it is the drug's class in apposition ("the antibiotic minocycline");
            # after a determiner and before a finite verb it is a noun
            if _DRUG_NOUN.match(text, m.end):
                return not _COORDINATED_ADJECTIVES.match(text, m.end)
            if not _DETERMINER_BEFORE.search(text, max(0, m.start - 5), m.start):
                return False
            return (m.end + 1 in drug_starts and text[m.end] == " ") or bool(_VERB_AFTER.match(text, m.end))
        return not _ADJECTIVE_USE.match(text, m.end)
    return True


def _lowered_after_of(text: str, end: int) -> bool:
    """Whether "depression" ending at ``end`` is followed by "of" and what it lowers (:data:`_OF_AFTER`)."""
    after = _OF_AFTER.match(text, end)
    return after is not None and not _PEOPLE_OR_KIND.search(after.group(1))


def _racemate(text: str, m: Match, grounder: Grounder) -> tuple[int, int, Concept] | None:
    """The racemate a ``(R,S)-X`` match names: the concept of ``X`` itself, over the whole span."""
    hyphen = text.find(")-", m.start, m.end)
    if hyphen < 0:
        return None
    concept = grounder.lookup(text[hyphen + 2 : m.end])
    start = text.rfind("(", 0, m.start)
    return (start, m.end, concept) if concept is not None and start >= 0 else None
