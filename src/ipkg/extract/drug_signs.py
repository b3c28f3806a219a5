"""Signs and disorders a named drug causes, read out of a passage's lexicon matches (a stage of
:func:`ipkg.extract.mentions.extract_mentions`).

* A sign or disorder a named drug induces is the drug-induced form the ontologies name, where they name one
  (``isoniazid-induced hepatitis`` -> drug-induced hepatitis, ``levodopa-induced dyskinesia`` -> Dyskinesia,
  Drug-Induced): :func:`drug_induced`.
* A drug named inside a longer disorder or sign name is also a mention of the drug over its own span
  (``doxorubicin induced cardiomyopathy``, ``methotrexate toxicity``, ``amphetamine abuse``,
  ``methamphetamine (METH)-induced psychosis``): :func:`cause_in_name`.
* An organ-toxicity adjective said of a drug names the organ's toxicity (``cisplatin is nephrotoxic``):
  :func:`organ_toxicity`.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder, Match
from ..models import Concept

__all__ = ["SIGN_CLASSES", "drug_induced", "cause_in_name", "organ_toxicity"]

#: classes of what a drug may induce (a drug-induced form of it may have its own concept)
SIGN_CLASSES = frozenset({"Disorder", "Phenotype"})
#: the head of a disorder or sign name that a drug causes: "doxorubicin induced cardiomyopathy",
#: "methamphetamine (METH)-induced psychosis", "methotrexate toxicity", "amphetamine abuse"
_CAUSE_HEAD = re.compile(
    r"([^\s()][^()]*?)(?:\s*\([^()]{1,15}\))?[\s-]+(induced|associated|related|toxicity|dependence|abuse|"
    r"poisoning|intoxication|overdose|withdrawal)\b",
    re.IGNORECASE,
)
#: an organ-toxicity adjective: "nephrotoxic", "neurotoxic", "cardio-toxic" (the noun "X-toxicity" names the sign)
_TOXIC_ADJECTIVE = re.compile(r"\b([A-Za-z]{3,}?)(-?)toxic\b")
#: a toxicity adjective predicated of its subject: "cisplatin is nephrotoxic", "were not neurotoxic"
_PREDICATED_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|becomes?|became|remains?|proved|appears?|as)\s+(?:\w+ly\s+|not\s+)?$",
    re.IGNORECASE,
)
#: ... or heading a noun of effect or harm: "nephrotoxic effects", "neurotoxic side effects", "cardiotoxic potential"
_EFFECT_AFTER = re.compile(
    r"[\s-]+(?:side[\s-]+)?(?:effects?|actions?|potentials?|reactions?|damage|injur(?:y|ies)|lesions?|changes|"
    r"events?|complications?|properties|risks?|responses?|manifestations?)\b",
    re.IGNORECASE,
)
#: ... or qualifying a drug noun: the adjective is then said of drugs ("nephrotoxic drugs", "a neurotoxic agent")
_DRUG_NOUN_AFTER = re.compile(
    r"[\s-]+(?:drugs?|agents?|medications?|medicines?|antibiotics?|chemotherap(?:y|ies)|regimens?)\b", re.IGNORECASE
)
#: the end of a sentence between a drug and a toxicity adjective
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z(\[]")


def drug_induced(text: str, m: Match, drug_ends: set[int], grounder: Grounder) -> Concept | None:
    """The drug-induced form the ontologies name of a sign or disorder that a named drug induces
    ("isoniazid-induced hepatitis" is MONDO drug-induced hepatitis, "levodopa-induced dyskinesia" MeSH
    Dyskinesia, Drug-Induced), or None."""
    at = m.start - 9
    if at <= 0 or text[at : m.start].lower() != "-induced " or at not in drug_ends:
        return None
    concept = grounder.lookup(f"drug-induced {text[m.start : m.end]}")
    return concept if concept is not None and concept.cls in SIGN_CLASSES else None


def cause_in_name(text: str, m: Match, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """The drug a disorder or sign name says causes it (the second rule of this module), as (start, end, concept).

    The lexicon's drug-caused disorders are few, so the test is cheap: a name of several words whose end
    holds a cause word."""
    surface = text[m.start : m.end]
    if " " not in surface and "-" not in surface:
        return []
    head = _CAUSE_HEAD.match(surface)
    if head is None:
        return []
    concept = grounder.lookup(head.group(1), "Intervention")
    if concept is None and head.group(2).lower() == "induced":
        # "-induced" is a treatment cue: an agent that waits for one counts ("MPTP-induced parkinsonism")
        concept = next((x.concept for x in grounder.find(surface[: head.end()])
                        if x.start == 0 and x.end == head.end(1) and x.concept.cls == "Intervention"), None)
    return [] if concept is None else [(m.start, m.start + head.end(1), concept)]


def organ_toxicity(text: str, matches: list[Match], grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """Organ-toxicity adjectives said of a drug the sentence names, as (start, end, concept): "X-toxic" names the
    sign the lexicon grounds "X-toxicity" to ("cisplatin is nephrotoxic", "the nephrotoxic effects of
    gentamicin", "nephrotoxic drugs"): a drug's harm to an organ, an adverse effect. Only where the adjective
    qualifies a drug noun, or is predicated or heads a noun of effect or harm with a drug named in the same
    sentence: "neurotoxic metabolites" or the "neurotoxic effects" of an endogenous compound name a property of a
    molecule, not a sign."""
    drugs = [m for m in matches if m.concept.cls == "Intervention"]
    out = []
    for found in _TOXIC_ADJECTIVE.finditer(text):
        start, end = found.span()
        if _DRUG_NOUN_AFTER.match(text, end):
            pass  # "nephrotoxic drugs": said of drugs
        elif not (_EFFECT_AFTER.match(text, end) or _PREDICATED_BEFORE.search(text, max(0, start - 40), start)):
            continue
        elif not any(not _SENTENCE_END.search(text, min(d.end, start), max(d.start, end)) for d in drugs):
            continue
        concept = grounder.lookup(f"{found.group(1)}{found.group(2)}toxicity")
        if concept is not None and concept.cls in SIGN_CLASSES:
            out.append((start, end, concept))
    return out
