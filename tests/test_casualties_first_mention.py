"""count_casualties on victims told first with a definite word, and on the same victims named twice
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A definite phrase told first refers back to no death: its victims count with the others.
        ("The two soldiers were killed when their vehicle hit a mine near Kidal. A civilian was also killed.", 3),
        ("His body and the body of his driver were found on a road outside Kandahar.", 2),
        ("Mr. Hassan was shot dead outside his home in Mosul. Gunmen also killed his bodyguard.", 2),
        # A definite phrase naming the attackers or the forces, no earlier victim's side, is new dead.
        ("A man was killed when gunmen fired on marchers in Moyale. The attacker was then hacked to death.", 2),
        ("A civilian was killed in the crossfire in Kunduz. The insurgent was later shot dead by police.", 2),
        ("Gunmen killed a policeman in Kano. The officer was shot dead at a checkpoint.", 1),
        # A plural in -men names no count ("the gunmen").
        ("A civilian was killed in the crossfire. The gunmen were later shot dead by troops.", 1),
        # Told again after a first report, the same victims are not counted twice.
        ("Gunmen shot dead two soldiers in Gao. The two soldiers were on patrol.", 2),
        ("Two soldiers were killed in Gao on Monday. The soldiers died when their patrol was ambushed.", 2),
        # A death word in the victims' own phrase names victims already counted.
        ("A farmer was shot with arrows, and his corpse mutilated, by raiders in Plateau state.", 1),
        ("Gunmen killed five villagers in Zamfara. Two of the dead were beheaded.", 5),
        # The wounded who later die are counted once they die.
        ("Ten people were wounded in the blast in Herat. Three of the wounded later died in hospital.", 3),
        ("Three wounded soldiers later died in hospital in Maiduguri.", 3),
        ("A policeman was injured in the blast and later died in hospital.", 1),
        # A list of victims with a comma before "and" is one phrase.
        ("A man, a woman, and a child were killed in the air strike on Saada.", 3),
        # The one victim of a first sentence, named in the next, is the same person.
        ("Gunmen shot dead a journalist in Veracruz on Monday. Juan Perez, 45, was shot dead outside his home.", 1),
        ("Unknown gunmen killed a trader in Mosul on Friday. Ali Hassan, a father of four, was shot as he left.", 1),
        ("A policeman was killed in Kirkuk on Monday. Gunmen also shot dead Ali Hassan, a local councillor.", 2),
        ("Mr. Hassan was killed in Kirkuk on Monday. A second man, Omar Saleh, died in hospital.", 2),
    ],
)  # fmt: skip
def test_casualties_first_mention_counts(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
