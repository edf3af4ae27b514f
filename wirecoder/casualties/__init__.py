"""Casualties: how many were killed and injured in an event, counted as ACLED counts them.

``count`` ties death and injury words to the victims they govern and applies ACLED's
conventions; the other modules each answer one question it asks:

* ``words`` and ``phrases``: the trigger words and the mentions they form, read in the
  text ``masking`` prepares;
* ``victims``, ``conjuncts``, ``names``, ``additions``: who and how many a phrase names;
* ``accounts``, ``context``, ``tolls``, ``notes``, ``captives``: which figures belong to this
  event (second accounts, earlier incidents, revised tolls and running totals, coders'
  notes, captives found dead).

Example:
    >>> from wirecoder.casualties import count_casualties  # doctest: +SKIP
"""

from __future__ import annotations

from .count import count_casualties
from .later import Revision, other_side_after, revision_in, tells_more_dead
from .periods import is_period_total

__all__ = ["Revision", "count_casualties", "is_period_total", "other_side_after", "revision_in", "tells_more_dead"]
