"""Issue 13, round 22a (session 22): peptide fragments named by their residue range, spaced company codes, a code
bracketed after its mechanism's noun, and endotoxin only where it is given. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.sources.peptide_fragments import fragment_names, fragment_stems
from tests.test_grounding_round20a import concepts

ABETA_25_35 = "C074636"


@pytest.mark.parametrize("text, surface", [
    # (the span ends before the closing bracket: the matcher reads a name to its last token)
    ("A single administration of Abeta(25-35) impaired working memory in the rats.", "abeta(25-35"),
    ("Abeta25-35-induced neuronal loss was smaller in the treated mice.", "abeta25-35"),
    ("Mice received an intracerebroventricular injection of Aβ25-35 (10 nmol).", "aβ25-35"),
])
def test_a_fragment_given_is_an_intervention(grounder, text, surface):
    assert concepts(grounder, text).get(surface, (None,))[0] == ABETA_25_35


def test_a_fragment_measured_is_no_intervention(grounder):
    found = concepts(grounder, "CSF Aβ1-42 levels were lower in the patients than in the controls.")
    assert not any(curie.startswith("C") for curie, _ in found.values())


def test_a_fragment_of_another_protein_takes_its_own_record(grounder):
    found = concepts(grounder, "EAE was induced with MOG35-55 in complete Freund's adjuvant; MOG35-55-induced "
                               "paralysis peaked on day 14.")
    assert found.get("mog35-55", (None, ""))[1] == "myelin oligodendrocyte glycoprotein (35-55)"


def test_fragment_stems_and_names():
    assert fragment_stems(["ACTH (4-10)", "ACTH(4-10)", "4-10 ACTH"]) == ("4-10", ["ACTH"])
    assert fragment_stems(["substance P", "SP"]) == (None, [])  # no range: no fragment name
    assert fragment_stems(["Abeta(1-40)", "Abeta(1-42)"]) == (None, [])  # two ranges: not one fragment's
    assert "A425-35" not in fragment_names("A4", "25-35")  # a stem ending in a digit is not glued to the range


@pytest.mark.parametrize("text, surface", [
    ("The rats were locally injected with GR 55562 before the cocaine challenge.", "gr 55562"),
    ("GR 55562 (1 microg/side) attenuated the hyperlocomotion.", "gr 55562"),
])
def test_a_spaced_company_code_given_is_an_agent(grounder, text, surface):
    assert concepts(grounder, text).get(surface, (None, ""))[1] == "GR 55562"


def test_a_spaced_year_is_no_code(grounder):
    assert "who 2016" not in concepts(grounder, "Patients treated with WHO 2016 grade II tumours were excluded.")


def test_a_code_bracketed_after_its_mechanism_noun_is_given(grounder):
    found = concepts(grounder, "A selective FFA3 agonist (AR 420626) also protected the neurons.")
    assert found.get("ar 420626", (None, ""))[1] == "AR 420626"


def test_a_code_bracketed_after_a_drug_name_stays_a_label(grounder):
    found = concepts(grounder, "The mice were given prednisolone (P100 group) for a week.")
    assert "p100" not in found


def test_endotoxin_given_is_an_intervention(grounder):
    assert concepts(grounder, "Volunteers received an injection of endotoxin (0.8 ng/kg).").get("endotoxin")


@pytest.mark.parametrize("text", [
    "Circulating endotoxin was higher in the patients with depression.",
    "Dysbiosis increases the translocation of endotoxin across the gut wall.",
])
def test_endotoxin_measured_is_no_intervention(grounder, text):
    assert "endotoxin" not in concepts(grounder, text)


def _title_interventions(grounder, title: str) -> dict[str, str]:
    from ipkg.extract.mentions import extract_mentions
    from ipkg.models import Document

    mentions, _ = extract_mentions(Document("t.txt", title, "The study is described."), grounder)
    return {m.text: m.concept.label for m in mentions if m.passage == "title" and m.concept.cls == "Intervention"}


@pytest.mark.parametrize("title, species", [
    ("Bacillus coagulans reduces anxiety-like behaviour in stressed rats", "Bacillus coagulans"),
    ("Weissella cibaria KX12 Restores Social Behaviour in Isolated Mice", "Weissella cibaria"),
])
def test_a_species_that_is_a_titles_subject_is_given(grounder, title, species):
    assert _title_interventions(grounder, title).get(species) == species


def test_an_english_plural_subject_is_no_species(grounder):
    assert not _title_interventions(grounder, "Oral pathogens exacerbate colitis in mice")

