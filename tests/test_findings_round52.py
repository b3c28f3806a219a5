"""Round 52 (issue 12): a harm said to be rarer with the drug (named after the harm, "less likely to cause", "a
placebo-level incidence of", "associated infrequently with") or compared with the drug as the yardstick of a word of
more is not its harm; an exacerbation the study treats is the population's disorder, not a harm; a symptom improved
is no harm of the learned model's.

Self-written sentences and short abstracts in the style of the Cohen 2006 psychiatric drug trials, with near misses."""

from __future__ import annotations

import pytest

from ipkg.extract.improved_symptoms import improved_in
from ipkg.extract.lessened_harms import lessened, lessened_after, more_in_yardstick
from ipkg.extract.treated_condition import treated_exacerbation

from tests.test_findings_round43 import _findings


@pytest.mark.parametrize(("sentence", "harm"), [
    ("Sertindole has been reported as less likely to cause EPS than older drugs.", "EPS"),
    ("Clozapine and quetiapine have shown a placebo-level incidence of EPS across the dose range.", "EPS"),
    ("Sertindole is efficacious and is associated infrequently with extrapyramidal symptoms.", "extrapyramidal"),
])
def test_more_wordings_of_a_harm_lessened(sentence: str, harm: str) -> None:
    assert lessened(sentence, sentence.index(harm))


@pytest.mark.parametrize(("sentence", "harm", "subject", "expected"), [
    ("Substantial EPS occurred significantly less frequently among patients taking quetiapine.", "EPS", "quetiapine",
     True),
    ("Tremor was less common with risperidone in the first week.", "Tremor", "risperidone", True),
    # the drug after a word of comparison is the yardstick: it has more
    ("EPS were reported less frequently among the Z groups compared with the haloperidol group.", "EPS",
     "haloperidol", False),
    ("Tremor was less common with Z than with risperidone.", "Tremor", "risperidone", False),
    # the lessening is another clause's
    ("Tremor was reported by 10 patients; sedation was less frequent with risperidone.", "Tremor", "risperidone",
     False),
])
def test_a_harm_named_before_the_arm_with_less(sentence: str, harm: str, subject: str, expected: bool) -> None:
    end = sentence.index(harm) + len(harm)
    assert lessened_after(sentence, end, [sentence.index(subject)]) is expected


@pytest.mark.parametrize(("sentence", "harm", "subject", "expected"), [
    ("New EPS were significantly greater in the haloperidol group than in the olanzapine group.", "EPS",
     "olanzapine", True),
    ("There was a greater incidence of parkinsonism with haloperidol (16.7%) than with 5 mg of olanzapine (0%).",
     "parkinsonism", "olanzapine", True),
    # the subject before "than" has more; a lessening word is lessened()'s to read; the harm named after "than" too
    ("New EPS were significantly greater in the olanzapine group than in the haloperidol group.", "EPS",
     "olanzapine", False),
    ("Olanzapine gave greater improvement and less EPS than haloperidol.", "EPS", "haloperidol", False),
    ("Seizures by Z were a more sensitive measure than seizures induced by haloperidol.", "Seizures", "haloperidol",
     False),
    # no other arm named before "than"; a denied word of more
    ("Hypotension was more pronounced after oral than after intrathecal olanzapine.", "Hypotension", "olanzapine",
     False),
    ("Headache and dizziness were not more frequent than in other studies with olanzapine.", "Headache", "olanzapine",
     False),
])
def test_a_harm_with_the_drug_as_the_yardstick_of_more(sentence: str, harm: str, subject: str,
                                                       expected: bool) -> None:
    starts = [i for i in range(len(sentence)) if sentence.lower().startswith(harm.lower(), i)]
    subjects = [i for i in range(len(sentence)) if sentence.startswith(subject, i)]
    others = [i for drug in ("haloperidol", "Olanzapine", "Z") for i in range(len(sentence))
              if sentence.startswith(drug, i) and drug != subject]
    assert more_in_yardstick(sentence, starts, subjects, others) is expected


