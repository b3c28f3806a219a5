"""Sample size: the general ways abstracts state (or only seem to state) how many subjects a study had.

Every sentence here is written for the test (none is copied from the design set's held-out third or any abstract).
"""

from __future__ import annotations

import pytest

from ipkg.extract.annotate import annotate
from ipkg.extract.numbers import parse_number
from ipkg.extract.sample_size import extract_sample_size
from ipkg.models import Document


def _size(abstract: str, design: str = "ObservationalStudy", title: str = "A study") -> int | None:
    value, evidence = extract_sample_size(annotate(Document("x.txt", title, abstract)), design)
    assert (value is None) == (evidence is None)
    if evidence is not None:
        assert evidence in abstract or evidence in title  # verbatim
    return value


def test_numbers_in_words_with_thousands() -> None:
    assert parse_number("One thousand two hundred and five") == 1205
    assert parse_number("three thousand") == 3000
    assert _size("Two thousand and forty adults were surveyed.") == 2040


@pytest.mark.parametrize(
    ("abstract", "size"),
    [
        # a count of something else before the subjects' noun
        ("Three doses were given to rats in the morning.", None),
        ("Twelve weeks in patients with asthma were observed.", None),
        ("Of the cohort, 15 of the patients relapsed later.", None),
        # an outcome, not the sample
        ("After the infusion 3 rabbits died of hypotension.", None),
        # a count and its parts: the parts are not added
        ("We studied 50 adults (20 men and 30 women) in a clinic.", 50),
        ("We compared 40 carriers, including 15 people with symptoms, with 30 healthy controls.", 70),
        # groups listed before the noun
        ("Stool samples were collected from 20 AD, 25 MCI, and 30 healthy controls.", 75),
    ],
)
def test_what_counts_as_the_sample(abstract: str, size: int | None) -> None:
    assert _size(abstract) == size


def test_a_count_per_group_times_the_groups() -> None:
    assert _size("Twenty patients were enrolled in each group. The two groups did not differ in age.",
                 "NonRandomizedTrial") == 40
    assert _size("The drug and placebo arms (each n = 25) were compared.", "NonRandomizedTrial") == 50
    # the number of groups is not stated: no total
    assert _size("Ten mice per group were exposed to stress.", "AnimalStudy") is None


def test_another_sample_in_a_later_sentence_adds() -> None:
    abstract = ("Twelve volunteers were given the drug for a week. Another 12 volunteers received placebo. "
                "Sleep improved in 5 volunteers.")
    assert _size(abstract, "NonRandomizedTrial") == 24


def test_a_sample_newly_recruited_in_a_later_sentence_adds() -> None:
    abstract = ("Initially, thirty patients and thirty healthy controls were recruited in the first experiment. "
                "Subsequently, sixty patients were newly recruited and randomly assigned to the drug or placebo.")
    assert _size(abstract, "RandomizedControlledTrial") == 120
    # a count that is the same sample again, or newly diagnosed patients, adds nothing
    same = "Forty patients were enrolled. The forty patients were randomly assigned to two arms."
    assert _size(same, "RandomizedControlledTrial") == 40
    diagnosed = "Forty patients were enrolled. Of these, 12 newly diagnosed patients were given the drug."
    assert _size(diagnosed, "NonRandomizedTrial") == 40


def test_a_first_person_sentence_describes_the_study() -> None:
    # whatever role the sentence model gives it, "we gave ... to 9 dogs" is the study's sample
    assert _size("We gave the drug to 9 dogs. Vomiting occurred in 4 dogs.", "AnimalStudy") == 9


def test_case_reports_of_the_n_cases() -> None:
    abstract = "The authors describe two women with tremor and a third patient. In 2 of the 3 cases lithium was used."
    assert _size(abstract, "CaseReport") == 3


def test_pooled_analysis_by_arm() -> None:
    abstract = "Data came from 9 trials. Patients received the drug (n = 800) or comparators (n = 600)."
    assert _size(abstract, "MetaAnalysis") == 1400
    assert _size(abstract, "Review") is None


def test_pooled_counts_of_studies_are_no_sample() -> None:
    abstract = "Pooled effect sizes showed a decrease in IL-6 (n=14, d=-0.4) and in CRP (n=8, d=-0.5)."
    assert _size(abstract, "MetaAnalysis") is None


