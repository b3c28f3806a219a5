"""The spellings of a cytokine-family symbol, for the lexicon build (:mod:`ipkg.ground.sources.cytokines`).

HGNC symbols in the forms abstracts write them: ``IL6`` -> ``IL-6``, ``interleukin 6``; ``IL1B`` -> ``IL-1β``,
``IL-1 beta``; ``TNF`` + alias ``TNFA`` -> ``TNF-α``; receptors ``IL6R`` -> ``IL-6R``, ``sIL-6R``.
"""

from __future__ import annotations

import re

__all__ = ["GREEK_LETTER", "cytokine_symbol_names"]

#: the Greek letter a member suffix stands for in cytokine symbols (IL1A -> IL-1α, IFNG -> IFN-γ)
GREEK_LETTER: dict[str, tuple[str, str]] = {
    "A": ("α", "alpha"), "B": ("β", "beta"), "G": ("γ", "gamma"), "D": ("δ", "delta"), "K": ("κ", "kappa"),
    "E": ("ε", "epsilon"), "W": ("ω", "omega"),
}


def cytokine_symbol_names(symbol: str) -> list[str]:
    """Spellings of a cytokine-family symbol (approved, alias or previous): hyphenated, spelled-out and Greek.

    >>> cytokine_symbol_names("IL6")
    ['IL6', 'IL-6', 'interleukin 6', 'interleukin-6']
    >>> cytokine_symbol_names("IL1B")[:5]
    ['IL1B', 'IL-1B', 'IL-1β', 'IL-1 beta', 'IL-1beta']
    >>> cytokine_symbol_names("TNFA")
    ['TNFA', 'TNF-α', 'TNF alpha', 'TNFalpha', 'TNF-A']
    >>> cytokine_symbol_names("IL6R")[:5]
    ['IL6R', 'IL-6R', 'interleukin 6 receptor', 'sIL-6R', 'IL-6 receptor']
    >>> cytokine_symbol_names("TNFR2")[:4]
    ['TNFR2', 'TNFR-2', 'sTNFR2', 'sTNFR-2']
    """
    out = [symbol]
    m = re.fullmatch(r"IL(\d+)([A-QS-Z]?)", symbol)
    if m:
        number, member = m.groups()
        out.append(f"IL-{number}{member}")
        if member in ("A", "B") and number in ("1", "36"):
            greek, word = GREEK_LETTER[member]
            out += [f"IL-{number}{greek}", f"IL-{number} {word}", f"IL-{number}{word}", f"interleukin-{number} {word}",
                    f"interleukin {number} {word}", f"interleukin-{number}{greek}"]
        else:
            out += [f"interleukin {number}{member}", f"interleukin-{number}{member}"]
        return list(dict.fromkeys(out))
    m = re.fullmatch(r"IL(\d+)RN", symbol)
    if m:
        number = m.group(1)
        return [symbol, f"IL-{number}RN", f"IL-{number}Ra", f"IL-{number}RA", f"IL-{number} receptor antagonist"]
    m = re.fullmatch(r"IL(\d+)R([A-Z]?)(\d?)", symbol)
    if m:
        number, member, digit = m.groups()
        tail = member + digit
        out += [f"IL-{number}R{tail}", f"interleukin {number} receptor{' ' + tail if tail else ''}"]
        if not tail or tail == "A":
            out += [f"sIL-{number}R", f"IL-{number} receptor", f"soluble IL-{number} receptor",
                    f"soluble interleukin-{number} receptor"]
        if member in GREEK_LETTER and not digit:
            out.append(f"IL-{number}R{GREEK_LETTER[member][0]}")
        return list(dict.fromkeys(out))
    m = re.fullmatch(r"(TNF|IFN|TGF|LT)([ABGKEW])(\d*)", symbol)
    if m:
        stem, member, digit = m.groups()
        greek, word = GREEK_LETTER[member]
        out += [f"{stem}-{greek}{digit}", f"{stem} {word}{digit}", f"{stem}{word}{digit}", f"{stem}-{member}{digit}"]
        return list(dict.fromkeys(out))
    m = re.fullmatch(r"(CCL|CXCL|XCL|CX3CL|CCR|CXCR|CSF|TNFR)(\d+)", symbol)
    if m:
        out.append(f"{m.group(1)}-{m.group(2)}")
        if m.group(1) == "TNFR":
            n = m.group(2)
            roman = {"1": "I", "2": "II"}.get(n, "")
            out += [f"sTNFR{n}", f"sTNFR-{n}", f"TNF-R{n}", f"sTNF-R{n}", f"TNF receptor {n}",
                    f"soluble TNF receptor {n}", f"TNF receptor type {n}", f"tumor necrosis factor receptor {n}",
                    f"soluble tumor necrosis factor receptor {n}"]
            if roman:
                out += [f"TNFR{roman}", f"sTNFR{roman}", f"TNF-R{roman}", f"sTNF-R{roman}"]
    return list(dict.fromkeys(out))
