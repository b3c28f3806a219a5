"""What a learned confidence may know about a finding: features that name no abstract and no entity.

:func:`finding_features` describes one finding of one abstract by the relation, its polarity and direction, the
classes of its arguments, the sentence's role and place, the reader that stated it (``src=``, from
:func:`ipkg.extract.findings.finding_sources`), what the study tested (is the subject the tested intervention, the
object the studied condition), whether the arguments are named in the title or in the sentence at all, how far apart
they are, hedge, negation, aim and statistic cues of the sentence, and how many findings the abstract and the
sentence state; :func:`masked_ngrams` adds the evidence sentence's words with the two arguments masked as ``subj``
and ``obj`` and every other mention as its class. Each feature starts with its group's prefix (``rel=``, ``cue=``,
``ng:`` ...), so an experiment can leave a group out (:data:`GROUPS`).

>>> from ipkg.models import Concept, Document, Mention, StudyPico
>>> from ipkg.extract.annotate import annotate
>>> ket = Concept("x:ket", "ketamine", "Intervention")
>>> dep = Concept("x:dep", "depression", "Disorder")
>>> doc = Document("a.txt", "", "Ketamine may reduce depression.")
>>> ann = annotate(doc, [Mention("abstract", 0, 8, "Ketamine", ket), Mention("abstract", 20, 30, "depression", dep)])
>>> f = Finding(ket, "treats", dep, doc.abstract, "abstract", 0, 31, hedged=True, role="results")
>>> context = FindingContext(ann, (f,), StudyPico(interventions=(ket,)), None, {f: "pair"})
>>> feats = finding_features(context, f)
>>> [x for x in feats if x.startswith(("rel=", "pol=", "tested=", "cue=hedge", "src="))]
['rel=treats', 'pol=hedged', 'src=pair', 'tested=subject', 'cue=hedge']
>>> masked_ngrams(context, f)[:4]
['ng:w=subj', 'ng:w=may', 'ng:w=reduce', 'ng:w=obj']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..learn import ngram_features
from ..models import Finding, Mention, StudyPico
from .annotate import AnnotatedDocument, Sentence

__all__ = ["GROUPS", "FindingContext", "finding_features", "masked_ngrams"]

#: the feature groups, by the prefixes of their names
GROUPS = {
    "relation": ("rel=", "pol=", "dir=", "rel*pol=", "rel*dir="),
    "role": ("role=", "rel*role=", "first=", "last=", "place="),
    "classes": ("scls=", "ocls=", "pair=", "rel*pair="),
    "source": ("src=", "src*rel="),
    "study": ("design=", "tested=", "studied=", "comparator=", "background=", "title="),
    "mentions": ("found=", "dist=", "order=", "mentions=", "len="),
    "cues": ("cue=",),
    "counts": ("findings=", "insentence=", "triple=", "otherrel=", "otherpol="),
    "ngrams": ("ng:",),
}
#: sentence cues (general wording: no abstract's words)
_CUES = {
    "hedge": re.compile(r"\b(?:may|might|could|possibl[ey]|potential(?:ly)?|suggest\w*|likely|perhaps|putative"
                        r"|hypothes\w+|propos\w+|speculat\w+|appear\w*|seem\w*)\b", re.I),
    "negation": re.compile(r"\b(?:no|not|nor|neither|without|failed|lack\w*|absence|unchanged|did\s+not)\b", re.I),
    "aim": re.compile(r"\b(?:aim\w*|objective|purpose|to\s+(?:investigate|examine|assess|evaluate|determine|explore"
                      r"|test|compare)|we\s+(?:investigated|examined|assessed|evaluated|explored|tested|studied))\b",
                      re.I),
    "statistic": re.compile(r"\bp\s*[<=>≤]|\b(?:significant\w*|95\s*%|CI\b|odds\s+ratio|OR\s*=|hazard)", re.I),
    "association": re.compile(r"\b(?:associat\w+|correlat\w+|linked|relationship|related)\b", re.I),
    "review": re.compile(r"\b(?:review\w*|we\s+discuss|this\s+article|this\s+chapter|literature)\b", re.I),
    "future": re.compile(r"\b(?:further|future|warrant\w*|needed|remain\w*\s+(?:unclear|unknown)|whether)\b", re.I),
    "compare": re.compile(r"\b(?:compared|versus|vs\.?|than|relative\s+to|placebo)\b", re.I),
    "animal": re.compile(r"\b(?:mice|mouse|rats?|animals?|murine|rodents?)\b", re.I),
    "cells": re.compile(r"\b(?:cells?|in\s+vitro|cultur\w+|microglia\w*)\b", re.I),
    "patients": re.compile(r"\b(?:patients?|subjects?|participants?|children|adults?|women|men)\b", re.I),
    "change": re.compile(r"\b(?:increas\w+|decreas\w+|reduc\w+|elevat\w+|improv\w+|attenuat\w+|induc\w+|"
                         r"inhibit\w+|enhanc\w+|prevent\w+|revers\w+|lower\w*|higher)\b", re.I),
    "because": re.compile(r"\b(?:due\s+to|because|via|through|mediat\w+|by\s+which)\b", re.I),
    "list": re.compile(r",.*,|\band\b.*\band\b|\bsuch\s+as\b|\bincluding\b", re.I),
    "parenthesis": re.compile(r"\("),
}
#: the tokens of a masked sentence
_WORD = re.compile(r"[A-Za-z]+")


@dataclass
class FindingContext:
    """One abstract as the features see it: its annotated sentences, all its findings, the study's PICO, its
    design and each finding's reader (:func:`ipkg.extract.findings.finding_sources`)."""

    annotated: AnnotatedDocument
    findings: tuple[Finding, ...]
    pico: StudyPico
    design: str | None
    sources: dict[Finding, str]
    _sentences: dict[tuple[str, int], Sentence] = field(default_factory=dict, init=False, repr=False)
    _counts: Counter[tuple[str, ...]] = field(default_factory=Counter, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sentences = {(s.passage, s.start): s for s in self.annotated.sentences}
        for f in self.findings:
            obj = f.obj.iri if f.obj else ""
            self._counts.update([("triple", f.subject.iri, f.predicate, obj), ("pair", f.subject.iri, obj),
                                 ("pairpol", f.subject.iri, f.predicate, obj, str(f.negated), str(f.hedged)),
                                 ("sentence", f.passage, str(f.start))])

    def sentence(self, finding: Finding) -> Sentence | None:
        """The sentence ``finding`` was read from."""
        return self._sentences.get((finding.passage, finding.start))

    def count(self, *key: str) -> int:
        """How many findings of the abstract share ``key`` (see :meth:`__post_init__`)."""
        return self._counts[key]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge ``n`` is at most (``>last`` above them all)."""
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def _nearest(sentence: Sentence | None, iri: str) -> list[Mention]:
    """The mentions of ``iri`` in ``sentence``."""
    return [m for m in sentence.mentions if m.concept.iri == iri] if sentence is not None else []


def finding_features(context: FindingContext, f: Finding) -> list[str]:
    """Every feature of ``f`` but the word n-grams (see the module docstring)."""
    pol = "negated" if f.negated else "hedged" if f.hedged else "asserted"
    role = f.role or "none"
    ocls = f.obj.cls if f.obj else "study"
    pair = f"{f.subject.cls}>{ocls}"
    src = context.sources.get(f, "pair")
    out = [f"rel={f.predicate}", f"pol={pol}", f"dir={f.direction}", f"rel*pol={f.predicate}|{pol}",
           f"rel*dir={f.predicate}|{f.direction}", f"role={role}", f"rel*role={f.predicate}|{role}",
           f"scls={f.subject.cls}", f"ocls={ocls}", f"pair={pair}", f"rel*pair={f.predicate}|{pair}",
           f"src={src}", f"src*rel={src}|{f.predicate}", f"design={context.design}"]
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
    title = {m.concept.iri for m in context.annotated.mentions if m.passage == "title"}
    out.extend(f"title={which}" for which, iri in (("subject", f.subject.iri), ("object", f.obj.iri if f.obj else ""))
               if iri in title)
    sentence = context.sentence(f)
    text = sentence.text if sentence is not None else f.evidence
    subj, obj = _nearest(sentence, f.subject.iri), _nearest(sentence, f.obj.iri if f.obj else "")
    out.append(f"found={'s' if subj else '-'}{'o' if obj else '-'}")
    if subj and obj:
        s, o = min(((a, b) for a in subj for b in obj), key=lambda p: abs(p[0].start - p[1].start))
        gap = text[min(s.end, o.end) - sentence.start:max(s.start, o.start) - sentence.start]  # type: ignore[union-attr]
        out.append(f"dist={_bucket(len(_WORD.findall(gap)), (0, 2, 5, 10, 20))}")
        out.append(f"order={'so' if s.start < o.start else 'os'}")
    if sentence is not None:
        others = len({m.concept.iri for m in sentence.mentions} - iris)
        out.append(f"mentions={_bucket(others, (0, 1, 2, 4, 8))}")
        abstract = [s for s in context.annotated.sentences if s.passage == sentence.passage]
        place = abstract.index(sentence) if sentence in abstract else 0
        out.extend((f"first={place == 0}", f"last={place == len(abstract) - 1}",
                    f"place={3 * place // max(len(abstract), 1)}"))
    out.append(f"len={_bucket(len(_WORD.findall(text)), (10, 20, 30, 45))}")
    out.extend(f"cue={name}" for name, cue in _CUES.items() if cue.search(text))
    obj_iri = f.obj.iri if f.obj else ""
    out.extend((f"findings={_bucket(len(context.findings), (1, 2, 4, 8, 16))}",
                f"insentence={_bucket(context.count('sentence', f.passage, str(f.start)), (1, 2, 4))}",
                f"triple={_bucket(context.count('triple', f.subject.iri, f.predicate, obj_iri), (1, 2))}",
                f"otherrel={context.count('pair', f.subject.iri, obj_iri) > context.count('triple', f.subject.iri, f.predicate, obj_iri)}",
                f"otherpol={context.count('triple', f.subject.iri, f.predicate, obj_iri) > context.count('pairpol', f.subject.iri, f.predicate, obj_iri, str(f.negated), str(f.hedged))}"))
    return out


def masked_ngrams(context: FindingContext, f: Finding) -> list[str]:
    """The evidence sentence's word unigrams and bigrams (``ng:`` prefix), the subject's and object's mentions
    replaced by ``subj`` and ``obj`` and every other mention by its class: no entity is named."""
    sentence = context.sentence(f)
    if sentence is None:
        return ngram_features(f.evidence, "ng:")
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
    return ngram_features("".join(parts), "ng:")
