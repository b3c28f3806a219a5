"""Build-time name expansion: the surface variants a rule can derive from an ontology name.

Run-time normalisation (:mod:`ipkg.ground.variants`) already equates spelling, case, hyphens, plurals and Greek
letters. What it cannot do is reorder or drop words, so the lexicon build adds those variants here, each as a
``derived`` synonym (ranked below the ontology's own names):

* disorders: ``X disease`` -> ``disease of X`` (``illnesses of the central nervous system``);
* cells: ``regulatory T cell`` -> ``T regulatory cell``, ``T regulatory``; qualifiers text rarely carries are
  dropped (``thymus-derived``, ``, alpha-beta``); ``Th17 cell`` -> ``Th17``;
* pathways: ``X-mediated signaling pathway`` -> ``X signaling``, ``X pathway``; ``X inflammatory response`` ->
  ``X inflammation``; ``microglial cell activation`` -> ``microglial activation``, ``activation of microglia``;
* therapies (MAxO): ``SNRI agent therapy`` -> ``SNRI``.

The spellings of cytokine symbols (``IL6`` -> ``IL-6``) are :mod:`ipkg.ground.cytokine_names`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .kinases import cascade_signalling
from .morphology import EFFECT_NOUNS, reuptake_names

__all__ = [
    "physiology_variants",
    "disorder_variants",
    "cell_variants",
    "pathway_variants",
    "therapy_variants",
    "disorder_adjective",
]

_ADJECTIVE_END = ("al", "ic", "ous", "ive", "ary", "ar", "ed", "ing", "oid", "ile", "ent", "ant", "ory", "ial")
_DISORDER_HEADS = ("disease", "disorder", "illness")
#: the nouns an adjective of a disorder qualifies to name people who have it ("depressive patients")
_PATIENT_NOUNS = ("patient", "subject", "individual", "inpatient", "outpatient")
#: noun -> adjective endings (depression -> depressive, psychosis -> psychotic, autism -> autistic)
_ADJECTIVE_RULES = (
    ("ssion", "ssive"), ("nsion", "nsive"), ("osis", "otic"), ("etes", "etic"), ("epsy", "eptic"),
    ("enia", "enic"), ("emia", "emic"), ("ania", "anic"), ("exia", "exic"), ("imia", "imic"), ("ism", "istic"),
    ("esity", "ese"), ("ulsion", "ulsive"),
)
#: a drug-induced toxicity is named by its head alone: "drug induced hepatotoxicity" -> "hepatotoxicity"
#: (a derived name: a concept with the head as its own name wins)
_INDUCED = re.compile(r"(?:drug|chemically|medication|chemical)[- ]induced ([a-z]{2,}toxicity)", re.IGNORECASE)
#: Greek combining forms of organs: "kidney disease" is also "nephropathy", "brain disease" "encephalopathy"
_ORGAN_FORMS: dict[str, str] = {
    "brain": "encephalo", "kidney": "nephro", "renal": "nephro", "liver": "hepato", "hepatic": "hepato",
    "heart": "cardio", "cardiac": "cardio", "muscle": "myo", "retina": "retino", "retinal": "retino",
}
#: an organ's damage names its disease ("renal injury", "hepatic damage", "myocardial dysfunction"); not the
#: brain's: MONDO has brain injury as a trauma of its own, and "brain dysfunction" is no diagnosis. The heart
#: muscle's damage is the myocardium's disease (MONDO myocardial disorder), not the whole heart's
_ORGAN_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "kidney": ("kidney", "renal"), "liver": ("liver", "hepatic"), "heart": ("heart", "cardiac"),
    "myocardium": ("myocardial",), "muscle": ("muscle", "muscular"), "lung": ("lung", "pulmonary"),
    "vascular": ("vascular",), "cardiovascular": ("cardiovascular",),
}
#: an organ's toxicity under its Greek combining form: "renal toxicity" is "nephrotoxicity"
_ORGAN_TOXICITY = re.compile(r"([a-z]+o)toxicity")
_ORGAN_DAMAGE = ("injury", "damage", "dysfunction", "impairment")
#: the bone marrow's damage is its suppression or depression, also under its Greek form ("myelosuppression",
#: "myelotoxicity"); not "myelopathy", which is the spinal cord's disease
_MARROW_DAMAGE = ("suppression", "depression", "toxicity")
#: the basal ganglia's disorder is named by the motor system they form, the extrapyramidal system
_EXTRAPYRAMIDAL = ("disorder", "symptoms", "signs", "side effects", "reactions", "syndrome")
#: the participle of a verb in "-ate" (demyelinating, ulcerating), not a gerund that merely ends so (eating)
_ATE_PARTICIPLE = re.compile(r"(?:^|-)[A-Za-z]*[A-Za-z]{3}ating$")
#: a long (short) ECG interval syndrome is the interval's prolongation (shortening): "long QT syndrome"
_INTERVAL_SYNDROME = re.compile(r"(long|short) ([A-Z]{1,3}) syndrome")
_CELL_DROP = re.compile(r"\s*\bthymus-derived\b|,?\s*\balpha-beta\b|,?\s*\bgamma-delta\b(?= T)")
#: a GO process carried out by a cell: "T cell mediated immunity", "natural killer cell mediated cytotoxicity"
_MEDIATED_BY_CELL = re.compile(r"(.*\b(?:cell|lymphocyte|leukocyte|macrophage|neutrophil|monocyte)) mediated "
                               r"(immunity|cytotoxicity|cytolysis|cell killing)")
_CELL_PROCESS = (
    "activation", "proliferation", "differentiation", "migration", "chemotaxis", "degranulation",
    "apoptotic process", "apoptosis", "death", "cytokine production", "polarization", "recruitment",
)


def _derived(names: Iterable[str]) -> list[tuple[str, str]]:
    return [(n, "derived") for n in dict.fromkeys(names) if n]


def disorder_variants(names: Iterable[str]) -> list[tuple[str, str]]:
    """``X disease`` -> ``disease of X`` when X ends with a noun (``central nervous system``); a one-word
    disorder's adjective, alone and with a patient noun (``depressive``, ``depressive patients``); a drug-induced
    toxicity's head (``hepatotoxicity``); an organ's toxicity under its Greek form (``liver toxicity`` is
    ``hepatotoxicity``); an organ disease's ``-pathy`` (``nephropathy``) and damage (``renal injury``, ``myocardial
    damage`` of the myocardium's disorder, not the heart's); ``X abuse`` under its DSM-5 name ``X use disorder``; a nerve's process under ``neuro-``
    (``neurodegeneration``) and a disease named by a participle under its process (``demyelination``).

    >>> disorder_variants(["central nervous system disease", "bipolar disorder"])
    [('disease of central nervous system', 'derived')]
    >>> disorder_variants(["psychosis"])[:2]
    [('psychotic', 'derived'), ('psychotic patient', 'derived')]
    >>> [n for n, _ in disorder_variants(["drug induced hepatotoxicity", "kidney disorder"])][:6]
    ['hepatotoxicity', 'liver toxicity', 'hepatic toxicity', 'disorder of kidney', 'nephropathy', 'kidney injury']
    >>> [n for n, _ in disorder_variants(["myocardium disease"])][:2]
    ['disease of myocardium', 'myocardial injury']
    >>> disorder_variants(["substance abuse"])
    [('substance use disorder', 'derived')]
    >>> [n for n, _ in disorder_variants(["neuron degeneration", "demyelinating disease"])]
    ['neurodegeneration', 'demyelination']
    """
    out = []
    for name in names:
        words = name.split()
        if 2 <= len(words) <= 5 and words[-1].lower() in _DISORDER_HEADS:
            rest = words[:-1]
            if not rest[-1].lower().endswith(_ADJECTIVE_END) and "," not in name and "(" not in name:
                out.append(f"{words[-1]} of {' '.join(rest)}")
            # a type numbered in Roman names the disorder without its head: bipolar I disorder -> bipolar I
            if len(rest) >= 2 and re.fullmatch(r"I{1,3}|IV", rest[-1]):
                out.append(" ".join(rest))
        adjective = disorder_adjective(name) if len(words) == 1 else None
        if adjective:
            # the bare adjective too ("hypertensive rats", "epileptic individuals", "nephrotoxic drugs");
            # ipkg.extract.mentions drops it before symptom words ("depressive symptoms", "psychotic features")
            out.append(adjective)
            out += [f"{adjective} {noun}" for noun in _PATIENT_NOUNS]
        induced = _INDUCED.fullmatch(name)
        if induced:
            out.append(induced.group(1))
        toxicity = _ORGAN_TOXICITY.fullmatch(induced.group(1).lower() if induced else name.lower())
        if toxicity:
            out += [f"{organ} toxicity" for organ, form in _ORGAN_FORMS.items() if form == toxicity.group(1)]
        # a nerve's process under the Greek combining form: "neuron degeneration" is "neurodegeneration"; not
        # inflammation (GUIDELINES: "neuroinflammation" is the Pathway neuroinflammatory response, not neuritis)
        if len(words) == 2 and words[0].lower() in ("nerve", "neuron", "neuronal") and words[1].isalpha() and (
                words[1].islower()) and not words[1].startswith("inflam"):
            out.append(f"neuro{words[1]}")
        # a disease named by its process's participle is named by the process: "demyelinating disease" is
        # "demyelination"; only a participle of a verb in "-ate" (a stem of three letters or more before it in
        # the word's last hyphen part): "eating disorder" and "binge-eating disorder" name no "eation"
        if len(words) == 2 and words[1].lower() in ("disease", "disorder") and _ATE_PARTICIPLE.search(words[0]):
            out.append(words[0][:-3] + "ion")
        # DSM-5 calls abuse and dependence of a substance its "use disorder" (cannabis use disorder)
        if 2 <= len(words) <= 3 and words[-1].lower() == "abuse":
            out.append(f"{' '.join(words[:-1])} use disorder")
        if name.lower() in ("bone marrow disease", "bone marrow disorder"):
            out += [f"{organ} {noun}" for organ in ("bone marrow", "marrow") for noun in _MARROW_DAMAGE]
            out += [f"myelo{noun}" for noun in _MARROW_DAMAGE]
        if name.lower() == "basal ganglia disorder":
            out += [f"extrapyramidal {noun}" for noun in _EXTRAPYRAMIDAL]
        interval = _INTERVAL_SYNDROME.fullmatch(name)
        if interval:
            change, prolonged = ("prolongation", "prolonged") if interval.group(1) == "long" else (
                "shortening", "shortened")
            for ecg in (interval.group(2), f"{interval.group(2)}c"):  # also its heart-rate-corrected form
                out += [f"{ecg} {change}", f"{ecg} interval {change}", f"{prolonged} {ecg} interval",
                        f"{change} of {ecg} interval", f"{change} of the {ecg} interval"]
        out += _resistance_and_health_forms(name, words)
        if len(words) == 2 and words[1].lower() in ("disease", "disorder"):
            organ = words[0].lower()
            if organ in _ORGAN_FORMS:
                out.append(f"{_ORGAN_FORMS[organ]}pathy")
            out += [f"{adjective} {noun}" for adjective in _ORGAN_ADJECTIVES.get(organ, ()) for noun in _ORGAN_DAMAGE]
    return _derived(out)


#: the words before "resistant" that name what a disorder resists ("treatment-resistant depression"), all one
_RESISTED = ("treatment", "drug", "medication", "pharmaco")


def _resistance_and_health_forms(name: str, words: list[str]) -> list[str]:
    """A disorder resistant to treatment is also named resistant to drugs or medication ("drug-resistant
    depression" is treatment-resistant depression); a disorder named by its field's adjective is also that
    field's "health disorder" ("mental health disorders" are mental disorders).

    >>> _resistance_and_health_forms("treatment-resistant depression", ["treatment-resistant", "depression"])[:2]
    ['drug-resistant depression', 'medication-resistant depression']
    >>> _resistance_and_health_forms("mental disorder", ["mental", "disorder"])
    ['mental health disorder']
    """
    out = []
    m = re.match(r"(treatment|drug)[- ]resistant (.+)", name, re.IGNORECASE)
    if m:
        out += [f"{kind}{'' if kind == 'pharmaco' else '-'}resistant {m.group(2)}" for kind in _RESISTED
                if kind != m.group(1).lower()]
    if len(words) == 2 and words[1].lower() == "disorder" and words[0].lower().endswith("al"):
        out.append(f"{words[0]} health disorder")
    return out


def disorder_adjective(name: str) -> str | None:
    """The adjective of a one-word disorder name, by English derivation rules.

    >>> [disorder_adjective(n) for n in ("depression", "psychosis", "diabetes", "epilepsy", "schizophrenia")]
    ['depressive', 'psychotic', 'diabetic', 'epileptic', 'schizophrenic']
    >>> [disorder_adjective(n) for n in ("hypertension", "convulsion")]
    ['hypertensive', 'convulsive']
    """
    word = name.lower()
    if not word.isalpha() or len(word) < 6 or word != name and not name[:1].isupper():
        return None
    for suffix, replacement in _ADJECTIVE_RULES:
        if word.endswith(suffix):
            return word[: len(word) - len(suffix)] + replacement
    return None


def cell_variants(names: Iterable[str]) -> list[tuple[str, str]]:
    """Word-order and qualifier variants of CL names.

    >>> sorted(n for n, _ in cell_variants(["regulatory T cell", "Th17 cell"]))
    ['T regulatory', 'T regulatory cell', 'Th17', 'regulatory T']
    >>> [n for n, _ in cell_variants(["naive thymus-derived CD4-positive, alpha-beta T cell"])]
    ['naive CD4-positive T cell', 'CD4-positive naive T cell']
    """
    out: list[str] = []
    for name in names:
        base = _CELL_DROP.sub("", name).strip()
        if base != name:
            out.append(base)
        for candidate in {name, base}:
            words = candidate.split()
            # <adjective> T cell <-> T <adjective> cell (regulatory T cell, helper T cell)
            if len(words) == 3 and words[1] in ("T", "B") and words[2] in ("cell", "lymphocyte"):
                out.append(f"{words[1]} {words[0]} {words[2]}")
                if words[1] == "T":  # "T regulatory", "regulatory T"; "plasma B" would read "plasma B-endorphin"
                    out.append(f"{words[1]} {words[0]}")
                    out.append(f"{words[0]} {words[1]}")
            # a distinctive head without "cell": Th17 cell -> Th17, T-helper 17 cell -> T-helper 17
            if len(words) == 2 and words[1] == "cell" and re.search(r"[a-z][A-Z0-9]|[A-Z][a-z]+\d", words[0]):
                out.append(words[0])
            if len(words) >= 3 and words[-1] == "cell" and words[-2].isdigit():
                out.append(" ".join(words[:-1]))
            out += _marker_orders(words)
    return _derived(n for n in out if n not in names)


def _marker_orders(words: list[str]) -> list[str]:
    """A subset qualifier and a CD marker of a T or B cell in either order: ``naive CD4-positive T cell`` is also
    ``CD4-positive naive T cell``, ``CD4-positive memory T cell`` also ``memory CD4-positive T cell``."""
    if len(words) < 4 or words[-2:] not in (["T", "cell"], ["B", "cell"]):
        return []
    front = words[:-2]
    markers = [w for w in front if re.fullmatch(r"CD\d+[a-z]?-(?:positive|negative)", w)]
    qualifiers = [w for w in front if w not in markers]
    if len(markers) != 1 or not qualifiers or not all(w.isalpha() and w.islower() for w in qualifiers):
        return []
    first = " ".join([*markers, *qualifiers, *words[-2:]])
    last = " ".join([*qualifiers, *markers, *words[-2:]])
    return [n for n in (first, last) if n != " ".join(words)]


def pathway_variants(names: Iterable[str], cell_names: dict[str, list[str]] | None = None) -> list[tuple[str, str]]:
    """Short forms of GO process names as abstracts write them.

    >>> sorted(n for n, _ in pathway_variants(["interleukin-6-mediated signaling pathway"]))
    ['interleukin-6 pathway', 'interleukin-6 signaling', 'interleukin-6 signaling pathway']
    >>> [n for n, _ in pathway_variants(["neuroinflammatory response"])][-2:]
    ['neuroinflammatory activation', 'neuroinflammation']
    >>> sorted(n for n, _ in pathway_variants(["microglial cell activation"], {"microglial cell": ["microglia"]}))
    ['activation of microglia', 'microglia activation', 'microglial activation']
    """
    out: list[str] = []
    for name in names:
        core = re.sub(r"-mediated(?= signal)", "", name)
        core = re.sub(r"^canonical ", "", core)
        if core != name:
            out.append(core)
        out += cascade_signalling(core) + reuptake_names(name)  # "ERK1/2 signalling", "serotonin reuptake"
        m = re.match(r"^(.+?) (?:signaling|signalling|signal transduction)(?: pathway| cascade)?$", core)
        if m and len(m.group(1)) > 2 and "regulation" not in m.group(1):
            out += [f"{m.group(1)} signaling", f"{m.group(1)} pathway", f"{m.group(1)} signaling pathway"]
            if "-mediated" not in name:  # "interleukin-6-mediated signaling" is signalling by a ligand
                out += _signalling_paraphrases(m.group(1))
            if m.group(1).endswith(" receptor"):  # "NMDA receptor-mediated signaling", "... signalling"
                out += [f"{m.group(1)}-mediated {head}" for head in ("signaling", "signalling")]
        # a pathway through a second messenger is written with both names, slashed in text ("Wnt/beta-catenin
        # signaling" for "Wnt receptor signaling pathway through beta-catenin"; mentions read the slash)
        m = re.match(r"^(\S+)(?: receptor)? signal(?:l)?ing pathway (?:through|via) (\S+)$", name)
        if m:
            out += [f"{m.group(1)} {m.group(2)} {head}" for head in ("signaling", "pathway", "signaling pathway")]
        # "response" is also written reaction / process / activity / activation (inflammatory response); a
        # "pro-" adjective names the same response ("pro-inflammatory response")
        m = re.fullmatch(r"(\w+) response", name)
        if m and m.group(1).endswith(("ory", "une")):
            out += [f"{m.group(1)} {head}" for head in ("reaction", "process", "activity", "activation")]
            if m.group(1) == "inflammatory":
                out += [f"pro-{m.group(1)} {head}" for head in ("response", "reaction", "process", "activation")]
        if "synaptic transmission" in name:
            out.append(name.replace("synaptic transmission", "neurotransmission"))
        # an organ's muscle contraction is the organ's contraction: "uterine contractions", "cardiac contraction"
        # (not a kind of muscle or of contraction: smooth, skeletal, phasic, tonic)
        m = re.fullmatch(r"(\w+) (?:smooth )?muscle contraction", name)
        if m and m.group(1) not in ("smooth", "skeletal", "striated", "involuntary", "voluntary", "phasic", "tonic"):
            out.append(f"{m.group(1)} contraction")
        # immunity or killing "mediated" by a cell is also named by the cell alone: "T cell immunity", "NK cell
        # cytotoxicity" (GO: T cell mediated immunity, NK cell mediated cytotoxicity)
        m = _MEDIATED_BY_CELL.fullmatch(name)
        if m:
            out.append(f"{m.group(1)} {m.group(2)}")
        m = re.match(r"^(\w*)inflammatory response$", name)
        if m:
            out.append(f"{m.group(1)}inflammation")
        m = re.match(r"^(.+?)inflammatory response$", name)
        if m and m.group(1).endswith(" "):
            out.append(f"{m.group(1)}inflammation")
        for process in _CELL_PROCESS:
            if name.endswith(f" cell {process}"):
                cell = name[: -len(process) - 1]
                adjective = cell[: -len(" cell")]
                if adjective.endswith(_ADJECTIVE_END):
                    out.append(f"{adjective} {process}")
                for other in (cell_names or {}).get(cell, []):
                    out += [f"{other} {process}", f"{process} of {other}"]
    return _derived(n for n in out if n not in names)


#: a receptor named after its ligand, of one to four words ("insulin receptor", "transforming growth factor beta
#: receptor", "TGF-beta receptor"; GO's "intracellular" before it dropped)
_RECEPTOR_LIGAND = re.compile(r"(?:intracellular )?(?!intracellular\b)((?:[A-Za-z][\w-]*\s){0,3}[A-Za-z][\w-]{2,}) receptor")


def _signalling_paraphrases(head: str) -> list[str]:
    """What abstracts write for a signalling process named after a molecule (``head``: the words before
    "signaling"): its activation (``NF-kappaB activation``, ``activation of NF-kappaB``, ``p38 MAPK activation``),
    and, for a receptor named after its ligand, the ligand's signalling (``insulin receptor signaling
    pathway`` is ``insulin signaling``, ``insulin pathway``; ``intracellular estrogen receptor signaling pathway``
    ``estrogen signaling``; ``TGF-beta receptor signaling pathway`` ``TGF-beta signaling``), never for a cell's
    receptor or a receptor kind or place ("T cell receptor", "toll-like receptor", "G protein-coupled receptor",
    "cell surface receptor"). Only a head naming a molecule (a capital or a digit in each of its one to three
    words, "receptor" aside: NF-kappaB, p38 MAPK, Fc receptor) or a receptor named after its ligand (round 16b:
    "dopamine receptor activation", "stimulation") is activated so; a head with another lower-case word ("B cell
    inhibitory", "DNA damage checkpoint", "termination of Roundabout") names a kind of signalling.

    >>> _signalling_paraphrases("NF-kappaB"), _signalling_paraphrases("insulin receptor")[::3]
    (['NF-kappaB activation', 'activation of NF-kappaB'], ['insulin receptor activation', 'insulin signaling'])
    >>> _signalling_paraphrases("intracellular estrogen receptor")[3:], _signalling_paraphrases("T cell receptor")
    (['estrogen signaling', 'estrogen pathway'], [])
    >>> _signalling_paraphrases("p38 MAPK")[:1], _signalling_paraphrases("DNA damage checkpoint")
    (['p38 MAPK activation'], [])
    """
    out = []
    words = head.split()
    if len(words) <= 3 and all(re.search(r"[A-Z0-9]", w) or w == "receptor" for w in words):
        out += [f"{head} activation", f"activation of {head}"]
    ligand = _RECEPTOR_LIGAND.fullmatch(head)
    if ligand and not ligand.group(1).endswith(("-like", "cell", "coupled", "surface")):
        receptor = f"{ligand.group(1)} receptor"  # a thing activated, in any case (round 16b)
        out += [] if out else [f"{receptor} activation", f"activation of {receptor}", f"{receptor} stimulation"]
        out += [f"{ligand.group(1)} signaling", f"{ligand.group(1)} pathway"]
    return out


def therapy_variants(names: Iterable[str]) -> list[tuple[str, str]]:
    """MAxO names without their ``agent therapy`` / ``drug treatment`` tail.

    >>> therapy_variants(["SNRI agent therapy", "electroconvulsive therapy"])
    [('SNRI', 'derived'), ('SNRI agent', 'derived')]
    """
    out = []
    for name in names:
        m = re.match(r"^(.+?) (agent|drug|medication)s? (?:therapy|treatment|administration)$", name)
        if m:
            out += [m.group(1), f"{m.group(1)} {m.group(2)}"]
    return _derived(out)


#: an ion's import into a cell, in the words abstracts use for it ("calcium entry", "Ca2+ influx")
_ION_IMPORT = re.compile(r"(\w+) ion import across plasma membrane")
#: cells a mitogen makes proliferate (lymphocytes, T and B cells and their kinds)
_LYMPHOCYTE = re.compile(r"lymphocyte|\b[tb][- ]cell|splenocyte|thymocyte", re.IGNORECASE)
#: a one-word process a negative regulation holds down, named with "anti-" ("antinociception")
_ANTI_PROCESS = re.compile(r"negative regulation of (\w+)tion")


def physiology_variants(names: Iterable[str]) -> list[tuple[str, str]]:
    """Paraphrases of a GO process name in the wordings of physiology papers:

    * an ion's import across the plasma membrane is its "entry" or "influx" (the ion with or without "ion");
    * "response to X" (one word) is "X response" ("stress response");
    * a negative regulation of a one-word "-tion" process is "anti-" that process, and its adjective with an
      effect noun ("antinociception", "antinociceptive effects");
    * a proliferation is a cell's "proliferative activity / response" ("proliferative activity of splenocytes").

    >>> [n for n, _ in physiology_variants(["calcium ion import across plasma membrane"])][:4]
    ['calcium entry', 'entry of calcium', 'calcium influx', 'influx of calcium']
    >>> physiology_variants(["response to stress"])
    [('stress response', 'derived')]
    >>> [n for n, _ in physiology_variants(["negative regulation of nociception"])][:3]
    ['antinociception', 'anti-nociception', 'antinociceptive effect']
    >>> [n for n, _ in physiology_variants(["lymphocyte proliferation"])][:3]  # doctest: +NORMALIZE_WHITESPACE
    ['proliferative activity of lymphocyte', 'proliferative response of lymphocyte',
     'lymphocyte proliferative response']
    """
    out: list[str] = []
    for name in names:
        out += _physiology_forms(name.lower())
    return _derived(out)


def _physiology_forms(lower: str) -> list[str]:
    """:func:`physiology_variants` of one lower-cased name."""
    out: list[str] = []
    m = _ION_IMPORT.fullmatch(lower)
    if m:
        for ion in (m.group(1), f"{m.group(1)} ion"):
            for noun in ("entry", "influx"):
                out += [f"{ion} {noun}", f"{noun} of {ion}"]
    m = re.fullmatch(r"response to (\w+)", lower)
    if m:
        out.append(f"{m.group(1)} response")
    m = _ANTI_PROCESS.fullmatch(lower)
    if m:
        out += [f"anti{m.group(1)}tion", f"anti-{m.group(1)}tion"]
        out += [f"anti{m.group(1)}tive {noun}" for noun in EFFECT_NOUNS]
    m = re.fullmatch(r"(.+?) proliferation", lower)
    if m and " of " not in m.group(1):
        cell = m.group(1)
        out += [f"proliferative activity of {cell}", f"proliferative response of {cell}",
                f"{cell} proliferative response"]
        if _LYMPHOCYTE.search(cell):  # a lymphocyte's proliferation to a mitogen is its "blastogenesis"
            out += [f"{cell} blastogenesis", f"{cell} blastogenic response", f"blastogenesis of {cell}"]
    m = re.fullmatch(r"((?:natural killer|nk)(?: cell)?) mediated cytotoxicity", lower)
    if m:  # a killer cell's "activity" is its killing ("NK cell activity", "NK activity")
        killer = m.group(1)
        out += [f"{killer} activity", f"{killer} cytotoxic activity", f"{killer} lytic activity"]
        if killer.endswith(" cell"):
            out.append(f"{killer[: -len(' cell')]} activity")
    return out
