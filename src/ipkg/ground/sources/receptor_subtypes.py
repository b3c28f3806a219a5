"""A transmitter receptor's subtypes, named as its signalling (round 19e; used by :mod:`.pathways`).

GO names the signalling of a transmitter's receptors once per transmitter ("serotonin receptor signaling
pathway", "dopamine receptor signaling pathway"), not per receptor subtype; abstracts name the subtype whose
activation is the mechanism ("via activation of 5-HT(2A) receptors", "serotonin-2A receptor activation",
"dopamine D2 receptor signaling"). The check set's adjudication rule: "receptor activation named as the mechanism:
Pathway, the ligand's receptor signaling term (GO:0007210)". The subtypes are IUPHAR's (5-HT1A to 5-HT7, D1 to D5);
a subtype named alone ("the 5-HT2A receptor") is the receptor, not scored, so only its activation, stimulation and
signalling are names here.
"""

from __future__ import annotations

__all__ = ["receptor_subtype_names", "SUBTYPES"]

#: GO's signalling of a transmitter's receptors -> the written forms of each of its subtypes (the tokenizer reads
#: "5-HT(2A)", "5-HT 2A" and "5-HT2A" alike, and "serotonin 2A" as "serotonin-2A")
SUBTYPES: dict[str, tuple[str, ...]] = {
    "serotonin receptor signaling pathway": tuple(
        f"{head}{sep}{code}" for code in ("1A", "1B", "1D", "1E", "1F", "2A", "2B", "2C", "3", "4", "5A", "6", "7")
        for head, sep in (("5-HT", ""), ("serotonin", "-"))),
    "dopamine receptor signaling pathway": tuple(
        form for n in range(1, 6) for form in (f"dopamine D{n}", f"D{n}")),
}
#: what is said of a receptor whose working is the mechanism, before and after its name
_AFTER = ("activation", "stimulation", "signaling", "signaling pathway", "mediated signaling")
_BEFORE = ("activation of", "stimulation of")


def receptor_subtype_names(names: list[str]) -> list[tuple[str, str]]:
    """The activation, stimulation and signalling of each subtype of a transmitter receptor whose signalling GO
    names (:data:`SUBTYPES`).

    >>> [n for n, _ in receptor_subtype_names(["serotonin receptor signaling pathway"])][4:7]
    ['5-HT1A receptor mediated signaling', 'activation of 5-HT1A receptor', 'stimulation of 5-HT1A receptor']
    >>> [n for n, _ in receptor_subtype_names(["dopamine receptor signaling pathway"]) if n.startswith("D1R")][:2]
    ['D1R activation', 'D1R stimulation']
    >>> receptor_subtype_names(["regulation of dopamine receptor signaling pathway"])
    []
    """
    out: list[str] = []
    for name in names:
        for subtype in SUBTYPES.get(name.lower(), ()):
            # one number is enough: a key reads "receptors" as "receptor" (variants._singular)
            out += [f"{subtype} receptor {after}" for after in _AFTER]
            out += [f"{before} {subtype} receptor" for before in _BEFORE]
            if subtype.startswith(("5-HT", "D")):  # round 19g: the receptor's short form ends in R ("5-HT1AR", "D2R")
                out += [f"{subtype}R {after}" for after in _AFTER] + [f"{before} {subtype}R" for before in _BEFORE]
    return [(n, "derived") for n in dict.fromkeys(out)]
