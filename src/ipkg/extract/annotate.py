"""One annotated document, made in one pass, that every extractor reads (issues 11 and 12, "Shape").

:func:`annotate` turns a :class:`~ipkg.models.Document` and its grounded mentions into an
:class:`AnnotatedDocument`: the passages, their sentences (each with its section label when the abstract is
structured, and its *rhetorical role*), the mentions of each sentence, and one lower-cased view of the text for the
cue regexes (:class:`~ipkg.cues.Folded`). Design, sample size and findings read this object instead of each
splitting and scanning the text again.

Sentence roles (the vocabulary of ``ipkg:sentenceRole``): ``title``, ``background``, ``objective``, ``methods``,
``results``, ``conclusions``, ``keywords``, ``other``. A structured abstract's labels decide the role of their
sentences (:data:`SECTION_ROLES`; the NLM category names and their common variants). An unstructured abstract is
read as the standard order background -> objective -> methods -> results -> conclusions: every sentence gets a score
per role from general cue words (:data:`_ROLE_CUES`), and the roles follow the best-scoring sequence that never goes
back in that order (a small dynamic programme). A sentence with no cue takes the role its neighbours imply.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..learn import LinearModel, ngram_features
from ..models import Abbreviation, Document, Mention
from ..cues import Folded, Gate, alternatives, fold
from .sentences import split_sentences

__all__ = [
    "MODEL_PATH", "ROLES", "SECTION_ROLES", "AnnotatedDocument", "Sentence", "annotate", "role_features",
    "role_model", "section_role", "sentence_roles",
]

_T = TypeVar("_T")

#: the sentence-role model shipped with the package (``python -m ipkg.extract.train_roles`` writes it)
MODEL_PATH = Path(__file__).resolve().parent / "data" / "sentence-roles.json.gz"

#: the roles of the body of an abstract, in the order abstracts give them
ROLES: tuple[str, ...] = ("background", "objective", "methods", "results", "conclusions")

#: section labels (lower-cased, without the colon) to roles; NLM's five categories and the labels journals use
SECTION_ROLES: dict[str, str] = {
    label.strip(): role
    for role, labels in (
        ("background", "background|introduction|context|rationale|importance|background and aims|"
                       "background and objectives|background and purpose|background and aim|background/aims|"
                       "background/objectives|background & aims|scope"),
        ("objective", "objective|objectives|aim|aims|purpose|purposes|goal|goals|hypothesis|study objective|"
                      "study objectives|aims and objectives|aim of the study|aim of the review|review question|"
                      "research question|objective and methods"),
        ("methods", "methods|method|materials and methods|material and methods|methods and materials|design|"
                    "study design|setting|design and setting|design, setting, and participants|"
                    "design, setting and participants|participants|patients|subjects|population|interventions|"
                    "intervention|measurements|main outcome measures|main outcomes|outcome measures|outcomes|"
                    "data sources|study selection|data extraction|data collection|search strategy|"
                    "selection criteria|eligibility criteria|data synthesis|analysis|statistical analysis|"
                    "experimental design|procedures|methodology|methods/design|case presentation|case report|"
                    "case description|case|exposure|exposures|animals|patients and methods|subjects and methods"),
        ("results", "results|result|findings|main results|main findings|key results|observations|outcome"),
        ("conclusions", "conclusions|conclusion|interpretation|discussion|implications|clinical implications|"
                        "significance|conclusions and relevance|conclusion and relevance|authors' conclusions|"
                        "summary|limitations|implications for practice|clinical relevance|"
                        "discussion and conclusions"),
    )
    for label in labels.split("|")
}


def section_role(label: str | None) -> str | None:
    """The role of a structured-abstract section label, or ``None`` when the label is not a known one.

    >>> section_role("METHODS"), section_role("Conclusions and Relevance"), section_role("TRIAL REGISTRATION")
    ('methods', 'conclusions', None)
    """
    if not label:
        return None
    key = _key(label)
    if key in SECTION_ROLES:
        return SECTION_ROLES[key]
    for word, role in (("conclu", "conclusions"), ("result", "results"), ("method", "methods"),
                       ("objective", "objective"), ("aim", "objective"), ("background", "background")):
        if key.startswith(word):
            return role
    return None


def _key(label: str | None) -> str:
    return " ".join(label.lower().replace(":", " ").split()) if label else ""


#: section labels of systematic reviews that hold the pooled results when the abstract has no RESULTS section
#: (JAMA-style "DATA SYNTHESIS"), and the review's methods when it has one (BMJ-style)
_SYNTHESIS = frozenset({"data synthesis", "evidence synthesis"})


# Cue words that a sentence of each role tends to hold. Weights are small integers; only their order matters.
_ROLE_CUES: dict[str, tuple[tuple[re.Pattern[str], int], ...]] = {
    "background": (
        (re.compile(r"\b(?:is|are) (?:a |an |the )?(?:common|major|leading|prevalent|serious|chronic|"
                    r"debilitating|complex|heterogeneous)\b|\b(?:has|have) been (?:suggested|implicated|"
                    r"proposed|linked|associated|reported|shown)\b|\bremains? (?:unclear|unknown|poorly)\b|"
                    r"\blittle is known\b|\bgrowing (?:body|evidence)\b|\bincreasing(?:ly)? (?:evidence|recogni)"), 2),
        (re.compile(r"\b(?:previous|prior|recent|several|many) (?:studies|research|reports|evidence)\b"), 1),
    ),
    "objective": (
        (re.compile(r"\b(?:we|this study|the present study|this trial|the study|this work|this paper) "
                    r"(?:aim(?:s|ed)?|sought|set out|purport|hypothesi[sz]ed|intend(?:s|ed)?)\b|"
                    r"\b(?:the |our )?(?:aim|purpose|objective|goal)s? (?:of|was|were|is|are)\b|"
                    r"\bwe (?:investigated|examined|evaluated|assessed|explored|tested|studied|compared|"
                    r"asked|determined) (?:whether|if|the (?:effect|efficacy|role|association|impact|hypothesis)|how)|"
                    r"\b(?:to|we) (?:investigate|examine|evaluate|assess|explore|determine|test) (?:whether|if)\b"), 3),
    ),
    "methods": (
        (re.compile(r"\bwere (?:randomi[sz]ed|randomly (?:assigned|allocated)|recruited|enrolled|included|"
                    r"assigned|allocated|administered|given|treated|measured|assessed|collected|obtained|"
                    r"analy[sz]ed|evaluated|followed|exposed|injected|divided|screened|selected|searched|"
                    r"interviewed|genotyped)\b|\bwas (?:measured|assessed|administered|performed|used|"
                    r"conducted|evaluated|calculated|determined|defined)\b|\bwe (?:conducted|performed|recruited|"
                    r"enrolled|used|searched|included|measured|collected|administered|randomi[sz]ed)\b|"
                    r"\b(?:double|single|triple)[- ]blind|\bplacebo[- ]controlled\b|\bcross-?sectional\b|"
                    r"\bdatabases?\b|\bprimary (?:outcome|end ?point)\b|\b(?:inclusion|exclusion) criteria\b|"
                    r"\bwas used to\b|\bcohort of\b"), 2),
    ),
    "results": (
        (re.compile(r"\b[pP]\s*[<=>≤]\s*0?\.\d|\b95\s*%\s*CI\b|\b(?:OR|HR|RR|SMD|MD)\s*[=:,]|"
                    r"\bsignificant(?:ly)?\b|\bdid not (?:differ|change|improve|reduce|increase|show)|"
                    r"\bno (?:significant )?(?:difference|change|effect|association|improvement)s?\b|"
                    r"\b(?:was|were) (?:associated|correlated|higher|lower|increased|decreased|elevated|reduced|"
                    r"greater|smaller|superior|inferior|comparable|similar)\b|\b(?:showed|revealed|demonstrated|"
                    r"yielded|exhibited|displayed) (?:a |an |that |significant|no |higher|lower|greater)|"
                    r"\bcompared (?:with|to)\b|\b\d+(?:\.\d+)?\s*%"), 2),
        (re.compile(r"\b(?:we found|we observed|there (?:was|were) (?:a |an |no )?)"), 2),
    ),
    "conclusions": (
        (re.compile(r"\bin conclusion\b|\bwe conclude\b|\bto conclude\b|\btaken together\b|\bin summary\b|"
                    r"\b(?:these|our|the present|the) (?:results|findings|data|observations|studies|evidence) "
                    r"(?:suggest|indicate|support|show|demonstrate|provide|highlight|imply|point|confirm|"
                    r"underline|underscore|raise)|\bfurther (?:studies|research|trials|investigation)\b|"
                    r"\b(?:may|might|could) (?:be|represent|serve|offer|provide) (?:a |an )?(?:useful|novel|"
                    r"promising|potential|new|effective|valuable|important)|\bfuture (?:studies|research|trials)\b"),
         3),
        (re.compile(r"\bsuggest(?:s|ing)? that\b|\bimplications?\b"), 1),
    ),
}
#: how much a role's score counts when the previous sentence had that role (keeps unmarked sentences in place)
_STAY = 1
#: log-odds added to the objective role of a sentence that states an aim in so many words
_AIM_BONUS = 4.0


def _scores(sentence: str, lower: str | None = None) -> list[int]:
    """The cue score of each role: the summed weights of the role's cue groups found in ``sentence`` (``results``
    cues read the sentence as written, the others its lower-cased form ``lower``). One Aho-Corasick pass over
    ``lower`` (:class:`~ipkg.cues.Gate`) names the groups that may match; only those are searched.

    >>> _scores("In conclusion, IL-6 was associated with depression (p < 0.01).")
    [0, 0, 0, 2, 3]
    """
    lower = sentence.lower() if lower is None else lower
    table, gate = _cue_table()
    out = [0] * len(ROLES)
    found = -1  # the last cue group found: its other alternatives are not tried (candidates come in table order)
    for index in gate.candidates(lower):
        role, pattern, weight, cased, group = table[index]
        if group != found and pattern.search(sentence if cased else lower):
            out[role] += weight
            found = group
    return out


@functools.lru_cache(maxsize=1)
def _cue_table() -> tuple[list[tuple[int, re.Pattern[str], int, bool, int]], Gate]:
    """Every top-level alternative of every cue group (:func:`~ipkg.cues.alternatives`) as ``(role index,
    pattern, weight, reads the cased sentence, group number)``, a group's alternatives side by side, and their gate
    (a group counts once, when one of its alternatives matches). Gated one by one, the alternatives cost ~15% less
    than the whole alternation: one branch's literal ("%", "=") let most sentences through to all the branches."""
    groups = [(r, pattern, weight) for r, role in enumerate(ROLES) for pattern, weight in _ROLE_CUES[role]]
    table = [(r, alternative, weight, ROLES[r] == "results", g)
             for g, (r, pattern, weight) in enumerate(groups) for alternative in alternatives(pattern)]
    return table, Gate([pattern for _, pattern, _, _, _ in table])


