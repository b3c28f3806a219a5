"""Normalisation of surface strings to matching keys, shared by the lexicon index and the matcher.

A *key* is a tuple of normalised tokens; text and lexicon names go through the same function, so every variant
rule holds in both directions. The rules (each applied per token and memoised, so a text costs one regex scan and
one dict look-up per token):

* tokens are runs of Latin letters, runs of digits, single Greek letters and ``+``; everything else separates
  (``IL-6`` = ``IL6`` = ``IL 6``; ``CD4+`` = ``CD4(+)`` = ``CD4 +`` = ``CD4-positive``);
* Greek letters are spelled out (``TNF-α`` = ``TNF-alpha`` = ``TNFα`` = ``TNFalpha``), ``alfa`` is ``alpha``;
* case is folded and diacritics dropped (``naïve`` = ``naive``); case-sensitive matching of short acronyms is the
  matcher's job (see :func:`cased_form`);
* plurals are reduced (``cells``, ``therapies``, ``psychoses``, ``SSRIs``, ``NSAIDs``);
* British spellings are mapped to American (``tumour``, ``signalling``, ``leucocyte``, ``haemorrhage``);
* a few words are canonicalised: ``interleukin`` = ``IL``; ``disease`` = ``illness`` = ``disorder``;
  ``positive`` = ``+``; ``the`` and possessive ``'s`` are dropped (``Alzheimer's disease`` = ``Alzheimer disease``);
* a prefix joined by a hyphen is glued to its word (``anti-inflammatory`` = ``antiinflammatory``);
* upper-case Roman numerals become digits (``type II`` = ``type 2``).

In running text a sentence end, a semicolon, a colon, a comma followed by a space and a bracket next to a space
are *breaks*: no key spans them (``depression (MDD)`` never reads as one phrase), while brackets inside a word
(``CD4(+)``, ``interleukin (IL)-6``'s ``)-``) are not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "GREEK",
    "BREAK",
    "Token",
    "tokenize",
    "name_key",
    "key_string",
    "cased_form",
    "is_acronym",
    "token_key",
]

#: Greek letters (lower and upper case, and the micro sign) spelled out
GREEK: dict[str, str] = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi",
    "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi",
    "ψ": "psi", "ω": "omega",
}
GREEK.update({k.upper(): v for k, v in list(GREEK.items()) if k.upper() != k})

#: the token that separates phrases in a key string: no lexicon key contains it
BREAK = "|"

_TOKEN_RE = re.compile(
    r"[^\W\d_\u0370-\u03ff\u00b5]+|[\u0370-\u03ff\u00b5]|\d+|\(\s?[+\u207a\-\u2212]\s?\)|[+\u207a]"
)
#: a gap between two tokens that ends a phrase: sentence punctuation before a space, ``, ``, a bracket by a space
_BREAK_GAP_RE = re.compile(r"[.;:!?,][\s\"'”’]|\s[(\[{]|[)\]}]\s|[/\n]|\s[-–—]\s")
#: a word spelled out with a Greek letter glued to an acronym: TNFalpha, IFNgamma, TGFbeta
#: a short bracketed insert inside a phrase, read through: "interleukin (IL)-6", "omega-3 (n-3) fatty acids"
_INSERT_RE = re.compile(r"(?<=\s)(?:\([A-Za-z]{2,6}\)(?=-\w)|\([a-z]-?\d\)(?=\s+[a-z]))")
_GLUED_GREEK_RE = re.compile(r"^([A-Z]{2,})(alpha|beta|gamma|delta|kappa)$")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9"}
#: prefixes glued to the next word when written with a hyphen (anti-inflammatory = antiinflammatory)
_JOIN_PREFIXES = frozenset(
    "anti non pro neuro immuno psycho pre post co multi inter intra hyper hypo auto poly micro macro sub trans "
    "un semi peri extra over under cyto de re".split()
)
#: whole-token canonical forms (applied after plural reduction)
_CANON: dict[str, str] = {
    "interleukin": "il", "interleukine": "il",
    "disease": "disorder", "illness": "disorder", "condition": "disorder",
    "positive": "+", "alfa": "alpha", "signalling": "signaling", "signalled": "signaled",
    "tumour": "tumor", "behaviour": "behavior", "behavioural": "behavioral", "haem": "hem", "oestrogen": "estrogen",
    "leucocyte": "leukocyte", "leucocytic": "leukocytic", "fibre": "fiber", "centre": "center",
    "mice": "mouse", "women": "woman", "men": "man", "children": "child", "feet": "foot", "teeth": "tooth",
}
_DROP = frozenset({"the"})
_IRREGULAR_KEEP = frozenset(
    """analysis diagnosis prognosis psychosis neurosis sepsis psoriasis fibrosis sclerosis stenosis thrombosis
    osteoporosis tuberculosis apoptosis necrosis cirrhosis arthrosis mitosis meiosis synthesis hypothesis genesis
    basis crisis axis status virus fetus sinus locus stimulus nucleus bronchus plexus uterus bacillus focus
    diabetes herpes rabies series species mellitus pancreas lupus tetanus bus gas plus thus was has this its
    is us yes less loss mass stress access process progress distress success gps bias atlas""".split()
)


@lru_cache(maxsize=200_000)
def token_key(token: str) -> tuple[str, ...]:
    """The normalised form(s) of one token as the tokenizer cuts it (usually one, ``()`` when dropped).

    >>> token_key("Cells"), token_key("α"), token_key("SSRIs"), token_key("TNFalpha"), token_key("tumours")
    (('cell',), ('alpha',), ('ssri',), ('tnf', 'alpha'), ('tumor',))
    """
    if token in GREEK:
        return (GREEK[token],)
    if token in ("+", "\u207a") or token[0] == "(" and ("+" in token or "\u207a" in token):
        return ("+",)
    if token[0] == "(":
        return ("negative",)
    if token.isdigit():
        return (token,)
    glued = _GLUED_GREEK_RE.match(token)
    if glued:
        return (glued.group(1).lower(), glued.group(2))
    if token in _ROMAN:
        return (_ROMAN[token],)
    text = token
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # acronym plurals: SSRIs, NSAIDs, TLRs
    if len(text) >= 3 and text.endswith("s") and text[:-1].isupper():
        text = text[:-1]
    low = text.lower()
    if low in _DROP:
        return ()
    low = _spelling(low)
    low = _singular(low)
    low = _CANON.get(low, low)
    return (low,)


def _spelling(low: str) -> str:
    """British to American spelling, by pattern (both sides of a match go through it, so over-reach is harmless)."""
    if len(low) > 4:
        if "ae" in low:
            low = low.replace("ae", "e")
        if "oe" in low:
            low = low.replace("oe", "e")
        if low.endswith("our") or low.endswith("ours"):
            low = low.replace("our", "or")
        if "isation" in low or "ising" in low or "ised" in low:
            low = low.replace("isation", "ization").replace("ising", "izing").replace("ised", "ized")
        if "leuc" in low:
            low = low.replace("leuc", "leuk")
        if "signall" in low:
            low = low.replace("signall", "signal")
        if low.endswith("ological"):
            low = low[:-2]
    return low


def _singular(low: str) -> str:
    """A crude, symmetric plural reduction (``cells`` -> ``cell``, ``therapies`` -> ``therapy``)."""
    if len(low) <= 3 or not low.endswith("s") or low in _IRREGULAR_KEEP:
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("oses", "yses")) and len(low) > 6:
        return low[:-2] + "is"
    if low.endswith("sses"):
        return low[:-2]
    if low.endswith(("ss", "us", "is", "ys")):
        return low
    return low[:-1]


@lru_cache(maxsize=200_000)
def _cased(token: str) -> str:
    """The case-preserving form of a token: Greek spelled out, diacritics and an acronym's plural ``s`` dropped."""
    if token in GREEK:
        return GREEK[token]
    if token[0] == "(":
        return "+" if "+" in token or "\u207a" in token else "-"
    if token == "\u207a":
        return "+"
    if not token.isascii():
        token = "".join(c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c))
    if len(token) >= 3 and token.endswith("s") and token[:-1].isupper():
        token = token[:-1]
    if token.lower() in ("interleukin", "interleukine"):
        return "IL"
    return token


