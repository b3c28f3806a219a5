"""Drug classes named by their molecular target (round 16a): ``derived`` rows of "<target> inhibitor / antagonist /
agonist / blocker" for every name of the target the offline data gives.

Authors name a class of agents by what it acts on, and call that target by whichever of its names they like: its
symbol ("FAAH inhibitor", "TRPA1 antagonist"), a family's symbol stem ("HDAC inhibitors", "IDO inhibitor"), an
alias ("P2X7 antagonist") or its name without the ligand word ("D2 receptor antagonist" for MeSH's Dopamine D2
Receptor Antagonists). The ontologies name each class once. Three mechanisms, each read off the files, none off an
abstract:

* **a class's target by its gene names** (:func:`class_target_forms`): an Intervention class named "<T> <kind>"
  (kind: inhibitor, antagonist, agonist, blocker; a MeSH pharmacological action, a ChEBI role) whose T is the
  approved name of one HGNC gene (the words in any order: MeSH's "Dopamine D2 Receptor" is HGNC's "dopamine
  receptor D2") is also named by that gene's symbol and its unambiguous aliases; a T that is the name of a family
  of genes (the approved names with a final number dropped: "histone deacetylase" for HDAC1..HDAC11) by the
  symbols' common stem (HDAC); a member's own symbol names the member's class below ("HDAC6 inhibitor", "TLR3
  agonist" say more than the family's class). A receptor class "<ligand> <subtype> receptor <kind>" whose subtype
  has a letter and a digit is also named without the ligand ("D2 receptor antagonists", "D2 antagonists").
* **ChEBI's enzyme-inhibitor roles** (:func:`enzyme_roles`): ChEBI's "EC n (<enzyme>) inhibitor" roles (which the
  lexicon did not read: their bearers are tool compounds) are classes named "<enzyme> inhibitor(s)" and, by the
  first mechanism, by the enzyme's gene symbols ("indoleamine 2,3-dioxygenase inhibitor", "IDO inhibitor"); where
  a MeSH or ChEBI class already has the name the role adds nothing.
* **a target no class names** (:func:`gene_target_classes`): a receptor, channel, transporter, kinase or enzyme
  (an HGNC gene so named, or with an EC number) that no class above covers gives ``ipkg:`` classes "<target>
  inhibitor", and for a receptor or channel "<target> antagonist" (also written "blocker") and "<target>
  agonist", named by the symbol, the unambiguous aliases with a digit (P2X7 of P2RX7) and a receptor's approved
  name ("TRPA1 antagonist", "toll like receptor 3 agonist"); GUIDELINES files a class no ontology holds under
  ``[]`` and its label. Not a gene the lexicon names as a Cytokine (a cytokine, a chemokine or their receptors as
  markers): "the IL-6 receptor antagonist tocilizumab" names the receptor the drug acts on, which the findings
  stage reads (round 15's classes against a cytokine cover "TNF inhibitors").

Guards (general): a symbol or alias must have three characters or more and belong to one gene only (HGNC's
aliases collide: NLRP3's alias AVP is vasopressin's symbol); a form is not written where an HGNC protein is named
by it or by a longer name it begins, or where the lexicon names a Cytokine so, also with "R" read as receptor
("NFKB inhibitor alpha" is the protein IkappaB-alpha, "IL-1R antagonist" the cytokine IL-1 receptor antagonist);
a form led by a symbol keeps the symbol's case ("K(Ca)2 inhibitor" is no CA2 inhibitor); a form is added only
where no row of any class has that name and one concept alone writes it (:func:`.chemical_forms.sole_writers`).
None of the forms waits for a treatment cue: a class name names only drugs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..lexicon import LexiconRow
from ..variants import is_acronym, name_key
from .chemical_forms import sole_writers
from .class_paraphrases import paraphrases
from .common import ONTOLOGIES, curie_to_iri, read_tsv, split_multi

__all__ = ["target_class_rows", "class_target_forms", "enzyme_roles", "gene_target_classes", "read_genes"]

#: "<target> <kind>" (a plural kind too: the keys singularise)
_CLASS = re.compile(r"^(?P<target>.+?)[ -](?P<kind>inhibitor|antagonist|agonist|blocker)s?$", re.IGNORECASE)
#: a receptor class with its ligand first and a subtype with a digit: "Dopamine D2 Receptor Antagonists"
_SUBTYPE = re.compile(r"^(?P<ligand>[A-Za-z]+) "
                      r"(?P<subtype>(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]*\d[A-Za-z0-9-]*) receptors?$",
                      re.IGNORECASE)
#: ChEBI's enzyme-inhibitor roles: "EC 1.13.11.52 (indoleamine 2,3-dioxygenase) inhibitor"
_EC_ROLE = re.compile(r"^EC [\d.n-]+ \((?P<enzyme>[^()]*(?:\([^()]*\)[^()]*)*)\) inhibitor$")
#: HGNC gene names of receptors and channels (ligand targets: agonists, antagonists, blockers; NLR family members
#: are the NOD-like receptors) and of the other drug-target families (transporters, kinases; with an EC number:
#: enzymes), whose agents are inhibitors
_RECEPTOR_NAME = re.compile(r"\b(?:receptor|channel)\b|^NLR family\b", re.IGNORECASE)
_TARGET_NAME = re.compile(r"\b(?:receptor|channel|transporter|kinase)\b|^NLR family\b", re.IGNORECASE)
#: ... but not a protein that only binds, regulates or accompanies one, nor the hundreds of olfactory, taste and
#: vomeronasal receptors no drug is named after
_NOT_TARGET = re.compile(r"\b(?:interact\w*|associated|accessory|binding|domain|regulat\w*|adaptor|modulat\w*|"
                         r"anchor\w*|chaperone|like protein|olfactory|taste|vomeronasal|pseudo\w*)\b", re.IGNORECASE)
#: a symbol usable as a target's name: letters first, three to eight characters, at most three digits, not a
#: placeholder of an uncharacterised clone (KIAA0037, MGC119078, FLJ..., DKFZp..., C1orf7)
_SYMBOL = re.compile(r"^(?!KIAA|MGC|FLJ|DKFZ|UNQ|PRO\d|C\d+orf)(?=[A-Za-z])(?!(?:\D*\d){4})[A-Za-z0-9-]{3,8}$")
#: the kinds of ``ipkg:`` classes a receptor or channel gives, with the words that name each; other targets give
#: only inhibitors
_RECEPTOR_KINDS = {"inhibitor": ("inhibitor",), "antagonist": ("antagonist", "blocker"), "agonist": ("agonist",)}
_ENZYME_KINDS = {"inhibitor": ("inhibitor",)}
CHEBI_ROLE_RELEASE = "2024-01-18"
HGNC_RELEASE = "2024-01-18"


def read_genes(shared: Path) -> list[dict]:
    """Approved HGNC protein-coding genes: symbol, approved name, aliases (alias and previous symbols), EC numbers."""
    out = []
    for row in read_tsv(shared / ONTOLOGIES / "hgnc-2024-01.tsv.gz"):
        if row.get("Status") != "Approved" or row.get("Locus type") != "gene with protein product":
            continue
        aliases = split_multi(row.get("Alias symbols") or "", ",") + split_multi(row.get("Previous symbols") or "", ",")
        out.append({"symbol": row["Approved symbol"], "name": row["Approved name"],
                    "aliases": [a.strip() for a in aliases if a.strip()],
                    "ec": bool((row.get("Enzyme IDs") or "").strip())})
    return out


def _bag(name: str) -> tuple[str, ...]:
    """The words of a name in any order ("Dopamine D2 Receptor" and "dopamine receptor D2" have one bag)."""
    return tuple(sorted(name_key(name)))


def _unambiguous(genes: list[dict]) -> dict[str, list[str]]:
    """Each gene's approved symbol and the aliases that name it alone (no other gene's symbol or alias), by
    symbol; only names of :data:`_SYMBOL`'s shape."""
    count = Counter(s.upper() for g in genes for s in {g["symbol"], *g["aliases"]})
    symbols = {g["symbol"].upper() for g in genes}
    return {g["symbol"]: [s for s in dict.fromkeys([g["symbol"], *g["aliases"]]) if _SYMBOL.match(s) and (
        s == g["symbol"] or count[s.upper()] == 1 and s.upper() not in symbols)] for g in genes}


