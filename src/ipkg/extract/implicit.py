"""Objects a findings sentence names without a lexicon mention, and mentions that stand for the tested drug.

Three kinds of words the grounder leaves alone, or reads as something else, carry a finding's object or subject:

* **generic immune phrases**: "immune changes", "immune-metabolic disturbances", "immunological abnormalities" are
  the immune system process (GO:0002376); "inflammatory mediators", "inflammatory markers", "immuno-inflammatory
  abnormalities" the inflammatory response (GO:0006954) -- when no mention covers them; "(pro-)inflammatory
  cytokines" and "inflammation-related cytokines" the class the findings curators call proinflammatory cytokine
  (round 19i; not "anti-inflammatory cytokines");
* **the hormones of the HPA axis** measured (round 19i): cortisol, corticosterone (CORT), ACTH (adrenocorticotropic
  hormone, corticotropin) and CRH (corticotropin-releasing hormone or factor) -- the axis' three levels -- stand
  for HPA axis activity, as the findings curators read "elevated plasma corticosterone" (a hormone given as a drug
  is an Intervention mention, which covers it);
* **symptoms and patients of the abstract's disorder**: "depressive symptoms", "manic symptoms", "negative
  symptoms", "depressive-like behaviour", "a depression-like state" (round 14), "depressed patients",
  "schizophrenic subjects" stand for the disorder of that family the abstract names most ("depressive symptoms" in
  an abstract on major depressive disorder: major depressive disorder); without such a disorder in the abstract
  they stand for nothing, except an animal's "-like" state (round 19i), which stands for its family's own word
  ("depression-like behaviour": depressive disorder; "anxiety-like", "anhedonia-like": those phenotypes) unless
  :mod:`.behaviour` reads it with its inducer;
* **the main intervention's own names**: a word the abstract grounds as its main intervention ("add-on low-dose
  interleukin 2 (IL-2)") is that intervention wherever it appears, even where the grounder read it as the cytokine
  ("IL-2 is a T-cell growth factor which has proven anti-inflammatory efficacy"): one sense per abstract.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..models import Concept, Document, Mention
from ..cues import Cue, Folded, fold
from . import named_concept
from .behaviour import read_by_inducer
from .relation_conditions import POPULATION

__all__ = ["IMMUNE_SYSTEM_PROCESS", "INFLAMMATORY_RESPONSE", "PROINFLAMMATORY_CYTOKINE", "condition_families",
           "implicit_objects", "inflammatory_kind", "main_aliases", "may_have_implicit"]

#: the immune system process (GO:0002376): what "immune changes" and "immune abnormalities" are about
IMMUNE_SYSTEM_PROCESS = Concept("http://purl.obolibrary.org/obo/GO_0002376", "immune system process", "Pathway", "GO")
#: the inflammatory response (GO:0006954): what "anti-inflammatory" lowers and "inflammatory markers" measure
INFLAMMATORY_RESPONSE = Concept("http://purl.obolibrary.org/obo/GO_0006954", "inflammatory response", "Pathway", "GO")

#: the class the findings curators name "(pro-)inflammatory cytokines" and "inflammation-related cytokines" by (no
#: ontology has it; the dev gold's label, ids none): a class of Cytokine items, never a mention (GUIDELINES: cytokines
#: in general are no Cytokine item)
PROINFLAMMATORY_CYTOKINE = Concept("https://w3id.org/ipkg/id/concept/cytokine/proinflammatory-cytokine",
                                   "proinflammatory cytokine", "Cytokine", "ipkg")

_CHANGE_NOUNS = (
    r"changes|alterations?|abnormalit(?:y|ies)|dysregulation|dysfunctions?|disturbances?|imbalances?|"
    r"aberrations?|disruptions?|activation|deficits?"
)
#: one pass over a sentence finds every kind (the named group says which)
_IMPLICIT = Cue(re.compile(
    r"\b(?P<hpa>cortisol|corticosterone|(?-i:CORT|ACTH|CRH)|adrenocorticotrop(?:h?ic|h?in)(?:\s+hormone)?|"
    r"corticotroph?in(?:[\s-]+releasing\s+(?:hormone|factor))?)\b|"
    r"(?<![\w-])(?P<cytokines>(?:pro-?\s?inflammatory|inflammatory|inflammation-related)\s+cytokines?)\b|"
    rf"\b(?:(?P<inflammatory>(?:immun[eo][\s-]?)?inflammatory\s+(?:mediators?|markers?|biomarkers?|processes|"
    rf"state|status|{_CHANGE_NOUNS}))|"
    rf"(?P<immune>(?:immune|immunological|immunologic)(?:[\s-]+(?:metabolic|system|cell|cellular))?[\s-]+"
    rf"(?:{_CHANGE_NOUNS}))|"
    r"(?P<family>depressive|depression|manic|psychotic|negative|positive|anxiety|anhedoni[ac])(?:[\s-]+like)?"
    r"[\"'”’]?\s+"
    r"(?:symptoms?|symptomatology|behaviou?rs?|phenotypes?|states?)|"
    r"(?P<people>depressed|schizophrenic|psychotic|manic|anxious)\s+(?:patients?|individuals?|subjects?|"
    r"participants?|adults?|adolescents?|youths?|outpatients?|inpatients?|people|persons?|women|men|cases))\b",
    re.IGNORECASE,
), "immun", "inflammat", "cort", "acth", "crh", "symptom", "behavio", "phenotyp", "depressed", "schizophrenic",
    "psychotic", "manic", "anxious", "like state", "ive state", "ety state")
#: the disorder label a symptom family stands for
_FAMILY = {
    "depressive": re.compile(r"depress", re.IGNORECASE),
    "manic": re.compile(r"bipolar|mania|manic", re.IGNORECASE),
    "psychotic": re.compile(r"schizo|psychot|psychos", re.IGNORECASE),
    "anxiety": re.compile(r"anxi", re.IGNORECASE),
}
_FAMILY_OF = {"depressive": "depressive", "depression": "depressive", "manic": "manic", "psychotic": "psychotic",
              "negative": "psychotic", "positive": "psychotic", "anxiety": "anxiety", "depressed": "depressive",
              "schizophrenic": "psychotic", "anxious": "anxiety", "anhedonia": "anhedonia", "anhedonic": "anhedonia"}
#: the name an animal's "<family>-like" state stands for when the abstract names no disorder of its family (round
#: 19i: "CRS induced depression-like behaviors" in an abstract that never says "depression"): the family's own
#: word, looked up in the lexicon (depression: depressive disorder, as the findings curators read the animal
#: wording; anxiety and anhedonia: their phenotypes). A symptom of people ("depressive symptoms") stays unnamed.
_LIKE_NAME = {"depressive": "depression", "anxiety": "anxiety", "anhedonia": "anhedonia"}
_LIKE = re.compile(r"[\s-]like\b", re.IGNORECASE)
#: "... in mice with colitis": the state is an outcome measured in a population whose disorder is named, which
#: :mod:`.relation_conditions` keeps from being that disorder's improvement; no object of its own
_IN_POPULATION_WITH = re.compile(rf"\s+(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{POPULATION}\s+"
                                 r"(?:with|suffering\s+from|bearing)\b", re.IGNORECASE)


def condition_families(mentions: Iterable[Mention]) -> dict[str, Concept]:
    """Symptom family -> the disorder of that family the abstract's mentions name most (ties: the IRI)."""
    counts: Counter[Concept] = Counter(m.concept for m in mentions if m.concept.cls == "Disorder")
    out: dict[str, Concept] = {}
    for family, pattern in _FAMILY.items():
        ranked = sorted((c for c in counts if pattern.search(c.label)), key=lambda c: (-counts[c], c.iri))
        if ranked:
            out[family] = ranked[0]
    return out


