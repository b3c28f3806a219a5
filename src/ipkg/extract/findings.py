"""Findings: typed relations between grounded concepts drawn from one sentence (issue 5).

For every sentence of the title and the abstract that holds two or more grounded mentions
(:func:`ipkg.extract.finding_items.sentence_items`), each ordered pair of mentions whose classes a relation links
(see :mod:`ipkg.extract.relations`) is typed by trigger words and patterns over the text between and around the two
mentions; :mod:`ipkg.extract.negation` then decides whether the sentence denies the relation (``negated``) or only
suggests it (``hedged``) (:func:`ipkg.extract.finding_polarity.relation_flags`). Clauses of contrast and lists of
markers carry relations to more targets (:mod:`ipkg.extract.relation_lists`); anaphors stand for the abstract's main
intervention (:mod:`ipkg.extract.main_subject`). :func:`read_study` sorts what the study tested from what it found.
The rules, their reasons and their limits are written down in ``docs/findings.md``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Concept, Document, Finding, Mention, StudyPico
from ..cues import Cue, Folded, fold
from .arm_outcomes import COMPARATOR_WORDS
from .anaphora import (Antecedent, ClassDefinitions, demonstrative_items, following, may_refer_back,
                       outcome_only_findings)
from .behaviour import behaviour_findings, induced_state_findings, may_state_behaviour
from .clause_spans import ClauseReader
from .constructions import construction_findings
from .exposure import admissible, exposure_aliases
from .finding_items import (RELATED_CLASSES, class_of_members, example_members, head_only_concepts, reference_only,
                            sentence_items)
from .finding_polarity import Where, make_finding, mask_items, relation_flags
from .main_subject import (
    adverse_subject,
    effect_anaphor,
    effect_object,
    implicit_mechanism,
    main_intervention,
    may_have_anaphor,
    pseudo_items,
    sole_intervention,
)
from .reversal import Reversals
from .recall_active_cells import active_cell_items
from .recall_behaviour_tests import behaviour_test_findings, may_state_test
from .recall_changes_in import changed_in_findings
from .recall_like_states import relieved_state_findings
from .recall_markers import marker_items, may_name_marker
from .recall_process_measures import may_name_process_measure, process_measure_items, without_system_changes
from .recall_respellings import respelled_items, respellings
from .recall_review_roles import role_findings
from .recall_second_in import second_in_findings
from .recall_microbiota import disorder_links, may_name_microbiota, microbiota_items, population_links
from .mechanism import appositive_findings, may_state_property, mechanism_findings
from .negation import hedge_cues
from .implicit import INFLAMMATORY_RESPONSE, condition_families, inflammatory_kind, main_aliases, may_have_implicit
from .relation_lists import CONTRASTED, contrasted_findings, directed_findings
from .relation_ratio import ratio_findings
from .pairing import CLAUSE_BREAK, COMPOUND, Item, Layout
from .relations import (
    CONDITION_CLASSES,
    MODULATED_CLASSES,
    RelationMatch,
    match_relation,
)

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["INFLAMMATORY_RESPONSE", "RELATED_CLASSES", "candidate_findings", "extract_findings", "main_intervention", "read_study"]

#: the (subject class, object class) pairs a relation of the vocabulary links
_PAIRS = frozenset(
    [("Intervention", "Intervention")]
    + [("Intervention", c) for c in CONDITION_CLASSES]
    + [("Intervention", c) for c in MODULATED_CLASSES]
    + [("Disorder", c) for c in MODULATED_CLASSES]
)
_ANTI_INFLAMMATORY = Cue(re.compile(
    r"\banti-?inflammat\w*\s+(?:and\s+[\w-]+\s+)?(?:properties|property|effects?|efficacy|actions?|activity|"
    r"activities|potentials?|capacity)\b",
    re.IGNORECASE,
), "inflammat")
#: "lower in BD individuals who did not ... compared with BD individuals who ...": the groups compared both have it
#: (the trial readers' comparator words, :data:`ipkg.extract.arm_outcomes.COMPARATOR_WORDS`, and "in comparison with")
_COMPARED_WITH = re.compile(rf"\b(?:{COMPARATOR_WORDS}|in\s+comparison\s+(?:with|to))\s", re.IGNORECASE)


def _sentence_findings(view: Folded, items: list[Item], where: Where,
                       main: Concept | None, after_main: bool, agent: Concept | None = None
                       ) -> list[tuple[int, Finding]]:
    """``(pair distance, finding)`` for every relation the sentence states; ``agent``: the one intervention of the
    sentence before, which "this effect" stands for, and "the treatment", "the drug" too when the abstract has no
    main intervention."""
    out: list[tuple[int, Finding]] = []
    sentence = view.text
    pseudo = pseudo_items(view, items, main if main is not None else agent) or effect_anaphor(sentence, items, agent)
    if agent is not None and not pseudo and where[4] == "results" and items and all(
            i.cls in MODULATED_CLASSES for i in items):
        # "Mice received minocycline. Serum IL-6 levels fell.": the agent of the sentence before did it
        out.extend((0, f) for f in outcome_only_findings(mask_items(sentence, items), items, agent, where))
        if out:
            return out
    if len(items) + len(pseudo) < 2 and (main is None or not after_main or not (items or pseudo)) and not (
            items and (may_state_property(view) or may_state_behaviour(view) or may_state_test(view))):
        return out  # no pair, and no mechanism of the main intervention
    if pseudo:
        items = sorted(items + pseudo, key=lambda i: (i.start, i.end))
    masked = mask_items(sentence, items)
    layout = Layout(masked, items)
    sources: list[tuple[Item, Item, RelationMatch]] = []  # asserted relations on targets: a contrast may follow
    classes = {n for n, i in enumerate(items) if class_of_members(sentence, i, items[n + 1 :])}
    for s, o in layout.pairs():
        subject, obj = items[s], items[o]
        if obj.pseudo or subject.concept.iri == obj.concept.iri or (subject.cls, obj.cls) not in _PAIRS or (
                s in classes or o in classes) or subject.pseudo == "effect" and not effect_object(obj):
            continue
        matches: tuple[RelationMatch, ...] = ()
        if subject.pseudo == "adverse":
            adverse = adverse_subject(masked, subject, obj)
            matches = (adverse,) if adverse is not None else ()
        else:
            ctx = layout.context(s, o)
            matches = match_relation(ctx, subject.cls, obj.cls) if ctx is not None else ()
        if matches and s < o and layout.in_compound(s):
            # "Minocycline attenuated LPS-induced behaviour and reduced IL-1β": LPS owns only its compound's relation
            compound = COMPOUND.match(masked, subject.end)
            matches = tuple(m for m in matches if m.trigger[0] <= compound.end() + 12)  # type: ignore[union-attr]
        elif matches and s < o and COMPOUND.match(masked, subject.end):
            # "Vagotomy attenuated LPS-induced depression but did not alter the increase in IL-1β": a state named by
            # a compound is the subject of no verb after a clause break
            matches = tuple(m for m in matches if m.trigger[0] < subject.end or not layout.has_break(subject.end,
                                                                                                     m.trigger[0]))
        named = _indefinite_partner(masked, items, s) if matches else None
        if named is not None and named.concept.iri != obj.concept.iri:
            # "a combination of metyrapone and an antidepressant drug may be useful for Y": metyrapone's finding
            subject = named
        if matches and s < o and _object_of_earlier_verb(masked, items, s):
            # "A potentiates the activity of B and exerts an effect on Y": the verb after "and" is A's, not B's
            verb = _AND_VERB.match(masked, subject.end)
            matches = tuple(m for m in matches
                            if m.trigger[0] < subject.end or verb is None or verb.end() > m.trigger[1])
        if matches and obj.start < subject.start and _genotype_result(masked, subject, matches):
            matches = ()
        if matches and s < o and _setting_of_change(masked, subject):
            matches = tuple(m for m in matches if m.predicate != "associatedWith")
        if matches and _within_population(masked, items, subject):
            matches = tuple(m for m in matches if m.predicate != "associatedWith")
        for match in matches:
            flags = relation_flags(masked, match, [(subject.start, subject.end), (obj.start, obj.end)],
                                   (obj.start, obj.end))
            out.append((abs(obj.start - subject.start), make_finding(subject.concept, match, obj.concept, flags, where)))
            if obj.cls in MODULATED_CLASSES and match.predicate in CONTRASTED and not any(flags):
                sources.append((subject, obj, match))
    if sources:
        out.extend(contrasted_findings(masked, items, layout, sources, where))
    out.extend(directed_findings(masked, items, where))
    if main is not None and after_main and not any(i.cls == "Intervention" for i in items):
        out.extend((0, f) for f in implicit_mechanism(masked, items, main, where))
    out.extend((0, f) for f in _anti_inflammatory(view, masked, items, where))
    for start, end, disorder in inflammatory_kind(sentence, [(i.start, i.end, i.concept) for i in items]):
        # "IBDs are complex chronic inflammatory disorders": the disorder goes with the inflammatory response
        # a definition: hedged only by a cue inside it ("Objective: IBDs are ...", "... with uncertain etiology")
        kind = RelationMatch("associatedWith", None, (start, end))
        negated = relation_flags(masked, kind, [(start, end)], (start, end))[0]
        hedged = any(start <= s and e <= end for s, e in hedge_cues(masked))
        out.append((0, make_finding(disorder, kind, INFLAMMATORY_RESPONSE, (negated, hedged), where)))
    masked_view = fold(masked)  # folded once for the readers below
    out.extend((0, f) for f in mechanism_findings(view, masked_view, items, where))
    out.extend((0, f) for f in appositive_findings(masked, items, [f for _, f in out]))
    out.extend((0, f) for f in behaviour_findings(masked_view, items, where))
    out.extend((0, f) for f in induced_state_findings(masked_view, items, where))
    out.extend((0, f) for f in relieved_state_findings(masked_view, items, where))  # "X reversed Y-like ...", r33
    out.extend((0, f) for f in changed_in_findings(masked_view, items, where))  # "changes in X in Y", round 33
    # "the role of X in Y" (round 41): last in the choice of a pair's finding, so another reader's reading wins
    out.extend((len(sentence), f) for f in role_findings(masked_view, items, where))
    out.extend((0, f) for f in behaviour_test_findings(masked_view, items, where))  # open arms, NSF, r36
    out.extend((0, f) for f in construction_findings(masked_view, items, where))  # "X-mediated Y", round 27
    out = ratio_findings(masked, items, out)  # "decreased the ratio of A to B": modulates A and B
    examples = example_members(sentence, items) if len(items) > 3 else {}
    if examples:  # "contribute to neurological disorders, such as A, B and C": the class's findings are theirs too
        out.extend((d, dataclasses.replace(f, **{role: member}))
                   for d, f in list(out) for role in ("subject", "obj")
                   for member in examples.get(getattr(f, role).iri if getattr(f, role) else "", ()))
    return out


#: "A <verb>s the <noun> of " before B: B is inside A's object ("metyrapone potentiates the antidepressant-like
#: activity of imipramine")
_VERB_OF = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+(?:s|ed)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?of\s+$")
#: ", and <verb>s" or "and <verb>ed" right after B: a verb coordinated with A's
_AND_VERB = re.compile(r"\s*,?\s+and\s+(?:\w+ly\s+)?[a-z]+(?:s|ed)\b")


#: "A and an ...", "A is a novel ..." right before an item: an indefinite partner of the named A, or its class
_INDEFINITE_PARTNER = re.compile(r"\s+(?:(?:and|plus|with)\s+an?|(?:is|was)\s+an?(?:\s+[\w-]+)?)\s+$", re.IGNORECASE)
#: an indefinite article right before an item: a class word, not a named drug ("an NMDA receptor antagonist")
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def _indefinite_partner(masked: str, items: list[Item], s: int) -> Item | None:
    """The named intervention before ``items[s]`` when ``items[s]`` is a class word with an indefinite article
    coordinated after it ("a combination of metyrapone and an antidepressant drug") or said of it ("BE360 is a
    novel selective estrogen receptor modulator and new therapy option for osteoporosis"): the class word is any
    member, the named drug's partner or its kind, and the named drug is the agent of the sentence's relations (the
    class word stays their object: "potentiates"); ``None`` otherwise."""
    subject = items[s]
    if subject.cls != "Intervention" or not _INDEFINITE_PARTNER.search(masked, max(0, subject.start - 30),
                                                                       subject.start):
        return None
    return next((i for i in _just_before(items, s, 30) if i.cls == "Intervention" and not i.pseudo
                 and _INDEFINITE_PARTNER.fullmatch(masked, i.end, subject.start)
                 and not _INDEFINITE_BEFORE.search(masked, max(0, i.start - 4), i.start)), None)


def _object_of_earlier_verb(masked: str, items: list[Item], s: int) -> bool:
    """True when the subject candidate ``items[s]`` is named inside the object of an earlier intervention's verb
    ("A potentiates the activity of B and exerts ..."): a verb coordinated after B has A for its subject."""
    subject = items[s]
    if not masked.endswith("of ", 0, subject.start):
        return False
    return any(i.cls == "Intervention" and _VERB_OF.fullmatch(masked, i.end, subject.start)
               for i in _just_before(items, s, 80))


def _just_before(items: list[Item], s: int, reach: int) -> list[Item]:
    """The items that end at most ``reach`` characters before ``items[s]`` starts (a bounded look-back)."""
    start = items[s].start
    out = []
    for i in reversed(items[:s]):
        if i.end <= start - reach:
            break
        if i.end <= start:
            out.append(i)
    return out


#: a group of animals named by their genotype: "PACAP-deficient mice", "Ephx2 knock-out (KO) mice", "IL-6-/- rats"
_GENOTYPE = re.compile(r"(?:-|\b)(?:deficient|knock-?out|KO|null|lacking|mutant|transgenic|-/-)\s+(?:\([^()]{1,10}\)\s+)?"
                       r"(?:mice|rats|animals|littermates)\b", re.IGNORECASE)


def _genotype_result(masked: str, subject: Item, matches: tuple[RelationMatch, ...]) -> bool:
    """"PACAP-deficient mice show attenuated corticosterone secretion ... during chronic social defeat stress": a
    change said of animals named by their genotype, with the intervention or exposure named after it, is the
    genotype's difference (the t2 adjudication: a genetic manipulation is no intervention and its result is not
    recorded), not what the exposure did; true when such a group opens the clause before every trigger."""
    first = min(m.trigger[0] for m in matches)
    group = _GENOTYPE.search(masked, 0, first)
    return group is not None and first < subject.start and not CLAUSE_BREAK.search(masked, group.end(), first)


#: a noun of change and what changed, right before "in <condition>": "Changes in microbiota composition in ",
#: "Alterations of the gut microbiome in patients with "
_CHANGE_IN = re.compile(r"\b(?:changes?|alterations?|shifts?|differences?|disturbances?|dysregulation)\s+(?:in|of)\s+"
                        r"(?:the\s+)?(?:[\w§-]+\s+){1,4}?(?:in|among)\s+(?:(?:patients|people|individuals|subjects)"
                        r"\s+with\s+)?(?:[§\w-]+\s+(?:and|or)\s+)?$", re.IGNORECASE)


def _setting_of_change(masked: str, subject: Item) -> bool:
    """"Changes in microbiota composition in psychosis and schizophrenia have been correlated with alterations in
    brain structure, immune response and symptom severity": the condition is where the changes were seen, and what
    follows is correlated with the changes, not with the condition (round 13): no association of the condition
    with a later item."""
    return subject.cls in CONDITION_CLASSES and bool(_CHANGE_IN.search(masked, max(0, subject.start - 120),
                                                                       subject.start))


def _within_population(masked: str, items: list[Item], subject: Item) -> bool:
    """Are the groups a sentence compares both people with ``subject``'s condition ("microglial density was lower
    in BD individuals who did not die by suicide compared with BD individuals who did")? Then the difference is
    not one of the condition: both sides have it, and no association with it is stated."""
    if subject.cls not in CONDITION_CLASSES:
        return False
    for other in items:
        if other is subject or other.pseudo or other.concept.iri != subject.concept.iri:
            continue
        lo, hi = (subject.end, other.start) if other.start >= subject.end else (other.end, subject.start)
        if 0 < hi - lo <= 160 and _COMPARED_WITH.search(masked, lo, hi) and not CLAUSE_BREAK.search(masked, lo, hi):
            return True
    return False


def _anti_inflammatory(view: Folded, masked: str, items: list[Item], where: Where
                       ) -> list[Finding]:
    """"Statins have anti-inflammatory properties", "IL-2 has proven anti-inflammatory efficacy", "LPS
    preconditioning can exert anti-inflammation effects": the intervention lowers the inflammatory response."""
    out = []
    for cue in _ANTI_INFLAMMATORY.finditer(view):
        subject = next((i for i in reversed(items) if i.end <= cue.start() and i.cls == "Intervention"
                        and not i.pseudo and not i.modifier and i.concept != INFLAMMATORY_RESPONSE), None)
        if subject is None or cue.start() - subject.end > 160 or CLAUSE_BREAK.search(masked, subject.end, cue.start()):
            continue
        if any(subject.end <= i.start and i.end <= cue.start() and i.cls == "Intervention" and not i.pseudo
               for i in items):
            continue  # another intervention between owns the property
        match = RelationMatch("decreases", "decrease", (cue.start(), cue.end()))
        flags = relation_flags(masked, match, [(subject.start, subject.end)], (cue.start(), cue.end()))
        out.append(make_finding(subject.concept, match, INFLAMMATORY_RESPONSE, flags, where))
    return out


