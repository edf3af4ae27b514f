"""A revised toll counts when an aside in brackets or commas names where the attack was (casualties.triggers)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("The toll from Friday's bombing of a mosque in Kuchlak (Balochistan) rose to 17.", 17),
        ("The death toll from the attack on a market in Mubi, Adamawa state, climbed to 31 on Monday.", 31),
        ("The toll in the raid on Ngala (Borno) has risen to 9.", 9),
        # no revised figure, no toll: a figure in brackets is not one
        ("The toll from the bombing in Kuchlak (Balochistan) is not yet known, police said.", 0),
    ],
)
def test_casualties_tolls_with_asides_count(text: str, fatalities: int) -> None:
    assert count_casualties(text, 0, len(text)).fatalities == fatalities
