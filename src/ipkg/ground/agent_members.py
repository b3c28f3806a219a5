"""Gated substances listed as members of a class of given things (round 19a).

A class of interventions named in the plural, then a list's opening, then names: "prebiotics such as inulin and
galactooligosaccharides", "dietary supplements, including magnesium and folate", "hormone therapies (e.g.,
progesterone)". Each listed name is a member of what is given, so a name that grounds only next to a treatment cue
(a nutrient, a body's own molecule: a ``ctx`` row) is given there too (GUIDELINES: drugs, supplements and agents
given count). The class must be an Intervention the matcher read with no cue of its own, or a plural noun of given
things (supplements, medications, medicines, nutraceuticals) (a ``ctx`` class says
nothing: "hormones including leptin" lists the body's own, :mod:`.agent_company`), in the plural or followed by one
plural noun of what is given ("prebiotic supplements", "antioxidant compounds"), and not a measured thing ("levels
of antioxidants such as glutathione", "endogenous antioxidants such as"; a measurement's word in the 60 characters
before the class or in the list's clause: "glutathione levels were altered", "photodegradation of vitamins such
as", "an enrichment in probiotics such as Lactobacillus"). The list runs member by member (a comma,
"and", "or"; a bracketed short form skipped) to its clause's end; a member that grounds to no Intervention is
passed over.

And a name in apposition to a mechanism's noun (:func:`class_appositions`): "the selective K(Ca)2 inhibitor
apamin", "the sodium channel blocker tetrodotoxin", "the 5-HT1A receptor agonist X": the text names the substance
as the agent that blocks or activates, so it is given. Not the body's or a measured one ("the endogenous NOS
inhibitor X", "fecal levels of the epigenetic modulator butyrate", "the neuromodulator adenosine": the noun is a
word of its own), nor a noun coordinated with another ("agonist and antagonist GnRH protocols").

And a gated class in apposition before a given name (round 19d, :func:`classes_before`): "Heavy metals zinc,
cadmium, and copper stimulate ...", "the thyroid hormone, triiodothyronine, was given", "the amino acid glycine
(1 g/kg)": the batch-1 adjudication rules keep a drug class in apposition to a named agent as its own Intervention
(and the check set's rules extend it to class nouns: "a nonessential amino acid" for glycine), so a class that
grounds only next to a treatment cue is given where the name after it is. The class follows an article ("the
hormone X", "the thyroid hormone, X"), or is plural with no comma between ("heavy metals zinc"; "metabolites
including B-vitamins, kynurenic acid" is a list, not an apposition); after a comma the name closes with a comma or
a bracket ("Concerning the somatostatin, pantethine administered ..." is none); the name is an agent, not a
class or a modifier ("the serotonin 5-HT1A agonist", "the taurine antidepressant effect", "the phenothiazine
neuroleptic perazine"), and the name after it is one the text gives (a reading
of the matcher's or of :mod:`.agent_company`'s).
"""

from __future__ import annotations

import re

__all__ = ["class_members", "class_appositions", "classes_before"]

#: the plural nouns of what is given that may follow a class word ("prebiotic supplements", "antioxidant compounds")
_GIVEN_NOUNS = ("supplements", "drugs", "agents", "medications", "medicines", "compounds", "treatments",
                "therapies", "phytochemicals", "nutrients", "lipids", "carbohydrates", "fibres", "fibers",
                "preparations", "products", "substances")
#: the plural nouns of given things that head a list though no lexicon row names them alone ("dietary supplements
#: such as", "psychiatric medications including")
_HEAD_WORD = re.compile(r"\b(?:[Ss]upplements|[Mm]edications|[Mm]edicines|[Nn]utraceuticals)\b")
#: a list's opening after the class: "such as", "including", "e.g.", "like", "namely", "for example", in a bracket
#: or not
_OPEN = re.compile(r"\s*(?:,\s*|\(\s*)?(?:such\s+as|including|e\.g\.,?|i\.e\.,?|like|namely|for\s+example,?)\s+",
                   re.IGNORECASE)
