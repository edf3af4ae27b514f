"""count_casualties on victims named by a generic word and then listed after a comma (sentences written
for these tests): "three people, a woman and her two children" names three, not six; lists of groups
each of their own add up."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Gunmen killed three members of the same family, a father and his two sons, in Bassa.", 3),
        ("Militiamen shot dead three people, a woman and her two children, near Bunia.", 3),
        ("Raiders killed two villagers, a teacher and a nurse, in Djugu.", 2),
        ("Shelling killed four relatives, a grandmother, her son and two grandchildren, in Kansafra.", 4),
        # Groups of their own add up, whatever their figures.
        ("Insurgents killed five soldiers, two policemen and three civilians in Kukawa.", 10),
        ("Gunmen killed two civilians, a soldier and a policeman at the market in Bambari.", 4),
        ("Bandits killed two men, a woman and a child near Gusau.", 4),
        ("Gunmen killed four people, including a woman and two children, in Ndele.", 4),
    ],
)  # fmt: skip
def test_casualties_appositive_list(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason
