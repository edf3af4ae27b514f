"""Weapons seized or cleared with no crowd told are a disrupted weapons use, not an intervention on a
demonstration (events.classify, sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.events.classify import classify
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("families", "sentence", "agent", "target", "main", "sub"),
    [
        ({"weapons", "intervene"}, "Police confiscated 15 rifles from a bandit hideout in Zamfara.", "Police",
         "15 rifles", "intervene", "Disrupted weapons use"),
        # a crowd's placards taken stay an intervention
        ({"intervene", "protest"}, "Police confiscated placards from protesters in Harare.", "Police", "placards",
         "intervene", "Protest with intervention"),
    ],
)  # fmt: skip
def test_events_classify_weapons_no_crowd(families, sentence, agent, target, main, sub) -> None:
    assert classify(families, sentence, agent, target, main) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 8 April 2022, engineers of the Ukrainian army cleared 120 mines and unexploded shells from fields "
         "near Izium.", "Disrupted weapons use"),
        ("On 10 September 2015, coalition warplanes carried out several raids on a mountain in Sanaa.",
         "Air/drone strike"),
        ("On 3 May 2021, gunmen took a farmer from his home in Kaduna; his whereabouts are still unknown.",
         "Abduction/forced disappearance"),
        ("On 21 August 2022, Somali troops recaptured the town of Moqokori from al-Shabaab after the militants "
         "had held it for six years.", "Government regains territory"),
    ],
)  # fmt: skip
def test_events_classify_codebook_types_in_notes(pipeline, text: str, sub: str) -> None:
    (article,) = pipeline.process([Article("note", text)])
    assert article.events and article.events[0].sub_event_type == sub
