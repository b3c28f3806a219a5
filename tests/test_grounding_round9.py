"""Issue 13, round 9: general surface forms (coordinations, slashes, kappa B spellings), signalling paraphrases
from GO names, ChEBI compounds named by a developer's code, and the build fragments that were no names. Every
sentence here was written for these tests."""

from __future__ import annotations

import gzip

import pytest

from ipkg.extract.coordination import CONJUNCT, conjunction_near_end
from ipkg.extract.mentions import extract_mentions
from ipkg.ground.expand import disorder_variants, pathway_variants
from ipkg.ground.matcher import Grounder
from ipkg.ground.sources.compounds import CATALOGUE_PREFIXES, CODE_NAME
from ipkg.ground.sources.interventions import _salt_free
from ipkg.ground.variants import name_key
from ipkg.models import Document
from ipkg.resources import lexicon_path
from tests.test_grounding_round3 import labels

# --- 1. surface forms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["NF-kB", "NFkB", "NF-kappaB", "NF-kappa B", "NFκB"])
def test_kappa_b_spellings_are_one_key(spelling: str) -> None:
    assert name_key(spelling) == name_key("NF-κB") == ("nf", "kappa", "b")


def test_kappa_b_needs_the_latin_k_lower_case() -> None:
    assert name_key("NF-KB") != name_key("NF-κB")  # "KB" is no kappa B (kilobase, a ketone body)


@pytest.mark.parametrize("text", ["NF-kB activation was blunted by the drug.", "Activation of NFkB rose in mice."])
def test_nf_kappa_b_activation(grounder: Grounder, text: str) -> None:
    assert "canonical NF-kappaB signal transduction" in labels(grounder, text, "Pathway")


def test_brackets_and_parentheses_are_one_key() -> None:
    assert name_key("benzo[f]quinoxaline") == name_key("benzo(f)quinoxaline")


def test_code_names_hyphen_space_and_fused_are_one_key() -> None:
    assert name_key("MK-801") == name_key("MK801") == name_key("MK 801")
    assert name_key("WAY-100635") == name_key("WAY100635")


def test_greek_letters_and_spelled_forms_are_one_key() -> None:
    assert name_key("17β-estradiol") == name_key("17beta-estradiol") == name_key("17-beta-estradiol")


@pytest.mark.parametrize("text, expected", [
    ("Serum IL-6 and -10 were higher in patients.", {"interleukin 6", "interleukin 10"}),
    ("Plasma IL-1β, -6 and -8 were measured.", {"interleukin 1 beta", "interleukin 6",
                                                 "C-X-C motif chemokine ligand 8"}),
])
def test_elided_prefix(grounder: Grounder, text: str, expected: set[str]) -> None:
    assert expected <= labels(grounder, text, "Cytokine")


def test_elided_prefix_needs_a_name(grounder: Grounder) -> None:
    # a bare number after a list gap is no suffix of the name before it
    assert labels(grounder, "IL-6 rose at weeks 2 and -10 was not measured.", "Cytokine") == {"interleukin 6"}


def test_dangling_hyphen_takes_the_next_head(grounder: Grounder) -> None:
    text = "Both pro- and anti-inflammatory responses were blunted."
    found = labels(grounder, text, "Pathway")
    assert "inflammatory response" in found or "positive regulation of inflammatory response" in found


def test_dangling_hyphen_without_a_name_grounds_nothing(grounder: Grounder) -> None:
    assert not labels(grounder, "Short- and long-term outcomes were recorded.", "Pathway")


@pytest.mark.parametrize("text", ["ERK1/2 phosphorylation was reduced.", "Phosphorylated ERK1/2 levels fell."])
def test_slashed_family(grounder: Grounder, text: str) -> None:
    assert "ERK1 and ERK2 cascade" in labels(grounder, text, "Pathway")


def test_slashed_pathway_is_one_name(grounder: Grounder) -> None:
    found = labels(grounder, "Wnt/β-catenin signalling was suppressed.", "Pathway")
    assert "canonical Wnt signaling pathway" in found
    found = labels(grounder, "JAK/STAT signalling was inhibited.", "Pathway")
    assert "receptor signaling pathway via JAK-STAT" in found
    assert "receptor signaling pathway via STAT" not in found  # its part, not a mention


def test_slashed_members_share_the_head(grounder: Grounder) -> None:
    found = labels(grounder, "BDNF/TrkB signalling was restored by exercise.", "Pathway")
    assert "brain-derived neurotrophic factor receptor signaling pathway" in found


