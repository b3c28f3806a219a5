"""Records as a stream: every record of every input, in order, with how far through the input bytes the build is.

The build (:mod:`ipkg.pipeline`) reads its inputs through :func:`iter_sized`; tools and tests use
:func:`iter_documents`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..errors import InputError
from ..models import Document

__all__ = ["file_size", "iter_documents", "iter_sized"]


def iter_documents(
    inputs: Sequence[str], *, input_format: str | None = None, stdin: Callable[[], bytes] | None = None
) -> Iterator[Document | InputError]:
    """Every record of every input (files, folders, globs, ``-``), or an :class:`InputError` per bad one."""
    from .paths import iter_input_paths

    problems: list[InputError] = []
    paths = list(iter_input_paths(inputs, errors=problems))
    yield from problems
    for _path, item in iter_sized(paths, input_format=input_format, stdin=stdin):
        yield item


def iter_sized(paths: Sequence[Path | str], *, input_format: str | None, stdin: Callable[[], bytes] | None
               ) -> Iterator[tuple[int, Document | InputError]]:
    """Like :func:`iter_documents` over resolved ``paths``, each item with the bytes of the files finished before
    it."""
    from .reader import read_documents

    done = 0
    for path in paths:
        try:
            if path == "-":
                data = stdin() if stdin else b""
                for item in read_documents(Path("<stdin>"), data=data, input_format=input_format):
                    yield done, item
            else:
                for item in read_documents(Path(path), input_format=input_format):
                    yield done, item
                done += file_size(path)
        except InputError as err:
            yield done, err


def file_size(path: object) -> int:
    """The bytes of ``path`` (0 when it cannot be read: the reader reports that)."""
    try:
        return os.path.getsize(path)  # type: ignore[arg-type]
    except OSError:
        return 0
