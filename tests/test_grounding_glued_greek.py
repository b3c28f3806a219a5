"""An acronym with its Greek letter spelled out and glued on ("IFNgamma", "TGFbeta") grounds as its hyphenated form
("IFN-γ"): a case-sensitive name's acronym is the part before the letter (issue 13, session 21)."""

from __future__ import annotations

import pytest

from ipkg.extract import get_grounder
from ipkg.extract.mentions import extract_mentions
from ipkg.ground.variants import cased_form
from ipkg.models import Document


def _concepts(sentence: str) -> dict[str, str]:
    mentions, _ = extract_mentions(Document("t.txt", "Cytokines", sentence), get_grounder())
    return {m.text: m.concept.iri for m in mentions}


@pytest.mark.parametrize(("glued", "hyphenated"), [("IFNgamma", "IFN-gamma"), ("TGFbeta", "TGF-beta"),
                                                   ("TNFalpha", "TNF-alpha")])
def test_a_glued_greek_letter_grounds_as_the_hyphenated_name(glued: str, hyphenated: str) -> None:
    found = _concepts(f"Serum {glued} and later {hyphenated} levels were increased in patients.")
    assert glued in found and found[glued] == found[hyphenated]


def test_the_acronym_keeps_its_case() -> None:
    assert "ifngamma" not in _concepts("Serum ifngamma levels were increased in patients.")
    assert cased_form("IFNgamma") == "IFN" == cased_form("IFN-γ")
