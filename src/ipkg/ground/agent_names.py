"""Reading an Intervention name that starts or ends at a given place of a text, as the matcher reads a name after a
treatment cue or before a dose (split from :mod:`.agent_company` in round 19f, which and whose helper modules,
:mod:`.agent_members`, :mod:`.agent_short_forms` and :mod:`.agent_unlisted`, all read names so).

The matcher grounds a context-only name (a ``ctx`` row: a hormone, a microbe, a cytokine given as a drug) only next
to its own treatment cues; the wordings those modules read as giving a substance ask it here for the name right after
their cue (:func:`name_starting_at`, read after :data:`GIVEN`) or right before their dose (:func:`name_ending_at`,
read before :data:`DOSE_AFTER`).
"""

from __future__ import annotations

import re

from .matcher import treatment_context

__all__ = ["GIVEN", "DOSE_AFTER", "DOSE_BRACKET", "NAME_WORDS", "MODIFIED_BY", "PREFIX_BEFORE", "name_ending_at",
           "name_starting_at", "names_after_modifier"]

#: a treatment cue the matcher reads right before a name, and a dose it reads right after one
#: (:func:`ipkg.ground.matcher.treatment_context`)
GIVEN = "given "
DOSE_AFTER = " (1 mg)"

#: a bracket right after a name that holds a dose range or list or a dose after the name's short form: "(0.5-5
#: mg/kg)", "(40 or 200 IU)", "(5, 10, or 20 mg/kg)", "(DFP; 1.5 mg/kg, s.c.)" (a single dose right after the name is
#: the matcher's own cue); a mass or units per volume is a measured concentration ("cortisol (10-20 ug/dl)", "IL-6
#: (2-4 pg/ml)"). Molar units were left out (round 17a: measured levels are written so as often as bath
#: concentrations); round 19j read the molar brackets after gated names on the 1k bench corpus (bath and
#: perfusate concentrations, all given) and takes them, never per volume or mass ("(2-5 mmol/l)", "(nmol/mg)")
DOSE_BRACKET = re.compile(
    r"\((?:[^();,]{1,12}[;,]\s*\d+(?:\.\d+)?(?:\s*(?:,|-|\u2013|to|or|and|,\s*or|,\s*and)\s*\d+(?:\.\d+)?)*|"
    r"\d+(?:\.\d+)?(?:\s*(?:,|-|\u2013|to|or|and|,\s*or|,\s*and)\s*\d+(?:\.\d+)?)+)\s*"
    r"(?:mg|\u00b5g|\u03bcg|ug|mcg|ng|g|iu|units?|u|(?:m|\u00b5|\u03bc|u|n|micro|nano)?(?:mol|m))\b"
    r"(?!\s*(?:/\s*(?:d|m|c|100\s*m)?l\b|/\s*(?:mg|g)\b(?!\s*(?:body|b\.?\s*w))|per\b))",
    re.IGNORECASE,
)
#: at most this many words make a name read before or after a cue
NAME_WORDS = 4
#: a word after a name read after a cue that makes the name a modifier of another thing: a receptor subtype or
#: other code ("the dopamine D2-like receptor antagonist sulpiride"), or a head naming something of the substance
#: (its receptor, ester, antagonist, level, release: "phorbol ester", "serotonin receptor agonists")
MODIFIED_BY = re.compile(
    r"[\s-]+(?:[^\s()]*[A-Z0-9][^\s()]*\s|"
    r"(?:receptors?|esters?|antagonists?|agonists?|inhibitors?|blockers?|analog(?:ue)?s?|"
    r"derivatives?|conjugates?|levels?|concentrations?|content|release|uptake|transporters?|synthesis|"
    r"metabolism|metabolites?|precursors?|deficiency|depletion|extracts?|antagonistic|agonistic|channels?)\b)")
#: a word before a name read before a dose or in a title that makes the name part of a longer chemical name: a
#: locant or prefix with a digit or a hyphen ("16,16-Dimethyl prostaglandin E2", "N-acetyl"), an "-yl" group
PREFIX_BEFORE = re.compile(r"(?:[^\s\d-]*[\d-]\S*|\S+yl)\s+$")


def name_ending_at(text: str, a: int, b: int, taken: list, grounder):  # type: ignore[no-untyped-def]
    """The longest Intervention name of at most :data:`NAME_WORDS` words that ends at ``b`` (and starts at or
    after ``a``), read as before a dose (one :meth:`~ipkg.ground.matcher.Grounder.find` of the words with
    :data:`DOSE_AFTER` after them), over no span of ``taken`` and after no :data:`PREFIX_BEFORE`: ``(start, b,
    concept)`` or None."""
    if any(e == b for _, e in taken):
        return None  # (a name the matcher read ends here: most doses follow a drug's name)
    words = list(re.finditer(r"\S+", text[a:b]))[-NAME_WORDS:]
    if not words:
        return None
    first = a + words[0].start()
    starts = {a + word.start() for word in words}
    for m in grounder.find(text[first:b] + DOSE_AFTER):
        start = first + m.start
        if first + m.end == b and start in starts and m.concept.cls == "Intervention" \
                and not any(s < b and start < e for s, e in taken) \
                and not PREFIX_BEFORE.search(text, max(a, start - 40), start):
            return start, b, m.concept
    return None