def _joinable(prefix_raw: str, word_raw: str) -> bool:
    """A hyphenated prefix is glued to a lower-case word, never to an acronym (anti-TNF stays anti TNF)."""
    return prefix_raw.isalpha() and word_raw.isalpha() and len(word_raw) > 2 and word_raw[1:].islower()


class Token(tuple):
    """``(key, start, end, cased)``: one normalised token and the span of the text it came from."""

    __slots__ = ()

    key = property(lambda self: self[0])
    start = property(lambda self: self[1])
    end = property(lambda self: self[2])
    cased = property(lambda self: self[3])


@lru_cache(maxsize=4096)
def _gap_kind(gap: str) -> int:
    """0: plain separator, 1: a hyphen only (prefix join allowed), 2: a break, 3: possessive apostrophe."""
    if gap == "-" or gap == "\u2010" or gap == "\u2011":
        return 1
    if gap in ("'", "’", "`"):
        return 3
    return 2 if _BREAK_GAP_RE.search(gap) else 0


def tokenize(text: str, *, breaks: bool = True) -> list[Token]:
    """Cut ``text`` into normalised tokens with their offsets; breaks become ``BREAK`` tokens when ``breaks``.

    >>> [t.key for t in tokenize("Anti-inflammatory IL-1β; Alzheimer's disease")]
    ['antiinflammatory', 'il', '1', 'beta', '|', 'alzheimer', 'disorder']
    """
    out: list[Token] = []
    prev_end = 0
    prev_raw = ""
    inserts = [m.span() for m in _INSERT_RE.finditer(text)] if breaks and "(" in text else []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        start, end = m.span()
        if inserts:
            if any(a <= start < b for a, b in inserts):
                continue
            gap = _gap_without_inserts(text, prev_end, start, inserts) if out else ""
        else:
            gap = text[prev_end:start] if out else ""
        kind = _gap_kind(gap) if gap else 0
        if kind == 3 and raw in ("s", "S"):
            prev_end = end
            continue
        if kind == 2 and breaks and out and out[-1][0] != BREAK:
            out.append(Token((BREAK, prev_end, prev_end, "")))
        keys = token_key(raw)
        cased = _cased(raw)
        if kind == 1 and out and keys and out[-1][0] in _JOIN_PREFIXES and _joinable(prev_raw, raw):
            last = out.pop()
            out.append(Token((last[0] + keys[0], last[1], end, last[3] + cased)))
            keys = keys[1:]
        for key in keys:
            out.append(Token((key, start, end, cased)))
        prev_end = end
        prev_raw = raw
    return out


