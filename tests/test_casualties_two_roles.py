"""One person told with two roles counts once ("a social leader and member of the community action board");
a second conjunct with its own article, a figure or a person word is another victim. Our own sentences."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("On 5 March 2024, gunmen shot and killed a social leader and member of the community action board in "
         "Tumaco (Narino).", 1),
        ("Gunmen killed a journalist and human rights defender in Tumaco.", 1),
        ("Unidentified men shot dead an indigenous leader and president of the village council in Toribio.", 1),
        # two people
        ("Gunmen killed a teacher and a student in Tumaco.", 2),
        ("Gunmen killed a man and woman in Tumaco.", 2),
        ("Gunmen killed a man and his son in Tumaco.", 2),
        ("Gunmen killed a soldier and two members of the militia in Tumaco.", 3),
    ],
)  # fmt: skip
def test_casualties_two_roles(sentence: str, fatalities: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == fatalities
