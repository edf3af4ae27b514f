"""A group named as a stance ("a pro-Taliban cleric", "anti-Houthi tribesmen") is not the actor, unless
the words after it are its own fighters ("pro-IS militants"); "the KIA and allied forces" are the group's
allies, not a state's forces. Phrases written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.actors import ActorCoder


def _names(coder: ActorCoder, text: str, country: str) -> list[str]:
    return [m.actor.name for m in coder.mentions(text, country)]


@pytest.mark.parametrize(
    ("text", "country", "not_named"),
    [
        ("a pro-Taliban cleric", "Afghanistan", "Taliban"),
        ("anti-Taliban fighters", "Afghanistan", "Taliban"),
        ("anti-Houthi tribesmen", "Yemen", "Military Forces of Yemen Houthi"),
        ("a pro-Hamas journalist", "Palestine", "Hamas Movement"),
        ("the KIA and allied forces", "Myanmar", "Military Forces of Myanmar"),
        ("the AA and its allied forces", "Myanmar", "Military Forces of Myanmar"),
    ],
)
def test_stance_names_no_actor(coder, text, country, not_named) -> None:
    assert not_named not in _names(coder, text, country)


@pytest.mark.parametrize(
    ("text", "country", "named"),
    [
        ("pro-IS militants", "Afghanistan", "Islamic State (Afghanistan)"),  # its own fighters
        ("Taliban fighters", "Afghanistan", "Taliban"),
        ("junta forces", "Myanmar", "Military Forces of Myanmar"),  # no ally before the forces
        ("Anti-Balaka militiamen", "Central African Republic", "Anti-Balaka"),  # a name, not a stance
    ],
)
def test_group_still_named(coder, text, country, named) -> None:
    assert named in _names(coder, text, country)
