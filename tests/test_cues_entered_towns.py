"""Cues for a town entered with no fight, as coders' notes write it: the town named with its particles
("Mazar-e Sharif", "Deir ez-Zor"), the note's own "(Admin2, Admin1)" after it, "unopposed" or "without
resistance", the other side leaving "as" or "after"; with the negatives that must stay out."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.events.classify import classify


def _entered(sentence: str) -> bool:
    return any(c.family == "overtake" and c.text.startswith("entered") for c in find_cues(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "On 6 August 2021, Taliban fighters entered Sheberghan (Jowzjan) without resistance after the army fled.",
        "On 12 June 2014, militants entered Tal Afar (Tal Afar, Ninewa) unopposed as police withdrew.",
        "On 2 March 2019, rebel factions entered Deir ez-Zor unopposed.",
        "On 9 May 2017, insurgents entered Ras al-Ain town overnight.",
        "On 4 July 2021, government forces entered Kunduz (Kunduz) as Taliban fighters retreated from the city.",
    ],
)
def test_entered_town_is_a_cue(sentence: str) -> None:
    assert _entered(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # troops entering with nothing to say the other side left: a deployment, maybe a raid
        "On 4 July 2021, soldiers entered Kunduz (Kunduz) and searched houses.",
        # a crowd entering a square is no ground taken
        "On 9 May 2021, protesters entered Tahrir Square (Cairo) unopposed.",
        # militants entering to raid: the act that follows is the event
        "On 3 May 2019, militants entered Ras al-Ain and set fire to the market.",
    ],
)
def test_entered_town_negative(sentence: str) -> None:
    assert not _entered(sentence)


def test_entered_unopposed_is_a_transfer() -> None:
    sentence = "On 8 December 2020, opposition factions entered Hama (Hama) unopposed as regime forces withdrew."
    families = {c.family for c in find_cues(sentence)}
    assert classify(families, sentence, "opposition factions", None, "overtake") == "Non-violent transfer of territory"
