"""Agents no ontology lists, named by a code or as a species, given in the text (round 19f).

GUIDELINES: an Intervention is what is given or done to treat or to test, experimental agents included; "a concept
that no ontology has gets ``ids: []`` and is matched by label". Two kinds of name reach no lexicon row, and every
finding about them was lost: a research compound's code and a microbe species MeSH keeps only among its
supplementary records (round 8 leaves those ~17,600 species out of the lexicon: they would add 6 % to it for the
few given as probiotics). Each names an agent of its own here (an ``ipkg:`` concept labelled with the name) where
the text says it is given.

**A code** (:func:`coded_agents`). Preclinical abstracts give many agents by a laboratory's or a company's code
("pretreatment with AP18, a specific TRPA1 antagonist", "the MOR antagonist CTOP", "Mice received SB-334867
(10 mg/kg)"). A code is given

* in apposition to a mechanism's or a compound's noun before it: "the TRPA1 antagonist AP18", "the selective
  inhibitor, XY-1234", "the amsacrine analogue CI-921", (round 22a) "a selective FFA3 agonist (AR 420626)" (an inhibitor, antagonist, agonist, blocker, activator, opener,
  modulator, ligand, compound, drug, analogue or derivative; not the body's own agent, "the endogenous inhibitor");
* with such a noun in apposition after it: "AP18, a specific TRPA1 antagonist,";
* next to a treatment cue the matcher reads (:func:`ipkg.ground.matcher.treatment_context`: "pretreatment with
  AP18", "AP18 (10 mg/kg)", "AP18 treatment") or before a bracketed dose range (:data:`.agent_names.DOSE_BRACKET`);
* in a title, as its tested agent: a member of a claim's subject ("TZP-4238 suppresses plasma testosterone") or
  after "Effect(s) of", as :func:`.agent_company.title_agents` reads a title's gated names.

A code is a capital, one to five more letters, an optional hyphen and two or more digits ("AP18", "WAY-100635",
"SB334867"), or a capital and three or more digits ("U0126"), or (round 22a) two to five capitals, a space and
four to six digits that are no year ("GR 55562", "CGS 21680": a company's code as MeSH writes it; "WHO 2016" is
none), with one optional letter after; or, only in
apposition to a mechanism's noun, four to six capitals ("CTOP", "NBQX"). Not a code for this rule: a name the
lexicon reads (any class: "IL10", "MK-801"), a measure or a marker ("IC50", "ED50", "CD11b"), a time point
("PND21", "GD18", "DIV14", "ZT12"), a code followed by what makes it a cell line, an animal strain, a gene or a
receptor, or a mutation ("HT22 cells", "TLR4 antagonist", :data:`.agent_names.MODIFIED_BY`, "the W474C
substitution"), a study group's label ("the P100 group", "prednisolone (P100 group)"), one after "anti-" (an antibody's
target) or after "lacking", "expressing", "knockout of" (a gene), a strain's designation after its species
("Lactobacillus plantarum PS128": the species is the agent), one defined in a bracket in the same passage (a short
form: the definition owns it; round 22a: not one bracketed right after a mechanism's noun, "the 5-HT1B receptor
antagonist (GR 55562)", an example named in apposition) or followed by a bracketed name the lexicon reads ("FK506 (tacrolimus)": that name's
concept), or one inside a name the matcher read.

**A species** (:func:`given_species`): a Latin binomial ("Faecalibaculum rodentium": a capitalised genus of four
letters or more, an epithet with a Latin ending) or its abbreviated form ("F. rodentium", whose full form the
passage writes) right after a cue of giving a microbe or a remedy ("ingestion of", "administration of", "gavaged
with", "supplemented with", "treated with", "colonized with", "fed", "received", "probiotic") or before one
("supplementation", "administration", "gavage", "(10^9 CFU)"), or (round 22a) as a title's tested agent, its claim's
whole subject before a singular verb ("Bacillus licheniformis prevents anxiety-like behaviours", "Lactobacillus
fermentum NS9 restores"; not "Oral pathogens exacerbate"); (round 19l) or named as a remedy made of it: "extract
of" before it, "(root, leaf, seed ...) extract" or "oil" after it ("Acanthopanax koreanum extract", "Camelina sativa
oil": GUIDELINES count a plant extract or oil given). Not after "exposure to" or "infected with" (an
infection is no treatment given: "exposure to Toxoplasma gondii"), and not a name the matcher reads (a lexicon
species or genus keeps its MeSH concept).

Once a name is given in a passage, each of its uses there names the agent ("AP18 alone did not ...", "F.
rodentium might contribute to ...").
"""

