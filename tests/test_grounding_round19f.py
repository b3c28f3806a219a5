"""Issue 13, round 19f (session 16): Interventions no ontology lists and a cue before a hyphenated modifier: a
research compound's code given (``ground/agent_unlisted.coded_agents``), a microbe species MeSH keeps only among its
supplementary records, given (``given_species``), and a gated name after a treatment cue and a hyphenated modifier
(``ground/agent_names.names_after_modifier``). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.agent_unlisted import AGENT_BASE
from ipkg.ground.matcher import Grounder
from ipkg.models import Document

CONDITIONED_MEDIUM = "Culture Media, Conditioned"


def interventions(grounder: Grounder, abstract: str, title: str = "A study") -> dict[str, str]:
    """label -> IRI of the Intervention concepts the text's mentions name."""
    mentions, _ = extract_mentions(Document("t.txt", title, abstract), grounder)
    return {m.concept.label: m.concept.iri for m in mentions if m.concept.cls == "Intervention"}


def uses(grounder: Grounder, abstract: str, label: str) -> list[str]:
    """The surface forms of the mentions of the Intervention labelled ``label``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return [m.text for m in mentions if m.concept.label == label]


# --- 1. a research compound's code, given ---------------------------------------------------------------------


@pytest.mark.parametrize("text, code", [
    ("Currents were abolished after pretreatment with XQ-4471, a selective TRPV4 antagonist, in isolated neurons.",
     "XQ-4471"),
    ("The effect was not blocked by the kappa opioid antagonist ZRB12 in slices from naive rats.", "ZRB12"),
    ("The rise was reversed by the selective 5-HT2C receptor agonist, KLM2209, in both genotypes.", "KLM2209"),
    ("Rats received HPQ-7821 (3 or 10 mg/kg, i.p.) 30 min before the forced swim test.", "HPQ-7821"),
    ("Mice were randomised to vehicle or DT5501 treatment for 14 days.", "DT5501"),
    ("Hippocampal slices were treated with R4471 for one hour before recording.", "R4471"),
    ("Analgesia was reversed by the delta opioid antagonist QTPX given intrathecally.", "QTPX"),
    ("A phase II study of the amsacrine analogue QRT-442 in patients with lung cancer.", "QRT-442"),
])
def test_a_code_given_is_an_agent_of_its_own(grounder: Grounder, text: str, code: str) -> None:
    found = interventions(grounder, text)
    assert found.get(code, "").startswith(AGENT_BASE)


def test_every_use_of_a_given_code_names_the_agent(grounder: Grounder) -> None:
    text = ("Pretreatment with XQ-4471 (10 mg/kg) prevented the fall. XQ-4471 alone had no effect on locomotion, "
            "and XQ-4471 did not alter body weight.")
    assert uses(grounder, text, "XQ-4471") == ["XQ-4471"] * 3


def test_a_code_written_with_and_without_its_hyphen_is_one_agent(grounder: Grounder) -> None:
    text = "Rats received QW-55012 (1 mg/kg) before the test; QW55012 blocked the response."
    mentions, _ = extract_mentions(Document("t.txt", "A study", text), grounder)
    assert {m.concept.iri for m in mentions if m.text in ("QW-55012", "QW55012")} == {AGENT_BASE + "qw55012"}


@pytest.mark.parametrize("text, code", [
    ("HT2291 cells were treated with glutamate for 24 h.", "HT2291"),  # a cell line
    ("Mice lacking ZRB12 were given saline for a week.", "ZRB12"),  # no cue next to the code
    ("Pretreatment with the ZRB12 antagonist lowered the response.", "ZRB12"),  # the code is the target
    ("Treatment with anti-KLM2209 antibodies lowered the response.", "KLM2209"),  # an antibody's target
    ("Pups were treated with saline at PND21 and tested at PND60.", "PND21"),  # a time point
    ("The drug's IC50 was 12 nM and its ED50 after treatment with IC50 doses was 3 mg/kg.", "IC50"),  # a measure
    ("Mice were gavaged with Lactobacillus plantarum PT1155 for four weeks.", "PT1155"),  # a strain's designation
    ("We gave 2-methyl-6-(phenylethynyl)pyridine (MPEQ) to rats; treatment with MPEQ lowered intake.", "MPEQ"),
    ("The endogenous inhibitor ZRB12 was measured in plasma.", "ZRB12"),  # the body's own
    ("The groups were compared on the ZRB12 score after treatment.", "ZRB12"),  # no cue, a score
])
def test_a_code_not_given_is_no_agent(grounder: Grounder, text: str, code: str) -> None:
    assert code not in interventions(grounder, text)


def test_a_code_the_lexicon_reads_keeps_its_concept(grounder: Grounder) -> None:
    found = interventions(grounder, "Rats received MK-801 (0.1 mg/kg) before training.")
    assert not any(iri.startswith(AGENT_BASE) for iri in found.values())


# --- 2. a species no lexicon row names, given -------------------------------------------------------------------


def test_a_species_given_is_an_agent_of_its_own_and_its_short_form_too(grounder: Grounder) -> None:
    text = ("Sequencing pointed to Dorellibacter murinus (D. murinus). Ingestion of D. murinus for two weeks "
            "produced anhedonia-like behaviour.")
    assert uses(grounder, text, "Dorellibacter murinus") == ["Dorellibacter murinus", "D. murinus", "D. murinus"]
    assert interventions(grounder, text)["Dorellibacter murinus"] == AGENT_BASE + "dorellibacter-murinus"


@pytest.mark.parametrize("text", [
    "Mice were gavaged with Dorellibacter murinus (10^9 CFU) daily for four weeks.",
    "Dorellibacter murinus supplementation lowered anxiety-like behaviour in mice.",
    "Ingestion of Dorellibacter murinus causes depression-like phenotypes in resilient mice",
])
def test_a_species_after_or_before_a_cue_is_given(grounder: Grounder, text: str) -> None:
    assert "Dorellibacter murinus" in interventions(grounder, text)


@pytest.mark.parametrize("text, name", [
    ("Exposure to Dorellibacter murinus was associated with schizophrenia in the cohort.", "Dorellibacter murinus"),
    ("The abundance of Dorellibacter murinus rose in the stressed mice.", "Dorellibacter murinus"),  # measured
    ("Patients treated with Chinese medicine improved.", "Chinese medicine"),  # no Latin epithet
])
def test_a_species_not_given_is_no_agent(grounder: Grounder, text: str, name: str) -> None:
    assert name not in interventions(grounder, text)


# --- 3. a treatment cue before a hyphenated modifier ------------------------------------------------------------


def test_a_gated_name_after_a_cue_and_a_hyphenated_modifier_is_given(grounder: Grounder) -> None:
    text = "Cultured neurons were treated with microglia-conditioned medium for 24 h."
    assert CONDITIONED_MEDIUM in interventions(grounder, text)


@pytest.mark.parametrize("text", [
    "Cytokines were measured in microglia-conditioned medium after stimulation.",  # no cue
    "Neurons were treated with anti-conditioned medium antibodies.",  # a prefix, not a modifier
])
def test_a_gated_name_after_a_modifier_and_no_cue_is_not(grounder: Grounder, text: str) -> None:
    assert CONDITIONED_MEDIUM not in interventions(grounder, text)


# --- 4. a title's tested agent: a code, and a claim with "suppresses" -----------------------------------------


def title_interventions(grounder: Grounder, title: str) -> set[str]:
    mentions, _ = extract_mentions(Document("t.txt", title, "We studied it in mice."), grounder)
    return {m.text for m in mentions if m.passage == "title" and m.concept.cls == "Intervention"}


@pytest.mark.parametrize("title, agent", [
    ("Effects of QW-5512 on anxiety-like behaviour in rats", "QW-5512"),
    ("XQ-4471 and ZQ-3345 attenuate neuropathic pain in mice", "ZQ-3345"),
    ("XQ-4471 suppresses plasma testosterone in healthy men", "XQ-4471"),  # "-es" after "ss"
    ("Progesterone suppresses anxiety-like behaviour in mice", "Progesterone"),  # the same for a gated name
])
def test_a_titles_tested_agent_is_given(grounder: Grounder, title: str, agent: str) -> None:
    assert agent in title_interventions(grounder, title)


@pytest.mark.parametrize("title, code", [
    ("Expression of AB1234 in the hippocampus of depressed rats", "AB1234"),  # a gene's expression
    ("HT2291 cells resist oxidative stress", "HT2291"),  # a cell line
    ("Role of ZQ-3345 in the stress response", "ZQ-3345"),  # no claim, no "effects of"
    ("Dominant negative effect of the QP1309 mutation in colon cancer", "QP1309"),  # a mutation
    ("W474C amino acid substitution affects early processing of the receptor", "W474C"),
])
def test_a_title_code_not_tested_is_no_agent(grounder: Grounder, title: str, code: str) -> None:
    assert code not in title_interventions(grounder, title)
