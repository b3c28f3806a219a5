"""Which sentences may stand as the evidence of a chemical-induced disease pair (issue 12): the guards of
:func:`ipkg.extract.cid_model.guarded_candidates`.

A sentence naming a (chemical, disease) pair of the adverse-effect model is no evidence when it denies the
disease, states a null result, a non-significant comparison or arms found alike, measures the condition or names it
as what a drug acts on or was given for, as ruled out, likened to or relieved, names the chemical only as the agent
of a relief, as another drug's class word, as excluded or as the better arm of a comparison, states an aim or a gap in
knowledge, is hedged and does not name the chemical, names another chemical and not this one, names the disease only
as another chemical's doing, or is background that does not name the chemical (:func:`refutes`).

The adverse effects the model states are then gated on their evidence sentence as a whole
(:func:`model_finding_stands`, called by :func:`ipkg.extract.findings.read_study`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Concept, Finding, Mention
from .cid_arms import lessened_with, occurred_alike, reference_of_more
from .cid_classes import member_of
from .cid_procedures import is_procedure
from .negation import hedge_cues, is_negated, mask_spans
from .outcomes import AIM_ANYWHERE, NULL_RESULT

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument, Sentence

__all__ = ["asks_or_lessens", "case_course", "induced_by_this", "masked", "masked_of", "model_finding_stands",
           "named_for", "names", "not_significant", "only_relieves", "refutes"]


def masked(sentence: Sentence) -> str:
    """The sentence with each mention masked (one word for the negation scopes, see :mod:`ipkg.extract.negation`)."""
    offset = sentence.start
    return mask_spans(sentence.text, [(m.start - offset, m.end - offset) for m in sentence.mentions])


def _no_masks(annotated: AnnotatedDocument) -> dict[int, str]:
    return {}


def masked_of(annotated: AnnotatedDocument, sentence: Sentence) -> str:
    """:func:`masked` of a sentence of ``annotated``, made once per sentence and kept on the document (the guards
    read each possible evidence sentence once per candidate pair)."""
    kept = annotated.derived(_no_masks)
    text = kept.get(sentence.index)
    if text is None:
        text = kept[sentence.index] = masked(sentence)
    return text



_P_VALUE = re.compile(r"\bp\s*(=|<|>|≤|≥|<=|>=)\s*(0?\.\d+|1(?:\.0+)?)\b", re.IGNORECASE)
_RATIO_CI = re.compile(
    r"\b(?:ratio|HR|OR|RR|IRR)\b[^;]{0,120}?95\s*%\s*(?:confidence\s+interval|CI)[,:]?\s*(?:of\s+)?"
    r"(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)", re.IGNORECASE,
)


def not_significant(text: str) -> bool:
    """True when a sentence's statistics say its comparison is not significant: a p-value of 0.05 or more and
    none below, or a ratio whose 95% confidence interval holds 1 ("hazard ratio 1.13 (95% CI 0.68–1.89)").

    >>> not_significant("scores were 5.33 and 6.43 in groups 1 and 2, respectively (p=0.056).")
    True
    >>> not_significant("seizures were more frequent with X (p = 0.003) but not rash (p = 0.4)")
    False
    >>> not_significant("The hazard ratio with estrogen alone was 0.92 (95% confidence interval 0.57–1.48)")
    True
    """
    significant = null = False
    for op, value in _P_VALUE.findall(text):
        v = float(value)
        if op in ("<", "≤", "<=") and v <= 0.05 or op == "=" and v < 0.05:
            significant = True
        elif op in (">", "≥", ">=") or op == "=" and v >= 0.05:
            null = True
    for lo, hi in _RATIO_CI.findall(text):
        if float(lo) <= 1.0 <= float(hi):
            null = True
        else:
            significant = True
    return null and not significant


#: a condition measured as an outcome ("pain severity in the X group was 6.4", "depression scores"), treated
#: ("in the treatment of Y") or (CID round 15) the yardstick of another ("minimally toxic as measured by weight
#: gain"): not an effect
_MEASURE_AFTER = re.compile(r"\s*(?:severity|scores?|intensity|scales?|ratings?|levels?)\b", re.IGNORECASE)
_MEASURE_BEFORE = re.compile(
    r"\b(?:(?:severity|intensity|scores?|ratings?)\s+(?:of|for|on)|(?:treat(?:ment|ing)|therapy|management|"
    r"efficacy|effectiveness)\s+(?:\w+\s+){0,2}?(?:of|for|in)|(?:in|for)\s+(?:managing|treating|relieving|"
    r"alleviating)|(?:as\s+)?(?:measured|assessed|indicated|judged|gauged)\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)  # ... or treated: "Duloxetine in the treatment of Major Depressive Disorder", "a role of X in managing Y"
#: ... or is what a drug's effect acts on: "the greater effects of olanzapine than of haloperidol on negative
#: symptoms of schizophrenia"
_ACTED_ON = re.compile(r"\b(?:effects?|efficacy|effectiveness|benefits?|impact)\s+of\b[^;:.]{0,80}\bon\s+"
                       r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


#: the agent of a relief: "tachycardia was reversed ..., an effect partly reduced by i.v. domperidone", "memory
#: impairment in OBX mice was improved by the chronic treatment with X" (round 12a: "improved", four words between);
#: or the reference it is measured against: "an effect similar to and better than that of citalopram"
_RELIEF_BY = re.compile(
    r"\b(?:(?:reduc|revers|attenuat|prevent|block|inhibit|abolish|antagoni[sz]|suppress|ameliorat|alleviat|"
    r"improv|normali[sz]|rescu)\w*\s+by\s+(?:[\w.-]+\s+){0,4}|(?:similar|comparable|equivalent|superior|inferior|"
    r"better|worse)\s+(?:to|than)\s+(?:[\w-]+\s+){0,5}?(?:that|those)\s+of\s+(?:the\s+)?)$", re.IGNORECASE,
)
#: the short form in brackets after the full name ("treatment with pramipexole (PRA)"): it is the same naming
_SHORT_FORM = re.compile(r"\s*\($")


#: a class word that describes the drug before it: "Tacrolimus, as an alternative immunosuppressive agent, ..."
_AS_CLASS = re.compile(r"\bas\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _describes(sentence: Sentence, chemical: Concept) -> bool:
    """True when the evidence sentence names the chemical only as the class word of another drug ("as an
    alternative immunosuppressive agent"): it is that drug's description, no candidate cause."""
    starts = [m.start - sentence.start for m in sentence.mentions if m.concept == chemical]
    return bool(starts) and all(_AS_CLASS.search(sentence.text, max(0, s - 40), s) for s in starts)


def _relieves(sentence: Sentence, chemical: Concept) -> bool:
    """True when the evidence sentence names the chemical only as the agent of a relief or as the reference of
    another's effect; a short form in brackets right after the chemical's name is that naming, not another."""
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions if m.concept == chemical]
    ends = {e for _, e in spans}
    starts = [s for s, _ in spans
              if not any(e < s and _SHORT_FORM.match(sentence.text, e, s) for e in ends)]
    return bool(starts) and all(_RELIEF_BY.search(sentence.text, max(0, s - 70), s) for s in starts)


