"""A learned reading of mention pairs the rules leave empty (issue 12, recall; docs/findings.md section 10).

The rules (:mod:`ipkg.extract.findings`) type a pair of mentions only when a trigger pattern fits. This module
reads the pairs they leave empty: for every sentence of the title and abstract, each ordered pair of grounded
mentions whose classes a relation links (the relation table of docs/findings.md section 1) is described by general
features (the words between and around the two mentions with every mention masked, the classes, the order, the
distance, the sentence's role, negation and hedge cues of :mod:`ipkg.extract.negation`), and a multinomial linear
model (:class:`ipkg.learn.LinearModel`, trained by ``python -m ipkg.extract.train_pairs``) gives the probability of
each relation or none. A concept pair of the abstract that no finding of the rules relates (either way round)
gets one finding, from its most probable sentence, when that probability reaches the model's threshold. Its
relation is the most probable one the two classes allow; its polarity follows the existing scope logic (negated
when a negation scope reaches either mention, hedged when a hedge governs the span between them or the sentence
states an aim or a method); ``increases`` and ``decreases`` carry their direction. Nothing names an abstract or
an entity.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..learn import LinearModel
from ..models import ENTITY_CLASSES, Finding, Mention
from .annotate import AnnotatedDocument, Sentence
from .exposure import EXPOSURE, EXPOSURE_PREDICATES
from .negation import hedge_cues, is_hedged, is_negated, mask_spans
from .relations import CONDITION_CLASSES, MODULATED_CLASSES

__all__ = ["MODEL_PATH", "RELATIONS", "Candidate", "allowed", "candidates", "load_model", "pair_findings",
           "pair_features"]

#: the model shipped with the package (``python -m ipkg.extract.train_pairs`` writes it)
MODEL_PATH = Path(__file__).resolve().parent / "data" / "pair_model.json.gz"
#: the model's classes: no relation, then the vocabulary's relations
RELATIONS = ("none", "treats", "hasAdverseEffect", "potentiates", "increases", "decreases", "modulates",
             "actsThrough", "associatedWith")
#: mentions further apart than this are not read as a pair (no sentence of the curated sets relates them)
MAX_GAP = 300
#: the roles whose sentences state what was tested, not found: a finding read there is hedged
_TESTED = frozenset({"objective", "methods"})
_WORD = re.compile(r"§+|[a-z]+(?:[-'][a-z]+)*|\d+(?:\.\d+)?|[^\sa-z0-9]")


def allowed(subject_cls: str, object_cls: str) -> tuple[str, ...]:
    """The relations a subject of ``subject_cls`` may have with an object of ``object_cls`` (docs/findings.md
    section 1), empty when none. An exposure is read as an intervention that is the subject of
    :data:`ipkg.extract.exposure.EXPOSURE_PREDICATES` only, and never an object (as the findings pair it).

    >>> allowed("Intervention", "Cytokine"), allowed("Disorder", "Pathway"), allowed("Cytokine", "Disorder")
    (('increases', 'decreases', 'modulates'), ('associatedWith',), ())
    >>> allowed("Exposure", "Disorder"), allowed("Exposure", "Intervention"), allowed("Intervention", "Exposure")
    (('hasAdverseEffect',), (), ())
    """
    if subject_cls == EXPOSURE:
        return tuple(r for r in allowed("Intervention", object_cls) if r in EXPOSURE_PREDICATES)
    if subject_cls == "Intervention":
        if object_cls in CONDITION_CLASSES:
            return ("treats", "hasAdverseEffect")
        if object_cls == "Intervention":
            return ("potentiates",)
        if object_cls == "Pathway":
            return ("increases", "decreases", "modulates", "actsThrough")
        if object_cls in MODULATED_CLASSES:
            return ("increases", "decreases", "modulates")
    elif subject_cls == "Disorder" and object_cls in MODULATED_CLASSES:
        return ("associatedWith",)
    return ()


#: the entity classes some relation links, as subject or object (derived from :func:`allowed`)
_LINKED = frozenset(a for a in ENTITY_CLASSES for b in ENTITY_CLASSES if allowed(a, b) or allowed(b, a))


class Candidate:
    """One ordered mention pair of one sentence: its features and where it is."""

    __slots__ = ("sentence", "subject", "obj", "features", "masked")

    def __init__(self, sentence: Sentence, subject: Mention, obj: Mention, features: list[str], masked: str):
        self.sentence, self.subject, self.obj, self.features, self.masked = sentence, subject, obj, features, masked

    @property
    def key(self) -> tuple[str, str]:
        return (self.subject.concept.iri, self.obj.concept.iri)


def _mentions(sentence: Sentence) -> list[Mention]:
    """The sentence's linkable mentions, the longest kept where two overlap."""
    kept: list[Mention] = []
    for m in sorted(sentence.mentions, key=lambda m: (m.start, -(m.end - m.start), m.concept.iri)):
        if m.concept.cls in _LINKED and not (kept and m.start < kept[-1].end):
            kept.append(m)
    return kept


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def pair_features(sentence: Sentence, masked: str, subject: Mention, obj: Mention, between_mentions: int,
                  tested: frozenset[str] = frozenset()) -> list[str]:
    """The features of one ordered pair (``masked``: the lower-cased sentence with every mention masked)."""
    off = sentence.start
    a, b = sorted([(subject, "S"), (obj, "O")], key=lambda x: x[0].start)
    first = a[1]  # which of the two comes first: S (subject) or O (object)
    lo, hi = a[0].end - off, b[0].start - off
    between = _WORD.findall(masked[lo:hi])
    before = _WORD.findall(masked[: a[0].start - off])[-3:]
    after = _WORD.findall(masked[b[0].end - off :])[:3]
    group = f"{subject.concept.cls}>{obj.concept.cls}"
    feats = [f"G={group}", f"ORD={first}", f"G+ORD={group}|{first}", f"ROLE={sentence.role}",
             f"G+ROLE={group}|{sentence.role}", f"GAP={_bucket(len(between))}", f"MB={_bucket(between_mentions)}",
             f"ORD+GAP={first}|{_bucket(len(between))}"]
    short = len(between) <= 12
    words = between if short else between[:6] + between[-6:]
    feats.extend(f"W={w}" for w in set(words))
    feats.extend(f"GW={group}|{w}" for w in set(words))
    feats.extend(f"B={x}_{y}" for x, y in set(zip(words, words[1:])))
    feats.extend(f"L={w}" for w in before)
    feats.extend(f"R={w}" for w in after)
    if is_negated(masked, [(lo, hi)]):
        feats.append("NEG")
    if is_hedged(masked, lo, hi):
        feats.append("HEDGE")
    if hedge_cues(masked):
        feats.append("HEDGE_ANY")
    if subject.concept.iri in tested:
        feats.append("S_TESTED")
    if obj.concept.iri in tested:
        feats.append("O_TESTED")
    return feats


