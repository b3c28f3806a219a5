"""The items of a sentence that findings pair (issue 5): its grounded mentions of the classes a finding may relate,
longest first where they overlap, ``long form (SHORT)`` merged into one, a class word beside a drug read as the drug,
modifiers marked ("antidepressant effects"), a phenotype word of changed level said of a target dropped ("the
hyperactivity of the HPA axis"), activated cells, and the implicit objects no mention covers
(:mod:`ipkg.extract.implicit`); :func:`class_of_members` finds a class whose members follow it in brackets."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..models import ENTITY_CLASSES, Concept, Mention
from .activation import activation_items
from ..cues import Folded, Probe, fold
from .implicit import implicit_objects
from .main_subject import MODIFIER
from .mechanism import is_future_agent, is_property_adjective, secretion_of_cytokine
from .negation import mask_spans
from .pairing import Item, list_run
from .relation_senses import is_component, is_lowering, names_absence
from .relations import CONDITION_CLASSES

__all__ = ["RELATED_CLASSES", "class_of_members", "example_members", "reference_only", "sentence_items"]

#: the classes a finding may relate (CONTRACT.md "Concepts"): every entity class a mention is grounded to
RELATED_CLASSES = frozenset(ENTITY_CLASSES)
#: a class word and a drug side by side, "the SSRI fluoxetine", "the antidepressant fluoxetine": one subject
_APPOSITION = re.compile(r"^ +$")
#: a change of level named as a phenotype ("hyperactivity", "dysregulation") that is said "of (the)" the process,
#: cell or cytokine after it: "the hyperactivity of the HPA axis" names the axis's state, not a second condition
_STATE_WORD = re.compile(
    r"^(?:hyper|hypo|over|under)?-?(?:activity|activation|function|reactivity)$|^dys(?:function|regulation)$",
    re.IGNORECASE)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_STATE_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_STATE_TARGETS = frozenset({"Pathway", "ImmuneCell", "Cytokine"})
#: "tacrolimus as an alternative immunosuppressive agent", "ketamine as a rapid-acting antidepressant": the class
#: word describes the drug before it (no preposition between: "X as an adjunct to Y" keeps Y)
_AS_CLASS = re.compile(r"^\s+as\s+(?:a|an|the)\s+(?:(?!(?:to|with|of|in|for|and|or)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
#: (round 38) a class word a drug is said to be, by a copula or an apposition: "minocycline is a semisynthetic
#: tetracycline that exerts anti-inflammatory effects", "taurine is a GABAA agonist modulator", "X, a widely used
#: trace element, improved Y", "X, an NMDA receptor antagonist, elicits ...": what follows is said of the drug, not
#: of the class; but not a class said to be in use for a condition (:data:`_CLASS_IN_USE`)
_DESCRIBED_AS_CLASS = re.compile(
    r"^(?:\s+(?:is|are|was|were)|\s*(?:\([^()]*\))?\s*,)\s+(?:a|an|one\s+of(?:\s+the)?)\s+"
    r"(?:(?!(?:to|with|of|in|for|and|or|than|by)\b)[\w-]+\s+){0,3}$", re.IGNORECASE)
#: "fluoxetine, a selective serotonin reuptake inhibitor utilized in the treatment of depression": the class's use,
#: which the curators record for the class as well as for the drug
_CLASS_IN_USE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:used|utili[sz]ed|approved|indicated|prescribed|employed|licensed|recommended)\b",
    re.IGNORECASE)
_ABBREVIATION = re.compile(r"^\s*\(\s*$")
#: (round 16) the words before a drug that make it the yardstick of a comparison or a treatment said to fall short,
#: never the agent of a claim: "effects similar in magnitude to the effects of clinically relevant antidepressants
#: and anxiolytics", "comparable to that of fluoxetine", "as effective as X"; "Y remains inadequately treated with
#: currently available antidepressants", "poorly controlled by X". The drug may follow earlier members of its list;
#: "similar to that observed in X-treated mice (increased IL-4)" cites X's own effect and is no yardstick.
_REFERENCE_CUE = (
    r"\b(?:(?:(?:similar|comparable|equivalent|identical)\s+(?:in\s+(?:magnitude|size|efficacy|effect)\s+)?to|"
    r"(?:as|equally)\s+(?:effective|potent|efficacious)\s+as)\s+(?:(?:those|that|the\s+(?:effects?|actions?|"
    r"efficacy))\s+(?:of|produced\s+by|induced\s+by|seen\s+with)\s+)?|(?:inadequately|insufficiently|poorly|"
    r"sub-?optimally|not\s+(?:adequately|sufficiently|well))\s+(?:treated|managed|controlled)\s+(?:with|by)\s+)")
_HAS_REFERENCE = re.compile(_REFERENCE_CUE, re.IGNORECASE)  # one scan of the sentence before any item's
_HAS_REFERENCE_PROBE = Probe(_HAS_REFERENCE)  # (its alternatives gated and folded: the same answer, session 19)
_REFERENCE_BEFORE = re.compile(
    _REFERENCE_CUE +
    r"(?:(?!(?:and|or|but|while|whereas|that|those|in|of|with|by|observed|seen|found|reported)\b)[\w-]+\s+){0,3}"
    r"(?:§++\s*(?:,\s*)?(?:(?:and|or)\s+)?)*$",  # §++: a masked run is never split (no exponential backtracking)
    re.IGNORECASE)


def reference_only(sentence: str, items: Sequence[Item]) -> frozenset[str]:
    """(round 16) The IRIs of the concepts a sentence names only as the yardstick of a comparison or as a
    treatment said to fall short (:data:`_REFERENCE_BEFORE`): no finding has them as its agent.

    >>> from ..models import Concept
    >>> ad = Concept("x:ad", "antidepressant", "Intervention")
    >>> s = "Depression remains inadequately treated with currently available antidepressants."
    >>> sorted(reference_only(s, [Item(s.index("antidep"), len(s) - 1, ad)]))
    ['x:ad']
    """
    if not _HAS_REFERENCE_PROBE.found(fold(sentence)):
        return frozenset()
    text = mask_spans(sentence, [(item.start, item.end) for item in items])
    referred: set[str] = set()
    agents: set[str] = set()
    for item in items:
        (referred if _REFERENCE_BEFORE.search(text, 0, item.start) else agents).add(item.concept.iri)
    return frozenset(referred - agents)


def sentence_items(view: Folded, offset: int, mentions: Sequence[Mention],
                   aliases: dict[str, Concept] | None = None,
                   families: Callable[[], dict[str, Concept]] | None = None) -> list[Item]:
    """The sentence's mentions: longest first where they overlap; ``long form (SHORT)`` merged into one; a word
    of the main intervention (``aliases``) read as it; and the implicit objects (:mod:`ipkg.extract.implicit`)
    no mention covers (``families``: the abstract's disorder of each symptom family, computed when needed)."""
    sentence = view.text
    ranked = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.concept.iri))
    kept: list[Item] = []
    for m in ranked:
        if m.concept.cls not in RELATED_CLASSES or secretion_of_cytokine(m, mentions):
            continue
        if aliases and m.concept.cls != "Intervention" and m.text.casefold() in aliases:
            m = replace(m, concept=aliases[m.text.casefold()])
        start, end = m.start - offset, m.end - offset
        if kept and start < kept[-1].end or is_lowering(sentence, start, end) or names_absence(sentence, start):
            continue
        if kept and kept[-1].concept == m.concept and _ABBREVIATION.match(sentence[kept[-1].end : start]):
            close = sentence.find(")", end)
            if close != -1 and not sentence[end:close].strip():
                kept[-1] = Item(kept[-1].start, close + 1, m.concept)
                continue
        if (kept and kept[-1].concept.cls == m.concept.cls == "Intervention" and not kept[-1].pseudo
                and _APPOSITION.match(sentence[kept[-1].end : start])):
            kept.pop()  # "the SSRI fluoxetine": the drug is the mention, its class word only describes it
        if (kept and kept[-1].concept.cls == m.concept.cls == "Intervention" and not kept[-1].pseudo
                and _AS_CLASS.match(sentence[kept[-1].end : start])):
            continue  # "tacrolimus as an alternative immunosuppressive agent": one subject, the drug
        if (kept and kept[-1].concept.cls == m.concept.cls == "Intervention" and not kept[-1].pseudo
                and _DESCRIBED_AS_CLASS.match(sentence[kept[-1].end : start])
                and not _CLASS_IN_USE.match(sentence, end)):
            continue  # "minocycline is a tetracycline that exerts Y": the drug is the subject, not its class
        modifier = m.concept.cls == "Intervention" and (bool(MODIFIER.match(sentence, end))
                                                        or is_property_adjective(view, start, end)
                                                        or is_future_agent(sentence, end)
                                                        or is_component(sentence, start))
        kept.append(Item(start, end, m.concept, modifier=modifier))
    kept = [i for n, i in enumerate(kept) if not _state_of_next(sentence, i, kept[n + 1 : n + 2])]
    kept = activation_items(sentence, kept)
    if families is not None:
        implicit = implicit_objects(view, [(i.start, i.end) for i in kept], families)
        if implicit:
            kept = sorted(kept + [Item(s, e, c) for s, e, c in implicit], key=lambda i: (i.start, i.end))
    return kept


