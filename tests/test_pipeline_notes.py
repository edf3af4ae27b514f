"""ACLED-style notes from several continents (written by us) through the whole pipeline."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

CASES = [
    ("On 3 March 2021, JNIM militants attacked a Malian army post in Boni (Douentza, Mopti), killing 4 "
     "soldiers. The army said 10 assailants were killed.",
     "Armed clash", "JNIM", "Military Forces of Mali", "Mali", 14),
    ("On 12 June 2020, a drone strike by the Turkish military hit a vehicle near Sinjar (Ninewa), killing 2 "
     "PKK members.", "Air/drone strike", "Military Forces of Turkey", None, "Iraq", 2),
    ("On 5 January 2022, around 200 health workers staged a sit-in outside the Ministry of Health in "
     "Kathmandu (Bagmati), demanding unpaid salaries.", "Peaceful protest", "Protesters (Nepal)", None, "Nepal", 0),
    ("On 18 August 2019, suspected Boko Haram fighters abducted 6 farmers near Gwoza (Borno). Their "
     "whereabouts remain unknown.", "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)",
     "Nigeria", 0),
    ("On 9 May 2023, Russian forces shelled Kherson city, killing 3 civilians and wounding 11.",
     "Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", "Ukraine", 3),
    ("On 14 February 2018, police arrested 15 members of the opposition during a rally in Dhaka. The rally "
     "was dispersed with tear gas.", "Protest with intervention", "Protesters (Bangladesh)",
     "Police Forces of Bangladesh", "Bangladesh", 0),
    ("On 21 July 2021, an IED planted by the Taliban exploded in Lashkar Gah (Helmand), killing a district "
     "police chief.", "Remote explosive/landmine/IED", "Taliban", None, "Afghanistan", 1),
    ("On 11 November 2017, members of the Fulani ethnic militia attacked Numan (Adamawa), killing 15 "
     "villagers.", "Attack", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", "Nigeria", 15),
    ("On 6 December 2019, Syrian government forces recaptured Maarat al-Numan (Idleb) from HTS fighters.",
     "Government regains territory", "Military Forces of Syria", "HTS", "Syria", 0),
]


@pytest.mark.parametrize(("text", "sub_event_type", "actor1", "actor2", "country", "fatalities"), CASES)
def test_pipeline_notes_code_like_acled(pipeline, text, sub_event_type, actor1, actor2, country, fatalities):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert event.sub_event_type == sub_event_type
    assert actor1 in (event.actor1 or "")
    if actor2 is not None:
        assert actor2 in (event.actor2 or "")
    assert event.country == country
    assert event.fatalities == fatalities
    assert event.event_date is not None and event.time_precision == 1
