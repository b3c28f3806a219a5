"""Issue 13, round 16a (session 11): Intervention mechanisms that fire on names no round read. A drug class named
by its molecular target ("FAAH inhibitor", "D2 antagonist", "TRPA1 antagonist"; ``sources/target_classes.py``)
and by its receptor system's other wordings ("alpha2-adrenoceptor antagonist", "anticholinergic drugs";
``sources/class_paraphrases.py``).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.sources.class_paraphrases import anti_ergic_forms, blocking_noun_forms, oceptor_forms
from ipkg.ground.sources.target_classes import _stem, _Targets, class_target_forms
from tests.test_grounding_round3 import labels

GENES = [
    {"symbol": "DRD2", "name": "dopamine receptor D2", "aliases": ["D2DR"], "ec": False},
    {"symbol": "HDAC1", "name": "histone deacetylase 1", "aliases": ["RPD3L1"], "ec": True},
    {"symbol": "HDAC2", "name": "histone deacetylase 2", "aliases": ["RPD3"], "ec": True},
    {"symbol": "NFKBIA", "name": "NFKB inhibitor alpha", "aliases": ["IKBA"], "ec": False},
    {"symbol": "NFKB1", "name": "nuclear factor kappa B subunit 1", "aliases": ["NFKB", "KBF1"], "ec": False},
]


# --- 1. a class's target named by its gene's symbol, its family's stem, or its subtype without the ligand -------


def test_a_family_of_genes_names_its_class_by_the_symbols_stem() -> None:
    assert _stem(["HDAC1", "HDAC2", "HDAC11"]) == "HDAC"
    assert _stem(["ADCY1", "SOD2"]) is None and _stem(["CA1", "CA2"]) is None  # two stems; a stem of two letters


def test_the_target_words_in_any_order_name_one_gene() -> None:
    forms, covered = class_target_forms("Dopamine D2 Receptor Antagonists", _Targets(GENES))
    assert covered == ["DRD2"]
    assert {"DRD2 antagonist", "D2DR antagonist", "D2 receptor antagonist", "D2 antagonist"} <= set(forms)
    assert class_target_forms("Histone Deacetylase Inhibitors", _Targets(GENES))[0] == ["HDAC inhibitor"]


def test_a_form_that_names_a_protein_is_not_written() -> None:
    # "NFKB inhibitor alpha" is a protein (IkappaB-alpha): "NFKB inhibitor" begins its name
    assert _Targets(GENES).is_protein("NFKB inhibitor") and not _Targets(GENES).is_protein("DRD2 antagonist")


@pytest.mark.parametrize("text, expected", [
    ("Rats received a FAAH inhibitor before the forced swim test.",
     "EC 3.5.1.99 (fatty acid amide hydrolase) inhibitor"),
    ("Mice were treated with an IDO inhibitor.", "EC 1.13.11.52 (indoleamine 2,3-dioxygenase) inhibitor"),
    ("Haloperidol is a D2 antagonist.", "Dopamine D2 Receptor Antagonists"),
    ("A D2 receptor antagonist was given before testing.", "Dopamine D2 Receptor Antagonists"),
    ("The COMT inhibitor was given orally.", "Catechol O-Methyltransferase Inhibitors"),
])
def test_a_class_grounds_by_its_targets_other_names(grounder, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in labels(grounder, text, "Intervention")


# --- 2. a target no class names gives an ipkg: class -------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("We used a specific TRPA1 antagonist in the second experiment.", "TRPA1 antagonist"),
    ("A single dose of a TLR4 antagonist prevented the sickness behaviour.", "toll like receptor 4 antagonist"),
    ("The NLRP3 inhibitor was injected daily.", "NLRP3 inhibitor"),
    ("Mice received a P2X7 antagonist.", "purinergic receptor P2X 7 antagonist"),  # an alias with a digit
])
def test_a_target_without_a_class_gives_its_own(grounder, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == {expected}


@pytest.mark.parametrize("text", [
    "The level of NF-kappaB inhibitor alpha rose after the stress.",  # a protein's name
    "A selective K(Ca)2 inhibitor was applied to the slices.",  # "(Ca)2" is no CA2 (the symbol's case)
    "The expression of the cyclin-dependent kinase inhibitor p21 rose.",  # CDKN1A's name, not ChEBI's role
])
def test_no_target_class_where_the_words_name_something_else(grounder, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(label.startswith(("NFKB", "nuclear factor", "carbonic", "CA2", "EC 2.7.11.22"))
                   for label in labels(grounder, text, "Intervention"))


# --- 3. receptor-system paraphrases of a class name (sources/class_paraphrases.py) --------------------------------


def test_paraphrase_forms_are_read_off_the_class_name() -> None:
    assert oceptor_forms("Adrenergic beta-2 Receptor Agonists")[0] == "beta-2-adrenoceptor Agonists"
    assert oceptor_forms("Purinergic P2X Receptor Antagonists")[1] == "P2X purinoceptor Antagonists"
    assert anti_ergic_forms("Dopaminergic Antagonists")[-1] == "antidopaminergics"
    assert anti_ergic_forms("Dopamine Antagonists") == [] and oceptor_forms("Serotonin 5-HT1 Receptor Agonists") == []
    assert blocking_noun_forms("Neuromuscular Blocking Agents")[0] == "Neuromuscular Blocking drug"


@pytest.mark.parametrize("text, expected", [
    ("Rats were given an alpha 2-adrenoceptor antagonist before the test.", "Adrenergic alpha-2 Receptor Antagonists"),
    ("Terbutaline is a beta2-adrenoceptor agonist.", "Adrenergic beta-2 Receptor Agonists"),
    ("Patients were treated with anticholinergic drugs for two weeks.", "cholinergic antagonist"),
    ("Patients needed less anticholinergic medication.", "cholinergic antagonist"),
    ("Patients received beta-adrenergic blocking drugs.", "beta-adrenergic antagonist"),
])
def test_a_class_grounds_by_its_receptor_paraphrase(grounder, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in labels(grounder, text, "Intervention")


def test_the_anti_ergic_adjective_before_effects_names_no_class(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "The anticholinergic effects were mild.", "Intervention") == set()
