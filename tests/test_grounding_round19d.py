"""Issue 13, round 19d (session 15): Interventions the read parts missed: a gated class in apposition before a
given name (``ground/agent_members.classes_before``), a gated long form given under its short form
(``ground/agent_short_forms``), and MeSH's conditioned medium and the microbiota transplant by its head
(``lexicon/curated.tsv``). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder
from ipkg.models import Document

HEAVY_METALS = "Metals, Heavy"
THYROID_HORMONE = "thyroid hormone"
CHORIONIC_GONADOTROPIN = "Chorionic Gonadotropin"
CONDITIONED_MEDIUM = "Culture Media, Conditioned"
FMT = "Fecal Microbiota Transplantation"


def interventions(grounder: Grounder, abstract: str, title: str = "A study") -> set[str]:
    mentions, _ = extract_mentions(Document("t.txt", title, abstract), grounder)
    return {m.concept.label for m in mentions if m.concept.cls == "Intervention"}


# --- 1. a gated class in apposition before a given name ----------------------------------------------------------


@pytest.mark.parametrize("text, cls", [
    ("Heavy metals zinc and copper stimulate sensory neurons in the airway.", HEAVY_METALS),
    ("The thyroid hormone triiodothyronine was administered to rats for two weeks.", THYROID_HORMONE),
    ("Adding the thyroid hormone, triiodothyronine (20 ug/kg), to fluoxetine sped the response.", THYROID_HORMONE),
])
def test_a_gated_class_before_a_given_name_is_given(grounder: Grounder, text: str, cls: str) -> None:
    assert cls in interventions(grounder, text)


@pytest.mark.parametrize("text, cls", [
    ("Heavy metals in the river water were measured over a year.", HEAVY_METALS),  # no name after it
    ("The thyroid hormone rose in the patients after surgery.", THYROID_HORMONE),
    ("Patients with low thyroid hormone, fluoxetine and sertraline were compared.", THYROID_HORMONE),  # singular,
    # no article: a list, not an apposition
    ("Serum metabolites including heavy metals, lithium and urate were measured.", HEAVY_METALS),  # a plural class
    # and a comma: a list
    ("As for the thyroid hormone, lithium given for weeks lowered it.", THYROID_HORMONE),  # no closing comma
    ("The thyroid hormone fluoxetine interaction was studied in rats given fluoxetine.", THYROID_HORMONE),
    ("Rats were given the thyroid hormone antagonist X for a week.", THYROID_HORMONE),  # a mechanism's class after
])
def test_a_gated_class_with_no_given_name_after_it_is_not(grounder: Grounder, text: str, cls: str) -> None:
    assert cls not in interventions(grounder, text)


# --- 2. a gated long form given under its short form -------------------------------------------------------------


@pytest.mark.parametrize("text, agent", [
    ("The effects of chorionic gonadotropin (CG) on splenocytes were studied. Spleen cells were incubated with CG "
     "(40 or 200 IU) for one hour.", CHORIONIC_GONADOTROPIN),
    ("The role of thyroid hormone (TH) in mood was studied. Rats were treated with TH for two weeks.",
     THYROID_HORMONE),
    ("The effect of stem cell-conditioned medium (SC-CM) on mood was studied. Intravenous injection with SC-CM "
     "reduced immobility.", CONDITIONED_MEDIUM),
])
def test_a_short_form_given_gives_its_long_form(grounder: Grounder, text: str, agent: str) -> None:
    assert agent in interventions(grounder, text)


@pytest.mark.parametrize("text, agent", [
    ("The role of thyroid hormone (TH) in mood was studied. Serum TH was lower in the patients.", THYROID_HORMONE),
    ("Chorionic gonadotropin (CG) rises in pregnancy. CG levels were measured weekly.", CHORIONIC_GONADOTROPIN),
    ("The role of thyroid hormone (TH) in mood is unclear. Given TH's role in mood, we measured it in patients.",
     THYROID_HORMONE),  # "given" as "considering", before a possessive
    ("The role of thyroid hormone (TH) in mood is unclear. Administration of TH antagonists lowered it.",
     THYROID_HORMONE),  # the short form modifies the agonist's noun
    ("The role of thyroid hormone (TH) in mood is unclear. Administration of TH(B) antagonists lowered it.",
     THYROID_HORMONE),  # past a receptor's letter
    ("A tea of Mentha chorionic gonadotropin (MCG) was studied. Rats were treated with MCG daily.",
     CHORIONIC_GONADOTROPIN),  # the short form's first letter begins no word of the name: a longer phrase's
])
def test_a_short_form_only_measured_gives_nothing(grounder: Grounder, text: str, agent: str) -> None:
    assert agent not in interventions(grounder, text)


# --- 3. conditioned medium and the microbiota transplant -----------------------------------------------------------


@pytest.mark.parametrize("text, agent", [
    ("Germ-free mice received microbiota transplantation from stressed donors.", FMT),
    ("A microbiota transplant from healthy donors reversed the behaviour.", FMT),
    ("Neurons were treated with conditioned medium from activated microglia.", CONDITIONED_MEDIUM),
])
def test_conditioned_medium_and_microbiota_transplant(grounder: Grounder, text: str, agent: str) -> None:
    assert agent in interventions(grounder, text)


def test_conditioned_medium_measured_is_not_given(grounder: Grounder) -> None:
    text = "IL-6 was measured in the conditioned medium of microglia."
    assert CONDITIONED_MEDIUM not in interventions(grounder, text)
