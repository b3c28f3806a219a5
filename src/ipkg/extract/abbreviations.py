"""Abbreviation definitions in running text, after Schwartz & Hearst (2003).

Schwartz AS, Hearst MA. "A simple algorithm for identifying abbreviation definitions in biomedical text."
Pacific Symposium on Biocomputing 8:451-462 (2003).

Two patterns are recognised: ``long form (SHORT)`` and, when the bracket holds more than two words,
``SHORT (long form)``. A short-form candidate has one or two words, at most ten characters, a letter, and starts
with a letter or digit; anything after ``;`` or ``,`` inside the bracket is ignored (``(MDD; n = 12)``), and a
bracket that lists three or more comma-separated items, each shaped like a short form, is an enumeration, not a
definition (``amino acids of glutamatergic transmission (glutamine, glutamate, glycine)``: glutamine is no short
form; ``(MDD, n = 40, 55% female)`` still defines MDD). The long
form is the shortest run of words before the bracket (at most ``min(|SHORT| + 5, 2 |SHORT|)`` words, not crossing
a sentence end) in which every letter and digit of the short form appears in order, right to left, the first
one at the start of a word (the algorithm's ``findBestLongForm``).

The window of words the long form is sought in never reaches back across what no name holds (round 26b,
:func:`_window_start`): a bracket left unbalanced (the Python port of Schwartz & Hearst drops a long form with
unbalanced brackets; here the window stops after it, ``7.5, or 10.0 mg), haloperidol (HAL)``), a comma before a
space (a list or a clause: ``interleukin-12 (IL-12), and gamma interferon``) unless every letter and digit of the
short form is a word's initial there (``fermentable oligosaccharides, disaccharides, monosaccharides and polyols
(FODMAP)``, ``epirubicin, cisplatin, 5-FU (ECF)``), a number with a unit of dose, time or
concentration, unless the short form has a digit (``pentazocine 0.5 mg/kg (group P)``; ``response at 12 weeks
(SVR12)`` keeps its number), and a form of *be*, *have*, *do* or a modal verb (``had received diazepam (HR)``).
Where the shortest match takes a letter from inside a word and a longer tail is the short form's acronym, the
acronym is the long form (``tail suspension test (TST)``, not ``test``); ``i.e.`` and ``e.g.`` are no short forms.
"""

from __future__ import annotations

import logging
import re

from ..cues import Folded, folded_pattern
from ..models import Abbreviation

__all__ = ["find_abbreviations", "best_long_form", "long_form_span", "iter_short_forms"]

logger = logging.getLogger(__name__)

_INNER_SPLIT = re.compile(r"[;,]\s")
#: everything up to the last clause end (greedy), so ``.end()`` is where the current clause starts
_LAST_CLAUSE_END = re.compile(r".*(?:[.;:!?](?:\s|$)|[\[\]])", re.DOTALL)
#: a comma before a space, not between digits ("1, 2-dioxygenase"): a long form crosses one only as initials
#: (``(?<!\d),\s`` written comma first, so ``re`` skips to a comma: 3x faster, the same matches)
_COMMA = re.compile(r",(?<!\d,)\s")
#: a word's initial: its first letter or digit, after a space, a hyphen, a slash or a quote
_INITIAL = re.compile(r"(?:^|[\s/-])[^\w]*(\w)")
#: a digit; a run of non-space characters (a word)
_DIGIT = re.compile(r"\d")
_NONSPACE = re.compile(r"\S+")
#: a round bracket, opening or closing
_BRACKET = re.compile(r"[()]")
#: the dots and spaces of "i. e." and "e.g."
_LATIN = re.compile(r"[.\s]")
#: the parts of a word a hyphen or a slash joins
_PART = re.compile(r"[-/–]")
#: words an acronym passes over ("Index of Erectile Function")
_FUNCTION_WORDS = frozenset({"of", "and", "or", "the", "in", "with", "for", "to", "by", "on", "at", "a", "an",
                             "from", "&"})
#: a finite verb of a closed class: a long form never reaches back across one
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|may|might|must|shall|should|will"
    r"|would)\b", re.IGNORECASE)
