"""Dictionary grounding: find lexicon names in text and choose one concept per span.

:class:`Grounder` cuts a text into normalised tokens (:func:`ipkg.ground.variants.cut`), codes each token
(three characters, phrase breaks as a code no key contains), runs the Aho–Corasick automaton of
:mod:`ipkg.ground.lexicon` over the code string, maps hits back to character offsets, then

1. drops readings whose case does not fit (short acronyms such as ``IL-6``, ``BD``, ``MDD`` match only with the
   case the lexicon gives them);
2. picks one reading per span: the best-ranked one, except that a context-only reading (a cytokine *given* as a
   drug, an endogenous molecule *administered*) wins when a treatment cue stands next to the span
   (``low-dose IL-2``, ``IL-2 infusion``, ``treated with ...``, ``... (20 mg/kg)``, ``... has anticonvulsant
   activity``), and is dropped otherwise;
   a name with only context-only readings, out of context, still takes its span from shorter names inside it
   (``vitamin D levels`` grounds nothing, not the vitamin class);
3. keeps the leftmost-longest spans (``major depressive disorder`` over ``depressive disorder``); a shorter
   span of another class inside a kept span is kept too when it is a cytokine or a cell
   (``IL-6 signaling`` names both the pathway and IL-6); a cytokine's production or secretion right after a verb
   of change gives way to the cytokine inside it (``decreased the production of IL-1β``: the cytokine measured).

Ontology abbreviations (``syntype`` ``abbreviation``) come back flagged; :mod:`ipkg.extract.mentions` keeps them
only when the document confirms the concept. Nothing here compiles a regex per call or per mention.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

from ..cues import Folded, folded_pattern
from ..models import Concept
from .lexicon import CODE_WIDTH, UNKNOWN, Entry, Index, load_index
from .variants import Cut, Memo, cased_of, cut, keys_of

__all__ = ["Match", "Grounder", "NESTABLE", "treatment_context"]

logger = logging.getLogger(__name__)

#: an amount before a name: a number, a unit of mass, activity, substance or molar concentration, optionally per
#: kilogram (and day): a dose given ("10 mg/kg", "0.6 mmol/kg", "20 mM", "300 IU of")
_DOSE_BEFORE = (r"\d+(?:\.\d+)?\s*(?:mg|g|ng|mcg|\u00b5g|\u03bcg|ug|iu|units?|gy|(?:m|\u00b5|\u03bc|u|n|micro|nano)mol|"
                r"(?:m|\u00b5|\u03bc|u|n|micro|nano)m|microg)"
                r"\b(?:\s*/\s*kg(?:\s+(?:of\s+)?body\s+weight|\s+b\.\s*w\.)?)?(?:\s*/\s*d(?:ay)?\b)?")
#: the parenteral and local routes of giving a substance, as adjectives ("intracoronary nitroprusside")
_ROUTE = (r"(?:intraperitoneal|intravenous|subcutaneous|intramuscular|intranasal|intracerebroventricular|intrathecal|"
          r"intracoronary|intracerebral|intrahippocampal|intracisternal|intra-?arterial|intradermal|intragastric|"
          r"intraplantar|intratracheal|intravitreal|transdermal)(?:ly)?")
#: a treatment cue right before a name: "low-dose IL-2", "treated with", "infusion of", "randomised to receive";
#: for a microbe given to a host (round 8): "ingestion of", "supplemental", "gavaged with", "colonized with", "the
#: probiotic (strain)"; for a compound, "the prodrug"; (round 19j) a dose or concentration ("10 mg/kg melatonin",
#: "20 mM mannitol", "0.6 mmol/kg of glycine"), a parenteral route ("intraperitoneal melatonin", "i.c.v. CRF";
#: not "oral": "oral streptococci" are measured), and across at most three list members before the name
#: (``items``: "received melatonin and taurine"); (round 19k) a species between the cue and the name ("recombinant
#: human IL-2", "recombinant rat interleukin-1 beta"); (round 19l) an adverb between "treated" and "with"
#: ("treated orally with", "treated chronically with"); (round 22c) the bacterial source of a product given
#: ("received either bacterial endotoxin", "administration of E. coli endotoxin", "injected with Escherichia coli
#: lipopolysaccharide"). An experimental verb and "with" is
#: :func:`ipkg.ground.agent_company.cued_agents`'s cue
_CUE_BEFORE = re.compile(
    r"(?:(?:low|high|single|repeated|daily|weekly|standard|fixed|escalating)[- ]dos(?:e|es|ed|ing)|"
    r"administ\w*|adjunct\w*|treat(?:ed|ment|ing)?\s+(?:\w+ly\s+)?with|therap(?:y|ies)\s+with|infusions?\s+of|"
    r"injections?\s+of|inject\w*|given|receiv\w*|randomi[sz]ed\s+to|supplement\w*\s+with|"
    r"recombinant|challenge[sd]?\s+with|pre-?treat\w*|doses?\s+of|exposure\s+to|exposed\s+to|"
    r"add-on|augment\w*\s+with|ingest(?:ion|ed|ing)\s+(?:of|with)|supplemental|gavage[sd]?\s+(?:of|with)|"
    r"colonized\s+with|probiotics?(?:\s+strains?)?|prodrug|" + _DOSE_BEFORE + "|" + _ROUTE +
    r"|i\.p\.|i\.v\.|s\.c\.|i\.c\.v\.)"
    r"(?:\s+(?:either|a|an|the|of|with|\w+-dose|low|high|single|intravenous|oral|intranasal|subcutaneous|"
    r"human|rat|murine|mouse|porcine|bovine|canine|ovine|equine|simian|bacterial|(?:e\.|escherichia)\s+coli)){0,3}"
    r"(?P<items>(?:\s+(?!(?:while|whereas|but|which|that|when|where|who|groups?|was|were|is|are|in|on|at|by|for)\b)"
    r"[\w-]+(?:\s+[\w-]+)?(?:\s*\([^()]{1,30}\))?(?:\s*,|\s*,?\s+(?:and|or|plus))){0,3})"
    r"[\s(]*$",
    re.IGNORECASE,
)
#: a verb right after a name that a cue reaches only across other list items ("treated with fluoxetine, and
#: dopamine was measured"): a clause of its own, not the list's last member
_CLAUSE_AFTER = re.compile(r"\s+(?:was|were|is|are|has|have|had|did|does|do|may|might|can|could|would|will|"
                           r"increased|decreased|rose|fell|remained)\b")
#: a cheap pre-check for :data:`_CUE_BEFORE` (its end-anchored search is slow over a window)
_CUE_WORD = re.compile(
    r"dos|administ|adjunct|treat|therap|infusion|inject|given|receiv|randomi|supplement|recombinant|challenge|"
    r"expos|add-on|augment|ingest|gavage|coloni|probiotic|prodrug|intra|subcutan|transderm|i\.[pvc]\.|s\.c\.|"
    r"\d\s*(?:mg|g|ng|mcg|\u00b5|\u03bc|ug|iu|unit|mmol|umol|nmol|mm|um|nm|micro|nano)",
    re.IGNORECASE,
)
#: :data:`_CUE_WORD` and :data:`_CUE_BEFORE` for the lower-cased window (the same matches, 2-4x faster; see
#: :mod:`ipkg.cues`)
_CUE_WORD_FOLDED, _CUE_BEFORE_FOLDED = folded_pattern(_CUE_WORD), folded_pattern(_CUE_BEFORE)
#: how far before its :data:`_CUE_WORD` a :data:`_CUE_BEFORE` phrase can start ("escalating-dose": 11)
_CUE_LEAD = len("escalating-")
#: how far before a name a :data:`_CUE_BEFORE` phrase is looked for (a cue and up to three list members)
_CUE_WINDOW = 96
#: a treatment cue right after a name, past its bracketed short form: "IL-2 therapy", "-induced", "(20 mg/kg)",
#: "-enriched", "group", "(DHA)-enriched", "was administered", "at a daily dosage of", "at or less than 1 g"
#: (never "induced by": "IL-6 induced by LPS" names what was induced, not a treatment); (round 19j) "-injected",
#: "microinjection", "-infused", "-pretreated", "-fed", "-exposed", "application", a lesion it makes ("6-OHDA
#: lesion", "-lesioned"), "-anaesthetized", "was microinjected / applied / added", (round 24a) "given" and a
#: route ("given i.p.", "given orally", "given by gavage"; "given" alone is no cue: "dopamine given its role"), a
#: route ("(i.p.)"), an amount
#: of substance ("(10 nmol)", "(0.6 mmol/kg)") or a molar concentration ("(1 mM)", "(10 microM)"; never per litre
#: or per mass: "glucose (5.5 mmol/L)", "(4 nmol/mg protein)" are levels measured); a bracketed dose range or list
#: is :data:`ipkg.ground.agent_names.DOSE_BRACKET`'s
_CUE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,15}\))?(?:[\s-]+(?:HCl|hydrochloride|hydrobromide|maleate|mesylate|tartrate|citrate)\b)?[\s-]*"
    r"(?:treatment|therapy|therapies|infusion|(?:micro)?inject(?:ion|ed)|administration|"
    r"supplementation|supplement|challenge|treated|induced(?!\s+by\b)|enriched|augmentation|monotherapy|arm|group|"
    r"infused|administered\b|pre-?treat(?:ment|ed)|fed\b|exposed\b(?!\s+to\b)|application|lesion(?:s|ed)?\b|"
    r"an(?:a)?esthe(?:[tz]i[sz]ed|sia)|"
    r"(?:was|were)\s+(?:given|administered|(?:micro)?injected|infused|applied|added)\b|"
    r"given\s+(?:i\.p\.|i\.v\.|s\.c\.|i\.c\.v\.|p\.o\.|orally|intra\w+ly|subcutaneously|by\s+gavage)|"
    r",?\s*at\s+(?:(?:a|the)\s+)?(?:daily\s+|oral\s+)?dos(?:e|es|age)\b|"
    r"at\s+(?:or\s+(?:less|more)\s+than\s+)?(?=\d+(?:\.\d+)?\s*(?:mg|g)\b)|"
    r"\(\s*(?:i\.p\.|i\.v\.|s\.c\.|i\.c\.v\.)|"
    r"\(?\s*\d+(?:\.\d+)?\s*(?:mg|µg|μg|ug|mcg|microg|g|iu|miu|mu|ng|units?|"
    r"(?:m|µ|μ|u|n|p|micro|nano)?mol(?:\s*/\s*kg)?\b(?!\s*/)|(?:m|µ|μ|u|n|micro)M(?!\s*/))\b)",
    re.IGNORECASE,
)

#: a microbe called a probiotic right after its name (round 24a): "<i>L. plantarum</i> (LBP) strains are emerging as
#: promising psychobiotics", "Bifidobacterium longum is a probiotic", "... used as probiotics": a strain named so is
#: one given (the adjudication rules' "a bacterium or strain given or ingested"), as "the probiotic L. reuteri" is
_PROBIOTIC_AFTER = re.compile(
    r"(?:</i>)?(?:\s*\([^()]{1,15}\))?(?:\s+strains?)?\s+(?:(?:is|are|was|were|as|been|being|emerging|considered|"
    r"used|proposed|known|a|an|the|promising|potential|novel|new|effective|candidate|beneficial)\s+){1,6}"
    r"(?:next-generation\s+)?(?:psycho|pro)biotics?\b",
    re.IGNORECASE,
)
#: how far after a name :data:`_PROBIOTIC_AFTER` may reach
_PROBIOTIC_WINDOW = 120
#: a pharmacological activity stated of the name (round 23a): "Isatin has anxiogenic, sedative, anticonvulsant
#: activities", "X showed cardioinhibitory effect", "X exhibited antidepressant-like effects": a verb of having or
#: showing, then up to five action adjectives of a drug (:data:`_DRUG_ACTION`), then activity, effect, property or
#: action. What the body's own molecules do is said with other adjectives ("dopamine has inhibitory effects",
#: "orexin has excitatory actions"), which are no drug's action, and so is a toxic property ("quinolinic acid has
#: neurotoxic effects": round 6's molecule, no drug); round 24a: "-static" ("tuberculostatic", "bacteriostatic")
_DRUG_ACTION = (r"(?:anti-?[a-z]+|anxio(?:genic|lytic)|[a-z]+(?:protective|inhibitory|tensive|convulsant|depressant|"
                r"diuretic|static)|sedative|hypnotic|analgesic|anaesthetic|anesthetic|psychotropic|nootropic)(?:-like)?")
_ACTIVITY_AFTER = re.compile(
    r"\s+(?:has|have|had|showed|shows|show|exhibit(?:s|ed)?|exert(?:s|ed)?|possess(?:es|ed)?|display(?:s|ed)?)"
    r"(?:\s+(?:also|been\s+shown\s+to\s+(?:have|possess|exert)|shown|a|an|potent|significant|marked|strong|some|"
    r"wide\s+range\s+of))*\s+"
    rf"{_DRUG_ACTION}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_DRUG_ACTION}){{0,4}}"
    r"\s+(?:activit(?:y|ies)|effects?|propert(?:y|ies)|actions?)\b",
    re.IGNORECASE,
)
#: how far after a name :data:`_ACTIVITY_AFTER` may reach
_ACTIVITY_WINDOW = 160

#: what a name right before it is a target or a modifier of, so that no cue makes it given (round 19j): a receptor
#: subtype ("dopamine D2-like receptor antagonist", "adenosine-A1"), a receptor, ligand, transporter or channel
#: word at most one word on ("the dopamine (DA) D2 receptor antagonist"), a measure or a product of the substance
#: ("serotonin levels", "dopamine release", "tryptophan depletion"), what is made from it or against it
#: ("methanol extract", "IL-10 neutralizing antibody"), "-sensitive", "-gated", "-dependent",
#: "-binding" ("(ATP)-sensitive channels"), or the rest of a longer acid's name ("cysteine sulfinic acid")
_TARGET_AFTER = re.compile(
    r"(?:\s*\([^()]{1,15}\))?(?:[\s-]+[A-Z]{1,2}\d[A-Za-z]?(?:-like)?\b|"
    r"[\s-]+(?:(?!(?:at|in|of|to|for|with|by|and|or)\b)[\w-]+\s+)?(?:receptors?|agonists?|antagonists?|ligands?|"
    r"transporters?|channels?|levels|concentrations?|content|release|turnover|synthesis|metabolism|metabolites?|"
    r"precursors?|deficiency|depletion|extracts?|fractions?|neutrali[sz]ing|antibod(?:y|ies)|antiser(?:um|a))\b|"
    r"-(?:sensitive|gated|dependent|binding)\b|\s+\w+ic\s+acid\b)"
)

#: a chemical substituent right before a name ("N6-cyclopentyl adenosine", "2-chloro-adenosine"): the name is part
#: of a longer compound's, so no cue makes it given (round 19j)
_SUBSTITUENT_BEFORE = re.compile(r"(?:yl|oxy|amino|chloro|fluoro|bromo|iodo|nitro|deoxy)[\s-]?$", re.IGNORECASE)

#: a strain designation right after a name (round 8): "Lactobacillus reuteri NK33", "L. plantarum PS128",
#: "<i>B. adolescentis</i> NK98": a strain is named so where it is given (two or more capitals, then two or more
#: digits; never a receptor subtype, "melatonin MT12 receptor", a receptor's letter, "dopamine D2", or a measure's
#: range, "cortisol AUC0-120")
_STRAIN_AFTER = re.compile(r"(?:</i>)?\s+(?:strain\s+)?[A-Z]{2,5}-?\d{2,5}\b(?![-/])(?!\s*(?:and\s+\S+\s+)?receptors?\b)")

#: the plural endings of an adjective of action (round 22c): English adjectives take no plural, so "anti-inflammatories"
#: is the noun, the class of agents (ChEBI's anti-inflammatory agent), where "anti-inflammatory" alone names the
#: process (curated.tsv); a name of both classes written so takes its Intervention reading
_PLURAL_ACTION = ("ories", "ants", "ives", "ics")
#: a genus of the 2020 split of Lactobacillus (round 24a): the new genera are named on the old one
#: ("Lactiplantibacillus", "Limosilactobacillus", "Loigolactobacillus", "Levilactobacillus") and keep its species
#: epithets, and MeSH 2024 writes only some of them (Limosilactobacillus reuteri, with "Lactobacillus reuteri" as
#: an entry term; Lactobacillus plantarum still under the old name). A genus token so formed that the lexicon does
#: not know is read as "Lactobacillus", so "Lactiplantibacillus plantarum" grounds as MeSH's Lactobacillus
#: plantarum (not Sporolactobacillus, a genus of its own since 1963)
_SPLIT_GENUS = re.compile(r"(?!Sporo)[A-Z][a-z]+[io]lactobacillus|Lacti[a-z]+bacillus")
#: the keys :data:`_SPLIT_GENUS` tokens are read with
_FORMER_GENUS = ("lactobacillus",)
#: the code of a phrase break (outside the code alphabet, so no key spans it)
_BREAK_CODE = "\x02" * CODE_WIDTH
#: positions in a raw reading tuple (see :attr:`ipkg.ground.lexicon.Index.entries`)
_CASED, _CONTEXT, _ABBREVIATION, _PLURAL = 4, 5, 6, 7
#: the last word of a span (round 24d: a plural-only name needs it in the plural)
_LAST_WORD = re.compile(r"[A-Za-z]+$")
#: candidate order once nested spans are added: by text span
_BY_SPAN = lambda c: (c[2], c[3])  # noqa: E731
#: classes whose names inside a longer span of another class are kept as mentions of their own
NESTABLE = frozenset({"Cytokine", "ImmuneCell"})
#: a verb or noun of change right before a span (round 20b): "decreased the production of IL-1\u03b2", "promoted
#: the release of", "increased IL-6 production", "LPS-induced TNF-\u03b1 secretion", "the reduction in IL-6 production"
#: ("an inhibitor of" is no change: a word must not stand between the verb and the span)
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:increas|decreas|reduc|elevat|enhanc|promot|suppress|inhibit|attenuat|augment|stimulat|block|lower|"
    r"rais|diminish|abolish|induc|potentiat|boost|restor|revers|prevent|impair|up-?regulat|down-?regulat)\w*|"
    r"(?:increase|decrease|reduction|elevation|suppression|inhibition|induction)s?\s+(?:in|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: how far before a span :data:`_CHANGE_BEFORE` is looked for
_CHANGE_WINDOW = 40
#: the ends of a GO label that name a molecule's output: "interleukin-1 beta production", "... secretion"
_OUTPUT_LABEL = (" production", " secretion")
#: what :meth:`Grounder._choose` gives a context-only name out of its context: no reading, but the span is taken
#: (a shorter name inside it is no mention: "vitamin D levels" names no vitamin class)
_BLOCKER: tuple[None, bool] = (None, False)
#: a key group whose simple reading (:func:`_simple_reading`) is not worked out yet
_UNSEEN = object()


def _simple_reading(group: tuple) -> tuple | None:
    """The reading of a key group when no case or context rule can change it (its first), else None."""
    return group[0] if group and not any(raw[_CASED] or raw[_CONTEXT] or raw[_PLURAL] for raw in group) else None


def plural_end(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is written in the plural: it ends in "s" and its key does not keep the
    word as written (the key folds the plural), as a plural-only name needs (round 24d).

    >>> t = "semicarbazones and a semicarbazone of isatin"
    >>> plural_end(t, 14), plural_end(t, 34), plural_end("the analysis", 12)
    (True, False, False)
    """
    word = _LAST_WORD.search(text, max(0, end - 40), end)
    return bool(word) and word.group().endswith(("s", "S")) and keys_of(word.group())[-1:] != (word.group().lower(),)


