"""A coder's or analyst's other word for a development type ("Interception: ...", "Arson: ...") types the
note it opens as the usual prefix does (events.prefixes; sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.events.prefixes import prefixed_sub_event_type


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        ("Interception: air defences shot down four drones over Dnipro.", "Disrupted weapons use"),
        ("Demining: engineers cleared a field of mines near Sirte.", "Disrupted weapons use"),
        ("Troop movements: armoured columns moved towards Goma.", "Change to group/activity"),
        ("Defection: a commander and 40 fighters left the militia in Kalehe.", "Change to group/activity"),
        ("Arson: unknown people burned a polling station in Tillaberi.", "Looting/property destruction"),
        ("Detentions: police held six students overnight in Kampala.", "Arrests"),
        ("Prisoner exchange: the two sides swapped 90 captives.", "Agreement"),
        ("Handover: rebels left the town to the army under the accord.", "Non-violent transfer of territory"),
        # a word for no development stays unprefixed
        ("Interview: a commander described the fighting.", None),
    ],
)  # fmt: skip
def test_events_prefixes_other_names(sentence: str, sub_event_type: str | None) -> None:
    assert prefixed_sub_event_type(sentence) == sub_event_type
