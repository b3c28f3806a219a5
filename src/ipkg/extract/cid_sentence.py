"""A per-sentence first stage for chemical-induced disease (round 13, session 15, issue 12): measured, not adopted.

The pair model of :mod:`ipkg.extract.cid_model` pools the features of every sentence naming a pair into one set, so
"X induced Y" in one sentence and "Y was not seen with X" in another become one bag of words. The relation
extraction literature scores each mention pair's sentence first and aggregates: here a class-balanced logistic
regression scores a pair in each title or abstract sentence that names both (:func:`sentence_features`: the words
between and around the nearest two mentions, the cue groups, the hyphenated word, the sentence's role, as the pair
model reads them, and the sentence as a whole: its cue groups and negation anywhere, a hedge, the other chemicals and
diseases it names, whether it is the last), trained by distant supervision (a sentence is positive when its
document's gold holds the pair); its scores of a pair's sentences become binary features of the pair
(:func:`aggregate`: the maximum, the mean and the count at or above one half, over cumulative cuts) fed to the
document-level model beside (or instead of) its own features.

No leakage (:func:`sentence_curves`): inside each half of :mod:`ipkg.extract.cid_select`'s seeded splits, the
document-level model is trained on aggregates that are out of fold (each training document's sentences scored by a
sentence model fitted on the other inner folds: :func:`ipkg.extract.cid_rank.out_of_fold`), and the judged half is
scored by the sentence model fitted on the whole training half, as at run time. ``python -m ipkg.extract.train_cid
--sentence-stage`` prints the comparison and writes nothing (docs/findings.md, 8m).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from ..learn import LinearModel
from ..models import Concept
from .cid_model import _CUES, _WORD, _masked_lower, _sentence_features
from .cid_rank import Comparison, compare, out_of_fold
from .relations import CONDITION_CLASSES

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["CUTS", "VARIANTS", "Pool", "aggregate", "fit_sentences", "pair_sentences", "sentence_curves",
           "sentence_features"]

#: the cumulative cuts of the aggregates (a linear model and presence-splitting trees both read a cut as a feature)
CUTS = (0.2, 0.35, 0.5, 0.65, 0.8)
#: what the document-level model reads of a pair: its own features with the aggregates, or the aggregates alone
VARIANTS = ("with", "alone")
_HEDGE = frozenset({"may", "might", "could", "possible", "possibly", "suggest", "suggests", "suggested", "likely"})
_NEGATION = _CUES["neg"]
#: a sentence's key in a document: (chemical IRI, disease IRI)
Key = tuple[str, str]


def sentence_features(sentence: Sentence, masked: str, chem: Concept, dis: Concept, last: bool = False) -> set[str]:
    """The features of one sentence naming both ``chem`` and ``dis`` (``masked`` its masked lower-cased text):
    the pair model's own sentence features and the sentence's as a whole (``last``: the abstract's last sentence,
    where conclusions are stated)."""
    out = _sentence_features(sentence, masked, chem, dis)
    words = set(_WORD.findall(masked))
    out |= {f"SW:{group}" for group, cue in _CUES.items() if not cue.isdisjoint(words)}
    if not _HEDGE.isdisjoint(words):
        out.add("SHEDGE")
    if not _NEGATION.isdisjoint(words):
        out.add("SNEG")
    chems = {m.concept.iri for m in sentence.mentions if m.concept.cls == "Intervention"} - {chem.iri}
    diseases = {m.concept.iri for m in sentence.mentions if m.concept.cls in CONDITION_CLASSES} - {dis.iri}
    out |= {f"SOC:{min(len(chems), 2)}", f"SOD:{min(len(diseases), 2)}"}
    if last:
        out.add("SLAST")
    return out


def pair_sentences(annotated: AnnotatedDocument, pairs: Sequence[tuple[Concept, Concept]]
                   ) -> dict[Key, tuple[frozenset[str], ...]]:
    """(chemical IRI, disease IRI) -> the :func:`sentence_features` of each title or abstract sentence naming both
    (an empty tuple for a pair never named together)."""
    sentences = [s for s in annotated.sentences if s.passage in ("title", "abstract")]
    named = [{m.concept.iri for m in s.mentions} for s in sentences]
    masked: dict[int, str] = {}
    out: dict[Key, tuple[frozenset[str], ...]] = {}
    for chem, dis in pairs:
        rows = []
        for i, s in enumerate(sentences):
            if chem.iri in named[i] and dis.iri in named[i]:
                if i not in masked:
                    masked[i] = _masked_lower(s)
                rows.append(frozenset(sentence_features(s, masked[i], chem, dis, i == len(sentences) - 1)))
        out[(chem.iri, dis.iri)] = tuple(rows)
    return out


def aggregate(probs: Sequence[float]) -> set[str]:
    """A pair's features from its sentences' probabilities: ``SS:NONE`` without any, else the maximum and the
    mean at or above each of :data:`CUTS` and how many sentences reach one half (1, 2, 3 or more, cumulative)."""
    if not probs:
        return {"SS:NONE"}
    top, mean = max(probs), sum(probs) / len(probs)
    above = sum(p >= 0.5 for p in probs)
    out = {f"SMAX>={t}" for t in CUTS if top >= t} | {f"SMEAN>={t}" for t in CUTS if mean >= t}
    return out | {f"SN>={k}" for k in (1, 2, 3) if above >= k}


def fit_sentences(rows: Sequence[frozenset[str]], labels: Sequence[int], c: float = 0.1) -> LinearModel:
    """The sentence model: a class-balanced logistic regression (scikit-learn at build time) of distant labels."""
    from .linear_fit import fit

    return fit(rows, labels, c=c, class_weight="balanced")


class Pool(Protocol):
    """What :func:`sentence_curves` reads of a document (:class:`ipkg.extract.train_cid.SweepDoc`)."""

    pmid: str
    rows: list[tuple[set[str], int]]
    row_keys: list[Key]
    model: list[tuple[set[tuple[str, str]], set[str], tuple[Concept, Concept]]]
    sentences: Mapping[Key, tuple[frozenset[str], ...]]


def _fit_on(pool: Sequence[Pool], docs: Sequence[int], c: float) -> LinearModel:
    rows = [(s, y) for i in docs for (_, y), key in zip(pool[i].rows, pool[i].row_keys)
            for s in pool[i].sentences.get(key, ())]
    return fit_sentences([s for s, _ in rows], [y for _, y in rows], c)


def _aggregates(model: LinearModel, doc: Pool) -> dict[Key, set[str]]:
    """Each pair of ``doc`` -> its :func:`aggregate` under the sentence model ``model``."""
    return {key: aggregate([model.proba(s)[1] for s in rows]) for key, rows in doc.sentences.items()}


def _with(feats: set[str], extra: set[str], variant: str) -> set[str]:
    return feats | extra if variant == "with" else set(extra)


def sentence_curves(pool: Sequence[Pool], splits: Sequence[tuple[list[int], list[int]]],
                    first: Callable[[list[int], list[int]], list[list[float]]],
                    fit: Callable[[list[tuple[set[str], int]]], Callable[[set[str]], float]],
                    curve: Callable[[list[int], list[list[float]]], dict[float, float]],
                    variant: str = "with", c: float = 0.1, seed: int = 200) -> Comparison:
    """The first stage (``first(fitted_on, scored_on)``: the model pairs' probabilities of each scored document)
    against the document-level model refitted (``fit(rows)`` -> a probability function) on the rows with the
    sentence aggregates (:data:`VARIANTS`), each split's halves scored by the models fitted on the other; ``curve``
    the pooled F1 curve of documents with their model pairs' probabilities."""
    keys = [d.pmid for d in pool]
    firsts, seconds = [], []
    for n, (one, two) in enumerate(splits, start=1):
        docs: list[int] = []
        base: list[list[float]] = []
        staged: list[list[float]] = []
        for fitted_on, scored_on in ((two, one), (one, two)):
            extra: dict[int, dict[Key, set[str]]] = {}

            def inner(a: list[int], b: list[int], on: list[int] = fitted_on) -> list[list[float]]:
                model = _fit_on(pool, [on[i] for i in a], c)
                for i in b:
                    extra[on[i]] = _aggregates(model, pool[on[i]])
                return [[] for _ in b]

            out_of_fold([keys[i] for i in fitted_on], inner, seed + n)
            model = _fit_on(pool, fitted_on, c)
            judged = {i: _aggregates(model, pool[i]) for i in scored_on}
            rows = [(_with(f, extra[i].get(k, {"SS:NONE"}), variant), y) for i in fitted_on
                    for (f, y), k in zip(pool[i].rows, pool[i].row_keys)]
            proba = fit(rows)
            staged += [[proba(_with(f, judged[i].get((ch.iri, ds.iri), {"SS:NONE"}), variant))
                        for _, f, (ch, ds) in pool[i].model] for i in scored_on]
            base += first(fitted_on, scored_on)
            docs += scored_on
        firsts.append(curve(docs, base))
        seconds.append(curve(docs, staged))
    return compare(firsts, seconds)
