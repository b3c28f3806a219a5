"""A process named by its verb is the process its nominal names (a stage of
:func:`ipkg.extract.mentions.extract_mentions`, round 16b).

GO and the lexicon name processes by nouns ("activation of the immune system", "serotonin secretion", "T cell
proliferation"); abstracts name the same processes by their verbs: "the vaccine activates the host's immune
system", "serotonin released from platelets", "microglia were activated", "T cells proliferated", "astrocytes
produce IL-6". A verb of a process (:data:`NOMINALS`: activate, produce, secrete, release, synthesise,
proliferate, differentiate, phosphorylate, polarise, stimulate, regulate) with the thing it acts on names the
process the lexicon knows as "<thing> <nominal>" or "<nominal> of <thing>"; the lexicon decides (no process is
made up here), so the verb names a process only where the noun phrase would.

The readings, each with its thing X (one to four words, no punctuation, articles and possessives skipped):

* active: the verb's finite or infinitive form before X ("activates the immune system", "to produce IL-6");
  a form in -ed or -ing only with an article or possessive after it ("activated the host's immune system"),
  since "activated T cells", "proliferating cells" or "releasing hormone" are a state or a name, not the process;
* passive: X before a form of "be" (an adverb may come between) and the -ed form ("microglia were activated",
  "complement was activated", "ERK was phosphorylated");
* reduced relative: X right before the -ed form and "by", "from" or "into" ("serotonin released from platelets",
  "dopamine released by hypothalamic neurons"); not of produce, synthesise or secrete (round 21b):
  "neurotransmitters produced by gut microbes", "SCFA produced by the gut microbiota", "cytokines secreted by
  adipose tissue" name the molecules by their source, not their making (the second check set's adjudication rule: a
  participle describing molecules gives no Pathway), while a release so written is the release (the first check
  set's rule: "serotonin released by the dorsal raphe");
* intransitive: X right before a form of proliferate or differentiate ("T cells proliferated").

X does not end in an adjective ("regulate epigenetic processes" is cut short of its noun), and it must not be a
Pathway itself ("suppressed the inflammatory response" names the response already, not its negative regulation;
"regulate immune responses" names no regulation of "immune"); a passive's thing after a
preposition ("amides of dopamine were synthesized") is no subject of the verb (a reduced relative's may be: "the
amount of acetylcholine released"). The verb turns a thing that is no process into its process.
"""

from __future__ import annotations

import re

from ..ground.matcher import Grounder
from ..models import Concept

__all__ = ["NOMINALS", "process_verbs"]

#: a process verb's stem (a regular expression) -> its nominal in the lexicon's process names
NOMINALS: dict[str, str] = {
    "activat": "activation", "produc": "production", "secret": "secretion", "releas": "release",
    "synthesi[sz]": "synthesis", "proliferat": "proliferation", "differentiat": "differentiation",
    "phosphorylat": "phosphorylation", "polari[sz]": "polarization", "stimulat": "stimulation",
    "regulat": "regulation",
}
# (measured and left out: recruit, degrade, metabolise, methylate, acetylate, phagocytose, migrate, degranulate
# named no process on the 9k scale corpus, and each verb costs a scan of every passage)
_STEMS = "|".join(NOMINALS)
_BY_LITERAL = {stem.split("[")[0]: nominal for stem, nominal in NOMINALS.items()}
#: the verbs that name their process with no object ("T cells proliferated", "monocytes differentiate")
_INTRANSITIVE = ("proliferation", "differentiation")
#: the verbs whose reduced relative names the molecules by their source, not the process ("IL-6 produced by
#: astrocytes", "IL-6 secreted by astrocytes": the cytokine; round 21b)
_SOURCE_ONLY = ("production", "synthesis", "secretion")
#: a process verb with its ending (a noun such as "regulation" or "production" has none of these endings), matched
#: where a stem's literal start was found with str.find in the lower-cased passage (a regex scan costs ten times more)
_VERB = re.compile(r"(" + _STEMS + r")(e|es|s|ed|ing|)\b", re.IGNORECASE)
_LITERALS = tuple(_BY_LITERAL)
_WORD = r"[^\s,;:.()\[\]]+"
#: articles, possessives and quantifiers skipped before the thing, then one to four words: an active verb's thing
_THING_AFTER = re.compile(r"\s+((?:(?:the|a|an|its|their|his|her|these|this|those|both|all)\s+)?(?:" + _WORD
                          + r"'s?\s+)?)((?:" + _WORD + r"\s*){1,4})", re.IGNORECASE)
