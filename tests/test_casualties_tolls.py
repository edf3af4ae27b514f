"""count_casualties on tolls told over several clauses: added victims, shares, revisions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # More victims after the object, after a place, or along with the first.
        ("Raiders killed a herder in Kainuk and two others in Lokori.", 3),
        ("Police shot dead a suspect in Kayole and two more in Dandora.", 3),
        ("Gunmen killed a trader in Wajir and wounded two others.", 1),
        ("Gunmen killed a trader in Wajir and two others were injured.", 1),
        ("The chief died at the scene together with his bodyguard.", 2),
        # A plain "with" adds the victim's own people, never the weapon.
        ("A camp worker was killed by unidentified armed men with his wife and son in Dori.", 3),
        ("A trader was killed by gunmen with machetes in the market.", 1),
        ("A man was shot dead with his own gun by robbers.", 1),
        # A toll of others adds to the verbs; a first toll that others detail does not.
        ("One herder was speared to death. FATALITIES: 2 others killed in the same raid.", 3),
        ("Eight people died in the clashes. Five were killed in Bute and three in Gurar.", 8),
        ("Militants attacked an army post near Boni, killing 3 soldiers. 2 militants were also killed.", 5),
        # The subject of the verb, not the object of the killing imputed to it.
        ("Two men suspected of killing a shopkeeper were lynched by residents in Kakamega.", 2),
        # Numbers before a noun of people are counts, even after a livestock word.
        ("Three villagers and five cattle thieves were killed in the exchange of fire.", 8),
        # Coordinated victims, each with a qualifier, before a plural verb.
        ("A sergeant with the border police and a ranger from the wildlife service were shot dead.", 2),
        ("His body and the body of a woman were found in a forest near Ngong.", 2),
        ("The body of a woman was found in a forest near Ngong.", 1),
        # Deaths denied by the authorities keep the witnesses' figure.
        ("Witnesses said 3 people were killed in the clashes, although police denied these deaths.", 3),
        # Deaths told one after another are read apart.
        ("Six officers were shot at on patrol, 2 died at the scene, 1 died later in hospital.", 3),
        # A trailing "..., after X was killed" is the cause of what the sentence reports.
        ("Youths torched ten houses in Matungu on Monday, after a rider was killed on Sunday night.", 0),
        # A cause named by "provoked by" is background; the note's own toll stands.
        ("Fighting provoked by the murder of a councillor. FATALITIES: 4 killed.", 4),
        # An attacker who kills himself after killing others counts too; a suicide alone does not.
        ("A guard shot dead two colleagues before committing suicide.", 3),
        ("Pupils protested after a classmate committed suicide in the dormitory.", 0),
        # A coder's note splitting a toll over records gives each its share.
        ("Clashes in three wards left 6 deaths (coded across 6 events) and 20 injuries.", 1),
        ("At least 8 people were killed over two days (split between 2 events).", 4),
        ("Herders attacked two villages, killing 2. Two events coded, with 1 fatality each.", 1),
        ("Two suspects were lynched in two villages; fatalities spread across two locations.", 1),
        ("Two suspects were lynched in Kiambu by residents.", 2),
    ],
)  # fmt: skip
def test_casualties_tolls_in_one_span(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A revised toll in the next sentences replaces the event's own figure.
        ("Gunmen killed three worshippers in Likoni. In the following days the death toll rose to five.", 5),
        ("A bomb killed two on a bus. Dozens were hurt. The death toll later climbed to four.", 4),
        # A coder's split told in the next sentence.
        ("Herders raided two villages, killing 2. Two events coded at Kamuwongo and Ngomeni, with 1 fatality each.", 1),
        # Not when the later sentence turns to another event, or lowers nothing.
        ("Gunmen killed three worshippers in Likoni. Elsewhere, the death toll from last week's blast rose to 30.", 3),
        ("Raiders killed two herders in Baragoi.\n\nThe death toll from the floods rose to 40.", 2),
    ],
)
def test_casualties_tolls_revised_after_the_span(text: str, fatalities: int) -> None:
    end = text.index(".") + 1
    result = count_casualties(text, 0, end)
    assert result.fatalities == fatalities, result.reason