def candidates(annotated: AnnotatedDocument, skip: frozenset[tuple[str, str]] = frozenset(),
               tested: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """Every ordered mention pair of a title or abstract sentence that a relation may link, at most
    :data:`MAX_GAP` characters apart, whose concept pair is not in ``skip``."""
    for sentence in annotated.sentences:
        if sentence.passage not in ("title", "abstract") or len(sentence.mentions) < 2:
            continue
        mentions = _mentions(sentence)
        if len(mentions) < 2:
            continue
        masked: str | None = None
        for i, x in enumerate(mentions):
            for j in range(i + 1, len(mentions)):
                y = mentions[j]
                if y.start - x.end > MAX_GAP:
                    break
                if x.concept.iri == y.concept.iri:
                    continue
                for s, o in ((x, y), (y, x)):
                    if not allowed(s.concept.cls, o.concept.cls) or (s.concept.iri, o.concept.iri) in skip:
                        continue
                    if masked is None:
                        masked = mask_spans(sentence.text.lower(),
                                            [(m.start - sentence.start, m.end - sentence.start) for m in mentions])
                    yield Candidate(sentence, s, o, pair_features(sentence, masked, s, o, j - i - 1, tested), masked)


def best_relation(model: LinearModel, candidate: Candidate) -> tuple[float, str]:
    """(probability of some relation, the most probable relation the classes allow)."""
    proba = model.proba(candidate.features)
    ok = allowed(candidate.subject.concept.cls, candidate.obj.concept.cls)
    scored = [(proba[model.classes.index(r)], r) for r in ok if r in model.classes]
    if not scored:
        return 0.0, ""
    return 1.0 - proba[model.classes.index("none")], max(scored)[1]


def to_finding(candidate: Candidate, relation: str) -> Finding:
    """The finding a candidate states with ``relation``, its polarity read by the negation and hedge scopes."""
    sentence, masked = candidate.sentence, candidate.masked
    off = sentence.start
    spans = [(candidate.subject.start - off, candidate.subject.end - off),
             (candidate.obj.start - off, candidate.obj.end - off)]
    lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
    negated = is_negated(masked, [(spans[0][1], spans[1][0]) if spans[0][1] < spans[1][0] else spans[1], spans[1]])
    hedged = not negated and (sentence.role in _TESTED or is_hedged(masked, lo, hi))
    direction = {"increases": "increase", "decreases": "decrease"}.get(relation)
    return Finding(subject=candidate.subject.concept, predicate=relation, obj=candidate.obj.concept,
                   evidence=sentence.text, passage=sentence.passage, start=sentence.start, end=sentence.end,
                   negated=negated, hedged=hedged, direction=direction, role=sentence.role)


@functools.lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LinearModel | None:
    """The shipped model, or ``None`` when no file is there."""
    return LinearModel.from_file(path) if path.exists() else None


def related(findings: Sequence[Finding]) -> frozenset[tuple[str, str]]:
    """The concept pairs the findings relate, both ways round."""
    pairs = {(f.subject.iri, f.obj.iri) for f in findings if f.obj is not None}
    return frozenset(pairs | {(o, s) for s, o in pairs})


def predictions(model: LinearModel, annotated: AnnotatedDocument, found: Sequence[Finding],
                tested: frozenset[str] = frozenset()) -> list[tuple[float, Finding]]:
    """(probability, finding) of every concept pair the ``found`` findings leave empty, from its most probable
    sentence (ties: the earlier sentence); two interventions give one finding, in the more probable order."""
    best: dict[tuple[str, ...], tuple[float, int, Candidate, str]] = {}
    for n, cand in enumerate(candidates(annotated, related(found), tested)):
        p, relation = best_relation(model, cand)
        key = tuple(sorted(cand.key))
        if key not in best or p > best[key][0]:
            best[key] = (p, n, cand, relation)
    out = [(p, to_finding(cand, relation)) for p, _, cand, relation in best.values()]
    return sorted(out, key=lambda x: (x[1].passage, x[1].start, x[1].subject.iri, x[1].predicate, x[1].obj.iri))


def pair_findings(annotated: AnnotatedDocument, found: Sequence[Finding], tested: frozenset[str] = frozenset()
                  ) -> tuple[Finding, ...]:
    """The findings the model adds to ``found`` (the rules' findings): those of the pairs they leave empty whose
    probability reaches the model's threshold. Nothing calls it: the model is not adopted (docs/findings.md
    sections 10 and 10b give the hook); whoever wires it into the findings stage makes the training
    (:mod:`ipkg.extract.train_pairs`) read the rules' findings without it. A model of another use
    (:mod:`ipkg.extract.pair_cv`'s filter, relabel or judge) adds nothing here."""
    model = load_model()
    if model is None or model.meta.get("mode", "add") != "add":
        return ()
    threshold = float(model.meta.get("threshold", 1.1))
    return tuple(f for p, f in predictions(model, annotated, found, tested) if p >= threshold)
