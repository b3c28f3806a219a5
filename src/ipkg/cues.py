"""Fast, exact searches for case-insensitive cue regexes (issue #7 "Scale").

Python's ``re`` cannot skip ahead for a case-insensitive pattern that starts with ``\\b``: it tries the whole
pattern at every character, ~50-300 µs per regex on an abstract. A :class:`Cue` makes such a search cheaper in two
ways, neither of which changes what it finds:

* a *gate*: the literal words of which every match must contain one (``needles``: substrings of the lower-cased
  text; ``words``: whole ``\\w+`` tokens). When none is present, the regex is not run (~1 µs instead of ~100 µs);
* a *folded* pattern: the same pattern with its literals lower-cased and without ``re.IGNORECASE``, run over the
  lower-cased text, which is 2-3 times faster. ``str.lower`` maps every character to one character (so offsets
  are the same) and matches a letter's case-insensitive partners, except ``İ``, ``ı`` and ``ſ``: a text holding
  one of them is searched with the original pattern, ungated. A match found on the lower-cased text is matched
  again with the original pattern at the same offset, so callers get the original text's groups.

>>> import re
>>> cue = Cue(re.compile(r"\\bplacebo\\b", re.IGNORECASE), "placebo")
>>> cue.search(fold("A Placebo-controlled trial")).group(0), cue.search(fold("open label")) is None
('Placebo', True)
>>> Cue(re.compile(r"\\bmen\\b", re.IGNORECASE), words=("men",)).count(fold("Treatment of MEN and women"))
1
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from . import _regex_cache

__all__ = ["Cue", "Folded", "Gate", "Probe", "alternatives", "fold", "folded_pattern", "required_literals"]

#: the characters outside ASCII that a folded pattern may contain (their case mapping is one-to-one)
_FOLDABLE = frozenset("≤ï")
#: from this many gate words on, one Aho-Corasick pass finds them (3x faster than a scan per word at 56 words)
_AUTOMATON_WORDS = 8
#: a cue's folded pattern before it is first asked for (``None`` is a value: no folded pattern)
_NOT_YET = object()


class Folded:
    """A text and its lower-cased form (``None`` when the text holds a character that lower-casing cannot
    stand for: then cues use their original pattern)."""

    __slots__ = ("lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        odd = not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)
        self.lower: str | None = None if odd else text.lower()


def fold(text: str) -> Folded:
    """The :class:`Folded` view of ``text``."""
    return Folded(text)


def folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` for lower-cased text: literals lower-cased outside escapes and group names, without
    ``re.IGNORECASE``; ``None`` when that would not be the same pattern (not case-insensitive, named characters,
    other characters than ASCII and :data:`_FOLDABLE`). A named group keeps its name (``(?P<name>``, ``(?P=name)``
    are copied as they are).

    >>> folded_pattern(re.compile(r"\\b(?P<Dose>High|LOW)\\s(?P=Dose)\\W", re.IGNORECASE)).pattern
    '\\\\b(?P<Dose>high|low)\\\\s(?P=Dose)\\\\W'
    """
    source = _regex_cache.parsed_fact("folded_source", pattern, _folded_source)
    return None if source is None else literal_first(source, pattern.flags & ~re.IGNORECASE)


def _folded_source(pattern: re.Pattern[str]) -> str | None:
    """The source of :func:`folded_pattern` (a pure function of the pattern, kept across processes by
    :func:`ipkg._regex_cache.parsed_fact`: the character loop costs a process ~20 ms for its ~140 cues)."""
    source = pattern.pattern
    if (not pattern.flags & re.IGNORECASE or "\\N" in source or "(?" + "i" in source
            or any(not c.isascii() and c not in _FOLDABLE for c in source)):
        return None
    out = []
    escaped = False
    at, n = 0, len(source)
    while at < n:
        char = source[at]
        if not escaped and source.startswith("(?P", at):  # a group's name or a reference to it: as it is
            close = source.find(">" if source.startswith("(?P<", at) else ")", at)
            out.append(source[at : close + 1])
            at = close + 1
            continue
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
        at += 1
    return "".join(out)


