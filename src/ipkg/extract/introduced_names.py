"""Names an abstract introduces once in full and then uses in a shorter form (round 23, issue 12).

Two conventions of scientific writing let a later, shorter name stand for a concept the text named in full once,
without a bracketed definition (those are :mod:`ipkg.extract.short_forms`'):

* **an abbreviated binomial**: a species named "Lactobacillus helveticus" is then "L. helveticus" (the genus cut to
  its initial and a full stop, the epithet kept); the short name takes the concept of the full binomial the same
  text grounds (same epithet, a genus with that initial), unless the lexicon reads the short name itself;
* **a code name with its class**: a product named by a code ("NVP-1704", "GW501516": capitals, then digits) right
  after the class word the lexicon grounds as an intervention ("probiotic NVP-1704", "the PPAR agonist GW501516")
  stands for that class wherever the code recurs ("NVP-1704 treatment led to a decrease in IL-6"), unless the
  lexicon knows the code itself (then the code is its own concept), the class word is a generic drug word
  ("the compound BE360", "drug XY-12" say nothing of the kind) or the code is a measure ("the bupivacaine AD50",
  "IC50"). Where the class word stands right before the code, the class mention is there already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..ground.matcher import Grounder
from ..models import Concept

__all__ = ["abbreviated_binomials", "coded_products", "introduced_names"]

#: the full stop and the lower-case epithet of an abbreviated binomial ("L. helveticus", "F. rodentium"); the capital
#: initial before it is tested by hand (a pattern that opens with the full stop is scanned for fast)
_SHORT_BINOMIAL = re.compile(r"\.[ \t]?([a-z]{3,})\b")
#: a code name: a capital, up to five more letters, an optional hyphen, two or more digits, an optional letter
_CODE = re.compile(r"\b[A-Z][A-Za-z]{1,5}-?\d{2,}[A-Za-z]?\b")
#: a measure of potency or dose, no product: "ED50", "IC50", "LD50", "the bupivacaine AD50" (and "CD34", a marker)
_MEASURE = re.compile(r"[A-Z]{1,2}[CD]\d{2}")
#: the one to three words right before a code name (its class is read from their tail)
_BEFORE_CODE = re.compile(r"(?:[\w-]+[ \t]+){1,3}$")
#: class words that name no kind of product (a code after them is no member of a grounded class)
_GENERIC = frozenset({"drug", "drugs", "compound", "compounds", "agent", "agents", "medication", "medicine",
                      "substance", "molecule", "product", "treatment", "therapy", "inhibitor", "antagonist",
                      "agonist", "the", "a", "an", "novel", "new", "selective"})


def abbreviated_binomials(texts: dict[str, str], grounder: Grounder) -> list[tuple[str, int, int, Concept]]:
    """``(passage, start, end, concept)`` of each abbreviated binomial whose full form the texts ground.

    >>> g = Grounder.default()
    >>> text = "Administration of Lactobacillus helveticus NS8. L. helveticus NS8 helped."
    >>> found = abbreviated_binomials({"t": text}, g)
    >>> [(s, e, c.label) for _, s, e, c in found]
    [(48, 61, 'Lactobacillus helveticus')]
    """
    out = []
    full: dict[tuple[str, str], Concept | None] = {}
    for name, text in texts.items():
        for found in _SHORT_BINOMIAL.finditer(text):
            at = found.start() - 1
            initial, epithet = text[at : at + 1], found.group(1)
            if not ("A" <= initial <= "Z") or at > 0 and (text[at - 1].isalnum() or text[at - 1] in ".-"):
                continue  # "e.g. the", "U.S. patients", "Fig. 2": no capital initial standing alone
            key = (initial, epithet)
            if key not in full:
                full[key] = _full_binomial(initial, epithet, texts.values(), grounder)
            concept = full[key]
            if concept is not None and grounder.lookup(text[at : found.end()]) is None:
                out.append((name, at, found.end(), concept))
    return out


def _full_binomial(initial: str, epithet: str, texts: Iterable[str], grounder: Grounder) -> Concept | None:
    """The concept of the first "<Genus> <epithet>" (the genus starting with ``initial``) the texts ground, out of
    context or in its own (a species the lexicon reads as an agent only where it is given)."""
    pattern = re.compile(rf"\b{initial}[a-z]{{2,}}[ \t]+{epithet}\b")
    for text in texts:
        if epithet not in text:
            continue
        for found in pattern.finditer(text):
            concept = grounder.lookup(found.group())
            if concept is not None:
                return concept
            window = max(0, found.start() - 80)  # a reading in context ("Administration of Lactobacillus ...")
            for match in grounder.find(text[window : found.end()]):
                if (match.start + window, match.end + window) == found.span():
                    return match.concept
    return None


def coded_products(texts: dict[str, str], grounder: Grounder) -> list[tuple[str, int, int, Concept]]:
    """``(passage, start, end, concept)`` of each occurrence of a code name the texts introduce after its class.

    >>> g = Grounder.default()
    >>> found = coded_products({"t": "Effects of probiotic NVP-1704. NVP-1704 treatment lowered IL-6."}, g)
    >>> [(s, e, c.label) for _, s, e, c in found]
    [(31, 39, 'Probiotics')]
    """
    classes: dict[str, Concept] = {}
    for text in texts.values():
        for found in _CODE.finditer(text):
            code = found.group()
            if code in classes or _MEASURE.fullmatch(code) or grounder.lookup(code) is not None:
                continue
            concept = _class_before(text, found.start(), grounder)
            if concept is not None:
                classes[code] = concept
    out = []
    for code, concept in classes.items():
        pattern = re.compile(rf"\b{re.escape(code)}\b")
        for name, text in texts.items():
            out += [(name, f.start(), f.end(), concept) for f in pattern.finditer(text)
                    if _class_before(text, f.start(), grounder) != concept]  # not where its class names it already
    return out


def _class_before(text: str, start: int, grounder: Grounder) -> Concept | None:
    """The intervention the one to three words right before ``start`` name (the longest), or None."""
    before = _BEFORE_CODE.search(text, max(0, start - 60), start)
    if before is None:
        return None
    words = before.group().split()
    for k in range(len(words), 0, -1):
        tail = words[-k:]
        if tail[-1].lower() in _GENERIC:
            return None
        concept = grounder.lookup(" ".join(tail), "Intervention")
        if concept is not None:
            return concept
    return None


def introduced_names(texts: dict[str, str], grounder: Grounder) -> list[tuple[str, int, int, Concept]]:
    """Both kinds (see the module docstring)."""
    return abbreviated_binomials(texts, grounder) + coded_products(texts, grounder)
