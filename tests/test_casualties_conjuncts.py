"""phrase_count and count_casualties on lists of victims with names and ages (sentences written
for these tests): an age is no count, each name in a list of names is one person, a name beside a
figure or after an unnamed person is not another victim."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties
from wirecoder.casualties.conjuncts import phrase_count


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injuries"),
    [
        # Ages in brackets (South Asian copy) and between commas (US and British copy).
        ("A youth, Ramesh Kumar (18), was shot dead in Gaya. His friend Suresh (22) was injured.", 1, 1),
        ("Arjun Singh (19) and Vikram Rao (24) were injured in the firing at Ludhiana.", 0, 2),
        ("John Smith, 34, and Mary Jones, 29, were shot dead outside their home in Ohio.", 2, None),
        ("Gunmen shot dead Pedro Alvarez, 41, and his wife Lucia, 38, in Sinaloa on Sunday.", 2, None),
        ("Gunmen shot dead Pedro Alvarez, 41", 1, None),
        # A figure after a place or a comma is still the victims.
        ("Militia fought rebels near Beni in North Kivu, 15 killed in the village of Mbau.", 15, None),
        ("Six officers were shot at on patrol, 2 died at the scene, 1 died later in hospital.", 3, None),
        # Each name in a list of names is one person.
        ("Omar Haddad, Samir Khoury and Nabil Aziz were killed in the strike on Tyre.", 3, None),
        ("Police shot dead Peter Mwangi and James Otieno in Kayole.", 2, None),
        # A name after an unnamed person, or before a role, is that person's.
        ("The bodies of a district officer, Ali Warsame, and another man were found in Baidoa.", 2, None),
        ("Mr. Jonas ole Sankale, the manager of a ranch near Narok, died on the spot.", 1, None),
    ],
)  # fmt: skip
def test_casualties_conjuncts_ages_and_names(sentence: str, fatalities: int, injuries: int | None) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert (result.fatalities, result.injuries) == (fatalities, injuries), result.reason


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("John Smith, 34, and Mary Jones", 2),
        ("Arjun Singh (19) and Vikram Rao (24)", 2),
        ("two herders and a child", 3),
        ("Lagos State, 12 people", 12),
    ],
)
def test_casualties_conjuncts_phrase_count(phrase: str, count: int) -> None:
    assert phrase_count(phrase, left=True)[0] == count
