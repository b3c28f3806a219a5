"""Experimental exposures: the stress paradigms and deprivations imposed on (or lived by) a study's subjects to
induce a model, ``ipkg:Exposure`` rows (issue 12).

GUIDELINES counts what is given or done to treat as an Intervention, and stress models are not Interventions; but
the findings curators keep a stress paradigm as the subject of what it induces ("CUMS hasAdverseEffect depressive
disorder", "chronic social defeat stress increases HPA axis activity"). Exposure is not one of the five scored
entity classes; its rows only let the findings name such a subject. Two kinds of row:

* MeSH descriptors that name an imposed exposure as a whole (:data:`EXPOSURE_DESCRIPTORS`: Helplessness,
  Learned; Maternal Deprivation; Social Isolation; Social Defeat). MeSH files them among behaviours (F01) beside
  the reactions and traits no study imposes, so they are a stated list, not a tree. Their label is the
  running-text name ("learned helplessness"), which is how a curator without the id writes it. Stress,
  Psychological (D013315: "psychological stress", "life stress") is the ontology class's alignment but gives no
  row: it names the stress people live through, which abstracts state in background sentences ("psychological
  stress can induce depression") that the curators do not record, like the bare word "stress".
* Paradigm names no ontology has (:func:`paradigm_names`): ``[time] [predictability] [mild] [kind] stress`` and
  its ``stressor(s)`` spelling ("chronic unpredictable mild stress", "unpredictable chronic mild stress",
  "chronic social defeat stress", "repeated restraint stress", "early-life stress", "forced swimming stress"), a
  timed social defeat or maternal separation ("repeated social defeat", "neonatal maternal separation"). Each is
  an ``ipkg:`` concept whose label is its own normalised long form (American spelling, no hyphen, "unpredictable"
  for its synonyms), because findings are matched by label when there is no id: "chronic unexpected mild
  stress" and "chronic unpredicted mild stress" are spellings of the one chronic unpredictable mild stress. A
  name the MeSH list already gives is not minted again.

Never rows: ``stress`` alone (a human background word), a cellular stress (oxidative, ER, nitrosative: Pathways),
the stress disorders (post-traumatic, acute: Disorders), the stress response or hormones (no kind word makes
them). What follows a name ("stress response", "stress-related disorders") is vetoed at run time by
:mod:`ipkg.extract.exposure`. Their abbreviations are those the text defines (:mod:`ipkg.extract.abbreviations`).
"""

from __future__ import annotations

import itertools

from .common import Source, TermSet
from .disorders import mesh_names

__all__ = ["EXPOSURE", "EXPOSURE_DESCRIPTORS", "build_exposures", "paradigm_names"]

#: the lexicon class of an experimental exposure (not one of the five scored classes)
EXPOSURE = "Exposure"
#: MeSH descriptors that name an exposure a study imposes
#: (round 19h) and the deprivations of a bodily need a study imposes or a life brings: Sleep, Food and Water
#: Deprivation (MeSH files Sleep Deprivation also as a sleep disorder; the disorder is insomnia or a sleep
#: disturbance, the deprivation is what was withheld: :func:`ipkg.ground.sources.disorders.names_a_deprivation`)
EXPOSURE_DESCRIPTORS = ("D006380", "D008426", "D012934", "D000083703", "D012892", "D005508", "D014868")
#: when or how often the stress is given
_TIME = ("chronic", "repeated", "acute", "subchronic", "sub-chronic", "prolonged", "daily", "intermittent",
         "early-life", "early life", "prenatal", "neonatal", "postnatal")