#: words before the class that make it a measured thing, not a given one (looked for in the 40 characters before a
#: class, the 60 before a mechanism's noun)
_MEASURED_BEFORE = re.compile(r"\b(?:levels?|concentrations?|content|endogenous|serum|plasma|urinary|status)\b"
                              r"[^.;]*$", re.IGNORECASE)
#: a measurement's word in the list's clause: the members are measured ("antioxidants such as vitamin C and
#: glutathione levels were altered", "vitamins such as riboflavin ... photodegradation")
_MEASURED_IN = re.compile(r"\b(?:levels?|concentrations?|content|activit(?:y|ies)|photodegradation|deficienc(?:y|ies)|"
                          r"enrichment|abundance)\b", re.IGNORECASE)
#: the gap between two list members
_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
#: a member's end after a name: a bracketed short form, then a gap, the clause's end or the list's verb ("such as
#: progesterone were compared")
_END = re.compile(r"(?:\s*\([^()]{1,16}\))?(?:\s*[,;.)]|\s+(?:and|or)\b|\s*$|"
                  r"\s+(?:were|was|is|are|have|has|had|may|might|can|could|did|do|does)\b)")
#: marks that end a list's clause, and a bracketed short form (passed over)
_CLAUSE_MARK = re.compile(r"\([^()]{1,16}\)|[.;:()\[\]]")
#: at most this many members are read
_MEMBERS = 12
#: at most this many characters of a list are read
_REACH = 240


def _class_end(text: str, end: int) -> int | None:
    """Where the class named up to ``end`` ends with its list's opening: the opening's end, or None."""
    if text[end - 1 : end] != "s":
        word = re.match(r"\s+([A-Za-z]+)", text[end : end + 20])
        if word is None or word.group(1).lower() not in _GIVEN_NOUNS:
            return None
        end += word.end()
    opening = _OPEN.match(text, end)
    return opening.end() if opening is not None else None


def _clause_stop(text: str, p: int) -> int:
    """Where the clause from ``p`` ends (a mark of :data:`_CLAUSE_MARK` that is no bracketed short form), at most
    :data:`_REACH` characters on.

    >>> t = "such as A (AB), C and D; then E"
    >>> t[8:_clause_stop(t, 8)]
    'A (AB), C and D'
    """
    limit = min(len(text), p + _REACH)
    for mark in _CLAUSE_MARK.finditer(text, p, limit):
        if len(mark.group()) == 1:
            return mark.start()
    return limit


def class_members(text: str, matches, grounder, name_at) -> list:  # type: ignore[no-untyped-def]
    """Gated Intervention names listed after a class of given things (module docstring): ``(start, end,
    concept)`` each. ``name_at(text, a, taken, grounder, ending)`` reads the name starting at ``a``
    (:func:`ipkg.ground.agent_names.name_starting_at`).

    >>> from ipkg.ground.matcher import Grounder
    >>> from ipkg.ground.agent_names import name_starting_at as name_at
    >>> g = Grounder.default()
    >>> t = "Prebiotics such as inulin and oligofructose were given."
    >>> [(t[a:b], c.cls) for a, b, c in class_members(t, g.find(t), g, name_at)]
    [('inulin', 'Intervention')]
    """
    if "such" not in text and "includ" not in text and "e.g" not in text and "like" not in text \
            and "namely" not in text and "example" not in text:
        return []
    heads = [(m.start, m.end) for m in matches if m.concept.cls == "Intervention" and not m.entry.context]
    if "upplements" in text or "edic" in text or "utraceutical" in text:
        heads += [(w.start(), w.end()) for w in _HEAD_WORD.finditer(text)]
    out: list = []
    taken = None
    for start, end in sorted(set(heads)):
        p = _class_end(text, end)
        if p is None or _MEASURED_BEFORE.search(text, max(0, start - 40), start):
            continue
        taken = [(x.start, x.end) for x in matches] if taken is None else taken
        stop = _clause_stop(text, p)
        if _MEASURED_IN.search(text, max(0, start - 60), stop):
            continue
        clause_text = text[:stop]
        for _ in range(_MEMBERS):
            hit = name_at(clause_text, p, taken, grounder, _END)
            if hit is not None and hit not in out:
                out.append(hit)
            gap = _GAP.search(text, p, stop)
            if gap is None:
                break
            p = gap.end()
    return out


