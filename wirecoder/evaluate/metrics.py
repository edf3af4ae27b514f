"""The arithmetic of scoring: distances, F1, confusion counts, token overlap."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

__all__ = [
    "EARTH_RADIUS_KM",
    "MATCH_OVERLAP",
    "haversine_km",
    "macro_f1",
    "overlap",
    "tokens",
]

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)

# Share of the shorter side's tokens two texts must have in common to be the same
# mention. Half is enough because gold segments are often several sentences while
# notes are one sentence; the trigger requirement (see articles.py) keeps chance
# overlaps of function words from counting.
MATCH_OVERLAP = 0.5

_WORD = re.compile(r"\w+")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (latitude, longitude) points in degrees.

    Example:
        >>> round(haversine_km(-1.2864, 36.8172, -4.0435, 39.6682))  # Nairobi - Mombasa
        441
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def macro_f1(pairs: Sequence[tuple[str, str | None]]) -> float:
    """Mean per-label F1 over (gold, predicted) pairs; ``None`` means nothing predicted.

    Labels are every label seen in gold or prediction; ``None`` is not a label, so an
    undetected record only costs its gold label recall.

    Example:
        >>> macro_f1([("Riots", "Riots"), ("Protests", "Riots"), ("Protests", None)])
        0.3333333333333333
    """
    labels = {g for g, _ in pairs} | {p for _, p in pairs if p is not None}
    if not labels:
        return 0.0
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, predicted in pairs:
        if gold == predicted:
            tp[gold] += 1
            continue
        fn[gold] += 1
        if predicted is not None:
            fp[predicted] += 1
    scores = []
    for label in labels:
        denominator = 2 * tp[label] + fp[label] + fn[label]
        scores.append(2 * tp[label] / denominator if denominator else 0.0)
    return sum(scores) / len(scores)


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens of ``text``, counted.

    Word characters only, so WikiEvents' spaced tokens ("Al - Monitor") and raw
    text ("Al-Monitor") give the same tokens.
    """
    return Counter(_WORD.findall(text.casefold()))


def overlap(a: Counter[str], b: Counter[str]) -> float:
    """Shared tokens as a share of the shorter of ``a`` and ``b`` (0 when either is empty).

    Example:
        >>> overlap(tokens("attack , killing 2"), tokens("The attack, killing 2, was"))
        1.0
    """
    shorter = min(sum(a.values()), sum(b.values()))
    if not shorter:
        return 0.0
    return sum((a & b).values()) / shorter
