"""An infection named by its pathogen is that infection, not the generic one (a stage of
:func:`ipkg.extract.mentions.extract_mentions`, round 10).

The lexicon has the generic "infection" (MeSH Infections) and "virus infection" (viral infectious disease); a text
that names the pathogen before them names one particular infection:

* after a disease the pathogen is named for, the generic word is the rest of that disease's name:
  "tick-borne encephalitis virus infection", "influenza A virus infection", "herpes simplex virus type 1
  infection" name tick-borne encephalitis, influenza, herpes simplex, and no generic infection besides;
* after a short form the text defined ("tick-borne encephalitis virus (TEV) ... TEV infection", "HSV-1
  infection"), it is the disease whose name opens the short form's long form, or, where no disease opens it, an
  infection the lexicon does not know, never the generic one;
* after an abbreviated genus ("T. gondii infection"), it is the infection the lexicon names with the binomial
  the passage spells out before ("Toxoplasma gondii");
* before "with", "by", "caused by" or "due to" and a pathogen ("infection with HIV", "infection by the
  neurotropic gut pathogen, Toxoplasma gondii"), it is the infection the lexicon names "<pathogen> infection"
  (round 14b), found from up to five words of the phrase's first two comma-separated parts (the most words
  win).
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
#: an abbreviated genus and its species right before the generic word: "T. gondii", "H. pylori"
_ABBREVIATED_BINOMIAL = re.compile(r"\b([A-Z])\.\s?([a-z]{3,})[\s-]+$")
#: the pathogen named after the generic word: "with", "by", "caused by", "due to", an article, then the phrase up to
#: a bracket or the end of the clause
_PATHOGEN_AFTER = re.compile(r"\s+(?:(?:caused|induced)\s+by|due\s+to|with|by)\s+(?:(?:the|a|an)\s+)?"
                             r"([^.;:()\[\]]{3,90})")


def pathogen_infection(text: str, m: Match, matches: list[Match], long_forms: dict[str, str],
                       grounder: Grounder) -> tuple[bool, Concept | None]:
    """For a Disorder match ``m``: (False, None) to keep it as it is; else (True, the concept to read it as, or
    None to drop it). ``matches``: the passage's matches; ``long_forms``: short form -> long form of the
    document's definitions (:func:`long_forms_of`)."""
    if not GENERIC_INFECTION.fullmatch(text, m.start, m.end):
        return False, None
    named = _pathogen_after(text, m.end, grounder) or _abbreviated_pathogen(text, m.start, grounder)
    if named is not None:
        return True, named  # "infection with Toxoplasma gondii", "T. gondii infection": toxoplasmosis
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


def _pathogen_after(text: str, end: int, grounder: Grounder) -> Concept | None:
    """The infection "<pathogen> infection" names, for a pathogen named after the generic word that ends at
    ``end``: the longest run of one to five words (the first of equal length) of the phrase's first two
    comma-separated parts that the lexicon knows with "infection" after it, and which is no generic infection
    itself (a class word and its apposition: "the parasite, Toxoplasma gondii" is toxoplasmosis)."""
    after = _PATHOGEN_AFTER.match(text, end)
    if after is None:
        return None
    best: tuple[int, Concept] | None = None  # the most words win: "the parasite, Toxoplasma gondii"
    for part in after.group(1).split(",")[:2]:
        words = part.split()[:8]
        for i in range(len(words)):
            for j in range(min(len(words), i + 5), i + (best[0] if best else 0), -1):
                name = " ".join(words[i:j]) + " infection"
                concept = grounder.lookup(name, "Disorder")
                if concept is not None and not GENERIC_INFECTION.fullmatch(concept.label) \
                        and not GENERIC_INFECTION.fullmatch(name):
                    best = (j - i, concept)
                    break
    return best[1] if best else None


def _abbreviated_pathogen(text: str, start: int, grounder: Grounder) -> Concept | None:
    """The infection of an abbreviated binomial before the generic word ("T. gondii infection"), when the text
    before names the binomial in full ("Toxoplasma gondii")."""
    if start < 6 or text[start - 1] not in " -":
        return None
    short = _ABBREVIATED_BINOMIAL.search(text, max(0, start - 30), start)
    if short is None:
        return None
    full = re.search(rf"\b({short.group(1)}[a-z]+) {short.group(2)}\b", text[: short.start()])
    return grounder.lookup(f"{full.group(1)} {short.group(2)} infection", "Disorder") if full else None


def long_forms_of(abbreviations: list[Abbreviation]) -> dict[str, str]:
    """Short form -> long form of a document's first definitions."""
    out: dict[str, str] = {}
    for abbreviation in abbreviations:
        out.setdefault(abbreviation.short, abbreviation.long)
    return out
