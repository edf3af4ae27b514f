"""Who backs a side is no side ("Ethiopian-backed militia", "army-backed vigilantes"), a stance names no state
("pro-Russian separatists" are the event country's armed men), and people said to be a named group's are
that group ("men believed to be Taliban"). Phrases written for these tests."""

from __future__ import annotations

import pytest


def _names(coder, text: str, country: str | None) -> list[str]:
    return [m.actor.name for m in coder.mentions(text, country)]


@pytest.mark.parametrize("text, country, absent", [
    ("An Ethiopian-backed militia attacked Al Shabaab fighters in Hiraan.", "Somalia", "Civilians (Ethiopia)"),
    ("Sudanese army-backed militiamen attacked RSF fighters near El Obeid.", "Sudan", "Military Forces of Sudan"),
    ("Government-supported vigilantes killed two bandits near Gusau.", "Nigeria", "Government of Nigeria"),
])
def test_actors_mentions_sponsor_is_no_side(coder, text, country, absent):
    assert absent not in _names(coder, text, country)


@pytest.mark.parametrize("text, country, named", [
    ("Pro-Russian separatists shelled a checkpoint near Horlivka.", "Ukraine", "Unidentified Armed Group (Ukraine)"),
    ("Pro-Russian forces shelled Mariupol.", "Ukraine", "Unidentified Armed Group (Ukraine)"),
    ("Russian forces shelled Mariupol.", "Ukraine", "Military Forces of Russia"),  # no stance: Russia's own
])
def test_actors_mentions_stance_names_no_state(coder, text, country, named):
    assert _names(coder, text, country)[0] == named


@pytest.mark.parametrize("text, country, named", [
    ("An engineer was seized near Ghazni by men believed to be Taliban.", "Afghanistan", "Taliban"),
    ("A trader was killed in Kasese by men suspected to be ADF rebels.", "Uganda", "ADF: Allied Democratic Forces"),
])
def test_actors_mentions_people_said_to_be_a_group(coder, text, country, named):
    names = _names(coder, text, country)
    assert named in names and not any(n.startswith(("Rioters", "Unidentified")) for n in names)


@pytest.mark.slow
@pytest.mark.parametrize("text, event_type, actor1, actor2", [
    ("On 4 April 2019, two policemen were shot dead in Peshawar by men believed to be TTP militants.",
     "Battles", "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"),
    ("On 4 April 2019, men believed to be Taliban seized an engineer near Ghazni.",
     "Violence against civilians", "Taliban", "Civilians (Afghanistan)"),
    ("On 4 April 2019, a German engineer was seized near Ghazni, Afghanistan by gunmen.",
     "Violence against civilians", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)"),
])
def test_actors_people_said_to_be_a_group_event(first_event, text, event_type, actor1, actor2):
    event = first_event(text)
    assert (event.event_type, event.actor1, event.actor2) == (event_type, actor1, actor2)
