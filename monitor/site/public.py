"""What of a snapshot may be published on the public site.

The definitions have no field that marks an indicator's organisation-level values public, so the
site publishes the national figures and those per organisation type only: the rows of the
breakdown ``organisation`` are left out of the results (also of the open data and tables in the
site's downloads). The approved statements keep their texts, milestones and judgement; who wrote
and who approved them is left out. The snapshot's values as submitted (with their notes and
submissions) are never read here: only the computed results, the definitions and the approved
statements go in."""

from __future__ import annotations

import dataclasses

import polars as pl

from monitor.publication.source import ExportSource

PUBLIC_BREAKDOWNS = ("national", "type")


def public_results(results: pl.DataFrame) -> pl.DataFrame:
    """The results without the rows of single organisations."""
    return results.filter(pl.col("breakdown").is_in(PUBLIC_BREAKDOWNS))


def public_source(source: ExportSource) -> ExportSource:
    """``source`` (a snapshot) with only what may be published: its public results, its approved
    statements without the users who wrote and approved them, and no commitments annex (the
    Kamer's commitments are not part of the site)."""
    statements = tuple(dataclasses.replace(s, written_by="", reviewed_by=None, reviewed_at=None)
                       for s in source.statements)
    return dataclasses.replace(source, results=public_results(source.results),
                               statements=statements, commitments=None)