def name_starting_at(text: str, a: int, taken: list, grounder, ending=None):  # type: ignore[no-untyped-def]
    """The longest Intervention name of at most :data:`NAME_WORDS` words that starts at ``a``, read as after a
    treatment cue (one :meth:`~ipkg.ground.matcher.Grounder.find` of the words after :data:`GIVEN`), over no span
    of ``taken``: ``(a, end, concept)`` or None. The words after it must match ``ending`` when given, else not
    :data:`MODIFIED_BY`."""
    if any(s <= a < e for s, e in taken):
        return None  # (a name the matcher read starts here)
    ends = [a + w.end() for w in re.finditer(r"[^\s,;.()]+", text[a : a + 80])][:NAME_WORDS]
    if not ends:
        return None
    for m in grounder.find(GIVEN + text[a : ends[-1]]):
        if m.start != len(GIVEN):
            continue
        end = a + m.end - len(GIVEN)
        if end in ends and m.concept.cls == "Intervention" and not any(s < end and a < e for s, e in taken) and (
                ending.match(text, end) if ending is not None else not MODIFIED_BY.match(text, end)):
            return a, end, m.concept
        return None
    return None


#: a hyphenated modifier a name may follow: a word of three letters or more and a hyphen ("microglia-conditioned
#: medium", "Lactobacillus-fermented milk"), found by its hyphen; not a prefix that turns the name into something
#: else ("anti-TNF" names an antibody's target, "non-", "pro-", "pre-", "post-", "co-", "self-"; a chemical or Greek
#: prefix, "cis-platinum", "alpha-blockade")
_MODIFIER = re.compile(r"(?<![\w-])[A-Za-z]{3,}-(?=[A-Za-z])")
#: pieces of the words of the matcher's treatment cues before a name, looked for in the window before a modifier
#: before :func:`~ipkg.ground.matcher.treatment_context` is asked (most hyphenated words follow none)
_CUE_KEYS = re.compile("[Dd]os|dminist|djunct|reat|herap|nfusion|nject|iven|eceiv|andomi|upplement|ecombinant|hallenge|"
                       "xpos|add-on|ugment|ngest|avage|oloni|robiotic|rodrug")
#: the second halves of compound adjectives, which begin no name ("low-dose", "long-term", "drug-induced",
#: "placebo-controlled", "double-blind", "age-related", "dose-dependent": most hyphens after a cue)
_NO_NAME_AFTER = re.compile(
    r"(?:doses?|dosing|term|acting|release|based|free|related|induced|treated|like|specific|dependent|mediated|"
    r"derived|week|day|month|year|old|blind|controlled|label|naive|resistant|sensitive|associated|positive|"
    r"negative|randomi[sz]ed|matched|response|responsive|deficient|type|inflammatory|line|dose)\b", re.IGNORECASE)
_NOT_A_MODIFIER = frozenset({"anti", "non", "pro", "pre", "post", "self", "semi", "multi", "over", "under", "sub",
                             "super", "inter", "intra", "extra", "trans", "auto", "para", "pseudo", "mono", "poly",
                             "cis", "iso", "nor", "des", "neo", "meta", "ortho", "alpha", "beta", "gamma", "delta"})


def names_after_modifier(text: str, matches, grounder) -> list:  # type: ignore[no-untyped-def]
    """Gated Intervention names after a treatment cue and a hyphenated modifier of the name (round 19f: "treated
    with microglia-conditioned medium", "supplemented with Lactobacillus-fermented milk"): the modifier is part of
    the noun phrase the cue governs, so the name after it is given, as it is right after the cue
    (:func:`ipkg.ground.matcher.treatment_context` before the modifier); ``(start, end, concept)`` each.

    >>> from ipkg.ground.matcher import Grounder
    >>> g = Grounder.default()
    >>> t = "Neurons were treated with microglia-conditioned medium for 24 h."
    >>> [(t[a:b], c.label) for a, b, c in names_after_modifier(t, g.find(t), g)]
    [('conditioned medium', 'Culture Media, Conditioned')]
    """
    out: list = []
    taken = None
    at = text.find("-")
    while at > 0:
        if not text[at + 1 : at + 2].isalpha() or not text[at - 1].isalpha():
            at = text.find("-", at + 1)
            continue  # ("IL-6", "5-HT", "- "; most hyphens)
        word = text.rfind(" ", 0, at) + 1
        modifier = _MODIFIER.match(text, word) if _CUE_KEYS.search(text, max(0, word - 48), word) else None
        if modifier is not None and modifier.end() == at + 1 and modifier.group()[:-1].lower() not in _NOT_A_MODIFIER \
                and not _NO_NAME_AFTER.match(text, at + 1) \
                and treatment_context(text, modifier.start(), modifier.start()):
            taken = [(m.start, m.end) for m in matches] if taken is None else taken
            hit = name_starting_at(text, at + 1, taken, grounder)
            if hit is not None:
                out.append(hit)
        at = text.find("-", at + 1)
    return out
