"""What a learned confidence may know about a finding: features that name no abstract and no entity.

:func:`finding_features` describes one finding of one abstract by the relation, its polarity and direction, the
classes of its arguments, the sentence's role and place, what the study tested (is the subject the tested
intervention, the object the studied condition), whether the arguments are named in the title or in the sentence at
all, how far apart they are, hedge, negation, aim and statistic cues of the sentence, and how many findings the
abstract and the sentence state; :func:`masked_ngrams` adds the evidence sentence's words with the two arguments
masked as ``subj`` and ``obj`` and every other mention as its class. Each feature starts with its group's prefix
(``rel=``, ``cue=``, ``w=`` ...), so an experiment can leave a group out (:data:`GROUPS`).

>>> from ipkg.models import Concept, Document, Mention, StudyPico
>>> from ipkg.extract.annotate import annotate
>>> ket = Concept("x:ket", "ketamine", "Intervention")
>>> dep = Concept("x:dep", "depression", "Disorder")
>>> doc = Document("a.txt", "", "Ketamine may reduce depression.")
>>> ann = annotate(doc, [Mention("abstract", 0, 8, "Ketamine", ket), Mention("abstract", 20, 30, "depression", dep)])
>>> f = Finding(ket, "treats", dep, doc.abstract, "abstract", 0, 31, hedged=True, role="results")
>>> context = FindingContext(ann, (f,), StudyPico(interventions=(ket,)), None)
>>> feats = finding_features(context, f)
>>> [x for x in feats if x.startswith(("rel=", "pol=", "tested=", "cue=hedge"))]
['rel=treats', 'pol=hedged', 'tested=subject', 'cue=hedge']
>>> masked_text(context, f), masked_ngrams(context, f)[:2]
(' subj  may reduce  obj .', ['w=subj', 'w=may'])
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..ground.variants import Memo
from ..learn import ngram_features
from ..models import Finding, Mention, StudyPico
from .annotate import AnnotatedDocument, Sentence

__all__ = ["GROUPS", "FindingContext", "finding_features", "masked_ngrams", "masked_text", "polarity"]

#: the feature groups, by the prefixes of their names
GROUPS = {
    "relation": ("rel=", "pol=", "dir=", "rel*pol=", "rel*dir="),
    "role": ("role=", "rel*role=", "first=", "last=", "place="),
    "classes": ("scls=", "ocls=", "pair=", "rel*pair="),
    "study": ("design=", "tested=", "studied=", "comparator=", "background=", "title="),
    "mentions": ("found=", "dist=", "order=", "mentions=", "len="),
    "cues": ("cue=",),
    "counts": ("findings=", "insentence=", "triple=", "otherrel=", "otherpol="),
    "ngrams": ("w=", "b="),
}
#: sentence cues (general wording: no abstract's words): whole words, word beginnings and phrases of the lower-cased
#: sentence, any of which sets the cue (a word scan, not a regex a cue: a few microseconds a sentence)
_CUES: dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]] = {
    "hedge": (frozenset({"may", "might", "could", "likely", "perhaps", "putative"}),
              ("possib", "potential", "suggest", "hypothes", "propos", "speculat", "appear", "seem"), ()),
    "negation": (frozenset({"no", "not", "nor", "neither", "without", "failed", "absence", "unchanged"}), ("lack",),
                 ()),
    "aim": (frozenset({"objective", "purpose"}), ("aim",),
            tuple(f"{a} {b}" for a, verbs in (("to", ("investigate", "examine", "assess", "evaluate", "determine",
                                                       "explore", "test", "compare")),
                                              ("we", ("investigated", "examined", "assessed", "evaluated", "explored",
                                                      "tested", "studied"))) for b in verbs)),
    "statistic": (frozenset({"ci", "hazard"}), ("significan",), ("p <", "p<", "p =", "p=", "p >", "p>", "p≤", "95%",
                                                                  "95 %", "odds ratio")),
    "association": (frozenset({"linked", "relationship", "related"}), ("associat", "correlat"), ()),
    "review": (frozenset({"literature"}), ("review",), ("we discuss", "this article", "this chapter")),
    "future": (frozenset({"further", "future", "needed", "whether"}), ("warrant",),
               ("remain unclear", "remains unclear", "remain unknown", "remains unknown")),
    "compare": (frozenset({"compared", "versus", "vs", "than", "placebo"}), (), ("relative to",)),
    "animal": (frozenset({"mice", "mouse", "rat", "rats", "animal", "animals", "murine", "rodent", "rodents"}), (), ()),
    "cells": (frozenset({"cell", "cells"}), ("cultur", "microglia"), ("in vitro",)),
    "patients": (frozenset({"patient", "patients", "subject", "subjects", "participant", "participants", "children",
                            "adult", "adults", "women", "men"}), (), ()),
    "change": (frozenset({"higher"}), ("increas", "decreas", "reduc", "elevat", "improv", "attenuat", "induc",
                                       "inhibit", "enhanc", "prevent", "revers", "lower"), ()),
    "because": (frozenset({"because", "via", "through"}), ("mediat",), ("due to", "by which")),
    "list": (frozenset({"including"}), (), ("such as",)),
    "parenthesis": (frozenset(), (), ("(",)),
}
#: the cues of each whole word, of each word beginning, the lengths of the beginnings, and the phrases of each cue
_WORDS: dict[str, list[str]] = {}
_STEMS: dict[str, list[str]] = {}
for _name, (_whole, _starts, _) in _CUES.items():
    for _word in _whole:
        _WORDS.setdefault(_word, []).append(_name)
    for _stem in _starts:
        _STEMS.setdefault(_stem, []).append(_name)
_STEM_LENGTHS = tuple(sorted({len(stem) for stem in _STEMS}))
#: each cue phrase with its cue's name
_PHRASES = tuple((phrase, name) for name, (_, _, phrases) in _CUES.items() for phrase in phrases)
#: the tokens of a masked sentence
_WORD = re.compile(r"[a-z]+")


@dataclass
class FindingContext:
    """One abstract as the features see it: its annotated sentences, all its findings, the study's PICO and its
    design (with what every finding's features share, computed once)."""

    annotated: AnnotatedDocument
    findings: tuple[Finding, ...]
    pico: StudyPico
    design: str | None
    #: each sentence by (passage, start), with its place in its passage and the passage's sentence count
    _sentences: dict[tuple[str, int], tuple[Sentence, int, int]] = field(default_factory=dict, init=False,
                                                                          repr=False)
    _counts: Counter[tuple[str, ...]] = field(default_factory=Counter, init=False, repr=False)
    #: each sentence's cue and length features, by (passage, start), filled when first asked for
    _cues: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict, init=False, repr=False)
    #: the concepts the title names
    title: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.findings:
            return  # no finding: nothing will ask
        for passage in ("title", "abstract"):
            inside = [s for s in self.annotated.sentences if s.passage == passage]
            self._sentences.update({(s.passage, s.start): (s, i, len(inside)) for i, s in enumerate(inside)})
        self.title = frozenset(m.concept.iri for m in self.annotated.mentions if m.passage == "title")
        for f in self.findings:
            obj = f.obj.iri if f.obj else ""
            self._counts.update([("triple", f.subject.iri, f.predicate, obj), ("pair", f.subject.iri, obj),
                                 ("pairpol", f.subject.iri, f.predicate, obj, polarity(f)),
                                 ("sentence", f.passage, str(f.start))])

    def sentence(self, finding: Finding) -> tuple[Sentence | None, int, int]:
        """The sentence ``finding`` was read from, its place in its passage and the passage's sentence count."""
        return self._sentences.get((finding.passage, finding.start), (None, 0, 1))

    def cues(self, finding: Finding, text: str) -> tuple[str, ...]:
        """The cue and length features of ``finding``'s sentence ``text`` (computed once a sentence)."""
        key = (finding.passage, finding.start)
        found = self._cues.get(key)
        if found is None:
            lower = text.lower()
            words = _WORD.findall(lower)
            hits = {name for phrase, name in _PHRASES if phrase in lower}
            for names in map(_WORD_CUES.__getitem__, set(words)):
                hits.update(names)
            if lower.count(",") >= 2 or words.count("and") >= 2:
                hits.add("list")  # a list: two commas, two "and"s
            cues = [name for name in _CUES if name in hits]
            found = self._cues[key] = (f"len={_bucket(len(words), (10, 20, 30, 45))}", *(f"cue={c}" for c in cues))
        return found

    def count(self, *key: str) -> int:
        """How many findings of the abstract share ``key`` (see :meth:`__post_init__`)."""
        return self._counts[key]


