"""Sub-Saharan Africa outside Kenya: ACLED-style notes, GTD-style summaries and wire paragraphs (sentences
written for these tests, real places and groups, invented details).

The rules they pin down are general: the object of "detonated" is the device, never its target; a toll told
one sentence after a blast names its victims; fighters "linked" to a group no other group is named beside are
that group's; a ground assault with heavy weapons among its arms is a clash or an attack, not a remote strike;
hostages taken and people killed in one assault is an attack; an ally of actor1 is never its opponent; an
unnamed killer is no side of a riot; a town spelled another way is found in the province the note names.
"""

from __future__ import annotations

import pytest

from wirecoder.events.classify import classify
from wirecoder.model import Article
from wirecoder.places import Geoparser


# cue families, sentence, agent and target phrases, main cue, sub-event type
@pytest.mark.parametrize(
    ("families", "sentence", "agent", "target", "main", "expected"),
    [
        # mortars or car bombs beside small arms: the attackers were there (a clash with the forces)
        ({"kill", "fight", "shelling"}, "Al Shabaab fighters attacked an AMISOM base in Bulo Marer with mortars and "
         "gunfire, sparking a long clash.", "Al Shabaab fighters", "an AMISOM base", "kill", "Armed clash"),
        ({"kill", "ied"}, "ISWAP militants attacked the army barracks in Damasak using car bombs and gunfire.",
         "ISWAP militants", "the army barracks", "kill", "Armed clash"),
        ({"kill", "ied"}, "Gunmen attacked a mosque in Kouri with explosives and firearms, killing 17 worshippers.",
         "Gunmen", "a mosque", "kill", "Attack"),
        # heavy weapons alone stay remote violence
        ({"kill", "shelling"}, "M23 rebels fired mortars at an army position near Kibumba, killing two soldiers.",
         "M23 rebels", "an army position", "kill", "Shelling/artillery/missile attack"),
        ({"kill", "ied"}, "A car bomb exploded near a checkpoint in Bosaso, killing four soldiers.",
         None, "a checkpoint", "kill", "Remote explosive/landmine/IED"),
    ],
)
def test_classify_combined_arms_assault_is_no_remote_strike(families, sentence, agent, target, main, expected) -> None:
    assert classify(families, sentence, agent, target, main=main) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # "detonated a truck laden with explosives": the truck is the device; the toll after it names the victims
        ("04/02/2016: A suicide bomber detonated a minibus packed with explosives outside a restaurant in "
         "Baidoa city, Bay region, Somalia. At least 30 people, including the bomber, were killed in the blast. "
         "Al-Shabaab claimed responsibility for the incident.", "Al Shabaab", "Civilians (Somalia)"),
        ("On 9 July 2015, a Boko Haram suicide bomber detonated a vehicle at a bus station in Gombe (Gombe). "
         "At least 12 people were killed.",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"),
        # fighters tied to the one group the sentence names are that group's
        ("On 7 March 2021, Islamic State-linked insurgents attacked Quissanga (Cabo Delgado), killing 9 civilians.",
         "Islamic State (Mozambique)", "Civilians (Mozambique)"),
        ("On 2 May 2022, JNIM-affiliated fighters killed 11 civilians in Seytenga (Sahel).",
         "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)"),
        # ... not when they name their own group beside it
        ("On 4 April 2021, IS-linked ADF rebels killed 8 civilians near Oicha (Nord-Kivu).",
         "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)"),
        # an ally of actor1 is never its opponent (Rwanda's troops); unnamed militants in Cabo Delgado are the
        # province's one insurgency, as ACLED codes them (actors/theatres.py)
        ("On 3 June 2022, Mozambican and Rwandan troops clashed with militants near Mueda (Cabo Delgado), killing 6.",
         "Military Forces of Mozambique", "Islamic State (Mozambique)"),
        # a section of a people is its militia ("Dinka Bor", "Dinka Ngok")
        ("On 9 March 2022, armed Murle youth clashed with Dinka Ngok youth near Abyei. 7 people were killed.",
         "Murle Ethnic Militia (South Sudan)", "Dinka Ethnic Militia (South Sudan)"),
    ],
)
def test_roles_african_notes_actors(first_event, text: str, actor1: str, actor2: str) -> None:
    event = first_event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2", "fatalities"),
    [
        # hostages taken and people killed in one assault: the graver attack
        ("01/15/2019: Assailants stormed a hotel complex in Bamako city, Bamako district, Mali, and took "
         "dozens of guests hostage. At least 9 people were killed in the attack.", "Attack", "Civilians (Mali)", 9),
        # hostages taken, no one killed: an abduction
        ("12/11/2020: Assailants stormed a boarding school in Kagara town, Niger state, Nigeria, and took "
         "40 students hostage. The victims were released on 12/20/2020.",
         "Abduction/forced disappearance", "Civilians (Nigeria)", 0),
        # a riot's toll with no one named as killing: no armed side of the riot
        ("On 13 July 2021, rioters looted and burned a warehouse in Mobeni (KwaZulu-Natal). At least 6 people "
         "were killed.", "Violent demonstration", None, 6),
    ],
)
def test_folding_african_notes_tolls(first_event, text: str, sub_event_type: str, actor2, fatalities: int) -> None:
    event = first_event(text)
    assert (event.sub_event_type, event.actor2, event.fatalities) == (sub_event_type, actor2, fatalities)


# A town the gazetteer spells another way, in the province the note names: its own coordinates.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1", "near"),
    [
        ("On 4 August 2020, protesters blocked the main road in Shashamene (Oromia).", "Oromia", (7.20, 38.60)),
        ("On 1 June 2024, RSF shelling hit the market in Kabkabiya (North Darfur).", "North Darfur", (13.65, 24.08)),
    ],
)
def test_spelled_town_in_stated_division(geo: Geoparser, text: str, admin1: str, near: tuple[float, float]) -> None:
    place = geo.locate(Article(id="s", text=text), 0, len(text))
    assert place is not None and place.admin1 == admin1 and place.geo_precision == 1
    assert abs(place.latitude - near[0]) < 0.1 and abs(place.longitude - near[1]) < 0.1
