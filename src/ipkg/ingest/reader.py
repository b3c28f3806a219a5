"""``read_documents``: one input file (or stdin bytes) -> its documents, and an error per unusable record."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Document
from ._source import Source
from .detect import READERS, Reader, detect_format
from .tabular import ColumnMap

__all__ = ["read_documents"]

logger = logging.getLogger(__name__)


def read_documents(
    path: Path | str,
    *,
    columns: ColumnMap | None = None,
    data: bytes | None = None,
    input_format: str | None = None,
) -> Iterator[Document | InputError]:
    """The records of one input, read by the reader its content calls for.

    Whole-file problems raise; a bad record is yielded as an :class:`InputError` (naming the record or line) and
    reading goes on. When the file breaks after good records (truncated XML or gzip), the good records come first,
    then one error. ``data`` gives the bytes directly (stdin; ``path`` is then only a name such as
    ``Path("<stdin>")``); gzip is recognised by its magic bytes.

    >>> docs = list(read_documents(Path("<stdin>"), data=b"1|t|IL-6 in depression\\n1|a|Levels were high.\\n"))
    >>> docs[0].pmid, docs[0].title, docs[0].source_file
    ('1', 'IL-6 in depression', '<stdin>')

    :param path: the file to read (or the display name of ``data``).
    :param columns: the column (or JSON key) names of a table, when they are not the usual ones.
    :param data: the input's bytes, when they do not come from ``path``.
    :param input_format: a key of :data:`~ipkg.ingest.detect.READERS`, to skip detection.
    :raises InputError: for a missing, unreadable, empty, binary or unrecognised file, a corrupt gzip header, an
        unknown ``input_format``, or (on first iteration) a table without title/abstract columns.
    """
    source = Source(Path(path), data)
    if data is None:
        if not source.path.exists():
            raise source.error("no such file")
        if source.path.is_dir():
            raise source.error("is a folder (list its files with iter_input_paths)")
        if not source.path.is_file():  # a pipe or device (/dev/stdin, <(zcat ...)) can be read only once
            try:
                source = Source(source.path, source.path.read_bytes())
            except OSError as err:
                raise source.error(f"cannot read: {err.strerror or err}") from err
    head = source.head()
    source.check_head(head)
    if input_format is not None:
        if input_format not in READERS:
            raise source.error(f"unknown input format {input_format!r} (choose from {', '.join(sorted(READERS))})")
        name = input_format
    else:
        try:
            name = detect_format(head, source.name)
        except ValueError as err:
            raise source.error(f"format not recognised: {err}") from err
    logger.debug("%s: reading as %s", source.display, name)
    reader = READERS[name]
    if name == "freetext" and input_format is not None:  # forced: read prose without an abstract's shape too
        reader = functools.partial(reader, forced=True)
    return _guarded(source, name, reader, columns)


def _guarded(source: Source, name: str, reader: Reader, columns: ColumnMap | None) -> Iterator[Document | InputError]:
    """Run a reader so that only documents and InputErrors come out.

    An InputError the reader raises is re-raised when nothing was read yet (a whole-file problem) and yielded as
    the last item otherwise (the file broke after good records). Any other exception is a reader bug: it is logged
    with its traceback and reported as an InputError so one odd file cannot stop a batch.
    """
    count = 0
    try:
        for item in reader(source, columns=columns):
            count += 1
            yield item
    except InputError as err:
        if count == 0:
            raise
        yield err
    except (MemoryError, RecursionError) as err:
        raise source.error(f"too large or deeply nested to read ({type(err).__name__})") from err
    except Exception as err:
        logger.warning("%s: the %s reader failed; please report this", source.display, name, exc_info=True)
        error = source.error(
            f"unexpected error in the {name} reader (a bug; please report it): {type(err).__name__}: {err}",
            record=count + 1,
        )
        if count == 0:
            raise error from err
        yield error