def _word_cues(word: str) -> tuple[str, ...]:
    """The cues ``word`` sets as a whole word or by its beginning."""
    return (*_WORDS.get(word, ()), *(name for k in _STEM_LENGTHS for name in _STEMS.get(word[:k], ())))


#: :func:`_word_cues` of each lower-cased word, remembered (the words of abstracts repeat; at most 2**16 kept)
_WORD_CUES = Memo(_word_cues, 1 << 16)


def polarity(f: Finding) -> str:
    """``negated``, ``hedged`` or ``asserted``."""
    return "negated" if f.negated else "hedged" if f.hedged else "asserted"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge ``n`` is at most (``>last`` above them all)."""
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def _nearest(sentence: Sentence | None, iri: str) -> list[Mention]:
    """The mentions of ``iri`` in ``sentence``."""
    return [m for m in sentence.mentions if m.concept.iri == iri] if sentence is not None else []


def finding_features(context: FindingContext, f: Finding) -> list[str]:
    """Every feature of ``f`` but the word n-grams (see the module docstring)."""
    pol = polarity(f)
    role = f.role or "none"
    ocls = f.obj.cls if f.obj else "study"
    pair = f"{f.subject.cls}>{ocls}"
    out = [f"rel={f.predicate}", f"pol={pol}", f"dir={f.direction}", f"rel*pol={f.predicate}|{pol}",
           f"rel*dir={f.predicate}|{f.direction}", f"role={role}", f"rel*role={f.predicate}|{role}",
           f"scls={f.subject.cls}", f"ocls={ocls}", f"pair={pair}", f"rel*pair={f.predicate}|{pair}",
           f"design={context.design}"]
    pico = context.pico
    iris = {f.subject.iri, f.obj.iri if f.obj else ""}
    for name, concepts in (("tested", pico.interventions), ("studied", pico.conditions),
                           ("comparator", pico.comparators), ("background", pico.background)):
        held = {c.iri for c in concepts}
        if f.subject.iri in held:
            out.append(f"{name}=subject")
        if f.obj is not None and f.obj.iri in held:
            out.append(f"{name}=object")
        if not held:
            out.append(f"{name}=none")
    obj_iri = f.obj.iri if f.obj else ""
    out.extend(f"title={which}" for which, iri in (("subject", f.subject.iri), ("object", obj_iri))
               if iri in context.title)
    sentence, place, count = context.sentence(f)
    text = sentence.text if sentence is not None else f.evidence
    subj, obj = _nearest(sentence, f.subject.iri), _nearest(sentence, obj_iri)
    out.append(f"found={'s' if subj else '-'}{'o' if obj else '-'}")
    if subj and obj:
        s, o = min(((a, b) for a in subj for b in obj), key=lambda p: abs(p[0].start - p[1].start))
        at = sentence.start  # type: ignore[union-attr]
        gap = text[min(s.end, o.end) - at:max(s.start, o.start) - at]
        out.append(f"dist={_bucket(len(_WORD.findall(gap.lower())), (0, 2, 5, 10, 20))}")
        out.append(f"order={'so' if s.start < o.start else 'os'}")
    if sentence is not None:
        others = len({m.concept.iri for m in sentence.mentions} - iris)
        out.append(f"mentions={_bucket(others, (0, 1, 2, 4, 8))}")
        out.extend((f"first={place == 0}", f"last={place == count - 1}", f"place={3 * place // count}"))
    out.extend(context.cues(f, text))
    triple = context.count("triple", f.subject.iri, f.predicate, obj_iri)
    out.extend((f"findings={_bucket(len(context.findings), (1, 2, 4, 8, 16))}",
                f"insentence={_bucket(context.count('sentence', f.passage, str(f.start)), (1, 2, 4))}",
                f"triple={_bucket(triple, (1, 2))}",
                f"otherrel={context.count('pair', f.subject.iri, obj_iri) > triple}",
                f"otherpol={triple > context.count('pairpol', f.subject.iri, f.predicate, obj_iri, pol)}"))
    return out


def masked_text(context: FindingContext, f: Finding) -> str:
    """The evidence sentence with the subject's and object's mentions replaced by ``subj`` and ``obj`` and every
    other mention by its class: no entity is named."""
    sentence = context.sentence(f)[0]
    if sentence is None:
        return f.evidence
    spans = []
    for m in sentence.mentions:
        name = ("subj" if m.concept.iri == f.subject.iri else "obj" if f.obj is not None and m.concept.iri == f.obj.iri
                else m.concept.cls.lower())
        spans.append((m.start - sentence.start, m.end - sentence.start, name))
    text, last, parts = sentence.text, 0, []
    for start, end, name in sorted(spans):
        if start >= last:
            parts.extend((text[last:start], f" {name} "))
            last = end
    parts.append(text[last:])
    return "".join(parts)


def masked_ngrams(context: FindingContext, f: Finding) -> list[str]:
    """The word unigrams and bigrams (``w=``, ``b=``) of :func:`masked_text`."""
    return ngram_features(masked_text(context, f))
