"""count_casualties on time words that belong to another act than the death (sentences written for these
tests): "the bodies of three men abducted a week earlier were found" counts three, the abduction was
earlier; deaths themselves told as earlier stay the background."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("The bodies of three men abducted a week earlier were found in a forest near Birnin Gwari.", 3),
        ("Police found the bodies of two traders kidnapped several days before on the road to Beni.", 2),
        ("Soldiers found the body of a chief arrested the previous week by militants near Kidal.", 1),
        # The deaths themselves told as earlier: background.
        ("Residents buried two traders killed several weeks ago in Bunia.", 0),
        ("Police said the bodies of two herders killed a week earlier were found near Gusau.", 0),
    ],
)  # fmt: skip
def test_casualties_earlier_participle(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason
