"""The one fitting path of the trained linear models (sentence roles, CID pairs, relation pairs), run from a
checkout with scikit-learn, never at run time.

Every trainer describes its examples as sparse feature rows and fits a scikit-learn ``LogisticRegression``;
:func:`fit` vectorises the rows (:class:`~sklearn.feature_extraction.DictVectorizer`: columns in sorted feature
order), fits with the trainer's own choices (``c``, class weights, intercept, solver, iterations) and returns the
fitted weights unrounded as a :class:`ipkg.learn.LinearModel` (one weight per class for each feature; a two-class
fit has one column, the logistic of the second class). :func:`exported` makes the shipped form: the features whose
every weight is below ``min_weight`` dropped (compared before rounding), the weights and bias rounded, the features
sorted, so the same data and the same scikit-learn give the same model; :func:`write` writes it as the JSON of
:func:`ipkg.learn.write_model`.

>>> rows = [{"w=up": 1}, {"w=down": 1}, ["w=up", "w=the"], ["w=down", "w=the"]]
>>> model = fit(rows, ["inc", "dec", "inc", "dec"], c=1.0)
>>> model.classes, model.predict(["w=up"])
(('dec', 'inc'), 'inc')
>>> exported(model, min_weight=0.01).weights  # "the" (in both classes) weighs nothing
{'w=down': (-0.6748,), 'w=up': (0.6748,)}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..learn import LinearModel, write_model

__all__ = ["exported", "fit", "write"]

#: a row: feature -> value (a count, a scale), or the features present (each counted once, value 1)
Row = Mapping[str, float] | Iterable[str]


def fit(rows: Sequence[Row], labels: Sequence[Any], *, c: float, class_weight: str | Mapping[str, float] | None = None,
        fit_intercept: bool = True, max_iter: int = 2000, solver: str = "lbfgs",
        sample_weight: Sequence[float] | None = None, scale: Callable[[str], float] | None = None) -> LinearModel:
    """A logistic regression of ``labels`` on ``rows`` (L2, multinomial when there are more than two classes), its
    weights unrounded; the classes are the labels as strings, sorted as scikit-learn sorts them.

    ``sample_weight``: each row's weight in the loss (default: all 1). ``scale``: a factor for each feature name,
    multiplied into the feature's column before the fit (a factor below 1 makes the L2 penalty hold the feature
    back, above 1 lets it weigh more at the same penalty); the returned weights fold the factor back in, so they
    apply to the rows as given. Without either, the fit is the one the trainers had before these options."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([row if isinstance(row, Mapping) else dict.fromkeys(row, 1) for row in rows])
    model = LogisticRegression(C=c, class_weight=class_weight, fit_intercept=fit_intercept, max_iter=max_iter,
                               solver=solver)
    factors = None if scale is None else [scale(name) for name in vectorizer.feature_names_]
    if factors is not None:
        matrix = matrix.tocsc(copy=True)
        for j, factor in enumerate(factors):
            matrix.data[matrix.indptr[j]:matrix.indptr[j + 1]] *= factor
        matrix = matrix.tocsr()
    if sample_weight is None:
        model.fit(matrix, list(labels))
    else:
        model.fit(matrix, list(labels), sample_weight=list(sample_weight))
    columns = model.coef_.T.tolist()  # one list of per-class weights for each feature, as Python floats
    if factors is not None:
        columns = [[w * factor for w in column] for column, factor in zip(columns, factors)]
    return LinearModel(tuple(str(k) for k in model.classes_), tuple(float(b) for b in model.intercept_),
                       dict(zip(vectorizer.feature_names_, columns)))


def exported(model: LinearModel, *, min_weight: float, digits: int = 4, meta: Mapping[str, Any] | None = None
             ) -> LinearModel:
    """The model as it is shipped: features whose weights are all below ``min_weight`` in absolute value dropped
    (before rounding), weights and bias rounded to ``digits``, features sorted; ``meta`` replaces the model's."""
    weights = {name: tuple(round(w, digits) for w in row) for name, row in sorted(model.weights.items())
               if max(abs(w) for w in row) >= min_weight}
    return LinearModel(model.classes, tuple(round(b, digits) for b in model.bias), weights,
                       dict(model.meta if meta is None else meta))


def write(path: Path, model: LinearModel) -> None:
    """Write ``model`` with :func:`ipkg.learn.write_model` (gzipped, key-sorted JSON: same model, same bytes)."""
    write_model(path, model.classes, model.bias, model.weights, dict(model.meta))