def only_relieves(sentences: Iterable[Sentence], chemical: Concept) -> bool:
    """True when every sentence naming the chemical names it only as the agent of a relief or as the reference of
    another's effect ("The antidepressant effects of the compound were prevented by pretreatment with glycine"): the
    abstract never says it did anything of its own, so it is no candidate cause of a disease named elsewhere."""
    named = [s for s in sentences if any(m.concept == chemical for m in s.mentions)]
    return bool(named) and all(_relieves(s, chemical) for s in named)


#: a disease named as what was ruled out or as the reference a finding is likened to: "a biopsy was done to exclude
#: polymyositis or toxic myopathy" (not "could not rule out": that leaves the cause open), "changes similar to those
#: reported for open angle glaucoma"
_RULED_OUT_OR_LIKENED = re.compile(
    r"\b(?:exclude|excluding|exclusion\s+of|(?<!not\s)(?<!cannot\s)(?:rule|be\s+ruled)\s+out|"
    r"differential\s+diagnosis\s+(?:of|includ\w*)|"
    r"(?:similar|identical|comparable|resembling)\s+to\s+(?:those|that)\b[^.;:]{0,50}?)\s+"
    r"(?:[\w'-]+,?\s+){0,4}?$", re.IGNORECASE,
)
#: a relief of the disease: "resolution of ascites", "improvement in dyskinesia"; (CID round 15) several
#: ("significant improvements in negative and cognitive symptoms"), told by a verb ("Significant improvements were
#: also induced in depressive and cognitive symptoms": what was induced is the improvement)
_RELIEF_OF = re.compile(r"\b(?:resolution|relief|remission|disappearance|improvements?|amelioration|alleviation)\s+"
                        r"(?:(?:was|were|is|are)\s+(?:also\s+)?(?:seen|observed|noted|found|induced|produced|"
                        r"obtained|reported)\s+)?(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:(?:and|or)\s+[\w-]+\s+)?$",
                        re.IGNORECASE)
