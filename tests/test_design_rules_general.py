"""Design: general statements about how abstracts describe studies, each on sentences written for the test.

None of these sentences is copied from an abstract of the design set (least of all its held-out third); each
states a way any abstract may describe its study.
"""

from __future__ import annotations

import pytest

from ipkg.extract.annotate import annotate
from ipkg.extract.design import decide_design
from ipkg.extract.design_rules import ask, decide
from ipkg.extract.design_title import title_design
from ipkg.models import Document


def _call(title: str, abstract: str):  # type: ignore[no-untyped-def]
    return decide_design(annotate(Document("x.txt", title, abstract)))


def _rule(title: str, abstract: str) -> str:
    return decide(ask(annotate(Document("x.txt", title, abstract))))[0]


def test_tissue_taken_from_an_animal_is_in_vitro() -> None:
    title = "Drug X blocks potassium currents in cultured rat cortical neurons"
    abstract = ("Whole-cell currents were recorded in cultured rat cortical neurons. Drug X reduced the current "
                "in a concentration-dependent way (p < 0.01).")
    assert _rule(title, abstract) == "InVitroStudy"
    assert _call(title, abstract).design == "InVitroStudy"
    perfused = "Bile flow fell in the isolated perfused rat liver exposed to the toxin (p < 0.05)."
    assert ask(annotate(Document("x.txt", "Toxin and bile flow", perfused))).n("animal") == 0


def test_a_crossover_comparison_with_placebo_is_a_randomised_trial() -> None:
    abstract = ("Twenty patients with schizophrenia were tested while taking their medication and, in crossover "
                "fashion, placebo. We found better recall on medication (p < 0.05).")
    assert _rule("Medication and recall in schizophrenia", abstract) == "RandomizedControlledTrial"


def test_the_open_extension_of_a_trial_is_not_randomised() -> None:
    title = "Drug Y in psychosis: results of the 12-week open label extension"
    abstract = ("Patients who finished the randomized, double-blind phase were all given drug Y for 12 weeks. "
                "We measured symptoms every 4 weeks.")
    assert title_design(title) == "NonRandomizedTrial"
    assert _rule(title, abstract) == "NonRandomizedTrial"
    call = _call(title, abstract)
    assert call.design == "NonRandomizedTrial" and call.evidence == title and call.confidence >= 0.9


def test_a_title_that_says_case_reports_outweighs_the_trials_of_its_patients() -> None:
    title = "Mania during trials of drug Z: case reports"
    abstract = ("This article describes 4 cases of mania. The patients took part in two randomized, double-blind, "
                "placebo-controlled trials of drug Z. Her symptoms resolved after the drug was stopped.")
    assert _rule(title, abstract) == "CaseReport"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        ("Stool acids in three movement disorders",
         "To investigate stool acids among disorder A, disorder B and disorder C. Stool acids were measured in 20 A, "
         "22 B, 18 C and 25 age-matched controls. Acids were lower in all three disorders than in the controls."),
    ],
)
def test_an_aim_stated_as_an_infinitive_is_the_study_s_own(title: str, abstract: str) -> None:
    answers = ask(annotate(Document("x.txt", title, abstract)))
    assert answers.has("self") and answers.has("human")
    assert _rule(title, abstract) != "Review"


def test_studies_included_in_the_first_person_are_a_systematic_review() -> None:
    abstract = ("We reviewed the medical literature for reports of stroke-like episodes after chemotherapy. We only "
                "included studies that gave imaging data. We identified 20 reports.")
    answers = ask(annotate(Document("x.txt", "Stroke-like episodes after chemotherapy", abstract)))
    assert answers.has("systematic") and answers.has("studies")
    assert _rule("Stroke-like episodes after chemotherapy", abstract) == "SystematicReview"


def test_the_constrained_decision_never_calls_a_class_whose_subjects_the_text_does_not_name() -> None:
    doc = annotate(Document("x.txt", "Inflammation and mood", "Here, we propose a new hypothesis of depression."))
    constrained = decide_design(doc, decision="round1")
    assert constrained.design not in ("AnimalStudy", "InVitroStudy", "CaseReport", "MetaAnalysis", "SystematicReview")
    assert constrained.design == "Review"


