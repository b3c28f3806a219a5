"""Paraphrases of drug-class names by their receptor system (round 16a), read off each class name's own words:

* **"-oceptor" receptors** (:func:`oceptor_forms`): "<stem>ergic [<subtype>] receptor" is also written
  "<subtype>-<stem>oceptor" ("Adrenergic alpha-2 Receptor Antagonists" -> "alpha-2-adrenoceptor antagonists",
  "alpha-2 adrenoceptor antagonist"; purinergic -> purinoceptor, cholinergic -> cholinoceptor), and a class named
  "<subtype>-<stem>ergic <kind>" ("beta-adrenergic antagonist") likewise ("beta-adrenoceptor antagonist").
* **"anti-...ergic" agents** (:func:`anti_ergic_forms`): a class "<stem>ergic antagonist(s)" ("cholinergic
  antagonists", "dopaminergic antagonist") is also the adjective "anti<stem>ergic" with a drug noun
  ("anticholinergic drugs", "anticholinergic medication") or alone ("anticholinergics"; the one-word adjective
  is a mention only where a noun reading holds, :func:`ipkg.extract.mentions._keep`).
* **blocking nouns** (:func:`blocking_noun_forms`): "<X> blocking agent(s)" is also "<X> blocking drug(s) /
  medication(s)" ("beta-adrenergic blocking drugs").
"""

from __future__ import annotations

import re

__all__ = ["oceptor_forms", "anti_ergic_forms", "blocking_noun_forms", "paraphrases"]

_KIND = r"(?P<kind>(?:ant)?agonists?|blockers?|inhibitors?)"
#: "Adrenergic alpha-2 Receptor Antagonists", "adrenergic receptor agonist"
_ERGIC_RECEPTOR = re.compile(rf"^(?P<stem>[A-Za-z]+)ergic (?:(?P<sub>[\w-]+) )?receptors? {_KIND}$", re.IGNORECASE)
#: "beta-adrenergic antagonist", "alpha2-adrenergic agonists", "beta 2-adrenergic receptor agonists"
_SUB_ERGIC = re.compile(rf"^(?P<sub>[\w()]+(?: \d)?)[- ](?P<stem>[A-Za-z]+)ergic (?:receptors? )?{_KIND}$",
                        re.IGNORECASE)
#: "cholinergic antagonists" (one adjective, no subtype)
_ERGIC_ANTAGONIST = re.compile(r"^(?P<stem>[A-Za-z]+)ergic antagonists?$", re.IGNORECASE)
#: "<X> blocking agent(s)"
_BLOCKING_AGENT = re.compile(r"^(?P<x>.+ blocking) agents?$", re.IGNORECASE)


def oceptor_forms(name: str) -> list[str]:
    """The "-oceptor" writings of a "<stem>ergic receptor" class name.

    >>> oceptor_forms("Adrenergic alpha-2 Receptor Antagonists")
    ['alpha-2-adrenoceptor Antagonists', 'alpha-2 adrenoceptor Antagonists']
    >>> oceptor_forms("beta-adrenergic antagonist"), oceptor_forms("serotonin receptor agonist")
    (['beta-adrenoceptor antagonist', 'beta adrenoceptor antagonist'], [])
    """
    m = _ERGIC_RECEPTOR.match(name) or _SUB_ERGIC.match(name)
    if not m:
        return []
    stem, sub, kind = m.group("stem").lower(), m.group("sub"), m.group("kind")
    receptor = f"{stem}oceptor"
    return [f"{sub}-{receptor} {kind}", f"{sub} {receptor} {kind}"] if sub else [f"{receptor} {kind}"]


def anti_ergic_forms(name: str) -> list[str]:
    """The "anti<stem>ergic" writings of a "<stem>ergic antagonist" class name.

    >>> anti_ergic_forms("Cholinergic Antagonists")[:3]
    ['anticholinergic drug', 'anticholinergic agent', 'anticholinergic medication']
    """
    m = _ERGIC_ANTAGONIST.match(name)
    if not m:
        return []
    adjective = f"anti{m.group('stem').lower()}ergic"
    return [f"{adjective} {noun}" for noun in ("drug", "agent", "medication")] + [f"{adjective}s"]


def blocking_noun_forms(name: str) -> list[str]:
    """ "<X> blocking agent" with the other drug nouns.

    >>> blocking_noun_forms("beta-Adrenergic Blocking Agents")
    ['beta-Adrenergic Blocking drug', 'beta-Adrenergic Blocking medication']
    """
    m = _BLOCKING_AGENT.match(name)
    return [f"{m.group('x')} {noun}" for noun in ("drug", "medication")] if m else []


def paraphrases(name: str) -> list[str]:
    """Every paraphrase of the module docstring of one class name."""
    return [*oceptor_forms(name), *anti_ergic_forms(name), *blocking_noun_forms(name)]
