"""In-article merging: follow-ups, claims and quotes fold into the event they are about; background is dropped."""

from datetime import datetime

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

STORY = (
    "A roadside bomb killed three soldiers on a patrol near Kismayo on Tuesday, a military officer said. "
    "Al Shabaab claimed responsibility for the blast in a statement on its radio station.\n\n"
    "\"The explosion threw the truck off the road,\" the officer said.\n\n"
    "The war began in 2006 when the militants seized large parts of southern Somalia."
)


@pytest.fixture(scope="module")
def events(pipeline):
    article = Article("s1", STORY, published=datetime(2021, 3, 4, 10, 0))
    (done,) = pipeline.process([article])
    return done.events


def test_stages_dedup_claim_names_the_perpetrator(events):
    (bomb,) = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bomb.actor1 == "Al Shabaab"
    assert bomb.fatalities == 3
    assert len(bomb.evidence) == 3  # the report, the claim and the quote


def test_stages_dedup_background_is_not_an_event(events):
    assert not any("2006" in e.notes for e in events)
    assert len(events) == 1


def test_stages_dedup_back_reference_continues_the_event(pipeline):
    text = ("MANDERA, Kenya - Suspected militants attacked a police post on Tuesday, killing three officers.\n\n"
            "The attackers fired rocket-propelled grenades at the post before dawn and fled toward the border.")
    (article,) = pipeline.process([Article("s2", text, published=datetime(2024, 5, 7, 10, 0))])
    (event,) = article.events
    assert event.fatalities == 3
    assert len(event.evidence) == 2


def test_stages_dedup_later_sentence_of_a_quote_retells_the_event(pipeline):
    text = ("In Kisumu, police shot dead a 19-year-old student during protests on Monday, his family said. "
            "\"He was not throwing stones. He was standing with his friends when they shot him,\" "
            "said his uncle.")
    (article,) = pipeline.process([Article("s3", text, published=datetime(2023, 3, 21, 10, 0))])
    (event,) = article.events
    assert event.fatalities == 1
    assert "Kisumu" in (event.location or "")


def test_stages_dedup_a_week_apart_are_two_events(pipeline):
    text = ("Soldiers burned more than 200 houses in villages of Myaung township last week, residents said.\n\n"
            "On Wednesday, soldiers burned houses in the village of Kani, a resident said.")
    article = Article("w1", text, published=datetime(2023, 2, 25, 9, 0))
    (done,) = pipeline.process([article])
    assert len([e for e in done.events if e.sub_event_type == done.events[0].sub_event_type]) == 2


def test_stages_dedup_a_bare_toll_in_the_next_paragraph_adds_to_the_event(pipeline):
    text = (
        "Government air strikes killed at least seven civilians in a market in Maarat al-Numan on Monday, "
        "a monitoring group said.\n\n"
        "Rescue workers said more than 40 people were wounded.\n\n"
        "In a separate attack, two people were wounded when a shell hit a bakery in Ariha."
    )
    (article,) = pipeline.process([Article("t1", text, published=datetime(2019, 7, 23, 9, 0))])
    strikes = [e for e in article.events if "Maarat" in e.notes]
    assert len(strikes) == 1 and strikes[0].injuries == 40
    assert any("bakery" in e.notes for e in article.events)  # another incident stays its own event


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        # The forces' answer to an attack that killed no one makes it a clash with them.
        ("On 3 May 2021, about 40 militants attacked a telecoms mast in Garissa. Police responded, killing three "
         "of them and arresting one.", "Armed clash", 3),
        # What the same forces did in the same operation is part of it.
        ("On 3 May 2021, police killed four gang members in a shootout in Kayole. The police seized two pistols "
         "and ammunition at the scene.", "Armed clash", 4),
        # "In the ensuing gunfight" continues the attack just told.
        ("On 3 May 2021, bandits attacked a village near Maralal. In the ensuing gunfight, two residents and one "
         "of the attackers were killed.", "Attack", 3),
        # The subject of a coordinated verb threw the bomb.
        ("On 3 May 2021, militants stormed a school in Mandera. The militants singled out the teachers and threw "
         "a grenade into their quarters, killing two.", "Attack", 2),
    ],
)
def test_stages_dedup_one_operation_is_one_event(pipeline, text, sub_event_type, fatalities):
    (article,) = pipeline.process([Article("t2", text)])
    assert len(article.events) == 1
    assert (article.events[0].sub_event_type, article.events[0].fatalities) == (sub_event_type, fatalities)


def test_stages_dedup_a_demonstration_in_listed_towns_is_one_event_a_town(pipeline):
    text = (
        "Thousands of people marched in Accra, Kumasi and Tamale on Tuesday to protest against rising fuel "
        "prices.\n\n"
        "In Tamale, protesters burned tyres and threw stones at police, who fired tear gas."
    )
    (article,) = pipeline.process([Article("t3", text, published=datetime(2022, 5, 11, 9, 0))])
    by_town = {e.location: e.sub_event_type for e in article.events}
    assert by_town == {"Accra": "Peaceful protest", "Kumasi": "Peaceful protest", "Tamale": "Violent demonstration"}
    assert len({e.event_id for e in article.events}) == len(article.events)


def test_stages_dedup_a_toll_set_in_the_fight_just_told_folds_into_it(pipeline):
    text = (
        "Troops killed six Abu Sayyaf militants in a gunbattle near Patikul on Wednesday, the army said.\n\n"
        "Three soldiers were wounded in the two-hour firefight, an army spokesman said.\n\n"
        "The Islamic State-linked group, known for kidnappings, seized two fishermen off Sabah in March."
    )
    (article,) = pipeline.process([Article("t4", text, published=datetime(2021, 6, 10, 9, 0))])
    clash = next(e for e in article.events if e.sub_event_type == "Armed clash")
    assert (clash.fatalities, clash.injuries) == (6, 3)
    assert all("firefight" not in e.notes for e in article.events if e is not clash)


def test_stages_dedup_a_speaker_on_the_event_just_told_adds_no_event(pipeline):
    text = (
        "Government artillery shelled rebel positions near Kafr Nabl on Monday, killing four fighters, a "
        "monitor said.\n\n"
        "Damascus said the shelling was a response to rebel rocket fire on the town of Suqaylabiyah."
    )
    (article,) = pipeline.process([Article("t5", text, published=datetime(2019, 5, 7, 9, 0))])
    assert [e.sub_event_type for e in article.events].count("Shelling/artillery/missile attack") == 1


@pytest.mark.parametrize(
    "text",
    [
        ("Eight people were killed in an attack on a village in Borno state on Sunday. "
         "Boko Haram fighters raided the village at dawn, residents said."),
        ("Nine people were killed and six wounded in fighting between herders and farmers in Benue state on "
         "Monday. The clashes between Fulani herders and Tiv farmers broke out over grazing land."),
    ],
)  # fmt: skip
def test_stages_dedup_a_toll_by_no_one_named_is_the_event_the_next_sentence_names(pipeline, text):
    (article,) = pipeline.process([Article("u1", text, published=datetime(2024, 5, 7, 10, 0))])
    (event,) = article.events
    assert event.fatalities in (8, 9)
    assert len(event.evidence) == 2
