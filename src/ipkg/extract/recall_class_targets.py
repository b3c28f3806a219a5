"""A drug named with its pharmacological class acts on the class's target (round 33, issue 12).

"The NMDA receptor antagonist ketamine", "the 5-HT uptake blocker citalopram", "Fluoxetine, a selective serotonin
reuptake inhibitor", "poly(I:C), a toll-like receptor-3 (TLR3) agonist", "BE360, a new selective estrogen receptor
modulator": the class noun phrase says what the named drug does to a process. The curators record it for the drug
(the tune adjudication rules: "A class's defining mechanism (NMDAR antagonist decreases NMDAR signalling) is not a
finding of the class; it is recorded for the named member drug"), wherever the abstract names it, the methods
included, since it is stated as established fact: an antagonist, inhibitor or blocker ``decreases`` the target, an
agonist, activator or stimulator ``increases`` it, a modulator ``modulates`` it.

The class phrase is found in the text around an intervention mention, whether or not the lexicon grounds the class:

* before the drug, ending in the agent noun: "the (noncompetitive) N-methyl-D-aspartate (NMDA) receptor antagonist
  ketamine", "the 5-HT(1A) receptor (5-HT(1A)R) antagonist, WAY100635", "selective serotonin reuptake inhibitor
  (SSRI) citalopram";
* after the drug, as an appositive or a copula: "X, a (novel) selective serotonin reuptake inhibitor", "X (Y), a
  TLR3 agonist", "X is a selective estrogen receptor modulator", "X, a selective antagonist of the NMDA receptor".

The target is the words before the agent noun (or after its "of"), looked up whole in the shipped lexicon as a
process (:class:`Pathway`): as named ("serotonin reuptake" -> serotonin uptake) or with "signaling (pathway)" after
it ("NMDA receptor" -> NMDA selective glutamate receptor signaling pathway); a short form in brackets stands for the
words before it ("N-methyl-D-aspartate (NMDA) receptor" -> "NMDA receptor"). A target the lexicon does not know as a
process ("the calcium channel blocker", "the ACE inhibitor", "the COX-2 inhibitor") gives nothing, nor does a class
that names no target ("the antidepressant X"). The finding is asserted; a word of doubt inside the class phrase
("X, a putative / possible NMDA antagonist") hedges it, and a denial ("X, not an NMDA antagonist") gives nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..cues import Probe
from ..models import Concept, Finding, Mention

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["LIST_GAP", "class_target", "class_target_findings"]

_F = re.IGNORECASE
#: the agent nouns and the change each names
_AGENT = r"(?P<noun>antagonists?|inhibitors?|blockers?|agonists?|activators?|stimulators?|modulators?)"
_CHANGE = {"antagonist": "decreases", "inhibitor": "decreases", "blocker": "decreases", "agonist": "increases",
           "activator": "increases", "stimulator": "increases", "modulator": "modulates"}
_NOUNS = ("agonist", "inhibitor", "blocker", "activator", "stimulator", "modulator")
_DIRECTION = {"decreases": "decrease", "increases": "increase", "modulates": None}
#: the words of a class phrase: no clause punctuation, no word that links phrases, at most one level of brackets
#: inside ("(NMDA)", "5-HT(1A)")
_WORDS = (r"(?!(?:and|or|with|than|versus|vs|of|in|by|to|for|after|before|from|on|at|as|is|was|were|are|be|"
          r"been|that|which)\b)(?:[^\s,;:.()]|\((?:[^()]|\([^()]*\)){1,20}\))+")
#: the class phrase right before the drug: "<target> <agent noun> (<short form>)(,) " at the end of the text before
_BEFORE = re.compile(rf"(?<![\w()-])(?P<phrase>(?:{_WORDS}\s+){{1,6}}?){_AGENT}\s*(?:\([^()]{{1,15}}\)\s*)?,?\s*$", _F)
_BEFORE_PROBE = Probe(_BEFORE)  # its agent nouns, looked for once a text (session 19)
#: the drug's bracket ("(poly(I:C); 1 mug/day)", "(Dex)") and the appositive or copula that opens the class phrase
_AFTER = re.compile(
    r"(?P<bracket>\s*(?:\((?:[^()]|\([^()]*\)){1,60}\)\s*)?)(?:,\s*(?:which\s+is\s+)?|\s+(?:is|was|acts\s+as)\s+)"
    rf"(?P<doubt>(?:(?:possibly|probably|presumably|likely)\s+)?)(?:a|an|the)\s+"
    rf"(?P<phrase>(?:{_WORDS}\s+){{1,6}}?){_AGENT}(?:\s+(?:of|at)\s+(?:the\s+)?(?P<of>(?:{_WORDS}\s*){{1,5}}))?",
    _F)
#: the words between two members of one list: "A and B", "A (10 mg), B, or C" (the three readers of round 33)
LIST_GAP = re.compile(r"\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", _F)
#: qualifiers that say how, not what: dropped from the start of the target
_QUALIFIER = re.compile(
    r"^(?:(?:the|a|an|novel|new|selective|highly|specific|potent|competitive|non-?competitive|uncompetitive|"
    r"partial|full|reversible|irreversible|allosteric|positive|negative|orally|active|well-known|known|"
    r"putative|possible|prototypical|classical|standard|long-acting|short-acting|preferential|mixed|dual|"
    r"inverse|weak|strong|powerful|nonselective|non-selective|clinically|used|approved|available)\s+)+", _F)
#: words of doubt or denial inside the class phrase
_DOUBT = re.compile(r"\b(?:putative|possible|presumed|presumptive|potential|candidate)\b", _F)
_DENIAL = re.compile(r"\b(?:not|no|non|neither|nor|without)\s*$", _F)
#: a class concept's label: "serotonin uptake inhibitor", "NMDA receptor antagonist"
_LABEL = re.compile(rf"(?P<phrase>.+?)\s+{_AGENT}", _F)
#: the words between a class mention and the drug it names: "the SSRI fluoxetine"; "X (Y), an SSRI"
_CLASS_BEFORE_GAP = re.compile(r"\s*,?\s*")
_CLASS_AFTER_GAP = re.compile(
    r"\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:,\s*|\s+(?:is|was)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?", _F)
#: a class named as one of several ("neuroleptics and other dopamine receptor antagonists", "such antagonists")
_ONE_OF = re.compile(r"\b(?:other|such|some|these|those)\b", _F)
#: a plural common noun names a class of drugs, not a member ("dopamine antagonists, benzodiazepines, and ...")
_CLASS_WORD = re.compile(r"[a-z][a-z-]+s")
#: a noun of use after a word: the word is a class or a modifier, not a named drug ("SSRI antidepressant treatment")
_USE_NOUN = re.compile(r"\s+(?:treatments?|therapy|therapies|drugs?|agents?|medications?|compounds?|effects?|"
                       r"responses?|actions?|use|administration|exposure|class(?:es)?)\b", _F)
#: a series that goes on after the drug's list: ", and / or" another item
_SERIES_GOES_ON = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:and|or)\b", _F)
#: a generic head that alone names no target
_GENERIC = frozenset({"receptor", "receptors", "channel", "channels", "site", "sites", "enzyme", "enzymes", "kinase",
                      "pathway", "transporter", "uptake", "reuptake", "protein", "synthesis", "production"})
#: a short form in brackets: it stands for the words before it
_SHORT = re.compile(r"^\((\S{2,14})\)$")
#: (round 40) a drug named by its short form in brackets right after a systematic name no mention covers: "the AMPA
#: receptor antagonist 2,3-dihydroxy-6-nitro-7-sulfamoyl-benzo[f]quinoxaline-2,3-dione (NBQX)", "the 5-HT1A agonist
#: 8-hydroxy-2-(di-n-propylamino)tetralin (8-OH-DPAT)": the class phrase stands before the long name. The long name
#: is one chemical word (a digit, a hyphen or a bracket in it, 8 characters or more) or such a word and "acid".
_LONG_NAME = re.compile(r"(?<![\w()\[\]-])(?=[^\s]*[\d(\[-])[^\s]{8,}(?:\s+acid)?\s*\($", _F)


def class_target(phrase: str) -> tuple[Concept, ...]:
    """The processes a class phrase's target names (most specific first; empty when the lexicon knows none).

    >>> [c.label for c in class_target("N-methyl-D-aspartate (NMDA) receptor")]
    ['NMDA selective glutamate receptor signaling pathway']
    >>> [c.label for c in class_target("selective serotonin reuptake")]
    ['serotonin uptake']
    >>> class_target("calcium channel"), class_target("receptor")
    ((), ())
    """
    return _lookup(" ".join(phrase.split()))


@functools.lru_cache(maxsize=2048)
def _lookup(phrase: str) -> tuple[Concept, ...]:
    from . import get_grounder

    grounder = get_grounder()
    for name in _names(_QUALIFIER.sub("", phrase)):
        for candidate in (name, f"{name} signaling pathway", f"{name} signaling"):
            concept = grounder.lookup(candidate, "Pathway")
            if concept is not None:
                return (concept,)
    return ()


def _names(phrase: str) -> Iterator[str]:
    """The target's names to look up, longest first: the phrase's last words, with a bracketed short form read in
    place of the words before it and without the brackets."""
    words = phrase.split()
    seen: set[str] = set()
    for k in range(min(len(words), 5), 0, -1):
        tail = words[-k:]
        if _QUALIFIER.match(tail[0] + " "):
            continue
        for variant in _variants(tail):
            if variant and variant not in seen and not all(w.lower() in _GENERIC for w in variant.split()):
                seen.add(variant)
                yield variant


def _variants(words: list[str]) -> Iterator[str]:
    shorts = [i for i, w in enumerate(words) if _SHORT.match(w)]
    if not shorts:
        yield " ".join(words)
        return
    last = shorts[-1]
    short = _SHORT.match(words[last]).group(1)  # type: ignore[union-attr]
    if last == len(words) - 1:  # "5-HT(1A) receptor (5-HT(1A)R)": the short form of the whole
        yield " ".join(w for w in words[:last] if not _SHORT.match(w))
        yield short
        if short.endswith("R") and words[last - 1].lower() == "receptor":
            yield f"{short[:-1]} receptor"  # "N-methyl-D-aspartate receptor (NMDAR)" -> "NMDA receptor"
        return
    yield " ".join([short, *words[last + 1 :]])  # "(NMDA) receptor" -> "NMDA receptor"
    yield " ".join(w for w in words if not _SHORT.match(w))  # "N-methyl-D-aspartate receptor"


def class_target_findings(annotated: AnnotatedDocument, found: Sequence[Finding]) -> list[Finding]:
    """The class-target findings of every title and abstract sentence (see the module docstring), one per (drug,
    relation, process) of the abstract and none that ``found`` holds already."""
    have = {(f.subject.iri, f.predicate, f.obj.iri if f.obj else "") for f in found}
    out: list[Finding] = []
    for sentence in annotated.sentences:
        if sentence.passage not in ("title", "abstract") or not sentence.mentions:
            continue
        lower = sentence.text.lower()
        if not any(n in lower for n in _NOUNS) and not any(n in m.concept.label for m in sentence.mentions
                                                              for n in _NOUNS):
            continue
        for finding in _sentence_findings(sentence):
            key = (finding.subject.iri, finding.predicate, finding.obj.iri if finding.obj else "")
            if key not in have:
                have.add(key)
                out.append(finding)
    return out


def _sentence_findings(sentence: Sentence) -> Iterator[Finding]:
    text = sentence.text
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions]
    carried: tuple[Concept, str, bool] | None = None  # a plural class's reading, for the next member of its list
    last = 0
    for index, (mention, (start, end)) in enumerate(zip(sentence.mentions, spans)):
        if mention.concept.cls != "Intervention" or _LABEL.fullmatch(mention.concept.label) or _named_class(
                text, start, end, sentence.mentions[index + 1 :], spans[index + 1 :]):
            continue
        reading = carried if carried is not None and LIST_GAP.fullmatch(text, last, start) else None
        carried, last = None, end
        for phrases in _class_phrases(text, start, end, spans, sentence.mentions):
            # the first phrase of a side whose target the lexicon knows ("an antagonist of <target>" before the
            # words ahead of the agent noun)
            found = next(((t, noun, hedged) for phrase, noun, hedged in phrases for t in class_target(phrase)), None)
            if found is not None:
                reading = found
                if found[1].lower().endswith("s"):
                    carried = found  # "the GABA agonists muscimol and THIP": each member of the list
                break
        if reading is None:
            continue
        target, noun, hedged = reading
        change = _CHANGE[noun.lower().rstrip("s")]
        yield Finding(subject=mention.concept, predicate=change, obj=target, evidence=text,
                      passage=sentence.passage, start=sentence.start, end=sentence.end, hedged=hedged,
                      role=sentence.role, direction=_DIRECTION[change])


def _named_class(text: str, start: int, end: int, later: Sequence[Mention], spans: Sequence[tuple[int, int]]
                 ) -> bool:
    """True when the mention at ``start:end`` names a class, not a member: a class name ("NMDA receptor
    antagonist"; a concept labelled so, "anticholinergic drugs" = cholinergic antagonist), a plural common noun
    ("benzodiazepines"), a word used before a noun of use ("SSRI antidepressant treatment"), or a word of the class
    phrase of the drug right after it ("a widely used SSRI antidepressant, fluoxetine")."""
    if re.search(_AGENT + r"\W*$", text[start:end], _F) or _CLASS_WORD.fullmatch(text, start, end) or (
            _USE_NOUN.match(text, end) or _USE_NOUN.search(text, start, end)):
        return True
    return bool(later) and later[0].concept.cls == "Intervention" and bool(
        _CLASS_BEFORE_GAP.fullmatch(text, end, spans[0][0]))


def _series(text: str, plural: bool, noun_end: int, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when a plural class (ending at ``noun_end``) and a comma open a series of coordinate items that goes on
    past the list of the drug at ``start:end`` ("3 subgroups: dopaminergic agonists, rasagiline or selegiline, and
    amantadine"): the class is one item of the series, not the drug's."""
    if not plural or "," not in text[noun_end:start]:
        return False
    last = end
    for s, e in spans:
        if s >= last and LIST_GAP.fullmatch(text, last, s) and not re.search(r",\s*(?:and|or)\b", text[last:s]):
            last = e
    return _SERIES_GOES_ON.match(text, last) is not None


def _named_at(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> int:
    """Where the drug at ``start:end`` is named: the start of the systematic name its bracketed short form follows
    (:data:`_LONG_NAME`; no mention inside it), else ``start``."""
    if not text.startswith(")", end):
        return start
    long_name = _LONG_NAME.search(text, max(0, start - 90), start)
    if long_name is None or any(long_name.start() < e and s < start - 1 for s, e in spans):
        return start
    return long_name.start()


def _class_phrases(text: str, start: int, end: int, spans: Sequence[tuple[int, int]], mentions: Sequence[Mention]
                   ) -> Iterator[list[tuple[str, str, bool]]]:
    """The class phrases before and after the drug at ``start:end``: per side, its ``(target phrase, agent noun,
    hedged)`` readings in the order they are tried; last, a class mention next to it that the text does not spell
    out ("the SSRI fluoxetine", "X, an SSRI,"): the class concept's label read as the phrase."""
    start = _named_at(text, start, end, spans)
    before = _BEFORE.search(text, max(0, start - 120), start) if _BEFORE_PROBE.may_occur(text) else None
    if before is not None and not _DENIAL.search(text, max(0, before.start() - 12), before.start()) and not (
            _ONE_OF.search(before.group("phrase")) or _series(text, before.group("noun").lower().endswith("s"),
                                                              before.end("noun"), start, end, spans)):
        yield [(before.group("phrase"), before.group("noun"), bool(_DOUBT.search(before.group("phrase"))))]
    after = _AFTER.match(text, end)
    if after is not None and not any(after.end("bracket") <= s < after.start("phrase") for s, _ in spans) and not (
            any(_CLASS_BEFORE_GAP.fullmatch(text, after.end("noun"), s) for s, _ in spans if s >= after.end("noun"))):
        # (not the class phrase of the next drug of a list: "X, the D2 antagonist Y")
        doubt = bool(after.group("doubt")) or bool(_DOUBT.search(after.group("phrase")))
        # "a selective antagonist of the NMDA receptor": the target is after "of", never the words before the noun
        yield [(after.group("of") or after.group("phrase"), after.group("noun"), doubt)]
    for mention, (s, e) in zip(mentions, spans):
        label = _LABEL.fullmatch(mention.concept.label) if mention.concept.cls == "Intervention" else None
        if label is None:
            continue
        if e <= start and _CLASS_BEFORE_GAP.fullmatch(text, e, start):
            plural = text[s:e].lower().endswith("s")
            if _ONE_OF.search(text, max(0, s - 12), s) or _series(text, plural, e, start, end, spans):
                continue
        elif not (s >= end and _CLASS_AFTER_GAP.fullmatch(text, end, s)) or any(
                _CLASS_BEFORE_GAP.fullmatch(text, e, s2) for s2, _ in spans if s2 >= e):
            continue  # (after the drug: not the class of the next drug of a list, "X, the D2 antagonist Y")
        # the label's number says nothing of the text's: a reading no list member after the drug shares
        yield [(label.group("phrase"), label.group("noun").rstrip("sS"), False)]
