"""What is not known, stated as a sentence of its own (round 37, issue 12): a gap in the evidence is no finding.

Background and conclusions name a drug and a disorder when they say that the evidence on the pair is thin or still
to come, and the relation readers take the pair for a claim ("The preliminary data evaluating the efficacy of X in Y
are still very limited", read as X treats Y). The sentence claims nothing of the pair when it says:

* the evidence is thin or missing: data, evidence, studies, trials, information or literature "are (still)
  (very / largely) limited, scarce, sparse, lacking, insufficient, not (yet) available" ("Double-blind controlled
  studies with X in the long-term treatment of Y are still largely not available"); "there is a lack / paucity /
  dearth / absence of (controlled) trials ..."; "little is known about ...";
* a study is wanted: "(controlled) studies of X in Y appear / seem warranted" (the outlooks "are needed" and
  "further studies ..." are :data:`ipkg.extract.outcomes._OUTLOOK`'s);
* the study's own limit: "the short period of this trial limits inferences about adverse effects such as Y".

Divided evidence ("evidence on X for Y is conflicting / mixed / inconclusive") is presented, not missing: it stays
hedged (:mod:`ipkg.extract.unclaimed`). A sentence that also reports a result (:data:`~ipkg.extract.study_acts.
RESULT_WORDS`: "Although X is effective in Y, data on its long-term use are limited") keeps its finding; the caller
(:func:`ipkg.extract.study_acts.design_parts`) applies that guard.
"""

from __future__ import annotations

import re

__all__ = ["GAP"]

_F = re.IGNORECASE
#: what holds evidence
_EVIDENCE = r"(?:data|evidence|studies|trials|RCTs|information|research|literature|reports?|experience)"
#: thin or missing
_THIN = (r"(?:still\s+|so\s+far\s+|currently\s+|to\s+date\s+)?(?:very\s+|largely\s+|extremely\s+|rather\s+|"
         r"relatively\s+|quite\s+|scarcely\s+)?(?:limited|scarce|sparse|lacking|insufficient|meag(?:er|re)|missing|"
         r"not\s+(?:yet\s+)?available|unavailable)\b")
#: a statement of a gap, an outlook with "warranted" or the study's own limit anywhere in a sentence
GAP = re.compile(
    rf"\b{_EVIDENCE}\b[^;:]{{0,200}}?\b(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+{_THIN}|"
    r"\bthere\s+(?:is|are|was|were|remains?|has\s+been)\s+(?:an?\s+)?(?:\w+\s+)?(?:lack|paucity|dearth|absence|"
    r"shortage)\s+of\b|"
    r"\blittle\s+is\s+(?:yet\s+)?known\b|"
    r"\b(?:studies|trials|research|investigations?)\b[^;:]{0,160}?\b(?:appears?|seems?)\s+(?:to\s+be\s+)?warranted\b|"
    r"\blimits?\s+(?:the\s+)?(?:inferences?|conclusions?|generali[sz]ability|interpretations?)\b",
    _F,
)