#: a form of "be" (and an adverb) right before a passive's -ed form
_BE = re.compile(r"(?:^|\s)(?:is|are|was|were|been|being|be|became|become)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
#: a reduced relative's preposition after the -ed form ("serotonin released from")
_RELATIVE = re.compile(r"\s+(?:by|from|into)\b", re.IGNORECASE)
#: what a thing before the verb does not cross, and its words
_BREAK = re.compile(r"[,;:.()\[\]]")
_TOKEN = re.compile(r"\S+")
#: words that never begin or end the thing
_FUNCTION = frozenset("""a an the of in on at by for from to into with and or but as than that which who whom
whose this these those it its their they them is are was were be been being not no also both all may might can
could would should will has have had do does did""".split())
#: a preposition before the thing makes it another noun's complement, not the subject
_PREPOSITIONS = frozenset("of in on at by for from to into with".split())
#: an adjective's ending: a thing ending in one is cut short of its noun ("regulate epigenetic processes")
_ADJECTIVE = re.compile(r".{3,}(?:ic|al|ous|ive|ary|ory|ar)$", re.IGNORECASE)


def _nominal(stem: str) -> str:
    low = stem.lower()
    return _BY_LITERAL.get(low) or _BY_LITERAL[low[:-1]]  # ("synthesiz": the literal before its letter class)


_PROCESS = object()  # the thing is a process itself


def _process(words: list[str], nominal: str, grounder: Grounder) -> Concept | object | None:
    """The Pathway "<words> <nominal>" or "<nominal> of <words>" names; :data:`_PROCESS` when the words are a
    Pathway themselves."""
    thing = " ".join(words)
    if not words or words[0].lower() in _FUNCTION or words[-1].lower() in _FUNCTION or _ADJECTIVE.match(words[-1]):
        return None
    if grounder.lookup(thing, "Pathway") is not None:
        return _PROCESS
    return grounder.lookup(f"{thing} {nominal}", "Pathway") or grounder.lookup(f"{nominal} of {thing}", "Pathway")


def process_verbs(text: str, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    """The processes ``text`` names by a process verb and its thing (see the module's docstring), as spans
    (verb to thing) with their Pathway concept.

    >>> from ipkg.ground.matcher import Grounder
    >>> [c.label for _, _, c in process_verbs("The vaccine activates the host's immune system.",
    ...                                         Grounder.default())]
    ['activation of immune response']
    """
    out: list[tuple[int, int, Concept]] = []
    lower = text.lower()
    for m in _verbs(text, lower):  # each verb, then its thing after or before it
        nominal, ending = _nominal(m.group(1)), m.group(2).lower()
        after = _THING_AFTER.match(text, m.end())
        if after and (ending not in ("ed", "ing") or after.group(1)):  # not "activated T cells", "releasing hormone"
            out += _active(m.start(), after, nominal, grounder)
        window = text[max(0, m.start() - 100) : m.start()]
        passive = _BE.search(window)
        relative = ending == "ed" and nominal not in _SOURCE_ONLY and _RELATIVE.match(text, m.end())
        if ending == "ed" and (passive or relative) or not passive and nominal in _INTRANSITIVE and ending != "ing":
            before = window[: passive.start()] if passive else window
            cut = max((b.end() for b in _BREAK.finditer(before)), default=0)
            out += _before(m.start() - len(window) + cut, before[cut:], m.end(), bool(passive), nominal, grounder)
    return out


def _verbs(text: str, lower: str) -> list[re.Match]:
    found = []
    for literal in _LITERALS:
        i = lower.find(literal)
        while i != -1:
            if not i or not lower[i - 1].isalnum():
                m = _VERB.match(text, i)
                if m is not None:
                    found.append(m)
            i = lower.find(literal, i + 1)
    return sorted(found, key=re.Match.start) if len(found) > 1 else found


def _active(verb: int, after: re.Match, nominal: str, grounder: Grounder) -> list[tuple[int, int, Concept]]:
    words = after.group(2).split()
    for n in range(len(words), 0, -1):  # the longest thing the lexicon reads as a process
        concept = _process(words[:n], nominal, grounder)
        if isinstance(concept, Concept):
            return [(verb, after.start(2) + len(" ".join(words[:n])), concept)]
        if concept is not None:
            return []  # (a thing that is a process itself names no other: "regulate immune responses")
    return []


def _before(offset: int, chunk: str, end: int, passive: bool, nominal: str, grounder: Grounder
            ) -> list[tuple[int, int, Concept]]:
    """The thing in the last one to four words of ``chunk`` (which starts at ``offset``), longest first."""
    spans = [(w.start(), w.group()) for w in _TOKEN.finditer(chunk)][-4:]
    words = [w for _, w in spans]
    for n in range(len(words), 0, -1):
        if passive and n < len(words) and words[-n - 1].lower() in _PREPOSITIONS:
            continue  # "amides of dopamine were synthesized": the thing is the head before "of"
        concept = _process(words[-n:], nominal, grounder)
        if isinstance(concept, Concept):
            return [(offset + spans[-n][0], end, concept)]
        if concept is not None:
            return []
    return []