def test_a_harm_rarer_with_the_drug_named_after_it_is_not_its_harm() -> None:
    trial = ("Olanzapine versus haloperidol in acute schizophrenia.",
             "Patients with schizophrenia were randomized to olanzapine or haloperidol for 6 weeks. ")
    found = _findings(trial[0], trial[1] + "Extrapyramidal symptoms occurred significantly less frequently among "
                      "patients taking olanzapine.")
    assert not {f for f in found if f[0] == "olanzapine" and f[1] == "hasAdverseEffect"}
    # the yardstick of a word of more keeps no harm; the arm with more keeps its own
    found = _findings(trial[0], trial[1] + "The frequency of new extrapyramidal symptoms was significantly greater in "
                      "the haloperidol group than in the olanzapine group (55% vs. 13%).")
    assert ("haloperidol", "hasAdverseEffect", "basal ganglia disorder", "asserted") in found
    assert not {f for f in found if f[0] == "olanzapine" and f[1] == "hasAdverseEffect"}


@pytest.mark.parametrize(("sentence", "disorder", "expected"), [
    ("Ziprasidone is effective in the treatment of the positive, negative and depressive symptoms of an acute "
     "exacerbation of schizophrenia or schizoaffective disorder.", "schizoaffective", True),
    ("The subjects were 62 patients hospitalized for acute exacerbations of schizophrenia.", "schizophrenia", True),
    ("Patients meeting criteria for acute exacerbation of chronic schizophrenia were enrolled.", "schizophrenia", True),
    # a drug brought the exacerbation about
    ("Olanzapine caused an acute exacerbation of schizophrenia in two patients.", "schizophrenia", False),
    ("An exacerbation of psychosis occurred after treatment with levodopa.", "psychosis", False),
])
def test_an_exacerbation_treated_is_the_population_disorder(sentence: str, disorder: str, expected: bool) -> None:
    assert treated_exacerbation(sentence, sentence.index(disorder)) is expected


def test_an_exacerbation_treated_states_no_harm() -> None:
    found = _findings("Ziprasidone in acute schizophrenia.",
                      "Ziprasidone was compared with placebo in 139 inpatients. The results indicate that ziprasidone "
                      "is effective and well tolerated in the treatment of the positive, negative, and depressive "
                      "symptoms of an acute exacerbation of schizophrenia or schizoaffective disorder.")
    assert not {f for f in found if f[0] == "ziprasidone" and f[1] == "hasAdverseEffect"}


@pytest.mark.parametrize(("sentence", "symptom", "expected"), [
    ("Significantly greater improvement was seen in symptoms of psychosis, hostility and anxiety-depression.",
     "anxiety", True),
    ("X was more effective than Y in lowering the total BPRS score (P=.0003), as well as the subscales: positive "
     "symptoms (P=.0019) and depression (P=.018).", "depression", True),
    ("Greater improvements at week 16 were noted for the X group for FACIT-Fatigue.", "Fatigue", True),
    # a harm word, a contrast or a harm occurring after the symptom keeps the model's harm open
    ("Despite improvement in psychosis, depression emerged in two patients.", "depression", False),
    ("Patients improved on X, but anxiety was reported as an adverse event.", "anxiety", False),
    ("Depression was rated weekly.", "Depression", False),
    ("Long-term valproate at the effective dose revealed neurological disorders.", "neurological", False),
    ("Few achieved relief of NSAID-associated symptoms of pain.", "pain", False),
])
def test_a_symptom_improved_is_no_harm(sentence: str, symptom: str, expected: bool) -> None:
    start = sentence.index(symptom)
    assert improved_in(sentence, start, start + len(symptom)) is expected


def test_a_drug_used_in_the_people_treats_nothing_in_a_sentence_of_no_outcome() -> None:
    title = "Quetiapine in elderly patients with psychotic disorders: a 52-week study."
    abstract = ("Previous studies of quetiapine use in elderly patients with schizophrenia and other psychoses "
                "examined short-term administration. We report a 52-week open-label trial.")
    found = _findings(title, abstract)
    assert not {f for f in found if f[0] == "quetiapine" and f[1] == "treats" and f[2] == "schizophrenia"}
    # an outcome keeps it
    found = _findings(title, "Quetiapine use in elderly patients with schizophrenia improved psychotic symptoms "
                      "significantly over 52 weeks.")
    assert {f for f in found if f[0] == "quetiapine" and f[1] == "treats" and f[2] == "schizophrenia"}
