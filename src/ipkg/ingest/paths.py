"""``iter_input_paths``: the files named on a command line (files, folders, glob patterns, ``-``)."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Literal

from ..errors import InputError, MissingInputError

__all__ = ["iter_input_paths"]


def iter_input_paths(
    inputs: Sequence[str], *, errors: list[InputError] | None = None
) -> Iterator[Path | Literal["-"]]:
    """Every input file, in order: files as given, folders walked recursively in sorted order (hidden files and
    dot-folders skipped), glob patterns expanded (sorted), ``-`` for stdin. A file named twice is given once.

    All inputs are checked before the first path is returned, so a typo fails fast.

    >>> list(iter_input_paths(["-"]))
    ['-']
    >>> problems = []
    >>> list(iter_input_paths(["-", "no/such.txt"], errors=problems)), [str(e) for e in problems]
    (['-'], ['no/such.txt: no such file or directory'])

    :param errors: collect the problems here and go on with the other inputs, instead of raising the first
    :raises MissingInputError: for a path that does not exist or a pattern that matches nothing.
    :raises InputError: for a folder (or sub-folder) that cannot be read.
    """
    out: list[Path | Literal["-"]] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)

    def problem(error: InputError) -> None:
        if errors is None:
            raise error
        errors.append(error)

    for item in inputs:
        if item == "-":
            out.append("-")
            continue
        path = Path(item).expanduser()
        if path.is_dir():
            for found in _walk(path, problem):
                add(found)
        elif path.exists():
            add(path)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(os.path.expanduser(item), recursive=True))
            if not matches:
                problem(MissingInputError(item, "no file matches this pattern"))
            for match in map(Path, matches):
                for found in _walk(match, problem) if match.is_dir() else [match]:
                    add(found)
        else:
            problem(MissingInputError(item, "no such file or directory"))
    return iter(out)


def _walk(folder: Path, problem: Callable[[InputError], None]) -> list[Path]:
    """Files under ``folder`` sorted by their path parts, without hidden files and dot-folders (folder links are
    not followed); a folder that cannot be listed is reported to ``problem`` (one line naming it)."""
    found: list[Path] = []

    def unreadable(err: OSError) -> None:
        problem(InputError(str(err.filename or folder), f"cannot read this folder ({err.strerror or err})"))

    for root, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(folder).parts)
