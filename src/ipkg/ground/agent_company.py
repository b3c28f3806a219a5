"""Whether a substance the lexicon grounds as an Intervention is given in the text, or only used, measured or
counted there, read off the words next to it (round 12).

Six kinds, each stated over a class of wordings (GUIDELINES: an Intervention is what is given or done to treat or
to test; the batch-1 adjudication rules: a drug named only as an exposure or a confounder is none, nor a substance
only measured):

* a **cell label**: a substance named as what marks cells or tissue ("BrdU-positive cells", "EdU-labelled nuclei",
  "BrdU staining", "fura-2 stained cells", "Fluoro-Gold labelling"). In that text the substance is the study's
  tool, so every occurrence of it is (:func:`label_use`); and, occurrence by occurrence (round 17a), a substance
  after "stained / loaded / labelled / impregnated with" ("myocytes were loaded with fura-2/AM", "sections stained
  with haematoxylin") (:func:`not_given`);
* a **metabolite in apposition**: "fluoxetine and its active metabolite, norfluoxetine", "... and their
  metabolites, normeperidine and ...": the body's product of the given drug, measured (:func:`named_as_metabolite`);
* a **confounder list**: a drug or drug class inside a list of three or more members that also names a lifestyle or
  demographic covariate (smoking, alcohol consumption, diet habits, body mass index, substance use, age, sex,
  early-life adversity, stress) and no other Intervention: "adjusted for age, BMI, smoking and antibiotics",
  "(stress, infection and use of antibiotics)" (:func:`in_confounder_list`);
* a **listed constituent or own substance**: a name listed after the class of what a food, herb or preparation
  holds ("a berry enriched with flavonoids, including quercetin", "rich in polyphenols such as") or of the body's
  or the microbes' own substances ("hormones including leptin, insulin and oxytocin"): the preparation is what is
  given, or nothing is (:func:`named_as_constituent`);
* an **instrument's acronym** (round 14a): a name written in capitals and followed by a rating's word ("AMDP
  scores", "AMDP ratings", "BPRS total score"; not "system": "the DBS system" is the stimulator) is a rating
  instrument's acronym that collides with a compound's (MeSH's AMDP is a platinum complex): no substance is
  scored or rated (:func:`named_as_instrument`);
* a **parent of analogues** (round 14a): a name followed by "analog(ue)(s)" names what the given drugs are
  analogues of ("the somatostatin analog octreotide", "a GLP-1 analogue"): the analogue is given, not the parent
  (:func:`named_as_parent`).

And one kind the other way (round 17a), for names that ground only next to a treatment cue (``ctx`` rows):

* a **title's tested agent**: a title that opens with a substance (or a list of them) as the subject of an
  effect verb states what the study tests ("Progesterone enhances motor ... behaviours", "The thyroid hormone,
  triiodothyronine, enhances fluoxetine-induced neurogenesis", "Heavy metals zinc, cadmium, and copper stimulate
  pulmonary sensory neurons"): each substance of that subject is given, even where the body also makes it. Not
  where the subject has a preposition ("Deficiency of zinc impairs", "Stress in mice induces") or the name is a
  modifier ("Cortisol levels predict", "Progesterone withdrawal induces"): the substance ends its list member
  (:func:`title_agents`). So is a substance after a title's "effect(s) of" or before its "effect(s) on"
  ("Effects of progesterone on ...", "The chorionic gonadotropin (Cg) effects on ..."), not a modifier ("Effects of
  cortisol levels on ...").
"""

from __future__ import annotations

import re

from .agent_members import class_appositions, class_members, classes_before
from .agent_names import DOSE_BRACKET, MODIFIED_BY, name_ending_at, name_starting_at, names_after_modifier
from .agent_passing import named_in_passing
from .agent_short_forms import given_short_forms
from .agent_unlisted import coded_agents, given_species

__all__ = ["may_name_labels", "label_use", "not_given", "named_as_metabolite", "named_as_constituent",
           "in_confounder_list", "named_as_instrument", "named_as_parent", "title_agents", "given_agents",
           "cued_agents", "dosed_agents"]

