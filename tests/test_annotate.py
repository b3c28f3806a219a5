"""The annotated document: sentences with sections, roles and their mentions, made once per abstract."""

from __future__ import annotations

from ipkg.extract.annotate import ROLES, annotate, section_role, sentence_roles
from ipkg.models import Concept, Document, Mention

KET = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
MDD = Concept("http://purl.obolibrary.org/obo/MONDO_0002009", "major depressive disorder", "Disorder")


def test_structured_sections_decide_roles_and_unknown_labels_are_other() -> None:
    text = ("BACKGROUND: Ketamine is a fast antidepressant.\nMETHODS: We randomized 40 patients.\n"
            "RESULTS: Scores fell (p < 0.01).\nTRIAL REGISTRATION: NCT000.\nCONCLUSIONS: It works.")
    sections, offset = [], 0
    for line in text.split("\n"):
        sections.append((line.split(":")[0], offset, offset + len(line)))
        offset += len(line) + 1
    doc = Document("a.txt", "Ketamine in depression", text, sections=tuple(sections))
    roles = [(s.role, s.section) for s in annotate(doc).sentences]
    assert roles == [("title", None), ("background", "BACKGROUND"), ("methods", "METHODS"),
                     ("results", "RESULTS"), ("other", "TRIAL REGISTRATION"), ("conclusions", "CONCLUSIONS")]


def _structured(text: str) -> Document:
    sections, offset = [], 0
    for line in text.split("\n"):
        sections.append((line.split(":")[0], offset, offset + len(line)))
        offset += len(line) + 1
    return Document("a.txt", "Cytokines in depression: a meta-analysis", text, sections=tuple(sections))


def test_a_reviews_data_synthesis_is_its_results_unless_a_results_section_follows() -> None:
    jama = ("OBJECTIVE: To pool cytokine levels in depression.\nDATA SOURCES: PubMed to 2020.\n"
            "DATA SYNTHESIS: Twenty studies were included. IL-6 was higher in patients (SMD 0.5).\n"
            "CONCLUSIONS: IL-6 is raised.")
    assert [s.role for s in annotate(_structured(jama)).sentences] == [
        "title", "objective", "methods", "results", "results", "conclusions"]
    bmj = ("OBJECTIVE: To pool cytokine levels in depression.\nDATA SYNTHESIS: Random effects models.\n"
           "RESULTS: IL-6 was higher in patients (SMD 0.5).\nCONCLUSIONS: IL-6 is raised.")
    assert [s.role for s in annotate(_structured(bmj)).sentences] == [
        "title", "objective", "methods", "results", "conclusions"]


def test_unstructured_roles_follow_the_order_of_abstracts() -> None:
    sentences = [
        "Inflammation has been implicated in depression.",
        "This study aimed to examine whether minocycline reduces depressive symptoms.",
        "Sixty patients were randomized to minocycline or placebo for 12 weeks.",
        "Depression scores did not differ between the groups (p = 0.41).",
        "Minocycline was well tolerated.",
        "These findings suggest that minocycline is not effective as an add-on treatment.",
    ]
    roles = sentence_roles(sentences)
    assert roles[0] == "background" and roles[1] == "objective" and roles[2] == "methods"
    assert roles[3] == "results" and roles[-1] == "conclusions"
    assert [ROLES.index(r) for r in roles] == sorted(ROLES.index(r) for r in roles)


def test_section_role_variants() -> None:
    assert section_role("Materials and Methods") == "methods"
    assert section_role("MAIN OUTCOME MEASURES") == "methods"
    assert section_role("Conclusions and relevance") == "conclusions"
    assert section_role("Trial registration") is None


def test_each_sentence_holds_its_own_mentions_with_passage_offsets() -> None:
    abstract = "Ketamine was given. Patients with major depressive disorder improved."
    mentions = (Mention("abstract", 0, 8, "Ketamine", KET), Mention("abstract", 34, 59, "major depressive disorder", MDD),
                Mention("title", 0, 8, "Ketamine", KET))
    annotated = annotate(Document("a.txt", "Ketamine for depression", abstract), mentions)
    title, first, second = annotated.sentences
    assert [m.concept for m in title.mentions] == [KET]
    assert [m.text for m in first.mentions] == ["Ketamine"] and [m.text for m in second.mentions] == [
        "major depressive disorder"]
    assert abstract[second.start:second.end] == second.text
    assert annotated.sentence_at("abstract", 40) == second
    assert [s.index for s in annotated.sentences] == [0, 1, 2]


def test_shipped_role_model_reports_its_held_out_accuracy_and_loads_offline() -> None:
    from ipkg.extract.annotate import role_model

    model = role_model()
    assert model is not None, "src/ipkg/extract/data/sentence-roles.json.gz is missing: python -m ipkg.extract.train_roles"
    assert set(model.classes) == set(ROLES)
    assert model.meta["held_out_accuracy"] >= 0.85 and model.meta["held_out_sentences"] >= 1000


def test_model_and_cue_rules_agree_on_a_plain_trial_abstract() -> None:
    from ipkg.extract.annotate import role_model

    sentences = [
        "Low-grade inflammation is common in bipolar disorder.",
        "We conducted a double-blind trial in 80 outpatients.",
        "Participants were randomly assigned to celecoxib or placebo for 8 weeks.",
        "The primary outcome was the change in the MADRS score.",
        "MADRS scores decreased more with celecoxib than with placebo (p = 0.02).",
        "Adverse events were mild.",
        "Celecoxib may be a useful adjunct in bipolar depression.",
    ]
    for model in (role_model(), None):
        roles = sentence_roles(sentences, model=model)
        assert roles[0] == "background" and roles[2] == "methods" and roles[4] == "results", (model, roles)
        assert roles[-1] == "conclusions", (model, roles)


def test_monotone_decoding_finds_the_best_ordered_sequence() -> None:
    """The running-maximum Viterbi equals brute force over every non-decreasing role sequence."""
    import itertools
    import random

    from ipkg.extract.annotate import _monotone

    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 5)
        scores = [[rng.choice([-2.0, -0.5, 0.0, 0.5, 1.0, 3.0]) for _ in ROLES] for _ in range(n)]
        for stay in (0.0, 1.0):
            path = [ROLES.index(r) for r in _monotone(scores, stay)]
            assert path == sorted(path)

            def total(seq: tuple[int, ...]) -> float:
                return sum(scores[i][r] for i, r in enumerate(seq)) + stay * sum(a == b for a, b in zip(seq, seq[1:]))

            best = max(total(seq) for seq in itertools.combinations_with_replacement(range(len(ROLES)), n))
            assert abs(total(tuple(path)) - best) < 1e-9


def test_role_model_retrains_to_the_shipped_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``python -m ipkg.extract.train_roles`` rebuilds the shipped model byte for byte (needs scikit-learn and the
    corpora in ../shared)."""
    import pytest

    pytest.importorskip("sklearn")
    from ipkg.extract.annotate import MODEL_PATH
    from ipkg.extract.train_roles import main as train
    from tests.constants import SHARED

    if not (SHARED / "corpus" / "external").is_dir():
        pytest.skip("../shared/corpus/external is not there")
    out = tmp_path / "roles.json.gz"
    assert train(["--shared", str(SHARED), "--out", str(out)]) == 0
    assert out.read_bytes() == MODEL_PATH.read_bytes()
