"""Incident summaries in the house style of US-compiled terrorism data (GTD): a "MM/DD/YYYY:" heading,
"Assailants", "city, province, Country", the toll and the claim in later sentences. Written for these
tests; places and groups are real, the incidents invented."""

from __future__ import annotations

from datetime import date

import pytest


pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The heading is month first; the release date later in the text does not change it.
        ("05/04/2013: Assailants abducted two engineers in Gardez city, Paktia province, Afghanistan. The "
         "victims were released on 05/09/2013. No group claimed responsibility for the incident.",
         {"event_date": date(2013, 5, 4), "sub_event_type": "Abduction/forced disappearance"}),
        # A bomb that went off beside the police: the police are its target, not its makers; the group
        # that claims it is actor1.
        ("11/05/2013: An explosive device concealed in a motorcycle detonated near a police van in Peshawar "
         "city, Khyber Pakhtunkhwa province, Pakistan. Two police officers were killed in the blast. "
         "Tehrik-i-Taliban Pakistan (TTP) claimed responsibility for the incident.",
         {"actor1": "TTP: Tehreek-i-Taliban Pakistan", "actor2": "Police Forces of Pakistan", "fatalities": 2,
          "event_date": date(2013, 11, 5)}),
        # The dead told in the next sentence are the blast's target.
        ("04/06/2014: Assailants detonated an explosives-laden vehicle near a vegetable market in Baqubah "
         "city, Diyala governorate, Iraq. At least eleven civilians were killed and 27 others were injured in "
         "the blast. No group claimed responsibility for the incident.",
         {"actor2": "Civilians (Iraq)", "fatalities": 11, "admin1": "Diyala", "event_date": date(2014, 4, 6)}),
        # Two bombers and "the blasts": one event, its toll including the bombers.
        ("02/04/2016: Two suicide bombers detonated explosives-laden vests at a market in Kolofata town, Far "
         "North region, Cameroon. Nine people, including the bombers, were killed in the blasts.",
         {"sub_event_type": "Suicide bomb", "fatalities": 9, "location": "Kolofata"}),
        # A claim names the bomber's group even where the sentence names the group whose post was hit.
        ("10/03/2015: A suicide bomber detonated an explosives-laden belt at a checkpoint manned by Popular "
         "Mobilization Forces near Tikrit city, Salah al-Din governorate, Iraq. Four militiamen and the "
         "bomber were killed in the attack. The Islamic State of Iraq and the Levant (ISIL) claimed "
         "responsibility for the incident.",
         {"actor1": "Islamic State (Iraq)", "fatalities": 5}),
        # Arson and nothing else: property destruction, not an attack on people.
        ("09/06/2016: Assailants set fire to a girls' school in Kunduz city, Kunduz province, Afghanistan. "
         "There were no reported casualties in the incident.",
         {"sub_event_type": "Looting/property destruction", "fatalities": 0}),
        # The truck a bomber drove is his weapon, not his target; the people killed are.
        ("10/14/2017: A suicide bomber detonated an explosives-laden truck at a busy intersection in Mogadishu "
         "city, Banadir region, Somalia. At least 300 people, including the bomber, were killed in the blast. "
         "Al-Shabaab was suspected of carrying out the attack.",
         {"actor1": "Al Shabaab", "actor2": "Civilians (Somalia)", "fatalities": 300}),
        # A port seized is territory taken.
        ("08/11/2020: Assailants attacked and seized the port of Mocimboa da Praia town, Cabo Delgado "
         "province, Mozambique, after clashes with soldiers. Casualties were not reported.",
         {"sub_event_type": "Non-state actor overtakes territory", "location": "Mocimboa da Praia"}),
        # Forces storming a place and killing the armed men in it fought them; the place's people are no side.
        ("06/27/2015: Security forces raided a hotel in Sousse city, Sousse governorate, Tunisia, killing the "
         "three assailants who had taken guests hostage there.",
         {"sub_event_type": "Armed clash", "actor2": "Unidentified Armed Group (Tunisia)", "fatalities": 3}),
        # A claim names who destroyed property, as it names who killed.
        ("07/03/2010: Assailants set fire to a telecommunications tower in Hangu district, Khyber Pakhtunkhwa "
         "province, Pakistan. No casualties were reported. Tehrik-i-Taliban Pakistan (TTP) claimed "
         "responsibility for the incident.",
         {"sub_event_type": "Looting/property destruction", "actor1": "TTP: Tehreek-i-Taliban Pakistan"}),
        # Every conjunct of the victims counts, "at least" included.
        ("12/18/2013: Assailants attacked a camp for displaced people in Akobo town, Jonglei state, South "
         "Sudan, killing two guards and at least 20 civilians sheltering there.",
         {"fatalities": 22, "admin1": "Jonglei"}),
    ],
)  # fmt: skip
def test_world_summaries_code_the_incident(first_event, text: str, expected: dict) -> None:
    event = first_event(text)
    assert {key: getattr(event, key) for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        # A bomb hurled is used as a grenade; a petrol bomb is no explosive.
        ("Unidentified men hurled a crude bomb at a polling centre in Murshidabad on Monday, injuring two voters.",
         "Grenade", None),
        # Protesters who assault the police demonstrate violently.
        ("Protesters armed with spears attacked police in Tamu on Monday, killing 7 policemen.",
         "Violent demonstration", None),
        # The dead are one side's own: the other side is the group the sentence also names.
        ("The military and the KNLA clashed near Myawaddy on Monday; 6 soldiers were killed.",
         "Armed clash", "KNLA: Karen National Liberation Army"),
    ],
)  # fmt: skip
def test_world_summaries_thrown_bombs_crowds_and_both_sides(first_event, text, sub_event_type, actor2) -> None:
    event = first_event(text)
    assert event.sub_event_type == sub_event_type
    if actor2 is not None:
        assert event.actor2 == actor2
