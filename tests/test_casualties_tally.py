"""count_casualties on a coder's tally closing an ACLED-style note ("... (Sindh). 88 fatalities."): the
tally is the record's total, the attackers and the named dead included (sentences written for these
tests). The span counted is the event's sentence, as the pipeline passes it."""

from __future__ import annotations

import re

import pytest

from wirecoder.casualties import count_casualties


def _first_sentence_toll(text: str) -> int:
    end = re.search(r"\.(?=\s)", text).end()  # type: ignore[union-attr]
    return count_casualties(text, 0, end).fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # The tally replaces the bomber the sentence tells ...
        ("On 2 May 2016, a suicide bomber blew himself up at a market in Quetta (Balochistan). 14 fatalities.", 14),
        ("On 9 July 2015, two suicide bombers blew themselves up at a checkpoint in Fotokol (Extreme-Nord). "
         "11 fatalities.", 11),
        # ... and the named dead, who are a part of it.
        ("On 4 June 2019, a drone strike killed a commander and his driver near Jilib (Middle Juba). 6 fatalities.", 6),
        # It gives the deaths a sentence tells none of.
        ("On 3 March 2021, soldiers fired at demonstrators in Monywa (Sagaing). 5 fatalities.", 5),
        ("On 3 March 2021, soldiers fired at demonstrators in Monywa (Sagaing). 1 fatality reported.", 1),
    ],
)  # fmt: skip
def test_casualties_tally_is_the_total(text: str, fatalities: int) -> None:
    assert _first_sentence_toll(text) == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A tally of another sentence (the next one tells another event) is not this event's.
        ("On 3 March 2021, militants killed two herders near Menaka (Menaka). Troops shelled Anderamboukane "
         "(Menaka). 7 fatalities.", 2),
        # A figure in a sentence of words is no coder's tally.
        ("On 5 May 2018, gunmen killed two traders in Gao (Gao). Witnesses said 9 fatalities were feared.", 2),
        # A tally in the next paragraph belongs to that paragraph.
        ("On 5 May 2018, gunmen killed two traders in Gao (Gao).\n\n9 fatalities.", 2),
    ],
)  # fmt: skip
def test_casualties_tally_negative(text: str, fatalities: int) -> None:
    assert _first_sentence_toll(text) == fatalities
