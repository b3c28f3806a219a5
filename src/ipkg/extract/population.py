"""Who or what was studied: populations (inpatients, outpatients ...), species and animal models."""

from __future__ import annotations

import re

__all__ = ["extract_population", "SPECIES_IRIS"]

_I = re.IGNORECASE

#: NCBITaxon PURLs of the species the rules recognise
SPECIES_IRIS: dict[str, str] = {
    "human": "http://purl.obolibrary.org/obo/NCBITaxon_9606",
    "mouse": "http://purl.obolibrary.org/obo/NCBITaxon_10090",
    "rat": "http://purl.obolibrary.org/obo/NCBITaxon_10116",
    "zebrafish": "http://purl.obolibrary.org/obo/NCBITaxon_7955",
    "rhesus macaque": "http://purl.obolibrary.org/obo/NCBITaxon_9544",
}

_POPULATIONS = (
    (re.compile(r"\binpatients?\b|\bhospitali[sz]ed patients\b", _I), "inpatients"),
    (re.compile(r"\boutpatients?\b", _I), "outpatients"),
    (re.compile(r"\bhealthy (?:volunteers|participants|subjects|adults|individuals)\b", _I), "healthy volunteers"),
    (re.compile(r"\bhealthy controls?\b|\bcontrol subjects\b|\bnon-?psychiatric controls?\b", _I), "healthy controls"),
    (re.compile(r"\bchildren\b|\bpaediatric\b|\bpediatric\b", _I), "children"),
    (re.compile(r"\badolescents?\b", _I), "adolescents"),
    (re.compile(r"\b(?:older|elderly) (?:adults|patients|people)\b|\bthe elderly\b", _I), "older adults"),
    (re.compile(r"\bpregnan(?:t|cy)\b|\bpostpartum\b|\bperinatal\b", _I), "pregnant or postpartum women"),
    (re.compile(r"\bveterans\b", _I), "veterans"),
    (re.compile(r"\bdrug[- ]na[iï]ve\b|\bmedication[- ]free\b|\bunmedicated\b", _I), "drug-naive patients"),
    (re.compile(r"\bfirst[- ]episode\b", _I), "first-episode patients"),
    (re.compile(r"\bpost[- ]?mortem\b", _I), "post-mortem samples"),
)
_SPECIES = (
    (re.compile(r"\b(?:mice|mouse|murine|C57BL)", _I), "mouse"),
    (re.compile(r"\b(?:rats?|Sprague[- ]Dawley|Wistar)\b", _I), "rat"),
    (re.compile(r"\bzebrafish\b", _I), "zebrafish"),
    (re.compile(r"\b(?:rhesus|macaques?)\b", _I), "rhesus macaque"),
)
_HUMAN = re.compile(r"\b(?:patients|participants|volunteers|inpatients|outpatients|women|men|adults|children|adolescents|humans?)\b", _I)
#: animal models of depression and neuroinflammation, by their established names
_MODELS = (
    (re.compile(r"\bchronic social defeat(?: stress)?\b|\brepeated social defeat\b|\bsocial defeat stress\b", _I), "social defeat stress"),
    (re.compile(r"\bchronic unpredictable (?:mild )?stress\b|\bCUMS\b|\bchronic mild stress\b|\bCMS\b", _I), "chronic mild stress"),
    (re.compile(r"\bchronic restraint stress\b|\brestraint stress\b", _I), "restraint stress"),
    (re.compile(r"\blearned helplessness\b", _I), "learned helplessness"),
    (re.compile(r"\bmaternal separation\b", _I), "maternal separation"),
    (re.compile(r"\bolfactory bulbectomy\b", _I), "olfactory bulbectomy"),
    (re.compile(r"\bsocial isolation\b", _I), "social isolation"),
    (re.compile(r"\b(?:LPS|lipopolysaccharide)[- ](?:induced|challenged|treated)\b", _I), "lipopolysaccharide challenge"),
    (re.compile(r"\bforced swim(?:ming)? test\b", _I), "forced swim test"),
    (re.compile(r"\btail suspension test\b", _I), "tail suspension test"),
)


def extract_population(text: str, design: str | None) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Populations, species labels and animal models named in ``text``, each sorted and distinct.

    >>> extract_population("36 inpatients with MDD were randomised", "RandomizedControlledTrial")
    (('inpatients',), ('human',), ())
    """
    if design in ("Review", "SystematicReview", "MetaAnalysis"):
        return (), (), ()
    populations = sorted({name for rx, name in _POPULATIONS if rx.search(text)})
    species = {name for rx, name in _SPECIES if rx.search(text)}
    if design != "AnimalStudy" and design != "InVitroStudy" and _HUMAN.search(text):
        species.add("human")
    models = sorted({name for rx, name in _MODELS if rx.search(text)}) if species - {"human"} else []
    return tuple(populations), tuple(sorted(species)), tuple(models)