#: no one of the group had the disease: "None of the animals that received X ... developed paralysis", "No patient
#: given X had seizures" (not across a contrast: "No patients receiving X ..., while 1 patient receiving Y developed")
_NONE_HAD = re.compile(r"^\W*(?:none\s+of|no\s+(?:patients?|animals?|rats?|mice|subjects?|participants?|children|"
                       r"one|case|cases)\b)(?:(?!\b(?:while|whereas|but|although|however)\b)[^;:])*?"
                       r"\b(?:developed|had|showed|experienced|suffered|exhibited|"
                       r"presented)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: a comparison that found the arms alike: "was no different with X than with placebo", "incidences were similar for
#: X, NSAIDs and placebo", "were similar between the 2 groups" (the wordings :data:`NULL_RESULT` leaves out)
_ALIKE = re.compile(r"\b(?:(?:was|were|is|are)\s+no\s+different|(?:was|were|are)\s+(?:\w+\s+)?(?:similar|comparable)\s+"
                    r"(?:for|between|among|across|in\s+(?:both|all|the\s+(?:two|three|\d)))\b)", re.IGNORECASE)


def _measured(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    return any(_MEASURE_AFTER.match(text, end) or _MEASURE_BEFORE.search(text, max(0, start - 50), start)
               or _ACTED_ON.search(text, max(0, start - 140), start)
               or _RULED_OUT_OR_LIKENED.search(text, max(0, start - 120), start)
               or _RELIEF_OF.search(text, max(0, start - 60), start) or _NONE_HAD.search(text, 0, start)
               for start, end in spans)


def refutes(sentence: Sentence, chem: Concept, dis: Concept, masked_text: str | None = None) -> bool:
    """True when the sentence cannot be the pair's evidence: it denies the disease, states a null result, says
    not significant, measures the condition, names the chemical only as the agent of a relief or as another
    drug's class word, states an aim or a gap in knowledge, is hedged and does not name the chemical, names the
    disease only as another chemical's doing (:func:`_induced_by_other`), names another chemical and not this one
    (:func:`_others_only`), names the disease as what the chemical was given for (:func:`_given_for`), finds the
    arms alike, names the disease as ruled out, likened to, relieved or had by no one of a group, names the chemical
    only as the better arm of a comparison (:func:`_lower_than`) or as what the disease resolved with
    (:func:`_resolved_with`), or is background that does not name the chemical (:func:`_background_only`); (round
    34) says the disease occurred alike in the arms or was rarer with the chemical, or names the chemical only as the
    reference of a comparison of more (:func:`_rarer_or_not_ours`).
    ``masked_text``: :func:`masked` of the sentence when the caller has it (:func:`masked_of`)."""
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions if m.concept == dis]
    if masked_text is None:
        masked_text = masked(sentence)
    induced = induced_by_this(sentence, chem, dis)  # (CID round 16) what another agent or the aim acts on
    return bool(is_negated(masked_text, spans) or NULL_RESULT.search(sentence.text) or _ALIKE.search(sentence.text)
                or not_significant(sentence.text) or not induced and _measured(sentence.text, spans)
                or _relieves(sentence, chem) or _describes(sentence, chem)
                or not induced and AIM_ANYWHERE.search(sentence.text)
                or (hedge_cues(sentence.text) and not names(sentence, chem))
                or _induced_by_other(sentence, chem, dis) or _others_only(sentence, chem)
                or _given_for(sentence, chem, dis) or _lower_than(sentence, chem) or _resolved_with(sentence, chem, dis)
                or _background_only(sentence, chem) or _rarer_or_not_ours(sentence, chem, spans))


def _rarer_or_not_ours(sentence: Sentence, chem: Concept, spans: list[tuple[int, int]]) -> bool:
    """(round 34) :mod:`ipkg.extract.cid_arms`: the disease occurred alike in the arms or was rarer with the
    chemical, or the chemical is the reference of a comparison of more."""
    ours = [(m.start - sentence.start, m.end - sentence.start) for m in sentence.mentions if m.concept == chem]
    others = [m.start - sentence.start for m in sentence.mentions if m.concept != chem and m.concept.cls == chem.cls]
    return (occurred_alike(sentence.text, [s for s, _ in spans]) or reference_of_more(sentence.text, ours, others)
            or lessened_with(sentence.text, spans, [s for s, _ in ours]))


#: a drug named by a phrase that refers back to it: "this drug is known to induce ... hearing loss"; (CID round 17)
#: a sentence that opens with "Its" ("Its prolonged use or overuse has been associated with seizures": the
#: possessive refers back to what the sentence before named, not the dummy "It is")
_ANAPHOR = re.compile(r"\b(?:this|the|that|these)\s+(?:drugs?|agents?|compounds?|medications?|medicines?)\b|"
                      r"^\W*its\s", re.IGNORECASE)


def _background_only(sentence: Sentence, chem: Concept) -> bool:
    """True when the sentence is background that does not name the chemical, nor refer back to a drug ("this
    drug"): what the field knows of the disease ("Palpable purpura ... can have many causes"), no finding about this
    chemical (in the cross-validated folds, 1 of 12 such pairs scored over the threshold was right)."""
    return (sentence.role == "background" and not names(sentence, chem)
            and not _ANAPHOR.search(sentence.text))


#: the better arm of a comparison, between a "lower" and its "than": "ventricular fibrillation was significantly
#: lower after iopentol (0%) and iohexol (3%) than after metrizoate (22%)"; (CID round 17) a decimal point
#: ("lower (p less than 0.05) after ...") does not end the clause, and "less than" a number is a statistic, no arm
_LOWER_BEFORE = re.compile(r"\b(?:lower|less|fewer|smaller|rarer)\b(?!\s+than\s+[\d.])(?:[^.;:]|(?<=\d)\.(?=\d)){0,90}$",
                           re.IGNORECASE)
_THAN_AFTER = re.compile(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,70}?\bthan\b", re.IGNORECASE)


def _lower_than(sentence: Sentence, chem: Concept) -> bool:
    """True when every mention of the chemical is the better arm of a comparison ("lower after X than after Y"):
    the effect is the other arm's."""
    text, base = sentence.text, sentence.start
    ours = [m for m in sentence.mentions if m.concept == chem]
    return bool(ours) and all(_LOWER_BEFORE.search(text, max(0, m.start - base - 90), m.start - base)
                              and _THAN_AFTER.match(text, m.end - base) for m in ours)


#: a disease that went away with the chemical: "The arrhythmia resolved after therapy with atenolol" (never after its
#: withdrawal: "resolved after discontinuation of X" is evidence that X caused it)
_RESOLVED_WITH = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:resolved|improved|disappeared|subsided|remitted|abated|normali[sz]ed)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:after|with|on|following|under|by)\s+(?:(?!withdraw|discontinu|cessation|stop|"
    r"interrupt|reduc|tapering)[\w-]+\s+){0,3}?", re.IGNORECASE)


def _resolved_with(sentence: Sentence, chem: Concept, dis: Concept) -> bool:
    """True when every mention of the disease is said to have gone away with a mention of the chemical after it."""
    text, base = sentence.text, sentence.start
    chems = [m for m in sentence.mentions if m.concept == chem]
    diseases = [m for m in sentence.mentions if m.concept == dis]
    return bool(chems) and bool(diseases) and all(
        any(c.start >= d.end and _RESOLVED_WITH.fullmatch(text, d.end - base, c.start - base) for c in chems)
        for d in diseases)


#: what a drug was given for, after it: "treated with tamoxifen for stage II ... breast carcinoma", "X therapy
#: for menorrhagia", "methylphenidate due to hyperactivity"; (session 20) what it is used to treat: "X is commonly
#: used to treat Y", "X treats Y", "X in the management of Y"
_GIVEN_FOR = re.compile(r"[^.;:]{0,40}?\b(?:for|due\s+to|because\s+of|against|in\s+the\s+treatment\s+of|to\s+treat|"
                        r"treats|in\s+the\s+(?:management|therapy)\s+of)\s+(?:[\w',()-]+\s+){0,5}?$", re.IGNORECASE)
#: ... unless the words between say it was caused: "increased the risk for", "-induced", "associated with" (not the
#: "caus" of "because of", which names the indication: "therapy with X was started because of arthralgia")
_CAUSED = re.compile(r"induc|(?<!be)caus|associat|relat|follow|after|develop|toxic|side|adverse|risk|increas|predispos",
                     re.IGNORECASE)


def _given_for(sentence: Sentence, chem: Concept, dis: Concept) -> bool:
    """True when every mention of the disease in the sentence is what a mention of the chemical before it was given
    for ("was treated with tamoxifen for breast carcinoma", "aminocaproic acid therapy for menorrhagia"): the
    indication, not an effect (unless the words between say it was caused: "risk for", "induced")."""
    base = sentence.start
    chems = [m for m in sentence.mentions if m.concept == chem]
    diseases = [m for m in sentence.mentions if m.concept == dis]

    def indication(d: Mention) -> bool:  # (CID round 15) "stopped X because of D" names X's harm
        return any(c.end <= d.start and _GIVEN_FOR.fullmatch(sentence.text, c.end - base, d.start - base)
                   and not _CAUSED.search(sentence.text, c.end - base, d.start - base)
                   and not _STOPPED_BEFORE.search(sentence.text, max(0, c.start - base - 40), c.start - base)
                   for c in chems)

    return bool(chems) and bool(diseases) and all(indication(d) for d in diseases)


def _others_only(sentence: Sentence, chem: Concept) -> bool:
    """True when the sentence names another chemical but not this one ("These findings indicate that dobutamine
    can provoke coronary spasm", cited for another chemical of the abstract): the disease is stated there beside
    its own chemical, no evidence for one the sentence does not name. (CID round 17) A procedure is no other
    chemical ("Three yr after transplantation she developed renal Fanconi syndrome", "During induction of
    anesthesia, the patient developed bradycardia": :func:`ipkg.extract.cid_procedures.is_procedure`): the
    sentence gives the disease no other chemical as its cause; nor is a class of the chemical's (:func:`names`)."""
    named = [m for m in sentence.mentions if m.concept.cls == "Intervention"]
    return not names(sentence, chem) and any(not is_procedure(m.concept) for m in named)


def names(sentence: Sentence, chem: Concept) -> bool:
    """True when the sentence names the chemical, itself or (CID round 17) by a class of its
    (:func:`ipkg.extract.cid_classes.member_of`: "an extrapyramidal side effect caused by prolonged neuroleptic
    medication" names risperidone's class, "nonsteroidal anti-inflammatory agents ... may cause acute renal failure"
    indomethacin's)."""
    return any(m.concept == chem or m.concept.cls == "Intervention" and member_of(chem, m.concept)
               for m in sentence.mentions)


#: a disease named as another chemical's doing: "<Y>-induced [acute] D", "D induced by <Y>", "the <Y>-induced rat
#: model of [preclinical stages of] D" (round 12a: the disease the other chemical models)
_INDUCER_BEFORE = re.compile(r"-(?:induced|evoked|provoked|caused|elicited|triggered)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:models?\s+of\s+(?:[\w-]+\s+){0,3})?$", re.I)
_INDUCER_AFTER = re.compile(r"\s+(?:(?:was|were|is|are)\s+)?(?:induced|evoked|provoked|caused|elicited|triggered)\s+by\s+"
                            r"(?:(?:the|a|an|high-dose|low-dose|systemic|intravenous|i\.v\.|oral)\s+)?$", re.I)


#: (CID round 16) the disease named as this chemical's doing, right after it: "<X>-induced [acute] D", "<X>-associated
#: optic neuropathy", "the <X>-induced rat model of D"; not across a preposition or a conjunction ("<X>-induced
#: psychosis in schizophrenic patients" names no schizophrenia of X's)
_THIS_INDUCER_BEFORE = re.compile(r"-(?:induced|evoked|provoked|caused|elicited|triggered|associated|related)\s+"
                                  r"(?:(?!(?:in|of|among|with|and|or|from|for|on|to|than)\s)[\w-]+\s+){0,2}"
                                  r"(?:models?\s+of\s+(?:[\w-]+\s+){0,3})?$", re.I)
#: ... or its toxicity named right after it: "amphotericin B nephrotoxicity", "ifosfamide renal toxicity"
_TOXICITY = re.compile(r"toxicit(?:y|ies)$", re.I)
_NEXT_TO = re.compile(r"(?:'s)?\s+(?:[a-z]+\s+)?", re.I)
#: ... or before it (CID round 17): "Nephrotoxicity of cyclosporin A", "the cardiotoxicity of doxorubicin"
_OF_NEXT = re.compile(r"\s+(?:induced\s+by|of|from)\s+(?:the\s+)?", re.I)


def induced_by_this(sentence: Sentence, chem: Concept, dis: Concept) -> bool:
    """(CID round 16) True when the sentence names the disease as this chemical's doing: "<X>-induced [acute] D",
    "<X>-associated D" (:data:`_THIS_INDUCER_BEFORE`), "D induced by <X>" (:data:`_INDUCER_AFTER`), or its toxicity
    named right after it ("amphotericin B nephrotoxicity", "ifosfamide renal toxicity") or (round 17) right before
    it ("Nephrotoxicity of cyclosporin A", :data:`_OF_NEXT`). Then what another agent did
    to it or what the study set out to test does not refute it: "the effect of Z on X-induced myocardial
    infarction", "we assessed the effect of Z on memory impairment induced by X" state that X induced D (the model
    the study treats), whatever Z did."""
    text, base = sentence.text, sentence.start
    ours = [m for m in sentence.mentions if m.concept == chem]
    for d in (m for m in sentence.mentions if m.concept == dis):
        lo, hi = d.start - base, d.end - base
        before = _THIS_INDUCER_BEFORE.search(text, max(0, lo - 80), lo)
        if before and any(m.end - base == before.start() for m in ours):
            return True
        if any(m.start - base > hi and _INDUCER_AFTER.fullmatch(text, hi, m.start - base) for m in ours):
            return True
        if _TOXICITY.search(d.text) and any(m.end <= d.start and _NEXT_TO.fullmatch(text, m.end - base, lo)
                                            or m.start >= d.end and _OF_NEXT.fullmatch(text, hi, m.start - base)
                                            for m in ours):
            return True
    return False


#: (CID round 15) a disease another chemical was stopped for: "those who had discontinued clozapine because of
#: treatment-associated leukopenia or neutropenia" (the harm is clozapine's, not the drug the patients then took)
_STOPPED_BEFORE = re.compile(r"\b(?:discontinu\w*|stopp\w*|withdr[ae]w\w*|switched\s+from|(?:unable\s+to|could\s+not)"
                             r"\s+tolerate|intoleran\w*\s+(?:of|to))\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_STOPPED_FOR = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:because\s+of|due\s+to|owing\s+to|for)\s+(?:[\w,-]+\s+){0,4}?",
                          re.IGNORECASE)


_COORDINATED = re.compile(r"[\s,/-]*(?:(?:and|or|plus|with)[\s-]+)?", re.I)


def _induced_by_other(sentence: Sentence, chem: Concept, dis: Concept) -> bool:
    """True when the sentence names the disease only as another chemical's doing ("the diazepam enhancement of
    adrenaline-induced bradycardia", "catalepsy induced by haloperidol was challenged with MK-801"): there it is
    that chemical's effect, whatever this one did to it; so is a disease another chemical was stopped for ("had
    discontinued clozapine because of neutropenia": :data:`_STOPPED_BEFORE`). A chemical named in the same phrase
    ("carbamazepine- and phenytoin-induced rash") is not refuted."""
    text, base = sentence.text, sentence.start
    diseases = [m for m in sentence.mentions if m.concept == dis]
    others = [m for m in sentence.mentions if m.concept.cls == "Intervention" and m.concept != chem]
    if not diseases or not others:
        return False
    ours = [m for m in sentence.mentions if m.concept == chem]

    def inducer(other: Mention) -> bool:  # another chemical, not coordinated with this one
        return not any(_COORDINATED.fullmatch(text, m.end - base, other.start - base) for m in ours
                       if m.end <= other.start) and not any(
            _COORDINATED.fullmatch(text, other.end - base, m.start - base) for m in ours if other.end <= m.start)

    def attributed(d: Mention) -> bool:
        lo, hi = d.start - base, d.end - base
        before = _INDUCER_BEFORE.search(text, max(0, lo - 80), lo)
        if before and any(m.end - base == before.start() and inducer(m) for m in others):
            return True
        return any(_INDUCER_AFTER.fullmatch(text, hi, m.start - base) and inducer(m)
                   for m in others if m.start - base > hi) or any(
            m.end - base <= lo and _STOPPED_BEFORE.search(text, max(0, m.start - base - 40), m.start - base)
            and _STOPPED_FOR.fullmatch(text, m.end - base, lo) and inducer(m) for m in others)

    return all(attributed(d) for d in diseases)


_ANTI = re.compile(r"\banti-?([a-z]+)")
_LABEL_WORD = re.compile(r"[a-z]+")


def named_for(chem: Concept, dis: Concept) -> bool:
    """True when the chemical is a class named for treating the disease: a word of its label is "anti" + the
    disease's word ("antidepressant" and depressive disorder, "antihypertensive agent" and hypertension,
    "antiparkinson drug" and Parkinson disease, "antipsychotic" and psychotic disorder; the first five letters
    after "anti" equal those of a word of five letters or more of the disease's label). What a class is named
    for is its indication, never its adverse effect."""
    words = [w[:5] for w in _LABEL_WORD.findall(dis.label.lower()) if len(w) >= 5]
    return any(len(w) >= 5 and w[:5] in words for w in _ANTI.findall(chem.label.lower()))


#: (round 16) what the agent of a relief does to the disease it names next: "Dietary intake of X significantly
#: prevented splenomegaly", "X alleviated Y", "X protected against Y": a treatment, never the disease's cause
_RELIEVES_NEXT = re.compile(
    r"\b(?:(?:prevent|amelior|alleviat|attenuat|protect|rescu|counteract|abolish|relie)\w*|"
    r"revers(?:e|es|ed|ing|al))\b", re.IGNORECASE)  # "reversible depression" relieves nothing
#: a causal word ("X prevented the Z-induced Y" leaves Y induced; "correlated with X-induced Y" names a cause)
_CAUSAL = re.compile(r"\b(?:induc|caus|provok|elicit|trigger|precipitat)\w*", re.IGNORECASE)
#: a correlation stated ("had significant correlations with items related to Y in the X users"): no cause
_CORRELATION = re.compile(r"\bcorrelat\w*", re.IGNORECASE)
#: the roles of sentences a model finding may cite without naming its chemical: results, conclusions, background
_CITED_ACROSS = frozenset({"results", "conclusions", "background"})
#: (CID round 17) what a case had, in the past tense: "The patient progressively developed petechiae and purpura",
#: "One patient had thrombotic thrombocytopenic purpura", "Reactions consisted mainly of seizures", "A bilateral
#: retrobulbar neuropathy with ... scotoma was found", "Jaundice ... was an invariable finding in all patients"
_CASE_COURSE = re.compile(r"\b(?:developed|had|presented|revealed|showed|experienced|consisted|occurred|suffered|"
                          r"complained|(?:was|were)\s+(?:also\s+)?(?:found|present|noted|observed)|finding)\b", re.I)
#: ... and what says the sentence is a method after all: what was measured or scaled, who was included or
#: diagnosed, what an outcome was defined as ("Features of D were evaluated by ...", "patients had DSM-IV diagnoses of")
_METHOD_WORDS = re.compile(r"\b(?:inclusion|exclusion|criteria|eligible|enrolled|recruited|randomi[sz]ed|diagnos\w*|"
                           r"defined|outcomes?|scales?|questionnaires?|measur\w*|assess\w*|evaluat\w*|investigat\w*|"
                           r"monitor\w*|record\w*|rated|tested|examined)\b", re.I)


#: (CID round 17) a title that names a harm's cause without naming the drug: "Risk factors of sensorineural hearing
#: loss in preterm infants", "Alpha and beta coma in drug intoxication", "... thrombosis associated with exogenous sex
#: hormones", "Iatrogenic risks of endometrial carcinoma after treatment for breast cancer", "rat models of
#: intrahepatic cholestasis"
_TITLE_HARM = re.compile(r"\b(?:risks?|intoxications?|poisoning|overdoses?|iatrogenic|induced|associated|caused|"
                         r"adverse|side[- ]effects?|models?)\b", re.I)


def _cited_across(role: str | None, text: str) -> bool:
    """Whether a sentence of ``role`` that does not name the chemical may cite a model finding: a results,
    conclusions or background sentence that states an occurrence (:data:`_OCCURRENCE`), or (CID round 17) a methods
    sentence that tells what a case had (:func:`case_course`) or a title that names a harm's cause
    (:data:`_TITLE_HARM`)."""
    if role in _CITED_ACROSS:
        return bool(_OCCURRENCE.search(text))
    if role == "methods":
        return bool(_CASE_COURSE.search(text)) and not _METHOD_WORDS.search(text)
    return role == "title" and bool(_TITLE_HARM.search(text))


def case_course(sentence: Sentence) -> bool:
    """(CID round 17) True when a methods sentence tells what a case had, not how it was studied: a verb of
    occurrence in the past tense (:data:`_CASE_COURSE`) and no word of measuring, including or diagnosing
    (:data:`_METHOD_WORDS`). Case reports are often read as methods ("The patient progressively developed petechiae
    and purpura on thorax and lower limbs"); such a sentence may cite a disease the abstract names nowhere else,
    as a results sentence may."""
    return sentence.role == "methods" and _cited_across("methods", sentence.text)
#: (round 10) an occurrence stated: someone developed, had or experienced it; a toxicity, reaction, grade, incidence
#: or cause named; its signs, appearance, onset or disappearance; cases, patients or animals counted; its course
#: (accompanied, persisted, subsided) or a change (increased, showed) told; how common it was. A sentence that cites
#: a model finding without naming its chemical and says none of these names the disease for another reason
#: ("... markers that distinguish D from controls", "a shared genetic variant between the expression of G and D").
_OCCURRENCE = re.compile(
    r"\b(?:develop\w*|experienc\w*|had|has|have|occur\w*|observed|noted|seen|found|present\w*|complain\w*|"
    r"suffer\w*|\w*toxic\w*|reactions?|adverse|side[- ]effects?|grades?|incidence|induc\w*|caus\w*|provok\w*|"
    r"episodes?|signs?|symptoms?|appear\w*|disappear\w*|onset|cases?|patients?|subjects?|animals|mice|rats|dogs|"
    r"recipients|groups?|accompan\w*|increas\w*|elevat\w*|rose|show\w*|persist\w*|progress\w*|subsided|resolved|"
    r"common|frequent|rare|prominent|risk)\b",
    re.IGNORECASE)


#: (round 14) a study's objective, at the head of the sentence: "To compare the incidence of D with X to that with
#: Y", "To deal with concern regarding overprescription of X": what was asked ("To report two cases of D after X"
#: states what was seen, and stands)
_OBJECTIVE = re.compile(r"^\W*(?:(?:the\s+)?(?:aims?|purpose|objectives?|goals?)\s*(?:of\s+[\w\s]{0,40}?)?"
                        r"(?:was|is|were|:)\s+)?to\s+(?:compare|assess|evaluate|determine|examine|investigate|explore|"
                        r"test|estimate|measure|identify|deal\s+with|address|review|clarify)\b", re.IGNORECASE)
#: (round 14) a method that lists what was monitored: "Safety evaluations included monitoring of adverse events
#: ... and assessment of movement disorders and akathisia" (the outcome measured, not its occurrence)
_MONITORED = re.compile(r"\b(?:(?:evaluations?|assessments?|measures?|outcomes?|measurements?)\s+(?:included|"
                        r"comprised|were)|(?:were|was)\s+(?:assessed|monitored|measured|recorded|rated|evaluated)|"
                        r"monitoring\s+of|assessment\s+of|(?:measured|assessed|rated)\s+(?:by|with|using|on))\b",
                        re.IGNORECASE)
#: (round 14) a harm the chemical lessened, between the chemical and the disease: "Patients assigned to X had less
#: D and fewer E", "X produced substantial reductions in ... the rates of D", "a lower risk of D"
_LESS_OF = re.compile(r"\b(?:less|fewer|lower\s+(?:rates?|risks?|incidences?|frequenc\w+|odds)|"
                      r"reductions?\s+(?:in|of)|reduced\s+(?:rates?|risks?|incidences?|frequenc\w+))\b", re.IGNORECASE)
#: a word of occurrence or cause after the lessening: "X, at less than 1 mg, caused D" names a harm (not in a
#: compound: "reductions in all-cause mortality and in D"); or a contrast that ends it: "fewer sequelae were found
#: with X, but, although D occurred less often ...", "fewer visits, and D developed"
_OCCURRED = re.compile(r"(?<!-)\b(?:(?:induc|caus|provok|elicit|trigger|precipitat|develop|occurr|experienc|produc|"
                       r"result|associat|increas)\w*|(?:led|but|although|whereas|while|however)\b)|,\s*and\b",
                       re.IGNORECASE)
#: (round 14) the chemical as the first arm of a comparison of risks: "Relative risks of X compared with Y were 0.6
#: (95% CI 0.41 to 0.89) ... for D": every interval below 1 says D was rarer with X (the harm is Y's)
_FIRST_ARM = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to|over)\b",
                        re.IGNORECASE)