def test_the_decision_variants_differ_only_where_they_say() -> None:
    doc = annotate(Document("x.txt", "Stress and depression",
                            "Chronic stress induced depression-like behaviour that was reversed by ketamine."))
    # without the class constraints the model's own top class stands (no deferring in model-first): an animal
    # model named without a species word the cues know
    first = decide_design(doc, decision="model-first")
    assert first.design == "AnimalStudy"
    # round 1 keeps an animal study with no subject word only when the model is sure of it (design's stated rule)
    from ipkg.extract.design import _SURE_WITHOUT_SUBJECTS

    assert (decide_design(doc, decision="round1").design == "AnimalStudy") == (
        first.confidence >= _SURE_WITHOUT_SUBJECTS)
    titled = annotate(Document("x.txt", "Minocycline in depression: a randomised controlled trial",
                               "Patients took minocycline or placebo."))
    assert decide_design(titled, decision="model-first").design == "RandomizedControlledTrial"
    assert decide_design(titled, decision="model-first").evidence == titled.document.title
    mice = annotate(Document("x.txt", "Behaviour after endotoxin: a cohort study",
                             "Mice were injected with endotoxin and their behaviour was scored in an open field."))
    assert decide_design(mice, decision="model-first").design == "ObservationalStudy"  # the title decides
    assert decide_design(mice, decision="b803d13").design == "AnimalStudy"  # b803d13 read no title's design


def test_a_randomised_title_is_its_own_study_not_a_review() -> None:
    title = "A double-blind randomised comparison of drug A and drug B in elderly patients with agitation"
    abstract = "Patients were assigned to flexible doses of drug A or drug B for 12 weeks."
    assert _rule(title, abstract) == "RandomizedControlledTrial"


def test_a_class_without_its_subjects_fits_only_a_sure_model() -> None:
    from ipkg.extract.design import DECISIONS, _fits
    from ipkg.extract.design_rules import Answers

    none, round1 = Answers(), DECISIONS["round1"]
    assert not _fits("MetaAnalysis", none, 0.99, round1) and not _fits("CaseReport", none, 0.99, round1)
    # a species or tissue the cues lack: only a sure model calls the study animal or in vitro
    assert _fits("AnimalStudy", none, 0.9, round1) and not _fits("AnimalStudy", none, 0.6, round1)
    assert _fits("ObservationalStudy", none, 0.1, round1)


@pytest.mark.parametrize("decision", ["model-first-subjects-0.8", "model-first-subjects-0.9"])
def test_model_first_with_subjects_needs_a_subject_word_for_animals_and_cells(decision: str) -> None:
    from ipkg.extract.design import DECISIONS, _fits
    from ipkg.extract.design_rules import Answers

    none, how = Answers(), DECISIONS[decision]
    sure = how.subjects_sure
    assert sure is not None
    for cls in ("AnimalStudy", "InVitroStudy"):
        assert not _fits(cls, none, sure - 0.01, how)  # unsure, no subject word: does not fit
        assert _fits(cls, none, sure, how)  # the model is sure enough: it fits without one
        assert _fits(cls, none, 0.0, DECISIONS["model-first"])  # model-first asks for nothing
    # only the subjects' need: a case report or a meta-analysis need not name their words here (round1's do)
    assert _fits("CaseReport", none, 0.0, how) and _fits("MetaAnalysis", none, 0.0, how)
    # the model's unsure animal call of a sentence without subjects gives way to the next most probable class
    no_subject = annotate(Document("x.txt", "Endotoxin and behaviour", "Behaviour was scored after the injection of endotoxin."))
    first, variant = decide_design(no_subject, decision="model-first"), decide_design(no_subject, decision=decision)
    assert first.design == "AnimalStudy" and first.confidence < sure
    assert variant.design not in ("AnimalStudy", "InVitroStudy") and variant.confidence < first.confidence
    # with its subjects named, an animal study stays one
    mice = annotate(Document("x.txt", "Endotoxin and behaviour",
                             "Mice were injected with endotoxin and their behaviour was scored in an open field."))
    assert ask(mice).has("animal")
    assert decide_design(mice, decision=decision).design == decide_design(mice, decision="model-first").design


