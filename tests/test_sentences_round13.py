"""Round 13 (issue 11): sentence boundaries the splitter misses or makes up (docs/design.md, round 13).

Every sentence below was written for this test; each kind of boundary was counted in the texts read (pool folds
0-2, the dev set and the 9k bench corpus). The splitter that reads them right (commits a1e6b66 and 08fc81e) was
measured and not adopted by the round's rule (it did not raise the design figures of the pool's folds 3-4), so the
cases it fixes are expected failures of the shipped splitter (strict: adopting a splitter that reads them turns
them into errors, and the marks are then removed); the cases that both read alike are plain tests.
"""

from __future__ import annotations

import pytest

from ipkg.extract.sentences import split_sentences


#: a boundary the shipped splitter reads wrongly, fixed by round 13's splitter (measured, not adopted)
_NOT_ADOPTED = pytest.mark.xfail(strict=True, reason="round 13's splitter: measured, not adopted (docs/design.md)")


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a structured abstract's sections joined by ".;" (the label dropped): one sentence per section
        pytest.param("Patients were enrolled.; Ratings improved at week 8.; The drug helps.",
                     ["Patients were enrolled.", "Ratings improved at week 8.", "The drug helps."], marks=_NOT_ADOPTED),
        pytest.param("Mood was rated weekly (HAM-D).; 212 patients took part.",
                     ["Mood was rated weekly (HAM-D).", "212 patients took part."], marks=_NOT_ADOPTED),
        pytest.param("Does it work?; A trial was run.", ["Does it work?", "A trial was run."], marks=_NOT_ADOPTED),
        # a semicolon after an abbreviation inside a sentence stays inside it
        ("The change was small (n.s.; p = 0.3) in both groups.",
         ["The change was small (n.s.; p = 0.3) in both groups."]),
        # a dose route ends a sentence before a word that opens one, and not before a drug's abbreviation
        pytest.param("Rats received the drug i.v. Nine of them were then tested.",
                     ["Rats received the drug i.v.", "Nine of them were then tested."], marks=_NOT_ADOPTED),
        pytest.param("Mice were given 10 mg/kg i.p. The controls were given saline.",
                     ["Mice were given 10 mg/kg i.p.", "The controls were given saline."], marks=_NOT_ADOPTED),
        ("Patients received 125 mg i.v. MP before surgery.", ["Patients received 125 mg i.v. MP before surgery."]),
        ("The i.v. route was used in all rats.", ["The i.v. route was used in all rats."]),
        pytest.param("Doses were given b.i.d. Morning levels were measured.",
                     ["Doses were given b.i.d.", "Morning levels were measured."], marks=_NOT_ADOPTED),
        # a unit ends a sentence before a capital
        pytest.param("The mean dose was 4 mg. The range was wide.", ["The mean dose was 4 mg.", "The range was wide."],
                     marks=_NOT_ADOPTED),
        pytest.param("Flow was recorded for 10 min. NO levels rose.",
                     ["Flow was recorded for 10 min.", "NO levels rose."],
                     marks=_NOT_ADOPTED),
        # et al., etc. and spp. end a sentence before a word that opens one
        pytest.param("This extends the review by Brown et al. We searched four databases.",
                     ["This extends the review by Brown et al.", "We searched four databases."], marks=_NOT_ADOPTED),
        pytest.param("Mood, sleep, appetite, etc. These were rated daily.",
                     ["Mood, sleep, appetite, etc.", "These were rated daily."], marks=_NOT_ADOPTED),
        pytest.param("Counts rose for Lactobacillus spp. Moreover, diversity fell.",
                     ["Counts rose for Lactobacillus spp.", "Moreover, diversity fell."], marks=_NOT_ADOPTED),
        # ... but not before a journal's name
        ("As reported by Brown et al. Am J Psychiatry 1990, it works.",
         ["As reported by Brown et al. Am J Psychiatry 1990, it works."]),
        ("First seen by Brown et al. (Genomics 11, 1991) in twins.",
         ["First seen by Brown et al. (Genomics 11, 1991) in twins."]),
        # a single capital after a lower-case word or a number ends a sentence; an initial or a part's number does not
        pytest.param("Pain was lower in group C. There were no other differences.",
                     ["Pain was lower in group C.", "There were no other differences."], marks=_NOT_ADOPTED),
        pytest.param("Tone fell at 10(-5) M. NECA had no effect.", ["Tone fell at 10(-5) M.", "NECA had no effect."],
                     marks=_NOT_ADOPTED),
        ("The method of Maria K. Brown was used.", ["The method of Maria K. Brown was used."]),
        ("Strains of T. brucei were grown.", ["Strains of T. brucei were grown."]),
        ("Drugs for aggression: I. A crossover study.", ["Drugs for aggression: I. A crossover study."]),
        # an acronym is no abbreviation
        pytest.param("Twenty patients had MS. The others had epilepsy.",
                     ["Twenty patients had MS.", "The others had epilepsy."],
                     marks=_NOT_ADOPTED),
        pytest.param("Levels differed by CA. Both groups were small.",
                     ["Levels differed by CA.", "Both groups were small."],
                     marks=_NOT_ADOPTED),
        # a p-value that ends a sentence
        pytest.param("The effect was small, P<.05. Dropout was low.",
                     ["The effect was small, P<.05.", "Dropout was low."],
                     marks=_NOT_ADOPTED),
        # the numbers of a numbered list open their sentences instead of being sentences
        pytest.param("1. Rats were stressed. 2. Cortisol rose in 8 of them.",
                     ["1. Rats were stressed.", "2. Cortisol rose in 8 of them."], marks=_NOT_ADOPTED),
        pytest.param("The dose was doubled at week 4. 2. Responses were rated.",
                     ["The dose was doubled at week 4.", "2. Responses were rated."], marks=_NOT_ADOPTED),
        # what stays as before: never an end before a noun or a number
        ("Drug vs. Placebo groups were compared.", ["Drug vs. Placebo groups were compared."]),
        ("It was approx. 20 mg per day.", ["It was approx. 20 mg per day."]),
        ("It was approved in the U.S. Food and Drug Administration's review.",
         ["It was approved in the U.S. Food and Drug Administration's review."]),
        ("Trial registration no. NCT01234567.", ["Trial registration no. NCT01234567."]),
        ("Responders were seen in group 1. Sedation was rare.",
         ["Responders were seen in group 1.", "Sedation was rare."]),
    ],
)
def test_round13_boundaries(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


@_NOT_ADOPTED
def test_the_joining_semicolon_belongs_to_neither_sentence() -> None:
    text = "First part.;  Second part."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First part.", "Second part."]
    assert spans == [(0, 11), (14, 26)]
