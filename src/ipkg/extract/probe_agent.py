"""A drug given as a probe or a challenge is not tested as a treatment (round 45, issue 12).

A challenge study gives a drug to patients and controls to measure a response and compares the groups: "the
neuroendocrine study was performed using ipsapirone (IPS), a 5-HT(1A) partial agonist, as a probe", "the growth
hormone response to apomorphine challenge". Its nulls are between the groups ("The IPS-stimulated plasma cortisol
response in male SCH did not differ from that of male normal control subjects"; "Behavioral responses to IPS,
including nausea, dizziness ... did not differ between groups"), and the trial readers and the relation readers read
them as the drug's treatment denied. :func:`without_probe_treatments` drops every ``treats`` whose subject is a probe,
and every denied finding of a drug given "as a probe" (a null of a probe study compares groups, not the drug with
nothing); what the probe is said to do stays ("Female control subjects had greater increases in plasma cortisol
following IPS"), and so do the nulls of a challenge ("endotoxemia ... does not influence the Fluenz-induced immune
response" after "a second LPS challenge": an immune challenge is also what the study tests).

A probe is the intervention named last before "as a (pharmacological | neuroendocrine | ...) probe / challenge",
within 80 characters of its sentence ("patients maintained on X received Z as a challenge": Z only), or the one
named right before "challenge (test)" or right after "challenge (test) with" (not a case's "repeat challenge" or
"rechallenge": the drug that caused the harm).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Finding

if TYPE_CHECKING:
    from .annotate import AnnotatedDocument

__all__ = ["without_probe_treatments"]

_F = re.IGNORECASE
#: after the probe: "as a probe", "as a neuroendocrine challenge"; and "challenge", "challenge test"
_AS_PROBE = re.compile(r"^[^.;]{0,80}?\bas\s+an?\s+(?:[\w-]+\s+){0,2}(?:probe|challenge)\b", _F)
_CHALLENGE = re.compile(r"^\s*(?:-\s*)?challenge\b", _F)
#: before the probe: "challenge with", "a challenge test with"
_BEFORE = re.compile(r"(?<!re-)(?<!re)(?<!repeat )(?<!repeated )\bchallenge\s+(?:test\s+)?with\s+$", _F)
_MAY = re.compile(r"\b(?:probe|challenge)\b", _F)


def _probes(annotated: AnnotatedDocument) -> tuple[frozenset[str], frozenset[str]]:
    """The IRIs of the interventions the abstract gives as a probe or a challenge, and of those among them given
    "as a probe" (see the module)."""
    probes: set[str] = set()
    named: set[str] = set()
    for sentence in annotated.sentences:
        if not _MAY.search(sentence.text):
            continue
        for m in sentence.mentions:
            if m.concept.cls != "Intervention":
                continue
            at, end = m.start - sentence.start, m.end - sentence.start
            as_probe = _AS_PROBE.search(sentence.text[end:])
            if as_probe and not any(o.concept.cls == "Intervention" and o.concept.iri != m.concept.iri
                                    and end <= o.start - sentence.start < end + as_probe.end()
                                    for o in sentence.mentions):  # the last drug before it, not "on X received Z"
                named.add(m.concept.iri)
            elif _CHALLENGE.search(sentence.text[end:]) or _BEFORE.search(sentence.text, max(0, at - 40), at):
                probes.add(m.concept.iri)
    return frozenset(probes | named), frozenset(named)


def without_probe_treatments(annotated: AnnotatedDocument, found: Sequence[Finding]) -> tuple[Finding, ...]:
    """``found`` less the treatments and the denied findings of a probe (see the module).

    >>> from ipkg.models import Concept, Document, Mention
    >>> from ipkg.extract.annotate import annotate
    >>> text = ("The study was performed using ipsapirone as a probe. Nausea after ipsapirone did not differ "
    ...         "between groups.")
    >>> ips = Concept("http://e.org/ips", "ipsapirone", "Intervention")
    >>> nausea = Concept("http://e.org/n", "nausea", "Phenotype")
    >>> ann = annotate(Document("a.txt", "", text), [Mention("abstract", 30, 40, "ipsapirone", ips),
    ...     Mention("abstract", 53, 59, "Nausea", nausea), Mention("abstract", 66, 76, "ipsapirone", ips)])
    >>> s = text[53:]
    >>> without_probe_treatments(ann, [Finding(ips, "treats", nausea, s, "abstract", 53, len(text), negated=True)])
    ()
    """
    probes, named = _probes(annotated) if found else (frozenset(), frozenset())
    if not probes:
        return tuple(found)
    return tuple(f for f in found if f.subject.iri not in probes
                 or not (f.predicate == "treats" or f.negated and f.subject.iri in named))
