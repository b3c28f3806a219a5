"""Objects without a mention, and the main intervention under another sense (ipkg.extract.implicit), on real
sentences of the dev abstracts (``seeds/<file>``, ``dev/raw/<file>``) with mentions built by hand."""

from __future__ import annotations

from ipkg.cues import fold
from ipkg.extract.findings import extract_findings
from ipkg.extract.implicit import IMMUNE_SYSTEM_PROCESS, condition_families, implicit_objects, main_aliases
from ipkg.models import Concept, Document, Mention
from tests.test_findings import (
    ALDESLEUKIN,
    ANTIDEPRESSANT,
    AUTOIMMUNE,
    DEPRESSION,
    IL1B,
    IL6,
    IL2,
    MDD,
    MOOD,
    NAIVE_CD4,
    SIRUKUMAB,
    T_CELL,
    _mentions,
    _rows,
    _run,
)

MENTAL = Concept("http://purl.obolibrary.org/obo/MONDO_0002025", "psychiatric disorder", "Disorder")
INNATE = Concept("http://purl.obolibrary.org/obo/GO_0045087", "innate immune response", "Pathway")
SCHIZOPHRENIA = Concept("http://purl.obolibrary.org/obo/MONDO_0005090", "schizophrenia", "Disorder")
MICROGLIA = Concept("http://purl.obolibrary.org/obo/CL_0000129", "microglial cell", "ImmuneCell")
BD = Concept("http://purl.obolibrary.org/obo/MONDO_0004985", "bipolar disorder", "Disorder")
OLANZAPINE = Concept("http://purl.obolibrary.org/obo/CHEBI_7735", "olanzapine", "Intervention")
HALOPERIDOL = Concept("http://purl.obolibrary.org/obo/CHEBI_5613", "haloperidol", "Intervention")
BENZODIAZEPINE = Concept("http://purl.obolibrary.org/obo/CHEBI_22720", "benzodiazepine", "Intervention")
PHENOTHIAZINE = Concept("http://purl.obolibrary.org/obo/CHEBI_38093", "phenothiazines", "Intervention")
DELIRIUM = Concept("http://purl.obolibrary.org/obo/HP_0031258", "delirium", "Phenotype")


def test_generic_immune_phrases_are_objects() -> None:
    # dev/raw/PMC9941891.txt
    text = ("Immune-metabolic disturbances have been implicated in the pathophysiology of major depressive "
            "disorder and may be more prominent in individuals with treatment-resistant depression (TRD).")
    rows = _rows(_run(text, [("major depressive disorder", MDD)]))
    assert ("major depressive disorder", "associatedWith", "immune system process", None, False, False) in rows
    # seeds/001_959d3a962877fddc.txt: the association is presupposed ("the abnormalities associated with"), the
    # hedge ("could be") is on the treatment, not on it
    text = ("This is the first randomised control trial (RCT) evidence supporting the hypothesis that treatment to "
            "strengthen the T cell system could be a successful way to correct the immuno-inflammatory "
            "abnormalities associated with mood disorders, and potentiate antidepressant response.")
    rows = _rows(_run(text, [("T cell", T_CELL), ("mood disorders", MOOD), ("antidepressant", ANTIDEPRESSANT)]))
    assert ("mood disorder", "associatedWith", "inflammatory response", None, False, False) in rows


def test_a_mention_blocks_the_implicit_object() -> None:
    text = "Immune changes were seen."
    assert [c for _, _, c in implicit_objects(fold(text), [], dict)] == [IMMUNE_SYSTEM_PROCESS]
    assert implicit_objects(fold(text), [(0, 6)], dict) == []  # a mention covers "Immune": the grounder's reading wins


def test_symptoms_stand_for_the_abstracts_disorder_of_their_family() -> None:
    # dev/raw/21796103.txt: "depressive symptoms" in a meta-analysis on major depressive disorder
    text = ("Meta-analysis of these studies showed that, overall, while pharmacological antidepressant treatment "
            "reduced depressive symptoms, it did not reduce serum levels of TNFα in patients with MDD.")
    rows = _rows(_run(text, [("antidepressant treatment", ANTIDEPRESSANT), ("MDD", MDD)]))
    assert ("antidepressant", "treats", "major depressive disorder", None, False, False) in rows
    # no disorder of the family named in the abstract: the symptoms stand for nothing
    rows = _rows(_run(text.replace(" in patients with MDD", ""), [("antidepressant treatment", ANTIDEPRESSANT)]))
    assert not any(r[1] == "treats" for r in rows)


