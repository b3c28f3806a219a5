"""A title that states a result with a plural or coordinated subject (round 21, issue 12).

:func:`ipkg.extract.outcomes.states_result` keeps a title's finding when the title has a finite verb; its pattern
reads a verb in the third person singular ("X induces Y", "X reduced Y") and auxiliaries. A title whose subject is
plural or a coordination states its result with the bare verb form: "X and Y induce depression-like phenotypes by
triggering glial activation", "Flavonoids from Z restore stress-induced depression and regulate the gut
microbiota", "Probiotics alleviate anxiety". Those are results as much as the singular ones.

The bare form is read only for verbs of effect that are no nouns of their own (so "IL-6 increase in depression",
"cytokine change after X" and "X response in Y" stay topics), right after a mention (masked as ``§``: "probiotics",
"cannabinoids") or the bracket closing the subject's gloss, with an adverb between allowed ("X and Y differentially
alter Z").
"""

from __future__ import annotations

import re

__all__ = ["states_plural_result", "title_states_result"]

#: what follows a plural noun of a title's topic, never a verb of its result: the title's end or a stop, a
#: preposition of a noun phrase, a participle of the population ("in § patients.", "§ levels in
#: §", "§ users and ...", "§ patients treated with §", "§ status of ..."; round 31, 9k corpus titles read)
_NOUN_AFTER = (r"\s*(?:$|[.:;,?(–]|(?:in|of|with|without|on|under|versus|vs|during|from|at|among|after|for|as|who|"
               r"treated|receiving|undergoing|given|taking|exposed)\b)")
#: ... or a coordination, save one of two verbs ("§ prevents and reduces anxiety-like behaviours": the second word
#: in -s takes an object)
_NOUN_NEXT = rf"(?:{_NOUN_AFTER}|\s+(?:and|or)\b(?!\s+[a-z]{{3,}}[^s'iu]s\b(?!{_NOUN_AFTER})))"
#: verbs whose complement opens with one of those prepositions ("X results in Y", "X correlates with Y")
_PREPOSITION_VERBS = r"results|correlates|interacts|associates|acts|depends|relies|serves|functions|accounts|occurs"
#: a finite verb in a title: it states a result ("endotoxin reduces ...", "TSPO is not elevated in ..."); moved here
#: from :mod:`ipkg.extract.outcomes`; "versus" is no verb ("X versus Y in the treatment of Z" names a trial's arms,
#: round 28). A word in -s after a mention is a verb only where no plural noun can stand (round 31): not before
#: :data:`_NOUN_NEXT` (save :data:`_PREPOSITION_VERBS`), and not a noun ending that no verb has ("-us", "-is",
#: "-ics": "§ status", "§ prophylaxis", "§ pharmacokinetics")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|can|cannot|may|might|could|would|fails?|failed)\b|"
    r"§\s+(?:\w+ly\s+)?(?!(?:based|related|associated|induced|mediated|derived|treated|controlled|matched|"
    r"targeted|assisted|guided|focused|oriented|enriched|labell?ed|versus)\b)(?:[a-z]{3,}ed\b|"
    rf"(?:{_PREPOSITION_VERBS})\b|[a-z]{{3,}}[^s'iu]s\b(?<!ics)(?!{_NOUN_NEXT}))",
    re.IGNORECASE,
)

#: the bare (plural) present of verbs of effect; none is also a common noun of a title's topic
_VERBS = (r"induce|cause|reduce|attenuate|alleviate|ameliorate|improve|reverse|enhance|suppress|inhibit|prevent|"
          r"promote|trigger|modulate|regulate|alter|exacerbate|worsen|mitigate|restore|elicit|activate|impair|"
          r"protect|exert|produce|mediate|aggravate|potentiate|augment|rescue|normali[sz]e|upregulate|downregulate|"
          r"up-regulate|down-regulate|counteract|abolish|block|disrupt|confer|contribute|drive|predict|lower|raise")
#: a mention or the bracket closing the subject's gloss ("Flavonoids from Z (Latin name) restore"), then (an adverb
#: and) the bare verb, then a word (the verb takes an object or a preposition: "... restore CUMS-induced depression",
#: "... contribute to ..."); not a plural noun that is no mention: in "NMDA and glycine-site antagonists disrupt Y"
#: the mentions only modify the subject (9k corpus read)
_PLURAL_VERB = re.compile(
    rf"(?:§|\))\s+(?:[a-z]+ly\s+)?(?:{_VERBS})\s+(?:[\w§(\"-])",
    re.IGNORECASE,
)


def states_plural_result(masked: str) -> bool:
    """True when the masked title ``masked`` (mentions as ``§``) states a result with a bare verb of effect after a
    plural or coordinated subject.

    >>> states_plural_result("§ and § induce §-like phenotypes in mice by triggering §")
    True
    >>> states_plural_result("§ alleviate § in adolescents")
    True
    >>> states_plural_result("Competitive § and glycine-site antagonists disrupt §")
    False
    >>> states_plural_result("Flavonoids from Z (Hippophae rhamnoides L.) restore §")
    True
    >>> states_plural_result("§ increase in § after §")
    False
    >>> states_plural_result("Effects of § on § in §")
    False
    """
    return _PLURAL_VERB.search(masked) is not None


def title_states_result(masked: str) -> bool:
    """True when the masked title ``masked`` has a finite verb: a singular or past one, an auxiliary, or the bare
    verb of effect of a plural subject (:func:`states_plural_result`)."""
    return _FINITE.search(masked) is not None or states_plural_result(masked)