@pytest.mark.parametrize("abstract", [
    "In this study, patients who refused the injection were given the oral drug; 25 patients took each treatment.",
    "In this study, 40 outpatients received drug A or drug B according to patient preference, and we rated "
    "symptoms weekly.",
    "In this study, a convenience sample of 30 inpatients was treated with drug A and compared with 30 historical "
    "controls.",
    "In this study, patients were alternately allocated to drug A or to usual care and followed for 8 weeks.",
])
def test_groups_chosen_by_patients_or_the_calendar_are_not_randomised(abstract: str) -> None:
    answers = ask(annotate(Document("x.txt", "Drug A in psychosis", abstract)))
    assert answers.has("not_randomised") and not answers.has("randomised")
    assert decide(answers)[0] == "NonRandomizedTrial"  # the rules' class, a feature of the model with the answer


def test_one_group_measured_before_and_after_treatment_was_assigned() -> None:
    abstract = ("In this study, twenty inpatients took drug A for six weeks. Symptoms were rated at baseline (week 0) "
                "and after six weeks of treatment.")
    answers = ask(annotate(Document("x.txt", "Drug A in depression", abstract)))
    assert answers.has("assigned")
    assert decide(answers)[0] == "NonRandomizedTrial"


def test_a_single_blind_design_alone_is_no_randomised_comparison() -> None:
    # single-blind: the investigators gave the treatment, the patients did not know which; nothing says random
    abstract = "In this single-blind study, 12 patients received placebo for two weeks and then drug A for six weeks."
    answers = ask(annotate(Document("x.txt", "Drug A in anxiety", abstract)))
    assert not answers.has("blinded") and answers.has("assigned")
    double = "In this double-blind study, patients received drug A or placebo for six weeks."
    assert ask(annotate(Document("x.txt", "Drug A in anxiety", double))).has("blinded")


def test_a_fixed_non_random_order_is_not_randomised() -> None:
    # a blinded, placebo-controlled comparison counts as randomised, unless the text says its order was not random
    abstract = ("Sixteen inpatients were studied on their usual drug, on the drug plus an add-on, and after the "
                "add-on was stopped, in a fixed, non-random order and under double-blind, placebo-controlled "
                "conditions. Symptoms fell with the add-on (p < 0.01).")
    assert _rule("An add-on in resistant psychosis", abstract) == "NonRandomizedTrial"
    # "non-random" about something other than allocation says nothing of the design
    other = ask(annotate(Document("x.txt", "", "The variants showed a non-random distribution across the genome.")))
    assert not other.has("not_randomised")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        ("Drug X depresses synaptic responses in the rabbit hippocampal slice",
         "Using a rabbit hippocampal slice preparation, we recorded field potentials before and after drug X. "
         "Drug X reduced their amplitude by 30% (p < 0.01)."),
        ("Pentobarbital and neuronal firing in the developing brainstem",
         "Brainstem slices from P8 to P18 rats were used to record spontaneous firing during exposure to "
         "pentobarbital. Firing fell with age (p < 0.05)."),
        ("An oxidant lowers force in skeletal muscle",
         "We studied intact bundles and permeabilized single fibers of the diaphragm. The oxidant lowered maximal "
         "force by 20% in the permeabilized fibers (p < 0.05)."),
    ],
)
def test_slices_and_fibres_of_animal_tissue_are_in_vitro(title: str, abstract: str) -> None:
    assert _rule(title, abstract) == "InVitroStudy"


def test_a_patient_group_or_counted_cases_are_no_single_patient() -> None:
    # "the patient" is one patient; "the patient group", "the patient sample" and a case-control design are not
    grouped = ("Volumes were measured in eleven patients and twenty controls. Mean volume in the patient group was "
               "lower than in the controls.")
    assert ask(annotate(Document("x.txt", "Brain volume after overdose", grouped))).n("case") == 0
    single = "The patient was admitted with fever. The patient recovered after the drug was stopped."
    assert ask(annotate(Document("x.txt", "Fever after drug X", single))).n("case") >= 2
    # cases found in records or biopsies are counted, cases a report describes are described
    found = "We reviewed all biopsies of the period. Four cases of vasculitis were found among 40 recipients."
    assert ask(annotate(Document("x.txt", "Vasculitis after transplantation", found))).n("case") == 0
    described = "Four cases of vasculitis after drug X are described."
    assert ask(annotate(Document("x.txt", "Vasculitis after drug X", described))).n("case") == 1