#: :data:`_VERB` for the lower-cased text (the same matches; 2x faster: ``re`` cannot skip ahead in a
#: case-insensitive pattern that opens with ``\b``, see :mod:`ipkg.cues`)
_VERB_FOLDED = folded_pattern(_VERB)
#: a bracket at the start of a long form, with the hyphen or spaces after it: "(ROC)-", "(KEGG) "
_LEADING_GROUP = re.compile(r"[(\[]((?:[^()\[\]]|\([^()]*\))*)[)\]][\s-]*")
#: any single whitespace character (a long form's window is read with plain spaces)
_SPACE = re.compile(r"\s")
#: a number with a unit of dose, time or concentration ("0.5 mg/kg", "12 weeks", "50 microM", "10%")
_MEASURE = re.compile(
    r"(?<![A-Za-z])\d(?:[\d.,]*\d)?\s*(?:%|(?:mg|g|kg|µg|μg|ug|mcg|ng|pg|microg(?:rams?)?|ml|mL|µl|μl|l|L"
    r"|mM|µM|μM|uM|nM|pM|microM|microm|mmol|µmol|μmol|nmol|mol|IU|U|Hz|mmHg|Gy"
    r"|h|hr|hrs|hours?|min|minutes?|s|sec|seconds?|d|days?"
    r"|wk|weeks?|months?|y|yr|years?)(?:/[A-Za-zµμ]+)*)(?![\w])")


def best_long_form(short: str, candidate: str) -> str | None:
    """The shortest tail of ``candidate`` that the letters of ``short`` spell (Schwartz & Hearst), or None.

    >>> best_long_form("HSF", "Heat shock transcription factor")
    'Heat shock transcription factor'
    >>> best_long_form("MDD", "patients with major depressive disorder")
    'major depressive disorder'
    >>> best_long_form("TNF", "and tumour necrosis factor")
    'tumour necrosis factor'
    >>> best_long_form("ABC", "no match here") is None
    True
    """
    short_l = short.lower()
    cand_l = candidate.lower()
    s = len(short) - 1
    l = len(candidate) - 1
    while s >= 0:
        char = short_l[s]
        if not char.isalnum():
            s -= 1
            continue
        while l >= 0 and cand_l[l] != char or (s == 0 and l > 0 and cand_l[l - 1].isalnum()):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = candidate.rfind(" ", 0, l + 1) + 1
    return candidate[start:]


def _short_candidate(text: str) -> bool:
    if not text or len(text) > 10 or len(text.split()) > 2:
        return False
    if not text.isupper() and _LATIN.sub("", text.lower()) in ("ie", "eg"):
        return False  # "(i.e., major depression)", "(e.g. IL-6)": an explanation follows, no short form
    return text[0].isalnum() and any(c.isalpha() for c in text)


def find_abbreviations(text: str, passage: str = "abstract") -> list[Abbreviation]:
    """The abbreviations defined in ``text``, in order of appearance; offsets span the whole definition.

    >>> [(a.short, a.long) for a in find_abbreviations(
    ...     "Patients with major depressive disorder (MDD) or bipolar disorder (BD; n = 12) and TNF (tumor "
    ...     "necrosis factor) levels.")]
    [('MDD', 'major depressive disorder'), ('BD', 'bipolar disorder'), ('TNF', 'tumor necrosis factor')]
    """
    out: list[Abbreviation] = []
    search = 0
    while True:
        open_ = text.find("(", search)
        if open_ < 0:
            break
        close = _closing(text, open_)
        if close < 0:
            break
        search = open_ + 1
        inner = text[open_ + 1 : close]
        found = _definition(text, open_, close, inner, passage)
        if found is not None:
            out.append(found)
    return out


def _closing(text: str, open_: int) -> int:
    """The offset of the bracket closing ``text[open_]`` within 200 characters, or -1."""
    limit = min(len(text), open_ + 200)
    close = text.find(")", open_ + 1, limit)
    if close < 0:
        return -1
    if "(" not in text[open_ + 1 : close]:
        return close  # the common case, no nested bracket: found without a loop over characters
    return _closing_by_scan(text, open_)


