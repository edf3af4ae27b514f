"""Cues for chemical weapons told by what a munition was filled with ("rockets filled with mustard
agent", "barrels loaded with chlorine"), with the negatives that must stay out; sentences written for
these tests."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import find_cues


def _families(sentence: str) -> set[str]:
    return {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "On 8 March 2016, IS militants fired rockets filled with mustard agent at Bashir (Kirkuk).",
        "On 7 April 2018, a helicopter dropped barrels loaded with chlorine on Douma (Rural Damascus).",
        "On 2 May 2017, mortars containing toxic gas hit Peshmerga positions near Makhmur (Erbil).",
        "On 4 August 2016, missiles laced with sarin struck Saraqeb (Idleb).",
        "On 9 June 2016, shells filled with phosgene hit the front line near Hit (Al-Anbar).",
    ],
)
def test_chemical_munitions(sentence: str) -> None:
    assert "chemical" in _families(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 8 March 2016, IS militants fired rockets at Bashir (Kirkuk).",
        "On 2 May 2017, a truck filled with fuel exploded near Makhmur (Erbil).",
        "On 2 May 2017, a toxic gas leak at a fertiliser plant killed two workers in Basra.",
    ],
)
def test_chemical_munitions_negative(sentence: str) -> None:
    assert "chemical" not in _families(sentence)