@pytest.mark.parametrize("abstract", [
    "Drug Y was added to the superfusing solution and reduced the compound action potential (p < 0.05).",
    "Bath application of ion Z blocked transmission at the end plate (p < 0.01).",
    "Ion Z was studied on frog nerve-muscle preparations; it blocked transmission (p < 0.01).",
    "Slices were kept in artificial cerebrospinal fluid; drug Y reduced the potentials (p < 0.05).",
    "Strips were mounted in organ baths filled with Krebs solution; drug Y relaxed them (p < 0.05).",
    "Stimulation of the nerve to the isolated stellate ganglion was recorded; drug Y reduced it (p < 0.05).",
    "Uptake of dopamine by synaptosomal fractions fell with drug Y (p < 0.05).",
])
def test_the_apparatus_of_tissue_kept_outside_the_body_is_in_vitro(abstract: str) -> None:
    answers = ask(annotate(Document("x.txt", "Drug Y and transmission", abstract)))
    assert answers.has("cells")
    assert decide(answers)[0] == "InVitroStudy"


def test_a_bath_or_an_isolated_group_of_living_animals_is_no_tissue() -> None:
    abstract = ("Rats received drug V intraperitoneally for 14 days and were tested in the forced swim test; "
                "isolated housing of the rats raised immobility (p < 0.05). A water bath kept the temperature.")
    answers = ask(annotate(Document("x.txt", "Drug V in stressed rats", abstract)))
    assert not answers.has("cells")
    assert decide(answers)[0] == "AnimalStudy"


@pytest.mark.parametrize("abstract", [
    "A MEDLINE computer literature search was conducted to retrieve all studies of drug W in adults.",
    "Clinical trials of drug W published between 1990 and 2010 were identified and their results compared.",
])
def test_a_search_stated_as_done_is_systematic(abstract: str) -> None:
    answers = ask(annotate(Document("x.txt", "Drug W in adults", abstract)))
    assert answers.has("systematic")
    assert _rule("Drug W in adults", abstract) == "SystematicReview"


def test_laboratory_work_in_the_passive_voice_is_no_review() -> None:
    abstract = ("The actions of ion Z were studied on isolated nerve-muscle preparations of the frog. "
                "Bath application of ion Z blocked transmission within minutes.")
    assert _rule("Ion Z at the end plate", abstract) == "InVitroStudy"
    # a review of such work still is one
    review = "Studies of ion Z on isolated nerve-muscle preparations are reviewed; in culture it blocks release."
    assert _rule("Ion Z at the end plate", review) == "Review"


def test_a_randomised_experiment_on_animals_alone_is_an_animal_study() -> None:
    abstract = ("Twelve adult dogs were randomly assigned to drug X or saline in a double-blind, placebo-controlled "
                "crossover; heart rate fell on drug X.")
    doc = annotate(Document("x.txt", "Drug X and heart rate", abstract))
    assert decide_design(doc).design == "AnimalStudy"
    assert decide_design(doc, decision="model-first-people").design == "AnimalStudy"
    # with people named too, the guard says nothing: the model's call stands
    people = annotate(Document("x.txt", "Drug X and heart rate", abstract.replace("adult dogs", "adult patients")))
    assert decide_design(people).design == decide_design(people, decision="model-first").design


def _stub_model(top: str, p_top: float, second: str, p_second: float):  # type: ignore[no-untyped-def]
    """A model whose probabilities are fixed (bias only, no features): ``top`` at ``p_top``, ``second`` at
    ``p_second``, the rest shared out."""
    import math

    from ipkg.extract.design_model import DesignModel

    classes = ("AnimalStudy", "CaseReport", "InVitroStudy", "MetaAnalysis", "NonRandomizedTrial", "ObservationalStudy",
               "RandomizedControlledTrial", "Review", "SystematicReview")
    rest = (1.0 - p_top - p_second) / (len(classes) - 2)
    p = {c: p_top if c == top else p_second if c == second else rest for c in classes}
    return DesignModel(classes, tuple(math.log(p[c]) for c in classes), {}, {})


