"""The exceptions of ipkg: one base class and one subclass per stage.

Messages name the file, the position and what is wrong, so the CLI can print them as one line.
"""

from __future__ import annotations

import re

__all__ = [
    "IpkgError",
    "InputError",
    "MissingInputError",
    "ExtractionError",
    "GroundingError",
    "ShapesError",
    "OntologyError",
    "StoreError",
    "QueryError",
    "redact",
]

#: ``scheme://user:password@`` in a URL
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@?#]*@")
#: query parameters that carry secrets (``?token=...``, ``&api_key=...``)
_SECRET_PARAM = re.compile(
    r"(?i)([?&;](?:access_token|id_token|token|api[_-]?key|apikey|key|password|passwd|pwd|secret|auth|sig|signature)=)"
    r"[^&\s#'\"<>]*"
)


def redact(text: str) -> str:
    """``text`` with the credentials of any URL in it masked: ``user:password@`` and secret query parameters.

    >>> redact("store unreachable at http://admin:s3cret@db.example.org:8890/x?token=abc&graph=g")
    'store unreachable at http://***@db.example.org:8890/x?token=***&graph=g'
    """
    return _SECRET_PARAM.sub(r"\1***", _USERINFO.sub(r"\1***@", text))


class IpkgError(Exception):
    """Base class of every error ipkg raises on purpose."""


class InputError(IpkgError, ValueError):
    """An input file or record cannot be read: names the file (and record or line) and the cause."""

    def __init__(self, path: str, reason: str, *, record: int | str | None = None, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.record = record
        self.line = line
        where = path
        if line is not None:
            where += f":{line}"
        if record is not None:
            where += f" (record {record})"
        super().__init__(f"{where}: {reason}")


class MissingInputError(InputError, FileNotFoundError):
    """A path named on the command line does not exist (or a pattern matches nothing): a usage error."""


class ExtractionError(IpkgError):
    """An extractor failed on a document that was read correctly (a bug: report it)."""


class GroundingError(IpkgError):
    """The lexicon is missing or malformed."""


class ShapesError(IpkgError):
    """The SHACL shapes cannot be loaded, or data does not conform (see the report)."""


class OntologyError(IpkgError):
    """The ontology cannot be loaded, is inconsistent or has unsatisfiable classes."""


class StoreError(IpkgError, OSError):
    """A triple store cannot be reached or refused a request (credentials in URLs are masked: :func:`redact`)."""

    def __init__(self, message: str = "") -> None:
        super().__init__(redact(message))


class QueryError(IpkgError, ValueError):
    """A SPARQL query is malformed or unknown."""