#: what follows a substance used as a cell or tissue label, optionally through a bracketed short form:
#: "BrdU-positive", "BrdU+ cells", "EdU-labeled", "BrdU labelling", "(BrdU) staining"
_LABEL_AFTER = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:-|\s)?(?:positive|\+\s*(?:cells?|nuclei|neurons?)|immunoreactiv\w*|"
    r"immunopositive|immunostain\w*|label(?:l)?(?:ed|ing)|stain(?:ed|ing)|retaining)\b",
    re.IGNORECASE,
)
#: what precedes a substance used as a stain, a dye or a tracer (round 17a): "stained with haematoxylin",
#: "labelled with BrdU", "counterstained with DAPI", "impregnated with silver", "loaded with the calcium indicator":
#: a measurement tool (GUIDELINES), not a given agent. "loaded with" alone is no label ("rats loaded with sodium
#: chloride" are given it): it needs a dye's word before the name or an acetoxymethyl ester after it ("fura-2/AM",
#: "calcein-AM", the form made to load a dye into cells; :data:`_AM_ESTER_AFTER`)
_LABEL_BEFORE = re.compile(
    r"\b(?:(?P<stain>(?:counter|immuno)?stain(?:ed|ing)|label(?:l)?(?:ed|ing)|impregnat(?:ed|ion)|dyed)|"
    r"load(?:ed|ing))\s+with\s+(?:(?:the|a|an)\s+)?(?:(?:fluorescent|calcium|ca2\+|ratiometric)\s+)?"
    r"(?P<dye>(?:dye|indicator|probe|stain)\s+)?$",
    re.IGNORECASE,
)
_AM_ESTER_AFTER = re.compile(r"(?:\s*[/-]\s*|\s+)AM\b")
#: pieces of :data:`_LABEL_AFTER`'s words, case-folded by hand
_LABEL_KEYS = ("ositive", "OSITIVE", "abel", "ABEL", "stain", "Stain", "STAIN", "eactiv", "EACTIV", "etaining", "+")
#: "its metabolite", "its active metabolite,", "their main metabolites" right before the name: the product of a drug
#: named before (a metabolite named without the possessive may be given itself: "seizures induced by the cocaine
#: metabolite benzoylecgonine")
_METABOLITE_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?metabolites?\s*,?\s*\(?$", re.IGNORECASE)
#: what a food, herb or preparation holds, named by a class and then listed: "enriched with flavonoids, including
#: quercetin", "rich in polyphenols such as", "its constituents, namely"; up to four list words before the name
#: ("containing" is left out: "a diet containing phenobarbital" gives the drug)
_CONSTITUENT_BEFORE = re.compile(
    r"\b(?:rich in|enriched with|constituents?|ingredients?)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+"
    r"(?:including|such as|namely|e\.g\.,?)\s+(?:[\w-]+(?:\s*,\s*|\s+)){0,4}?$",
    re.IGNORECASE,
)
#: the body's or the microbes' own substances listed after their class: "hormones including leptin, insulin and
#: oxytocin", "neurotransmitters such as", "microbially-derived molecules - neurotransmitters, ..., and vitamins"
_OWN_SUBSTANCES_BEFORE = re.compile(
    r"\b(?:hormones|neurotransmitters|neuropeptides|(?:[\w]+-derived|microbial|endogenous|bacterial|host)\s+"
    r"(?:molecules|metabolites))\s*(?:,?\s+(?:including|such as|like|namely)|\s+[-\u2013\u2014])\s+"
    r"(?:[\w-]+(?:\s*,\s*|\s+)){0,12}?$",
    re.IGNORECASE,
)
#: the words :data:`_CONSTITUENT_BEFORE` and :data:`_OWN_SUBSTANCES_BEFORE` start at
_LIST_HEADS = ("rich in", "enriched with", "constituent", "ingredient", "hormones", "neurotransmitters",
               "neuropeptides", "molecules", "metabolites", "Rich in", "Enriched with", "Constituent", "Ingredient",
               "Hormones", "Neurotransmitters", "Neuropeptides")
#: lifestyle and demographic covariates a list of confounders names
_COVARIATE = re.compile(
    r"(?:smoking|tobacco use|alcohol(?:\s+(?:consumption|use|intake))|diet(?:ary)?\s+habits|substance use|"
    r"body mass index|BMI|age|sex|gender|ethnicity|socio-?economic status|education|"
    r"early[- ]life (?:adversity|stress)|stress|medical history|sleep)(?:\s*\([A-Z]{2,5}\))?",
    re.IGNORECASE,
)
#: a piece of every covariate word, for the first look at a passage (substring tests: a regex search over the
#: passage costs more than the whole rule)
_COVARIATE_KEYS = ("smok", "tobacco", "alcohol", "diet", "substance", "body mass", "bmi", "age", "sex", "gender",
                   "ethnic", "socio", "education", "stress", "history", "sleep")
#: the gap between two members of a list
_MEMBER_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
#: what a member may hold beside the drug's name: its use or exposure ("use of antibiotics", "antibiotic use")
_USE_BEFORE = re.compile(r"\s*(?:(?:the\s+)?use\s+of\s+)?", re.IGNORECASE)
_USE_AFTER = re.compile(r"\s*(?:(?:use|exposure|intake|consumption)\s*)?", re.IGNORECASE)
#: how far a list's clause is looked for on either side of the name (characters)
_REACH = 200
#: a rating's word right after an instrument's acronym: "AMDP scores", "AMDP rating", "BPRS total score",
#: "HAMD-17 items" (never a substance's company: "NBQX treatment", "MK-801 injection")
_RATING_AFTER = re.compile(
    r"(?:[\s-]+\d{1,2})?[\s-]+(?:total\s+|sum\s+)?(?:scores?|scales?|subscales?|ratings?|items?|inventory|"
    r"questionnaire|criteria|interview)\b",
    re.IGNORECASE,
)
#: "analog", "analogue(s)" right after a name: the name is what the given drug is an analogue of
_ANALOG_AFTER = re.compile(r"[\s-]analog(?:ue)?s?\b", re.IGNORECASE)
#: how a list member's text before it ends (the first look of the list readings; the heads are lower-case in
#: running text)
_LISTED_AFTER = (", ", "and ", "or ", "including ", "such as ", "namely ", "e.g. ", "e.g., ", "- ", "like ", "(",
                 "use of ")
#: a list member's end after the name: its use, then a comma, a bracket, "and" or "or"
_MEMBER_END = re.compile(r"(?:\s+(?:use|exposure|intake|consumption))?\s*(?:[,;).]|\s+(?:and|or)\b)")
#: the marks that close a list's clause on either side
_CLAUSE_MARKS = ".;:()[]"
_CLAUSE_END = re.compile(r"[.;:()\[\]]")


def may_name_labels(texts) -> bool:  # type: ignore[no-untyped-def]
    """Whether any of ``texts`` holds a word :func:`label_use` reads (a cheap first look for a whole document)."""
    return any(key in text for text in texts for key in _LABEL_KEYS)


def label_use(text: str, end: int) -> bool:
    """Whether the substance whose name ends at ``end`` is named as a cell label ("BrdU-positive cells")."""
    return bool(_LABEL_AFTER.match(text, end))


def not_given(text: str, start: int, end: int, drug_spans: list[tuple[int, int]]) -> bool:
    """Whether the Intervention name at ``start:end`` is an instrument's acronym, a parent of analogues (both read
    off the words right after the name), a metabolite in apposition, a confounder list's member or a listed
    constituent or own substance, or a name :mod:`.agent_passing` reads as named in passing (round 18a). The
    metabolite, list and constituent kinds need a word right before the name ("metabolite", a list word), which is
    looked at first (most names have none)."""
    if text[start:end].isupper() and named_as_instrument(text, end) or named_as_parent(text, end):
        return True
    if named_in_passing(text, start, end):
        return True  # (.agent_passing: a property, drug-development talk, a sham, an attribute, a tracer)
    before = text[max(0, start - 14) : start]
    if "with" in before and _labelled_with(text, start, end):
        return True
    if before.rstrip(" ,(").endswith(("metabolite", "metabolites")):
        return named_as_metabolite(text, start)
    if not before.endswith(_LISTED_AFTER):
        return False
    return in_confounder_list(text, start, end, drug_spans) or named_as_constituent(text, start)


def _labelled_with(text: str, start: int, end: int) -> bool:
    """Whether the substance at ``start:end`` follows a stain's or a label's "with" (:data:`_LABEL_BEFORE`).

    >>> _labelled_with("cells loaded with fura-2/AM", 18, 24), _labelled_with("rats loaded with salt", 17, 21)
    (True, False)
    """
    label = _LABEL_BEFORE.search(text, max(0, start - 48), start)
    return label is not None and bool(label.group("stain") or label.group("dye") or _AM_ESTER_AFTER.match(text, end))


def named_as_instrument(text: str, end: int) -> bool:
    """Whether a rating's word follows the name ending at ``end`` (module docstring: an instrument's acronym).

    >>> named_as_instrument("AMDP scores fell", 4), named_as_instrument("NBQX treatment", 4)
    (True, False)
    """
    return bool(_RATING_AFTER.match(text, end, end + 32))


def named_as_parent(text: str, end: int) -> bool:
    """Whether "analog(ue)(s)" follows the name ending at ``end`` (module docstring: a parent of analogues).

    >>> named_as_parent("the somatostatin analog octreotide", 16), named_as_parent("somatostatin infusion", 12)
    (True, False)
    """
    return bool(_ANALOG_AFTER.match(text, end, end + 12))


def named_as_constituent(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is named as what a food, herb or preparation holds ("a berry
    enriched with flavonoids, including quercetin and kaempferol": the preparation is given, not its parts) or as
    one of the body's or the microbes' own substances ("hormones including leptin, insulin and oxytocin")."""
    before = max(0, start - 160)
    window = text[before:start]
    if not any(head in window for head in _LIST_HEADS):
        return False
    return bool(_CONSTITUENT_BEFORE.search(text, before, start) or _OWN_SUBSTANCES_BEFORE.search(text, before, start))


def named_as_metabolite(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows "metabolite(s)" ("its active metabolite, norfluoxetine")."""
    before = max(0, start - 48)
    return "etabolite" in text[before:start] and bool(_METABOLITE_BEFORE.search(text, before, start))


def in_confounder_list(text: str, start: int, end: int, drug_spans: list[tuple[int, int]]) -> bool:
    """Whether the name at ``start:end`` is a member of a list of three or more that names a covariate
    (:data:`_COVARIATE`, a whole member) and no other Intervention (``drug_spans``: the passage's Intervention
    matches). The name's member is the bare name or its use ("use of antibiotics", "antibiotic exposure"): a dose
    ("a daily dose of escitalopram") says the drug was given."""
    if not _MEMBER_END.match(text, end):
        return False  # no list gap after the name (:func:`not_given` saw a list word before it)
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    if text.count(",", low, high) < 2:
        return False
    window = text[low:high].lower()
    if not any(word in window for word in _COVARIATE_KEYS):
        return False
    left = max([low - 1] + [text.rfind(mark, low, start) for mark in _CLAUSE_MARKS]) + 1
    close = _CLAUSE_END.search(text, end, high)
    right = close.start() if close else high
    if text.count(",", left, right) < 2:
        return False
    if any(left <= a and b <= right and (a, b) != (start, end) and not (a <= start and end <= b)
           for a, b in drug_spans):
        return False
    members = []
    cursor = left
    for gap in _MEMBER_GAP.finditer(text, left, right):
        members.append((cursor, gap.start()))
        cursor = gap.end()
    members.append((cursor, right))
    if len(members) < 3:
        return False
    own = next(((a, b) for a, b in members if a <= start and end <= b), None)
    if own is None or not (_USE_BEFORE.fullmatch(text, own[0], start) and _USE_AFTER.fullmatch(text, end, own[1])):
        return False
    return any(_COVARIATE.fullmatch(text[a:b].strip()) for a, b in members if (a, b) != own)


#: a title's claim: its subject (no sentence mark, at most 90 characters), an optional modal or negation, then an
#: effect verb in the present (singular or plural subject): "Progesterone enhances", "X and Y attenuate", "X may
#: protect", "X does not alter", "X suppresses" (the verb is found by word, :func:`_claim_subject_end`)
_EFFECT_VERBS = frozenset(verb + ending for verb in (
    "enhance", "attenuate", "stimulate", "reverse", "improve", "ameliorate", "alleviate", "prevent", "reduce",
    "increase", "decrease", "inhibit", "protect", "promote", "exacerbate", "impair", "mitigate", "restore", "rescue",
    "block", "suppress", "induce", "cause", "produce", "normalize", "normalise", "abolish", "potentiate", "augment",
    "counteract", "evoke", "elicit", "trigger", "accelerate", "worsen", "aggravate", "alter", "affect", "activate",
    "prolong", "shorten", "facilitate", "disrupt") for ending in ("", "es" if verb.endswith(("ss", "sh")) else "s"))
#: a modal or a negation between a title's subject and its verb
_MODAL_TAIL = re.compile(r"(?:\s+(?:may|might|can|could|does\s+not|do\s+not|fails?\s+to))?\s+$")
#: a mark no title subject holds
_SUBJECT_MARKS = frozenset(".:;?!()[]")
#: a word that makes a title's subject more than its substances: a preposition or a relative pronoun ("Deficiency
#: of zinc", "Stress in mice", "Treatment with X" (a cue already), "Mice that lack X")
_SUBJECT_PREPOSITION = re.compile(
    r"\b(?:of|in|on|by|from|during|after|before|with|without|to|at|for|between|via|that|which|who|whose)\b",
    re.IGNORECASE)
#: the gaps between a subject's list members: "zinc, cadmium, and copper", "X and Y", "X or Y"
_SUBJECT_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
#: a title's "effect(s) of" before a substance ("Effects of progesterone on ...", "The effect of chronic cadmium
#: in rats"), and "effect(s) on" after one ("The chorionic gonadotropin (Cg) effects on ..."): the title names what
#: the study tests
_TITLE_EFFECT_OF = re.compile(
    r"\b[Ee]ffects?\s+of\s+(?:(?:a|an|the|acute|chronic|repeated|single|exogenous|systemic|central|oral)\s+){0,2}")
#: what ends the substance of a title's "effect(s) of": its short form, then "on", "in", a list's gap, a mark or the
#: end ("Effects of progesterone (P4) on", "effect of melatonin and ...", "effect of taurine in rats"); any other
#: word makes it a modifier ("effects of methanol extract of ...", "effects of calcium antagonistic drugs")
_EFFECT_OF_END = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:[,;:.]|$|(?:on|upon|in|and|or|at|during|after|versus|vs|plus|alone|with|"
    r"treatment|administration|supplementation|replacement|therapy)\b)")
_TITLE_EFFECTS_ON = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+effects?\s+(?:on|upon|in)\b")


def title_agents(title: str, matches, grounder) -> list:  # type: ignore[no-untyped-def]
    """The substances a title states as tested (module docstring: a title's tested agent) that the matcher left
    without a reading because their names wait for a treatment cue: ``(start, end, concept)`` of each, read with
    ``grounder`` as it reads a name after "given". ``matches`` are the title's own matches: a span they cover is
    left as it is (a name that grounds anywhere, or as a cytokine, is no business of this rule).

    >>> from ipkg.ground.matcher import Grounder
    >>> g = Grounder.default()
    >>> t = "Progesterone enhances motor and anxiolytic behaviour in mice"
    >>> [(t[a:b], c.label) for a, b, c in title_agents(t, g.find(t), g)]
    [('Progesterone', 'progesterone')]
    >>> t = "Progesterone withdrawal induces anxiety in mice"
    >>> title_agents(t, g.find(t), g)
    []
    """
    effect = "ffect" in title
    end = _claim_subject_end(title)
    if not effect and end is None:
        return []  # (most titles)
    taken = [(m.start, m.end) for m in matches]
    out = []
    if effect:
        out += [hit for hit in (name_starting_at(title, cue.end(), taken, grounder, _EFFECT_OF_END)
                                for cue in _TITLE_EFFECT_OF.finditer(title)) if hit is not None]
        for cue in _TITLE_EFFECTS_ON.finditer(title):
            hit = name_ending_at(title, max(0, cue.start() - 60), cue.start(), taken, grounder)
            if hit is not None:
                out.append(hit)
    if end is None or _SUBJECT_PREPOSITION.search(title, 0, end):
        return out
    members, cursor = [], 0
    for gap in _SUBJECT_GAP.finditer(title, 0, end):
        members.append((cursor, gap.start()))
        cursor = gap.end()
    members.append((cursor, end))
    for a, b in members:
        hit = name_ending_at(title, a, b, taken, grounder)
        if hit is not None:
            out.append(hit)
    return out


def _tested_starts(title: str) -> frozenset[int]:
    """Where a title's tested agent may begin (round 19f, for :func:`.agent_unlisted.coded_agents`): after "effect(s)
    of" and at each member of a claim's subject without a preposition ("TZP-4238 suppresses plasma testosterone").

    >>> sorted(_tested_starts("XY-12 and ZQ-345 attenuate pain")), sorted(_tested_starts("Effects of XY-12 on pain"))
    ([0, 10], [11])
    """
    starts = {cue.end() for cue in _TITLE_EFFECT_OF.finditer(title)} if "ffect" in title else set()
    end = _claim_subject_end(title)
    if end is not None and not _SUBJECT_PREPOSITION.search(title, 0, end):
        starts.add(0)
        starts.update(gap.end() for gap in _SUBJECT_GAP.finditer(title, 0, end))
    return frozenset(starts)


def _claim_subject_end(title: str) -> int | None:
    """Where the subject of a title's claim ends (before its modal and effect verb), or None when the title makes
    no claim (:data:`_EFFECT_VERBS`; the subject is at least two and at most 90 characters without a mark).

    >>> _claim_subject_end("Progesterone may enhance motor behaviour"), _claim_subject_end("Serum copper in depression")
    (12, None)
    >>> _claim_subject_end("Lithium co-induces autophagy")
    """
    head = title[:120]
    words = head.lower().split()
    if _EFFECT_VERBS.isdisjoint(words):
        return None  # (most titles: one set operation)
    for word in re.finditer(r"[A-Za-z]+", head):
        if word.group().lower() in _EFFECT_VERBS and word.start() > 2:
            tail = _MODAL_TAIL.search(title, 0, word.start())  # None when the verb is part of a word ("co-induce")
            if tail is not None and 2 <= tail.start() <= 90 and not _SUBJECT_MARKS.intersection(title[: tail.start()]):
                return tail.start()
            return None
    return None


def given_agents(passage: str, text: str, matches, grounder) -> list:  # type: ignore[no-untyped-def]
    """The gated substances a passage gives by a wording the matcher's treatment cues do not read (module
    docstring): a title's tested agent (:func:`title_agents`), a name after an experimental verb "with"
    (:func:`cued_agents`), a name before a bracketed dose range (:func:`dosed_agents`), a member listed after a
    class of given things and a name in apposition to a mechanism's noun (:mod:`.agent_members`, round 19a), a
    gated class in apposition before a given name and a gated long form given under its short form (round 19d,
    :mod:`.agent_short_forms`), a code name or a species no ontology lists, given, and a name after a cue and a
    hyphenated modifier (round 19f, :mod:`.agent_unlisted`, :func:`.agent_names.names_after_modifier`);
    ``(start, end, concept)`` each."""
    out = title_agents(text, matches, grounder) if passage == "title" else []
    out += cued_agents(text, matches, grounder) + dosed_agents(text, matches, grounder)
    out += class_members(text, matches, grounder, name_starting_at) + class_appositions(
        text, matches, grounder, name_starting_at)
    out += given_short_forms(text, matches, grounder, name_ending_at, DOSE_BRACKET, MODIFIED_BY)
    out += coded_agents(text, matches, grounder, _tested_starts(text) if passage == "title" else frozenset())
    out += given_species(text, matches, grounder, _claim_subject_end(text) if passage == "title" else None)
    out += names_after_modifier(text, matches, grounder)
    given = out + [(m.start, m.end, m.concept) for m in matches if m.concept.cls == "Intervention"]
    return out + classes_before(text, given, matches, grounder, name_ending_at)


#: an experimental verb or its noun and "with" (or "application of"): what follows is given to cells, tissue or
#: animals ("cells were incubated with", "stimulation with", "slices superfused with", "mice immunized with",
#: "irradiated with X-rays", "bath application of"; round 19j: "lesioned with", "anaesthetized with", "addition
#: of", "delivery of", "applied"); "loaded with" is left out (a dye loaded into cells is a label),
#: and so is "perfused with" (tissue is perfused with fixatives and probes with the vehicle: glutaraldehyde, Ringer)
_EXPERIMENT_CUE = re.compile(
    r"(?:[a-z]{2,4}-)?(?:incubat|stimulat|superfus|immuni[sz]|vaccinat|irradiat|lesion|an(?:a)?esthe[tz]i[sz])"
    r"(?:ed|ion) with\s+(?:(?:a|an|the)\s+)?|(?:application|addition|delivery) of\s+(?:(?:a|an|the)\s+)?|applied\s+",
    re.IGNORECASE,
)
#: the ends of :data:`_EXPERIMENT_CUE`'s words, found with ``str.find`` before the pattern is tried at the word's
#: start (most passages have "treated with", "compared with", few an experimental verb)
_EXPERIMENT_KEYS = ("ed with", "ion with", "pplication of", "ddition of", "elivery of", "applied ")


def cued_agents(text: str, matches, grounder) -> list:  # type: ignore[no-untyped-def]
    """Gated substances named right after an experimental verb and "with" (:data:`_EXPERIMENT_CUE`): an agent
    given to cells, tissue or animals in a study (GUIDELINES: experimental agents given count).

    >>> from ipkg.ground.matcher import Grounder
    >>> g = Grounder.default()
    >>> t = "Slices were superfused with progesterone for 10 min."
    >>> [(t[a:b], c.label) for a, b, c in cued_agents(t, g.find(t), g)]
    [('progesterone', 'progesterone')]
    """
    out: list = []
    taken = None
    for key in _EXPERIMENT_KEYS:
        at = text.find(key, 1)
        while at > 0:
            word = text.rfind(" ", 0, at) + 1  # the cue's word starts after the space before its key
            cue = _EXPERIMENT_CUE.match(text, word)
            if cue is not None:
                taken = [(m.start, m.end) for m in matches] if taken is None else taken
                hit = name_starting_at(text, cue.end(), taken, grounder)
                if hit is not None:
                    out.append(hit)
            at = text.find(key, at + 1)
    return sorted(out, key=lambda hit: hit[0])


def dosed_agents(text: str, matches, grounder) -> list:  # type: ignore[no-untyped-def]
    """Gated substances named right before a bracketed dose range or a dose after their short form
    (:data:`DOSE_BRACKET`): a dose says the substance is given.

    >>> from ipkg.ground.matcher import Grounder
    >>> g = Grounder.default()
    >>> t = "Spleen cells were exposed for 1 h to chorionic gonadotropin (40 or 200 IU) in vitro."
    >>> [(t[a:b], c.label) for a, b, c in dosed_agents(t, g.find(t), g)]
    [('chorionic gonadotropin', 'Chorionic Gonadotropin')]
    """
    out: list = []
    taken = None
    at = text.find("(", 1)
    while at > 0:
        if DOSE_BRACKET.match(text, at):
            end = len(text[:at].rstrip())
            taken = [(m.start, m.end) for m in matches] if taken is None else taken
            hit = name_ending_at(text, max(0, text.rfind(" ", 0, max(0, end - 60))), end, taken, grounder)
            if hit is not None:
                out.append(hit)
        at = text.find("(", at + 1)
    return out
