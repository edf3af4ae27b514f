"""A war's daily tallies are no events: air defences' count of a night's volley belongs to the strikes it counts
(an interception told with harm or damage done is not a tally), and a day's count of clashes along a whole
front is many battles (one place's count is that place's battle)."""

import pytest

from wirecoder.events.generic import generic_reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's air force said air defences destroyed 11 of the 13 Shahed drones launched at the country overnight.",
        "The military said it shot down 20 out of 25 missiles fired at the capital region.",
        "Russia's Defense Ministry said air defenses downed 337 Ukrainian drones over ten regions overnight.",
    ],
)
def test_a_count_of_weapons_intercepted_is_a_tally(sentence):
    assert generic_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defences shot down 11 of 13 drones, but debris hit a house in Bucha, wounding two people.",
        "Air defences shot down six drones over Kyiv overnight, the city administration said.",
        "Troops destroyed two of the militants' vehicles near Kidal on Monday.",
    ],
)
def test_an_interception_with_harm_or_one_place_is_no_tally(sentence):
    assert generic_reason(sentence) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Air defences shot down 11 of 13 drones over Kyiv on 2 May 2024, but debris hit a house in Bucha, wounding "
         "two people.", "Air/drone strike"),
        ("Air defences shot down six drones over Kyiv on 2 May 2024, the city administration said.",
         "Disrupted weapons use"),
        ("Soldiers defused an IED in Kismayo on 2 May 2024; no one was injured.", "Disrupted weapons use"),
    ],
)
def test_an_interception_that_hurt_people_is_the_strike(pipeline, text, sub):
    from wirecoder.model import Article

    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].sub_event_type == sub


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("The General Staff reported 112 combat clashes along the front line over the past day.", True),
        ("There were 95 combat engagements across the entire front over the past 24 hours, the army said.", True),
        ("Troops repelled 40 assaults near Bakhmut over the past day, the army said.", False),  # one place's battle
    ],
)
def test_a_days_count_along_the_whole_front_is_a_tally(sentence, tally):
    assert (generic_reason(sentence) is not None) == tally
