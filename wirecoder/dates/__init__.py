"""Dates: when each event happened (with ACLED's time precision) and when the report was published.

``resolve`` reads the evidence's date expressions against the publication date;
``expressions`` finds them in the text as ``candidate`` records, with the patterns of
``patterns`` and the token readings of ``readings``.
"""

from __future__ import annotations

from .resolve import parse_published, resolve_event_date

__all__ = ["parse_published", "resolve_event_date"]
