"""A gated substance given under the short form its text defines for it (round 19d).

A name that grounds only next to a treatment cue (a ``ctx`` row: a hormone, a nutrient, a preparation) is often
defined once without a cue and then given under its short form: "The chorionic gonadotropin (Cg) effects on
splenocytes ... incubation of spleen cells with CG (40 or 200 IU)", "the effect of stem cell-conditioned medium
(ASC-CM) ... injection with ASC-CM". The matcher reads no long form at the definition (no cue) and knows no
reading of the short form, so neither is found; :mod:`ipkg.extract.mentions` carries a definition only from a long
form it read. Here a short form used with a cue takes the long form's gated reading, and so does its definition
(the abbreviation and its long form are one concept, GUIDELINES), where the short form's first letter begins a
word of the name or the lower-case word before it (:func:`_initial_fits`: "stem cell-conditioned medium (SC-CM)",
not "Anacyclus pyrethrum (AEAP)"): a cue is the matcher's own
(:func:`ipkg.ground.matcher.treatment_context`: "treated with CG", "CG (20 mg/kg)", "CG injection") or a
bracketed dose range after it ("CG (40 or 200 IU)", :data:`ipkg.ground.agent_names.DOSE_BRACKET`). A short
form used only without a cue ("serum CG rose") gives nothing, nor one that modifies another noun ("administration
of GnRH antagonists", "CCK(B) antagonists").
"""

from __future__ import annotations

import re

from .matcher import treatment_context

__all__ = ["given_short_forms"]

#: a bracketed short form right after its long form: "(Cg)", "(ASC-CM)", "(T3)": a letter first, a capital in it
_DEFINED = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{0,9})\)")


def given_short_forms(text: str, matches, grounder, name_ending_at, dose_bracket,  # type: ignore[no-untyped-def]
                      modified_by) -> list:
    """The gated long forms given under their short forms (module docstring), and those uses: ``(start, end,
    concept)`` each. ``name_ending_at`` reads the long form before its bracket as before a dose
    (:func:`ipkg.ground.agent_names.name_ending_at`); ``dose_bracket`` matches a bracketed dose range and
    ``modified_by`` a word after a name that makes it a modifier ("GnRH antagonists", "CCK agonists").

    >>> from ipkg.ground.matcher import Grounder
    >>> from ipkg.ground.agent_names import name_ending_at, DOSE_BRACKET, MODIFIED_BY
    >>> g = Grounder.default()
    >>> t = "Effects of chorionic gonadotropin (CG) on cells. Cells were given CG for 1 h."
    >>> [(t[a:b], c.label) for a, b, c in given_short_forms(t, g.find(t), g, name_ending_at, DOSE_BRACKET,
    ...                                                           MODIFIED_BY)]
    [('chorionic gonadotropin', 'Chorionic Gonadotropin'), ('CG', 'Chorionic Gonadotropin')]
    """
    if "(" not in text:
        return []
    out: list = []
    ends = None
    lower = None
    for defined in _DEFINED.finditer(text):
        short = defined.group(1)
        if short == short.lower():
            continue  # (no short form: "(n)", "(mice)")
        end = len(text[: defined.start()].rstrip())
        ends = {m.end for m in matches} if ends is None else ends
        if end in ends:
            continue  # (most definitions: the matcher read the long form, and mentions carries it)
        lower = text.lower() if lower is None else lower
        if lower.count(short.lower()) < 2:
            continue  # (a short form never used again)
        uses = [(at, at + len(short)) for at in _occurrences(lower, short.lower())
                if at != defined.start(1) and text[at : at + len(short)] != short.lower()
                and not modified_by.match(text, _past_bracket(text, at + len(short)))
                and _given_at(text, at, at + len(short), dose_bracket)]
        if not uses:
            continue
        long_form = name_ending_at(text, max(0, end - 60), end, [(m.start, m.end) for m in matches], grounder)
        if long_form is not None and _initial_fits(short, text, long_form[0], long_form[1]):
            out += [long_form] + [(a, b, long_form[2]) for a, b in uses]
    return out


def _occurrences(lower: str, short: str) -> list[int]:
    """Where ``short`` stands as a word of its own in ``lower`` (no letter, digit or hyphen either side)."""
    out = []
    at = lower.find(short)
    while at >= 0:
        after = at + len(short)
        if (at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "-")) and (
                after >= len(lower) or not (lower[after].isalnum() or lower[after] == "-")):
            out.append(at)
        at = lower.find(short, after)
    return out


def _past_bracket(text: str, end: int) -> int:
    """Where a name ending at ``end`` ends past a short bracket glued to it ("CCK(B) antagonists": the receptor's
    letter).

    >>> _past_bracket("CCK(B) antagonists", 3), _past_bracket("CCK (5 mg)", 3)
    (6, 3)
    """
    close = text.find(")", end, end + 8) if text.startswith("(", end) else -1
    return close + 1 if close > 0 else end


def _initial_fits(short: str, text: str, start: int, end: int) -> bool:
    """Whether the short form's first letter begins a word of the name ``text[start:end]`` read before its bracket
    or the lower-case word right before that name (the short form of a longer phrase that merely ends in a name is
    not that name's: "Anacyclus pyrethrum (AEAP)" is no pyrethrum; "stem cell-conditioned medium (SC-CM)" is
    conditioned medium).

    >>> t = "17beta-estradiol (E2), Anacyclus pyrethrum (AEAP), stem cell-conditioned medium (SC-CM)"
    >>> _initial_fits("E2", t, 0, 16), _initial_fits("AEAP", t, 33, 42), _initial_fits("SC-CM", t, 56, 79)
    (True, False, True)
    """
    before = text[text.rfind(" ", 0, max(0, start - 1)) + 1 : start].strip()
    words = re.split(r"[\s-]+", text[start:end]) + ([before] if before.islower() else [])
    return any(word[:1].lower() == short[0].lower() for word in words)


def _given_at(text: str, start: int, end: int, dose_bracket) -> bool:  # type: ignore[no-untyped-def]
    """Whether the short form at ``text[start:end]`` is given there: a treatment cue of the matcher's, or a
    bracketed dose range after it."""
    if text.startswith("'s", end) or text.startswith("\u2019s", end):
        return False  # a possessive names a property of the substance: "Given VIP's role as a mediator"
    after = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip())
    return treatment_context(text, start, end) or bool(dose_bracket.match(text, after))
