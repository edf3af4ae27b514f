"""count_casualties on captives found dead: the abducted count gives the dead a later sentence names
without a figure (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Gunmen abducted three engineers in Kirkuk on Monday. Their bodies were found on Wednesday.", 3),
        ("Gunmen abducted three engineers in Kirkuk. The bodies of the kidnapped engineers were found on Friday.", 3),
        ("Gunmen abducted three policemen in Zamfara. The kidnapped policemen were later found dead.", 3),
        ("Two women were kidnapped from a bus near Kirkuk. Their bodies were dumped on a highway.", 2),
        # The killing told first adds to the captives found dead.
        ("Raiders attacked a police post, killing an officer and abducting two others. Later the captured "
         "policemen were found dead.", 3),
        # After an abduction, "the victims" are its captives.
        ("Gunmen abducted two teachers near Tunceli. The victims were found dead two days later.", 2),
        ("Gunmen abducted two teachers near Tunceli. The victims were released two days later.", 0),
        # Captives named, but not as dead, or the dead named as others.
        ("Gunmen abducted three engineers in Kirkuk on Monday. Their families appealed for their release.", 0),
        ("Bandits kidnapped 20 students in Kaduna; the missing students' parents protested.", 0),
        ("Gunmen killed a guard and abducted three engineers in Kirkuk. Police said the guard's body was found.", 1),
        ("Gunmen abducted two nurses in Rann. The kidnapped engineers were found dead in Bama.", 0),
    ],
)  # fmt: skip
def test_casualties_captives_found_dead(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
