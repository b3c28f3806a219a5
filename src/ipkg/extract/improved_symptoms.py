"""A symptom a drug improved is no harm of the learned model's (round 52, issue 12).

The learned CID model (:mod:`ipkg.extract.cid_model`) reads a drug and a disorder named in one results sentence as
the drug and its harm, also when the sentence reports the disorder's symptoms improved: "Significantly greater
improvement was seen in symptoms of psychosis, hostile-suspiciousness, anxiety-depression ...", "Olanzapine was
significantly more effective than conventional antipsychotics in lowering the total BPRS score ..., as well as each
of the following BPRS subscales: ... depression", "Greater improvements at week 16 were noted for the X group for
FACIT-Fatigue", "X appeared to be most helpful for impulsivity and hyperactivity". :func:`without_improved_symptoms`
drops such a model harm (asserted or hedged) when, at every place its sentence names the object, a word of
improvement (:data:`_IMPROVEMENT`: "improvement", "improved", "effective", "efficacy", "helpful", "benefit",
"ameliorated", "alleviated", "relief") comes before it in its clause (no contrast, semicolon or word of harm between,
at most 220 characters before) and the sentence holds no word of a harm (:data:`_HARM`: "adverse", "side effect",
"induced", "emergent", "worsening", "toxicity", "safety", "tolerability", "risk") nor, after the object, a verb of a
harm occurring ("occurred", "developed", "appeared", "emerged", "was reported", "increased"): "Despite improvement
in psychosis, weight gain occurred" keeps its harm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Finding
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["improved_in", "without_improved_symptoms"]

_F = re.IGNORECASE
#: a word of improvement before the symptoms it names
_IMPROVEMENT = re.compile(r"\b(?:improv\w*|effective(?:ness)?|efficacy|efficacious|helpful|benefi\w*|ameliorat\w*|"
                          r"alleviat\w*|relie[fv]\w*)\b", _F)
#: a word of harm anywhere in the sentence: the model's harm may be one
_HARM = re.compile(r"\b(?:adverse|side[- ]effects?|induc\w*|emergen\w*|worsen\w*|exacerbat\w*|toxic\w*|safety|"
                   r"tolerab\w*|risks?|caus\w*|weight\s+gain)\b", _F)
#: where the improvement's reach ends: a contrast, a semicolon
_STOP = re.compile(r";|\b(?:but|whereas|while|although|though|however|despite|except)\b", _F)
#: a harm occurring, said after the object
_OCCURRED = re.compile(r"\b(?:occur\w*|develop\w*|appear\w*|emerg\w*|reported|increas\w*)\b", _F)
#: how far before the object its improvement may be named
_REACH = 220


def improved_in(text: str, start: int, end: int) -> bool:
    """True when the mention at ``start``-``end`` of ``text`` names a symptom improved (see the module).

    >>> text = "Significantly greater improvement was seen in symptoms of psychosis and anxiety-depression."
    >>> improved_in(text, text.index("anxiety"), len(text) - 1)
    True
    >>> text = "Patients improved, but anxiety-depression developed in two."
    >>> improved_in(text, text.index("anxiety"), text.index(" developed"))
    False
    """
    if _HARM.search(text) or _OCCURRED.search(text, end):
        return False
    head = text[max(0, start - _REACH):start]
    cues = list(_IMPROVEMENT.finditer(head))
    return bool(cues) and not _STOP.search(head, cues[-1].end())


def _improves(sentence: Sentence, f: Finding) -> bool:
    """Whether ``f`` is a model harm whose object the sentence names only as improved."""
    if f.predicate != "hasAdverseEffect" or f.negated or f.obj is None:
        return False
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions if m.concept == f.obj]
    return bool(spans) and all(improved_in(sentence.text, a, b) for a, b in spans)


def without_improved_symptoms(annotated: AnnotatedDocument, learned: Sequence[Finding]) -> list[Finding]:
    """``learned`` (the learned model's findings) less the harms of a symptom the sentence says improved."""
    by_start = annotated.sentences_by_start()
    return [f for f in learned if (s := by_start.get((f.passage, f.start))) is None or not _improves(s, f)]