_INTERVAL = re.compile(r"95\s*%\s*(?:confidence\s+interval|CI)[,:]?\s*(?:of\s+)?(\d*\.?\d+)\s*(?:-|–|—|to)\s*"
                       r"(\d*\.?\d+)", re.IGNORECASE)


#: the chemical as the reference of a comparison: "less likely than X-treated subjects", "than those given X"
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _lessened(text: str, chem_start: int, chem_end: int, dis_start: int) -> bool:
    """True when the words between the chemical and the disease say the chemical lessened it (:data:`_LESS_OF`) and
    no word of occurrence or cause follows the lessening; not when the chemical is the reference of a comparison
    (:data:`_THAN_BEFORE`: "less likely than X to ..., and less D": the lessening is the other arm's)."""
    if _THAN_BEFORE.search(text, max(0, chem_start - 30), chem_start):
        return False
    last = None
    for last in _LESS_OF.finditer(text, chem_end, dis_start):
        pass
    return last is not None and not _OCCURRED.search(text, last.end(), dis_start)


def _rarer_with(text: str, chem_ends: list[int]) -> bool:
    """True when the chemical is the first arm of a comparison (:data:`_FIRST_ARM`) and every 95% interval of the
    sentence lies below 1: the risks compared are lower with it."""
    intervals = [(float(lo), float(hi)) for lo, hi in _INTERVAL.findall(text)]
    return (bool(intervals) and all(hi < 1.0 for _, hi in intervals)
            and any(_FIRST_ARM.match(text, end) for end in chem_ends))


