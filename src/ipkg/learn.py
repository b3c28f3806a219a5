"""Small linear text models, trained offline with scikit-learn and applied here in pure Python.

A model file is gzipped JSON: ``{"classes": [...], "bias": [...], "weights": {feature: [w per class]},
"meta": {...}}``. Applying it is a sum of the weights of the features present (sparse dot product) and a softmax:
no scikit-learn, NumPy or shipped pickle at run time (a process keeps its parsed copy in the cache folder),
the same numbers on every machine, and a file a reviewer can read.
Features are strings; :func:`ngram_features` makes the word unigrams and bigrams the models share.

>>> model = LinearModel(("a", "b"), (0.0, 0.0), {"w=good": (1.0, -1.0)})
>>> model.predict(["w=good"]), round(model.proba(["w=good"])[0], 3)
('a', 0.881)
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

__all__ = ["LinearModel", "ngram_features", "write_gzip", "write_model"]

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?|[<>=≤≥%]")


def ngram_features(text: str, prefix: str = "", bigrams: bool = True) -> list[str]:
    """Lower-cased word unigrams and bigrams of ``text`` (numbers folded to ``0``), as feature strings.

    >>> ngram_features("IL-6 fell (p < 0.01)")
    ['w=il', 'w=0', 'w=fell', 'w=p', 'w=<', 'w=0', 'b=il_0', 'b=0_fell', 'b=fell_p', 'b=p_<', 'b=<_0']
    """
    tokens = _tokens(text.lower())
    out = [f"{prefix}w={t}" for t in tokens]
    if bigrams:
        out.extend(f"{prefix}b={a}_{b}" for a, b in zip(tokens, tokens[1:]))
    return out


def _tokens(lower: str) -> list[str]:
    """The tokens of a lower-cased text, numbers folded to ``0``."""
    return ["0" if t[0].isdigit() else t for t in _TOKEN.findall(lower)]


@dataclass(frozen=True)
class LinearModel:
    """A multi-class linear model over string features (one weight per class for each feature)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, Sequence[float]]
    meta: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The model of a parsed model file."""
        return cls(tuple(data["classes"]), tuple(data["bias"]), {k: tuple(v) for k, v in data["weights"].items()},
                   dict(data.get("meta") or {}))

    @classmethod
    def from_file(cls, path: Path | str) -> Self:
        """Read a model written by :func:`write_model` (gzipped JSON) or the same JSON uncompressed. The parsed
        model, n-gram index included, is kept in the cache folder for the next process (:mod:`ipkg.pickled`: the
        same floats, ~4x faster to load than the JSON to parse)."""
        from .pickled import load_cached

        return load_cached(Path(path), cls._parse, code=(cls,))

    @classmethod
    def _parse(cls, raw: bytes) -> Self:
        if raw[:2] == b"\x1f\x8b":  # the gzip magic number
            raw = gzip.decompress(raw)
        model = cls.from_dict(json.loads(raw.decode("utf-8")))
        model._ngram_index  # noqa: B018 - built now, so that the cached model holds it
        return model

    def weighted_scores(self, feats: Mapping[str, float]) -> list[float]:
        """The score of every class for features with values (the rows of features that share a value are summed
        column-wise at C speed: all n-grams of a text share one value)."""
        groups: dict[float, list[Sequence[float]]] = {}
        weights = self.weights
        for name, value in feats.items():
            row = weights.get(name)
            if row is not None:
                groups.setdefault(value, []).append(row)
        out = list(self.bias)
        for value, rows in groups.items():
            for i, column in enumerate(zip(*rows)):
                out[i] += sum(column) * value
        return out

    def scores(self, features: Iterable[str]) -> list[float]:
        """The raw score of each class (bias plus the weights of the features present, repeats counted)."""
        return self._column_sums(list(filter(None, map(self.weights.get, features))))  # rows are never empty

    def ngram_scores(self, text: str, features: Iterable[str] = (), *, lower: str | None = None) -> list[float]:
        """``scores(ngram_features(text) + list(features))``, the same floats, without making the n-gram strings:
        tokens and token pairs are looked up in an index of the model's ``w=`` and ``b=`` features. ``lower`` is
        ``text.lower()`` when the caller has it already.

        >>> model = LinearModel(("a", "b"), (0.5, 0.0), {"w=il": (1.0, 0.0), "b=p_<": (0.0, 2.0), "last": (1.0, 1.0)})
        >>> text = "IL-6 fell (p < 0.01)"
        >>> model.ngram_scores(text, ["last"]), model.scores(ngram_features(text) + ["last"])
        ([2.5, 3.0], [2.5, 3.0])
        """
        unigrams, bigrams = self._ngram_index
        tokens = _tokens(text.lower() if lower is None else lower)
        # filter(None, ...) drops the misses (None); a row is never empty (one weight per class), so never falsy
        rows = list(filter(None, map(unigrams.get, tokens)))
        rows += filter(None, map(bigrams.get, zip(tokens, tokens[1:])))
        rows += filter(None, map(self.weights.get, features))
        return self._column_sums(rows)

    def _column_sums(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The bias plus the column sums of ``rows``, each summed in row order (so the same rows in the same order
        give the same floats, whichever way they were found)."""
        if not rows:
            return list(self.bias)
        # = [b + sum(c) for b, c in zip(self.bias, zip(*rows))], the same floats, looped in C (25% faster)
        return list(map(operator.add, self.bias, map(sum, zip(*rows))))

    @functools.cached_property
    def _ngram_index(self) -> tuple[dict[str, Sequence[float]], dict[tuple[str, str], Sequence[float]]]:
        """The rows of the un-prefixed n-gram features: ``w=token`` by token, ``b=a_b`` by ``(a, b)`` (tokens hold
        no ``_``, so the split is unambiguous)."""
        unigrams: dict[str, Sequence[float]] = {}
        bigrams: dict[tuple[str, str], Sequence[float]] = {}
        for name, row in self.weights.items():
            kind = name[:2]
            if kind == "w=":
                unigrams[name[2:]] = row
            elif kind == "b=":
                first, sep, second = name[2:].partition("_")
                if sep and "_" not in second:
                    bigrams[first, second] = row
        return unigrams, bigrams

    def proba(self, features: Iterable[str]) -> list[float]:
        """Class probabilities (softmax of :meth:`scores`; for two classes stored as one column, the logistic)."""
        return self.probabilities(self.scores(features))

    def probabilities(self, scores: Sequence[float]) -> list[float]:
        """The class probabilities of raw ``scores`` (what :meth:`proba` applies to :meth:`scores`)."""
        if len(self.classes) == 2 and len(scores) == 1:
            p = 1.0 / (1.0 + math.exp(-scores[0]))
            return [1.0 - p, p]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(self, features: Iterable[str]) -> str:
        """The most probable class."""
        probs = self.proba(features)
        return self.classes[max(range(len(probs)), key=probs.__getitem__)]


def write_model(path: Path, classes: Sequence[str], bias: Sequence[float], weights: dict[str, Sequence[float]],
                meta: dict[str, Any] | None = None, digits: int = 4) -> None:
    """Write a model as gzipped, key-sorted JSON with rounded weights; the same model gives the same bytes."""
    data = {
        "classes": list(classes),
        "bias": [round(float(b), digits) for b in bias],
        "weights": {k: [round(float(x), digits) for x in v] for k, v in sorted(weights.items())},
        "meta": meta or {},
    }
    write_gzip(path, json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def write_gzip(path: Path, data: bytes) -> None:
    """Write ``data`` gzipped without a timestamp or a file name in the header: the same data, the same bytes (the
    shipped model files)."""
    with open(path, "wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