def _gap_without_inserts(text: str, start: int, end: int, inserts: list[tuple[int, int]]) -> str:
    """The text between two tokens with any skipped bracketed insert cut out."""
    gap = text[start:end]
    for a, b in inserts:
        if start <= a and b <= end:
            return text[start:a] + text[b:end]
    return gap


def name_key(name: str) -> tuple[str, ...]:
    """The key of a lexicon name: its token keys with no breaks.

    >>> name_key("Tumour necrosis factor-α") == name_key("tumor necrosis factor alpha")
    True
    >>> name_key("CD4-positive") == name_key("CD4+") == name_key("CD4(+)")
    True
    """
    return tuple(t[0] for t in tokenize(name, breaks=False))


def key_string(keys: tuple[str, ...] | list[str]) -> str:
    """The string the automaton indexes: keys joined and padded with single spaces (so matches are whole tokens)."""
    return " " + " ".join(keys) + " "


def cased_form(name: str) -> str:
    """The case-preserving form of a name's first token, which a short acronym must show in the text
    (``interleukin`` counts as ``IL``; later tokens are free: ``IL-1ra`` matches ``IL-1Ra``).

    >>> cased_form("IL-6"), cased_form("TNF-α"), cased_form("interleukin-6"), cased_form("sIL-6R")
    ('IL', 'TNF', 'IL', 'sIL')
    """
    tokens = tokenize(name, breaks=False)
    return tokens[0][3] if tokens else ""


def is_acronym(name: str) -> bool:
    """True for a short acronym that must match case-sensitively: at most 5 characters once separators are
    removed (a Greek letter counts as one) and an upper-case letter after the first character.

    >>> is_acronym("IL-6"), is_acronym("TNF-α"), is_acronym("Yoga"), is_acronym("MDD"), is_acronym("T cell")
    (True, True, False, True, False)
    """
    compact = "".join(c for c in name if c.isalnum() or c == "+")
    if not compact or len(compact) > 5:
        return False
    return any(c.isupper() for c in compact[1:]) or (len(compact) <= 3 and compact.isupper())