def test_groups_of_n_animals() -> None:
    assert _size("The rats were divided into four groups of 10 rats each.", "AnimalStudy") == 40
    assert _size("Mice were assigned to three groups. Each group consisted of 12 mice.", "AnimalStudy") == 36
    # the number of groups is not stated: no total
    assert _size("Each group consisted of 12 mice.", "AnimalStudy") is None


def test_parallel_sentences_about_disjoint_samples_are_summed() -> None:
    abstract = ("A national database identified children treated with growth hormone. In the first cohort, there were "
                "120 patients who took stimulants and 900 who did not. In the second cohort there were 80 patients "
                "who took stimulants and 600 who did not. In the first cohort, growth was slower.")
    assert _size(abstract) == 1700
    # arms given sentence by sentence add up too
    arms = "In the drug group, 30 patients were enrolled. In the placebo group, 28 patients were enrolled."
    assert _size(arms, "RandomizedControlledTrial") == 58
    # the same cohort again, or a sentence that is not parallel, adds nothing
    again = "In the first cohort, 40 patients were enrolled. In the first cohort, 12 patients were women."
    assert _size(again) == 40
    other = "In the first cohort, 40 patients were enrolled. Later, 12 patients were seen again."
    assert _size(other) == 40


def test_arms_counted_in_eyes_are_no_sample() -> None:
    from ipkg.extract.design import extract_study_facts

    abstract = ("In a prospective randomised study we compared two eye drops. Eyes were randomly assigned to "
                "apraclonidine (26 eyes), pilocarpine (23 eyes) or both (26 eyes).")
    facts = extract_study_facts(annotate(Document("x.txt", "A study", abstract)))
    assert facts.arms and all(arm.size is None for arm in facts.arms)
    assert facts.sample_size is None
    people = "Patients were randomly assigned to fluoxetine (n = 20) and placebo (n = 22)."
    facts = extract_study_facts(annotate(Document("x.txt", "A study", people)))
    assert [arm.size for arm in facts.arms] == [20, 22]


@pytest.mark.parametrize(
    ("abstract", "design", "size"),
    [
        # a further group the sentence adds to its total
        ("A total of 45 adults with migraine, along with 30 age-matched controls, were recruited.",
         "ObservationalStudy", 75),
        ("We recruited a total of 60 patients with psoriasis and 40 healthy controls.", "ObservationalStudy", 100),
        ("A total of 90 patients (40 men and 50 women) took part.", "ObservationalStudy", 90),
        ("Eleven trials were included, involving a total of 300 patients with gout and 250 healthy controls.",
         "MetaAnalysis", 550),
        # parts after "including" are not further groups
        ("Blood was drawn from 70 patients, including 45 with type 1 and 25 with type 2 diabetes.",
         "ObservationalStudy", 70),
        # a total of several groups is not a count per group: "four groups of inpatients (n = 61)"
        ("By their response, four groups of inpatients (n = 61) were operationally defined.", "ObservationalStudy", 61),
        ("Mice (n = 8 per group) were given the drug; the three groups differed.", "AnimalStudy", 24),
        # who completed or responded is an outcome of the sample, not the sample
        ("Sixty patients were randomly assigned to two doses. Fifty-five patients completed the trial.",
         "RandomizedControlledTrial", 60),
        ("Of the 40 patients, 30 entered the extension.; Six subjects (15%) responded to the first dose.",
         "NonRandomizedTrial", 40),
        # farm animals are subjects too, and groups of one count are summed
        ("Three male and five female Holstein calves with the anomaly were examined.", "AnimalStudy", 8),
    ],
)
def test_totals_parts_and_completers(abstract: str, design: str, size: int | None) -> None:
    assert _size(abstract, design) == size


@pytest.mark.parametrize(
    "abstract",
    [
        "In a clinical trial involving 310 children with ADHD, the new formulation was better than placebo.",
        "The XYZ trial is a large randomized trial of the comparative effects of drug A and drug B involving 900 "
        "patients at high risk.",
    ],
)
def test_a_review_does_not_take_one_trial_for_a_pooled_total(abstract: str) -> None:
    assert _size(abstract, "Review") is None


def test_an_added_sample_is_no_total_of_its_own() -> None:
    # the first experiment's animals are not counted: twelve more are not the sample
    assert _size("In the first experiment, intact ewes were housed in two rooms. In the second, 12 additional "
                 "ewes were blinded.", "AnimalStudy") is None
    # ... but they add to a sample that was counted
    assert _size("We studied 30 patients with gout. Ten additional patients were recruited later.") == 40


