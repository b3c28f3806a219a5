"""Normalisation of surface strings to matching keys, shared by the lexicon index and the matcher.

A *key* is a tuple of normalised tokens; text and lexicon names go through the same function, so every variant
rule holds in both directions. The rules (each applied per token and memoised, so a text costs one regex scan and
one dict look-up per token):

* tokens are runs of Latin letters, runs of digits, single Greek letters and ``+``; everything else separates
  (``IL-6`` = ``IL6`` = ``IL 6``; ``CD4+`` = ``CD4(+)`` = ``CD4 +`` = ``CD4-positive``);
* Greek letters are spelled out (``TNF-α`` = ``TNF-alpha`` = ``TNFα`` = ``TNFalpha``), ``alfa`` is ``alpha``;
  kappa B is also written with a Latin k or spelled and fused (``NF-κB`` = ``NF-kB`` = ``NFkB`` = ``NF-kappaB``);
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
from bisect import bisect_left
from itertools import accumulate
from typing import NamedTuple

__all__ = [
    "GREEK",
    "BREAK",
    "Segmented",
    "Cut",
    "cut",
    "segment",
    "cased_of",
    "tokenize",
    "name_key",
    "key_string",
    "cased_form",
    "is_acronym",
    "token_key",
    "keys_of",
    "Memo",
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

#: (letters are listed as ranges: a class built on ``\W`` is several times slower to scan)
_TOKEN_RE = re.compile(
    r"[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u036f\u0400-\u1fff\u2c00-\ud7ff]+"
    r"|[\u0370-\u03ff\u00b5]|[0-9]+|\((?:[+\u207a\-\u2212]| [+\u207a\-\u2212] ?|[+\u207a\-\u2212] )\)|[+\u207a]"
)
#: a gap between two tokens that ends a phrase: sentence punctuation before a space, ``, ``, a bracket by a space
#: a word spelled out with a Greek letter glued to an acronym: TNFalpha, IFNgamma, TGFbeta
#: a short bracketed insert inside a phrase, read through: "interleukin (IL)-6", "omega-3 (n-3) fatty acids",
#: "von Hippel-Lindau (VHL) disease", "serotonin (5-HT) transmission" (a short form led by a digit, with a capital,
#: perhaps holding one bracketed subtype: "5-HT(1A) receptor (5-HT(1A)R) antagonist")
#: (an abbreviation defined there still gets its mentions from the definition)
_INSERT_RE = re.compile(r"\((?:[A-Za-z]{2,6}\)(?=-\w|\s+[a-z])|[a-z]-?\d\)(?=\s+[a-z])"
                        r"|(?=[^)]{0,7}[A-Z])\d[A-Za-z0-9-]{1,6}(?:\([A-Za-z0-9]{1,3}\)[A-Z]{0,2})?\)(?=\s+[a-z]))")
#: a short subtype bracket glued to its word, "5-HT(1A) receptor": its closing bracket ends no phrase; so does an
#: ion's charge glued to its element (round 19b: "Ca(2+) handling", "Mg(2+) influx", as "Ca2+ handling" reads)
#: (led by "(": a fast scan; the glue to the word before is tested after)
_GLUED_SUBTYPE_RE = re.compile(r"\([0-9A-Za-z]{1,3}[+\u207a]?\)(?=\s)")
_GLUED_GREEK_RE = re.compile(r"^([A-Z]{2,})(alpha|beta|gamma|delta|kappa)$")
#: kappa B written with a Latin k or spelled and fused: "NF-kB", "NFkB", "NF-kappaB", "IkB" are "NF-κB", "IκB"
#: (the Latin k stands for kappa only lower-case before the capital B)
_KAPPA_B_RE = re.compile(r"^([A-Z]{0,3})(?:k|kappa)B$")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9"}
#: prefixes glued to the next word when written with a hyphen (anti-inflammatory = antiinflammatory,
#: 7-chloro-kynurenic acid = 7-chlorokynurenic acid)
_JOIN_PREFIXES = frozenset(
    "anti non pro neuro immuno psycho pre post co multi inter intra hyper hypo auto poly micro macro sub trans "
    "un semi peri extra over under cyto de re".split()
    # chemical substituent prefixes (IUPAC writes them fused: 7-chloro-kynurenic acid = 7-chlorokynurenic acid)
    + "chloro fluoro bromo iodo hydroxy methoxy amino nitro oxo deoxy dihydro".split()
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


def token_key(token: str) -> tuple[str, ...]:
    """The normalised form(s) of one token as the tokenizer cuts it (usually one, ``()`` when dropped; memoised
    per raw token by :func:`keys_of`).

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
    glued = _GLUED_GREEK_RE.match(token) if token[-1] == "a" else None  # (every glued Greek name ends in "a")
    if glued:
        return (glued.group(1).lower(), glued.group(2))
    kappa = _KAPPA_B_RE.match(token) if token[-1] == "B" else None
    if kappa:
        return (*(token_key(kappa.group(1)) if kappa.group(1) else ()), "kappa", "b")
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
        elif low.endswith(("elling", "elled")) and len(low) > 7:  # round 19b: remodelling, labelled (GO's
            low = low[:-4] + low[-3:]  # British synonyms: "synapse remodelling"; "swelling" -> "sweling" both sides)
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