def test_slashed_units_and_or_are_no_members(grounder: Grounder) -> None:
    assert not labels(grounder, "Rats received 10 mg/kg and/or saline.", "Pathway")
    mentions, _ = extract_mentions(Document("t.txt", "", "Cells were exposed to doxorubicin +/- dexrazoxane."), grounder)
    assert not any(m.text.startswith("+") for m in mentions)  # "+/-" joins no names


def test_slashed_drugs_still_ground_each(grounder: Grounder) -> None:
    found = labels(grounder, "Patients took levodopa/carbidopa daily.", "Intervention")
    assert {"carbidopa"} <= found and len(found) >= 2


@pytest.mark.parametrize("window", ["autoimmune or chronic inflammatory ", "a/b "])
def test_conjunct_gate_moved_with_the_rule(window: str) -> None:
    assert CONJUNCT.search(window) and conjunction_near_end(window)


# --- 2. ChEBI compounds named by a developer's code ------------------------------------------------------------


@pytest.mark.parametrize("text", ["Rats received WAY-100635 before the test.", "WAY 100635 blocked the effect.",
                                  "Pretreatment with WAY100635 abolished it."])
def test_chebi_code_grounds_anywhere(grounder: Grounder, text: str) -> None:
    assert any("WAY-100635" in label for label in labels(grounder, text, "Intervention"))


def test_chebi_code_keeps_its_capitals(grounder: Grounder) -> None:
    assert not labels(grounder, "The way 100635 patients were sampled.", "Intervention")


def test_catalogue_numbers_are_left_out() -> None:
    with gzip.open(lexicon_path(), "rt", encoding="utf-8") as handle:
        names = [line.split("\t")[4] for line in handle if "\tCHEBI:" in line]
    assert CODE_NAME.match("LSM-11210") and "LSM" in CATALOGUE_PREFIXES
    # the code rule adds the spaced and fused spellings of a code: none of a catalogue number
    assert not any(n.startswith(tuple(f"{p} " for p in CATALOGUE_PREFIXES)) for n in names)
    assert not any(n.startswith(CATALOGUE_PREFIXES) and n[3:].isdigit() for n in names)


# --- 3. signalling paraphrases from GO names -------------------------------------------------------------------


def test_signalling_paraphrases() -> None:
    names = {n for n, _ in pathway_variants(["insulin receptor signaling pathway"])}
    assert {"insulin signaling", "insulin pathway"} <= names
    names = {n for n, _ in pathway_variants(["Wnt receptor signaling pathway through beta-catenin"])}
    assert "Wnt beta-catenin signaling" in names
    names = {n for n, _ in pathway_variants(["interleukin-6-mediated signaling pathway"])}
    assert "interleukin-6 activation" not in names  # a ligand's signalling is no activation of the ligand
    names = {n for n, _ in pathway_variants(["T cell receptor signaling pathway", "toll-like receptor signaling pathway"])}
    assert not names & {"T cell signaling", "toll-like signaling"}  # a cell's receptor, a receptor kind
    names = {n for n, _ in pathway_variants(["B cell inhibitory signaling pathway"])}
    assert not any("activation" in n for n in names)


@pytest.mark.parametrize("text, label", [
    ("Insulin signalling was impaired in the hippocampus.", "insulin receptor signaling pathway"),
    ("TLR4 activation followed the stress.", "toll-like receptor 4 signaling pathway"),
    ("TGF-β signalling was blunted in the cortex.", "transforming growth factor beta receptor signaling pathway"),
    ("Estrogen signaling protects the female brain.", "intracellular estrogen receptor signaling pathway"),
])
def test_signalling_paraphrases_ground(grounder: Grounder, text: str, label: str) -> None:
    assert label in labels(grounder, text, "Pathway")


# --- 4. fragments that were no names ---------------------------------------------------------------------------


def test_a_gerund_is_no_ate_participle() -> None:
    assert "eation" not in dict(disorder_variants(["eating disorder"]))
    assert "binge-eation" not in dict(disorder_variants(["binge-eating disorder"]))
    assert dict(disorder_variants(["demyelinating disease"])).get("demyelination") == "derived"


def test_substituent_groups_and_phosphate_esters_are_no_parents() -> None:
    assert _salt_free("Uranyl Nitrate") == [] and _salt_free("Picryl Chloride") == []
    assert _salt_free("Inosine Diphosphate") == [] and _salt_free("Dihydroxyacetone Phosphate") == []
    assert _salt_free("Tiapride Hydrochloride") == [("tiapride", "derived")]
    assert _salt_free("Fentanyl Citrate") == [("fentanyl", "derived")]


def test_no_fragment_rows_in_the_lexicon() -> None:
    with gzip.open(lexicon_path(), "rt", encoding="utf-8") as handle:
        names = {line.split("\t")[4] for line in handle}
    assert not names & {"eation", "binge-eation", "uranyl", "picryl"}