def _closing_by_scan(text: str, open_: int) -> int:
    """:func:`_closing` by counting brackets character by character (nested brackets)."""
    depth = 0
    for i in range(open_, min(len(text), open_ + 200)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _definition(text: str, open_: int, close: int, inner: str, passage: str) -> Abbreviation | None:
    if inner.count(", ") >= 2 and all(_short_candidate(item.strip()) for item in inner.split(", ")):
        return None  # an enumeration: "(glutamine, glutamate, glycine)", "(IL-6, TNF-alpha, CRP)"
    short = _INNER_SPLIT.split(inner, maxsplit=1)[0].strip() if (";" in inner or "," in inner) else inner.strip()
    candidate = _short_candidate(short)
    if not candidate and (len(inner) < 12 or inner.count(" ") < 2):
        return None  # neither "long (SHORT)" nor "SHORT (long form of three words or more)"
    offset = max(0, open_ - 160)
    before = text[offset:open_]
    last_end = _LAST_CLAUSE_END.match(before)
    clause_start = last_end.end() if last_end else 0
    window_start = _window_start(before, clause_start, short if candidate else "")
    words = before[_after_last_comma(before, window_start):].split()
    if not words:
        return None
    if candidate:
        stem = before.rstrip()
        at = _long_form_start(short, stem, window_start)
        if at is not None and _COMMA.search(stem, at) and not _spelled_by_initials(short, stem[at:]):
            at = _long_form_start(short, stem, _after_last_comma(stem, window_start))
        if at is None:
            return None
        return Abbreviation(short, text[offset + at : offset + len(stem)], passage, offset + at, close + 1)
    # reversed: SHORT (long form with more than two words)
    short = words[-1]
    if _short_candidate(short) and short.upper() == short and before[-1:] in (" ", "\n") and before.rstrip().endswith(short):
        long = best_long_form(short, inner.strip())
        if long and long == inner.strip() and _valid(short, long) and (
                not _COMMA.search(long) or _spelled_by_initials(short, long)):
            return Abbreviation(short, long, passage, offset + len(before.rstrip()) - len(short), close + 1)
    return None


def _long_form_start(short: str, stem: str, window_start: int) -> int | None:
    """The offset in ``stem`` (the text before the defining bracket, stripped) where the long form of ``short``
    begins, or None. A long form does not begin with a bracket that holds a word: that is an earlier definition's
    short form or a parenthesis ("receiver operating characteristic (ROC)-area under curve (AUC)", "Kyoto
    Encyclopedia of Genes and Genomes (KEGG) orthologies (KOs)"); the search starts again after it. A stereo
    prefix of a chemical name, "(+)-" or "(R)-", holds fewer than two letters or digits and stays, as does a
    modifier in lower case ("(insulin-dependent) diabetes mellitus")."""
    limit = min(len(short) + 5, 2 * len(short))
    while True:
        first = _nth_word_from_end(stem, limit, window_start)
        long = best_long_form(short, _SPACE.sub(" ", stem[first:]))  # one character for one: offsets hold
        if not long:
            return None
        at = len(stem) - len(long)
        group = _LEADING_GROUP.match(long)
        if group is None or sum(c.isalnum() for c in group.group(1)) < 2 or _modifier(group.group(1)):
            if not _valid(short, long):
                return None
            return at if _acronym(short, long) else _acronym_start(short, stem, first, at)
        window_start = at + group.end()


def _modifier(text: str) -> bool:
    """Whether a bracket's text is a modifier a long form may begin with: words in lower case, no digit
    ("insulin-dependent"; not "ROC", "24 h", "n=14")."""
    return text.islower() and not any(c.isdigit() for c in text)


def _acronym_start(short: str, stem: str, first: int, at: int) -> int:
    """Where a longer long form that is an acronym of ``short`` begins (:func:`_acronym`), or ``at``: the
    shortest match took a letter from inside a word where the words before it give it as an initial ("the tail
    suspension test (TST)" is no "test", "hereditary hemochromatosis (HH)" no "hemochromatosis"). Within the
    window (``first``), and not across a bracket, a comma or a semicolon."""
    start = at
    while start > first:
        space = stem.rfind(" ", first, start - 1)
        before = space + 1 if space >= 0 else first
        if any(c in stem[before:start] for c in "()[],;"):
            return at
        start = before
        if _acronym(short, stem[start:]):
            return start
    return at


def _acronym(short: str, long: str) -> bool:
    """Whether ``long`` is an acronym's expansion: every word but a function word gives its initial, in order, as
    the next letter of ``short`` and every letter is given (a hyphen's or a slash's part may give one or not; a
    plural ``s`` aside). "tail suspension test" for TST; not "concurrent serum and cerebrospinal fluid" for CSF,
    whose "cerebrospinal" gives no letter, nor "mice treated with melatonin" for MT."""
    letters = _letters(short)
    i = 0
    for word in long.split():
        for j, part in enumerate(p for p in _PART.split(word) if p):
            initial = next((c.lower() for c in part if c.isalnum()), "")
            if i < len(letters) and initial == letters[i]:
                i += 1
            elif j == 0 and initial and word.lower() not in _FUNCTION_WORDS:
                return False
    return i == len(letters)


def _window_start(before: str, start: int, short: str) -> int:
    """Where the window of a long form begins in ``before`` (the text up to the defining bracket): after the last
    closed-class verb, unbalanced bracket or (for a short form without a digit) number with a unit."""
    cut = start
    lower = Folded(before).lower
    verbs = _VERB.finditer(before, start) if lower is None or _VERB_FOLDED is None else _VERB_FOLDED.finditer(
        lower, start)
    for match in verbs:
        cut = match.end()
    if not any(c.isdigit() for c in short) and _DIGIT.search(before, cut):
        for match in _MEASURE.finditer(before, cut):
            cut = match.end()
    opened: list[int] = []
    for bracket in _BRACKET.finditer(before, cut):
        i = bracket.start()
        if before[i] == "(":
            opened.append(i)
        elif opened:
            opened.pop()
        else:
            cut = i + 1  # a bracket closed that the window never opened
    if opened:
        cut = max(cut, opened[-1] + 1)  # a bracket opened and never closed before the definition
    return cut


def _after_last_comma(text: str, start: int) -> int:
    """The offset after the last comma-and-space of ``text`` from ``start`` on (``start`` if there is none)."""
    for match in _COMMA.finditer(text, start):
        start = match.end()
    return start


def _spelled_by_initials(short: str, long: str) -> bool:
    """Whether the letters and digits of ``short`` are, in order, initials of words of ``long`` (words split at
    spaces, hyphens and slashes; a plural ``s`` at the end of ``short`` needs none).

    >>> _spelled_by_initials("FODMAP", "fermentable oligosaccharides, disaccharides, monosaccharides and polyols")
    True
    >>> _spelled_by_initials("GSH", "glutamate transporter, intracellular glutathione")
    False
    """
    letters = _letters(short)
    initials = iter(m.group(1).lower() for m in _INITIAL.finditer(long))
    return all(any(i == c for i in initials) for c in letters)


def _letters(short: str) -> list[str]:
    """The letters and digits of a short form, lower-cased, without a plural ``s`` ("RCTs")."""
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) > 1 and short.endswith("s") and short[-2:-1].isupper():
        letters.pop()
    return letters