#: the nouns of a mechanism a name may stand in apposition to, found with ``str.find`` before
#: :data:`_MECHANISM_NOUN` is tried there ("agonist" inside "antagonist" fails the pattern's word start, and
#: "antagonist" is looked for on its own)
_MECHANISM_WORDS = ("inhibitor", "antagonist", "agonist", "blocker", "activator", "opener", "modulator", "chelator",
                    "scavenger", "donor")
#: a mechanism's noun right before a name in apposition ("the sodium channel blocker tetrodotoxin")
_MECHANISM_NOUN = re.compile(rf"(?<![\w-])(?<!\band )(?<!\bor )(?:{'|'.join(_MECHANISM_WORDS)})\s+")
#: a word after a mechanism's noun that begins no name (looked at before the matcher is asked)
_NO_NAME_AFTER = re.compile(r"(?:of|in|and|or|the|a|an|to|for|with|was|were|is|are|that|which|on|at|by|as|from|"
                            r"has|have|had|may|can|could|would|will|should|did|does|do|treatment|therapy|use|"
                            r"drugs?|effects?|activity|administration|group|binding|site|class)\b")
#: the body's own agent: "the endogenous (NOS) inhibitor"
_ENDOGENOUS_BEFORE = re.compile(r"\b(?:endogenous|natural|physiological|intrinsic)\b", re.IGNORECASE)


def class_appositions(text: str, matches, grounder, name_at) -> list:  # type: ignore[no-untyped-def]
    """Gated Intervention names right after a mechanism's noun (module docstring): ``(start, end, concept)`` each;
    ``name_at`` as for :func:`class_members`.

    >>> from ipkg.ground.matcher import Grounder
    >>> from ipkg.ground.agent_names import name_starting_at as name_at
    >>> g = Grounder.default()
    >>> t = "The response was abolished by the sodium channel blocker tetrodotoxin."
    >>> [(t[a:b], c.label) for a, b, c in class_appositions(t, g.find(t), g, name_at)]
    [('tetrodotoxin', 'tetrodotoxin')]
    """
    out: list = []
    taken = None
    for word in _MECHANISM_WORDS:
        at = text.find(word)
        while at >= 0:
            noun = _MECHANISM_NOUN.match(text, at)
            at = text.find(word, at + len(word))
            if noun is None or _NO_NAME_AFTER.match(text, noun.end()) \
                    or _ENDOGENOUS_BEFORE.search(text, max(0, noun.start() - 40), noun.start()) \
                    or _MEASURED_BEFORE.search(text, max(0, noun.start() - 60), noun.start()):
                continue
            taken = [(x.start, x.end) for x in matches] if taken is None else taken
            hit = name_at(text, noun.end(), taken, grounder, None)
            if hit is not None:
                out.append(hit)
    return sorted(out, key=lambda hit: hit[0])


#: words that end no class name, the most frequent before a drug's name (looked at before the matcher is asked)
_NO_CLASS_WORD = frozenset({"with", "from", "into", "onto", "than", "that", "this", "these", "those", "were", "was",
                            "plus", "after", "before", "using", "such", "like", "including", "versus", "during",
                            "under", "given", "received", "receiving", "treated", "administered", "both", "either",
                            "between", "whereas", "while", "vehicle", "placebo", "effects", "effect", "levels",
                            "patients", "subjects", "animals", "rats", "cells", "groups", "doses", "days", "weeks",
                            "hours", "years", "participants", "controls", "women", "children", "users"})
