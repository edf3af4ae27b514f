"""A bomb driven or worn by a suicide bomber is a suicide bomb, as ACLED codes it, though the sentence's verb
is the blast's ("A truck bomb driven by a suicide bomber exploded"); a suicide bombing told in a clause of
its own time stays another event (events.detect, events.syntax). Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.events.detect import detect
from wirecoder.model import Sentence


def _types(nlp, text: str) -> list[str]:
    return [m.sub_event_type for m in detect(Sentence(0, len(text), text), nlp(text))]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("A fuel tanker bomb driven by a suicide bomber exploded at the gate of an army camp in Gao.", "Suicide bomb"),
        ("An explosive belt worn by a suicide attacker went off inside a wedding hall in Kabul.", "Suicide bomb"),
        ("A car bomb driven by two suicide bombers blew up outside the ministry in Mogadishu.", "Suicide bomb"),
        # the bomb's own carrier is no bomber: the blast stays a remote explosive
        ("A car bomb packed with explosives exploded outside a police station in Baghdad.", "Remote explosive/landmine/IED"),
        # an earlier suicide bombing told in passing does not type this blast
        ("A roadside bomb exploded near a patrol in Kandahar, a day after a suicide bomber killed 12 people in Kabul.",
         "Remote explosive/landmine/IED"),
    ],
)
def test_events_detect_suicide_bomber_carried(nlp, text: str, first: str) -> None:
    assert _types(nlp, text)[0] == first