def main_aliases(mentions: Iterable[Mention], main: Concept | None) -> dict[str, Concept]:
    """Case-folded words the abstract grounds as its main intervention and, elsewhere, as another concept -> the
    main intervention (empty when no word has two senses: nothing to read again)."""
    if main is None:
        return {}
    iri = main.iri
    mentions = list(mentions)
    words = {m.text.casefold() for m in mentions if m.concept.iri == iri}
    return {w: main for w in {m.text.casefold() for m in mentions if m.concept.iri != iri} & words}


def may_have_implicit(doc: Document | Folded) -> bool:
    """False when no sentence of the document's title and abstract (or of their folded view, which the annotated
    document already holds) can hold an implicit object (one look at the whole text instead of one a sentence)."""
    if isinstance(doc, Folded):
        return _IMPLICIT.may_match(doc)
    return _IMPLICIT.may_match(fold(doc.title)) or _IMPLICIT.may_match(fold(doc.abstract))


#: a state of a symptom family counts only when named with an indefinite article, up to two words before it
_STATE_NOUN = re.compile(r"\bstates?$", re.IGNORECASE)
_INDEFINITE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def implicit_objects(view: Folded, taken: Sequence[tuple[int, int]], families: Callable[[], Mapping[str, Concept]]
                     ) -> list[tuple[int, int, Concept]]:
    """``(start, end, concept)`` of the implicit objects of a sentence (its :class:`~ipkg.cues.Folded`
    view) that overlap no span of ``taken``; ``families()``: the abstract's disorder of each symptom family.

    >>> mdd = Concept("http://purl.obolibrary.org/obo/MONDO_0002009", "major depressive disorder", "Disorder")
    >>> text = "Immune changes and depressive symptoms rose."
    >>> [(text[s:e], c.label) for s, e, c in implicit_objects(fold(text), [], lambda: {"depressive": mdd})]
    [('Immune changes', 'immune system process'), ('depressive symptoms', 'major depressive disorder')]
    """
    out = []
    for match in _IMPLICIT.finditer(view):
        kind = match.lastgroup
        concept: Concept | None
        if kind == "hpa":
            concept = named_concept("HPA axis")  # (the label, "HPA axis activity", is no name of it)
        elif kind == "cytokines":
            concept = PROINFLAMMATORY_CYTOKINE
        elif kind == "inflammatory":
            concept = INFLAMMATORY_RESPONSE
        elif kind == "immune":
            concept = IMMUNE_SYSTEM_PROCESS
        elif _STATE_NOUN.search(match.group()) and not _INDEFINITE.search(view.text, max(0, match.start() - 40),
                                                                          match.start()):
            continue  # "the (menopausal) depressive-like state" is a setting; "a depression-like state" was induced
        else:
            family = _FAMILY_OF[match.group(kind or "").split(None, 1)[0].lower()]
            concept = families().get(family)
            if (concept is None and family in _LIKE_NAME and _LIKE.search(match.group())
                    and not (family != "anhedonia" and read_by_inducer(view.text, match.start(), taken))
                    and not _IN_POPULATION_WITH.match(view.text, match.end())):
                concept = named_concept(_LIKE_NAME[family])  # (an induced one is read with its inducer: behaviour.py)
        start, end = match.span()
        if concept is not None and not any(s < end and start < e for s, e in taken):
            out.append((start, end, concept))
    return out


