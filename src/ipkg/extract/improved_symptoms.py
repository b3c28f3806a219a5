"""A symptom a drug improved is no harm of the learned model's (round 52, issue 12).

The learned CID model (:mod:`ipkg.extract.cid_model`) reads a drug and a disorder named in one results sentence as
the drug and its harm, also when the sentence reports the disorder's symptoms improved: "Significantly greater
improvement was seen in symptoms of psychosis, hostile-suspiciousness, anxiety-depression ...", "Olanzapine was
significantly more effective than conventional antipsychotics in lowering the total BPRS score ..., as well as each
of the following BPRS subscales: ... depression", "Greater improvements at week 16 were noted for the X group for
FACIT-Fatigue", "X appeared to be most helpful for impulsivity and hyperactivity". :func:`without_improved_symptoms`
drops such a model harm (asserted or hedged) when, at every place its sentence names the object, a word of
improvement (:data:`_IMPROVEMENT`: "improvement", "improved", "effective", "efficacy", "helpful", "benefit",
"ameliorated", "alleviated", "relief"; not "the effective dose") comes before it in its clause (no contrast or
semicolon between, at most 220 characters before), the sentence holds no word of a harm (:data:`_HARM`: "adverse",
"side effect", "induced", "emergent", "worsening", "nephrotoxicity", "safety", "tolerability", "risk", "NSAID-associated")
nor, after the object, a verb of a harm occurring ("occurred", "developed", "appeared", "emerged", "was reported",
"increased"), and the subject is not named right by the object as its cause ("succinylcholine apnoea", "the
hypotensive response to propofol"): "Despite improvement in psychosis, weight gain occurred" keeps its harm.
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
_IMPROVEMENT = re.compile(r"\b(?:improv\w*|effective(?:ness)?(?!\s+(?:doses?|concentrations?|levels?)\b)|efficacy|"
                          r"efficacious|helpful|benefi\w*|ameliorat\w*|alleviat\w*|relie[fv]\w*)\b", _F)
#: a word of harm anywhere in the sentence: the model's harm may be one
_HARM = re.compile(r"\b(?:adverse|side[- ]effects?|induc\w*|emergen\w*|worsen\w*|exacerbat\w*|safety|tolerab\w*|"
                   r"risks?|caus\w*|weight\s+gain)\b|toxic|\w-(?:associated|related)\b", _F)
#: where the improvement's reach ends: a contrast, a semicolon
_STOP = re.compile(r";|\b(?:but|whereas|while|although|though|however|despite|except)\b", _F)
#: a harm occurring, said after the object
_OCCURRED = re.compile(r"\b(?:occur\w*|develop\w*|appear\w*|emerg\w*|reported|increas\w*)\b", _F)
#: how far before the object its improvement may be named
_REACH = 220
#: how near the object a mention of the subject names it as the harm's cause ("succinylcholine apnoea", "the
#: hypotensive response to propofol", "valproate encephalopathy")
_NEAR = 25


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
    near = [m for m in sentence.mentions if m.concept == f.subject and any(
        a - _NEAR <= m.end - sentence.start and m.start - sentence.start <= b + _NEAR for a, b in spans)]
    return bool(spans) and not near and all(improved_in(sentence.text, a, b) for a, b in spans)


def without_improved_symptoms(annotated: AnnotatedDocument, learned: Sequence[Finding]) -> list[Finding]:
    """``learned`` (the learned model's findings) less the harms of a symptom the sentence says improved."""
    by_start = annotated.sentences_by_start()
    return [f for f in learned if (s := by_start.get((f.passage, f.start))) is None or not _improves(s, f)]
