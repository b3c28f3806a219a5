"""Round 23 of the findings rules (s14 issue 12; docs/findings.md section 23): a name introduced once in full carries
its concept to its shorter later uses. Self-written sentences in the wording of animal and clinical abstracts;
mentions from the shipped lexicon.
"""

from __future__ import annotations

from ipkg.extract import get_grounder
from ipkg.extract.introduced_names import abbreviated_binomials, coded_products
from ipkg.extract.mentions import extract_mentions
from ipkg.models import Document
from tests.test_findings_round10 import _rows


def _mentions(title: str, text: str) -> set[tuple[str, str]]:
    doc = Document("t.txt", title, text, sections=(("RESULTS", 0, len(text)),))
    mentions, _ = extract_mentions(doc, get_grounder())
    return {(m.text, m.concept.label) for m in mentions}


# ---------------------------------------------------------------- an abbreviated binomial
def test_abbreviated_binomial_takes_the_concept_of_the_full_name_the_text_grounds() -> None:
    found = _mentions("Supplementation with Lactobacillus helveticus R0052 in stressed rats",
                      "L. helveticus R0052 lowered plasma interleukin-6 levels.")
    assert ("L. helveticus", "Lactobacillus helveticus") in found


def test_abbreviated_binomial_gives_the_finding_of_its_sentence() -> None:
    rows = _rows("Rats received Lactobacillus helveticus for four weeks. L. helveticus reduced serum "
                 "interleukin-6 levels compared with vehicle.", title="Probiotic treatment of stressed rats")
    assert ("Lactobacillus helveticus", "decreases", "interleukin 6", False, False) in rows


def test_abbreviated_binomial_without_its_full_name_in_the_text_is_nothing() -> None:
    texts = {"abstract": "L. helveticus reduced serum interleukin-6 levels."}
    assert abbreviated_binomials(texts, get_grounder()) == []


def test_abbreviated_binomial_needs_the_same_initial() -> None:
    texts = {"abstract": "Administration of Lactobacillus helveticus to rats. B. helveticus was not given."}
    assert abbreviated_binomials(texts, get_grounder()) == []


# ---------------------------------------------------------------- a code name after its class
def test_code_name_after_its_class_stands_for_the_class_where_it_recurs() -> None:
    rows = _rows("Adults received probiotic XQ-2231 or placebo for eight weeks. XQ-2231 treatment led to a decrease "
                 "in serum interleukin-6 levels.", title="A randomised trial")
    assert ("Probiotics", "decreases", "interleukin 6", False, False) in rows


def test_code_name_after_a_generic_drug_word_stands_for_nothing() -> None:
    texts = {"abstract": "The novel compound XQ-2231 was given. XQ-2231 lowered interleukin-6."}
    assert coded_products(texts, get_grounder()) == []


def test_code_name_without_a_class_before_it_stands_for_nothing() -> None:
    texts = {"abstract": "Mice received XQ-2231 daily. XQ-2231 lowered interleukin-6."}
    assert coded_products(texts, get_grounder()) == []


# ---------------------------------------------------------------- a demonstrative two sentences after its antecedents
def test_demonstrative_takes_the_items_of_the_sentence_before_the_previous_when_that_names_none() -> None:
    rows = _rows("Lipopolysaccharide increased interleukin-6 and tumor necrosis factor levels in the hippocampus. "
                 "Body weight was recorded daily. Minocycline attenuated these cytokines.")
    assert ("minocycline", "decreases", "interleukin 6", False, False) in rows
    assert ("minocycline", "decreases", "tumor necrosis factor", False, False) in rows


def test_demonstrative_reads_the_previous_sentence_first() -> None:
    rows = _rows("Lipopolysaccharide increased interleukin-6 and tumor necrosis factor levels in the hippocampus. "
                 "Interleukin-1 beta and interleukin-10 were measured as well. Minocycline attenuated these "
                 "cytokines.")
    assert ("minocycline", "decreases", "interleukin 10", False, False) in rows
    assert ("minocycline", "decreases", "interleukin 6", False, False) not in rows


def test_demonstrative_looks_back_two_sentences_at_most() -> None:
    rows = _rows("Lipopolysaccharide increased interleukin-6 and tumor necrosis factor levels in the hippocampus. "
                 "Body weight was recorded daily. Sucrose intake was scored weekly. Minocycline attenuated these "
                 "cytokines.")
    assert ("minocycline", "decreases", "interleukin 6", False, False) not in rows


def test_a_measure_after_a_drug_name_is_no_code_name() -> None:
    texts = {"abstract": "We measured the bupivacaine AD50 in rats. The AD50 fell with age."}
    assert coded_products(texts, get_grounder()) == []


def test_a_condition_demonstrative_reads_the_previous_sentence_only() -> None:
    rows = _rows("Chronic stress caused depression and anxiety in rats. Body weight was recorded daily. Probiotics "
                 "improved these disorders.")
    assert not any(r[0] == "Probiotics" and r[1] == "treats" for r in rows)