def _nth_word_from_end(text: str, n: int, start: int) -> int:
    """The offset in ``text`` of its n-th word from the end (1 = the last word), not before ``start``."""
    words = [m.start() for m in _NONSPACE.finditer(text, start)]
    return words[-n] if len(words) >= n else start


def _valid(short: str, long: str) -> bool:
    """Schwartz & Hearst's checks: the long form is longer, does not contain the short form as a word, and
    is not too many words for the short form."""
    if len(long) <= len(short) or len(long.split()) > min(len(short) + 5, 2 * len(short)):
        return False
    at = long.find(short)
    while at >= 0:
        end = at + len(short)
        if (at == 0 or not long[at - 1].isalnum()) and (end == len(long) or not long[end].isalnum()):
            return False
        at = long.find(short, at + 1)
    return True


def long_form_span(abbreviation: Abbreviation, text: str) -> tuple[int, int]:
    """The offsets of the long form inside ``text`` (the passage the abbreviation was found in)."""
    at = text.find(abbreviation.long, abbreviation.start, abbreviation.end)
    if at < 0:
        return abbreviation.start, abbreviation.start
    return at, at + len(abbreviation.long)


def iter_short_forms(short: str, text: str):
    """``(start, end)`` of every whole-word occurrence of ``short`` in ``text`` (an ``s`` plural included).

    >>> list(iter_short_forms("SSRI", "SSRIs and an SSRI, not SSRIx"))
    [(0, 5), (13, 17)]
    """
    at = text.find(short)
    n = len(short)
    while at >= 0:
        end = at + n
        if end < len(text) and text[end] == "s" and (end + 1 == len(text) or not text[end + 1].isalnum()):
            end += 1
        before_ok = at == 0 or not text[at - 1].isalnum()
        after_ok = end == len(text) or not text[end].isalnum()
        if before_ok and after_ok:
            yield at, end
        at = text.find(short, at + 1)