def _stem(symbols: list[str]) -> str | None:
    """The common letter stem of a family's symbols, each the stem plus a number and letters ("HDAC" of HDAC1,
    HDAC2, ...; "IDO" of IDO1, IDO2), or None."""
    stems = {re.sub(r"\d+[A-Z]?$", "", s) for s in symbols}
    if len(symbols) < 2 or len(stems) != 1:
        return None
    stem = stems.pop()
    return stem if len(stem) >= 3 and stem.isalpha() and all(s != stem for s in symbols) else None


class _Targets:
    """Genes by the bag of their approved name's words, and families by the bag with the final number dropped."""

    def __init__(self, genes: list[dict], markers: Iterable[tuple[str, ...]] = ()) -> None:
        self.names = _unambiguous(genes)
        self.by_bag: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self.by_family: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for g in genes:
            self.by_bag[_bag(g["name"])].append(g["symbol"])
            family = re.sub(r"[ -]?\d+[A-Za-z]?$", "", g["name"])
            if family != g["name"]:
                self.by_family[_bag(family)].append(g["symbol"])
        #: keys of every HGNC approved name: a form equal to one, or beginning one, names the protein
        #: keys of the lexicon's Cytokine names (cytokines, chemokines and their receptors as markers)
        self.markers = set(markers)
        self.protein_keys = {name_key(g["name"]) for g in genes} | self.markers
        self.protein_prefixes = {k[:n] for k in self.protein_keys for n in range(2, len(k))}

    def names_of(self, target: str) -> tuple[list[str], list[str]]:
        """(symbols of the one gene named ``target``, with its unambiguous aliases; the family stem, if any)."""
        bag = _bag(target)
        genes = self.by_bag.get(bag, [])
        if len(genes) == 1:
            return self.names[genes[0]], [genes[0]]
        stem = _stem(self.by_family.get(bag, []))
        return ([stem] if stem else []), []

    def is_protein(self, form: str) -> bool:
        """Whether ``form`` names a protein (an approved name, or the start of one, or a Cytokine row of the
        lexicon), also with "R" read as "receptor" ("IL-1R antagonist" is the protein IL-1 receptor antagonist)."""
        key = name_key(form)
        spelled = tuple("receptor" if t == "r" else t for t in key)
        return any(k in self.protein_keys or k in self.protein_prefixes for k in (key, spelled))