def literal_first(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with a leading ``\\b`` before a word's letters (at the start, or at the start
    of each top-level alternative) written as the letters and a look-behind: ``\\bword`` as
    ``word(?<!\\wword)``, the same test where it matters (the letters are word characters, so ``\\b`` before them
    says only that no word character precedes). ``re`` can then skip to the letters (a prefix or a set of first
    characters) instead of trying the pattern at every character. Any other start is left as it is. The rewrite
    goes through ``re``'s internal parser and compiler (CPython 3.11's): should they differ in another Python, the
    pattern is compiled as written (the same matches, only slower)."""
    try:
        return _rewritten(source, flags)
    except Exception:  # noqa: BLE001 - an internal API that moved: the plain pattern is the same test
        return re.compile(source, flags)


def _rewritten(source: str, flags: int) -> re.Pattern[str]:
    return _regex_cache.compile_rewritten("literal_first", source, flags, _rewritten_parse)


def _rewritten_parse(source: str, flags: int) -> _sre_parse.SubPattern:
    parsed = _sre_parse.parse(source, flags)
    data = parsed.data
    if data and data[0][0] is _sre.BRANCH:  # alternatives first (what follows them is left as it is)
        branches = data[0][1][1]
        if all(_boundary_free(branch) or branch and branch[0][0] is _sre.LITERAL and not _word(branch[0][1])
               for branch in branches):  # ";" stays as it is; "\\bbut" moves its \\b
            for branch in branches:
                _boundary_free(branch, rewrite=True)
    elif _boundary_free(parsed):
        _boundary_free(parsed, rewrite=True)
    parsed.width = None
    return parsed


def _word(code: int) -> bool:
    return _is_word_char(chr(code))


def _boundary_free(sub: _sre_parse.SubPattern, rewrite: bool = False) -> bool:
    """Whether ``sub`` starts with ``\\b`` and then word letters (or alternatives that all start with word letters);
    with ``rewrite``, move the ``\\b`` behind the letters as a look-behind (see :func:`literal_first`)."""
    data = sub.data
    if len(data) < 2 or data[0] != (_sre.AT, _sre.AT_BOUNDARY):
        return False
    if data[1][0] is _sre.LITERAL:
        branches = [sub]
        offset = 1
    elif data[1][0] is _sre.BRANCH and len(data) >= 2:
        branches = data[1][1][1]
        offset = 0
    else:
        return False
    if not all(len(b.data) > offset and b.data[offset][0] is _sre.LITERAL and _word(b.data[offset][1])
               for b in branches):
        return False
    if rewrite:
        del data[0]  # the \\b: each branch gets its look-behind
        for branch in branches:
            start = offset - 1 if branch is sub else 0
            end = start
            while end < len(branch.data) and branch.data[end][0] is _sre.LITERAL and _word(branch.data[end][1]):
                end += 1
            letters = branch.data[start:end]
            behind = _sre_parse.SubPattern(sub.state, [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)]), *letters])
            branch.data[end:end] = [(_sre.ASSERT_NOT, (-1, behind))]
            branch.width = None
        sub.width = None
    return True


class Cue:
    """A compiled pattern and the lower-case literals one of which each of its matches contains.

    :param needles: substrings; a match must contain one of them (case-insensitively)
    :param words: whole words; a match must contain one of them as a complete ``\\w+`` token
    """

    __slots__ = ("_automaton", "_folded", "needles", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str], *needles: str, words: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self.needles = needles
        self.words = words
        self._folded: re.Pattern[str] | None | object = _NOT_YET
        self._automaton = None

    @property
    def folded(self) -> re.Pattern[str] | None:
        """:func:`folded_pattern` of :attr:`pattern`, compiled when first asked for: a module's cues are made at
        import, and a cue that no text gets through the gate of costs no second compilation (in a 1k build about
        half of them; a process compiles each at most once)."""
        folded = self._folded
        if folded is _NOT_YET:
            folded = self._folded = folded_pattern(self.pattern)
        return folded  # type: ignore[return-value]

    def may_match(self, view: Folded) -> bool:
        """False only when the pattern cannot match ``view.text``."""
        lower = view.lower
        if lower is None:
            return True
        for needle in self.needles:
            if needle in lower:
                return True
        if len(self.words) >= _AUTOMATON_WORDS:
            return self._has_word(lower)
        return self._scan_words(lower)

    def _has_word(self, lower: str) -> bool:
        """Whether one of :attr:`words` occurs in ``lower`` as a whole word, in one Aho-Corasick pass."""
        automaton = self._automaton
        if automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for word in self.words:
                automaton.add_word(word, len(word))
            automaton.make_automaton()
            self._automaton = automaton
        n = len(lower)
        for last, length in automaton.iter(lower):
            at = last + 1 - length
            if (at == 0 or not _is_word_char(lower[at - 1])) and (last + 1 == n or not _is_word_char(lower[last + 1])):
                return True
        return False

    def _scan_words(self, lower: str) -> bool:
        """Whether one of :attr:`words` occurs in ``lower`` as a whole word, by a scan for each word."""
        for word in self.words:
            at = lower.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not _is_word_char(lower[at - 1])) and (end == len(lower) or not _is_word_char(lower[end])):
                    return True
                at = lower.find(word, at + 1)
        return False

    def search(self, view: Folded) -> re.Match[str] | None:
        """``pattern.search(view.text)``."""
        if not self.may_match(view):
            return None
        folded = self.folded
        if folded is None or view.lower is None:
            return self.pattern.search(view.text)
        found = folded.search(view.lower)
        return None if found is None else self.pattern.match(view.text, found.start())

    def finditer(self, view: Folded) -> Iterator[re.Match[str]]:
        """``pattern.finditer(view.text)``."""
        if not self.may_match(view):
            return iter(())
        folded = self.folded
        if folded is None or view.lower is None:
            return self.pattern.finditer(view.text)
        text, match = view.text, self.pattern.match
        return (match(text, found.start()) for found in folded.finditer(view.lower))  # type: ignore[misc]

    def count(self, view: Folded) -> int:
        """``len(pattern.findall(view.text))``."""
        if not self.may_match(view):
            return 0
        folded = self.folded
        if folded is None or view.lower is None:
            return len(self.pattern.findall(view.text))
        return len(folded.findall(view.lower))


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: alphanumerics and the underscore."""
    return char.isalnum() or char == "_"


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, read off its parse tree; ``None`` when none can
    be named (a case-insensitive pattern, or a branch that requires no literal).

    Of the literals a sequence requires (a run of literal characters, a branch's alternatives, a small character
    class, a repeated item), the rarest-looking set is chosen; which one does not change what a gate lets through
    (every match contains one of them), only how often it lets a text through.

    >>> sorted(required_literals(re.compile(r"\\b(?:is|are) (?:a )?common\\b|\\bp\\s*[<=]")))
    ['<', '=', 'common']
    >>> required_literals(re.compile(r"\\d+%?")) is None
    True
    """
    return _regex_cache.parsed_fact("required_literals", pattern, _parsed_required_literals)


def _parsed_required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required(list(parsed))
    return frozenset(found) if found else None


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The top-level alternatives of ``pattern``, each compiled with its flags: ``pattern`` matches a text exactly
    when one of them does, and a :class:`Gate` over the alternatives names the literals of each branch apart (a
    gate over a whole alternation lets a text through when any branch's literal is there, and the whole alternation
    is then tried at every character). ``(pattern,)`` when it has no top-level ``|`` or could not be split safely
    (inline flags, group references, named groups).

    >>> [p.pattern for p in alternatives(re.compile(r"\\ba(?:b|c)\\b|[|]d|e\\|f"))]
    ['\\\\ba(?:b|c)\\\\b', '[|]d', 'e\\\\|f']
    """
    source = pattern.pattern
    if re.search(r"\(\?[aiLmsux-]|\(\?P|\\\d", source):
        return (pattern,)
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if source.startswith("^]", i + 1) else 1 if source.startswith("]", i + 1) else 0
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if not parts:
        return (pattern,)
    parts.append(source[start:])
    # a case-sensitive part may start with \\b and letters: re skips to them (:func:`literal_first`)
    return tuple(re.compile(part, pattern.flags) if pattern.flags & re.IGNORECASE else literal_first(part, pattern.flags)
                 for part in parts)


