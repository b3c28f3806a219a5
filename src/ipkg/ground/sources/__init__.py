"""Readers that turn the offline ontology sources into lexicon rows (used only by :mod:`ipkg.ground.build`).

One module per entity class: :mod:`.disorders` (MONDO, MeSH), :mod:`.interventions` (ChEBI, MeSH, MAxO),
:mod:`.cells` (CL), :mod:`.pathways` (GO), :mod:`.cytokines` (HGNC, UniProt, MeSH), plus :mod:`.curated` for the
hand-made supplement and stop list. :mod:`.common` holds the file readers and the :class:`~.common.TermSet`
that collects rows. None of this is imported at run time.
"""

from __future__ import annotations

__all__: list[str] = []
