"""Negation scope and hedge detection (ipkg.extract.negation) on real sentences of the corpora.

Each sentence names its source: ``seeds/<file>``, ``dev/raw/<file>`` (../shared/corpus/dev/raw), ``BC5CDR <set>
<PMID>`` (../shared/corpus/external/bc5cdr/CDR_*.PubTator.txt), ``ASReview <file>`` (the ASReview CSVs); the
others are invented to pin one rule.
"""

from __future__ import annotations

import pytest

from ipkg.extract.negation import (
    hedge_cues,
    is_hedged,
    is_negated,
    negation_cues,
    negation_scopes,
)

#: dev/raw/21796103.txt
TNF_NOT_REDUCED = (
    "Meta-analysis of these studies showed that, overall, while pharmacological antidepressant treatment reduced "
    "depressive symptoms, it did not reduce serum levels of TNFα."
)
#: dev/raw/21796103.txt
SSRI_MAY_REDUCE = (
    "Stratified subgroup analysis by class of antidepressant indicated that serotonin reuptake inhibitors may reduce "
    "levels of IL-6 and TNFα."
)
#: dev/raw/20719303.nbib
NO_WORK_HAS_EXAMINED = (
    "Although inflammatory activity is known to play a role in depression, no work has examined whether "
    "experimentally induced systemic inflammation alters neural activity that is associated with anhedonia, a key "
    "diagnostic symptom of depression."
)
#: dev/raw/23850810.nbib (title)
TSPO_NOT_ELEVATED = (
    "The neuroinflammation marker translocator protein is not elevated in individuals with mild-to-moderate "
    "depression: a [¹¹C]PBR28 PET study."
)
#: BC5CDR Training 869641
PIMOZIDE = (
    "Pimozide did not affect the actions of L-dopa on blood pressure and heart rate but completely blocked the "
    "enhancement of reflexes."
)
#: BC5CDR Training 322550
NITROPRUSSIDE = (
    "Nitroprusside caused significant decreases in arterial blood pressure and systemic vascular resistance and "
    "increases in heart rate, but did not change cardiac output or QS/QT."
)
#: ASReview AtypicalAntipsychotics.csv.gz (record 3, PMID 10072410)
CLOZAPINE = (
    "Clozapine, at daily doses of 50 mg or less, is safe and significantly improves drug-induced psychosis without "
    "worsening parkinsonism."
)
#: dev/raw/hiles-antidepressant-inflammatory-markers-ma.txt
POOLED = (
    "Results: Pooled effect sizes showed a significant decrease in interleukin-6 (n=14, d=−0.42, p=0.02), "
    "marginally significant decrease in C-reactive protein (n=8, d=−0.57, p=0.05) and a non-significant decrease in "
    "interleukin-10 (n=3, d=−0.45, p=0.14) after treatment."
)
#: ASReview Bannach-Brown_2019.csv.gz
VAGOTOMY = (
    "Vagotomy attenuated LPS-induced depression of general activity measured 2 h after treatment but did not alter "
    "the increase in plasma levels of IL-1 beta in response to LPS."
)
#: dev/raw/lisiecka-2015-benemin-protocol.txt
NOT_YET_CERTAIN = (
    "However, it is not yet certain what the extent of the benefit of minocycline in psychosis is and what its "
    "mechanism is."
)
#: seeds/001_959d3a962877fddc.txt
IL2_GROWTH_FACTOR = (
    "IL-2 is a T-cell growth factor which has proven anti-inflammatory efficacy in autoimmune conditions, increasing "
    "thymic production of naïve CD4 + T cells, and possibly correcting the partial T cell defect observed in mood "
    "disorders."
)
#: seeds/001_959d3a962877fddc.txt
IL2_HYPOTHESIS = (
    "This is the first randomised control trial (RCT) evidence supporting the hypothesis that treatment to "
    "strengthen the T cell system could be a successful way to correct the immuno-inflammatory abnormalities "
    "associated with mood disorders, and potentiate antidepressant response."
)
#: seeds/001_959d3a962877fddc.txt
IL2_ACTIVE = (
    "Active treatment significantly potentiated antidepressant response to ongoing SSRI/SNRI treatment in both "
    "diagnostic groups, and expanded the population of T regulatory, T helper 2, and percentage of Naive CD4+/CD8 + "
    "immune cells."
)
#: seeds/002_66f3ee86d2c7e7cf.txt
KEY_ROLE = (
    "Intracellular signaling pathways such as mTOR, GSK3 or eEF2 seem to play a key role and are associated with an "
    "increased synaptic plasticity."
)
#: dev/raw/PMC10137116.txt
LPS_UNCLEAR = (
    "LPS preconditioning is an effective agent in anti-inflammation and neuroprotection, but the mechanism by which "
    "LPS preconditioning acts in depression remain unclear."
)
#: dev/raw/PMC9941891.txt
QUESTION = (
    "Question: Does adjunctive treatment with 20 mg/d of simvastatin lead to an improvement in depressive symptoms in "
    "adults with treatment-resistant depression?"
)
#: dev/raw/mcintyre-2019-infliximab-bipolar.txt
OBJECTIVE = (
    "Objective: To assess the antidepressant efficacy of adjunctive infliximab, a monoclonal antibody targeting tumor "
    "necrosis factor, in adults with bipolar I and bipolar II depression and inflammatory conditions."
)
#: dev/raw/gougol-2015-simvastatin-fluoxetine.txt
SEEMS_SAFE = (
    "In conclusion, simvastatin seems to be a safe and effective adjuvant therapy for patients suffering from major "
    "depressive disorder."
)


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.find(word)
    assert start >= 0, f"{word!r} not in {text!r}"
    return start, start + len(word)


