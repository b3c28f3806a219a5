"""Issue 13, round 5: drug kinds missed on BC5CDR train/dev chemicals (small molecules MeSH also files as amino
acids, peptides, hormones or nucleosides; salts that are MeSH's only concept of a drug), found on tuning data
only. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.interventions import _salt_free
from tests.test_grounding_round3 import labels


# --- a small molecule MeSH also files under amino acids, peptides, hormones, nucleosides is still one agent -------

@pytest.mark.parametrize("text, label", [
    ("Hypertensive rats received methyldopa (200 mg/kg) for a week.", "Methyldopa"),
    ("Colistin was given intravenously to the ward's patients.", "colistin"),
    ("Rats were injected with puromycin aminonucleoside (PAN).", "Puromycin Aminonucleoside"),
    ("Castrated rats were treated with testosterone propionate.", "Testosterone propionate"),
])
def test_a_small_molecule_filed_twice_is_an_agent(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


def test_the_longer_agent_name_is_no_shorter_drug(grounder: Grounder) -> None:
    # "puromycin aminonucleoside" is its own agent, not the antibiotic puromycin its name begins with
    found = labels(grounder, "Puromycin aminonucleoside (PAN) was injected into the rats.", "Intervention")
    assert "puromycin" not in found


def test_endogenous_molecules_of_those_branches_still_wait_for_a_cue(grounder: Grounder) -> None:
    # serotonin and corticosterone are now MeSH agents too, but only where the text gives them
    assert labels(grounder, "Serum serotonin and corticosterone were measured at noon.", "Intervention") == set()
    assert "corticosterone" in labels(grounder, "Mice were treated with corticosterone (20 mg/kg).",
                                      "Intervention")


def test_proteins_filed_as_glycoproteins_are_not_agents(grounder: Grounder) -> None:
    # TNF-alpha is a glycoprotein under MeSH's carbohydrates; it stays a Cytokine, never an agent
    assert labels(grounder, "TNF-alpha rose after the injection.", "Cytokine") == {"tumor necrosis factor"}
    assert labels(grounder, "TNF-alpha rose after the injection.", "Intervention") == set()


# --- a salt that is MeSH's only concept of a drug is also called by the drug's name --------------------------------

def test_salt_free_names() -> None:
    assert _salt_free("Tiapride Hydrochloride") == [("tiapride", "derived")]
    assert _salt_free("Pyridostigmine Bromide") == [("pyridostigmine", "derived")]
    # a cation, an ester word, a short or a compound parent gives no name
    assert _salt_free("Ammonium Chloride") == []
    assert _salt_free("Methyl Green") == []
    assert _salt_free("Sodium Chloride") == []
    assert _salt_free("2-Hydroxy-5-nitrobenzyl Bromide") == []


@pytest.mark.parametrize("text", [
    "Elderly patients were treated with tiapride for their dyskinesia.",
    "The soldiers were given pyridostigmine before deployment.",
])
def test_a_salt_descriptor_grounds_by_its_drug_name(grounder: Grounder, text: str) -> None:
    # MeSH's agents stay context-only (a treatment cue here); the salt's concept now answers to the drug's name
    assert labels(grounder, text, "Intervention")


# --- a negative regulation is what "suppression" names; a therapy's bare noun is the process ----------------------

@pytest.mark.parametrize("text", [
    "Chronic stress led to immunosuppression in the older mice.",
    "Immune suppression was seen in the depressed group.",
])
def test_immunosuppression_is_the_process(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == {"negative regulation of immune system process"}
    assert labels(grounder, text, "Intervention") == set()


def test_the_therapy_keeps_its_head_noun(grounder: Grounder) -> None:
    text = "Transplant recipients on immunosuppressive therapy were excluded."
    assert labels(grounder, text, "Intervention") == {"Immunosuppression Therapy"}


def test_suppression_of_a_process(grounder: Grounder) -> None:
    assert "negative regulation of T cell proliferation" in labels(
        grounder, "The drug caused suppression of T cell proliferation in vitro.", "Pathway")
    # a GO object named as a synthesis ("biosynthetic") gives no "suppression" name of its own
    from ipkg.ground.morphology import process_variants
    assert not any("biosynthetic suppression" in n
                   for n, _ in process_variants(["negative regulation of cytokine biosynthetic process"]))


# --- a cell's activation is that of its nearest CL ancestor with a GO activation process --------------------------

@pytest.mark.parametrize("text, process", [
    ("The stressor triggered macroglia activation in the cortex.", "glial cell activation"),
    ("Kupffer cell activation followed the endotoxin challenge.", "macrophage activation"),
])
def test_a_cell_without_its_own_activation_process_takes_its_ancestors(grounder: Grounder, text: str,
                                                                      process: str) -> None:
    assert process in labels(grounder, text, "Pathway")


def test_inherited_activations_rule() -> None:
    from ipkg.ground.sources.pathways import inherited_activations
    cl = {"CL:1": {"label": "glial cell"}, "CL:2": {"label": "macroglial cell", "ancestors": {"CL:1": 1}},
          "CL:3": {"label": "astrocyte", "ancestors": {"CL:2": 1, "CL:1": 2}},
          "CL:4": {"label": "odd cell", "ancestors": {"CL:5": 1, "CL:6": 1}},
          "CL:5": {"label": "first cell"}, "CL:6": {"label": "second cell"}}
    go = {"GO:1": "glial cell activation", "GO:2": "astrocyte activation", "GO:5": "first cell activation",
          "GO:6": "second cell activation"}
    names = {"macroglial cell": ["macroglia"], "astrocyte": [], "odd cell": []}
    out = inherited_activations(go, names, cl)
    assert {"macroglia activation", "activation of macroglia", "macroglial cell activation"} <= set(out["GO:1"])
    assert "GO:2" not in out  # the astrocyte has its own process
    assert not any("odd cell" in n for v in out.values() for n in v)  # two nearest ancestors disagree


# --- a faculty's disorders heading filed among the signs: its symptom wordings are a Phenotype --------------------

@pytest.mark.parametrize("text", [
    "Memory impairment was reported by a third of the patients.",
    "Patients on the drug showed impaired memory at week four.",
    "Memory deficits persisted after withdrawal.",
])
def test_faculty_symptom_wordings_are_a_phenotype(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Phenotype") == {"Memory Disorders"}  # HP:0002354, MeSH's heading as label
    assert labels(grounder, text, "Disorder") == set()  # a symptom is no Disorder (GUIDELINES)


def test_the_heading_itself_stays_the_disorder(grounder: Grounder) -> None:
    assert labels(grounder, "Patients with memory disorders were excluded.", "Disorder") == {"Memory Disorders"}


# --- more WHO INN stems of drug classes: a name so formed grounds without a cue -----------------------------------

@pytest.mark.parametrize("text", [
    "Indinavir raised the bilirubin of two patients.",
    "Raclopride blocked the effect in the striatum.",
    "Paramethasone was part of the regimen.",
])
def test_new_inn_stems_ground_anywhere(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Intervention")


def test_inn_stems_exclude_endogenous_endings() -> None:
    from ipkg.ground.sources.drug_policy import is_inn_drug
    assert is_inn_drug("stavudine") and is_inn_drug("methotrexate") and is_inn_drug("furosemide")
    assert not any(is_inn_drug(n) for n in ("thymidine", "cytidine", "histidine", "cholesterol", "cortisone"))


# --- receptor subtypes: "5-HT(1A) receptor (5-HT(1A)R) antagonist" is the 5-HT1 family's antagonist class ---------

@pytest.mark.parametrize("text, label", [
    ("Mice were given a 5-HT1A receptor antagonist before the test.", "Serotonin 5-HT1 Receptor Antagonists"),
    ("The 5-HT(1A) receptor antagonist blocked the effect.", "Serotonin 5-HT1 Receptor Antagonists"),
    ("A 5-HT(2A) receptor (5-HT(2A)R) agonist was infused.", "Serotonin 5-HT2 Receptor Agonists"),
])
def test_serotonin_subtype_ligands_name_the_family_class(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Intervention")


def test_a_glued_subtype_bracket_is_no_phrase_break() -> None:
    from ipkg.ground.variants import tokenize
    assert "|" not in [t[0] for t in tokenize("the 5-HT(1A) receptor")]
    assert "|" in [t[0] for t in tokenize("the dose (10 mg) rose")]  # a bracket after a space still breaks


# --- a chemical substituent prefix written with a hyphen is the fused IUPAC name ---------------------------------

def test_substituent_prefixes_join() -> None:
    from ipkg.ground.variants import name_key
    assert name_key("7-chloro-kynurenic acid") == name_key("7-chlorokynurenic acid")
    assert name_key("4-amino-pyridine") == name_key("4-aminopyridine")
    assert name_key("amino-acid") == name_key("amino acid")  # an acid word is no fused parent
    assert name_key("N-methyl-D-aspartate") == ("n", "methyl", "d", "aspartate")  # methyl is not joined


def test_a_hyphenated_substituent_name_grounds(grounder: Grounder) -> None:
    text = "Mice received 7-chloro-kynurenic acid (7-Cl-KYNA) by injection."
    assert "7-chlorokynurenic acid" in labels(grounder, text, "Intervention")


# --- epigenetic regulation is a mechanism (beside DNA methylation) and is named without "of gene expression" ------

def test_epigenetic_regulation(grounder: Grounder) -> None:
    text = "We studied the epigenetic regulation of Bdnf in stressed mice."
    assert labels(grounder, text, "Pathway") == {"epigenetic regulation of gene expression"}
    from ipkg.ground.morphology import process_variants
    assert "negative regulation" not in {n for n, _ in process_variants(["negative regulation of gene expression"])}