from __future__ import annotations

import re

from ..models import Concept
from ..vocab import DEFAULT_BASE
from .agent_names import DOSE_BRACKET, GIVEN, MODIFIED_BY
from .matcher import treatment_context

__all__ = ["AGENT_BASE", "coded_agents", "given_species"]

#: where these agents' concepts are named (the default data base, which the RDF stage moves to ``--base-iri``)
AGENT_BASE = f"{DEFAULT_BASE}concept/intervention/"
#: a code name (module docstring); "-" or "." and a digit after it continue a number ("PM2.5"), a hyphen and one
#: letter the code ("S-312-d"), "/" a strain (the capital first and the look behind after it: a pattern that opens
#: with a character class is scanned for three times as fast)
_CODE = re.compile(r"[A-Z](?<![\w/+.-].)(?:[A-Za-z]{1,5}-?\d{2,}|-?\d{3,}|[A-Z]{1,4} (?!(?:19|20)\d\d\b)\d{4,6})"
                   r"[A-Za-z]?(?![\w/+]|[-.,]\d|-[A-Za-z]\b)")
#: four to six capitals: a code only in apposition to a mechanism's noun ("the MOR antagonist CTOP")
_CAPITALS = re.compile(r"[A-Z]{4,6}(?![\w/+-])")
#: the mechanism nouns before :data:`_CAPITALS`, found with ``str.find``
_MECHANISM_WORDS = ("inhibitor", "antagonist", "agonist", "blocker", "activator", "opener", "modulator", "ligand")
#: after a mechanism noun: its plural, a comma, a space
_NOUN_TAIL = re.compile(r"s?,?\s")
#: measures, markers and time points that are written like codes
_NOT_A_CODE = re.compile(r"(?:[A-Z]{1,2}[CD]\d{2}|CD\d+[A-Za-z]?|(?:PND|GD|DIV|ZT|CT|HAMD|MADRS|SF)-?\d+[A-Za-z]?)")
#: a mechanism's noun right before a code, with an optional comma or bracket ("the TRPA1 antagonist AP18",
#: "antagonist, WAY", "a selective FFA3 agonist (AR 420626)")
_NOUN_BEFORE = re.compile(r"\b(?:inhibitor|antagonist|agonist|blocker|activator|opener|modulator|ligand|compound|"
                          r"drug|analog(?:ue)?|derivative)s?,?\s\(?$")
#: the body's own agent before the noun ("the endogenous inhibitor")
_ENDOGENOUS = re.compile(r"\b(?:endogenous|natural|physiological|intrinsic)\b", re.IGNORECASE)
#: a mechanism's noun in apposition after a code: "AP18, a specific TRPA1 antagonist", "X, the selective blocker"
_NOUN_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w()+/.'-]+\s+){0,6}?(?:inhibitor|antagonist|agonist|blocker|activator|opener|"
    r"modulator|ligand|compound|drug|analog(?:ue)?|derivative)s?\b")
#: what makes a code no agent given: a cell line, an animal, a gene, its product or its mutation ("the W474C
#: substitution", "the APC1309 mutation"), a site, a study group ("the P100
#: group", "the P100 (71 +/- 9) groups": a group's own label; "Lachnospiraceae ND3007 group", a taxon) (after the
#: code, past a bracket)
_NO_AGENT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?[\s-]+(?:cells?|cell\s+lines?|lines?|neurons?|mice|mouse|rats?|strains?|mutants?|"
    r"genes?|mRNA|proteins?|knock\w*|KO|transgenic|variants?|alleles?|polymorphisms?|genotypes?|scores?|scales?|"
    r"domains?|regions?|sites?|residues?|subunits?|isoforms?|expression|deficien\w*|null|positive|negative|groups?|"
    r"mutations?|mutants?|substitutions?|amino\s+acids?|deletions?|SNPs?|haplotypes?|"
    r"\+/\+|-/-)(?![\w-])")
