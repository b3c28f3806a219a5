"""The words of change and the lists of masked mentions that the relations on targets share
(:mod:`ipkg.extract.relation_targets`, :mod:`ipkg.extract.relation_modulation`, :mod:`ipkg.extract.relation_lists`)."""

from __future__ import annotations

import re

from .negation import MASK
from .relation_conditions import POPULATION
from .relation_context import _F

__all__ = ["DOWN_WORDS", "FOUND_IN_GROUP", "LIST_REST", "MEASURE", "MORE_DOWN_VERBS", "MORE_STATE_WORDS", "MORE_UP_VERBS",
           "NEUTRAL_WORDS", "SUBGROUP_AFTER", "UP_WORDS"]

#: the measure words that may stand around a marker
#: ("densities", round 40: "greater densities of perivascular phagocytes in suicide than in non-suicide deaths")
MEASURE = r"(?:levels?|concentrations?|numbers?|counts?|densit(?:y|ies)|expression|production|release|secretion|activity)"
UP_WORDS = (
    r"elevat\w*|increas\w*|higher|rais(?:ed|e)|activat\w*|overexpress\w*|up-?regulat\w*|hyperactiv\w*|excess\w*|"
    r"greater|enhanc\w*|expan\w*"
)
DOWN_WORDS = (
    r"decreas\w*|reduc\w*|lower|low|defici\w*|defect\w*|deplet\w*|down-?regulat\w*|loss|impair\w*|suppress\w*|"
    r"fewer|diminish\w*"
)
NEUTRAL_WORDS = r"alter\w*|abnormal\w*|dysregulat\w*|dysfunction\w*|aberran\w*|disturb\w*|imbalanc\w*|differ\w*|chang\w*"
#: (round 27) verbs of change an intervention's relation to a cell, cytokine or process is worded with that the
#: modulation triggers (:mod:`ipkg.extract.relation_modulation`) did not know: "X exacerbated neuroinflammation",
#: "X heightened microglial activation", "X facilitates serotonin release" raise; "X hampered neurogenesis", "X
#: halted neuroinflammation", "X disrupted PPI" lower. Verb forms only. Left out: "initiate", "sustain",
#: "prolong", "prime", "sensitize" (no direction of the target's amount), "foster" (its agent is seldom an
#: intervention: "the registry fostered early detection of ...", 9k corpus read) and the participle "facilitated"
#: (a name of its own: "a blockade of facilitated long-term depression", 9k corpus read)
MORE_UP_VERBS = (
    r"exacerbat(?:e|es|ed|ing)|aggravat(?:e|es|ed|ing)|worsen(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|"
    r"heighten(?:s|ed|ing)?|exaggerat(?:e|es|ed|ing)|facilitat(?:e|es|ing)|"
    r"spur(?:s|red|ring)?|fuel(?:s|led|ed|ling|ing)?|accelerat(?:e|es|ed|ing)"
)
MORE_DOWN_VERBS = (
    r"halt(?:s|ed|ing)?|quench(?:es|ed|ing)?|abat(?:e|es|ed|ing)|imped(?:e|es|ed|ing)|hamper(?:s|ed|ing)?|"
    r"hinder(?:s|ed|ing)?|disrupt(?:s|ed|ing)?|compromis(?:e|es|ed|ing)|retard(?:s|ed|ing)?|curtail(?:s|ed|ing)?"
)
#: their participles used as adjectives name a state of the target that a verb before acts on: "X attenuated the
#: exaggerated IL-6 response" (X lowers IL-6), "X restored disrupted neurogenesis"
MORE_STATE_WORDS = (r"exaggerated|heightened|exacerbated|aggravated|intensified|augmented|disrupted|compromised|"
                    r"accelerated")
#: the rest of a list of masked mentions after one of them, and the list before one ("A, B and C")
LIST_REST = re.compile(rf"(?:\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?{MASK}+(?!{MASK}))*", _F)
#: ... followed, after the marker's list, by the population with the disorder: "(levels) (were found) in patients
#: with", "in the serum of patients with"
FOUND_IN_GROUP = re.compile(
    rf"^\s*(?:(?:levels?|concentrations?|expression|counts?)\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been)\s+"
    rf"(?:\w+ly\s+)?(?:found|observed|seen|detected|reported|noted|present|evident|measured|shown)\s+)?"
    rf"(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?:of\s+)?{POPULATION}\s+(?:with|who\s+(?:had|have)|"
    rf"diagnosed\s+with|suffering\s+from)\s+(?:[\w-]+\s+){{0,2}}?)?$",
    _F,
)
#: the disorder's own subgroup follows: "in patients with Y who did not respond", "Y non-responders"
SUBGROUP_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:who|whose|that|treated|receiving|taking|(?:non-?)?responders?|(?:non-?)?remitters?|"
    r"with\s+(?:high|low)|with\s+and\s+without)\b",
    _F,
)