def class_target_forms(name: str, targets: _Targets) -> tuple[list[str], list[str]]:
    """(the other names of the class ``name`` by its target's gene names and without the ligand word; the gene
    symbols the class covers). See the module docstring."""
    m = _CLASS.match(name)
    if not m:
        return [], []
    target, kind = m.group("target"), m.group("kind").lower()
    names, covered = targets.names_of(target)
    forms = [f"{n} {kind}" for n in names]
    sub = _SUBTYPE.match(target)
    if sub:
        forms += [f"{sub.group('subtype')} receptor {kind}", f"{sub.group('subtype')} {kind}"]
    return [f for f in forms if not targets.is_protein(f)], covered


def enzyme_roles(shared: Path) -> dict[str, tuple[str, str]]:
    """ChEBI's enzyme-inhibitor roles that some molecule bears: role CURIE -> (label, "<enzyme> inhibitor")."""
    out = {}
    for row in read_tsv(shared / ONTOLOGIES / "chebi-has-role.tsv"):
        m = _EC_ROLE.match(row["role_name"])
        if m and "," not in m.group("enzyme").split(" ")[0]:
            out[row["role_id"]] = (row["role_name"], f"{m.group('enzyme')} inhibitor")
    return out


def _label_name(gene: dict) -> str:
    """A target's name in its class label: the approved name when it is short ("toll like receptor 3 agonist", as MeSH
    spells its classes out), else the symbol ("TRPA1", not "transient receptor potential cation channel subfamily A
    member 1")."""
    return gene["name"] if len(gene["name"].split()) <= 4 else gene["symbol"]