# ---------------------------------------------------------------- negation scope
@pytest.mark.parametrize(
    ("sentence", "word", "negated"),
    [
        ("No serious adverse effect was observed.", "adverse effect", True),  # seeds/001_959d3a962877fddc.txt
        ("No serious adverse event was reported during this trial.", "adverse event", True),  # dev/raw/gougol-...
        (TNF_NOT_REDUCED, "reduced", False),  # the cue governs the second clause only
        (TNF_NOT_REDUCED, "TNFα", True),
        (NO_WORK_HAS_EXAMINED, "play a role", False),  # "no work has examined" does not deny the first clause
        (TSPO_NOT_ELEVATED, "elevated", True),
        (TSPO_NOT_ELEVATED, "PET study", False),
        ("Naloxone alone did not affect either blood pressure or heart rate.", "affect", True),  # BC5CDR 227508
        # ASReview Bannach-Brown_2019.csv.gz: a negated governing verb denies itself, not the increase it governs
        (VAGOTOMY, "alter", True),
        (VAGOTOMY, "increase", False),
        ("The NO/cGMP pathway was involved.", "involved", False),  # invented: NO is nitric oxide
        # BC5CDR Test: "have never been reported" reaches back over its subject
        (("Bilateral basal ganglia infarcts after the use of cocaine, without concurrent heroin use, have never "
          "been reported."), "cocaine", True),
        (PIMOZIDE, "blocked", False),  # "but" ends the scope
        (PIMOZIDE, "affect", True),
        (NITROPRUSSIDE, "decreases", False),
        (NITROPRUSSIDE, "cardiac output", True),
        (CLOZAPINE, "improves", False),  # "without" negates what follows it only
        (CLOZAPINE, "worsening", True),
        # ASReview Bannach-Brown_2019.csv.gz: neither ... nor
        ("Nattoesse did not inhibit the production of TNF-alpha nor did it prevent lethal shock.", "prevent", True),
        (POOLED, "interleukin-10", True),  # only the non-significant decrease is denied
        (POOLED, "interleukin-6", False),
        ("IL-6 levels remained unchanged after ketamine infusion.", "IL-6", True),  # invented: a backward cue
        ("Ketamine raised IL-10, whereas IL-6 remained unchanged.", "IL-10", False),  # invented
        ("Not only IL-6 but also TNF was elevated.", "elevated", False),  # invented: a pseudo cue
        (NOT_YET_CERTAIN, "benefit", False),  # "not yet certain" is uncertainty, not denial
    ],
)
def test_negation_scope(sentence: str, word: str, negated: bool) -> None:
    assert is_negated(sentence, [_span(sentence, word)]) is negated, negation_scopes(sentence)


