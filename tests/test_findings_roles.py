"""What a study tested apart from what it found (issue 12), on real sentences: dev abstracts end to end (the
shipped lexicon), and single sentences from the dev set and BC5CDR training with hand-placed mentions.

Each text names its source: ``dev/raw/<file>`` (../shared/corpus/dev/raw) or ``BC5CDR train <pmid>``.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from ipkg.extract import extract_document
from ipkg.extract.annotate import annotate
from ipkg.extract.findings import extract_findings, read_study
from ipkg.extract.negation import is_hedged
from ipkg.models import Concept, Document, Finding, Mention
from ipkg.pipeline import iter_documents
from tests.constants import DEV_RAW

needs_dev = pytest.mark.skipif(not DEV_RAW.is_dir(), reason="../shared/corpus/dev is not available")
OBO = "http://purl.obolibrary.org/obo/"
FLUOXETINE = Concept(OBO + "CHEBI_5118", "fluoxetine", "Intervention")
ANTIDEPRESSANT = Concept(OBO + "CHEBI_35469", "antidepressant", "Intervention")
SSRI = Concept(OBO + "CHEBI_50949", "serotonin uptake inhibitor", "Intervention")
MINOCYCLINE = Concept(OBO + "CHEBI_50694", "minocycline", "Intervention")
LPS = Concept(OBO + "CHEBI_16412", "lipopolysaccharide", "Intervention")
KETAMINE = Concept(OBO + "CHEBI_6121", "ketamine", "Intervention")
PARKINSON = Concept(OBO + "MONDO_0005180", "Parkinson disease", "Disorder")
MOTOR = Concept(OBO + "HP_0001270", "motor delay", "Phenotype")
DEPRESSION = Concept(OBO + "MONDO_0002050", "depressive disorder", "Disorder")
IL6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin 6", "Cytokine")


def _dev(name: str):  # type: ignore[no-untyped-def]
    (doc,) = list(iter_documents([str(DEV_RAW / name)]))
    return extract_document(doc)


def _rows(findings: Iterable[Finding]) -> set[tuple[str, str, str, bool, bool]]:
    return {(f.subject.label.lower(), f.predicate, f.obj.label.lower() if f.obj else "", f.negated, f.hedged)
            for f in findings}


def _run(text: str, terms: list[tuple[str, Concept]], title: str = "") -> tuple[Finding, ...]:
    mentions, at = [], 0
    for term, concept in terms:
        at = text.index(term, at)
        mentions.append(Mention("abstract", at, at + len(term), term, concept))
        at += len(term)
    return extract_findings(Document("t.txt", title, text), mentions)


# ---------------------------------------------------------------- trials: tested is not found
@needs_dev
def test_negative_trial_gives_a_negated_claim_never_an_asserted_one() -> None:
    # dev/raw/33504955.nbib: "Changes in HAM-D-17 scores and the proportion of partial responders did not differ
    # between study arms." The title ("Augmentation therapy with minocycline in treatment-resistant depression")
    # and the aim say what was tested
    extraction = _dev("33504955.nbib")
    treats = [f for f in extraction.findings if f.predicate in ("treats", "potentiates") and f.subject.label == "minocycline"]
    assert treats and all(f.negated for f in treats), _rows(treats)
    assert {f.role for f in treats} <= {"results", "conclusions"}
    assert any("did not differ between study arms" in f.evidence for f in treats)
    assert [c.label for c in extraction.pico.interventions] == ["minocycline"]
    assert extraction.pico.conditions  # treatment-resistant depression


@needs_dev
def test_not_beneficial_trial_and_its_title() -> None:
    # dev/raw/PMC9941891.txt: "Effect of Adjunctive Simvastatin on Depressive Symptoms Among Adults With
    # Treatment-Resistant Depression" (title) ... "simvastatin was not superior to placebo" (findings)
    extraction = _dev("PMC9941891.txt")
    simvastatin = [f for f in extraction.findings if f.subject.label == "simvastatin" and f.predicate == "treats"]
    assert simvastatin and all(f.negated and f.role != "title" for f in simvastatin), _rows(simvastatin)
    assert "simvastatin" in [c.label for c in extraction.pico.interventions]


@needs_dev
def test_positive_trial_asserts_from_its_results() -> None:
    # dev/raw/gougol-2015-simvastatin-fluoxetine.txt: "Simvastatin-treated patients experienced significantly more
    # reductions in HDRS scores compared to the placebo group"; fluoxetine is what simvastatin was added to
    extraction = _dev("gougol-2015-simvastatin-fluoxetine.txt")
    rows = _rows(extraction.findings)
    assert ("simvastatin", "treats", "major depressive disorder", False, False) in rows
    assert ("simvastatin", "potentiates", "fluoxetine", False, False) in rows
    assert not any(f.subject.label == "fluoxetine" and f.predicate == "treats" for f in extraction.findings)
    assert [c.label for c in extraction.pico.background] == ["fluoxetine"]
    assert not any(f.role in ("title", "objective", "methods") for f in extraction.findings)


@needs_dev
def test_protocol_and_aims_give_no_claim() -> None:
    # dev/raw/lisiecka-2015-benemin-protocol.txt: "We present a protocol for a ... trial entitled The Benefit of
    # Minocycline on Negative Symptoms of Psychosis" and its title: tested, not found
    extraction = _dev("lisiecka-2015-benemin-protocol.txt")
    assert not any(f.role in ("title", "objective", "methods") for f in extraction.findings)
    assert not any("protocol" in f.evidence for f in extraction.findings)


def test_null_result_wordings_of_trials_negate() -> None:
    title = "Minocycline in treatment-resistant depression: a randomised placebo-controlled trial"
    for result in ("Minocycline was not superior to placebo.", "There was no significant improvement with minocycline "
                   "compared with placebo.", "Minocycline failed to separate from placebo.",
                   "Response rates were comparable to placebo."):
        doc = Document("t.txt", title, result, sections=(("RESULTS", 0, len(result)),))
        mentions = [Mention("title", 0, 11, "Minocycline", MINOCYCLINE),
                    Mention("title", 15, 45, "treatment-resistant depression", DEPRESSION)]
        mentions += [Mention("abstract", m.start(), m.end(), "Minocycline", MINOCYCLINE)
                     for m in __import__("re").finditer("(?i)minocycline", result)]
        findings, pico = read_study(annotate(doc, mentions), "RandomizedControlledTrial")
        assert pico.interventions == (MINOCYCLINE,) and pico.conditions == (DEPRESSION,), result
        assert _rows(findings) == {("minocycline", "treats", "depressive disorder", True, False)}, (result, findings)
    # the title alone asserts nothing: it says what was tested
    alone = annotate(Document("t.txt", title, ""), mentions[:2])
    findings, pico = read_study(alone, "RandomizedControlledTrial")
    assert findings == () and pico.interventions == (MINOCYCLINE,)


# ---------------------------------------------------------------- roles, hedges, appositions, augmentation
def test_apposition_class_word_and_drug_is_the_drug(monkeypatch) -> None:
    # BC5CDR train 8423889. The rules' reading is asserted: the CID model's doubt (round 19, RULE_FLOOR) may drop the
    # pair the rules state from this one sentence (its condition is the population's disorder), which is no role
    from ipkg.extract import cid_model

    monkeypatch.setattr(cid_model, "RULE_FLOOR", 0.0)
    text = ("We report the increased amount of motor disability in four patients with idiopathic Parkinson's disease "
            "after exposure to the antidepressant fluoxetine.")
    findings = _run(text, [("motor disability", MOTOR), ("Parkinson's disease", PARKINSON),
                           ("antidepressant", ANTIDEPRESSANT), ("fluoxetine", FLUOXETINE)])
    subjects = {f.subject for f in findings}
    assert FLUOXETINE in subjects and ANTIDEPRESSANT not in subjects, _rows(findings)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Minocycline augmentation of antidepressants improved depressive symptoms.", "Minocycline", "antidepressants"),
    ("Antidepressants augmented with minocycline improved depressive symptoms.", "minocycline", "Antidepressants"),
])
def test_augmentation_order_the_add_on_potentiates(text: str, first: str, second: str) -> None:
    concept = {"minocycline": MINOCYCLINE, "antidepressants": ANTIDEPRESSANT}
    terms = sorted([(first, concept[first.lower()]), (second, concept[second.lower()])], key=lambda t: text.index(t[0]))
    findings = _run(text, terms)
    potentiates = {(f.subject, f.obj) for f in findings if f.predicate == "potentiates"}
    assert potentiates == {(MINOCYCLINE, ANTIDEPRESSANT)}, _rows(findings)


def test_induced_state_is_an_adverse_effect_and_derived_is_no_subject() -> None:
    # dev/raw/PMC10137116.txt (abridged): an experimentally induced state is the inducer's adverse effect
    text = "Ketamine reversed LPS-induced depressive-like behavior in mice."
    findings = _run(text, [("Ketamine", KETAMINE), ("LPS", LPS), ("depressive", DEPRESSION)])
    rows = _rows(findings)
    assert ("lipopolysaccharide", "hasAdverseEffect", "depressive disorder", False, False) in rows
    assert not any(f.subject == LPS and f.predicate == "treats" for f in findings)
    text = "LPS-derived signals increased IL-6 in microglia."
    assert not any(f.subject == LPS for f in _run(text, [("LPS", LPS), ("IL-6", IL6)]))


@pytest.mark.parametrize("sentence", [
    "It is thought that IL-6 contributes to depression.",
    "These data raise the hypothesis that IL-6 contributes to depression.",
    "IL-6 seems to contribute to depression.",
    "If confirmed, IL-6 would contribute to depression.",
])
def test_hedges_beyond_may(sentence: str) -> None:
    start = sentence.index("IL-6")
    assert is_hedged(sentence, start, sentence.index("depression") + len("depression"))


def test_a_model_of_a_state_is_an_adverse_effect_and_except_denies() -> None:
    # ../shared/corpus/design/raw/L267.txt and L029.txt (read in the hand reading of docs/findings.md)
    text = ("Our results suggest that repeated intermittent LPS injections to female mice may be a useful model of "
            "chronic depression.")
    rows = _rows(_run(text, [("LPS", LPS), ("depression", DEPRESSION)]))
    assert rows == {("lipopolysaccharide", "hasAdverseEffect", "depressive disorder", False, True)}
    text = "Olanzapine had a significantly greater direct effect than placebo on all SANS dimensions except anhedonia."
    at = text.index("anhedonia")
    from ipkg.extract.negation import is_negated

    assert is_negated(text, [(at, at + len("anhedonia"))])
    text = "There was no change except in IL-6, which rose."
    assert not is_negated(text, [(text.index("IL-6"), text.index("IL-6") + 4)])


@needs_dev
def test_an_arm_assigned_in_the_methods_keeps_the_null_sentence_about_the_trial() -> None:
    # dev/raw/25802980.txt: tested "omega-3 fatty acids" (title); the methods randomise to "eicosapentaenoic acid
    # (EPA)-enriched n-3 ..., docosahexaenoic acid (DHA)-enriched n-3 ... or placebo"; the results: "Although
    # overall treatment group differences were negligible (...), subjects with any 'high' inflammation improved
    # more on EPA than placebo". EPA is an arm of the trial, not another intervention: the null result decides
    rows = _rows(f for f in _dev("25802980.txt").findings if f.predicate == "treats")
    assert ("omega-3 fatty acid", "treats", "major depressive disorder", True, False) in rows
    assert not any(r[1] == "treats" and not r[3] and not r[4] for r in rows)


def test_short_of_significance_hedges_its_own_trigger_only() -> None:
    # dev/raw/hiles-antidepressant-inflammatory-markers-ma.txt, shortened
    from ipkg.extract.negation import short_of_significance

    text = ("Pooled effect sizes showed a significant decrease in interleukin-6 (n=14, p=0.02), marginally "
            "significant decrease in C-reactive protein (n=8, p=0.05)")
    assert short_of_significance(text, text.rfind("decrease"))
    assert not short_of_significance(text, text.find("decrease"))
    text = "with a trend toward return to baseline by 5 hours postdose"  # BC5CDR train 19729346 (a hedge)
    assert short_of_significance(text, text.find("return"))


@needs_dev
def test_an_appositive_defining_the_drug_by_its_target_is_a_fact_even_in_an_aim() -> None:
    # dev/raw/mcintyre-2019-infliximab-bipolar: "Objective: To assess the antidepressant efficacy of adjunctive
    # infliximab, a monoclonal antibody targeting tumor necrosis factor, in adults with bipolar I and bipolar II
    # depression and inflammatory conditions." The aim says what was tested (no treats claim); the appositive
    # says what infliximab is
    (name,) = [p.name for p in DEV_RAW.iterdir() if p.name.startswith("mcintyre-2019")]
    findings = [f for f in _dev(name).findings if f.role == "objective"]
    assert _rows(findings) == {("infliximab", "modulates", "tumor necrosis factor", False, False)}


@needs_dev
def test_a_review_choosing_its_studies_states_no_finding() -> None:
    # dev/raw/33784356: "Results: We retrieved five randomized controlled trials meeting our inclusion criteria: four
    # used a statin in addition to an antidepressant" (which trials were read, not that statins potentiate)
    (name,) = [p.name for p in DEV_RAW.iterdir() if p.name.startswith("33784356")]
    assert not [f for f in _dev(name).findings if "inclusion criteria" in f.evidence]
    # the same sentence with hand-placed mentions, and a search sentence (dev/raw/zhou-2017-advther-sirukumab)
    statin = Concept(OBO + "CHEBI_87631", "statin", "Intervention")
    text = ("We retrieved five randomized controlled trials meeting our inclusion criteria: four used a statin in "
            "addition to an antidepressant.")
    assert _run(text, [("statin", statin), ("antidepressant", ANTIDEPRESSANT)]) == ()
    text = "Four trials showed that a statin in addition to an antidepressant improved depressive symptoms."
    assert _run(text, [("statin", statin), ("antidepressant", ANTIDEPRESSANT)])  # a result is still read


# ---------------------------------------------------------------- round 2: comparisons, appositions, add-ons
OLANZAPINE = Concept(OBO + "CHEBI_7735", "olanzapine", "Intervention")
HALOPERIDOL = Concept(OBO + "CHEBI_5613", "haloperidol", "Intervention")
QUETIAPINE = Concept(OBO + "CHEBI_8707", "quetiapine", "Intervention")
CLOZAPINE = Concept(OBO + "CHEBI_3766", "clozapine", "Intervention")
LEVODOPA = Concept(OBO + "CHEBI_15765", "levodopa", "Intervention")
CELECOXIB = Concept(OBO + "CHEBI_41423", "celecoxib", "Intervention")
SERTRALINE = Concept(OBO + "CHEBI_9123", "sertraline", "Intervention")
SCHIZOPHRENIA = Concept(OBO + "MONDO_0005090", "schizophrenia", "Disorder")
PSYCHOSIS = Concept(OBO + "MONDO_0002025", "psychotic disorder", "Disorder")


def test_an_apposition_gives_its_claim_to_the_drug_it_describes() -> None:
    # written after design/raw/L075.txt and BC5CDR train 20880751 ("Levodopa is the most effective drug for the
    # treatment of Parkinson's disease")
    text = ("Quetiapine is a neuroleptic drug with properties close to clozapine, the most effective drug in the "
            "management of psychotic symptoms in patients with Parkinson disease.")
    rows = _rows(_run(text, [("Quetiapine", QUETIAPINE), ("clozapine", CLOZAPINE), ("psychotic", PSYCHOSIS),
                             ("Parkinson disease", PARKINSON)]))
    assert ("clozapine", "treats", "psychotic disorder", False, False) in rows
    assert not any(r[0] == "quetiapine" and r[1] == "treats" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Celecoxib added to sertraline improved the symptoms of depression more than placebo added to sertraline.",
    "Celecoxib as an adjunct to sertraline reduced the symptoms of depression.",
])
def test_the_add_on_is_the_subject_of_the_improvement(text: str) -> None:
    # written for this test (augmentation trials, as in the EI train abstracts of COX-2 add-on therapy)
    terms = [("Celecoxib", CELECOXIB), ("sertraline", SERTRALINE), ("depression", DEPRESSION)]
    rows = _rows(_run(text, terms))
    assert ("celecoxib", "potentiates", "sertraline", False, False) in rows
    assert ("celecoxib", "treats", "depressive disorder", False, False) in rows
    assert not any(r[0] == "sertraline" and r[1] == "treats" for r in rows), rows


COCAINE = Concept(OBO + "CHEBI_27958", "cocaine", "Intervention")
DISULFIRAM = Concept(OBO + "CHEBI_4659", "disulfiram", "Intervention")
ANXIETY = Concept(OBO + "HP_0000739", "Anxiety", "Phenotype")
DYSKINESIA = Concept(OBO + "HP_0100660", "Dyskinesia", "Phenotype")


@pytest.mark.parametrize(("text", "terms", "kept", "wrong"), [
    # written after design/raw/L029.txt: "The significantly greater direct and indirect effects of olanzapine than
    # of haloperidol on negative symptoms are likely related to olanzapine's pleotrophic pharmacology"
    ("The significantly greater effects of olanzapine than of haloperidol on negative symptoms of schizophrenia "
     "are likely related to olanzapine's pharmacology.",
     [("olanzapine", OLANZAPINE), ("haloperidol", HALOPERIDOL), ("schizophrenia", SCHIZOPHRENIA),
      ("olanzapine", OLANZAPINE)], None, ("olanzapine", "schizophrenia")),
    # BC5CDR train 18083142: "Cocaine-induced anxiety was also attenuated in Dbh +/- mice following administration
    # of disulfiram, a dopamine beta-hydroxylase (DBH) inhibitor."
    ("Cocaine-induced anxiety was also attenuated in Dbh +/- mice following administration of disulfiram, a "
     "dopamine beta-hydroxylase inhibitor.", [("Cocaine", COCAINE), ("anxiety", ANXIETY), ("disulfiram", DISULFIRAM)],
     ("cocaine", "anxiety"), ("disulfiram", "anxiety")),
    # BC5CDR train 17532790: "L-DOPA-induced dyskinesia (LID) is among the motor complications that arise in
    # Parkinson's disease (PD) patients after a prolonged treatment with L-DOPA."
    ("L-DOPA-induced dyskinesia is among the motor complications that arise in Parkinson's disease (PD) patients "
     "after a prolonged treatment with L-DOPA.", [("L-DOPA", LEVODOPA), ("dyskinesia", DYSKINESIA),
                                                 ("Parkinson's disease", PARKINSON), ("L-DOPA", LEVODOPA)],
     ("levodopa", "dyskinesia"), ("levodopa", "parkinson disease")),
    # controls: without the effect, the relief or the population, the backward reading of a harm stands
    ("Psychosis was related to levodopa in these patients.", [("Psychosis", PSYCHOSIS), ("levodopa", LEVODOPA)],
     ("levodopa", "psychotic disorder"), None),
    ("Anxiety was reported in mice following administration of disulfiram.",
     [("Anxiety", ANXIETY), ("disulfiram", DISULFIRAM)], ("disulfiram", "anxiety"), None),
])
def test_what_an_effect_acts_on_relieves_or_names_as_population_is_no_harm(
        text: str, terms: list[tuple[str, Concept]], kept: tuple[str, str] | None, wrong: tuple[str, str] | None
) -> None:
    harms = {(r[0], r[2]) for r in _rows(_run(text, terms)) if r[1] == "hasAdverseEffect" and not r[3]}
    assert kept is None or kept in harms, harms
    assert wrong is None or wrong not in harms, harms


IL17 = Concept("http://purl.uniprot.org/uniprot/Q16552", "interleukin 17A", "Cytokine")
TH17 = Concept(OBO + "CL_0000899", "T-helper 17 cell", "ImmuneCell")
MONOCYTE = Concept(OBO + "CL_0000576", "monocyte", "ImmuneCell")
AUTOIMMUNE = Concept(OBO + "MONDO_0007179", "autoimmune disease", "Disorder")


@pytest.mark.parametrize(("text", "terms", "marker"), [
    # written for this test
    ("Interleukin-6, a cytokine mainly produced by monocytes, is elevated in patients with depression.",
     [("Interleukin-6", IL6), ("monocytes", MONOCYTE), ("depression", DEPRESSION)], "interleukin 6"),
    # the wording of a dev background sentence (a cytokine described by the cells that secrete it)
    ("Interleukin-17, a cytokine characteristically secreted by Th17 cells, has attracted increasing attention "
     "because of its importance in the pathogenesis of many autoimmune diseases.",
     [("Interleukin-17", IL17), ("Th17", TH17), ("autoimmune diseases", AUTOIMMUNE)], "interleukin 17a"),
])
def test_a_mention_inside_an_apposition_describes_its_head(text: str, terms: list[tuple[str, Concept]],
                                                            marker: str) -> None:
    found = _run(text, terms)
    assert {f.obj.label.lower() for f in found if f.predicate == "associatedWith" and f.obj} == {marker}, _rows(found)
    # "increasing attention" is said of the research, not of the marker's level
    assert all(f.direction in (None, "increase") for f in found)
    assert "attention" not in text or all(f.direction is None for f in found)
    # without the apposition, both markers of the list are the disorder's
    both = _run("Interleukin-6 and monocytes are elevated in patients with depression.",
                [("Interleukin-6", IL6), ("monocytes", MONOCYTE), ("depression", DEPRESSION)])
    assert {f.obj.label for f in both if f.predicate == "associatedWith" and f.obj} == {"interleukin 6", "monocyte"}


TACROLIMUS = Concept(OBO + "CHEBI_61049", "tacrolimus", "Intervention")
IMMUNOSUPPRESSANT = Concept(OBO + "CHEBI_35705", "immunosuppressive agent", "Intervention")
KIDNEY_INJURY = Concept(OBO + "MONDO_0002492", "acute kidney failure", "Disorder")


@pytest.mark.parametrize("text", [
    # BC5CDR train 11007689 (its wording, with another disease): "Introduction of tacrolimus as an alternative
    # immunosuppressive agent resulted in the recurrence of TMA"
    "Tacrolimus as an alternative immunosuppressive agent caused acute kidney failure.",
    # control: set off by commas, the phrase was already governed by the clause's first subject
    "Tacrolimus, as an alternative immunosuppressive agent, caused acute kidney failure.",
])
def test_a_class_word_after_as_describes_the_drug(text: str) -> None:
    found = _run(text, [("Tacrolimus", TACROLIMUS), ("immunosuppressive agent", IMMUNOSUPPRESSANT),
                        ("acute kidney failure", KIDNEY_INJURY)])
    subjects = {f.subject.label for f in found if f.predicate == "hasAdverseEffect"}
    assert "immunosuppressive agent" not in subjects, _rows(found)
    if "," not in text:
        assert subjects == {"tacrolimus"}, _rows(found)


@pytest.mark.parametrize(("text", "found"), [
    # written for this test
    ("Alterations in §§§§ were found in blood samples of patients with §§§§.", True),
    ("Changes in §§§§, a pleiotropic cytokine, have been reported in individuals who died by §§§§.", True),
    # no change word before the marker, or no population after the finding: not this reading
    ("Levels of §§§§ were found in blood samples of patients with §§§§.", False),
    ("Alterations in §§§§ were found in the brain, and §§§§ was common.", False),
])
def test_a_change_of_a_marker_found_in_the_disorders_population(text: str, found: bool) -> None:
    from ipkg.extract.relations import PairContext, match_relation

    first, second = text.index("§§§§"), text.rindex("§§§§")
    ctx = PairContext(text, (first, first + 4), (second, second + 4), False, first + 4, second)
    assert bool(match_relation(ctx, "Disorder", "Cytokine")) is found


# ---------------------------------------------------------------- comparisons inside one population
MICROGLIA = Concept(OBO + "CL_0000129", "microglial cell", "ImmuneCell")
SCHIZOPHRENIA = Concept(OBO + "MONDO_0005090", "schizophrenia", "Disorder")


@pytest.mark.parametrize("link", ["compared with", "than in", "versus"])
def test_groups_that_both_have_the_condition_state_no_association_with_it(link: str) -> None:
    # written for the rule: both groups compared are people with schizophrenia; the difference is not the disorder's
    text = (f"Microglial density was significantly lower in schizophrenia patients who did not attempt suicide "
            f"{link} schizophrenia patients who attempted suicide.")
    found = _run(text, [("Microglial", MICROGLIA), ("schizophrenia", SCHIZOPHRENIA), ("schizophrenia", SCHIZOPHRENIA)])
    assert not [f for f in found if f.predicate == "associatedWith"], _rows(found)


def test_a_condition_compared_with_controls_keeps_its_association() -> None:
    text = "Microglial density was significantly lower in schizophrenia patients compared with healthy controls."
    found = _run(text, [("Microglial", MICROGLIA), ("schizophrenia", SCHIZOPHRENIA)])
    assert ("schizophrenia", "associatedWith", "microglial cell", False, False) in _rows(found)


@pytest.mark.parametrize("link", ["relative to", "in comparison with", "compared with"])
def test_every_comparator_word_compares_groups_within_the_population(link: str) -> None:
    # written for the rule: the comparator words are the trial readers' (arm_outcomes.COMPARATOR_WORDS), "relative
    # to" among them, and "in comparison with"
    text = f"Microglial density was lower in schizophrenia patients {link} schizophrenia patients treated earlier."
    found = _run(text, [("Microglial", MICROGLIA), ("schizophrenia", SCHIZOPHRENIA), ("schizophrenia", SCHIZOPHRENIA)])
    assert not [f for f in found if f.predicate == "associatedWith"], _rows(found)
