"""Issue 13, round 19j (session 17): context gates that dropped a substance the text gives. A gated name (the body's
own molecules, nutrients, experimental agents: ``ctx`` rows) grounds as an Intervention only next to a treatment cue
(:func:`ipkg.ground.matcher.treatment_context`); these are the cue wordings it did not read, and the places where a
cue must not make a name given. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.extract.mentions import extract_mentions
from ipkg.ground.matcher import Grounder, treatment_context
from ipkg.models import Document


def given(grounder: Grounder, abstract: str) -> set[str]:
    """Lower-cased surface forms of the Intervention mentions of ``abstract``."""
    mentions, _ = extract_mentions(Document("t.txt", "A study", abstract), grounder)
    return {m.text.lower() for m in mentions if m.concept.cls == "Intervention"}


# --- 1. an amount: a dose before the name, a dose list, amounts of substance, molar concentrations ---------------


@pytest.mark.parametrize("text, name", [
    ("Mice then received 10 mg/kg melatonin every evening.", "melatonin"),
    ("Each rat was injected with 2 mg/kg body weight of taurine once.", "taurine"),
    ("The perfusate contained 20 mM glycine throughout the recording.", "glycine"),
    ("Afterwards melatonin (5, 10, or 20 mg/kg) shortened the immobility time.", "melatonin"),
    ("In slices, adenosine (0.5-50 microM) lowered the field potential.", "adenosine"),
    ("Afterwards glycine (0.4 mmol/kg) lowered the plasma lactate.", "glycine"),
    ("Finally taurine (TAU; 25 or 50 mg/kg) restored the sucrose preference.", "taurine"),
    ("Taurine, at a dose of 40 mg/kg, restored the sucrose preference.", "taurine"),
    ("Microinjection of adenosine (2 nmol) into the nucleus reduced firing.", "adenosine"),
])
def test_an_amount_makes_a_name_given(grounder, text, name):
    assert name in given(grounder, text)


@pytest.mark.parametrize("text", [
    "Plasma glycine (0.3 mmol/L) did not differ between the groups.",
    "Serum melatonin (12 pg/ml) was lower in the patients.",
    "Tissue adenosine (4 nmol/mg protein) rose after the stroke.",
])
def test_a_level_measured_stays_no_intervention(grounder, text):
    assert not given(grounder, text)


# --- 2. a route -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("The effect of intraperitoneal melatonin on sleep was recorded.", "melatonin"),
    ("Rats given i.c.v. adenosine slept longer.", "adenosine"),
    ("Intracoronary adenosine shortened the arrhythmia.", "adenosine"),
    ("Then melatonin (i.p.) restored the rhythm.", "melatonin"),
])
def test_a_route_makes_a_name_given(grounder, text, name):
    assert name in given(grounder, text)


def test_oral_alone_is_no_route_cue(grounder):
    # "oral" also qualifies what lives or is measured in the mouth ("oral streptococci")
    assert not given(grounder, "The oral melatonin concentration peaked at night.")


# --- 3. giving in vitro, a lesion's agent, an anaesthetic, a participle after the name -----------------------------


@pytest.mark.parametrize("text, name", [
    ("Cultures were incubated with adenosine for two hours.", "adenosine"),
    ("The addition of glycine to the bath restored the current.", "glycine"),
    ("Bath application of adenosine silenced the neurons.", "adenosine"),
    ("Focal adenosine application silenced the neurons.", "adenosine"),
    ("Rotations were counted in 6-OHDA-lesioned rats.", "6-ohda"),
    ("Rats were lesioned with 6-hydroxydopamine in the striatum.", "6-hydroxydopamine"),
    ("Recordings were made in urethane-anaesthetized rats.", "urethane"),
    ("Recordings were made in rats anesthetized with urethane.", "urethane"),
    ("Recordings were made under urethane anesthesia.", "urethane"),
    ("Taurine-injected mice drank less.", "taurine"),
    ("Melatonin-fed hamsters gained less weight.", "melatonin"),
    ("Melatonin pretreatment prevented the rise.", "melatonin"),
    ("Melatonin was microinjected into the nucleus.", "melatonin"),
    ("Melatonin administered at dusk shifted the rhythm.", "melatonin"),
    ("Taurine-HCl was administered for two weeks.", "taurine"),
])
def test_giving_wordings_make_a_name_given(grounder, text, name):
    assert name in given(grounder, text)


# --- 4. where a cue must not make a name given --------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    # a receptor subtype or a receptor, ligand, transporter or channel word after the name: its target
    ("Systemic administration of the dopamine D2-like receptor antagonist raclopride blocked it.", "dopamine"),
    ("Pretreatment with the adenosine (ADO) A1 receptor blocker stopped it.", "adenosine"),
    ("Administration of adenosine-A1, but not adenosine-A3, receptor antagonists blocked it.", "adenosine"),
    # a modifier after a hyphen: what the channel needs, not what was given
    ("Administration of glycine-sensitive channel blockers blocked it.", "glycine"),
    # the tail of a longer chemical name: after a bracket or a substituent
    ("Rats received 4-amino[2,3-d]pyrimidine (5 mg/kg) once.", "pyrimidine"),
    ("Rats were treated with N6-propyl adenosine (1 mg/kg) once.", "adenosine"),
    # the name is what is exposed, not what is given
    ("Melatonin exposed to light degrades within hours.", "melatonin"),
])
def test_no_cue_makes_a_target_or_a_fragment_given(grounder, text, name):
    assert name not in given(grounder, text)


def test_treatment_context_reads_the_new_cues_and_guards():
    text = "in 6-OHDA lesioned rats; 20 mM glycine; the dopamine D2 receptor; N6-benzyl adenosine (1 mM)"
    cases = {"6-OHDA": True, "glycine": True, "dopamine": False, "adenosine": False}
    for name, expected in cases.items():
        start = text.index(name)
        assert treatment_context(text, start, start + len(name)) is expected, name


# --- 5. a cue across a list: every member is given, unless a clause of its own starts with the name -------------


@pytest.mark.parametrize("text, names", [
    ("Rats received melatonin and taurine for two weeks.", {"melatonin", "taurine"}),
    ("Treatment with melatonin, taurine or glycine prevented the loss.", {"melatonin", "taurine", "glycine"}),
    ("Mice were treated with vehicle, melatonin (10 mg/kg) or taurine.", {"melatonin", "taurine"}),
])
def test_a_cue_reaches_every_member_of_a_list(grounder, text, names):
    assert names <= given(grounder, text)


@pytest.mark.parametrize("text, name", [
    ("Rats were treated with fluoxetine, and dopamine was measured in the striatum.", "dopamine"),
    ("Rats were treated with fluoxetine and serotonin levels rose.", "serotonin"),
    ("Cells were treated with probiotic bacteria, while melatonin (MEL) and taurine fell.", "taurine"),
    ("Mice were injected with saline or cysteine sulfinic acid (10 mg/kg).", "cysteine"),
])
def test_a_list_cue_stops_at_a_clause_a_measure_or_a_longer_name(grounder, text, name):
    assert name not in given(grounder, text)


@pytest.mark.parametrize("text, name", [
    ("Mice were treated with saline or methanol extract of the leaves.", "methanol"),
    ("Treatment with an antagonist or IL-10 neutralizing antibody reversed it.", "il-10"),
])
def test_what_is_made_from_or_against_a_name_is_given_not_the_name(grounder, text, name):
    assert name not in given(grounder, text)


def test_a_dose_phrase_after_the_name_is_no_measure(grounder):
    assert "taurine" in given(grounder, "Cells were treated with taurine at concentrations of 5 to 50 mM.")


def test_an_anti_name_before_antibody_stays_the_agent(grounder):
    mentions, _ = extract_mentions(Document("t.txt", "A study", "Administration of an anti-TNF-alpha monoclonal "
                                            "antibody at day 0 neutralized the cytokine."), grounder)
    assert any(m.concept.cls == "Intervention" and m.text.startswith("anti-TNF") for m in mentions)
