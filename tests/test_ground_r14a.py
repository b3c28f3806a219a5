"""Issue 13, round 14a (session 10): Intervention recall. Tool inhibitors ground without a treatment cue
(``ipkg.ground.sources.drug_policy``); the usual written forms of chemical and drug-class names
(``ipkg.ground.sources.chemical_forms``). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.agent_company import named_as_instrument, named_as_parent
from ipkg.ground.lexicon import LexiconRow
from ipkg.ground.sources.chemical_forms import anion_forms, chemical_forms, class_noun_forms, configuration_forms
from ipkg.ground.sources.drug_policy import tool_inhibitors
from tests.test_grounding_round3 import labels

L_NAME = "N(gamma)-nitro-L-arginine methyl ester"


# --- 1. a molecule known only as an enzyme inhibitor is a tool compound a study gives -----------------------------


@pytest.mark.parametrize("text, expected", [
    ("Aminoguanidine prevented the rise in nitrite after the stress.", "aminoguanidine"),
    ("Tacrine improved spatial memory in the aged rats.", "tacrine"),
])
def test_a_tool_inhibitor_grounds_without_a_cue(grounder, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in labels(grounder, text, "Intervention")


def test_a_tool_inhibitor_abbreviation_keeps_its_gate(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "L-NAME blocked the effect of the swim stress.", "Intervention") == set()
    assert labels(grounder, "Rats were pretreated with L-NAME before the swim stress.", "Intervention") == {L_NAME}


@pytest.mark.parametrize("text", [
    "Asymmetric dimethylarginine was higher in the plasma of the patients.",  # a free amino acid: measured
    "Plasma dopamine levels were measured after the stress.",  # endogenous
    "Cyanide was detected in the samples.",  # no organic tool compound
])
def test_body_constituents_and_poisons_keep_their_gate(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == set()


def test_tool_inhibitors_rule() -> None:
    organic = {"CHEBI:50860": 1}
    chebi = {"CHEBI:23924": {"label": "enzyme inhibitor", "ancestors": {}},
             "CHEBI:1": {"label": "kinase inhibitor", "ancestors": {"CHEBI:23924": 1}},
             "CHEBI:2": {"label": "neurotoxin", "ancestors": {}},
             "CHEBI:10": {"label": "SB-100", "ancestors": organic},
             "CHEBI:11": {"label": "toxic ester", "ancestors": organic},
             "CHEBI:12": {"label": "inhibitory acid", "ancestors": organic}}
    roles = {"CHEBI:10": {"CHEBI:1"}, "CHEBI:11": {"CHEBI:1", "CHEBI:2"}, "CHEBI:12": {"CHEBI:1"}}
    assert tool_inhibitors(roles, chebi) == {"CHEBI:10"}


# --- 2. an acid is also named by its anion ----------------------------------------------------------------------


@pytest.mark.parametrize("acid, anion", [
    ("3-hydroxybutyric acid", "3-hydroxybutyrate"), ("Ursodeoxycholic Acid", "Ursodeoxycholate"),
    ("kynurenic acid", "kynurenate"),
])
def test_anion_forms(acid: str, anion: str) -> None:
    assert anion_forms(acid) == [anion]


@pytest.mark.parametrize("name", ["amino acid", "fatty acids", "acidic fibroblast growth factor"])
def test_no_anion_form_without_an_ic_acid(name: str) -> None:
    assert anion_forms(name) == []


def test_an_anion_grounds_to_the_acid(grounder) -> None:  # type: ignore[no-untyped-def]
    found = labels(grounder, "Mice received beta-hydroxybutyrate (2 g/kg) before the stress.", "Intervention")
    assert found == {"3-hydroxybutyric acid"}


# --- 3. an amino-acid derivative written with its configuration ---------------------------------------------------


def test_configuration_prefixes_of_a_racemic_name(grounder) -> None:  # type: ignore[no-untyped-def]
    text = "Mice were treated with 1-methyl-DL-tryptophan, an IDO inhibitor, for ten days."
    # the class in apposition is a drug class of its own since round 16a (ChEBI's IDO-inhibitor role)
    assert labels(grounder, text, "Intervention") == {"1-methyltryptophan",
                                                      "EC 1.13.11.52 (indoleamine 2,3-dioxygenase) inhibitor"}


def test_a_stated_configuration_is_the_only_one(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "L-NG-nitroarginine methyl ester blocked the effect.", "Intervention") == {L_NAME}
    # the D-enantiomer, the inactive control, is not L-NAME
    assert labels(grounder, "D-NG-nitroarginine methyl ester was inactive.", "Intervention") == set()
    assert "D-NG-nitroarginine methyl ester" not in configuration_forms("NG-nitroarginine methyl ester", L_NAME)


@pytest.mark.parametrize("name", ["isoleucine", "homocysteine", "tryptophan hydroxylase", "methylphenidate"])
def test_no_configuration_form(name: str) -> None:
    assert configuration_forms(name, name) == []


def test_the_longest_amino_acid_is_read() -> None:
    assert configuration_forms("4-chlorophenylalanine", "4-chlorophenylalanine")[0] == "4-chloro-L-phenylalanine"


# --- 4. drug classes with the other class nouns -----------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Patients on psychotropic medications were excluded.", "psychotropic drug"),
    ("Immunosuppressive drugs raise the risk of infection.", "immunosuppressive agent"),
])
def test_class_noun_forms_ground(grounder, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("name", ["travel agent", "drug", "the agent", "study drug"])
def test_no_class_noun_form(name: str) -> None:
    assert class_noun_forms(name) == []


def test_a_form_two_concepts_write_or_a_name_taken_is_left_out() -> None:
    def row(curie: str, name: str, syntype: str = "label", flags: str = "") -> LexiconRow:
        return LexiconRow("Intervention", f"http://x/{curie}", curie, name, name, syntype, "CHEBI", "1", flags)

    rows = [row("A", "sedative agent"), row("B", "sedative drug"), row("C", "butyric acid", flags="ctx,cs"),
            row("D", "valproic acid"), row("E", "valproate")]
    out = {r.name: r for r in chemical_forms(rows)}
    assert "sedative medication" not in out  # written by A and B
    assert "valproate" not in out  # E has it
    assert out["butyrate"].curie == "C" and out["butyrate"].flags == "ctx" and out["butyrate"].syntype == "derived"


# --- 5. an instrument's acronym that collides with a compound's -------------------------------------------------


@pytest.mark.parametrize("text", [
    "AMDP scores fell after six weeks of treatment.",
    "Psychopathology was rated with AMDP ratings at baseline.",
])
def test_an_acronym_scored_is_an_instrument(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == set()


def test_an_acronym_given_is_still_the_compound(grounder) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, "NBQX treatment blocked the effect of the stress.", "Intervention")
    assert not named_as_instrument("DBS system was implanted", 3)


# --- 6. single hormones given, and the parent of analogues -------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Rats were treated with insulin for two weeks.", "Insulin"),
    ("Mice received an injection of corticotropin-releasing hormone.", "Corticotropin-Releasing Hormone"),
    ("Chorionic gonadotropin was injected daily into the hamsters.", "Chorionic Gonadotropin"),
])
def test_a_hormone_given_is_an_intervention(grounder, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in labels(grounder, text, "Intervention")


@pytest.mark.parametrize("text", [
    "Insulin levels rose after the social stress.",
    "Plasma ACTH was measured at the end of the test.",
])
def test_a_hormone_measured_is_none(grounder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert labels(grounder, text, "Intervention") == set()


def test_the_parent_of_an_analogue_is_not_given(grounder) -> None:  # type: ignore[no-untyped-def]
    found = labels(grounder, "Patients were treated with the somatostatin analog octreotide.", "Intervention")
    assert found == {"octreotide"}
    assert named_as_parent("a GLP-1 analogue", 7) and not named_as_parent("insulin therapy", 7)
