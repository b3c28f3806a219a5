"""Warm-up imported by the ``--jobs`` forkserver (:data:`ipkg.parallel.FORKSERVER_PRELOAD`), last.

Importing this module loads what every worker would otherwise load for itself before its first record: the
grounder (the lexicon index, ~0.3 CPU s), the models and lazily built tables of the extractors (one extraction of
a short made-up text reaches them all) and the compiled SHACL shapes. The forkserver does it once; the workers fork
with it loaded. Nothing here can change an output: the caches it fills are pure functions of their inputs. A
failure is ignored (the workers then load for themselves, and report the error as they always have).
"""

from __future__ import annotations

import gc
import logging

__all__: list[str] = []

logger = logging.getLogger(__name__)

#: a made-up abstract that runs every extractor (sentence roles, mentions, design, findings, the CID model)
_TEXT = ("Depression is a common disorder. We aimed to test whether ketamine lowers interleukin-6. "
         "Patients were randomized to ketamine or placebo. Ketamine reduced IL-6 levels in patients with "
         "depression (p < 0.01). These results suggest that inflammation matters.")


def _warm() -> None:
    from .extract import extract_document, get_grounder
    from .models import Document
    from .validate import _compiled, resolve_engine

    get_grounder()
    extract_document(Document("warm-up.txt", "Ketamine in depression", _TEXT))
    if resolve_engine("auto") == "turbo":
        _compiled(None)


try:
    _warm()
except Exception:  # the workers load for themselves and report what fails
    logger.debug("forkserver warm-up failed", exc_info=True)
# what the workers inherit is never freed: keep the collector off its pages so they stay shared after the fork
gc.freeze()