def _required(items: Sequence[tuple[object, object]]) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if op is _sre.AT:  # zero width (\b, ^, $): the characters on either side are still adjacent
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found: set[str] | None = None
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, body = av  # type: ignore[misc]
            found = None if add_flags & re.IGNORECASE else _required(list(body))
        elif op is _sre.ATOMIC_GROUP:
            found = _required(list(av))  # type: ignore[arg-type]
        elif op is _sre.BRANCH:
            branches = [_required(list(branch)) for branch in av[1]]  # type: ignore[index]
            found = None if any(not b for b in branches) else set().union(*branches)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            found = _required(list(av[2]))  # type: ignore[index]
        elif op is _sre.IN and len(av) <= 4 and all(o is _sre.LITERAL for o, _ in av):  # type: ignore[arg-type]
            found = {chr(c) for _, c in av}  # type: ignore[union-attr]
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    return min(candidates, key=_commonness) if candidates else None


def _commonness(needles: set[str]) -> tuple[float, int]:
    """A rough chance that a sentence holds one of ``needles`` (spaces and periods are everywhere, letters and
    digits common, other symbols rare); ties to the smaller set."""
    total = 0.0
    for needle in needles:
        chance = 1.0
        for char in needle:
            chance *= 1.0 if char in " ." else 0.05 if char.isalnum() else 0.01
        total += chance
    return total, len(needles)


