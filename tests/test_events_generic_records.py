"""A war's toll told in the passive, a movement's reach, a group's past record, surrenders counted since a
month and a month among the deadliest describe no incident; the same words told of one incident stand."""

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 20,000 people have been killed and over two million displaced, according to NGO estimates.",
        "Tens of thousands of civilians have been killed in the war, the UN says.",
        "Protests have spread to dozens of campuses since students set up tents last week.",
        "They have since spread to more than 80 cities.",
        "The militant group has carried out attacks on security forces in the province in the past.",
        "The army said 42 rebels had surrendered in the province since January.",
        # a month's toll measured against others
        "More than 80 soldiers were killed in March, one of the deadliest months for the force this year.",
    ],
)
def test_records_and_tolls_over_time_are_generic(sentence):
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people have been killed in the attack on the market, police said.",
        "Twelve NPA rebels surrendered to the army in Catarman on Monday.",
        "Al Shabaab carried out an attack on a base in Baidoa on Monday, killing five.",
        "The protest spread to Kisumu and Nakuru on Tuesday.",
    ],
)
def test_one_incident_is_not_generic(sentence):
    assert generic_reason(sentence) is None