#: an antibody's target ("anti-IL6", "anti TNF") or a gene an animal lacks or expresses ("mice lacking X")
_ANTI_BEFORE = re.compile(r"(?:\banti[-\s]?|\b(?:lacking|lack\s+of|deficient\s+in|knock(?:out|down)\s+of|"
                          r"(?:over)?expressing|expression\s+of|silencing\s+of|deletion\s+of)\s+)$", re.IGNORECASE)
#: a species the matcher read (a binomial or a genus), an abbreviated binomial, a subspecies or the word "strain"
#: right before a code: the code is a strain's designation ("Lactobacillus plantarum PS128", "K. pastoris KM71H",
#: "B. animalis subsp. lactis XLTG11", "probiotic strain PXN21"), and the species is the agent
_TAXON = re.compile(r"[A-Z][a-z]{3,}(?: [a-z]{3,})?")
_TAXON_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?[a-z]{3,}|\bsubsp\.\s+[a-z]{3,}|\bstrains?)\s+$")
#: a Latin binomial: a capitalised genus and an epithet with a Latin ending ("Faecalibaculum rodentium",
#: "Akkermansia muciniphila", "Salvia miltiorrhiza"; not "Chinese medicine", "Western diet", nor the English "-ous"
#: of "Continuous subcutaneous administration")
_BINOMIAL = re.compile(r"[A-Z](?<!\w.)[a-z]{3,}(?<!ous)[ \t]+[a-z]{2,}(?<!o)(?:us|um|a|is|ii|i|ae|es|ens|ans|x)\b")
#: a binomial's abbreviated form ("F. rodentium"); the full stop stands alone ("e.g. the", "U.S. patients" are none)
_SHORT_BINOMIAL = re.compile(r"[A-Z](?<![\w.-].)\.[ \t]?[a-z]{2,}(?<!o)(?:us|um|a|is|ii|i|ae|es|ens|ans|x)\b")
#: a strain's code after a binomial ("SBT2055", "M-63", "PS128")
_STRAIN_CODE = re.compile(r" [A-Z][A-Za-z]{0,4}-?\d+[A-Za-z]?\b")
#: a title's singular verb after its subject (a species is one; "Oral pathogens exacerbate" is an English plural)
_SINGULAR_VERB = re.compile(r"\s+(?:[Mm]ay|[Mm]ight|[Cc]an|[Cc]ould|[Dd]oes|[A-Za-z][a-z]+s)\b")
#: a cue of giving a microbe or a remedy right before its name
_SPECIES_CUE_BEFORE = re.compile(
    r"(?:ingestion\s+of|ingested|administration\s+of|administered|gavaged?\s+(?:with|of)|supplemented\s+with|"
    r"supplementation\s+(?:with|of)|treated\s+with|treatment\s+with|colon[iy][sz]ed\s+with|\bfed|"
    r"received|receiving|doses?\s+of|probiotics?|live|heat-killed|with\s+the\s+probiotic|extracts?\s+of|oil\s+of)"
    r"(?:\s+(?:a|an|the|live|heat-killed|oral|daily|viable))?\s+$", re.IGNORECASE)
#: pieces of :data:`_SPECIES_CUE_BEFORE`'s words, looked for before the pattern is tried
_SPECIES_CUE_KEYS = ("ngest", "dminist", "avage", "upplement", "reat", "oloni", "fed", "eceiv", "dose", "robiotic",
                     "live", "killed", "xtract", "oil")
#: ... or right after it (not "treatment" or "colonization": "H. pylori treatment" treats an infection, "S. aureus
#: colonization" is a carrier's state); (round 19l) a remedy made of a plant: "<binomial> (root) extract", "<binomial>
#: oil", "extract of <binomial>"
_SPECIES_CUE_AFTER = re.compile(
    r"(?:\s+[A-Z]{1,4}-?\d+)?(?:\s+|-)(?:supplementation|administration|gavage|ingestion)\b|"
    r"(?:</i>)?(?:\s+(?:leaf|leaves|roots?|seeds?|fruits?|bark|flowers?|herbs?|stems?|rhizomes?))?\s+(?:extracts?|oil)\b|"
    r"\s*\(?\s*\d+(?:\.\d+)?\s*(?:[x×]\s*10\^?\d+\s*)?CFU")
#: what makes a species after a cue no agent given: an infection or what it infects ("ingestion of P. falciparum-
#: infected erythrocytes")
_INFECTION_AFTER = re.compile(r"[\s-]+(?:infect\w*|parasiti[sz]ed)\b", re.IGNORECASE)


