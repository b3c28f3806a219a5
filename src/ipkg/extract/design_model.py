"""The design classifier's statistical half: a multinomial logistic regression applied in pure Python.

The features of an abstract (:func:`features`) are the answers of :mod:`ipkg.extract.design_rules` (which
question was answered, whether in a sentence that describes the study, how often, and the rules' own decision), what
the text counts and how it allocates (:func:`text_features`, round 9) and the word unigrams and bigrams of the title
and abstract. The weights were fitted by
``python -m ipkg.extract.train_design`` (scikit-learn, training only) and ship as ``data/design_model.json``:
``{"classes": [...], "bias": [...], "weights": {feature: [one weight per class]}, "meta": {...}, "experts": [...]}``.
Scoring is a sparse dot product and a softmax: no scikit-learn, no pickle, the same probabilities on every machine.

Two stages (round 8): the model's classes follow the design questions, and one of them is answered again by a
model of its own. When the first stage's most probable class is a design of a study of people (randomised,
non-randomised, observational: :data:`EXPERT_GROUPS`), an *expert* fitted on those three classes only (same
features) shares the first stage's probability mass of the three out among them. The expert learns what tells
allocations apart without the weights that tell people from animals, cells and reviews.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..learn import LinearModel
from ..cues import literal_first
from .design_arms import arm_features
from .design_rules import HUMAN_WORDS, QUESTIONS, Answers

__all__ = ["EXPERT_GROUPS", "MODEL_PATH", "DesignModel", "features", "get_model", "ngrams"]

#: the shipped weights
MODEL_PATH = Path(__file__).resolve().parent / "data" / "design_model.json"

#: the classes a second-stage expert re-splits (how people came to their groups), in the order the fit sorts them
EXPERT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("NonRandomizedTrial", "ObservationalStudy", "RandomizedControlledTrial"),
)

_TOKEN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
#: the answers whose count is a feature (how much of the abstract is about people, animals, cells, studies ...)
_COUNTED = ("human", "animal", "cells", "studies", "observed", "case", "randomised", "blinded", "assigned", "review",
            "trial", "self", "own_data", "placebo")


def ngrams(lower: str) -> set[str]:
    """The word unigrams (``w:``) and bigrams (``b:``) of a lower-cased text.

    >>> sorted(ngrams("patients were randomized"))
    ['b:patients were', 'b:were randomized', 'w:patients', 'w:randomized', 'w:were']
    """
    tokens = _TOKEN.findall(lower)
    out = {"w:" + token for token in tokens}
    out.update("b:" + a + " " + b for a, b in zip(tokens, tokens[1:]))
    return out


def features(answers: Answers, rule: str, lower: str) -> dict[str, float]:
    """The features of one abstract: answers, counts, the rules' decision, what the text counts and how it
    allocates (:func:`text_features`) and the n-grams of ``lower`` (the lower-cased title and abstract; the n-gram
    vector has unit length, so a short text weighs as much as a long one). :meth:`DesignModel.predict_text`
    computes the same scores without building the n-gram strings."""
    grams = ngrams(lower)
    out: dict[str, float] = dict.fromkeys(grams, 1.0 / math.sqrt(len(grams))) if grams else {}
    out.update(answer_features(answers, rule, lower))
    return out


#: the animals a number counts ("24 male Wistar rats", "12 adult monkeys")
_ANIMALS = ("mice", "rats?", "animals", "monkeys", "dogs", "cats", "pigs", "rabbits", "hamsters", "gerbils", "piglets",
            "sheep", "pups", "cows", "horses", "zebrafish", "primates")
#: a number in digits that counts people or animals, with up to three words before the noun ("40 drug-naive
#: schizophrenic patients", "24 male Wistar rats"; numbers in words are not read here)
#: (``\b\d+`` is written ``\d(?<!\w\d)\d*``, the same test: ``re`` then skips to the digits instead of trying the
#: pattern at every character)
_COUNTS_PEOPLE = re.compile(r"\d(?<!\w\d)\d* (?:[a-z-]+ ){0,3}(?:" + "|".join(HUMAN_WORDS) + r"|controls|cases)\b")
_COUNTS_ANIMALS = re.compile(r"\d(?<!\w\d)\d* (?:[a-z-]+ ){0,3}(?:" + "|".join(_ANIMALS) + r")\b")
#: subjects put into groups or arms by the study ("were allocated to one of three groups", "assigned to receive",
#: "divided into two groups", "two treatment arms"), whoever chose the groups
_ARMS = literal_first(r"\b(?:allocated|assigned|divided|distributed) (?:in)?to (?:\w+ ){0,3}(?:groups?|arms?|one of"
                      r"|either|receive)\b|\b(?:two|three|four|2|3|4) (?:treatment |study |parallel )?(?:groups|arms)\b")
_TRIAL = literal_first(r"\btrials?\b")
#: the questions whose cue may stand only in the background or results (another trial cited, "follow-up" of
#: results), not in the sentences that describe the study
_ROLE_ONLY = ("trial", "randomised", "placebo", "observed", "blinded", "assigned")


def text_features(answers: Answers, lower: str) -> dict[str, float]:
    """What the text counts and how it allocates, for the designs of people (round 9):

    * ``z:num-people``, ``z:num-animals`` (a number before a word for people or animals, count capped at 4 and
      scaled to 1) and ``z:num-people>animals``: whom the study counts, not whom it mentions;
    * ``z:allocated-no-random`` / ``z:allocated-no-trial``: subjects put into groups or arms (:data:`_ARMS`) in a
      text that never says "random" / "trial" (a controlled comparison that is no randomised trial, or a trial
      of assigned people that never calls itself one);
    * ``z:assigned-any-not-randomised``: people, an assignment cue anywhere (not only in a sentence that
      describes the study, as ``x:assigned-not-randomised``), no randomisation cue;
    * ``z:<question>@<role>-only``: a cue of :data:`_ROLE_ONLY` answered only outside the sentences that describe
      the study, with the role of its first hit (``z:trial@background-only``: a trial cited, not run);
    * ``z:formed-no-random`` and ``z:single-group`` (round 10, :func:`.design_arms.arm_features`): groups the study
      formed in a text that never says "random"; one group treated and measured over time, with no comparison.
    """
    out: dict[str, float] = {}
    people, animals = len(_COUNTS_PEOPLE.findall(lower)), len(_COUNTS_ANIMALS.findall(lower))
    if people:
        out["z:num-people"] = min(people, 4) / 4
    if animals:
        out["z:num-animals"] = min(animals, 4) / 4
    if people > animals:
        out["z:num-people>animals"] = 1.0
    if _ARMS.search(lower) is not None:
        if "random" not in lower:
            out["z:allocated-no-random"] = 1.0
        if _TRIAL.search(lower) is None:
            out["z:allocated-no-trial"] = 1.0
    if answers.has("assigned") and answers.has("human") and not answers.has("randomised"):
        out["z:assigned-any-not-randomised"] = 1.0
    for name in _ROLE_ONLY:
        hit = answers.first.get(name)
        if hit is not None and name not in answers.own:
            out[f"z:{name}@{hit.role}-only"] = 1.0
    out.update(arm_features(answers, lower))
    return out


def answer_features(answers: Answers, rule: str, lower: str | None = None) -> dict[str, float]:
    """The features of the answers and the rules' decision (all but the n-grams), and with ``lower`` (the
    lower-cased title and abstract) :func:`text_features` too."""
    out: dict[str, float] = text_features(answers, lower) if lower is not None else {}
    for name in QUESTIONS:
        hit = answers.first.get(name)
        if hit is None:
            continue
        out["q:" + name] = 1.0
        if name in answers.own:
            out["q:" + name + "@own"] = 1.0
        if hit.role == "title":
            out["q:" + name + "@title"] = 1.0
    for name in _COUNTED:
        n = answers.n(name)
        if n:
            out["n:" + name] = min(n, 8) / 8
    animals, people = answers.n("animal"), answers.n("human")
    if animals > people:
        out["x:animals>people"] = 1.0
    if answers.has("cells") and not animals and not people:
        out["x:cells-only"] = 1.0
    if not people and not animals and not answers.has("cells"):
        out["x:no-subjects"] = 1.0
    if answers.has("cells") and answers.n("cells") >= animals:
        out["x:cells>=animals"] = 1.0
    if not answers.has("self") and not answers.has("own_data"):
        out["x:no-own-work"] = 1.0
    if people and answers.own.get("assigned") and not answers.has("randomised"):
        out["x:assigned-not-randomised"] = 1.0
    out["rule:" + rule] = 1.0
    return out


@dataclass(frozen=True)
class DesignModel(LinearModel):
    """Weights of a fitted multinomial logistic regression over weighted features (:class:`ipkg.learn.LinearModel`
    read from ``design_model.json``), with the design classifier's ways of reading a text, and its second-stage
    experts (``experts``: each a model over a few of the classes, :data:`EXPERT_GROUPS`)."""

    experts: tuple[DesignModel, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> DesignModel:  # type: ignore[override]
        """The model of a parsed model file, with its experts."""
        model = super().from_dict(data)
        experts = tuple(DesignModel.from_dict(e) for e in data.get("experts") or ())  # type: ignore[attr-defined]
        return replace(model, experts=experts) if experts else model

    def scores(self, feats: Mapping[str, float]) -> list[float]:  # type: ignore[override]
        """The linear score of every class for weighted features (the first stage's)."""
        return self.weighted_scores(feats)

    def predict_proba(self, feats: Mapping[str, float]) -> dict[str, float]:
        """The probability of every class (a softmax of :meth:`scores`, re-split by an expert)."""
        return self._resplit(_softmax(self.classes, self.scores(feats)),
                             lambda expert: expert.scores(feats))

    def predict_text(self, answer_feats: Mapping[str, float], lower: str) -> dict[str, float]:
        """:meth:`predict_proba` of ``answer_feats`` plus the n-grams of ``lower``, without building the n-gram
        strings: the unigrams and bigrams are looked up as tokens and token pairs."""
        tokens = _TOKEN.findall(lower)
        words = set(tokens)
        pairs = set(zip(tokens, tokens[1:]))
        return self._resplit(_softmax(self.classes, self._text_scores(answer_feats, words, pairs)),
                             lambda expert: expert._text_scores(answer_feats, words, pairs))

    def _resplit(self, proba: dict[str, float],
                 expert_scores: Callable[[DesignModel], list[float]]) -> dict[str, float]:
        """``proba`` with the mass of an expert's classes shared out by the expert, when the most probable class
        is one of them (``expert_scores(expert)``: the expert's linear scores)."""
        if not self.experts:
            return proba
        top = max(proba, key=lambda c: (proba[c], c))
        for expert in self.experts:
            if top in expert.classes:
                split = _softmax(expert.classes, expert_scores(expert))
                mass = math.fsum(proba[c] for c in expert.classes)
                proba.update({c: mass * split[c] for c in expert.classes})
        return proba

    def _text_scores(self, answer_feats: Mapping[str, float], words: Collection[str],
                     pairs: Collection[tuple[str, str]]) -> list[float]:
        """The linear scores of the answers' features and the text's words and word pairs."""
        unigrams, bigrams = self._vocabulary()
        rows = list(filter(None, map(unigrams.get, words)))  # a row (one weight per class) is never empty
        rows += filter(None, map(bigrams.get, pairs))
        out = self.scores(answer_feats)
        if rows:
            value = 1.0 / math.sqrt(len(words) + len(pairs))
            # the rows come in set order, which changes with the process's hash seed: fsum is exact, so the
            # score (and the confidence written to the graph) does not depend on that order
            for i, column in enumerate(zip(*rows)):
                out[i] += math.fsum(column) * value
        return out

    def contribution(self, feats: Mapping[str, float], design: str) -> float:
        """How much ``feats`` push towards ``design`` against the mean of the other classes (an exactly rounded
        sum: the same figure whatever the order of ``feats``, which may come from a set)."""
        i = self.classes.index(design)
        k = len(self.classes)
        weights = self.weights
        return math.fsum(value * (row[i] - (sum(row) - row[i]) / (k - 1))
                         for name, value in feats.items() if (row := weights.get(name)) is not None)

    def _vocabulary(self) -> tuple[dict[str, Sequence[float]], dict[tuple[str, str], Sequence[float]]]:
        vocabulary = self.__dict__.get("_vocab")
        if vocabulary is None:
            unigrams = {k[2:]: v for k, v in self.weights.items() if k.startswith("w:")}
            bigrams = {tuple(k[2:].split(" ", 1)): v for k, v in self.weights.items() if k.startswith("b:")}
            vocabulary = (unigrams, bigrams)
            object.__setattr__(self, "_vocab", vocabulary)
        return vocabulary  # type: ignore[return-value]


def _softmax(classes: Sequence[str], scores: Sequence[float]) -> dict[str, float]:
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(classes, exp)}


@functools.lru_cache(maxsize=1)
def get_model() -> DesignModel:
    """The shipped model (loaded once per process)."""
    return DesignModel.from_file(MODEL_PATH)
