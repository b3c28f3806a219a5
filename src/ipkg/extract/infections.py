"""An infection named by its pathogen is that infection, not the generic one (a stage of
:func:`ipkg.extract.mentions.extract_mentions`, round 10).

The lexicon has the generic "infection" (MeSH Infections) and "virus infection" (viral infectious disease); a text
that names the pathogen before them names one particular infection:

* after a disease the pathogen is named for, the generic word is the rest of that disease's name:
  "tick-borne encephalitis virus infection", "influenza A virus infection", "herpes simplex virus type 1
  infection" name tick-borne encephalitis, influenza, herpes simplex, and no generic infection besides;
* after a short form the text defined ("tick-borne encephalitis virus (TEV) ... TEV infection", "HSV-1
  infection"), it is the disease whose name opens the short form's long form, or, where no disease opens it, an
  infection the lexicon does not know, never the generic one.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder, Match
from ..models import Abbreviation, Concept

__all__ = ["GENERIC_INFECTION", "long_forms_of", "pathogen_infection"]

#: a generic infection word, alone or after a generic pathogen kind
GENERIC_INFECTION = re.compile(r"(?:(?:virus|viral|bacterial)\s+)?infections?", re.IGNORECASE)
#: what may stand between a disease named after a pathogen and the generic word: "virus", a type or strain
#: designation ("A", "type 1", "serotype 2")
_PATHOGEN_GAP = re.compile(r"(?:\s+(?:virus(?:es)?|(?:sero)?type|strains?|[A-Z0-9]{1,3}))*[\s-]+")
#: the word right before the generic word (a short form: capitals or digits at its end, "TEV", "HSV-1")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*[A-Z0-9])[\s-]+$")


def pathogen_infection(text: str, m: Match, matches: list[Match], long_forms: dict[str, str],
                       grounder: Grounder) -> tuple[bool, Concept | None]:
    """For a Disorder match ``m``: (False, None) to keep it as it is; else (True, the concept to read it as, or
    None to drop it). ``matches``: the passage's matches; ``long_forms``: short form -> long form of the
    document's definitions (:func:`long_forms_of`)."""
    if not GENERIC_INFECTION.fullmatch(text, m.start, m.end):
        return False, None
    for other in matches:
        if other.end <= m.start and other.concept.cls == "Disorder" and other.end >= m.start - 40 \
                and _PATHOGEN_GAP.fullmatch(text, other.end, m.start):
            return True, None  # "tick-borne encephalitis virus infection": the disease is already named
    word = _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    if word is None or word.group(1) not in long_forms:
        return False, None
    opening = [found for found in grounder.find(long_forms[word.group(1)]) if found.start == 0]
    # "TEV infection": tick-borne encephalitis; an unknown pathogen's infection: no generic one
    return True, next((found.concept for found in opening if found.concept.cls == "Disorder"), None)


def long_forms_of(abbreviations: list[Abbreviation]) -> dict[str, str]:
    """Short form -> long form of a document's first definitions."""
    out: dict[str, str] = {}
    for abbreviation in abbreviations:
        out.setdefault(abbreviation.short, abbreviation.long)
    return out