def coded_agents(text: str, matches, grounder,  # type: ignore[no-untyped-def]
                 tested: frozenset[int] = frozenset()) -> list:
    """``(start, end, concept)`` of each use of a code name the passage gives (module docstring); ``matches`` are
    the matcher's matches of ``text``; ``tested`` where a title's tested agent may begin (a title's claim subject,
    "Effects of ...": :func:`.agent_company._tested_starts`), where a code is given as well.

    >>> from ipkg.ground.matcher import Grounder
    >>> g = Grounder.default()
    >>> t = "Responses were inhibited after pretreatment with AP18, a specific TRPA1 antagonist. AP18 alone did not."
    >>> [(t[a:b], c.label) for a, b, c in coded_agents(t, g.find(t), g)]
    [('AP18', 'AP18'), ('AP18', 'AP18')]
    >>> t = "HT22 cells were treated with glutamate (5 mM)."
    >>> coded_agents(t, g.find(t), g)
    []
    """
    candidates = _candidates(text)
    if not candidates:
        return []  # (most passages)
    spans = [(m.start, m.end) for m in matches]
    given: dict[str, Concept] = {}
    named: set[str] = set()
    uses: list[tuple[int, int, str]] = []
    for found in candidates:
        start, end = found.span()
        code = found.group()
        if _overlaps(spans, start, end) or _no_agent(text, start, end, code) \
                or _TAXON_BEFORE.search(text, max(0, start - 40), start) \
                or any(e == start - 1 and _TAXON.fullmatch(text, s, e) for s, e in spans):
            continue  # (a strain's designation)
        if text[end : end + 2] == " (" and any(s == end + 2 for s, _ in spans):
            named.add(_key(code))  # a code named again in a bracket, "FK506 (tacrolimus)": the name's concept
        uses.append((start, end, code))
        key = _key(code)
        # (a code opening a bracket is a label, "prednisolone (P100 group)", unless a mechanism's noun is before it)
        if key not in given and (start == 0 or text[start - 1] not in "([" or not _short_form_at(text, start - 1)) \
                and (start in tested or _given_at(text, start, end, code)) and _unlisted(code, grounder):
            given[key] = Concept(AGENT_BASE + key, code, "Intervention", "ipkg")
    return [(start, end, given[key]) for start, end, code in uses
            if (key := _key(code)) in given and key not in named]


def _candidates(text: str):  # type: ignore[no-untyped-def]
    """The codes of ``text`` (digit codes anywhere, capitals only after a mechanism's noun), in text order."""
    found = [m for m in _CODE.finditer(text) if not _NOT_A_CODE.fullmatch(m.group())]
    for word in _MECHANISM_WORDS:
        at = text.find(word)
        while at >= 0:
            tail = _NOUN_TAIL.match(text, at + len(word))
            capitals = _CAPITALS.match(text, tail.end()) if tail is not None else None
            if capitals is not None and _NOUN_BEFORE.search(text, max(0, capitals.start() - 16), capitals.start()):
                found.append(capitals)
            at = text.find(word, at + len(word))
    return sorted(found, key=lambda m: m.start())


def _key(code: str) -> str:
    """The code's concept key: lower-case letters and digits ("WAY-100635" and "WAY100635" are one agent)."""
    return re.sub(r"[^a-z0-9]", "", code.lower())


def _no_agent(text: str, start: int, end: int, code: str) -> bool:
    """Whether the code at ``start:end`` names no agent (module docstring: a cell line, a target, a short form)."""
    return bool(_NO_AGENT_AFTER.match(text, end) or MODIFIED_BY.match(text, end)
                or _ANTI_BEFORE.search(text, max(0, start - 20), start)
                or any(_short_form_at(text, at) for bracket in "([" for close in ");,]"
                       for at in _find_all(text, f"{bracket}{code}{close}")))


def _find_all(text: str, part: str) -> list[int]:
    """The offsets of every occurrence of ``part`` in ``text``."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _short_form_at(text: str, bracket: int) -> bool:
    """Whether the code in the bracket opening at ``bracket`` is a short form defined there, not an example after
    a mechanism's noun ("the 5-HT1B receptor antagonist (GR 55562)": the agent, named in apposition)."""
    return not _NOUN_BEFORE.search(text, max(0, bracket - 16), bracket)


