"""ipkg: the immunopsychiatry knowledge graph.

Turns biomedical abstracts into a validated, queryable RDF knowledge graph::

    >>> from ipkg import build, BuildOptions
    >>> result = build(["seeds"], BuildOptions())  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import metadata

from . import _regex_cache

_regex_cache.install()  # before the modules below compile their patterns

from .errors import InputError, IpkgError
from .models import Document, Extraction
from .pipeline import BuildOptions, BuildResult, build

__all__ = ["build", "BuildOptions", "BuildResult", "Document", "Extraction", "IpkgError", "InputError", "__version__"]

try:
    __version__ = metadata.version("ipkg")
except metadata.PackageNotFoundError:  # a checkout that was not installed
    __version__ = "0+unknown"