def test_the_rules_reading_of_the_subjects_stands_against_an_unsure_model() -> None:
    """Between animal and in vitro work the rules read the subjects' own words (an isolated organ, a bath of
    Krebs solution); an unsure model's other call gives way, a sure one's stands, and no other pair is touched."""
    from ipkg.extract.design import _RULES_STAND_SURE

    tissue = annotate(Document("x.txt", "Drug Q and gastric secretion",
                               "Stomachs were isolated from male rats and perfused with Krebs solution; drug Q was "
                               "added to the perfusate and acid output fell."))
    assert decide(ask(tissue))[0] == "InVitroStudy"
    unsure = _stub_model("AnimalStudy", _RULES_STAND_SURE - 0.1, "InVitroStudy", 0.15)
    call = decide_design(tissue, unsure)
    assert call.design == "InVitroStudy" and call.confidence == 0.15  # the confidence says the model doubted it
    assert decide_design(tissue, unsure, decision="model-first-people").design == "AnimalStudy"
    sure = _stub_model("AnimalStudy", _RULES_STAND_SURE + 0.05, "InVitroStudy", 0.1)
    assert decide_design(tissue, sure).design == "AnimalStudy"
    # the other way round: living animals the rules read, an unsure in vitro call
    living = annotate(Document("x.txt", "Drug Q and behaviour",
                               "We gave male rats drug Q intraperitoneally; immobility in the forced swim test fell "
                               "(p < 0.01)."))
    assert decide(ask(living))[0] == "AnimalStudy"
    assert decide_design(living, _stub_model("InVitroStudy", 0.6, "AnimalStudy", 0.3)).design == "AnimalStudy"
    # another pair: the model's call stands however unsure
    assert decide_design(living, _stub_model("ObservationalStudy", 0.4, "AnimalStudy", 0.3)).design == \
        "ObservationalStudy"


def test_a_trial_that_says_it_was_not_randomised_stays_so_against_an_unsure_randomised_call() -> None:
    """An abstract that says its groups were not randomised: the rules' non-randomised trial stands against a
    randomised call the model is not sure of. People merely given a treatment (open-label) keep the model's call
    (that variant was measured and not used), and so does the other way round (the rules read randomisation)."""
    from ipkg.extract.design import _RULES_STAND_SURE

    stated = annotate(Document("x.txt", "Drug Q or psychotherapy in depression",
                               "Forty outpatients chose drug Q or psychotherapy; the groups were not randomized. "
                               "Depression scores fell in both (p < 0.01)."))
    assert decide(ask(stated)) == ("NonRandomizedTrial", "not_randomised")
    unsure = _stub_model("RandomizedControlledTrial", _RULES_STAND_SURE - 0.1, "NonRandomizedTrial", 0.2)
    assert decide_design(stated, unsure).design == "NonRandomizedTrial"
    assert decide_design(stated, unsure, decision="model-first-people-subjects-rule").design == \
        "RandomizedControlledTrial"
    sure = _stub_model("RandomizedControlledTrial", _RULES_STAND_SURE + 0.05, "NonRandomizedTrial", 0.1)
    assert decide_design(stated, sure).design == "RandomizedControlledTrial"
    open_label = annotate(Document("x.txt", "Drug Q in resistant depression",
                                   "Twenty outpatients were treated with open-label drug Q for eight weeks; their "
                                   "depression scores fell (p < 0.01)."))
    assert decide(ask(open_label)) == ("NonRandomizedTrial", "assigned")
    assert decide_design(open_label, unsure).design == "RandomizedControlledTrial"
    assert decide_design(open_label, unsure, decision="model-first-people-rules-stand-assigned").design == \
        "NonRandomizedTrial"
    randomised = annotate(Document("x.txt", "Drug Q in depression",
                                   "Forty outpatients were randomly assigned to drug Q or usual care; depression "
                                   "scores fell more on drug Q (p < 0.01)."))
    assert decide(ask(randomised))[0] == "RandomizedControlledTrial"
    assert decide_design(randomised, _stub_model("NonRandomizedTrial", 0.5, "RandomizedControlledTrial", 0.3)
                         ).design == "NonRandomizedTrial"