def _state_of_next(sentence: str, item: Item, following: list[Item]) -> bool:
    """True when ``item`` is a phenotype word of changed level ("hyperactivity") said "of (the)" the process, cell or
    cytokine that follows it: the change describes that target (:data:`_STATE_WORD`)."""
    return (item.concept.cls in CONDITION_CLASSES and bool(following)
            and following[0].concept.cls in _STATE_TARGETS
            and bool(_STATE_WORD.match(sentence[item.start : item.end]))
            and bool(_STATE_OF.match(sentence[item.end : following[0].start])))


def class_of_members(sentence: str, item: Item, following: list[Item]) -> bool:
    """True when a condition ``item`` is a class whose members follow it in brackets ("central nervous system
    disorders (Alzheimer's disease, Parkinson's disease and depression)"): the members carry the findings. A
    single upper-case word in the brackets is an abbreviation, not a member."""
    opening = _BRACKET_OPEN.match(sentence, item.end)
    if item.concept.cls not in CONDITION_CLASSES or opening is None:
        return False
    close = sentence.find(")", opening.end())
    inside = [i for i in following if close != -1 and i.end <= close and i.concept.cls in CONDITION_CLASSES]
    if not inside or inside[0].start != opening.end():
        return False
    word = sentence[inside[0].start : inside[0].end]
    return len(inside) > 1 or not (word.isupper() or " " not in word and any(c.isupper() for c in word[1:]))


