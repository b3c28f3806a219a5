"""Run kgx's validator on KGX TSV files without the network; print its errors as one JSON line.

    python tests/kgx_offline_validate.py nodes.tsv edges.tsv

kgx downloads the Biolink model and a predicate map by default. Here the Biolink YAML comes from the
``biolink-model`` package that kgx installs, no predicate map is read, and the Biolink JSON-LD context is made from
that YAML's prefixes and its ``default_curi_maps`` (prefixcommons registries), which is how Biolink builds its
``context.jsonld``. Run by ``tests/test_export_kgx.py`` in an environment that has kgx (``.venv-kgx``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def offline_validate(files: list[str]) -> dict:  # type: ignore[type-arg]
    import biolink_model
    import bmt.toolkit
    import prefixcommons
    import yaml

    schema_file = Path(list(biolink_model.__path__)[0]) / "schema" / "biolink_model.yaml"
    bmt.toolkit.Toolkit.__init__.__defaults__ = (str(schema_file), {"predicate mappings": []})
    import kgx.config

    schema = yaml.safe_load(schema_file.read_text(encoding="utf-8"))
    registry = Path(list(prefixcommons.__path__)[0]) / "registry"
    context: dict[str, str] = {}
    for name in schema.get("default_curi_maps", []):
        context.update(json.loads((registry / f"{name}.jsonld").read_text(encoding="utf-8"))["@context"])
    context.update({k: v if isinstance(v, str) else v["prefix_reference"] for k, v in schema["prefixes"].items()})
    kgx.config.jsonld_context_map["biolink"] = context
    from kgx.cli.cli_utils import validate

    return validate(inputs=files, input_format="tsv", input_compression=None, output=None)


if __name__ == "__main__":
    print(json.dumps(offline_validate(sys.argv[1:]), sort_keys=True, default=str))
