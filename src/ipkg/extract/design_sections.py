"""The sections of an abstract whose source joined them with ".;" (round 14).

Some sources join the sections of a structured abstract with ".;" and drop their labels ("... haloperidol.; A
prospective longitudinal study.; Subjects were ..."); the sentence splitter keeps such a join inside one sentence, so
the background and the methods, or the methods and the results, share one sentence and one role. :func:`sections`
gives the abstract's sentences with each join cut, for the readers that weigh a sentence by its role (the sample-size
reader; the design questions' roles).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .annotate import AnnotatedDocument, Sentence, sentence_roles

__all__ = ["sections"]

#: where one section of a structured abstract ends and the next begins when a source joined them with ".;" ("...
#: haloperidol.; A prospective longitudinal study.; Subjects were ...")
_SECTION_JOIN = re.compile(r"\.;\s+(?=[A-Z0-9])")


def sections(annotated: AnnotatedDocument) -> tuple[Sentence, ...]:
    """The abstract's sentences, each split at the ".;" that joins two sections of a structured abstract; the
    parts of an unlabelled abstract get their roles anew (:func:`.annotate.sentence_roles` over all parts), those of
    a labelled one keep their section's. When a join is cut, the parts are numbered in order from 0 (``index``),
    their offsets are into the abstract as the sentences', and each keeps its sentence's mentions (all of them);
    without a join the sentences are returned as they are."""
    sentences = list(annotated.iter_sentences(passage="abstract"))
    if not any(_SECTION_JOIN.search(s.text) for s in sentences):
        return tuple(sentences)
    parts: list[Sentence] = []
    for sentence in sentences:
        at = 0
        for cut in [m.start() + 1 for m in _SECTION_JOIN.finditer(sentence.text)] + [len(sentence.text)]:
            piece = sentence.text[at:cut]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip(" ;"):
                parts.append(replace(sentence, index=len(parts), start=sentence.start + at + lead,
                                     end=sentence.start + cut, text=piece.strip()))
            at = cut + 1  # past the ";"
    if not annotated.structured:
        parts = [replace(part, role=role) for part, role in zip(parts, sentence_roles([p.text for p in parts]))]
    return tuple(parts)
