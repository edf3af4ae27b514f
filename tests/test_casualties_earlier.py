"""count_casualties on deaths of an earlier incident told beside the event's own (sentences written for
these tests): they count only when nothing else is told."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A sentence opening on an earlier time, or naming a similar or earlier attack, tells another incident.
        ("Two men were killed by gunmen in Kajuru. A week earlier, five people were killed in the same village.", 2),
        ("Five people were killed on Tuesday. Last month, 20 people died in a similar attack.", 5),
        ("The explosion killed three people. It was the second attack on the city this week; a bombing on "
         "Monday killed 10.", 3),
        ("A roadside bomb killed four soldiers in Helmand. Six soldiers died in an earlier attack on the road.", 4),
        # Told alone, the earlier incident is the event of its own sentence.
        ("A week earlier, five people were killed in the same village.", 5),
        ("Last month, 20 people died in a similar attack.", 20),
        # More victims of the same incident still add up.
        ("Gunmen killed two farmers in Benue on Monday. Three more bodies were found on Tuesday.", 5),
    ],
)  # fmt: skip
def test_casualties_earlier_incident(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
