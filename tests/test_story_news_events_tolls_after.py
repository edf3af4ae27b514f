"""A story's toll told after its lede: the toll of the event told rising "after two more wounded died" is that
event's, not a new one; the event's wounded who died since add to its dead, on whatever day they died; "Two more
people died in clashes in another town" still opens an event of its own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

CASES = [
    pytest.param(
        "Four people were killed when rebel shells hit a market in the town of Kadugli on Saturday, local officials "
        "said.\n\nThe shells landed near the grain stalls, where traders had gathered early in the morning, an "
        "official said.\n\nThe death toll rose to six on Sunday after two more wounded traders died in hospital, a "
        "doctor said.",
        [("Shelling/artillery/missile attack", 6)],
        id="toll_rose_after_two_more",
    ),
    pytest.param(
        "Gunmen killed three soldiers in an ambush on a patrol near the town of Mora in northern Cameroon on "
        "Monday, the army said.\n\nThe patrol was returning to its base when the attackers opened fire from the "
        "bush, a security source said.\n\nA fourth soldier who was wounded in the ambush died later at the "
        "hospital in Maroua, the source said.",
        [("Armed clash", 4)],
        id="a_fourth_wounded_died",
    ),
    pytest.param(
        "At least 20 people were injured when supporters of two rival candidates clashed with sticks and stones at a "
        "market in Sirajganj on Friday, witnesses said.\n\nThe fighting lasted for about an hour before police "
        "arrived, they said.\n\nOne of the injured, a rickshaw puller, died at a hospital in Bogura on Sunday, "
        "police said.",
        [("Mob violence", 1)],
        id="one_of_the_injured_died_days_later",
    ),
    pytest.param(
        "Gunmen shot dead a trader in the town of Kisumu on Monday, police said.\n\nThe trader was closing his "
        "shop when two men on a motorcycle opened fire, a witness said.\n\nTwo more people died in clashes "
        "between rival groups in the town of Busia on Tuesday, police said.",
        [("Attack", 1), ("Mob violence", 2)],
        id="two_more_people_died_elsewhere",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_story_news_events_tolls_after(pipeline, text: str, expected: list[tuple[str, int]]) -> None:
    [article] = pipeline.run([Article("t1", text)])
    got = sorted((e.sub_event_type, e.fatalities) for e in article.events)
    assert got == sorted(expected)


TOLL_SENTENCES = [
    pytest.param(
        "Gunmen killed at least eight villagers in an attack on a farming community near Bokkos in Plateau State on "
        "Sunday night, residents said.\n\nThe attackers came from the hills and shot at people as they fled, a "
        "resident said.\n\nThe death toll rose to 13 on Monday after residents recovered five more bodies in the "
        "bush, a local official said.",
        [("Attack", 13)],
        id="toll_sentence_with_no_event",
    ),
    pytest.param(
        "Loud explosions were heard overnight around the town of Kidal, residents said, as the army said its "
        "aircraft had struck a gathering of rebels.\n\nDozens of fighters were neutralised in the strikes, the "
        "army said in a statement.",
        [("Air/drone strike", 12)],
        id="toll_in_the_next_paragraph",
    ),
    pytest.param(
        "Gunmen killed three farmers near the village of Kauru in Kaduna state on Saturday, police said.\n\nThe "
        "farmers were working in their fields when the attackers arrived, residents said.\n\nThe death toll from "
        "floods in neighbouring Kano state rose to 30 on Sunday, officials said.",
        [("Attack", 3)],
        id="toll_of_something_else",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TOLL_SENTENCES)
def test_story_news_events_toll_sentences(pipeline, text: str, expected: list[tuple[str, int]]) -> None:
    [article] = pipeline.run([Article("t2", text)])
    got = sorted((e.sub_event_type, e.fatalities) for e in article.events)
    assert got == sorted(expected)


SIDES_AND_SPEAKERS = [
    pytest.param(
        "The bodies of three men were found on a dirt road outside the town of Tame in Arauca department on "
        "Monday, local authorities said.\n\nThe men had been shot and their hands were tied, the ombudsman said.\n\n"
        "The army said that same day that troops clashed with ELN guerrillas near the town of Fortul, killing two "
        "rebels.",
        [("Attack", 3), ("Armed clash", 2)],
        id="another_fight_between_other_sides",
    ),
    pytest.param(
        "Militants attacked an army post near the town of Boulkessi in central Mali on Sunday, killing six "
        "soldiers, the army said.\n\nThe soldiers fought back for two hours before the attackers withdrew, the army "
        "said.\n\nA local official in Mopti, who asked not to be named, said at least nine soldiers had died.",
        [("Armed clash", 6)],
        id="a_speaker_in_another_town",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SIDES_AND_SPEAKERS)
def test_story_news_events_sides_and_speakers(pipeline, text: str, expected: list[tuple[str, int]]) -> None:
    [article] = pipeline.run([Article("t3", text)])
    got = sorted((e.sub_event_type, e.fatalities) for e in article.events)
    assert got == sorted(expected)