def test_condition_families_pick_the_most_named_disorder() -> None:
    text = "MDD and depression; MDD again; schizophrenia."
    mentions = _mentions(text, "abstract", [("MDD", MDD), ("depression", DEPRESSION), ("schizophrenia", SCHIZOPHRENIA)])
    families = condition_families(mentions)
    assert families["depressive"] == MDD and families["psychotic"] == SCHIZOPHRENIA and "manic" not in families
    text = "Negative symptoms improved."
    assert [(text[s:e], c) for s, e, c in implicit_objects(fold(text), [], lambda: families)] == [("Negative symptoms", SCHIZOPHRENIA)]


def test_pathogenesis_list_before_the_disorder() -> None:
    # dev/raw/zhou-2017-advther-sirukumab.txt
    text = ("Convergent evidence indicates that abnormalities in the innate immune system may be pertinent to the "
            "pathogenesis, phenomenology, and possible treatment of several mental disorders.")
    rows = _rows(_run(text, [("innate immune system", INNATE), ("mental disorders", MENTAL)]))
    assert ("psychiatric disorder", "associatedWith", "innate immune response", None, False, True) in rows


def test_the_main_interventions_name_keeps_its_sense() -> None:
    # seeds/001_959d3a962877fddc.txt: "IL-2" is the drug (aldesleukin) of the trial; the grounder reads it as the
    # cytokine in the background sentence
    title = "Add-on low-dose interleukin 2 (IL-2) in mood disorders"
    abstract = ("Following this line of reasoning we defined an antidepressant potentiation treatment with add-on "
                "low-dose IL-2. IL-2 is a T-cell growth factor which has proven anti-inflammatory efficacy in "
                "autoimmune conditions, increasing thymic production of naïve CD4 + T cells.")
    mentions = _mentions(title, "title", [("interleukin 2 (IL-2)", ALDESLEUKIN), ("mood disorders", MOOD)])
    mentions += _mentions(abstract, "abstract", [("antidepressant", ANTIDEPRESSANT), ("autoimmune conditions", AUTOIMMUNE),
                                                 ("naïve CD4 + T cells", NAIVE_CD4)])
    low_dose = abstract.index("IL-2")
    cytokine = abstract.index("IL-2", low_dose + 1)
    mentions += [Mention("abstract", low_dose, low_dose + 4, "IL-2", ALDESLEUKIN),
                 Mention("abstract", cytokine, cytokine + 4, "IL-2", IL2)]
    rows = _rows(extract_findings(Document("t.txt", title, abstract), mentions))
    assert ("aldesleukin", "decreases", "inflammatory response", "decrease", False, False) in rows
    assert ("aldesleukin", "treats", "autoimmune disease", None, False, False) in rows
    assert ("aldesleukin", "increases", NAIVE_CD4.label, "increase", False, False) in rows
    assert main_aliases(mentions, None) == {}
    assert main_aliases(mentions, ALDESLEUKIN) == {"il-2": ALDESLEUKIN}  # the one word with two senses


def test_a_marker_compared_between_groups() -> None:
    # dev/raw/PMC8510942.txt (the lexicon does not ground "microglial densities" yet: the mention is made here)
    text = ("The estimated microglial densities did not differ significantly between individuals with "
            "schizophrenia, BD and control subjects.")
    rows = _rows(_run(text, [("microglial", MICROGLIA), ("schizophrenia", SCHIZOPHRENIA), ("BD", BD)]))
    assert rows == {("schizophrenia", "associatedWith", "microglial cell", None, True, False),
                    ("bipolar disorder", "associatedWith", "microglial cell", None, True, False)}
    # the same comparison, the difference word before the marker; and a difference that was found
    text = "There was no significant difference in IL-6 levels between patients with MDD and healthy controls."
    assert _rows(_run(text, [("IL-6", IL6), ("MDD", MDD)])) == {
        ("major depressive disorder", "associatedWith", "interleukin 6", None, True, False)}
    text = "IL-6 levels differed significantly between patients with MDD and healthy controls."
    assert _rows(_run(text, [("IL-6", IL6), ("MDD", MDD)])) == {
        ("major depressive disorder", "associatedWith", "interleukin 6", None, False, False)}
    # a comparison of treatment arms is not an association of the disorder
    text = "IL-6 levels did not differ between the two treatment arms in patients with MDD."
    assert not any(r[1] == "associatedWith" and r[4] for r in _rows(_run(text, [("IL-6", IL6), ("MDD", MDD)])))


