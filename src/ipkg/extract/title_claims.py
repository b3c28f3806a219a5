"""A relation a title or an aim names, confirmed by a result of the same abstract (round 29, issue 12).

:func:`ipkg.extract.outcomes.found_findings` keeps a title's relation only when the title states a result with a
finite verb, and an aim's never: "The thyroid hormone, triiodothyronine, enhances fluoxetine-induced neurogenesis"
(the apposition hides the verb from the finite-verb test) or "To assess the efficacy of X in alleviating Y" say
what was studied, not what was found. The curators still record such a relation when the abstract's results bear
it out, often in other words than the title's: the title says "T3 enhances fluoxetine-induced neurogenesis", a
results sentence "fluoxetine+T3 further increased the number of DCX+ cells compared to T3 or fluoxetine alone".

:func:`confirmed_claims` states a title's or an aim's relation (as the title or aim words it, asserted) when

* no finding of the abstract relates the two concepts already (a result that states the pair in its own terms
  wins; the title adds nothing to it and may not contradict it);
* a results or conclusions sentence names both concepts, and neither denies nor doubts what it says of them (no
  negation, no null result, no hedge: FINDINGS.md records a suggestion as hedged and a null result as negated, and
  the title's wording must not turn either into an asserted claim);
* that sentence has no word of the opposite direction (a title's "X increases Y" is not confirmed by "Y fell with
  X").

Not stated: a denied title relation, one drawn from a question, a title relation hedged by a word of doubt of its
own ("possible role of"), a relation whose subject the claim names only as the modifier of another noun
("strychnine-insensitive glycine-site antagonists disrupt ..."), one whose confirming sentence names an argument
as who was studied ("in a patient with Y"), and every ``treats``: a trial's title or aim names its treatment and
condition as a topic ("Single-dose pharmacokinetics of X in subjects with renal impairment", "X in the treatment
of Y"), and its verdict is read from its results by :mod:`ipkg.extract.outcomes`, null results first (on the 9k
bench corpus 57 of the first reading's 77 additions were such ``treats``, most of them not stated by the abstract).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Finding
from .negation import hedge_cues, is_negated, mask_spans

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["confirmed_claims"]

#: the roles whose relations name what was studied; the roles whose sentences can confirm them
_CLAIM_ROLES = ("title", "objective")
_RESULT_ROLES = ("results", "conclusions")
#: a null result or a denial in the confirming sentence, beyond :func:`is_negated`'s scopes ("comparable to",
#: "did not differ", "no significant", "failed to", "unchanged", "similar")
_NULL = re.compile(
    r"\b(?:no|not|nor|neither|without|failed|fails?|unchanged|unaltered|unaffected|similar|comparable|"
    r"did\s+n[o']t|\w*n['\u2019]t|lack(?:ed|s)?|absence|insignificant|non-?significant|conflict\w*|inconsistent|"
    r"contradict\w*|controvers\w*|mixed)\b",
    re.IGNORECASE,
)
#: words of a rise and of a fall: a confirming sentence may hold no word of the direction opposite to the claim's
_UP = re.compile(r"\b(?:increas|elevat|enhanc|rais|higher|greater|up-?regulat|induc|promot|activat|augment|"
                 r"potentiat|exacerbat|worsen|aggravat)\w*", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:decreas|reduc|lower|suppress|inhibit|attenuat|diminish|down-?regulat|impair|block|"
                   r"abolish|prevent|fell|declin)\w*", re.IGNORECASE)
#: a concept named as who was studied ("in a patient with pheochromocytoma", "mice with colitis"), not as an outcome;
#: animals too (a confirming sentence may be an experiment's), unlike
#: :data:`ipkg.extract.trial_verdict.POPULATION_BEFORE` (people only, a feature of the CID model)
_POPULATION_BEFORE = re.compile(
    r"\b(?:patients?|subjects?|individuals|people|persons|participants|cases?|women|men|children|adults|"
    r"mice|rats|animals|those)\s+(?:[\w-]+\s+){0,2}?with\s+(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: a hyphenated word after the title's subject that makes it a modifier of another noun, not the agent
#: ("strychnine-insensitive glycine-site antagonists disrupt ..."); "-induced" and its kin name the agent
_MODIFIER_AFTER = re.compile(r"-(?!(?:induced|mediated|evoked|elicited|treated|exposed|related|dependent)\b)[a-z]")
#: the predicates whose direction a sentence's words may contradict
_OPPOSITE = {"increases": _DOWN, "decreases": _UP, "potentiates": _DOWN, "hasAdverseEffect": _DOWN}


def _confirms(sentence: Sentence, claim: Finding) -> bool:
    """True when ``sentence`` names both arguments of ``claim`` and asserts what it says of them."""
    concepts = {m.concept.iri for m in sentence.mentions}
    if claim.subject.iri not in concepts or claim.obj is None or claim.obj.iri not in concepts:
        return False
    text = sentence.text
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions
             if m.concept.iri in (claim.subject.iri, claim.obj.iri)]
    if _NULL.search(text) or is_negated(text, spans) or hedge_cues(text):
        return False
    if any(_POPULATION_BEFORE.search(text, 0, m.start - sentence.start) for m in sentence.mentions
           if m.concept.iri in (claim.subject.iri, claim.obj.iri)):
        return False  # "a case of X-induced crisis in a patient with Y": Y is who was treated
    opposite = _OPPOSITE.get(claim.predicate)
    if opposite is None:
        return True
    # the names' own words ("microglial activation") are no change stated
    masked = mask_spans(text, [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions])
    return opposite.search(masked) is None


def confirmed_claims(annotated: AnnotatedDocument, candidates: Sequence[Finding],
                     found: Sequence[Finding]) -> list[Finding]:
    """The title's and aims' relations (from ``candidates``) that a results or conclusions sentence confirms and
    no finding in ``found`` states, asserted (see the module docstring), sorted as ``candidates`` are."""
    related = {frozenset((f.subject.iri, f.obj.iri)) for f in found if f.obj is not None}
    results = [s for s in annotated.sentences if s.role in _RESULT_ROLES and len(s.mentions) >= 2]
    claimed = {(s.passage, s.start): s for s in annotated.sentences if s.role in _CLAIM_ROLES}
    out: list[Finding] = []
    for claim in candidates:
        if claim.role not in _CLAIM_ROLES or claim.obj is None or claim.negated or "?" in claim.evidence or (
                claim.predicate == "treats"):
            continue  # a trial's verdict on its treatment is read from its results (outcomes.py), never its title
        pair = frozenset((claim.subject.iri, claim.obj.iri))
        if pair in related or claim.hedged and claim.role == "title" or _modifier(claimed, claim):
            continue
        if any(_confirms(s, claim) for s in results):
            related.add(pair)
            out.append(replace(claim, hedged=False))
    return out


def _modifier(claimed: dict[tuple[str, int], Sentence], claim: Finding) -> bool:
    """True when the claim's subject is named only as the modifier of another noun in its sentence."""
    sentence = claimed.get((claim.passage, claim.start))
    if sentence is None:
        return False
    ends = [m.end - sentence.start for m in sentence.mentions if m.concept.iri == claim.subject.iri]
    return bool(ends) and all(_MODIFIER_AFTER.match(sentence.text, end) for end in ends)
