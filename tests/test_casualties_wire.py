"""count_casualties on wire-copy sentences from many countries (written for these tests).

The conventions are ACLED's: the lowest credible figure, attackers' deaths counted, the
wounded left out, the deaths of the fighting that brought an event about counted with it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.casualties import count_casualties, is_period_total

_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """English words for 0 <= n < 1000 ("one hundred and twenty-one"), written for these tests."""
    if n < 20:
        return (_UNITS + _TEENS)[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    return f"{_UNITS[hundreds]} hundred" + (f" and {_words(rest)}" if rest else "")


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # Compound number words are one count, not a range.
        ("Twenty-one people were killed when gunmen raided a village in Plateau state.", 21),
        ("Gunmen killed twenty-one villagers in Zamfara.", 21),
        ("Forty-two people died in the bombing of a hotel in Mogadishu.", 42),
        ("One hundred and twelve people were killed in the clashes in Darfur.", 112),
        ("Two dozen soldiers were killed in the ambush near Ansongo.", 24),
        # Ranges give the lowest figure.
        ("Between 5 and 7 people were killed in clashes in Jos.", 5),
        ("Between five and seven soldiers died in the ambush near Menaka.", 5),
        ("Five to seven civilians were killed in air strikes on Idlib.", 5),
        ("Security forces killed between 20 and 30 protesters in Khartoum.", 20),
        ("Medics said 8-10 people died in the shelling of Donetsk.", 8),
    ],
)  # fmt: skip
def test_casualties_wire_number_words_and_ranges(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Federal police said they had retaken the old city district after heavy fighting overnight "
         "in which 12 militants were killed.", 12),
        ("Government troops recaptured the eastern outskirts of Marib after clashes in which 30 Houthi "
         "fighters died.", 30),
        ("After fierce fighting in which nine soldiers were killed, the army withdrew from the town.", 9),
        ("The army regained control of the village following a gun battle during which 14 insurgents "
         "were killed.", 14),
        ("The army pulled out of Kidal after clashes that killed 12 soldiers.", 12),
        ("Rebels seized the town after a battle in which dozens of soldiers died.", 12),
        ("Troops were ambushed near Gao in an attack in which seven soldiers were killed.", 7),
        ("Insurgents took control of Palma after a three-day assault in which dozens of people were killed.", 12),
        ("Militants seized the district after a raid during which nine policemen died.", 9),
        # A main clause that reacts to the fighting: its deaths belong to another event.
        ("Residents protested in Kirkuk after clashes in which 12 people were killed.", 0),
        ("Police arrested five men after a gunfight in which a policeman was killed.", 0),
        ("Authorities imposed a curfew in Jos after clashes that killed 12 people.", 0),
        ("Police arrested 20 suspects in connection with an attack on a bus which killed four people.", 0),
    ],
)  # fmt: skip
def test_casualties_wire_fighting_in_which(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # "that" before a verb is the relative pronoun of the event's own deaths.
        ("Security forces fired on protesters in Khartoum in an attack that killed five people.", 5),
        ("A car bomb that killed 12 people in Mogadishu was claimed by al-Shabaab.", 12),
        ("Residents protested over that killing of a trader in Lahore.", 0),
        # A relative clause on what someone is accused of or arrested over.
        ("Residents lynched a man accused of taking part in a raid in which a herder was killed.", 1),
        ("Police shot dead a man wanted over a robbery in which two guards were killed.", 1),
        ("A student suspected of joining a raid that killed six at a school was stoned to death.", 1),
        # ACLED codes each place and day apart: victims told with the verb left out, somewhere
        # else, belong to another event.
        ("One protester was killed in Baghdad and another in Nasiriya.", 1),
        ("Three people died in Aleppo and two more in Idlib.", 3),
        ("Sixteen people were killed on Saturday and seven on Sunday in Jonglei.", 16),
        ("One policeman was shot dead and another was wounded in Peshawar.", 1),
        ("Two soldiers were killed and two others in critical condition after the blast.", 2),
        ("A trader was shot dead in Culiacan and another abducted.", 1),
        # A leader named by what he heads.
        ("Gunmen killed a village head and his two sons in Zamfara.", 3),
    ],
)  # fmt: skip
def test_casualties_wire_relative_and_gapped_clauses(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # Military euphemisms count for people, never for things.
        ("Troops neutralised 17 terrorists in an operation near Bama.", 17),
        ("Five militants were neutralised during a clearance operation in the forest.", 5),
        ("Security forces eliminated five militants in North Waziristan.", 5),
        ("Troops neutralised an IED on the road to Gao.", 0),
        ("The operation eliminated the threat to the town.", 0),
        # Reported speech shifts the tense, not the time of the killing.
        ("The army said it had killed 23 Boko Haram fighters in Borno.", 23),
        ("The Taliban said their fighters had killed 12 policemen in Ghazni.", 12),
        ("Police said the man had killed his wife in a quarrel last year.", 0),
        # A share after the count details it; "N of them" alone is the victims.
        ("Attackers killed 25 people, 19 of them women and children, in Ituri.", 25),
        ("Twenty people were killed, most of them civilians, in the shelling.", 20),
        ("Police returned fire and killed two of them near the border.", 2),
    ],
)  # fmt: skip
def test_casualties_wire_euphemisms_speech_and_shares(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A revised toll replaces the first figure, with or without "death".
        ("A truck bomb killed 20 people in Mogadishu. Officials later said the toll had risen to 25.", 25),
        ("Seven people were killed in the attack on the market. The toll later climbed to 12.", 12),
        ("The death toll from Friday's bombing in Mogadishu rose to 31, officials said.", 31),
        ("A suicide bomber struck a rally in Bajaur, bringing the death toll to 54, officials said.", 54),
        # A casualty toll counts the wounded too; a toll of a war is no count.
        ("Seven people were killed. The casualty toll climbed to 9 including the wounded.", 7),
        ("The war has taken a heavy toll on civilians, and the toll rose sharply in May.", 0),
        # Another source's figure for the same deaths: the lowest stands.
        ("At least 10 people were killed in the attack on the village, police said. Other sources put "
         "the toll at 15.", 10),
        ("Officials said 40 people died in the air strikes on Saada. Other reports said 60 were killed.", 40),
    ],
)  # fmt: skip
def test_casualties_wire_revised_and_other_reports(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Reported speech of counted victims: the tense shifts, the killing is this event's.
        ("Police said 15 people had been killed in the attack on the village.", 15),
        ("Officials said at least nine soldiers had been killed and 14 wounded.", 9),
        ("The military said 30 militants had died in the clashes.", 30),
        # A total brought to or put at a figure.
        ("Two people died of their injuries in hospital, bringing the toll to seven.", 7),
        ("At least 50 people were killed in the attack, according to a local official, while the UN "
         "put the toll at 30.", 30),
        # A running total over a period is not this event's toll.
        ("A roadside bomb killed three soldiers on Monday, bringing to 40 the number of troops killed "
         "this month.", 3),
        ("A roadside bomb killed three soldiers, bringing the death toll from the week's fighting to 40.", 3),
        ("Four civilians were killed, adding to the more than 300 killed since the uprising began.", 4),
        ("Shelling killed two children in Idlib, adding to some 60 civilians killed in the offensive.", 2),
        # A title and a name are one person.
        ("Mr. Ahmed and his bodyguard were killed when gunmen opened fire on their car.", 2),
        ("Sheikh Abdi Nur and two of his guards were shot dead outside a mosque in Beledweyne.", 3),
    ],
)  # fmt: skip
def test_casualties_wire_reported_totals_and_names(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


def test_casualties_wire_revised_toll_in_the_next_paragraph() -> None:
    text = (
        "A car bomb exploded outside a police station in Kirkuk on Monday, killing 12 people, officials said.\n\n"
        "Health officials later said the death toll had risen to 19.\n\n"
        "Separately, gunmen killed two soldiers in Diyala."
    )
    first_end = text.index("\n\n")
    assert count_casualties(text, 0, first_end).fatalities == 19


def test_casualties_wire_speech_with_a_day_keeps_the_killing() -> None:
    text = "The Taliban said on Friday that its fighters had killed three Islamic State militants in a raid."
    assert count_casualties(text, 0, len(text)).fatalities == 3


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # Parts that add up to the first figure in its sentence detail it.
        ("Six soldiers were killed in the attack, four were killed in the raid on the camp while two "
         "other soldiers were killed in an ambush.", 6),
        ("Four people were killed, two were shot dead and two others were hacked to death.", 4),
        # Different victims add up even when the sums happen to agree.
        ("Two civilians were killed, one soldier died and one militant was shot dead.", 4),
        # "and one more" after another verb belongs to that verb.
        ("Gunmen killed two people and police shot dead one gunman and one more attacker.", 4),
        # A death that the event responds to is background.
        ("Youths rioted in Kano in the response to the deaths of several traders.", 0),
        ("Protesters blocked roads in Mosul in reaction to the killing of two students.", 0),
    ],
)  # fmt: skip
def test_casualties_wire_details_and_sums(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@given(st.integers(min_value=2, max_value=999), st.booleans())
def test_casualties_wire_number_words_round_trip(n: int, active: bool) -> None:
    words = _words(n)
    text = f"Gunmen killed {words} villagers in the raid." if active else f"{words.capitalize()} people were killed."
    assert count_casualties(text, 0, len(text)).fatalities == n


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Half a dozen soldiers were killed in the ambush near Ansongo.", 6),
        ("The attack killed 1,200 people, the UN said.", 1200),
        ("A couple of soldiers were killed at the checkpoint.", 2),
        ("An elderly couple was hacked to death in their home.", 2),
        ("Gunmen shot dead a couple in their home in Juarez.", 2),
    ],
)  # fmt: skip
def test_casualties_wire_quantities(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The conflict has killed an estimated 500,000 people.", True),
        ("Boko Haram's insurgency has killed more than 30,000 people.", True),
        ("The campaign against the group has left 200 militants dead, the army said.", True),
        ("Fighting has killed at least 12 people in the town, officials said.", False),
    ],
)
def test_casualties_wire_conflict_tolls_are_period_totals(sentence: str, expected: bool) -> None:
    assert is_period_total(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # ", and" ends a verb's object: what follows is the subject of its own clause.
        ("Troops killed six militants, and two soldiers were killed in the fighting.", 8),
        ("Gunmen killed a trader in Herat, and his son was wounded.", 1),
        ("Police arrested two men, and a woman was shot dead in the raid.", 1),
        ("Gunmen stormed the church, and at least 22 worshippers were killed.", 22),
        ("A trader, his wife, and their son were killed in the strike.", 3),
        ("The bodies of a local official, Ali Hassan, and another man were found in a ditch.", 2),
        # A death listed with other grievances after a motive cue is the protest's background.
        ("Protesters rallied in Lagos over fuel prices and the killing of a student by police.", 0),
        ("Thousands marched against corruption and the deaths of 12 protesters last week.", 0),
        ("Gunmen attacked the village over land and killed five people.", 5),
        # An earlier death a few words on; not the earlier deed of the victim.
        ("Another suspected thief was killed by a mob in a nearby village of the same district two days "
         "earlier.", 0),
        ("A mob in Kano killed a suspected robber who had broken into a house the previous week.", 1),
    ],
)  # fmt: skip
def test_casualties_wire_clauses_and_motives(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # The object of "<verb> ... to death" is a person, named or counted before "them".
        ("Residents of a village near Gulu beat up and burnt to death a suspected thief.", 1),
        ("Residents burnt 28-year-old Okello James to death for stealing a goat.", 1),
        ("A mob caught three thieves in Kisii and stoned them to death.", 3),
        ("Villagers beat up two suspects and burnt them to death.", 2),
        # An irregular participle ends the victim phrase.
        ("Mob kills man caught stealing a motorbike", 1),
        # A full stop after a month's name ends the sentence: the next figure is a count.
        ("Troops were accused of shelling villages near the border in August. 71 killed.", 71),
        ("On Aug. 3 gunmen killed 5 people in Bunia.", 5),
    ],
)  # fmt: skip
def test_casualties_wire_objects_and_dates(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # "was reported that ..." is no passive of the killing that follows.
        ("It was reported that police killed two protesters during the riots in Conakry.", 2),
        ("Two men were reportedly killed by police in Abidjan.", 2),
        # A full stop with its space dropped still ends the sentence.
        ("Clashes broke out in retaliation for earlier violence in the area.Three people died in the "
         "clash, including two children.", 3),
        ("Officials at the U.S. Embassy said two Americans were killed.", 2),
    ],
)  # fmt: skip
def test_casualties_wire_clause_edges(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        # Deaths that are no violence, or the background of another event.
        ("The man was arrested because his truck allegedly hit and killed a pedestrian.", 0, None),
        ("Drivers protested after a colleague collapsed and died in a police cell in Kampala.", 0, None),
        ("Colleagues of a man beheaded by militants protested in Pemba.", 0, None),
        ("Relatives of the victims killed in the raid demanded justice in Bamako.", 0, None),
        ("Police shot dead the son of a local trader in Lahore.", 1, None),
        ("A family of five was killed in the air strike on Rafah.", 5, None),
        # Not known whether anyone died.
        ("Militants attacked a police post in Gedo; whether anyone was killed or injured is not yet clear.", 0, None),
    ],
)  # fmt: skip
def test_casualties_wire_no_violence_or_unknown(text: str, fatalities: int, injuries: int | None) -> None:
    result = count_casualties(text, 0, len(text))
    assert (result.fatalities, result.injuries) == (fatalities, injuries), result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands protested in Khartoum against the military, which has killed more than 100 "
        "protesters since the coup.",
        "Protesters marched to mark the anniversary of the massacre in which 50 people were killed.",
        "Mourners gathered for the funeral of the three soldiers killed on Sunday.",
        "Protesters burned tyres in Port-au-Prince to denounce the killing of six police officers by gangs.",
        "Police fired tear gas at mourners at the burial of a student shot dead by police on Friday.",
    ],
)
def test_casualties_wire_protest_backgrounds_count_nothing(sentence: str) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == 0, result.reason


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("At least 12 people have been killed since Monday in clashes in Tripoli.", 12),
        ("Two people have been killed in the last week in a land dispute near Gulu.", 2),
    ],
)
def test_casualties_wire_a_few_days_toll_still_counts(sentence: str, fatalities: int) -> None:
    assert count_casualties(sentence, 0, len(sentence)).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A share of the dead: the whole is the toll; a share of others the victims.
        ("Five of the seven people killed were children.", 7),
        ("Five of the seven hostages were killed.", 5),
        # "The dead included ...": the victims, a detail when counted before.
        ("The dead included four women and three children.", 7),
        ("Six people were killed in Gao. The dead included two soldiers.", 6),
    ],
)
def test_casualties_wire_shares_of_the_dead(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten people were killed or wounded in the attack on the market in Maiduguri.",
        "At least 30 people were killed or injured when a bomb exploded in Kabul.",
    ],
)
def test_casualties_wire_killed_or_wounded_is_no_death_count(sentence: str) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert (result.fatalities, result.injuries) == (0, None), result.reason
