"""A sign's bare adjective said of patients or animals after a copula is a mention of the sign (round 20c).

:mod:`ipkg.extract.mentions` keeps a disorder's one-word adjective only where it heads a bearer noun ("hypertensive
rats", "psychotic disorder"), never alone: "patients were psychotic" names a symptom, which GUIDELINES does not
count as a Disorder. A sign or a disease of the body said of someone is that condition, though: "the patient
remained hypotensive", "rats became hypertensive", "mice rendered anemic and leukopenic", "women who are obese",
"symptoms that appear to be ischemic in origin" (BC5CDR annotates each as the condition). So the adjective is
kept after a form of *be*, *become*, *remain*, *render* or *appear/seem to be* (two adverbs or a first coordinated
adjective may stand between) when it is an adjective of a sign or disease of the body: one whose
"<adjective> state" the lexicon reads as the same concept. Those occurrence names
(:func:`ipkg.ground.sources.conditions.sign_event_names`, round 19m) are made only for conditions MeSH files
outside the psychiatric branches F01-F04, so "were depressed", "became psychotic", "remained manic" stay dropped.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder, Match

__all__ = ["predicate_sign"]

#: a copula and up to two adverbs (or a first adjective and its conjunction) right before the adjective
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|becom(?:e|es|ing)|became|remain(?:s|ed|ing)?|render(?:s|ed)?|"
    r"(?:appear(?:s|ed)?|seem(?:s|ed)?|prove[sd]?|found)\s+to\s+be)\s+"
    r"(?:(?:[a-z]+ly|not|still|already|more|less|very|both|either|persistently)\s+){0,2}"
    r"(?:[a-z-]+,?\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
#: what may not follow: a hyphenated compound ("hypertensive-like") or a noun the adjective modifies (any word but a
#: preposition, a conjunction, an adverb or a number: "were hypertensive smokers" is no predicate)
_NOT_ALONE = re.compile(
    r"-|\s+(?!(?:and|or|but|nor|in|at|on|after|before|during|with|without|within|from|for|by|as|than|until|till|"
    r"when|whenever|while|whereas|throughout|despite|since|following|to|over|under|upon|into|through|among|again|"
    r"also|too|only|even|then|there|thereafter|afterwards?|if|unless|because|although|though|[a-z]+ly)\b)"
    r"[a-z]",
    re.IGNORECASE,
)


def predicate_sign(text: str, m: Match, grounder: Grounder) -> bool:
    """Whether the lexicon match ``m`` is a body sign's bare adjective said of someone after a copula (see the
    module docstring).

    >>> from ipkg.ground.matcher import Grounder
    >>> grounder = Grounder.from_path()
    >>> text = "The patient remained hypotensive after the dose, and two were depressed."
    >>> [predicate_sign(text, m, grounder) for m in grounder.find(text) if text[m.start:m.end] == "hypotensive"]
    [True]
    """
    if m.concept.cls not in ("Disorder", "Phenotype") or m.start < 3:
        return False
    surface = text[m.start : m.end]
    if " " in surface or not surface.isalpha() or _NOT_ALONE.match(text, m.end):
        return False
    if not _COPULA_BEFORE.search(text, max(0, m.start - 80), m.start):
        return False
    state = grounder.lookup(f"{surface} state", m.concept.cls)
    return state is not None and state.iri == m.concept.iri
