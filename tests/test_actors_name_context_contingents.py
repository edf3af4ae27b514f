"""A state's troops told as serving in a mission ("Ethiopian troops serving with AMISOM") are the mission's
contingent: ACLED codes the mission (wirecoder.actors.name_context.absorb_contingents). Phrases written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country, first", [
    ("Ethiopian troops serving with AMISOM killed nine militants near Halgan.", "Somalia",
     "AMISOM: African Union Mission in Somalia"),
    ("Pakistani peacekeepers, part of MONUSCO, killed four ADF rebels near Beni.", "Democratic Republic of Congo",
     "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
    # troops beside a mission, not in it, stay their state's
    ("Ethiopian troops and AMISOM forces clashed with Al Shabaab near Halgan.", "Somalia", "Military Forces of Ethiopia"),
    ("Ethiopian troops killed nine militants near Halgan.", "Somalia", "Military Forces of Ethiopia"),
])
def test_actors_name_context_contingent_is_its_mission(coder, text, country, first):
    assert coder.mentions(text, country)[0].actor.name == first
