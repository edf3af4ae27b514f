"""A one- or two-letter acronym next to a word for what is left of a group names it: "the remnants of IS"
(actors.name_context)."""

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the mayor blamed the killing on the remnants of IS", "Islamic State (Iraq)"),
        ("IS remnants attacked a checkpoint", "Islamic State (Iraq)"),
        # the word alone is no acronym
        ("what is left of the village is not much", None),
    ],
)
def test_actors_name_context_remnants(coder, text, name):
    names = [a.name for _, _, a in coder.find(text, "Iraq") if a.name.startswith("Islamic State")]
    assert (names[0] if names else None) == name
