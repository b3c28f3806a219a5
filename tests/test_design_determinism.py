"""The design model's probabilities do not depend on the process's hash seed (its n-grams come in set order)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from ipkg.extract.design_model import get_model
text = ("in a randomized, double-blind, placebo-controlled trial, 120 outpatients with major depression received "
        "celecoxib or placebo for eight weeks; depressive symptoms and serum interleukin-6 were measured")
print(repr(get_model().predict_text({}, text)))
"""


def test_probabilities_are_the_same_under_any_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