def treatment_context(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` say it is given as a treatment.

    >>> t = "low-dose IL-2 raised Tregs; IL-2 levels were low; patients treated with low-dose IL-2"
    >>> treatment_context(t, 9, 13), treatment_context(t, 28, 32), treatment_context(t, 80, 84)
    (True, False, True)
    """
    if start and (text[start - 1] in ")]" or _SUBSTITUENT_BEFORE.search(text, max(0, start - 8), start)) \
            or _TARGET_AFTER.match(text, end, end + 40) and text[start : start + 4].lower() != "anti":
        # the tail of a longer chemical name ("[3,4-d]pyrimidine"), or a target named by its ligand (an "anti-X"
        # name is the agent itself: "an anti-TNF-alpha monoclonal antibody")
        return False
    if _CUE_AFTER.match(text, end, end + 40) or _STRAIN_AFTER.match(text, end, end + 48) \
            or _ACTIVITY_AFTER.match(text, end, end + _ACTIVITY_WINDOW) \
            or _PROBIOTIC_AFTER.match(text, end, end + _PROBIOTIC_WINDOW):
        return True
    return _cue_before(text, start, end)


def _cue_before(text: str, start: int, end: int) -> bool:
    """Whether a treatment cue (:data:`_CUE_BEFORE`) ends right before ``text[start:end]``, within
    :data:`_CUE_WINDOW` characters, and reaches the name (not a clause of its own after a list)."""
    before = max(0, start - _CUE_WINDOW)
    # neither pattern reads outside the window (no lookbehind, no \\b; "$" is its end): searched on its lower-cased
    # form when lower-casing keeps the offsets
    lower = Folded(text[before:start]).lower
    if lower is None or _CUE_WORD_FOLDED is None or _CUE_BEFORE_FOLDED is None:
        cue = _CUE_WORD.search(text, before, start)
        # a cue phrase starts at most _CUE_LEAD characters before its cue word, so the slow search starts there
        phrase = cue and _CUE_BEFORE.search(text, max(before, cue.start() - _CUE_LEAD), start)
    else:
        cue = _CUE_WORD_FOLDED.search(lower)
        phrase = cue and _CUE_BEFORE_FOLDED.search(lower, max(0, cue.start() - _CUE_LEAD))
    # a name the cue reaches across other list items ("received melatonin and taurine") is given unless a clause
    # of its own starts with it
    return bool(phrase) and not (phrase.group("items") and _CLAUSE_AFTER.match(text, end))


class Match(NamedTuple):
    """A grounded span of a text: offsets, the concept, the lexicon entry that matched and whether it is an
    ontology abbreviation that still needs confirming."""

    start: int
    end: int
    concept: Concept
    entry: Entry
    abbreviation: bool


class Grounder:
    """Finds lexicon concepts in text. Build once per process (:meth:`from_path`) and reuse."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._automaton = index.automaton
        self._vocab = index.vocab
        self._entries = index.entries
        self._codes = Memo(self._code)  # keys -> their code string
        self._raw_codes = Memo(self._raw_code)  # raw token -> the code string of its keys
        self._entry_objects: dict[tuple, Entry] = {}
        self._lookups: dict[tuple[str, str | None], Concept | None] = {}  # lookup() memo
        # per key group, its reading when no case or context rule can change it (the common case), None when one
        # can; filled in on a group's first hit (:meth:`_simple_reading`), not for all ~190k groups at start-up
        self._simple: list[tuple | None | object] = [_UNSEEN] * len(index.entries)

    @classmethod
    def from_path(cls, path: Path | None = None, *, use_cache: bool = True) -> Grounder:
        """The grounder of the lexicon at ``path`` (default: the shipped one, :func:`ipkg.resources.lexicon_path`)."""
        if path is None:
            from ..resources import lexicon_path

            path = lexicon_path()
        return cls(load_index(Path(path), use_cache=use_cache))

    @classmethod
    def default(cls) -> Grounder:
        """The grounder of the shipped lexicon (index cached on disk; callers keep one per process)."""
        return cls.from_path()

    def concept(self, curie_or_iri: str) -> Concept | None:
        """The concept with this CURIE or IRI, when the lexicon has it."""
        return self.index.by_curie.get(curie_or_iri) or self.index.concepts.get(curie_or_iri)

    def lookup(self, name: str, cls: str | None = None) -> Concept | None:
        """The concept a whole name grounds to (no context, case rules applied), optionally of one class."""
        try:
            return self._lookups[name, cls]
        except KeyError:
            pass
        concept = self._lookup(name, cls)
        if len(self._lookups) < 100_000:
            self._lookups[name, cls] = concept
        return concept

    def _lookup(self, name: str, cls: str | None) -> Concept | None:
        raw = self._raw_lookup(name, cls)
        return None if raw is None else self.index.table[raw[0]]

    def _raw_lookup(self, name: str, cls: str | None) -> tuple | None:
        """The raw reading a whole name grounds to, as :meth:`lookup` chooses it."""
        # the codes of tokenize(name, breaks=False)'s keys, read as find() reads them (no breaks, no offsets); the
        # first token's case only when the name is known
        seg = cut(name, breaks=False)
        parts = seg.parts
        codes = self._token_codes(seg)
        code = "".join(codes)
        value = self._automaton.get(code, None) if code else None
        if value is None:
            return None
        first = next(r for r, token_code in enumerate(codes) if token_code)  # the first raw token with keys
        cased = cased_of(parts[2 * first + 1])
        if first in seg.joined:
            cased += cased_of(parts[2 * seg.joined[first] + 1])
        plural = None
        for raw in self._entries[value >> 6]:
            if raw[_CONTEXT] or raw[_CASED] and raw[_CASED] != cased:
                continue
            if raw[_PLURAL]:
                plural = plural_end(name, len(name)) if plural is None else plural
                if not plural:
                    continue
            if cls is None or self.index.table[raw[0]].cls == cls:
                return raw
        return None

    def _token_codes(self, seg: Cut) -> list[str]:
        """The code string of each raw token of ``seg``, through the memos of raw tokens and of the patched tokens'
        keys (:func:`~ipkg.ground.variants.cut`)."""
        codes = list(map(self._raw_codes.__getitem__, seg.parts[1::2]))
        for r, keys in seg.patches.items():
            codes[r] = self._codes[keys]
        return codes

    def find(self, text: str) -> list[Match]:
        """The grounded spans of ``text``, sorted by start: leftmost-longest, one reading each (plus nested
        cytokines and cells inside longer spans of another class)."""
        seg = cut(text)
        parts = seg.parts
        codes = self._token_codes(seg)
        for r in seg.breaks:
            codes[r] = _BREAK_CODE + codes[r]
        hits = self._automaton.iter("".join(codes))
        candidates: list[tuple] = []
        ucum = offsets = None
        entries = self._entries
        simple = self._simple
        joined = seg.joined
        add = candidates.append
        bisect, width, n = bisect_right, CODE_WIDTH, len(text)
        for last_char, value in hits:
            if ucum is None:
                ucum = list(accumulate(map(len, codes)))
                offsets = seg.ends or list(accumulate(map(len, parts)))
            first_char = last_char + 1 - width * (value & 63)
            ri = bisect(ucum, first_char)
            start = offsets[2 * ri]
            rj = bisect(ucum, last_char)
            end = offsets[2 * joined.get(rj, rj) + 1] if joined else offsets[2 * rj + 1]
            if end < n and text[end].isdigit() and not text[end - 1].isdigit():
                continue  # "LTB" in "LTB4", "IL" in "IL6R": the name is part of a longer symbol
            if end + 1 < n and text[end].isupper() and text[end + 1].isdigit() and text[end - 1].isdigit():
                continue  # round 19k: "NK4" in "NK4A136" (a taxon's code); not "IL-12" in "IL-12p70"
            group = value >> 6
            reading = simple[group]
            if reading is _UNSEEN:
                reading = simple[group] = _simple_reading(entries[group])
            if reading is not None:
                add((first_char, -last_char, start, end, reading, reading[_ABBREVIATION]))
                continue
            raw = parts[2 * ri + 1]
            chosen = self._choose(text, cased_of(raw), start, end, entries[group])
            if chosen is not None:  # (a context-only name out of context comes back as a blocker, reading None)
                add((first_char, -last_char, start, end, chosen[0], chosen[1]))
        if not candidates:
            return []
        candidates.sort()  # by first code unit, longest first (the last unit is stored negated)
        kept = []
        last = -1
        for cand in candidates:
            if cand[0] > last:
                kept.append(cand)
                last = -cand[1]
        if len(kept) < len(candidates):
            nested = self._nested(candidates, kept)
            if nested:
                kept = self._measured_outputs(text, kept, nested) + nested
                kept.sort(key=_BY_SPAN)
        entry_get = self._entry_objects.get
        make = Match._make
        out = []
        for _, _, start, end, raw, abbreviation in kept:
            if raw is None:
                continue  # a blocker: the name is recognised, and grounds nothing here
            entry = entry_get(raw) or self._entry(raw)
            if entry.concept.cls == "Pathway" and text.endswith(_PLURAL_ACTION, start, end):
                # an adjective of action in the plural is a noun, the class of agents (round 22c)
                agent = self._raw_lookup(text[start:end], "Intervention")
                if agent is not None:
                    entry = entry_get(agent) or self._entry(agent)
            out.append(make((start, end, entry.concept, entry, abbreviation)))
        return out

    def _entry(self, raw: tuple) -> Entry:
        entry = self.index.entry(raw)
        self._entry_objects[raw] = entry
        return entry

    def _code(self, keys: tuple[str, ...]) -> str:
        """The code string of one raw token's keys (memoised per grounder in ``_codes``)."""
        vocab = self._vocab
        return "".join(vocab.get(k, UNKNOWN) for k in keys)

    def _raw_code(self, raw: str) -> str:
        """The code string of a raw token's own keys (memoised per grounder in ``_raw_codes``; encoded by
        :meth:`_code` directly, not through its memo: a token's first sighting is the hot path of new words); a
        genus of the split of Lactobacillus the lexicon does not name is read as Lactobacillus
        (:data:`_SPLIT_GENUS`)."""
        keys = keys_of(raw)
        if len(keys) == 1 and keys[0] not in self._vocab and _SPLIT_GENUS.fullmatch(raw):
            keys = _FORMER_GENUS
        return self._code(keys)

    @staticmethod
    def _choose(text: str, cased: str, start: int, end: int, entries: tuple) -> tuple[tuple, bool] | None:
        """One raw reading for ``text[start:end]`` (first token's case form ``cased``), or None when no reading
        fits its case or its context."""
        plain = None
        contextual = None
        plural = None
        for raw in entries:
            if raw[_CASED] and raw[_CASED] != cased:
                continue
            if raw[_PLURAL]:
                # a plural-only name (a class) in the singular names no class: "the flavonol fisetin"
                plural = plural_end(text, end) if plural is None else plural
                if not plural:
                    continue
            if raw[_CONTEXT]:
                if contextual is None:
                    contextual = raw
            elif plain is None:
                plain = raw
        if contextual is not None and treatment_context(text, start, end):
            return contextual, False
        if plain is None:
            # a context-only name out of its context still occupies its span (a blocker): "vitamin D levels"
            # names no vitamin class, "L-DOPA content" no DOPA
            return None if contextual is None else _BLOCKER
        return plain, plain[_ABBREVIATION]

    def _measured_outputs(self, text: str, kept: list, nested: list) -> list:
        """``kept`` less each span that names a cytokine's output right after a verb or noun of change (round 20b).

        "FMT decreased the production of IL-1\u03b2", "ECS promoted the release of IL-1beta": both golds read the
        cytokine measured (GUIDELINES: a cytokine is an item when it is measured), not its production process, so
        the span keeps only the cytokine nested in it (:meth:`_nested`). The process stays where it is named as a
        mechanism ("IL-6 production by microglia", "an inhibitor of TNF-alpha production") and wherever no cytokine
        name is inside it ("cytokine production" in general; a hormone's output, which has no class of its own:
        "excessive corticosterone production" is its secretion).
        """
        table = self.index.table
        starts = [k[0] for k in kept]
        dropped = set()
        for cand in nested:
            if table[cand[4][0]].cls != "Cytokine":
                continue
            at = bisect_right(starts, cand[0]) - 1
            holder = kept[at]
            raw, start = holder[4], holder[2]
            if (at in dropped or raw is None or table[raw[0]].cls != "Pathway"
                    or not table[raw[0]].label.endswith(_OUTPUT_LABEL)):
                continue
            if _CHANGE_BEFORE.search(text, max(0, start - _CHANGE_WINDOW), start):
                dropped.add(at)
        return [k for i, k in enumerate(kept) if i not in dropped] if dropped else kept

    def _nested(self, candidates: list, kept: list) -> list:
        """Cytokine and cell spans strictly inside a kept span of another class (IL-6 in "IL-6 signaling")."""
        out = []
        table = self.index.table
        # the kept spans do not overlap and are sorted by start: the only one that can hold a candidate is the
        # last one starting at or before it (a bisection, so a long record costs linear time, not quadratic)
        starts = [k[0] for k in kept]
        for cand in candidates:
            i, j, raw, abbreviation = cand[0], -cand[1], cand[4], cand[5]
            if raw is None:
                continue  # a blocker is no mention
            cls = table[raw[0]].cls
            if cls not in NESTABLE or abbreviation:
                continue
            at = bisect_right(starts, i) - 1
            if at < 0:
                continue
            ki, negative_kj, _, _, kraw, _ = kept[at]
            kj = -negative_kj
            if j <= kj and (ki, kj) != (i, j) and (kraw is None or table[kraw[0]].cls != cls):
                if out and out[-1][0] == i:
                    continue  # round 19k: leftmost-longest inside the span too ("IL-1" in "release of IL-1beta")
                out.append(cand)
        return out