#: how it is scheduled
_PREDICTABILITY = ("unpredictable", "unpredicted", "unexpected", "variable")
#: schedule words that are other translations of "unpredictable" (session 10: "chronic unexpected mild stress" is
#: the chronic unpredictable mild stress paradigm, not a paradigm of its own)
_SAME_SCHEDULE = {"unpredicted": "unpredictable", "unexpected": "unpredictable"}
#: what the stress is (the paradigm's own noun); ``None``: the bare time/schedule words ("chronic stress")
_KIND = (None, "social", "psychosocial", "restraint", "immobilization", "immobilisation", "forced swim",
         "forced swimming", "swim", "social defeat", "water avoidance", "footshock", "foot shock", "foot-shock",
         "predator", "noise", "isolation", "social isolation", "crowding", "separation", "maternal separation")
#: paradigms named without the word stress, read with a time word ("repeated social defeat")
_TIMED_ONLY = ("social defeat", "maternal separation", "social isolation", "isolation rearing")
#: ... and those of them that name the paradigm alone too (the others alone are MeSH descriptors, or a word of
#: daily life: "isolation")
_UNTIMED = ("maternal separation", "isolation rearing")
_BRITISH = (("immobilisation", "immobilization"),)
_SOURCE = Source("MESH", "2024")
_CURATED = Source("curated", "curated")


def paradigm_names() -> dict[str, list[str]]:
    """Each paradigm's canonical label and the names that spell it.

    >>> names = paradigm_names()
    >>> names["chronic unpredictable mild stress"][::2], names["early life stress"]
    (['chronic unpredictable mild stress', 'chronic unpredicted mild stress', 'chronic unexpected mild stress'], \
['early-life stress', 'early-life stressors', 'early life stress', 'early life stressors'])
    >>> "stress" in names, "oxidative stress" in names, "mild stress" in names
    (False, False, False)
    """
    out: dict[str, list[str]] = {}
    orders = itertools.chain(
        itertools.product((None, *_TIME), (None, *_PREDICTABILITY), (None, "mild"), _KIND),
        ((p, t, m, k) for t, p, m, k in itertools.product(_TIME, _PREDICTABILITY, (None, "mild"), _KIND)),
    )
    for words in orders:
        head = [w for w in words if w]
        if not head or words[-1] is None and not any(w in _TIME or w in _PREDICTABILITY for w in head):
            continue  # "stress", "mild stress": no paradigm named
        if words[-1] is None and words[0] in ("prenatal", "neonatal", "postnatal"):
            continue  # "prenatal stress" alone is the mother's, not a paradigm the offspring get
        if "unexpected" in words and not any(w in _TIME for w in head):
            continue  # "unexpected (social) stress" is ordinary English; with a time word it names the paradigm
        label = _canonical(" ".join([_SAME_SCHEDULE.get(w, w) for w in head] + ["stress"]))
        for noun in ("stress", "stressors"):
            out.setdefault(label, []).append(" ".join(head + [noun]))
    for time, kind in itertools.product(_TIME, _TIMED_ONLY):
        out.setdefault(_canonical(f"{time} {kind}"), []).append(f"{time} {kind}")
    for kind in _UNTIMED:
        out.setdefault(kind, []).append(kind)
    return out


def _canonical(name: str) -> str:
    """The label of a paradigm: lower case, American spelling, hyphens as spaces."""
    name = name.replace("-", " ")
    for british, american in _BRITISH:
        name = name.replace(british, american)
    return name


def build_exposures(mesh: dict[str, dict]) -> TermSet:
    """The Exposure rows: the MeSH exposure descriptors, then the paradigm names none of them gives."""
    terms = TermSet(EXPOSURE)
    taken: set[str] = set()
    for mesh_id in EXPOSURE_DESCRIPTORS:
        record = mesh.get(mesh_id)
        if record is None:
            continue
        names = mesh_names(record)
        label = names[0][0].lower()
        terms.add(f"MESH:{mesh_id}", label, names, _SOURCE)
        taken.update(name.lower() for name, _ in names)
    for label, names in sorted(paradigm_names().items()):
        if label in taken:
            continue
        slug = "-".join(label.split())
        terms.add(f"ipkg:{slug}", label, [(n, "label" if n == label else "exact") for n in names], _CURATED)
    return terms
