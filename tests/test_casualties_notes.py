"""count_casualties on the coder's notes of ACLED-style summaries: deaths coded in another record,
a figure coded here, a toll split over records (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Deaths a note puts in another record are not this record's.
        ("Second day of riots in Bamako. 3 killed (coded separately)", 0),
        ("Clan militias clashed near Beledweyne - police intervened killing 4 (coded seperately)", 0),
        ("1 man shot dead by soldiers near the camp (coded separately) - led to a protest in Gao.", 0),
        # ... and a first figure loses the detail coded elsewhere, or the number the note names.
        ("At least nine people were killed in Diffa on Saturday. At Toumour, militants beheaded four "
         "men (coded in other event).", 5),
        ("A total of two people killed in protests in Conakry (one fatality coded elsewhere).", 1),
        # A note about the others named last leaves the counted victims.
        ("2 soldiers killed (and 3 civilians - coded seperately) by militants near Menaka.", 2),
        ("FATALITIES: 2 rioters + 2 civilians (coded seperately)", 2),
        ("FATALITIES: 3 soldiers plus 1 civilian (coded separately)", 3),
        # "+" joins victims as "and" does.
        ("Clan militias clashed near Beledweyne. 7 villagers + 1 soldier killed.", 8),
        # The note's own figure and its share.
        ("10 killed in clashes near Kidal (coded as 8 here and 2 for a clash in Aguelhok).", 8),
        ("6 deaths in raids on three villages (coded across 3 events).", 2),
    ],
)  # fmt: skip
def test_casualties_notes_coded_apart(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # The note's own figure stands even where no death word is read (a misspelt toll word).
        ("Militants hit an army truck with an IED near Gao. Fatalaties are unclear (coded at low estimate of 3).", 3),
        ("An IED struck a convoy near Kismayo. Fatalities unknown, coded as 10.", 10),
        ("Soldiers shot two men at a checkpoint. Fatalities coded as 2.", 2),
        ("Protesters marched in Lagos; death or injuries coded as zero.", 0),
    ],
)  # fmt: skip
def test_casualties_notes_coded_here_without_death_word(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
