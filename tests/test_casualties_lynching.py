"""count_casualties on a lynching whose victim the next sentence says lived (sentences written for
these tests): ACLED counts a lynching as a killing unless the report says otherwise."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A man was lynched by villagers for allegedly stealing a goat in Mbita. No fatalities reported, "
         "as police intervened.", 0),
        ("A suspected thief was lynched by a mob in Lagos. No deaths were reported.", 0),
        ("A suspected thief was lynched by a mob in Lagos. Police rescued him and took him to hospital.", 0),
        # Told to have died, or nothing said: the lynching killed.
        ("A man was lynched by villagers in Mbita. Police said he died on the spot.", 1),
        ("A suspected thief was lynched by a mob in Lagos on Monday.", 1),
    ],
)  # fmt: skip
def test_casualties_lynching_victim_lived(text: str, fatalities: int) -> None:
    # The event's span is its first sentence: what follows is read past it, as the pipeline counts.
    result = count_casualties(text, 0, text.index(".") + 1)
    assert result.fatalities == fatalities, result.reason
