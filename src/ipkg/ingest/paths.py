"""``iter_input_paths``: the files named on a command line (files, folders, glob patterns, ``-``)."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from ..errors import InputError

__all__ = ["iter_input_paths"]


def iter_input_paths(inputs: Sequence[str]) -> Iterator[Path | Literal["-"]]:
    """Every input file, in order: files as given, folders walked recursively in sorted order (hidden files and
    dot-folders skipped), glob patterns expanded (sorted), ``-`` for stdin. A file named twice is given once.

    All inputs are checked before the first path is returned, so a typo fails fast.

    >>> list(iter_input_paths(["-"]))
    ['-']

    :raises InputError: for a path that does not exist or a pattern that matches nothing.
    """
    out: list[Path | Literal["-"]] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)

    for item in inputs:
        if item == "-":
            out.append("-")
            continue
        path = Path(item).expanduser()
        if path.is_dir():
            for found in _walk(path):
                add(found)
        elif path.exists():
            add(path)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(os.path.expanduser(item), recursive=True))
            if not matches:
                raise InputError(item, "no file matches this pattern")
            for match in map(Path, matches):
                for found in _walk(match) if match.is_dir() else [match]:
                    add(found)
        else:
            raise InputError(item, "no such file or folder")
    return iter(out)


def _walk(folder: Path) -> list[Path]:
    """Files under ``folder`` sorted by their path parts, without hidden files and dot-folders (folder links are
    not followed)."""
    found: list[Path] = []
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(folder).parts)