def candidate_findings(annotated: AnnotatedDocument, main: Concept | None | bool = False) -> tuple[Finding, ...]:
    """Every relation the title and abstract sentences state, whatever their role: one per (sentence, subject,
    predicate, object), the closest mention pair winning, each carrying its sentence's role. :func:`read_study`
    then sorts them into what the study tested and what it found. ``main``: the main intervention when the caller
    has it (``False``: find it here)."""
    if main is False:
        main = main_intervention(annotated.document, annotated.mentions, annotated)
    best: dict[tuple[str, int, str, str, str], tuple[int, Finding]] = {}
    aliases = exposure_aliases(annotated.mentions)  # "social defeat" after "chronic social defeat stress"
    aliases.update(main_aliases(annotated.mentions, main))  # type: ignore[arg-type]
    families = functools.cache(lambda: condition_families(annotated.mentions))
    whole = annotated.folded
    implicit = may_have_implicit(whole if whole.text else annotated.document)
    # each sentence's folded view is a slice of the document's (no second lower-casing) when it can be
    lower = whole.lower if whole.lower is not None and len(whole.lower) == len(whole.text) else None
    starts = {"title": 0, "abstract": len(annotated.document.title) + 1}
    after_main = False
    passage = ""
    previous: Antecedent | None = None  # the sentence before, its items and the one before (for "these disorders")
    # the one intervention of the sentence before ("This effect was mediated by ...", and without a main
    # intervention "The treatment reduced ...")
    agent: Concept | None = None
    reversals = Reversals()  # the changes stated so far ("X reversed these Y-induced changes")
    broader = head_only_concepts(annotated.mentions)  # "human milk oligosaccharides" grounded to Oligosaccharides
    defined = ClassDefinitions()  # "proinflammatory cytokines (i.e., IL-1β, IL-6 and TNF-α)", named again later
    respelt = respellings(annotated.mentions)  # "neuroimmune" after the title's "Neuro-Immune" (round 42)
    for sentence in annotated.sentences:
        if sentence.passage not in ("title", "abstract"):
            continue
        if sentence.passage != passage:
            passage, after_main, previous, agent = sentence.passage, False, None, None
            defined.clear()
        at = starts[sentence.passage] + sentence.start
        if lower is not None and whole.text.startswith(sentence.text, at):
            view = Folded.__new__(Folded)
            view.text, view.lower = sentence.text, lower[at : at + len(sentence.text)]
        else:
            view = fold(sentence.text)
        if len(sentence.mentions) < 2 and main is None and not implicit and not (
                agent is not None and (may_have_anaphor(sentence.text) or sentence.role == "results"
                                       and sentence.mentions)) and not (
                sentence.mentions and (may_state_property(view) or may_state_behaviour(view) or may_state_test(view)
                                       or previous and may_refer_back(sentence.text)
                                       or defined.may_refer(sentence.text)
                                       or reversals.may_reverse(sentence.text)
                                       or may_name_microbiota(sentence.text) or may_name_marker(sentence.text)
                                       or respelt and respelled_items(sentence.text, (), respelt)
                                       or may_name_process_measure(sentence.text))):
            items = [Item(m.start - sentence.start, m.end - sentence.start, m.concept) for m in sentence.mentions]
            previous = following(previous, sentence.text, items)
            agent = sole_intervention(sentence.text, sentence.start, sentence.mentions)
            continue  # nothing to pair: one mention at most, no anaphor, no implicit object
        items = sentence_items(view, sentence.start, sentence.mentions, aliases, families if implicit else None)
        items = demonstrative_items(view.text, items, previous)
        defined.record(view.text, items)
        items = defined.items(view.text, items)
        items, microbiota = microbiota_items(view.text, items)  # "the gut microbiota" as the axis (round 33)
        items = marker_items(view.text, items)  # BDNF, Iba-1 as the processes they measure (round 36)
        items = active_cell_items(view.text, items)  # "active microglia" as their activation (round 40)
        items = respelled_items(view.text, items, respelt)  # a name spelt again without its hyphens (round 42)
        items, systems = process_measure_items(view.text, items)  # "the 5-HT system", "SERT binding" (round 42)
        previous = following(previous, view.text, items)
        where = (sentence.passage, sentence.start, sentence.end, sentence.text, sentence.role)
        stated = _sentence_findings(view, items, where, main, after_main, agent)  # type: ignore[arg-type]
        stated = without_system_changes(stated, systems)  # a transmitter's system takes no change (round 42)
        if microbiota:
            stated = disorder_links(stated, view.text, items)
        stated.extend((0, f) for f in population_links(view.text, items, where))  # "microbiota of people with Y"
        stated.extend((0, f) for f in second_in_findings(view.text, items, where))  # "implicated in A and in B"
        agent = sole_intervention(sentence.text, sentence.start, sentence.mentions)
        stated.extend((0, f) for f in reversals.findings(view.text, items, where))
        # a change reversed in the same sentence: ", and this increase was attenuated by X" (round 44)
        stated.extend((0, f) for f in reversals.within([f for _, f in stated], view.text, items, where))
        reversals.record([f for _, f in stated], view.text, items)  # and what it changed (round 30)
        yardsticks = reference_only(view.text, items) if stated else frozenset()
        clause = ClauseReader(view.text, items)  # (masks the sentence on its first finding only)
        for distance, finding in stated:
            if not admissible(finding):
                continue  # an exposure is never an object, nor what treats or potentiates
            if finding.subject.iri in yardsticks:
                continue  # "similar to the effects of X", "inadequately treated with X": X is not the agent
            if clause.misplaced(finding):
                continue  # an argument from a phrase the clause does not relate (clause_spans, round 20)
            if finding.subject.iri in broader or finding.obj is not None and finding.obj.iri in broader:
                continue  # the procedure class of a procedure the abstract names in full is not what it did
            key = (passage, sentence.start, finding.subject.iri, finding.predicate, finding.obj.iri if finding.obj else "")
            if key not in best or distance < best[key][0]:
                best[key] = (distance, finding)
        after_main = main is not None and any(i.concept.iri == main.iri for i in items)  # type: ignore[union-attr]
    return tuple(best[key][1] for key in sorted(best))


