"""Where an Intervention name names nothing given or done in the study: a class named in passing, a sham, a
measured attribute, a tracer (round 18a; GUIDELINES: an Intervention is what is given or done to treat or to test;
not placebo, not "treatment" in general, no measurement tools).

Five kinds, each read off the words right next to the name, occurrence by occurrence
(:func:`named_in_passing`, called from :func:`ipkg.ground.agent_company.not_given`):

* a **property**: a class word of an agent's action ("antioxidant", "anti-inflammatory", "antidepressant":
  an adjective ending in -ant, -ory, -ic or -ive) followed by a noun of what something has or does ("antioxidant
  capacity", "anti-inflammatory and antioxidant properties", "antidepressant activity", "antioxidant enzymes"), or
  after "as a(n)" ("the Mediterranean diet as an antioxidant"): the class describes a property of another thing
  (the diet, the body's enzymes), nothing is given by that name (:func:`named_as_property`);
* **drug-development talk**: a name ending in "drug(s) / agent(s) / medication(s) / compound(s)" followed by
  "discovery / development / design / research / industry / market / pipeline / repurposing / repositioning /
  screening / target(s)" ("targets for CNS drug discovery", "psychotropic drug development"): drugs in general,
  not one given (:func:`named_as_development`). A class named by its action alone stays ("antidepressant
  development", "exiting antidepressant research": a review of that class names what it is about; the tune gold
  counts it);
* a **sham's head**: a generic procedure word ("surgery", "operation", "procedure", "lesion") whose noun phrase
  opens with "sham" ("sham surgery", "sham or CBDL surgeries", "sham-operated"): the control's placebo procedure
  (GUIDELINES: not placebo); a named procedure after "sham" ("sham TMS") keeps its name, which the active arm
  shares (:func:`named_as_sham`);
* a **measured attribute**: a name listed after a noun of what is measured or characterised ("psychosocial
  characteristics (eg, psychological distress, coping strategies)", "lifestyle factors such as diet and
  exercise", "health behaviours including physical activity"): an attribute of the participants, assessed, not
  given (:func:`named_as_attribute`); of "factors" only risk, lifestyle and environmental ones ("dietary factors
  such as probiotics ... may improve symptoms" names treatments); not a name followed by its dose or by
  "-induced / -treated / -evoked" ("factors including age and clozapine dose", "clonidine-induced bradycardia":
  the drug is given);
* a **tracer**: a name right before an imaging word ("[11C]PK11195 PET", "FDG-PET", "DAT SPECT", "raclopride
  scans") or right after a tracer's word ("the radioligand [11C]raclopride", "the tracer FDG"): a measurement tool
  (GUIDELINES: PET tracers are no Interventions) (:func:`named_as_tracer`).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["named_in_passing", "named_as_property", "named_as_development", "named_as_sham", "named_as_attribute",
           "named_as_tracer"]

#: a class word of an agent's action: an adjective ending in -ant, -ory, -ic or -ive (plural allowed)
_ACTION_ENDINGS = ("ant", "ory", "ic", "ive", "ants", "ories", "ics", "ives")
#: a noun of what something has or does after the class word, with up to two coordinated adjectives between
#: ("antioxidant capacity", "anti-inflammatory and antioxidant properties")
_PROPERTY_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|/)\s*[\w-]+){0,2}[\s-]+(?:capacit(?:y|ies)|activit(?:y|ies)|propert(?:y|ies)|potential|"
    r"potency|status|defen[cs]es?|enzymes?|systems?|mechanisms?|actions?|functions?|power|nature)\b",
    re.IGNORECASE,
)
#: "as a(n)" right before the class word: "X as an antioxidant", "acts as an anti-inflammatory"
_AS_A_BEFORE = re.compile(r"\bas\s+an?\s+$", re.IGNORECASE)
#: the heads that make a name a drug word in general ("CNS drug", "antidepressant agents")
_DRUG_HEADS = ("drug", "drugs", "agent", "agents", "medication", "medications", "medicine", "medicines", "compound",
               "compounds", "therapeutics")
#: what drug-development talk puts after a drug word
_DEVELOPMENT_AFTER = re.compile(
    r"[\s-]+(?:discovery|development|design|research|industry|market|pipeline|repurposing|repositioning|"
    r"screening|targets?)\b",
    re.IGNORECASE,
)
#: a generic procedure word (no procedure of its own)
_GENERIC_PROCEDURES = ("surgery", "surgeries", "operation", "operations", "procedure", "procedures", "lesion",
                       "lesions")
#: "sham" opening the noun phrase before the name, with at most three words between ("sham or CBDL")
_SHAM_BEFORE = re.compile(r"\bsham(?:[\s-]+[\w()]+){0,3}?[\s-]+$", re.IGNORECASE)
#: a noun of what is measured or characterised, then a list word, then up to six list words before the name (a
#: structured abstract's "MEASURES:" heading is no list word: what follows may be a challenge given)
_ATTRIBUTE_BEFORE = re.compile(
    r"\b(?:characteristics|variables|measures|outcomes|(?:risk|lifestyle|environmental)\s+factors|traits|"
    r"attributes|behaviou?rs|habits|"
    r"covariates|confounders)\s*,?\s*\(?\s*(?:e\.\s?g\.|eg|i\.\s?e\.|such as|including|like|namely)\s*,?\s+"
    r"(?:[\w-]+(?:\s*,\s*|\s+)){0,6}?$",
    re.IGNORECASE,
)
#: a dose or a given agent's participle after a listed name: the drug is given ("factors including age and
#: clozapine dose", "variables, including heart rate and clonidine-induced bradycardia")
_DOSE_AFTER = re.compile(r"\s+dos(?:e|es|age|ing)\b|-(?:induced|treated|evoked|elicited)\b", re.IGNORECASE)
#: every ending of the three kinds of name above, for the first look
_ANY_ENDING = _ACTION_ENDINGS + _DRUG_HEADS + _GENERIC_PROCEDURES
#: how far back :data:`_ATTRIBUTE_BEFORE` looks (characters)
_ATTRIBUTE_REACH = 120
#: how the text right before a listed name ends, and a piece of each noun of :data:`_ATTRIBUTE_BEFORE` (the
#: first, cheap looks, with no copy of the text: most names follow neither)
_LIST_ENDS = (", ", " and ", " or ", "such as ", "including ", "(", "e.g. ", "e.g., ", "eg, ", "eg ", "i.e. ",
              "i.e., ", "like ", "namely ")
_ATTRIBUTE_KEYS = ("characteristic", "variable", "measure", "outcome", "factor", "trait", "attribute", "behavio",
                   "habit", "covariate", "confounder")
#: an imaging word right after a tracer's name
_IMAGING_AFTER = re.compile(r"[\s-]+(?:PET|SPECT|scans?|imaging|autoradiography)\b")
#: how :data:`_IMAGING_AFTER` starts (the first look, no copy of the text)
_IMAGING_STARTS = (" PET", "-PET", " SPECT", "-SPECT", " scan", " imaging", " autoradiography")
#: a tracer's word right before its name (a plain "ligand" is no tracer: "the I2 ligand X" is given)
_TRACER_ENDS = tuple(f"{word}{plural} " for w in ("radioligand", "radiotracer", "tracer")
                     for word in (w, w.capitalize()) for plural in ("", "s"))


def named_in_passing(text: str, start: int, end: int) -> bool:
    """Whether the Intervention name at ``start:end`` names nothing given (module docstring: a property, drug
    development talk, a sham's head, a measured attribute, a tracer).

    >>> named_in_passing("the Mediterranean diet as an antioxidant", 29, 40)
    True
    >>> named_in_passing("patients received an antioxidant daily", 21, 32)
    False
    """
    if text.endswith(_ANY_ENDING, start, end):  # (a class word, a drug word or a generic procedure: few names)
        name = text[start:end].lower()
        if name.endswith(_ACTION_ENDINGS) and named_as_property(text, start, end):
            return True
        if name.endswith(_DRUG_HEADS) and named_as_development(text, end):
            return True
        if name.endswith(_GENERIC_PROCEDURES) and named_as_sham(text, start):
            return True
    if text.startswith(_IMAGING_STARTS, end) and _IMAGING_AFTER.match(text, end, end + 24):
        return True
    if text.endswith(_TRACER_ENDS, 0, start):
        return True
    if not text.endswith(_LIST_ENDS, 0, start):
        return False  # (most names: no list word right before them)
    return _names_attributes(text) and not _DOSE_AFTER.match(text, end) and named_as_attribute(text, start)


@lru_cache(maxsize=8)
def _names_attributes(text: str) -> bool:
    """Whether a passage holds any noun of :data:`_ATTRIBUTE_BEFORE` (looked at once per passage: most hold none,
    and a name after a list gap, "X, Y and Z", is common)."""
    low = text.lower()
    return any(key in low for key in _ATTRIBUTE_KEYS)


def named_as_property(text: str, start: int, end: int) -> bool:
    """Whether a property noun follows the class word at ``start:end`` or "as a(n)" precedes it.

    >>> named_as_property("its antioxidant capacity", 4, 15), named_as_property("an antioxidant supplement", 3, 14)
    (True, False)
    """
    return bool(_PROPERTY_AFTER.match(text, end, end + 60) or _AS_A_BEFORE.search(text, max(0, start - 8), start))


def named_as_development(text: str, end: int) -> bool:
    """Whether drug-development talk follows the drug word ending at ``end``.

    >>> named_as_development("targets for CNS drug discovery", 20), named_as_development("a CNS drug was given", 10)
    (True, False)
    """
    return bool(_DEVELOPMENT_AFTER.match(text, end, end + 16))


def named_as_sham(text: str, start: int) -> bool:
    """Whether "sham" opens the noun phrase of the generic procedure word starting at ``start``.

    >>> named_as_sham("after sham or CBDL surgeries", 19), named_as_sham("after CBDL surgeries", 11)
    (True, False)
    """
    return "ham" in text[max(0, start - 40) : start] and bool(_SHAM_BEFORE.search(text, max(0, start - 40), start))


def named_as_attribute(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is listed after a noun of what is measured.

    >>> named_as_attribute("lifestyle factors such as diet and exercise", 35)
    True
    >>> named_as_attribute("interventions such as diet and exercise", 31)
    False
    """
    before = max(0, start - _ATTRIBUTE_REACH)
    return bool(_ATTRIBUTE_BEFORE.search(text, before, start))


def named_as_tracer(text: str, start: int, end: int) -> bool:
    """Whether an imaging word follows the name at ``start:end`` or a tracer's word precedes it.

    >>> named_as_tracer("[11C]PK11195 PET showed", 5, 12), named_as_tracer("PK11195 reduced pain", 0, 7)
    (True, False)
    >>> named_as_tracer("the radioligand raclopride", 16, 26), named_as_tracer("the D2 ligand raclopride", 14, 24)
    (True, False)
    """
    return bool(_IMAGING_AFTER.match(text, end, end + 24)) or text.endswith(_TRACER_ENDS, 0, start)
