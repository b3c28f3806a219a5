"""A list member no mention covers, between two that are (round 29, issue 12).

:class:`ipkg.extract.pairing.Layout` joins consecutive mentions of one group into a list when only list words stand
between them ("IL-6, TNF-α and IL-1β"): a relation stated of the list is then stated of each member. A list often
has members the lexicon does not know: "TNF-α, IL-6, tissue inhibitor of metalloproteinases-1 (Timp-1), Cxcl10,
and CC motif ligand-5 (Ccl5) were induced by poly(I:C)", "Correcting this imbalance with medicinal herbs, the
metabolic products of dysregulated bacteria and probiotics has shown hope for ...". Before, the unknown member broke
the list, and only the members on the verb's side of it were related (Cxcl10 above; probiotics, not the herbs).

:func:`unnamed_members` reads such a gap as one or more list members: each a short noun phrase (up to seven words,
a bracketed short form allowed) after a comma, the last one followed by a comma or "and" / "or"; no member holds a
verb, a relative pronoun or a preposition that opens a clause or a setting ("in serum", "by monocytes", "which"),
and none ends in a participle ("IL-6, measured in serum, and ..." is no member). An apposition ("IL-6, the main
cytokine, and TNF") reads as a member too, which joins the same two mentions.
"""

from __future__ import annotations

import re

__all__ = ["unnamed_members"]

#: words no list member holds: verbs, relative pronouns, prepositions of a setting or an agent, negations,
#: conjunctions and connectives ("Unlike X, however, Y ..."), the words of a comparison and of a trial's arms (a
#: comparator is no member of the list of agents: "risperidone, placebo, and haloperidol" names three arms, read
#: on the 9k bench corpus), and the words of a combination ("A, and combined A and B")
_NOT_IN_MEMBER = (r"was|were|is|are|be|been|being|has|have|had|do|does|did|can|could|may|might|will|would|"
                  r"which|that|who|whom|whose|where|when|while|whereas|but|by|in|into|within|with|without|to|"
                  r"from|than|after|before|during|on|at|for|via|through|as|not|no|versus|vs|compared|respectively|"
                  r"and|or|nor|however|therefore|thus|hence|moreover|furthermore|also|unlike|like|namely|"
                  r"placebo|vehicle|saline|sham|controls?|combined|combination|plus|alone|both|either|each")
#: one word of a member: no word of :data:`_NOT_IN_MEMBER`, no mention (§), an optional bracketed short form
_WORD = rf"(?!(?:{_NOT_IN_MEMBER})\b)[\w'+-]+(?:\s*\([^()§,;]{{1,24}}\))?"
#: a member: up to seven words, the last not a participle or a gerund
_MEMBER = rf"(?:{_WORD}\s+){{0,6}}(?![\w'+-]*(?:ed|ing)\b){_WORD}"
_GAP = re.compile(
    rf"^\s*,\s*(?:the\s+)?{_MEMBER}(?:\s*,\s*(?:the\s+)?{_MEMBER})*\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def unnamed_members(gap: str) -> bool:
    """True when ``gap``, the text between two mentions of one group, is one or more list members no mention
    covers (see the module docstring).

    >>> unnamed_members(", tissue inhibitor of metalloproteinases-1 (Timp-1), CXC motif ligand-1 (Cxcl1), ")
    True
    >>> unnamed_members(", the metabolic products of dysregulated bacteria and ")
    True
    >>> unnamed_members(", measured in serum, and ")
    False
    >>> unnamed_members(" was higher than ")
    False
    >>> unnamed_members(", which reduced weight, and ")
    False
    >>> unnamed_members(", however, "), unnamed_members(", placebo, and "), unnamed_members(", and combined EtOH and ")
    (False, False, False)
    """
    return "," in gap and len(gap) <= 160 and _GAP.match(gap) is not None