#: a name after a class that is itself a class or a modifier, not the agent the class stands in apposition to:
#: "the serotonin 5-HT1A agonist X", "the taurine antidepressant effect", "the glutathione antioxidant system"
_NOT_AN_AGENT = re.compile(rf"(?:{'|'.join(_MECHANISM_WORDS)})s?\b|\s+(?:effects?|actions?|properties|"
                           r"activit(?:y|ies)|drugs?|agents?|treatment|interactions?|combinations?|systems?)\b")
#: the end of a name in apposition after a comma: a comma or a bracket ("the thyroid hormone, triiodothyronine,
#: enhances"; "the somatostatin, pantethine administered" is no apposition)
_APPOSITION_CLOSE = re.compile(r"\s*[,(]")
#: the endings of adjectives, which end no class name ("the atypical", "intravenous", "forced", "following")
_ADJECTIVE_ENDS = ("al", "ic", "ed", "ous", "ive", "ing", "ly")
#: an article at most four words before a class's end (a first look before the matcher is asked)
_ARTICLE_NEAR = re.compile(r"\b(?:[Tt]he|an?|An?)\s+(?:\S+\s+){0,3}\S+$")
#: the article before a singular class ("the hormone X", "a nonessential amino acid, glycine")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def classes_before(text: str, given: list, matches, grounder, name_ending_at) -> list:  # type: ignore[no-untyped-def]
    """Gated class names right before a given Intervention name (module docstring): ``(start, end, concept)`` each.
    ``given`` are the given names' ``(start, end, concept)``; ``name_ending_at(text, a, b, taken, grounder)`` reads
    the name ending at ``b`` as before a dose (:func:`ipkg.ground.agent_names.name_ending_at`).

    >>> from ipkg.ground.matcher import Grounder
    >>> from ipkg.ground.agent_names import name_ending_at
    >>> g = Grounder.default()
    >>> t = "Heavy metals zinc and copper stimulate sensory neurons."
    >>> ms = g.find(t)
    >>> given = [(m.start, m.end, m.concept) for m in ms if m.concept.cls == "Intervention"]
    >>> [(t[a:b], c.label) for a, b, c in classes_before(t, given, ms, g, name_ending_at)]
    [('Heavy metals', 'Metals, Heavy')]
    """
    out: list = []
    taken = None
    for start, end, concept in given:
        if start < 5 or text[start - 1] != " ":
            continue
        comma = text[start - 2] == ","  # "the thyroid hormone, triiodothyronine"
        b = start - 2 if comma else start - 1
        word = text[text.rfind(" ", 0, b) + 1 : b].lower()
        if len(word) < 4 or not word[-1].isalpha() or word in _NO_CLASS_WORD or word.endswith(_ADJECTIVE_ENDS):
            continue  # (most names: "with X", "of X", "and X", "intravenous X")
        if not ((word[-1] == "s" and not comma) or _ARTICLE_NEAR.search(text, max(0, b - 40), b)) or (
                comma and not _APPOSITION_CLOSE.match(text, end)) or _NOT_AN_AGENT.search(text, start, end + 12):
            continue  # no plural and no article: no class; a list after a comma; a class or a modifier after it
        taken = [(m.start, m.end) for m in matches] if taken is None else taken
        if any(s == end + 1 or e == b for s, e in taken):
            continue  # the name is a class before another name ("the phenothiazine neuroleptic perazine"), or the
            # matcher read the words before it ("the antipsychotic olanzapine": no gated class)
        hit = name_ending_at(text, max(0, b - 60), b, taken, grounder)
        if hit is None or hit[2].iri == concept.iri or hit in out:
            continue
        if (text[hit[1] - 1] == "s" and not comma) or _ARTICLE_BEFORE.search(text, max(0, hit[0] - 5), hit[0]):
            out.append(hit)
    return out
