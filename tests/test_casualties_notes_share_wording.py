"""A coder's note that distributes a toll over records, or names this record's own figure, in wording
ACLED's notes also use (notes written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 4 May 2023, RSF shelling hit Omdurman. 30 people were killed over two days; fatalities "
         "distributed across 2 events.", 15),
        ("On 9 June 2022, army shelling hit villages near Kidal. 12 civilians were killed; the deaths are "
         "shared among 3 events.", 4),
        ("On 2 March 2024, clashes erupted in Khartoum; hundreds were reportedly killed across the city. "
         "Fatalities for this event: 25.", 25),
        ("On 7 July 2021, gunmen attacked Tillaberi villages, killing dozens. Deaths in this record - 9.", 9),
    ],
)  # fmt: skip
def test_casualties_notes_share_wording(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
