"""Named IRIs and paths the tests use."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
DEV_RAW = SHARED / "corpus" / "dev" / "raw"
GOLD_DEV = SHARED / "corpus" / "dev" / "gold-dev.jsonl"
GOLD_SEEDS = SHARED / "corpus" / "dev" / "gold-seeds.jsonl"
SCORER = SHARED / "tools" / "score.py"

IPKG = "https://w3id.org/ipkg/ontology#"
BASE = "https://w3id.org/ipkg/id/"
OBO = "http://purl.obolibrary.org/obo/"
MESH = "http://id.nlm.nih.gov/mesh/"

MDD = OBO + "MONDO_0002009"
BIPOLAR = OBO + "MONDO_0004985"
TREG = OBO + "CL_0000815"
KETAMINE = OBO + "CHEBI_6121"
ALDESLEUKIN = MESH + "C082598"
TRD = MESH + "D061218"

SEED_IL2 = SEEDS / "001_959d3a962877fddc.txt"
SEED_KETAMINE = SEEDS / "002_66f3ee86d2c7e7cf.txt"
SEED_REVIEW = SEEDS / "000_d35844b68f261b2a.txt"

PAIN = OBO + "HP_0012531"
SEIZURE = MESH + "D012640"  # a Disorder since round 11b (was HP:0001250, a Phenotype)
ANHEDONIA = OBO + "HP_0012154"
FATIGUE = OBO + "HP_0012378"