def test_the_comparator_a_drug_beat_is_no_subject() -> None:
    # ../shared/corpus/design/raw/L278.txt
    text = ("In elderly chronic schizophrenia patients, olanzapine treatment is superior to haloperidol in reducing "
            "negative symptoms.")
    rows = _rows(_run(text, [("schizophrenia", SCHIZOPHRENIA), ("olanzapine", OLANZAPINE),
                             ("haloperidol", HALOPERIDOL)]))
    assert ("haloperidol", "treats", "schizophrenia", None, False, False) not in rows
    # ../shared/corpus/design/raw/L192.txt: "less effective than X" leaves X the better one
    text = ("Phenothiazines ameliorate withdrawal but are less effective than benzodiazepines in reducing delirium "
            "(P=.002).")
    rows = _rows(_run(text, [("Phenothiazines", PHENOTHIAZINE), ("benzodiazepines", BENZODIAZEPINE),
                             ("delirium", DELIRIUM)]))
    assert ("benzodiazepine", "treats", "delirium", None, False, False) in rows


def test_symptoms_a_drug_induces_stand_for_the_disorder() -> None:
    # the curators' rule (../shared/corpus/dev/FINDINGS.md): an experimentally induced "depressive-like behaviour"
    # is an adverse effect whose object is the disorder (or the symptom). A dev sentence with a clause added, so
    # that the text names the disorder the symptoms stand for
    text = ("However, administering high doses of LPS to mice triggers depressive symptoms, a model of depression.")
    lps = Concept("http://purl.obolibrary.org/obo/CHEBI_16412", "lipopolysaccharide", "Intervention")
    rows = _rows(_run(text, [("LPS", lps), ("depression", DEPRESSION)]))
    assert ("lipopolysaccharide", "hasAdverseEffect", "depressive disorder", None, False, False) in rows


TNF = Concept("http://purl.uniprot.org/uniprot/P01375", "tumor necrosis factor", "Cytokine")
CRP = Concept("http://purl.uniprot.org/uniprot/P02741", "C-reactive protein", "Cytokine")


def test_direction_reaches_every_item_of_a_list_with_statistics() -> None:
    # meta-analysis and case-control wording (invented after dev/raw/21796103.txt): statistics in brackets between
    # the items, the trigger before the list or after it
    text = ("Patients with MDD had significantly higher concentrations of IL-6 (p < 0.001), TNF-α (p = 0.02) and "
            "CRP compared with healthy controls.")
    rows = _rows(_run(text, [("MDD", MDD), ("IL-6", IL6), ("TNF-α", TNF), ("CRP", CRP)]))
    assert {r[2]: r[3] for r in rows if r[1] == "associatedWith"} == {
        "interleukin 6": "increase", "tumor necrosis factor": "increase", "C-reactive protein": "increase"}
    text = ("After antidepressant treatment, levels of IL-6 (g = -0.3), IL-1β (g = -0.4) and TNF-α (g = -0.2) "
            "decreased significantly.")
    rows = _rows(_run(text, [("antidepressant", ANTIDEPRESSANT), ("IL-6", IL6), ("IL-1β", IL1B), ("TNF-α", TNF)]))
    assert {r[2] for r in rows if r[1] == "decreases"} == {"interleukin 6", "interleukin 1 beta", "tumor necrosis factor"}


def test_an_improvement_said_before_the_condition_and_the_drug_after_it() -> None:
    # trial wording (invented): the improvement word precedes the condition, the intervention follows "after"
    minocycline = Concept("http://purl.obolibrary.org/obo/CHEBI_50694", "minocycline", "Intervention")
    text = "Patients with schizophrenia showed reduced negative symptoms after minocycline."
    rows = _rows(_run(text, [("schizophrenia", SCHIZOPHRENIA), ("minocycline", minocycline)]))
    assert rows == {("minocycline", "treats", "schizophrenia", None, False, False)}
    text = "Patients with schizophrenia showed more negative symptoms after minocycline."
    assert not any(r[1] == "treats" for r in _rows(_run(text, [("schizophrenia", SCHIZOPHRENIA),
                                                                ("minocycline", minocycline)])))
