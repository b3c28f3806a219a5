"""Issue 13, round 19g (session 16): Pathway kinds of the read parts and the 9k corpus, from GO, HGNC and MeSH names
(docs/grounding.md, "Round 19g"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from ipkg.ground.matcher import Grounder
from ipkg.ground.signal_families import member_names, read_families
from ipkg.ground.sources.receptor_subtypes import receptor_subtype_names
from tests.test_grounding_round3 import labels

STAT = "receptor signaling pathway via STAT"
JAK_STAT = "receptor signaling pathway via JAK-STAT"
CSD = "cortical spreading depression"
MGB = "microbiota-gut-brain axis"

# --- 1. a signalling GO names by its carrier family, named by the family's members (signal_families.py) -----------


@pytest.mark.parametrize("text, label", [
    ("Fluoxetine lowered STAT3 signaling in the hippocampus.", STAT),
    ("The STAT3 pathway was activated by interleukin-6.", STAT),
    ("Stress increased STAT3 phosphorylation in microglia.", STAT),
    ("The drug prevented the activation of STAT1 in astrocytes.", STAT),
    ("Phosphorylated STAT3 was raised in depressed mice.", STAT),
    ("STAT5 activation followed the injection.", STAT),  # STAT5A and STAT5B written together
    ("Leptin acts through the JAK2/STAT3 signaling pathway.", JAK_STAT),
    ("The JAK/STAT3 pathway was upregulated after the lesion.", JAK_STAT),
    ("Interferon signals through the JAK1-STAT1 cascade.", JAK_STAT),
])
def test_stat_members_name_the_stat_signalling(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Pathway") == {label}


def test_tyrosine_phosphorylation_of_a_member_is_the_more_specific_term(grounder: Grounder) -> None:
    assert labels(grounder, "Tyrosine phosphorylation of STAT3 was reduced.", "Pathway") == {
        "tyrosine phosphorylation of STAT protein"}


@pytest.mark.parametrize("text", [
    "STAT3 was expressed in the cortex.",  # the protein alone is no mechanism (GUIDELINES: gene names not scored)
    # torsin, not the TOR family of GO's TOR signalling
    "TOR1A mutations cause dystonia; TOR1A signaling was not studied.",
])
def test_member_alone_or_another_family_is_no_stat_signalling(grounder: Grounder, text: str) -> None:
    assert STAT not in labels(grounder, text, "Pathway")
    assert "TOR signaling" not in labels(grounder, text, "Pathway")


def test_families_only_from_gos_via_labels() -> None:
    labels_ = [STAT, JAK_STAT, "TOR signaling", "growth hormone receptor signaling pathway via JAK-STAT"]
    families = read_families(["STAT1", "STAT3", "JAK1", "JAK2", "TOR1A", "TOR1B"], labels_)
    assert families == {"JAK": ["JAK1", "JAK2"], "STAT": ["STAT1", "STAT3"]}
    # a specific receptor's JAK-STAT signalling and the regulations get no member names
    assert member_names("growth hormone receptor signaling pathway via JAK-STAT", families) == []
    assert member_names("regulation of receptor signaling pathway via STAT", families) == []


# --- 2. spreading depression, a phenomenon GO has no term for, named from MeSH (sources/phenomena.py) --------------


@pytest.mark.parametrize("text", [
    "Cortical spreading depression was evoked by potassium chloride.",
    "Hypoxia-induced spreading depression propagated across the slice.",
    "Leao's spreading depression is a wave of depolarization.",
])
def test_spreading_depression_is_a_pathway_not_the_mood_disorder(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == {CSD}
    assert labels(grounder, text, "Disorder") == set()


def test_depression_beside_it_stays_the_disorder(grounder: Grounder) -> None:
    text = "Spreading depression has been linked to migraine but not to depression."
    assert labels(grounder, text, "Pathway") == {CSD}
    assert "depressive disorder" in labels(grounder, text, "Disorder")


# --- 3. the microbiota-gut-brain axis by its initials (lexicon/curated.tsv) -----------------------------------------


def test_mgb_axis_undefined(grounder: Grounder) -> None:
    assert labels(grounder, "Probiotics may treat depression by regulating the MGB axis.", "Pathway") == {MGB}
    # case-sensitive: no lower-case look-alike
    assert labels(grounder, "the mgb axis of the plot", "Pathway") == set()


# --- 4. a receptor subtype's short form in R (sources/receptor_subtypes.py) -----------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Chronic stress desensitized 5-HT1AR signaling in the raphe.", "serotonin receptor signaling pathway"),
    ("Psilocybin acts through 5-HT2AR activation.", "serotonin receptor signaling pathway"),
    ("Quinpirole produced D2R activation in the striatum.", "dopamine receptor signaling pathway"),
])
def test_receptor_short_form_in_r(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Pathway") == {label}


def test_receptor_short_form_alone_is_not_read() -> None:
    names = {n for n, _ in receptor_subtype_names(["serotonin receptor signaling pathway"])}
    assert "5-HT1AR activation" in names and "5-HT1AR" not in names
    assert not any(n.startswith("serotonin-1AR") for n in names)  # only the symbol heads take the R


# --- 5. "transmitter" for "neurotransmitter" (sources/processes.clipped_transmitter_names) --------------------------


@pytest.mark.parametrize("text", [
    "Adenosine inhibits transmitter release at the synapse.",
    "Presynaptic receptors reduce transmitter secretion.",
])
def test_clipped_transmitter_release(grounder: Grounder, text: str) -> None:
    assert labels(grounder, text, "Pathway") == {"neurotransmitter secretion"}


# --- 6. the metabolism of the transmitters GO names a neurotransmission secretion of (sources/pathways.py) ---------


@pytest.mark.parametrize("text, label", [
    ("Lactobacilli raised GABA production in the colon.", "gamma-aminobutyric acid biosynthetic process"),
    ("The strain is able to produce gamma-aminobutyric acid in vitro.", "gamma-aminobutyric acid biosynthetic process"),
    ("Choline supplements increased acetylcholine synthesis.", "acetylcholine biosynthetic process"),
    ("Gut bacteria alter glutamate metabolism in depression.", "glutamate metabolic process"),
])
def test_transmitter_synthesis_and_metabolism(grounder: Grounder, text: str, label: str) -> None:
    assert labels(grounder, text, "Pathway") == {label}


def test_transmitter_roots_come_from_gos_neurotransmission_terms() -> None:
    from collections import defaultdict

    from ipkg.ground.sources.pathways import transmitter_metabolism

    rows = {"GO:1": {"name": "gamma-aminobutyric acid secretion, neurotransmission"},
            "GO:2": {"name": "gamma-aminobutyric acid metabolic process"},
            "GO:3": {"name": "peptide secretion, neurotransmission"}, "GO:4": {"name": "peptide metabolic process"},
            "GO:5": {"name": "regulation of glycine secretion, neurotransmission"},
            "GO:6": {"name": "regulation of glycine metabolic process"}}
    children: dict[str, set[str]] = defaultdict(set, {"GO:4": {f"GO:p{i}" for i in range(60)}})
    # a class of molecules with a large metabolism (peptides) and a regulation are no transmitter
    assert transmitter_metabolism(rows, children) == ("GO:2",)