@functools.lru_cache(maxsize=1)
def role_model() -> LinearModel | None:
    """The shipped sentence-role model, or ``None`` when the package holds none (then cue rules alone decide)."""
    return LinearModel.from_file(MODEL_PATH) if MODEL_PATH.exists() else None


def role_features(sentence: str, index: int, count: int, cue_scores: Sequence[int] | None = None) -> list[str]:
    """The features of one sentence for the role model: words, word pairs, relative position and cue groups.

    (Words and position alone score the same on held-out structured abstracts, 0.881 against 0.886, but misjudge
    short texts, where position says little: "Adverse events included nausea." after one other sentence.)

    >>> role_features("We found no effect (p = 0.4).", 3, 4)[-4:]
    ['b==_0', 'pos=7', 'last', 'cue=results']
    """
    return ngram_features(sentence) + _context_features(index, count,
                                                         cue_scores if cue_scores is not None else _scores(sentence))


#: the feature strings of :func:`_context_features`, made once (the same strings, not formatted per sentence)
_POSITIONS = tuple(f"pos={i}" for i in range(10))
_CUE_FEATURES = tuple(f"cue={role}" for role in ROLES)


def _context_features(index: int, count: int, cue_scores: Sequence[int]) -> list[str]:
    """The features of :func:`role_features` after the n-grams: relative position, first/last, cue groups."""
    out = [_POSITIONS[min(9, index * 10 // max(count, 1))]]
    if index == 0:
        out.append("first")
    if index == count - 1:
        out.append("last")
    for feature, score in zip(_CUE_FEATURES, cue_scores):
        if score > 1:
            out += [feature] * (score // 2)
    return out


_DEFAULT: object = object()


def sentence_roles(sentences: Sequence[str], model: LinearModel | None | object = _DEFAULT) -> list[str]:
    """The rhetorical role of each sentence of an unstructured abstract, in the standard order of abstracts.

    The sequence of roles never goes back (background < objective < methods < results < conclusions); among such
    sequences the most probable under the role model wins (:func:`role_model`, trained on structured abstracts by
    :mod:`ipkg.extract.train_roles`), or, with ``model=None`` or no model shipped, the one with the highest sum of
    cue scores (ties to the earlier role).

    >>> sentence_roles(["Depression is a common disorder.", "We aimed to test whether IL-6 predicts response.",
    ...                 "Patients were randomized to drug or placebo.", "IL-6 fell significantly (p < 0.01).",
    ...                 "These results suggest that IL-6 matters."])
    ['background', 'objective', 'methods', 'results', 'conclusions']
    """
    n = len(sentences)
    if not n:
        return []
    chosen = role_model() if model is _DEFAULT else model
    if isinstance(chosen, LinearModel):
        order = [chosen.classes.index(r) for r in ROLES]
        scores = []
        objective = ROLES.index("objective")
        for i, sentence in enumerate(sentences):
            lower = sentence.lower()
            cue_scores = _scores(sentence, lower)
            # = chosen.proba(role_features(sentence, i, n, cue_scores)), without making the n-gram strings
            probs = chosen.probabilities(chosen.ngram_scores(sentence, _context_features(i, n, cue_scores),
                                                             lower=lower))
            row = [math.log(max(probs[j], 1e-9)) for j in order]
            # structured abstracts often file the aim under BACKGROUND, so the model learns aims as background;
            # an explicit statement of aim is the objective whatever the label habits of the training journals
            if cue_scores[objective] >= 3:
                row[objective] += _AIM_BONUS
            scores.append(row)
        return _monotone(scores, stay=0.0)
    raw = [[float(x * 2) for x in _scores(s)] for s in sentences]
    # a long abstract closes with its conclusions, which often hold no cue word
    if n >= 4 and not any(raw[-1]):
        raw[-1][ROLES.index("conclusions")] += 2
    for r in range(len(ROLES)):
        raw[0][r] -= r  # the first sentence leans to the start
    return _monotone(raw, stay=float(_STAY))


def _monotone(scores: Sequence[Sequence[float]], stay: float) -> list[str]:
    """The best role sequence that never goes back in :data:`ROLES` order (Viterbi over an ordered chain: the best
    predecessor of role ``r`` is the best of roles ``<= r``, kept as a running maximum; ties go to the earlier role).
    """
    n, k = len(scores), len(ROLES)
    best = list(scores[0])
    back: list[list[int]] = [[0] * k]
    for i in range(1, n):
        row, links = [0.0] * k, [0] * k
        top, top_q = best[0], 0  # the best of roles < r
        for r in range(k):
            own = best[r] + stay
            if r and own <= top:
                prev, value = top_q, top
            else:
                prev, value = r, own
            row[r] = value + scores[i][r]
            links[r] = prev
            if r == 0 or best[r] > top:
                top, top_q = best[r], r
        best = row
        back.append(links)
    r = max(range(k), key=lambda q: (best[q], q))
    path = [r]
    for i in range(n - 1, 0, -1):
        r = back[i][r]
        path.append(r)
    return [ROLES[r] for r in reversed(path)]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a passage: offsets into the passage's text, its section label and rhetorical role."""

    passage: str
    index: int  #: position among all sentences of the document (title first)
    start: int
    end: int
    text: str
    role: str  #: one of ROLES, "title", "keywords" or "other"
    section: str | None = None  #: the structured-abstract label the sentence sits under, as written
    mentions: tuple[Mention, ...] = ()

    def spans_of(self, iri: str) -> list[tuple[int, int]]:
        """The spans (offsets of :attr:`text`) where the sentence names the concept ``iri``."""
        return [(m.start - self.start, m.end - self.start) for m in self.mentions if m.concept.iri == iri]

    def other_interventions(self, iri: str) -> list[tuple[int, int]]:
        """The spans (offsets of :attr:`text`) where the sentence names an intervention other than ``iri``."""
        return [(m.start - self.start, m.end - self.start) for m in self.mentions
                if m.concept.cls == "Intervention" and m.concept.iri != iri]


@dataclass(frozen=True)
class AnnotatedDocument:
    """A document with everything the extractors share: sentences with roles and mentions, one folded view."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    abbreviations: tuple[Abbreviation, ...] = ()
    #: title and abstract joined by a newline, with its lower-cased view for the cue regexes
    folded: Folded = field(default_factory=lambda: fold(""))
    #: what readers derive from the whole document, kept the first time one asks (:meth:`derived`)
    _derived: dict[Callable[[Any], Any], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, compute: Callable[[AnnotatedDocument], _T]) -> _T:
        """``compute(self)``, computed once per document: the first reader that asks fills the slot, the others
        read it (the trials' setting, arm labels and scale mentions, which both trial-result readers use:
        :func:`ipkg.extract.arm_outcomes.trial_context`). ``compute`` must depend on the document alone."""
        try:
            return self._derived[compute]  # type: ignore[no-any-return]
        except KeyError:
            value = self._derived[compute] = compute(self)
            return value

    @property
    def structured(self) -> bool:
        """True when the abstract has labelled sections."""
        return bool(self.document.sections)

    def passage_text(self, passage: str) -> str:
        """The text of ``passage`` (``title``, ``abstract`` or ``keywords``)."""
        return dict(self.document.passages()).get(passage, "")

    def iter_sentences(self, *roles: str, passage: str | None = None) -> Iterator[Sentence]:
        """The sentences with one of ``roles`` (all when none is given), optionally of one passage only."""
        for sentence in self.sentences:
            if (not roles or sentence.role in roles) and (passage is None or sentence.passage == passage):
                yield sentence

    def sentences_by_start(self) -> Mapping[tuple[str, int], Sentence]:
        """Each sentence by its ``(passage, start)``, the key a finding carries to its evidence sentence; built once
        per document (:meth:`derived`) for the readers that look up the sentence of every finding."""
        return self.derived(_sentences_by_start)

    def sentence_at(self, passage: str, offset: int) -> Sentence | None:
        """The sentence of ``passage`` that holds character ``offset``."""
        for sentence in self.sentences:
            if sentence.passage == passage and sentence.start <= offset < sentence.end:
                return sentence
        return None


def _sentences_by_start(annotated: AnnotatedDocument) -> dict[tuple[str, int], Sentence]:
    return {(s.passage, s.start): s for s in annotated.sentences}


def _section_at(sections: Sequence[tuple[str, int, int]], start: int) -> str | None:
    for label, lo, hi in sections:
        if lo <= start < hi:
            return label
    return None


def annotate(doc: Document, mentions: Sequence[Mention] = (), abbreviations: Sequence[Abbreviation] = ()
             ) -> AnnotatedDocument:
    """Split ``doc`` into sentences once, give each its role and mentions, and fold the text once.

    >>> from ipkg.models import Document
    >>> text = "OBJECTIVE: To test X.\\nRESULTS: X helped (p < 0.01)."
    >>> doc = Document("a.txt", "Drug X in depression", text, sections=(("OBJECTIVE", 0, 21), ("RESULTS", 22, 51)))
    >>> [(s.passage, s.role, s.section) for s in annotate(doc).sentences]
    [('title', 'title', None), ('abstract', 'objective', 'OBJECTIVE'), ('abstract', 'results', 'RESULTS')]
    """
    ordered = tuple(sorted(mentions))
    by_passage: dict[str, list[Mention]] = {}
    for mention in ordered:
        by_passage.setdefault(mention.passage, []).append(mention)
    sentences: list[Sentence] = []
    for passage, text in doc.passages():
        spans = split_sentences(text) if passage != "keywords" else ([(0, len(text))] if text else [])
        if passage == "abstract":
            labels = [_section_at(doc.sections, s) for s, _ in spans]
            roles = _abstract_roles(text, spans, labels)
        else:
            labels = [None] * len(spans)
            roles = [passage] * len(spans)
        in_passage = by_passage.get(passage, [])
        j = 0
        for (start, end), label, role in zip(spans, labels, roles):
            while j < len(in_passage) and in_passage[j].start < start:
                j += 1
            k = j
            while k < len(in_passage) and in_passage[k].start < end:
                k += 1
            own = tuple(m for m in in_passage[j:k] if m.end <= end)
            sentences.append(Sentence(passage, len(sentences), start, end, text[start:end], role, label, own))
    return AnnotatedDocument(doc, tuple(sentences), ordered, tuple(abbreviations),
                             fold(f"{doc.title}\n{doc.abstract}"))


def _abstract_roles(text: str, spans: Sequence[tuple[int, int]], labels: Sequence[str | None]) -> list[str]:
    """Roles from section labels where they are known; the unlabelled stretches by :func:`sentence_roles`."""
    known = [section_role(label) for label in labels]
    if "results" not in known:  # a review's DATA SYNTHESIS is its results when no RESULTS section follows
        known = ["results" if _key(label) in _SYNTHESIS else role for label, role in zip(labels, known)]
    roles: list[str] = [""] * len(spans)
    i = 0
    while i < len(spans):
        if known[i] is not None:
            roles[i] = known[i]  # type: ignore[assignment]
            i += 1
            continue
        j = i
        while j < len(spans) and known[j] is None:
            j += 1
        if labels[i] is not None and all(labels[x] is not None for x in range(i, j)):
            # a labelled section whose label is not a role ("TRIAL REGISTRATION"): other
            roles[i:j] = ["other"] * (j - i)
        else:
            roles[i:j] = sentence_roles([text[s:e] for s, e in spans[i:j]])
        i = j
    return roles
