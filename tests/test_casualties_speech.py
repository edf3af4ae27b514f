"""Reported speech: the speaker of a toll is never its victim, and the toll keeps its own subject."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("The Syrian Observatory for Human Rights said 23 fighters on both sides were killed.", 23),
        ("The monitor, based in Britain, said 14 people in the village were killed.", 14),
        ("A spokesman told reporters that a soldier was killed at the checkpoint.", 1),
        ("Police said a trader was shot dead in Kisumu.", 1),
        ("Two people were reported killed in the raid.", 2),
    ],
)
def test_casualties_speech_the_speaker_is_no_victim(sentence: str, deaths: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == deaths