def asks_or_lessens(finding: Finding, chem_spans: list[tuple[int, int]], dis_starts: list[int]) -> bool:
    """(round 14) True when the evidence sentence of a model finding states a study's objective (:data:`_OBJECTIVE`;
    not with a causal word: "To examine ..., cardiomyopathy was induced in dogs by X" states the model), is a method
    listing what was monitored (:data:`_MONITORED`; a methods or objective sentence only, with no causal word:
    "X-induced hypertension was used to ..., which was evaluated" states the model), says the chemical lessened
    the disease (:func:`_lessened`) or had lower risks than its comparator (:func:`_rarer_with`): no harm asserted.
    ``chem_spans``, ``dis_starts``: the mentions' offsets in the sentence."""
    chem_ends = [end for _, end in chem_spans]
    text = finding.evidence
    if _OBJECTIVE.search(text) and not _CAUSAL.search(text):
        return True
    if finding.role in ("methods", "objective") and _MONITORED.search(text) and not _CAUSAL.search(text):
        return True
    if chem_ends and _rarer_with(text, chem_ends):
        return True
    return bool(chem_spans) and any(d > chem_ends[0] and _lessened(text, *chem_spans[0], d) for d in dis_starts)


def model_finding_stands(annotated: AnnotatedDocument, finding: Finding) -> bool:
    """(round 16) Whether an adverse effect of the learned CID model (:mod:`ipkg.extract.cid_model`) stands on its
    evidence sentence; general gates, none on the model's score. A sentence that does not name the chemical (the
    disease's first sentence, cited across sentences) stands only in a results, conclusions or background
    sentence: a title, aim or method that names the disease alone ("... resistant to depression by erythrocyte
    phagocytosis") says nothing of a cause. No sentence stands that relieves the disease it names, by the chemical
    before it or (when the chemical is not named) by anything ("Dietary intake of X significantly prevented
    splenomegaly"), nor one that names the chemical and states a correlation and no causal word ("Enterobacteriaceae had significant correlations with items related
    to schizophrenia in the X users"). BC5CDR dev F1 0.573 -> 0.570 (docs/findings.md 16). (round 10) No finding
    stands whose subject is a procedure, therapy, diet or activity rather than a substance
    (:func:`ipkg.extract.cid_procedures.is_procedure`: "Mental fatigue also makes rehabilitation more difficult after
    a stroke" names no cause of the stroke), nor one cited from a sentence that does not name the chemical and
    states no occurrence of the disease (:data:`_OCCURRENCE`) (docs/findings.md 8j). (round 14) Nor one whose
    sentence asks, monitors or says the chemical lessened the disease (:func:`asks_or_lessens`; docs/findings.md 8n).
    (CID round 17) A methods sentence that tells what a case had and a title that names a harm's cause may cite it
    without naming the chemical (:func:`_cited_across`; docs/findings.md 8r)."""
    if finding.obj is None:
        return True
    if is_procedure(finding.subject):
        return False  # (round 10) a procedure, therapy, diet or activity is no chemical (:mod:`cid_procedures`)
    inside = [m for m in annotated.mentions if m.passage == finding.passage and finding.start <= m.start
              and m.end <= finding.end]
    chem = [m for m in inside if m.concept.iri == finding.subject.iri]
    text = finding.evidence
    if not chem and not _cited_across(finding.role, text):
        return False
    if chem and _CORRELATION.search(text) and not _CAUSAL.search(text):
        return False
    if asks_or_lessens(finding, [(m.start - finding.start, m.end - finding.start) for m in chem],
                       [m.start - finding.start for m in inside if m.concept.iri == finding.obj.iri]):
        return False
    first = chem[0].end - finding.start if chem else 0  # unnamed ("SGS" not grounded): a relief by anything
    for d in inside:
        if d.concept.iri == finding.obj.iri and d.start - finding.start > first:
            between = text[first : d.start - finding.start]
            if _RELIEVES_NEXT.search(between) and not _CAUSAL.search(between):
                return False
    return True
