"""TRIGGER_HINT, the cheap test find_mentions runs first, must hold inside every TRIGGER match, or
a sentence's deaths would go uncounted (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties.triggers import TRIGGER, TRIGGER_HINT


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four villagers near Maiduguri.",
        "Two soldiers were kiled in the ambush.",
        "The trader was murdered outside his shop in Veracruz.",
        "A mob lynched the suspect in Kisumu.",
        "Militants beheaded a hostage in Raqqa.",
        "Insurgents executed six prisoners.",
        "The governor was assassinated in Herat.",
        "Fighters massacred villagers and slaughtered cattle; nine people were slain.",
        "Police gunned down two robbers in Lagos.",
        "Two policemen were martyred in the blast in Quetta.",
        "Police shot dead a student and shot and killed a trader.",
        "The thief was stoned to death; another was speared to death.",
        "Three soldiers KIA near Kunduz, the army said.",
        "The crowd burnt the suspect alive and set him ablaze.",
        "A guard was fatally shot at the checkpoint.",
        "Troops neutralised 17 terrorists and eliminated their commander.",
        "Police shot six of the robbers dead.",
        "Two passengers died, one perished later and a third succumbed to his injuries.",
        "The death toll rose to nine; the toll later climbed to 12, bringing the toll to 14.",
        "There were three deaths and two fatalities; five bodies and a corpse were found; it claimed 12 lives.",
        "Four people were injured and two wounded; one was hurt and another maimed.",
        "He sustained serious injuries and others suffered gunshot wounds.",
    ],
)  # fmt: skip
def test_casualties_trigger_hint_inside_every_trigger(text: str) -> None:
    matches = list(TRIGGER.finditer(text))
    assert matches
    for match in matches:
        assert TRIGGER_HINT.search(text, match.start(), match.end()), match.group(0)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men after the protest in Nairobi.",
        "The executive committee met on Monday.",
        "Gunmen opened fire on a bus near Mogadishu.",
    ],
)  # fmt: skip
def test_casualties_trigger_hint_absent_without_harm(text: str) -> None:
    assert TRIGGER.search(text) is None
    assert TRIGGER_HINT.search(text) is None