#: a disorder said to be of the inflammatory kind: "IBDs are complex chronic inflammatory disorders", "RA, a chronic
#: inflammatory disease," (round 10): the copula or the comma of an apposition, up to three modifiers, then the
#: kind noun (grounded as a disorder of its own, "inflammatory disease")
_KIND_GAP = re.compile(r"^\s*\)?\s*(?:\([^()]*\)\s*)?(?:,|(?:is|are|was|were|represents?|remains?)\b)\s*"
                       r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
_INFLAMMATORY_KIND = re.compile(r"^(?:[\w-]+\s+){0,2}?inflammatory\s+(?:diseases?|disorders?|conditions?)$",
                                re.IGNORECASE)


def inflammatory_kind(sentence: str, items: Sequence[tuple[int, int, Concept]]) -> list[tuple[int, int, Concept]]:
    """``(start, end, disorder)`` of each disorder a sentence calls an inflammatory disease (see
    :data:`_INFLAMMATORY_KIND`; the span covers the disorder and the kind noun): it goes with the inflammatory
    response. ``items``: the sentence's ``(start, end, concept)`` in order.

    >>> ibd = Concept("http://purl.obolibrary.org/obo/MONDO_0005265", "inflammatory bowel disease", "Disorder")
    >>> kind = Concept("http://purl.obolibrary.org/obo/MONDO_0021166", "inflammatory disease", "Disorder")
    >>> text = "IBDs are complex chronic inflammatory disorders of the gut."
    >>> [c.label for _, _, c in inflammatory_kind(text, [(0, 4, ibd), (25, 47, kind)])]
    ['inflammatory bowel disease']
    """
    out = []
    for (start, end, concept), (k_start, k_end, _) in zip(items, items[1:]):
        if (concept.cls == "Disorder" and _INFLAMMATORY_KIND.match(sentence[k_start:k_end])
                and _KIND_GAP.match(sentence[end:k_start]) and not _INFLAMMATORY_KIND.match(sentence[start:end])):
            out.append((start, k_end, concept))
    return out