def _cased(token: str) -> str:
    """The case-preserving form of a token: Greek spelled out, diacritics and an acronym's plural ``s`` dropped
    (memoised by :func:`cased_of`)."""
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
    if glued := _GLUED_GREEK_RE.match(token):
        return glued.group(1)  # "IFNgamma" shows the acronym "IFN" as "IFN-γ" does
    return token


def _joinable(prefix_raw: str, word_raw: str) -> bool:
    """A hyphenated prefix is glued to a lower-case word, never to an acronym (anti-TNF stays anti TNF)."""
    return prefix_raw.isalpha() and word_raw.isalpha() and len(word_raw) > 2 and word_raw[1:].islower() \
        and word_raw not in ("acid", "acids")  # "amino-acid" stays "amino acid"


#: the tokenizer as a splitter: separators and tokens alternate in its result (one C call per text)
_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")")
#: a separator that ends a phrase: sentence punctuation before a space, ", ", a bracket next to a space, a slash
_BREAK_GAP_RE = re.compile(r"[.;:!?,][\s\"'”’]|\s[(\[{]|[)\]}]\s|[/\n]|\s[-–—]\s")


class Memo(dict):
    """A memo of a pure function of one argument: ``memo[x]`` computes a missing value with ``function`` (so the
    hot path reads it with ``map(memo.__getitem__, ...)``, no test for misses); it stops growing at ``limit``."""

    __slots__ = ("function", "limit")

    def __init__(self, function, limit: int = 500_000) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, key):  # type: ignore[no-untyped-def]
        value = self.function(key)
        if len(self) < self.limit:
            self[key] = value
        return value


def _gap_kind(gap: str) -> int:
    """0: plain separator, 1: a hyphen (prefix join allowed), 2: a break, 3: an apostrophe (possessive)."""
    return 2 if _BREAK_GAP_RE.search(gap) else 0


#: separator -> its kind (:func:`_gap_kind`; hyphens and apostrophes are listed, they are no break)
_GAP_KIND = Memo(_gap_kind, 100_000)
_GAP_KIND.update({"": 0, " ": 0, "-": 1, "\u2010": 1, "\u2011": 1, "'": 3, "’": 3, "`": 3})
#: raw token -> its keys (:func:`token_key`) / its case-preserving form
_KEYS = Memo(token_key)
_CASED = Memo(_cased)


def keys_of(raw: str) -> tuple[str, ...]:
    """The keys of one raw token (:func:`token_key`, memoised)."""
    return _KEYS[raw]


def cased_of(raw: str) -> str:
    """The case-preserving form of one raw token (memoised)."""
    return _CASED[raw]


class Segmented(NamedTuple):
    """A text cut for matching: ``parts`` alternates separators and raw tokens (``parts[2r + 1]`` is raw token
    ``r``); ``keys[r]`` are the normalised keys raw token ``r`` contributes (none, one, or two); ``breaks``
    lists the tokens a phrase break precedes; ``joined`` maps a prefix token to the word glued to it
    (``anti-`` + ``inflammatory``). :func:`cased_of` gives a raw token's case form."""

    parts: list[str]
    keys: list[tuple[str, ...]]
    breaks: list[int]
    joined: dict[int, int]


def _positions(kinds: list[int], kind: int) -> list[int]:
    """The tokens ``r`` whose preceding gap is of ``kind`` (``kinds[r - 1] == kind``), found with ``list.index``
    (few gaps are not plain spaces, so this skips through the list in C)."""
    out: list[int] = []
    at = 0
    try:
        while True:
            at = kinds.index(kind, at) + 1
            out.append(at)
    except ValueError:
        return out


class Cut(NamedTuple):
    """A text cut for matching, before any token's keys are looked up: ``parts`` as in :class:`Segmented`;
    ``patches`` holds the keys of the few tokens whose keys are not their own :func:`token_key` (a glued prefix
    and its word, a possessive ``s``, a bracketed insert); ``breaks`` and ``joined`` as in :class:`Segmented`;
    ``ends`` the running lengths of ``parts`` (``ends[2r]`` is where raw token ``r`` starts) when the cut
    needed them, else None."""

    parts: list[str]
    patches: dict[int, tuple[str, ...]]
    breaks: list[int]
    joined: dict[int, int]
    ends: list[int] | None = None


