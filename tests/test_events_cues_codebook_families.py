"""Cue families for ACLED sub-event types told without their usual words (events.cues, sentences written
for these tests): ordnance cleared, a person's fate unknown, a group turning to war, ground handed over, an
irritant carried by a munition; and the look-alikes that must not take the family."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues


def _families(sentence: str) -> set[str]:
    return {cue.family for cue in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Sappers removed 48 anti-tank mines from farmland near Balakliia.", "weapons"),
        ("Army engineers cleared a village of unexploded ordnance near Marawi.", "weapons"),
        ("Deminers neutralised 300 explosive items in the fields around Sirte.", "weapons"),
        ("A demining team destroyed cluster submunitions found near Mykolaiv.", "weapons"),
        ("Her whereabouts remain unknown since the men took her.", "abduct"),
        ("The fate of the two engineers is still unknown.", "abduct"),
        ("The activist has not been seen since, his lawyer said.", "abduct"),
        ("The coalition said it was now in a state of war with the junta.", "group_change"),
        ("The NPA said it would resume armed operations in Samar.", "group_change"),
        ("The front declared war on the government in a video message.", "group_change"),
        ("The militia withdrew from the peace agreement on Friday.", "group_change"),
        ("The group renamed itself the Southern Resistance Front.", "group_change"),
        ("The SDF handed over the town under a Russian-brokered deal.", "transfer"),
        ("Rebels handed over the border crossing area to the army.", "transfer"),
        ("Troops entered Hombori, which the jihadists had abandoned the day before.", "transfer"),
        ("The army vacated its base in Tessit on Tuesday.", "transfer"),
        ("Troops dropped grenades containing a chemical irritant on Ukrainian trenches.", "chemical"),
        ("Shells filled with a toxic substance landed on the positions.", "chemical"),
    ],
)
def test_events_cues_codebook_family_found(sentence: str, family: str) -> None:
    assert family in _families(sentence)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Police removed barricades from the road after the protest.", "weapons"),
        ("The minister declared war on corruption in his speech.", "group_change"),
        ("The fate of the talks remains uncertain.", "abduct"),
        ("The president handed over the report to parliament.", "transfer"),
        ("Residents abandoned their village after the attack.", "transfer"),
        ("Police fired tear gas at the crowd.", "chemical"),
    ],
)
def test_events_cues_codebook_family_not_found(sentence: str, family: str) -> None:
    assert family not in _families(sentence)
