"""count_casualties and is_period_total on wire-style sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.casualties import count_casualties, is_period_total


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injuries"),
    [
        ("Gunmen killed six soldiers at a checkpoint outside Kirkuk.", 6, None),
        ("Fourteen villagers were killed when raiders struck Zamfara state.", 14, None),
        ("A dozen miners died after militia fighters stormed the site in Ituri.", 12, None),
        ("Two hundred people were killed in the assault on Bentiu, the UN said.", 200, None),
        ("At least 12 people were killed in a car bomb blast in Mogadishu.", 12, None),
        ("More than 20 protesters were shot dead by security forces in Khartoum.", 20, None),
        ("Between 10 and 15 people were killed in the clashes in Jonglei.", 10, None),
        ("Residents said 10 to 15 herders were killed near Mopti.", 10, None),
        ("Dozens of people were killed in the raid on the camp.", 12, None),
        ("Hundreds of civilians were killed in the bombardment.", 100, None),
        ("Several people were killed when police opened fire in Conakry.", 3, None),
        ("A man was killed by a mob in Kisumu.", 1, None),
        ("Soldiers opened fire on the crowd, killing a police officer.", 1, None),
        ("Unknown gunmen shot dead a trader in Maiduguri on Monday.", 1, None),
        ("A village chief was beheaded by militants in Cabo Delgado.", 1, None),
        ("A suspected thief was lynched by residents of Kibera.", 1, None),
        ("A man and his 12-year-old son were killed by assailants in Baragoi.", 2, None),
        ("Raiders killed three herders and wounded five others in Turkana.", 3, 5),
        ("Two soldiers were killed and four others injured in an IED blast in Lamu.", 2, 4),
        ("Police shot dead three attackers after a gunfight in Garissa.", 3, None),
        (
            "A suicide bomber blew himself up at a mosque in Quetta, killing five worshippers.",
            6,
            None,
        ),
        ("A suicide bomber killed five people at a checkpoint in Kabul.", 5, None),
        ("Five people were wounded when a grenade exploded in a bar in Bujumbura.", 0, 5),
        ("About 3,000 Iraqi troops were mobilised against militias in Maysan.", 0, None),
        ("Protesters blocked roads in Lagos over fuel prices. [size=no report]", 0, None),
        ("Hundreds of residents protested the killing of a student by police.", 0, None),
        ("Residents staged a protest after a boda boda rider was killed on Sunday.", 0, None),
        ("The suspect, accused of killing his wife, was arrested in Nakuru.", 0, None),
        ("Militants attacked a police post in Mandera; no one was killed.", 0, None),
        ("Clashes erupted in Tripoli but there were no reports of injuries or deaths.", 0, 0),
        ("The mob nearly lynched a pastor before police intervened.", 0, None),
        ("At least 20 (some reports say 30) people have been killed in clan clashes.", 20, None),
        ("Police said five or six gunmen were killed in the shootout.", 5, None),
        ("Vigilantes stoned two suspected robbers to death in Kisii.", 2, None),
        ("Police shot six of the robbers dead in Thika.", 6, None),
        ("Six of the guards were killed by the mob.", 6, None),
        ("Militiamen killed at least 40 villagers, the UN mission said.", 40, None),
        ("Gunmen killed a farmer, his wife and two children in Plateau state.", 4, None),
        ("Two suicide bombers blew themselves up at a market in Maiduguri, killing 9.", 11, None),
        ("An unknown number of people are feared dead after the raid in Ituri.", 10, None),
        ("Soldiers shot dead village chief Musa Adamu in Zamfara.", 1, None),
        ("Mob kills man suspected of stealing a goat", 1, None),
        ("Police said three people were killed, while residents put the toll at eight.", 3, None),
        ("Insurgents claimed they killed 30 soldiers; the army said two died.", 2, None),
        ("The death toll from Monday's blast in Kabul rose to 14.", 14, None),
        ("A body was found dumped near the market in Juba.", 1, None),
        ("Villagers said the attackers stole 200 cattle and burned 30 houses.", 0, None),
    ],
)
def test_casualties_count_sentence(sentence: str, fatalities: int, injuries: int | None) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert (result.fatalities, result.injuries) == (fatalities, injuries), result.reason


def test_casualties_count_does_not_double_count_a_repeated_victim() -> None:
    text = "A policeman was killed in Wajir on Friday. The officer was shot dead at a roadblock."
    assert count_casualties(text, 0, len(text)).fatalities == 1


def test_casualties_count_only_looks_inside_the_span() -> None:
    text = "Rebels killed nine soldiers in Beni. Separately, protesters marched in Goma."
    second = text.index("Separately")
    assert count_casualties(text, second, len(text)).fatalities == 0
    assert count_casualties(text, 0, second).fatalities == 9


def test_casualties_count_spans_point_at_the_evidence() -> None:
    text = "Troops killed four militants near Kidal."
    result = count_casualties(text, 0, len(text))
    assert result.spans and all(0 <= s < e <= len(text) for s, e in result.spans)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fourteen U.S. service members were killed in hostile incidents in June.", True),
        ("More than 300 civilians have been killed so far this year in the region.", True),
        ("Twelve soldiers were killed over the past week in attacks across the province.", True),
        ("At least 40 people have died since January in the fighting.", True),
        ("Gunmen killed six soldiers at a checkpoint on Monday.", False),
        ("A policeman was killed in June in Mosul.", False),
        ("Protesters marched in Algiers this year.", False),
    ],
)
def test_casualties_is_period_total(sentence: str, expected: bool) -> None:
    assert is_period_total(sentence, 0, len(sentence)) is expected


@given(st.text(max_size=300), st.integers(-5, 320), st.integers(-5, 320))
def test_casualties_count_never_fails(text: str, start: int, end: int) -> None:
    result = count_casualties(text, start, end)
    assert result.fatalities >= 0
    assert result.injuries is None or result.injuries >= 0
    assert all(0 <= s <= e <= len(text) for s, e in result.spans)


@given(st.integers(min_value=2, max_value=5000))
def test_casualties_count_digits_round_trip(n: int) -> None:
    text = f"Officials said {n:,} people were killed in the attack on the town."
    assert count_casualties(text, 0, len(text)).fatalities == n