#: between a condition class and the first of its listed examples: up to four words of its own ("neurological
#: disorders related to brain aging, such as A, B, and C"), then the cue of the examples (round 13)
_EXAMPLES_AFTER = re.compile(r"^\s*,?\s*(?:[\w-]+\s*,?\s+){0,4}?(?:such\s+as|including|e\.g\.,?|namely|particularly|"
                             r"especially)\s+(?:the\s+)?$", re.IGNORECASE)
#: what joins two listed examples
_EXAMPLE_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as|and/or)\s+)?(?:the\s+)?$", re.IGNORECASE)


def example_members(sentence: str, items: Sequence[Item]) -> dict[str, list[Concept]]:
    """Condition class IRI -> the conditions listed as its examples right after it ("neurological disorders related
    to brain aging, such as Alzheimer's disease, Parkinson's disease, and depression"): the curators record what is
    said of such a class for the class and each member (the tune adjudication's rule on a class and its listed
    members), so the findings of the class are copied to its members. Two or more members, all conditions."""
    out: dict[str, list[Concept]] = {}
    conditions = [i for i in items if i.cls in CONDITION_CLASSES and not i.pseudo]
    for n, cls in enumerate(conditions[:-2]):
        first = conditions[n + 1]
        if not _EXAMPLES_AFTER.match(sentence[cls.end : first.start]) or any(
                cls.end <= i.start and i.end <= first.start for i in items):
            continue
        members = list_run(sentence, conditions[n + 1 :], _EXAMPLE_GAP)
        if len(members) > 1:
            out[cls.concept.iri] = [m.concept for m in members if m.concept.iri != cls.concept.iri]
    for condition, siblings in _setting_list_siblings(sentence, conditions):
        out.setdefault(condition.concept.iri, []).extend(s.concept for s in siblings)
    return out