def test_a_list_of_masked_mentions_stays_in_scope() -> None:
    # the shape of dev/raw/21796103.txt with masked mentions: "did not reduce A, B or C"
    text = "It did not reduce levels of §§§§, §§§§ or §§§§§."
    assert is_negated(text, [_span(text, "§§§§§")])
    # an unmasked comma ends the scope
    text = "It did not reduce weight, and IL-6 rose."
    assert not is_negated(text, [_span(text, "IL-6")])


def test_scope_is_bounded_in_words() -> None:
    text = "No " + " ".join(f"w{i}" for i in range(30)) + " IL-6."
    assert not is_negated(text, [_span(text, "IL-6")])


def test_cues_list_their_direction() -> None:
    cues = negation_cues("IL-6 was unchanged but TNF did not rise.")
    assert [c.direction for c in cues] == ["backward", "forward"]


# ---------------------------------------------------------------- hedging
@pytest.mark.parametrize(
    ("sentence", "start_word", "end_word", "hedged"),
    [
        (SSRI_MAY_REDUCE, "serotonin", "TNFα", True),
        ("Inflammatory processes may contribute to psychiatric disorders and suicide.", "Inflammatory", "suicide",
         True),  # dev/raw/PMC6289219.txt
        (SEEMS_SAFE, "simvastatin", "disorder", True),
        ("Schizophrenia is likely to be associated with immunological abnormalities.", "Schizophrenia",
         "abnormalities", True),  # dev/raw/28285148.txt
        (IL2_GROWTH_FACTOR, "IL-2", "autoimmune conditions", False),  # "possibly" governs the last clause only
        (IL2_GROWTH_FACTOR, "IL-2", "mood disorders", True),
        (IL2_HYPOTHESIS, "immuno", "mood disorders", True),
        (IL2_ACTIVE, "Active", "T regulatory", False),
        (KEY_ROLE, "mTOR", "key role", True),
        (LPS_UNCLEAR, "LPS preconditioning acts", "depression", True),  # a hedge after the statement
        (LPS_UNCLEAR, "LPS", "neuroprotection", False),
        (QUESTION, "simvastatin", "treatment-resistant", True),  # a question asserts nothing
        (OBJECTIVE, "infliximab", "bipolar I", True),  # an aim
        (NOT_YET_CERTAIN, "minocycline", "psychosis", True),
        ("IL-6 may rise in mania; however, ketamine reduced IL-6.", "ketamine", "IL-6.", False),  # invented
    ],
)
def test_hedging(sentence: str, start_word: str, end_word: str, hedged: bool) -> None:
    start = _span(sentence, start_word)[0]
    end = sentence.rfind(end_word) + len(end_word) if start_word != end_word else _span(sentence, end_word)[1]
    assert is_hedged(sentence, start, end) is hedged, hedge_cues(sentence)


def test_could_not_is_a_negation_not_a_hedge() -> None:
    text = "Ketamine could not reduce IL-6."
    assert not is_hedged(text, 0, len(text) - 1)
    assert is_negated(text, [_span(text, "reduce")])


def test_a_trend_is_a_hedge() -> None:
    # ../shared/corpus/design/raw: "There was a trend for clozapine to be more effective than the others for
    # positive symptoms" (a trend is not a significant result)
    t = "There was a trend for clozapine to be more effective than the others for positive symptoms."
    assert is_hedged(t, t.find("clozapine"), len(t) - 1)
    t = "Clozapine was more effective than the others for positive symptoms."
    assert not is_hedged(t, 0, len(t) - 1)
