"""Progress of a long build: the library reports, the command line draws.

The library calls a :data:`ProgressCallback` as ``progress(stage, done, total)``: ``stage`` is ``"extract"``
(records read and extracted so far; ``total`` is an estimate from the share of input bytes read, or ``None``),
``"validate"`` (studies validated and written; ``total`` exact) or ``"write"`` (``done == total``) . It never
prints. :class:`ProgressBar` is the terminal side: one line on stderr, redrawn at most ten times a second, with
the rate and the time left; it draws nothing when the stream is not a terminal.

>>> import io
>>> bar = ProgressBar(io.StringIO(), enabled=True, clock=iter([0.0, 2.0]).__next__)
>>> bar("validate", 0, 400)
>>> bar("validate", 100, 400)
>>> bar.stream.getvalue().split("\\r")[-1]
'validate      100 / 400 abstracts    50/s  ETA 6s'
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TextIO, TypeVar

__all__ = ["Counted", "ProgressBar", "ProgressCallback", "format_seconds"]

_T = TypeVar("_T")


class Counted(Generic[_T]):
    """An iterable that counts what it has yielded so far (``.count``): for the writers and loaders that stream
    statements into pyoxigraph and report how many went through.

    >>> items = Counted(iter("abc"))
    >>> "".join(items), items.count
    ('abc', 3)
    """

    def __init__(self, items: Iterable[_T]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[_T]:
        for item in self.items:
            self.count += 1
            yield item

#: ``progress(stage, done, total)``; ``total`` may be an estimate or ``None``
ProgressCallback = Callable[[str, int, "int | None"], None]


def format_seconds(seconds: float) -> str:
    """``75`` -> ``'1m15s'``.

    >>> format_seconds(5), format_seconds(75), format_seconds(3700)
    ('5s', '1m15s', '1h01m')
    """
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class ProgressBar:
    """Draws ``stage done / total  rate  ETA`` on one terminal line.

    :param stream: where to draw (stderr by default)
    :param enabled: draw at all; default: only when ``stream`` is a terminal
    :param clock: the time source (for tests)
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled if enabled is not None else bool(getattr(self.stream, "isatty", lambda: False)())
        self.clock = clock
        self.stage = ""
        self.started = 0.0
        self.last_draw = -1.0
        self.width = 0

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if stage != self.stage:
            if self.stage:
                self.stream.write("\n")
            self.stage, self.started, self.last_draw = stage, now, -1.0
        elif now - self.last_draw < 0.1 and done != total:
            return
        self.last_draw = now
        elapsed = now - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        of = f" / {'~' if stage == 'extract' else ''}{total:,}" if total else ""
        text = f"{stage:<9} {done:>7,}{of} abstracts  {rate:>4,.0f}/s"
        if total and rate > 0 and done < total:
            text += f"  ETA {format_seconds((total - done) / rate)}"
        self.stream.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.stream.flush()

    def close(self) -> None:
        """End the line."""
        if self.enabled and self.stage:
            self.stream.write("\n")
            self.stream.flush()
        self.stage = ""