class Gate:
    """Which of many patterns may match a text, in one Aho-Corasick pass over its lower-cased form.

    Pattern ``i`` is a candidate when the lower-cased text holds the lower-cased form of one of its
    :func:`required_literals` (or when it has none, or one that lower-casing does not map character by
    character: the Greek capital sigma). A pattern that is not a candidate cannot match the text nor its
    lower-cased form. ``str.lower`` maps each character on its own except that sigma, so a literal in the text
    is a lower-cased literal in the lower-cased text.

    >>> gate = Gate([re.compile(r"\\bwe found\\b"), re.compile(r"\\bOR\\s*="), re.compile(r"\\d")])
    >>> gate.candidates("no such text"), gate.candidates("We found OR = 2".lower())
    ([2], [0, 1, 2])
    """

    __slots__ = ("_always", "_automaton", "_decoded")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        import ahocorasick

        always = 0
        owners: dict[str, int] = {}  # lower-cased needle -> bit mask of the patterns that require it
        for index, pattern in enumerate(patterns):
            needles = required_literals(pattern)
            if needles is None or any("\u03a3" in needle for needle in needles):
                always |= 1 << index
                continue
            for needle in needles:
                owners[needle.lower()] = owners.get(needle.lower(), 0) | 1 << index
        self._always = always
        self._decoded: dict[int, list[int]] = {}
        self._automaton = ahocorasick.Automaton() if owners else None
        if self._automaton is not None:
            for needle, mask in owners.items():
                self._automaton.add_word(needle, mask)
            self._automaton.make_automaton()

    def candidates(self, lower: str) -> list[int]:
        """The indices, in order, of the patterns that may match a text whose lower-cased form is ``lower``."""
        mask = self._always
        if self._automaton is not None:
            for _end, bits in self._automaton.iter(lower):
                mask |= bits
        found = self._decoded.get(mask)
        if found is None:
            found = self._decoded[mask] = [i for i in range(mask.bit_length()) if mask >> i & 1]
        return list(found)


class Probe:
    """Whether a pattern matches a text anywhere (``pattern.search(view.text) is not None``), asked of its top-level
    alternatives (:func:`alternatives`), each folded (:func:`folded_pattern`) and run over the lower-cased text only
    when that text holds one of its literals (:class:`Gate`: one Aho-Corasick pass). A cheap test for a long
    case-insensitive alternation that ``re`` would try at every character (session 19: the clause readers' two
    probes of a sentence, ~42 -> ~7 µs). A text lower-casing cannot stand for (:class:`Folded`), or a pattern with an
    alternative that cannot be folded, is searched with the pattern as written: the same answer either way.

    >>> probe = Probe(re.compile(r"\\bversus\\b|compar|\\bthan\\b", re.IGNORECASE))
    >>> probe.found(fold("IL-6 was higher than in controls")), probe.found(fold("IL-6 rose"))
    (True, False)
    """

    __slots__ = ("_last", "_parts", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._parts: tuple[tuple[re.Pattern[str], ...], Gate] | None | object = _NOT_YET
        self._last: tuple[str, bool] = ("", True)

    def _folded_parts(self) -> tuple[tuple[re.Pattern[str], ...], Gate] | None:
        """The folded alternatives and their gate, made on first use (``None``: one alternative cannot be folded)."""
        parts = self._parts
        if parts is _NOT_YET:
            folded = [folded_pattern(part) for part in alternatives(self.pattern)]
            parts = self._parts = None if any(part is None for part in folded) else (
                tuple(folded), Gate(folded))  # type: ignore[arg-type]
        return parts  # type: ignore[return-value]

    def found(self, view: Folded) -> bool:
        """``pattern.search(view.text) is not None``."""
        parts = self._folded_parts()
        lower = view.lower
        if parts is None or lower is None:
            return self.pattern.search(view.text) is not None
        patterns, gate = parts
        for index in gate.candidates(lower):
            if patterns[index].search(lower) is not None:
                return True
        return False

    def may_occur(self, text: str) -> bool:
        """False only when no stretch of ``text`` can match (nor ``pattern.search(text, lo, hi)`` for any window):
        its lower-cased form holds none of the literals the folded alternatives require. A test once a sentence for a
        reader that searches a window of it once a pair; the answer for the last text asked is kept."""
        last, answer = self._last
        if text is last:
            return answer
        parts = self._folded_parts()
        lower = fold(text).lower
        answer = parts is None or lower is None or bool(parts[1].candidates(lower))
        self._last = (text, answer)
        return answer
