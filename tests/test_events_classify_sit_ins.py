"""A sit-in is a demonstration: forces storming one and killing are excessive force against protesters,
not a riot (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.events.sides import is_protester
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("phrase", "crowd"),
    [
        ("the sit-in", True),
        ("the Rabaa al-Adawiya sit-in", True),
        ("two sit-ins outside the ministry", True),
        # negatives: no demonstration named
        ("the site of the blast", False),
        ("sitting MPs", False),
        ("the Sitin family", False),
    ],
)
def test_sit_in_is_a_demonstration(phrase: str, crowd: bool) -> None:
    assert is_protester(phrase) is crowd


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 8 July 2013, soldiers stormed the sit-in outside the Republican Guard headquarters in Cairo (Cairo), "
         "killing 51 people.", "Excessive force against protesters"),
        ("On 3 June 2019, RSF fighters broke up the sit-in in Khartoum (Khartoum), killing 30.",
         "Excessive force against protesters"),
        ("On 2 March 2020, nurses staged a sit-in outside the health ministry in Kampala (Central).",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_sit_in_stormed(pipeline, text: str, sub_event_type: str) -> None:
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].sub_event_type == sub_event_type
