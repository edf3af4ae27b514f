"""count_casualties on a coder's figure told in the sentence after the event's (notes written for these
tests): "Fatalities coded as 10." stands for the event; a figure further on, or no coder's words, leaves
the event's own count."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 14 May 2022, Ukrainian forces claimed to have killed several dozen Russian soldiers near Izium "
         "(Kharkiv). Fatalities coded as 10.", 10),
        ("On 9 June 2021, jihadists killed many villagers in Solenzo (Boucle du Mouhoun). Fatalities unknown, "
         "coded as 10.", 10),
        # No coder's words after the sentence: its own count.
        ("On 9 June 2021, jihadists killed dozens of villagers in Solenzo (Boucle du Mouhoun). The army "
         "sent reinforcements.", 12),
    ],
)  # fmt: skip
def test_casualties_coded_after(text: str, fatalities: int) -> None:
    # The event's span is its first sentence, as the pipeline counts a note's event.
    result = count_casualties(text, 0, text.index(").") + 2)
    assert result.fatalities == fatalities, result.reason
