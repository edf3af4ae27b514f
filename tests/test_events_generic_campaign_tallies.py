"""Sentences that tell a campaign, a state of affairs or a record, not an incident: a toll over an occupation or a
war, a tally between two months, ground taken or a blockade held since a month, bodies exhumed since, a group's
history of attacks, and crimes that 'have also soared'. The same words told of one day stay events."""

from __future__ import annotations

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize("sentence", [
    "More than 300 civilians were killed in Irpin during the occupation, the mayor said.",
    "Tens of thousands died during the civil war, according to a truth commission.",
    "Some 1,900 people were murdered in the state between January and August, official data show.",
    "Troops backed by local militias have recaptured more than 30 villages in Hiran since last September.",
    "Gang members have blockaded the main road to the port since mid-October, halting fuel deliveries.",
    "Forensic teams have exhumed more than 400 bodies in the region since the withdrawal of Russian forces.",
    "The group has a long history of kidnappings and attacks on pipelines.",
    "Extortion and kidnappings have also soared in the capital.",
    "The hospital has received more than 900 wounded since fighting in the city escalated in April.",
    "Russia launched 30 drones overnight at four regions, and air defences shot down 22 of them.",
])
def test_events_generic_campaign_is_no_incident(sentence: str) -> None:
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Two soldiers were killed during the war on Monday, when a drone hit their trench near Kupiansk.",
    "Four attackers were killed during the siege, and police are holding five others for questioning.",
    "Gunmen killed five villagers during the night in Zamfara, police said.",
    "Protesters have blockaded the highway since Monday, demanding the governor's resignation.",
    "Rescuers have recovered 12 bodies from the rubble since Tuesday.",
    "Leaders agreed a ceasefire, ordering the rebels to leave areas they have captured since October.",
    "A soldier was killed during war games at the range near Kaduna.",
    "The hospital has treated 40 wounded since the blast, a doctor said.",
    "Air defences shot down 22 of them, but debris hit a house in Bucha, wounding two.",
])
def test_events_generic_one_incident_stays(sentence: str) -> None:
    assert generic_reason(sentence) is None