def gene_target_classes(genes: list[dict], targets: _Targets, covered: dict[str, set[str]]
                        ) -> list[tuple[str, str, list[str]]]:
    """(curie, label, names) of the ``ipkg:`` classes against a target no class covers (module docstring);
    ``covered``: kind -> gene symbols a class of that kind already names."""
    out = []
    for g in genes:
        receptor = bool(_RECEPTOR_NAME.search(g["name"]))
        if not (receptor or g["ec"] or _TARGET_NAME.search(g["name"])) or (
                _NOT_TARGET.search(g["name"]) and not g["name"].startswith("NLR family")):
            continue
        if not _SYMBOL.match(g["symbol"]) or {name_key(g["symbol"]), name_key(g["name"])} & targets.markers:
            continue  # a cytokine or its receptor: "the IL-6 receptor antagonist tocilizumab" names the receptor
        # an alias with no digit collides with other words ("AII" of NLRP3 is angiotensin II); P2X7, NALP3 do not
        names = [n for n in targets.names[g["symbol"]] if n == g["symbol"] or any(c.isdigit() for c in n)]
        if receptor and len(g["name"].split()) <= 6:
            names = [*names, g["name"]]  # "toll like receptor 3 agonist"
        for kind, words in (_RECEPTOR_KINDS if receptor else _ENZYME_KINDS).items():
            if g["symbol"] in covered.get(kind, ()):
                continue
            forms = [f"{n} {w}" for n in names for w in words]
            forms = [f for f in forms if not targets.is_protein(f)]
            if forms:
                slug = re.sub(r"[^a-z0-9]+", "-", g["symbol"].lower()).strip("-")
                out.append((f"ipkg:{slug}-{kind}", f"{_label_name(g)} {kind}", forms))
    return out


def target_class_rows(shared: Path, rows: list[LexiconRow]) -> list[LexiconRow]:
    """The ``derived`` rows of the three mechanisms of the module docstring and of the receptor-system paraphrases
    of :mod:`.class_paraphrases`, where no row has the name yet and one concept alone writes it."""
    genes = read_genes(shared)
    targets = _Targets(genes, (name_key(r.name) for r in rows if r.cls == "Cytokine"))
    taken = {name_key(r.name) for r in rows}
    owner = {name_key(r.name): r for r in rows if r.cls == "Intervention"}
    writers: dict[tuple[str, ...], dict[str, tuple[LexiconRow, str]]] = defaultdict(dict)
    covered: dict[str, set[str]] = defaultdict(set)
    classes = [r for r in rows if r.cls == "Intervention" and r.syntype in ("label", "exact")]
    for curie, (label, name) in sorted(enzyme_roles(shared).items()):
        if name_key(name) in owner or name_key(label) in owner or targets.is_protein(name):
            continue  # a MeSH or ChEBI class has the name (its forms come from that class), or a protein has:
            # "cyclin-dependent kinase inhibitor" begins CDKN1A's name ("the cyclin-dependent kinase inhibitor p21")
        row = LexiconRow("Intervention", curie_to_iri(curie), curie, label, name, "derived", "CHEBI",
                         CHEBI_ROLE_RELEASE)
        writers[name_key(name)].setdefault(row.iri, (row, name))
        classes.append(row._replace(syntype="exact"))
    for row in classes:
        forms, symbols = class_target_forms(row.name, targets)
        kind = _CLASS.match(row.name).group("kind").lower() if symbols else ""
        covered[{"blocker": "antagonist"}.get(kind, kind)].update(symbols)
        for form in forms + paraphrases(row.name):
            writers[name_key(form)].setdefault(row.iri, (row, form))
    for curie, label, names in gene_target_classes(genes, targets, covered):
        row = LexiconRow("Intervention", curie_to_iri(curie, "Intervention"), curie, label, label, "derived", "HGNC",
                         HGNC_RELEASE)
        for form in names:
            writers[name_key(form)].setdefault(row.iri, (row, form))
    out = []
    for row, form in sole_writers(writers, taken):
        cased = is_acronym(form.split()[0])  # a symbol first: "(Ca)2 inhibitor" is no CA2 inhibitor
        flags = [f for f in row.flags.split(",") if f and f not in ("cs", "ctx")] + (["cs"] if cased else [])
        out.append(row._replace(name=form, syntype="derived", flags=",".join(flags)))
    return out
