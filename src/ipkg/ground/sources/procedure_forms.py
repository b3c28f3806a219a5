"""Standard wordings of therapeutic procedures (round 18a): the MeSH therapy and surgery headings (E02, F04, E04)
and MAxO's therapies the lexicon already has, also named as English names a procedure:

* **head noun's synonyms**: "<X> Transplantation" (MeSH or MAxO) is also "<X> transplant", "transplantation of
  (the) <X>" ("bone marrow transplant", "transplantation of fecal microbiota") and (round 19l) the gerund
  "transplanting (the) <X>" ("transplanting fecal microbiota"; not where X ends in an adjective, "Penile"); a MeSH "<X> Therapy" is also "<X>
  treatment" ("electroconvulsive treatment", "music treatment"; MeSH's own entry terms pair them so: Acupuncture
  Treatment), not where X is itself an Intervention's name (MAxO's "<drug> therapy" rows are left alone: "ARB
  treatment" stays the drug class);
* **the first word's adjective**: a MeSH heading "<noun> <rest>" is also "<adjective> <rest>" ("Diet Therapy" ->
  "dietary therapy", "Behavior Therapy" -> "behavioral therapy", "Hormone Replacement Therapy" -> "hormonal
  replacement therapy"): English derivation (noun + -ary, -al, -ic; a final -e, -y or -ie dropped), kept only
  where the adjective begins some MeSH heading (so no word is coined) and the rest begins with no function word
  ("Correction of ...").

Tried and rejected: a permuted entry's head ("Microbiota Transplantation, Fecal" -> "microbiota transplantation"):
most heads are a wider procedure ("Drug Administration, Mass", "Cell Separation, Immunomagnetic"); the reverse
derivation (adjective -> noun: "Complementary Therapies" -> "complement therapies") coins other words' names.

A form is added only where no row of any class has the name and one concept alone writes it
(:func:`.chemical_forms.sole_writers`), as a ``derived`` row with its concept's flags.
"""

from __future__ import annotations

import re

from ..lexicon import LexiconRow
from ..variants import name_key
from .chemical_forms import sole_forms
from .interventions import THERAPY_TREES

__all__ = ["procedure_forms", "head_forms", "derived_words"]

#: MeSH's therapy trees (:data:`.interventions.THERAPY_TREES`: E02, psychotherapy F04.754, ...) and surgery (E04):
#: headings of procedures done to treat or to test
PROCEDURE_TREES = THERAPY_TREES + ("E04",)
#: a name's head noun and its English synonyms
_TRANSPLANT = re.compile(r"^(?P<x>.+) transplantation$", re.IGNORECASE)
_THERAPY = re.compile(r"^(?P<x>.+) therapy$", re.IGNORECASE)
#: an adjective's ending: "<X> Transplantation" whose X ends so names a kind of transplant, no thing transplanted
#: ("Autologous", "Penile", "Fecal")
_ADJECTIVE_END = re.compile(r"(?:al|ic|ous|ile|ary)$", re.IGNORECASE)
#: a "<X> Therapy" whose X is a drug word: MAxO's "<class> agent therapy" (its own variants, .expand)
_DRUG_WORD = re.compile(r"\b(?:drugs?|agents?|medications?)$", re.IGNORECASE)
#: a function word opening the rest of a name (no adjective goes before it)
_FUNCTION_WORD = re.compile(r"^(?:of|and|or|to|for|with|in|on|by)\b", re.IGNORECASE)
#: noun -> adjective endings: (noun ending, adjective ending)
_DERIVATIONS = (("", "ary"), ("", "al"), ("e", "al"), ("y", "ical"), ("ie", "ic"), ("ion", "ional"))


def head_forms(name: str, therapy: bool = True) -> list[str]:
    """The head noun's synonyms of a procedure name ("<X> treatment" only with ``therapy``).

    >>> head_forms("Bone Marrow Transplantation")[:3]
    ['Bone Marrow transplant', 'transplantation of Bone Marrow', 'transplantation of the Bone Marrow']
    >>> head_forms("Bone Marrow Transplantation")[3:], head_forms("Autologous Transplantation")[3:]
    (['transplanting Bone Marrow', 'transplanting the Bone Marrow'], [])
    >>> head_forms("Acupuncture Therapy"), head_forms("SSRI agent therapy")
    (['Acupuncture treatment'], [])
    """
    m = _TRANSPLANT.match(name)
    if m:
        x = m.group("x")
        gerunds = [] if _ADJECTIVE_END.search(x) else [f"transplanting {x}", f"transplanting the {x}"]
        return [f"{x} transplant", f"transplantation of {x}", f"transplantation of the {x}", *gerunds]
    m = _THERAPY.match(name)
    if therapy and m and not _DRUG_WORD.search(m.group("x")) and "treatment" not in m.group("x").lower():
        return [f"{m.group('x')} treatment"]
    return []


def derived_words(word: str, vocabulary: set[str]) -> list[str]:
    """The adjectives English derives from the noun ``word`` that ``vocabulary`` (the first words of MeSH's
    headings) holds.

    >>> derived_words("Diet", {"dietary", "dietal"}), derived_words("Hormone", {"hormonal"})
    (['dietary', 'dietal'], ['hormonal'])
    """
    low = word.lower()
    out = [low[: len(low) - len(noun_end)] + adjective_end for noun_end, adjective_end in _DERIVATIONS
           if low.endswith(noun_end) and len(low) - len(noun_end) > 2]
    return [w for w in dict.fromkeys(out) if w != low and w in vocabulary]


def procedure_forms(mesh: dict[str, dict], rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of the module docstring for the Intervention rows of MeSH therapy and procedure headings
    (:data:`PROCEDURE_TREES`) and of MAxO (transplantations only)."""
    vocabulary = {record["name"].split()[0].lower() for record in mesh.values()}
    agents = {name_key(r.name) for r in rows if r.cls == "Intervention"}

    def forms_of(row: LexiconRow, record: dict | None) -> list[str]:
        if record is None and not row.curie.startswith("MAXO:"):
            return []
        if record is not None and not any(t.startswith(PROCEDURE_TREES) for t in record["trees"]):
            return []
        therapy = _THERAPY.match(row.name)
        forms = head_forms(row.name, record is not None and not (therapy and name_key(therapy.group("x")) in agents))
        first, _, rest = row.name.partition(" ")
        if record is not None and row.syntype == "label" and rest and not _FUNCTION_WORD.match(rest):
            forms += [f"{word} {rest}" for word in derived_words(first, vocabulary)]
        return forms

    return [row._replace(name=form, syntype="derived") for row, form in sole_forms(rows, mesh, forms_of)]