def read_study(annotated: AnnotatedDocument, design: str | None = None) -> tuple[tuple[Finding, ...], StudyPico]:
    """What the study tested (:class:`~ipkg.models.StudyPico`, from its title, aims and methods) and what it
    found (the findings of its results, conclusions and background, the trial's outcome among them)."""
    from .outcomes import found_findings
    from .pico import extract_pico

    from .active_nulls import without_active_nulls
    from .cid_evidence import model_finding_stands
    from .cid_model import doubted_pairs, model_findings
    from .cognition_population import without_cognition_of_population
    from .comparator_subject import without_comparator_subjects
    from .harm_arm import without_other_arms_harms
    from .harm_parity import with_placebo_parity
    from .induced_harms import without_others_induced_harms, without_restated_inducers
    from .lessened_harms import without_lessened_harms
    from .population_treatment import without_population_treatments
    from .probe_agent import without_probe_treatments
    from .recall_blocked_effects import blocked_effect_findings
    from .recall_class_targets import class_target_findings
    from .study_acts import without_designs
    from .study_kind import TREATMENT, study_kind
    from .title_claims import confirmed_claims
    from .treated_condition import harms_treated_condition, population_disorders

    main = main_intervention(annotated.document, annotated.mentions, annotated)
    candidates = candidate_findings(annotated, main)
    pico = extract_pico(annotated, candidates, design, main)
    found = found_findings(annotated, candidates, pico, design)
    found = without_designs(annotated, found)  # a sentence that reports only the study's design (round 35)
    # a title's or an aim's relation that a result bears out in other words (round 29)
    found = tuple(sorted((*found, *confirmed_claims(annotated, candidates, found)), key=_order))
    # a drug named with its pharmacological class acts on the class's target (round 33)
    found = tuple(sorted((*found, *class_target_findings(annotated, found)), key=_order))
    # an effect an antagonist blocks: the agent acts through the antagonist's target (round 40)
    found = tuple(sorted((*found, *blocked_effect_findings(annotated, found)), key=_order))
    doubted = doubted_pairs(annotated, candidates, found, pico)  # a rules' adverse effect the model doubts (CID 19)
    if doubted:
        found = tuple(f for f in found if f.predicate != "hasAdverseEffect" or f.negated or f.obj is None
                      or (f.subject.iri, f.obj.iri) not in doubted)
    # a model harm stands on its sentence (CID 16), and is not the condition its drug was tested for (round 45)
    treatment = study_kind(annotated, candidates) == TREATMENT
    learned = [f for f in model_findings(annotated, candidates, found, pico) if model_finding_stands(annotated, f)]
    if learned:  # the population's disorders are read only when the model has a harm to weigh
        population = population_disorders(annotated.sentences)
        learned = [f for f in learned if not harms_treated_condition(f, pico, population, treatment)]
    if learned:
        found = tuple(sorted((*found, *learned), key=_order))
    found = without_active_nulls(annotated, found)  # no difference between two active drugs denies neither (r35)
    found = with_placebo_parity(annotated, found)  # a harm like placebo's is denied (round 43)
    found = without_other_arms_harms(annotated, found)  # a harm the sentence gives to another arm (round 45)
    found = without_probe_treatments(annotated, found)  # a probe's or a challenge's drug treats nothing (round 45)
    found = without_cognition_of_population(annotated, found)  # cognition improved in Y's patients (round 46)
    found = without_comparator_subjects(annotated, found)  # "comparable efficacy to Z": Z treats nothing (round 48)
    found = without_population_treatments(annotated, found)  # "Y patients treated with X" describes them (r49)
    found = without_restated_inducers(annotated, found)  # "Z blocked X-induced Y": X's Y stated once (round 49)
    found = without_others_induced_harms(annotated, found)  # "Prevention of Z-related Y": Y is Z's (round 49)
    # a harm lessened is no harm, no treatment (round 35); the model's harms read so in a treatment study only (CID 18)
    kept = set(learned) if not treatment else ()
    return without_lessened_harms(annotated, found, kept), pico


