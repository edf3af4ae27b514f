"""Burning an effigy or a flag is a demonstration's symbol, no property destroyed: ACLED codes such a
protest peaceful, unless the crowd did more (road blocks, tyres set alight). Texts are our own."""

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.model import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "Party workers burnt an effigy of the chief minister outside the collectorate.",
        "Students set the effigy on fire at the university gate.",
        "Demonstrators torched the flags of France outside the embassy.",
    ],
)
def test_events_effigy_burning_is_a_protest_not_destruction(sentence: str) -> None:
    families = {cue.family for cue in find_cues(sentence)}
    assert "protest" in families and "loot" not in families


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters burned tyres and set a police post on fire.",
        "Rioters set two buses ablaze in the town centre.",
    ],
)
def test_events_property_burned_stays_destruction(sentence: str) -> None:
    assert "loot" in {cue.family for cue in find_cues(sentence)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 12 January 2022, farmers protested in Anuradhapura (North Central) against fertiliser shortages, "
         "burning an effigy of the minister. [size=hundreds]", "Peaceful protest"),
        ("On 3 March 2021, Congress workers burnt an effigy of the prime minister in Jaipur (Rajasthan) over fuel "
         "prices.", "Peaceful protest"),
        # More than the symbol: the road block makes it violent.
        ("On 3 March 2021, Congress workers burnt an effigy of the prime minister and blocked the highway in "
         "Jaipur (Rajasthan) over fuel prices.", "Violent demonstration"),
    ],
)
def test_events_effigy_protest_type(pipeline, text: str, sub_event_type: str) -> None:
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].sub_event_type == sub_event_type
