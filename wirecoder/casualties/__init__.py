"""Casualties: how many were killed and injured in an event, counted as ACLED counts them.

``count`` ties death and injury words to the victims they govern and applies ACLED's
conventions; the other modules each answer one question it asks:

* ``words`` and ``phrases``: the trigger words and the mentions they form;
* ``victims``, ``names``, ``additions``: who and how many a phrase names;
* ``accounts``, ``context``, ``notes``, ``captives``: which figures belong to this event
  (second accounts, earlier incidents, coders' notes, captives found dead).

Example:
    >>> from wirecoder.casualties import count_casualties  # doctest: +SKIP
"""

from __future__ import annotations

from .count import count_casualties, is_period_total

__all__ = ["count_casualties", "is_period_total"]
