"""Who or what was studied: populations (inpatients, outpatients ...), species and animal models."""

from __future__ import annotations

import re

from ..cues import Cue, Folded, fold
from .design_gate import Gated

__all__ = ["CUES", "extract_population", "SPECIES_IRIS"]

_I = re.IGNORECASE

#: NCBITaxon PURLs of the species the rules recognise
SPECIES_IRIS: dict[str, str] = {
    "human": "http://purl.obolibrary.org/obo/NCBITaxon_9606",
    "mouse": "http://purl.obolibrary.org/obo/NCBITaxon_10090",
    "rat": "http://purl.obolibrary.org/obo/NCBITaxon_10116",
    "zebrafish": "http://purl.obolibrary.org/obo/NCBITaxon_7955",
    "rhesus macaque": "http://purl.obolibrary.org/obo/NCBITaxon_9544",
}

# Each cue is a pattern and the literal words every match contains (a Cue skips the search when none occurs).
_POPULATIONS = (
    (Cue(re.compile(r"\binpatients?\b|\bhospitali[sz]ed patients\b", _I), "inpatient", "hospitali"), "inpatients"),
    (Cue(re.compile(r"\boutpatients?\b", _I), "outpatient"), "outpatients"),
    (Cue(re.compile(r"\bhealthy (?:volunteers|participants|subjects|adults|individuals)\b", _I), "healthy "),
     "healthy volunteers"),
    (Cue(re.compile(r"\bhealthy controls?\b|\bcontrol subjects\b|\bnon-?psychiatric controls?\b", _I), "control"),
     "healthy controls"),
    (Cue(re.compile(r"\bchildren\b|\bpaediatric\b|\bpediatric\b", _I), "children", "ediatric"), "children"),
    (Cue(re.compile(r"\badolescents?\b", _I), "adolescent"), "adolescents"),
    (Cue(re.compile(r"\b(?:older|elderly) (?:adults|patients|people)\b|\bthe elderly\b", _I), "older ", "elderly"),
     "older adults"),
    (Cue(re.compile(r"\bpregnan(?:t|cy)\b|\bpostpartum\b|\bperinatal\b", _I), "pregnan", "postpartum", "perinatal"),
     "pregnant or postpartum women"),
    (Cue(re.compile(r"\bveterans\b", _I), "veterans"), "veterans"),
    (Cue(re.compile(r"\bdrug[- ]na[iï]ve\b|\bmedication[- ]free\b|\bunmedicated\b", _I), "drug", "medicat"),
     "drug-naive patients"),
    (Cue(re.compile(r"\bfirst[- ]episode\b", _I), "episode"), "first-episode patients"),
    (Cue(re.compile(r"\bpost[- ]?mortem\b", _I), "mortem"), "post-mortem samples"),
)
_SPECIES = (
    (Cue(re.compile(r"\b(?:mice|mouse|murine|C57BL)", _I), "mice", "mouse", "murine", "c57bl"), "mouse"),
    (Cue(re.compile(r"\b(?:rats?|Sprague[- ]Dawley|Wistar)\b", _I), "dawley", "wistar", words=("rat", "rats")), "rat"),
    (Cue(re.compile(r"\bzebrafish\b", _I), "zebrafish"), "zebrafish"),
    (Cue(re.compile(r"\b(?:rhesus|macaques?)\b", _I), "rhesus", "macaque"), "rhesus macaque"),
)
_HUMAN_WORDS = ("patients", "participants", "volunteers", "inpatients", "outpatients", "women", "men", "adults",
                "children", "adolescents", "human", "humans")
_HUMAN = Cue(re.compile(rf"\b(?:{'|'.join(_HUMAN_WORDS[:-2])}|humans?)\b", _I), words=_HUMAN_WORDS)
#: animal models of depression and neuroinflammation, by their established names
_MODELS = (
    (Cue(re.compile(r"\bchronic social defeat(?: stress)?\b|\brepeated social defeat\b|\bsocial defeat stress\b", _I),
         "social defeat"), "social defeat stress"),
    (Cue(re.compile(r"\bchronic unpredictable (?:mild )?stress\b|\bCUMS\b|\bchronic mild stress\b|\bCMS\b", _I),
         "chronic unpredictable", "cums", "chronic mild stress", "cms"), "chronic mild stress"),
    (Cue(re.compile(r"\bchronic restraint stress\b|\brestraint stress\b", _I), "restraint stress"), "restraint stress"),
    (Cue(re.compile(r"\blearned helplessness\b", _I), "learned helplessness"), "learned helplessness"),
    (Cue(re.compile(r"\bmaternal separation\b", _I), "maternal separation"), "maternal separation"),
    (Cue(re.compile(r"\bolfactory bulbectomy\b", _I), "olfactory bulbectomy"), "olfactory bulbectomy"),
    (Cue(re.compile(r"\bsocial isolation\b", _I), "social isolation"), "social isolation"),
    (Cue(re.compile(r"\b(?:LPS|lipopolysaccharide)[- ](?:induced|challenged|treated)\b", _I), "lps", "lipopolysaccharide"),
     "lipopolysaccharide challenge"),
    (Cue(re.compile(r"\bforced swim(?:ming)? test\b", _I), "forced swim"), "forced swim test"),
    (Cue(re.compile(r"\btail suspension test\b", _I), "tail suspension test"), "tail suspension test"),
)

#: every cue of this module, for a caller's :class:`~ipkg.extract.design_gate.CueGate`
CUES = tuple(cue for cue, _ in _POPULATIONS + _SPECIES + _MODELS) + (_HUMAN,)


def extract_population(text: str, design: str | None, view: Folded | None = None, gated: Gated | None = None
                       ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Populations, species labels and animal models named in ``text``, each sorted and distinct.

    ``view`` is ``fold(text)`` when the caller has it already; ``gated`` its cues found by a gate holding
    :data:`CUES`.

    >>> extract_population("36 inpatients with MDD were randomised", "RandomizedControlledTrial")
    (('inpatients',), ('human',), ())
    """
    if design in ("Review", "SystematicReview", "MetaAnalysis"):
        return (), (), ()
    view = view if view is not None and view.text == text else fold(text)
    search = gated.search if gated is not None and gated.view is view else (lambda cue: cue.search(view))
    populations = sorted({name for cue, name in _POPULATIONS if search(cue)})
    species = {name for cue, name in _SPECIES if search(cue)}
    if design != "AnimalStudy" and design != "InVitroStudy" and search(_HUMAN):
        species.add("human")
    models = sorted({name for cue, name in _MODELS if search(cue)}) if species - {"human"} else []
    return tuple(populations), tuple(sorted(species)), tuple(models)
