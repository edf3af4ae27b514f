"""People who are no force's fighters, whatever words name them: engineers of a country are its civilians,
not its army ("a convoy of Chinese engineers"); former soldiers arrested or killed are civilians; members
of a group killed are the group ("killing two members of the Sinjar Resistance Units"). Notes written for
these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("On 4 May 2021, BLA militants attacked a convoy of Chinese engineers in Gwadar (Balochistan); security "
         "forces repulsed the attack.", "actor2", "Military Forces of Pakistan"),
        ("On 8 June 2022, gunmen ambushed a bus carrying Turkish workers near Kirkuk (Kirkuk), wounding two.",
         "actor2", "Civilians (Iraq)"),
        # a demonym on the forces' own word still names them
        ("On 3 March 2021, militants shelled a Turkish army base in Bashiqa (Ninewa).", "actor2",
         "Military Forces of Turkey"),
    ],
)
def test_nationals_are_not_forces(first_event, text, side, expected) -> None:
    assert getattr(first_event(text), side) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 12 May 2022, Taliban police arrested 3 former Afghan army soldiers in Kunduz (Kunduz).",
         ("Arrests", "Civilians (Afghanistan)")),
        ("On 3 June 2022, gunmen shot dead a former Afghan army officer in Herat (Herat).",
         ("Attack", "Civilians (Afghanistan)")),
        ("On 9 April 2021, police arrested two soldiers over a robbery in Nakuru (Nakuru).",  # serving soldiers
         ("Arrests", "Military Forces of Kenya")),
    ],
)
def test_former_forces_are_civilians(first_event, text, expected) -> None:
    event = first_event(text)
    assert (event.sub_event_type, event.actor2) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2 July 2022, a Turkish drone struck a car in Sinjar (Ninewa), killing 2 members of the Sinjar "
         "Resistance Units (YBS).", "YBS: Sinjar Resistance Units"),
        ("On 9 May 2023, a Turkish drone struck a vehicle near Qamishli (Al-Hasakeh), killing 3 members of the "
         "Syrian Democratic Forces.", "QSD: Syrian Democratic Forces"),
        ("On 4 January 2024, an air strike hit a house in Rafah, killing 6 members of one family.",
         "Civilians (Palestine)"),
    ],
)
def test_members_killed_are_their_group(first_event, text, expected) -> None:
    assert first_event(text).actor2 == expected