def test_an_animal_study_counts_its_animals_not_people() -> None:
    abstract = ("We followed transgenic mice and their littermates for six months. Stool samples of 40 patients "
                "with the disease and 35 healthy controls were sequenced for comparison.")
    assert _size(abstract, "AnimalStudy") is None
    assert _size("We gave the drug to 24 rats and saline to 12 rats.", "AnimalStudy") == 36
    assert _size(abstract, "ObservationalStudy") == 75


@pytest.mark.parametrize(
    ("abstract", "size"),
    [
        ("Two cases of liver adenoma and one of nodular hyperplasia in young women taking the pill are reported.", 3),
        ("Four patients with drug-induced seizures are described. All recovered.", 4),
        ("A 60-year-old woman developed renal failure after the infusion.", 1),
    ],
)
def test_the_cases_a_report_says_are_reported(abstract: str, size: int) -> None:
    assert _size(abstract, "CaseReport") == size


def test_an_animal_study_that_names_no_animal_keeps_its_count_of_people() -> None:
    # the design call is doubtful when no animal is named: the people counted are the best reading
    assert _size("The drug and placebo were given in random order to 9 healthy volunteers.", "AnimalStudy") == 9


def test_groups_counted_in_samples_or_tissue_are_no_sample_of_subjects() -> None:
    # the n of a group list counts what the list names: here segments of tissue, not animals or people
    tissue = ("Rats were killed after four weeks, and control (n = 9) and treated arterial segments (n = 11) were "
              "collected for histology.")
    assert _size(tissue, "AnimalStudy") is None
    people = "Patients given drug X (n = 18) and patients given placebo (n = 16) were compared."
    assert _size(people, "NonRandomizedTrial") == 34


def test_people_counted_by_sex() -> None:
    assert _size("Nine females and 12 males, aged 30-60 years, underwent brain imaging.") == 21
    assert _size("Forty males and 35 females with asthma took part in the survey.") == 75


def test_a_breakdown_after_a_colon_is_part_of_the_count() -> None:
    listed = ("The study will recruit 120 females in four groups: (1) 30 controls; (2) 30 participants with "
              "asthma; (3) 30 participants with eczema and (4) 30 participants with both.")
    assert _size(listed) == 120
    assert _size("Participants: 50 patients with asthma and 40 healthy controls were enrolled.") == 90


@pytest.mark.parametrize("abstract, size", [
    ("Eight inpatient and 12 outpatient adults with bipolar disorder took drug X for six weeks.", 20),
    ("Memory was tested in six untreated and 15 treated patients with psychosis, and 10 healthy controls.", 31),
    # a unit or a preposition before "and" makes the number no count of the noun
    ("After 12 weeks and 40 patients enrolled, the trial was stopped early.", 40),
    ("Three times and 25 volunteers: the task was repeated in each session.", 25),
])
def test_a_first_group_joined_by_and_shares_the_counted_noun(abstract: str, size: int) -> None:
    assert _size(abstract) == size


def test_a_total_before_groups_that_add_up_to_it_is_not_counted_twice() -> None:
    abstract = ("Children with ADHD (n = 120) were randomized to placebo (n = 40), drug A (n = 41) or drug B "
                "(n = 39) for four weeks.")
    assert _size(abstract, "RandomizedControlledTrial") == 120
    # two groups of one size are no total and its part
    assert _size("We compared 30 patients with depression and 30 healthy controls.") == 60
    # groups that do not add up to the first are further groups (round 8: a first group equal to the sum of the
    # others is their total whatever words join them, so "(n = 40) and (n = 25) and (n = 15)" is now 40)
    assert _size("Patients (n = 40) and controls (n = 25) and siblings (n = 12) were tested.") == 77


def test_every_part_listed_after_including_is_a_part_of_the_total() -> None:
    assert _size("Stool was collected from 80 adults, including 40 patients with depression and 40 healthy "
                 "controls.") == 80
    assert _size("Blood came from 50 people, including 20 patients (PT) and 30 healthy controls (HC), after "
                 "consent.") == 50
    # a group after the parts, not joined to them, still adds
    assert _size("We enrolled 62 patients, including 39 with A and 23 with B, and 30 healthy controls.") == 92