def _order(f: Finding) -> tuple[str, int, str, str, str]:
    """The order of an abstract's findings: by sentence, then subject, predicate and object."""
    return f.passage, f.start, f.subject.iri, f.predicate, f.obj.iri if f.obj else ""


def extract_findings(annotated: AnnotatedDocument | Document, mentions: Sequence[Mention] | None = None,
                     design: str | None = None) -> tuple[Finding, ...]:
    """The findings of an annotated document (or of ``doc`` and its ``mentions``): one per (sentence, subject,
    predicate, object), sorted; title, aims and methods give none (they say what was tested, not found).

    >>> from ipkg.models import Concept, Document, Mention
    >>> from ipkg.extract.annotate import ROLES
    >>> text = "Ketamine reduced IL-6 levels in patients with depression."
    >>> ket = Concept("http://purl.obolibrary.org/obo/CHEBI_6121", "ketamine", "Intervention")
    >>> il6 = Concept("http://purl.uniprot.org/uniprot/P05231", "interleukin-6", "Cytokine")
    >>> ms = [Mention("abstract", 0, 8, "Ketamine", ket), Mention("abstract", 17, 21, "IL-6", il6)]
    >>> [(f.subject.label, f.predicate, f.obj.label, f.direction, f.negated, f.hedged, f.role in ROLES)
    ...  for f in extract_findings(Document("a.txt", "", text), ms)]
    [('ketamine', 'decreases', 'interleukin-6', 'decrease', False, False, True)]
    """
    if isinstance(annotated, Document):
        from .annotate import annotate

        annotated = annotate(annotated, mentions or ())
    return read_study(annotated, design)[0]
