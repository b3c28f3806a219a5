"""A drug class named in the plural stands, in a result, for the members the abstract listed (round 53, issue 12).

"We evaluated the genes involved in the therapeutic mechanisms of various antidepressants, a tricyclic
antidepressant (imipramine), a selective serotonin reuptake inhibitor (fluoxetine) and a monoamine oxidase inhibitor
(phenelzine). [...] IFN-γ was significantly decreased in response to treatment with antidepressants": the result is
stated of the class, and the class here is the drugs the study gave. The curators record it for each listed member
as well as for the class (tune3; the tune adjudication rules record a class's statement "for the named member
drug").

:class:`ClassMembers` reads the abstract sentence by sentence. :meth:`~ClassMembers.record` notes a class that a
sentence of the study's own (:data:`_STUDY_OWN`: "we", "our", "were treated / administered / given ...") defines
by listing its members: an intervention mention whose last word is a plural ("antidepressants",
"treatment with antipsychotics", "probiotics") followed at once by a list of two or more other interventions, opened
by a comma, a colon, a bracket, "such as", "including", "namely", "i.e." or "e.g." ("various antidepressants,
imipramine, fluoxetine and phenelzine", "antipsychotics (haloperidol and risperidone)"). A member may be given in
brackets after its own subclass ("a selective serotonin reuptake inhibitor (fluoxetine)"): the subclass is then no
member, the bracketed drug is. :meth:`~ClassMembers.items` then adds, in a *results* sentence that names the class
in the plural and none of its members, an item per member on the class's mention, so each member takes the relation
the sentence states of the class (the class keeps its own). Not in the background, the methods or the conclusions,
where the class is the class ("These results suggest that antidepressants function by regulating
neurotransmission"), not after "other", "unlike", "than" ("unlike other antidepressants, X is free of ...") nor a word
that names a part of the class ("newer cholinesterase inhibitors", "conventional antipsychotics", "some
antidepressants"), and not for a class whose list holds fewer than two distinct members. A review's list of
examples ("Atypical antipsychotics, such as clozapine, risperidone and olanzapine, ...") defines nothing: what a
review says of the class later is said of the class (read over corpus-9k: "Conventional antipsychotics should usually
be used ...", "Newer cholinesterase inhibitors should soon be available ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .pairing import Item

__all__ = ["ClassMembers"]

_F = re.IGNORECASE
#: what opens the list of a class's members right after the class noun
_OPEN = re.compile(r"\s*(?:,\s*|:\s*|\(\s*|\s)(?:(?:such\s+as|including|namely|i\.\s?e\.|e\.\s?g\.)\s*,?\s*)?", _F)
#: what may stand between two members: commas, brackets, "and", "or", and a subclass's article ("a tricyclic
#: antidepressant (", its words are a mention or not)
_GAP = re.compile(r"^(?:[\s,.;()]|\b(?:and|or|as\s+well\s+as)\b|\b(?:a|an|the)\b(?:\s+[\w-]+){0,5}?)*$", _F)
#: a subclass label that brackets the member after it: "a selective serotonin reuptake inhibitor (fluoxetine)"
_BRACKETS_NEXT = re.compile(r"^\s*\(\s*$")
#: words that name a part of a class: "newer cholinesterase inhibitors", "conventional antipsychotics", "some
#: antidepressants"
_PART = (r"(?:newer|older|new|novel|conventional|typical|atypical|classical|traditional|first|second|third|some|many|"
         r"most|certain|several|few)[\s-]+(?:generation\s+)?")
#: words before a class noun that take it as other drugs of the class or a part of it: "unlike other
#: antidepressants", "than typical antipsychotics", "besides SSRIs", and :data:`_PART`
_OTHERS = re.compile(rf"\b(?:(?:other|unlike|than|besides|beyond|except)\s+(?:[\w-]+\s+)?|{_PART})$", _F)
#: the same words opening the class's own mention ("Conventional antipsychotics" grounded as one mention)
_PART_OPENING = re.compile(_PART, _F)
#: a sentence that says what the study itself gave or examined: its members are the study's drugs, not a review's
#: examples of the class ("Atypical antipsychotics, such as clozapine and risperidone, are ...")
_STUDY_OWN = re.compile(r"\b(?:we|our|received|receiving|(?:were|was)\s+(?:\w+ly\s+)?(?:treated|"
                        r"administered|given|injected|exposed|randomi[sz]ed|assigned))\b", _F)
#: the last word of a plural class noun (not "-ss", "-us", "-is": "stress", "stimulus", "psychosis")
_PLURAL = re.compile(r"[a-z]{3,}(?<![su])s$", _F)


def _members(text: str, items: Sequence[Item], cls: Item) -> list[Item]:
    """The interventions ``text`` lists right after the class mention ``cls`` (see the module docstring)."""
    opened = _OPEN.match(text, cls.end)
    after = [i for i in items if i.start >= cls.end and i.cls == "Intervention" and not i.pseudo]
    if opened is None or not after or after[0].start != opened.end() and not _GAP.match(text[cls.end:after[0].start]):
        return []
    run = [after[0]]
    for item in after[1:]:
        if not _GAP.match(text[run[-1].end : item.start]):
            break
        run.append(item)
    members = [item for n, item in enumerate(run)
               if not (n + 1 < len(run) and _BRACKETS_NEXT.match(text[item.end : run[n + 1].start]))
               and item.concept.iri != cls.concept.iri and not item.modifier]
    return members if len({m.concept.iri for m in members}) >= 2 else []


class ClassMembers:
    """The drug classes an abstract defined by listing their members, and the members a result names by the class
    (see the module docstring)."""

    def __init__(self) -> None:
        self._members: dict[str, list[Item]] = {}

    def clear(self) -> None:
        """Forget every class (a new passage)."""
        self._members.clear()

    def record(self, text: str, items: Sequence[Item]) -> None:
        """Note the classes ``text`` defines by a list of its interventions ``items``."""
        if sum(1 for i in items if i.cls == "Intervention") < 3 or not _STUDY_OWN.search(text):
            return  # a class and two members at least, given or examined by the study
        for item in items:
            if item.cls == "Intervention" and not item.pseudo and _PLURAL.search(text, item.start, item.end):
                members = _members(text, items, item)
                if members:
                    self._members.setdefault(item.concept.iri, members)

    def items(self, text: str, items: list[Item], role: str) -> list[Item]:
        """``items`` and, in a results sentence that names a defined class in the plural and none of its members,
        an item per member on the class's mention."""
        if not self._members or role != "results":
            return items
        named = {i.concept.iri for i in items}
        added: list[Item] = []
        for item in items:
            members = self._members.get(item.concept.iri)
            if not members or item.pseudo or not _PLURAL.search(text, item.start, item.end):
                continue
            if _OTHERS.search(text, max(0, item.start - 30), item.start) or _PART_OPENING.match(text, item.start):
                continue  # "unlike other antidepressants", "newer cholinesterase inhibitors": not the ones listed
            if any(m.concept.iri in named for m in members):
                continue
            seen: set[str] = set()
            for member in members:
                if member.concept.iri not in seen:
                    seen.add(member.concept.iri)
                    added.append(Item(item.start, item.end, member.concept))
        return items if not added else sorted(items + added, key=lambda i: (i.start, i.end))
