"""Shared fixtures: paths to the seeds and the shared corpora, a built seeds graph (session-scoped)."""

from __future__ import annotations

import pytest

from tests.constants import SEEDS, SHARED


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that read ../shared skip with a clear reason when it is absent (a clone used on its own)."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"{SHARED} is not there (the shared corpora sit beside the repo in CI)")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seeds built once for the session: (BuildResult, path of the Turtle file)."""
    from ipkg.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("seeds") / "kg.ttl"
    result = build([str(SEEDS)], BuildOptions(output=out))
    return result, out


@pytest.fixture(scope="session")
def grounder():  # type: ignore[no-untyped-def]
    """The shipped lexicon's grounder, the same process-wide instance ``extract_document`` uses (loaded once)."""
    from ipkg.extract import get_grounder

    return get_grounder()