def cut(text: str, *, breaks: bool = True) -> Cut:
    """Cut ``text`` into raw tokens, phrase breaks and key patches. This is the hot path of matching: one regex
    split and a ``map`` over a memo dict; Python-level work only at hyphens, apostrophes and brackets (the
    matcher maps raw tokens straight to codes, so the keys of most tokens are never looked up per text)."""
    parts = _SPLIT_RE.split(text)
    raws = parts[1::2]
    patches: dict[int, tuple[str, ...]] = {}
    joined: dict[int, int] = {}
    cuts: list[int] = []
    if len(raws) > 1:
        gaps = parts[2:-1:2]  # gaps[r - 1] precedes raw token r
        kinds = list(map(_GAP_KIND.__getitem__, gaps))
        if breaks:
            # a capital's full stop before a lower-case word abbreviates a genus ("L. reuteri"): no break
            cuts = [r for r in _positions(kinds, 2) if gaps[r - 1] != ". " or len(raws[r - 1]) != 1
                    or not raws[r - 1].isupper() or not raws[r].islower()]
        glued = _positions(kinds, 1)
        if 3 in kinds:
            glued = sorted(glued + _positions(kinds, 3))
        for r in glued:
            if kinds[r - 1] == 3:
                if raws[r] in ("s", "S"):
                    patches[r] = ()  # possessive 's
                continue
            word = patches[r] if r in patches else keys_of(raws[r])
            if not word:
                continue
            prefix = patches[r - 1] if r - 1 in patches else keys_of(raws[r - 1])
            if prefix and prefix[-1] in _JOIN_PREFIXES and _joinable(raws[r - 1], raws[r]):
                patches[r - 1] = (*prefix[:-1], prefix[-1] + word[0])
                patches[r] = word[1:]
                joined[r - 1] = r
    ends = _skip_inserts(text, parts, patches, cuts) if breaks and "(" in text else None
    return Cut(parts, patches, cuts, joined, ends)


def segment(text: str, *, breaks: bool = True) -> Segmented:
    """Cut ``text`` into raw tokens and their keys (:func:`cut`, with every token's keys looked up)."""
    parts, patches, cuts, joined, _ = cut(text, breaks=breaks)
    raws = parts[1::2]
    keys = list(map(_KEYS.__getitem__, raws))
    for r, patch in patches.items():
        keys[r] = patch
    return Segmented(parts, keys, cuts, joined)


def _skip_inserts(text: str, parts: list[str], patches: dict[int, tuple[str, ...]],
                  cuts: list[int]) -> list[int] | None:
    """Read through short bracketed inserts ("interleukin (IL)-6"): their tokens and the breaks around go.
    Returns the running lengths of ``parts`` when it had to compute them."""
    spans = [m.span() for m in _INSERT_RE.finditer(text) if m.start() and text[m.start() - 1].isspace()]
    glued = [m.end() for m in _GLUED_SUBTYPE_RE.finditer(text) if m.start() and text[m.start() - 1].isalnum()]
    if not spans and not glued:
        return None
    ends = list(accumulate(map(len, parts)))  # ends[2r] is where raw token r starts
    starts = ends[0::2]
    tokens = len(parts) // 2
    if glued:  # "5-HT(1A) receptor": the bracket glued to its word ends no phrase
        after = {bisect_left(starts, b) for b in glued}
        cuts[:] = [c for c in cuts if c not in after]
    inside: list[int] = []
    for a, b in spans:
        r = bisect_left(starts, a)
        while r < tokens and starts[r] < b:
            inside.append(r)
            r += 1
    for r in inside:
        patches[r] = ()
    drop = set(inside) | {r + 1 for r in inside}
    cuts[:] = [c for c in cuts if c not in drop]
    return ends


def tokenize(text: str, *, breaks: bool = True) -> list[tuple[str, int, int, str]]:
    """The normalised tokens of ``text`` as ``(key, start, end, cased)``; a phrase break is a ``BREAK`` key.

    >>> [t[0] for t in tokenize("Anti-inflammatory IL-1β; Alzheimer's disease")]
    ['antiinflammatory', 'il', '1', 'beta', '|', 'alzheimer', 'disorder']
    """
    seg = segment(text, breaks=breaks)
    out: list[tuple[str, int, int, str]] = []
    pos = 0
    parts = seg.parts
    ends = []
    for k, part in enumerate(parts):
        pos += len(part)
        if k % 2:
            ends.append(pos)
    cuts = set(seg.breaks)
    for r, keys in enumerate(seg.keys):
        end = ends[seg.joined[r]] if r in seg.joined else ends[r]
        start = ends[r] - len(parts[2 * r + 1])
        if r in cuts and out and out[-1][0] != BREAK:
            out.append((BREAK, start, start, ""))
        raw = parts[2 * r + 1]
        cased = cased_of(raw) + (cased_of(parts[2 * seg.joined[r] + 1]) if r in seg.joined else "")
        for key in keys:
            out.append((key, start, end, cased))
    return out


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

    >>> cased_form("IL-6"), cased_form("TNF-α"), cased_form("interleukin-6"), cased_form("sIL-6R"), cased_form("TNFalpha")
    ('IL', 'TNF', 'IL', 'sIL', 'TNF')
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