def _given_at(text: str, start: int, end: int, code: str) -> bool:
    """Whether the words around the code at ``start:end`` say it is given (module docstring)."""
    noun = _NOUN_BEFORE.search(text, max(0, start - 16), start)
    if noun is not None:
        return not _ENDOGENOUS.search(text, max(0, noun.start() - 40), noun.start())
    if not any(ch.isdigit() for ch in code):
        return False  # (capitals are a code only after a mechanism's noun)
    return bool(_NOUN_AFTER.match(text, end) or treatment_context(text, start, end)
                or DOSE_BRACKET.match(text, end + 1 if text[end : end + 1] == " " else end))


def given_species(text: str, matches, grounder,  # type: ignore[no-untyped-def]
                  subject_end: int | None = None) -> list:
    """``(start, end, concept)`` of each use of a species the passage gives and the lexicon lacks (module
    docstring); ``matches`` are the matcher's matches of ``text``; ``subject_end`` where a title's claim subject
    ends (:func:`.agent_company._claim_subject_end`): a species that is the whole subject, with an optional strain
    code, is the title's tested agent (round 22a: "Bacillus licheniformis prevents anxiety-like behaviours").

    >>> from ipkg.ground.matcher import Grounder
    >>> g = Grounder.default()
    >>> t = "Faecalibaculum rodentium (F. rodentium) was found. Ingestion of F. rodentium caused anhedonia."
    >>> [(t[a:b], c.label) for a, b, c in given_species(t, g.find(t), g)]
    [('Faecalibaculum rodentium', 'Faecalibaculum rodentium'), ('F. rodentium', 'Faecalibaculum rodentium'), \
('F. rodentium', 'Faecalibaculum rodentium')]
    """
    found = list(_BINOMIAL.finditer(text))
    if not found:
        return []
    spans = [(m.start, m.end) for m in matches]
    uses = [(f.start(), f.end(), f.group()) for f in found if not _overlaps(spans, f.start(), f.end())]
    if not uses:
        return []
    full = {name for _, _, name in uses}
    for short in _SHORT_BINOMIAL.finditer(text):
        initial, epithet = short.group()[0], short.group().split(".", 1)[1].strip()
        name = next((n for n in full if n[0] == initial and n.endswith(" " + epithet)), None)
        if name is not None and not _overlaps(spans, short.start(), short.end()):
            uses.append((short.start(), short.end(), name))
    given = {name for start, end, name in uses
             if start == 0 and _is_subject(text, end, subject_end) or _species_given(text, start, end)}
    concepts = {name: Concept(AGENT_BASE + "-".join(name.lower().split()), name, "Intervention", "ipkg")
                for name in given if _unlisted(name, grounder)}
    return sorted((start, end, concepts[name]) for start, end, name in uses if name in concepts)


def _is_subject(text: str, end: int, subject_end: int | None) -> bool:
    """Whether a title's species ending at ``end`` (past a strain code: "Lactobacillus fermentum NS9") is its claim's
    whole subject, ending at ``subject_end``."""
    strain = _STRAIN_CODE.match(text, end)
    return subject_end is not None and (strain.end() if strain else end) == subject_end \
        and bool(_SINGULAR_VERB.match(text, subject_end))


def _overlaps(spans: list, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _species_given(text: str, start: int, end: int) -> bool:
    """Whether a cue of giving stands right before or after the species at ``start:end``."""
    if _INFECTION_AFTER.match(text, end):
        return False
    if _SPECIES_CUE_AFTER.match(text, end):
        return True
    window = text[max(0, start - 40) : start]
    return any(key in window for key in _SPECIES_CUE_KEYS) and bool(_SPECIES_CUE_BEFORE.search(window))


def _unlisted(name: str, grounder) -> bool:  # type: ignore[no-untyped-def]
    """Whether the lexicon reads ``name`` as nothing, out of context or after a treatment cue (a context-only row:
    "Lactobacillus acidophilus" after "a supplement of live" keeps its MeSH concept, which the matcher gives where
    its own cue stands)."""
    return grounder.lookup(name) is None and not any(
        m.start == len(GIVEN) and m.end == len(GIVEN) + len(name) for m in grounder.find(GIVEN + name))
