"""A harm no more frequent than with placebo is denied (round 43, issue 12).

A trial's results sentence often says of a harm that its rate with the tested drug (and with an active comparator)
was like placebo's, and that another arm had more of it: "The incidence of extrapyramidal symptoms during aripiprazole
therapy was similar to that with risperidone and placebo but lower than with haloperidol", "Compared with placebo,
the proportion of patients with ... QTc prolongation was similar in patients treated with aripiprazole but was
significantly increased with haloperidol and risperidone". The relation readers and the learned CID model state
every drug named there as causing the harm. :func:`with_placebo_parity` denies (``negated``) an asserted
``hasAdverseEffect`` whose subject is named in a clause (to "but", "whereas", "while", "unlike", "except" or a
semicolon) that holds a word of sameness ("similar", "comparable") and names placebo, where the sentence names
placebo before or in that clause, with no word of a significant rise in the clause. A rise said in the clause ("was
similar to placebo for X but significantly higher for Y" keeps Y's harm: Y is in the clause after "but").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Finding

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["with_placebo_parity"]

_F = re.IGNORECASE
#: where a clause of comparison ends: a contrast or a semicolon
_CONTRAST = re.compile(r";|\b(?:but|whereas|while|unlike|except|although|though)\b", _F)
#: a word of sameness
_SAME = re.compile(r"\b(?:similar|comparable)\b", _F)
_PLACEBO = re.compile(r"\bplacebo\b", _F)
#: a rise in the clause: the harm was more frequent after all
_RISE = re.compile(r"\bsignificant(?:ly)?\s+(?:\w+\s+)?(?:increas|higher|greater|more|elevat)\w*", _F)


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause of ``text`` around offset ``at``, between the contrasts (or semicolons) before and after it."""
    lo = max((m.end() for m in _CONTRAST.finditer(text, 0, at)), default=0)
    after = _CONTRAST.search(text, at)
    return lo, len(text) if after is None else after.start()


def _like_placebo(text: str, at: int) -> bool:
    """True when the clause of ``text`` around offset ``at`` says its harm was like placebo's (see the module)."""
    lo, hi = _clause(text, at)
    return bool(_SAME.search(text, lo, hi) and _PLACEBO.search(text, 0, hi) and not _RISE.search(text, lo, hi)
                and (_PLACEBO.search(text, lo, hi) or not _PLACEBO.search(text, hi)))


def with_placebo_parity(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` with each asserted harm denied whose subject's clause says the harm was like placebo's.

    >>> from ipkg.models import Concept, Document, Mention
    >>> from ipkg.extract.annotate import annotate
    >>> text = ("The incidence of tremor during X therapy was similar to that with placebo but lower than with Y; "
    ...         "tremor was more frequent with Y.")
    >>> x, y = (Concept(f"http://e.org/{n}", n, "Intervention") for n in "XY")
    >>> tremor = Concept("http://e.org/T", "tremor", "Phenotype")
    >>> doc = Document("a.txt", "", text)
    >>> ann = annotate(doc, [Mention("abstract", 17, 23, "tremor", tremor), Mention("abstract", 31, 32, "X", x),
    ...                      Mention("abstract", 94, 95, "Y", y)])
    >>> found = [Finding(x, "hasAdverseEffect", tremor, text, "abstract", 0, len(text)),
    ...          Finding(y, "hasAdverseEffect", tremor, text, "abstract", 0, len(text))]
    >>> [(f.subject.label, f.negated) for f in with_placebo_parity(ann, found)]
    [('X', True), ('Y', False)]
    """
    if not any(f.predicate == "hasAdverseEffect" and not f.negated and _PLACEBO.search(f.evidence) for f in found):
        return tuple(found)
    sentences = annotated.sentences_by_start()
    out = []
    for f in found:
        sentence = sentences.get((f.passage, f.start))
        if f.predicate == "hasAdverseEffect" and not f.negated and sentence is not None and _SAME.search(
                sentence.text):
            places = [m.start - sentence.start for m in sentence.mentions if m.concept.iri == f.subject.iri]
            if places and all(_like_placebo(sentence.text, at) for at in places):
                f = replace(f, negated=True, hedged=False)
        out.append(f)
    return tuple(out)
