"""Round 39 (issue 12): harms worded as what the treated showed, "Y in response to X", "pain on injection of X",
"had Y on X", events "have been reported for patients treated with X".

Self-written sentences in the style of toxicology and anaesthesia abstracts, each rule with its near misses (a
lessening or an improvement shown, a change in response to a drug, an infinitive of another agent's harm, an
induced model before the drug)."""

from __future__ import annotations

import pytest

from ipkg.extract.negation import MASK
from ipkg.extract.relation_context import PairContext
from ipkg.extract.relation_exposed import exposed_developed

from tests.findings_support import candidate_triples


def _typed(text: str, subject: str) -> set[str]:
    return {p for s, p, _ in candidate_triples(text) if s == subject}


@pytest.mark.parametrize(("text", "subject"), [
    ("Rats treated with cisplatin for 14 days showed nephrotoxicity.", "cisplatin"),
    ("Mice injected with cocaine for five days exhibited seizures.", "cocaine"),
    ("Chronic nicotine-treated rats develop locomotor hyperactivity in response to nicotine.", "nicotine"),
    ("Pain on injection of propofol is unpleasant.", "propofol"),
    ("Phlebitis at infusion of diazepam was frequent.", "diazepam"),
    ("Patients who had hepatotoxicity on sulfasalazine were identified.", "sulfasalazine"),
    ("Patients developed stronger headache on the nitroglycerin day than on the placebo day.", "nitroglycerin"),
    ("The most frequent events (nausea and headache) have been reported for patients treated with desipramine.",
     "desipramine"),
])
def test_a_harm_of_the_treated_or_of_giving_the_drug_is_its_adverse_effect(text: str, subject: str) -> None:
    assert _typed(text, subject) == {"hasAdverseEffect"}, candidate_triples(text)


@pytest.mark.parametrize(("text", "subject"), [
    ("Haloperidol-treated patients with schizophrenia showed improvement of psychosis.", "haloperidol"),
    ("A reduction of seizures in response to valproate was seen.", "valproate"),
    ("Patients had less nausea on ondansetron.", "ondansetron"),
    ("Patients with depression on sertraline were enrolled.", "sertraline"),
])
def test_an_improvement_stays_a_treatment(text: str, subject: str) -> None:
    assert _typed(text, subject) == {"treats"}, candidate_triples(text)


@pytest.mark.parametrize(("text", "subject"), [
    ("Rats treated with cisplatin for 14 days showed less nephrotoxicity.", "cisplatin"),
    ("Rats with streptozotocin-induced diabetes treated with insulin showed hypoglycemia.", "insulin"),
])
def test_no_harm_when_lessened_induced_before_or_another_agents(text: str, subject: str) -> None:
    assert "hasAdverseEffect" not in _typed(text, subject), candidate_triples(text)


@pytest.mark.parametrize(("sentence", "harm"), [
    ("X-exposed monkeys developed Y.", True),
    ("X-exposed monkeys primed to exhibit Y were studied.", False),  # the infinitive: another agent's doing
    ("Monkeys exposed to X for 3 weeks displayed marked Y.", True),
    ("Monkeys exposed to X for 3 weeks displayed no Y.", False),
    ("We gave stool into X-treated mice and showed that colonization caused Y.", False),  # another subject's verb
])
def test_the_treated_showed_reads_a_finite_verb_of_showing(sentence: str, harm: bool) -> None:
    text = sentence.replace("X", MASK).replace("Y", MASK * 3)
    first, second = text.index(MASK), text.rindex(MASK * 3)
    ctx = PairContext(text, (first, first + 1), (second, second + 3), True, first + 1, second)
    found = exposed_developed(ctx)
    assert (found is not None and found.predicate == "hasAdverseEffect") is harm