#: "X in <plural class>, " between a condition and its setting: "cognitive impairment in psychiatric disorders, "
_IN_CLASS = re.compile(r"^\s+in\s+(?:the\s+|other\s+|various\s+|several\s+|many\s+)?$", re.IGNORECASE)
_PLURAL_CLASS = re.compile(r"(?:disorders|diseases|illnesses|conditions|pathologies)$", re.IGNORECASE)


def _setting_list_siblings(sentence: str, conditions: Sequence[Item]) -> list[tuple[Item, list[Item]]]:
    """A condition X whose setting is a plural class of conditions, followed by a list of two or more single
    conditions: "a treatment for cognitive impairment in psychiatric disorders, Parkinson's disease, osteoporosis,
    and stroke" lists "X in <class>" and its siblings, not further settings of X (a class of settings and then
    single diseases of other kinds is no list of one kind; round 14): what is said of X is said of each sibling.
    The class itself stays X's setting."""
    out = []
    for n, item in enumerate(conditions[:-3]):
        setting = conditions[n + 1]
        if not (_IN_CLASS.match(sentence[item.end : setting.start])
                and _PLURAL_CLASS.search(sentence[setting.start : setting.end])
                and sentence.startswith(",", setting.end)):
            continue
        siblings = list_run(sentence, conditions[n + 1 :], _EXAMPLE_GAP)
        if len(siblings) > 2:
            out.append((item, [s for s in siblings[1:] if s.concept.iri != item.concept.iri]))
    return out


#: the words of a mention that may precede a head without naming a kind of it ("the", "a", "bilateral")
_HEAD_ONLY_FILLER = frozenset({"the", "a", "an", "bilateral", "unilateral", "acute", "chronic", "repeated"})
#: words that make the mention a phrase about the concept, not a longer name of it ("treatment with antidepressants")
_HEAD_ONLY_PHRASE = frozenset({"with", "of", "in", "for", "to", "by", "on", "and", "or", "treatment", "therapy"})
#: a word of a mention ("human milk oligosaccharides": three)
_MENTION_WORD = re.compile(r"[\w'-]+")


def head_only_concepts(mentions: Sequence[Mention]) -> frozenset[str]:
    """The IRIs of Intervention concepts an abstract names by a longer name than theirs: a mention whose concept's
    one-word label is only its last word, after two or more words that say which one ("human milk oligosaccharides"
    grounded to Oligosaccharides; "common bile duct ligation" grounded to Ligation until round 19i named each
    ligation by what is tied). The concept is the broader class, not what the study gave or did: a finding with it
    states a fact of every member, and the curator names it in full. Its short forms name the same broader concept
    and go with it."""
    out = set()
    for m in mentions:
        if m.concept.cls != "Intervention":
            continue
        label = m.concept.label.lower()
        if " " in label or "-" in label:
            continue
        words = _MENTION_WORD.findall(m.text.lower())
        if len(words) < 3 or words[-1] not in (label, label + "s") or _HEAD_ONLY_PHRASE.intersection(words):
            continue
        if len([w for w in words[:-1] if w not in _HEAD_ONLY_FILLER]) >= 2:
            out.add(m.concept.iri)
    return frozenset(out)
