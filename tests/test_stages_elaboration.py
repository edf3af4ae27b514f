"""The sentences after an event in its paragraph refine its type (stages._elaborated)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("In Mzuzu, hundreds of traders marched to the council offices. They burned tyres and blocked the road.",
         "Violent demonstration"),
        # A denied act adds nothing: the victim's family says he was not violent.
        ("In Mzuzu, police shot dead a student during protests. \"He was not throwing stones,\" his uncle said.",
         "Excessive force against protesters"),
        # What the report denies or names only as a cause does not turn a protest violent.
        ("Hundreds of traders marched in Kisumu on Monday. No reports of violence or clashes with police.",
         "Peaceful protest"),
        ("Students marched against fee rises in Eldoret. The college was closed on Friday due to student "
         "unrest that began in November.", "Peaceful protest"),
        ("A bomb blast killed two people at a bus station in Maiduguri. Police said the bomber was a suicide "
         "bomber.", "Suicide bomb"),
    ],
)
def test_stages_elaboration_types_from_the_paragraph(pipeline, text, sub_event_type):
    (article,) = pipeline.process([Article("a", text)])
    assert article.events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        ("Rioting broke out in Kisumu after the verdict. Police intervened.", "Violent demonstration",
         "Police Forces of Kenya"),
        ("Hundreds of teachers marched through Nyeri on Monday. Police fired tear gas to disperse them.",
         "Protest with intervention", "Police Forces of Kenya"),
        ("Market traders protested at the county offices in Machakos. Some of them attacked a county officer "
         "outside the building.", "Violent demonstration", None),
        ("Hundreds of traders protested in Nakuru over new levies. Police shot dead one trader.",
         "Excessive force against protesters", "Police Forces of Kenya"),
        ("Rioters clashed with the police in Kisumu on Monday. A student was killed by gunshot in the clashes.",
         "Violent demonstration", "Police Forces of Kenya"),
        # A death by no one named at a protest, as at a riot.
        ("Hundreds of students protested in Peshawar on Tuesday over the arrest of their union leader. "
         "Two students were killed in the firing, a doctor said.", "Protest with intervention", None),
    ],
)
def test_stages_elaboration_what_happened_next_at_a_demonstration_is_one_event(pipeline, text, sub_event_type,
                                                                               actor2):
    (article,) = pipeline.process([Article("a", text)])
    assert [e.sub_event_type for e in article.events] == [sub_event_type]
    if actor2:
        assert article.events[0].actor2 == actor2


def test_stages_elaboration_a_demonstration_elsewhere_is_another_event(pipeline):
    text = "Students marched peacefully through Eldoret on Monday. In Kisumu, police fired tear gas at protesters."
    (article,) = pipeline.process([Article("a", text)])
    assert len(article.events) == 2


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Party offices were burnt in Homa Bay in protest at the nominations.", "Violent demonstration"),
        # Damage told after a blast is the blast's, not a looting of its own.
        ("A roadside bomb struck a police pickup in Garissa. Their vehicle was destroyed, an officer said.",
         "Remote explosive/landmine/IED"),
    ],
)
def test_stages_elaboration_damage_told_in_the_passive(pipeline, text, sub_event_type):
    (article,) = pipeline.process([Article("a", text)])
    assert [e.sub_event_type for e in article.events] == [sub_event_type]


def test_stages_elaboration_the_forces_answer_ends_the_attack(pipeline):
    text = ("Twelve gunmen raided a fuel depot in Thika on Sunday and wounded two guards. "
            "Police arrived and shot four of the attackers dead.")
    (article,) = pipeline.process([Article("a", text)])
    assert len(article.events) == 1 and article.events[0].fatalities == 4


def test_stages_elaboration_the_attack_told_further_is_one_event(pipeline):
    text = ("Al-Shabaab militants stormed a military base in Lower Shabelle on Saturday, killing eight soldiers.\n\n"
            "The attack on the base began with a suicide car bomb at the gate, a commander said. "
            "He said 15 militants were killed.")
    (article,) = pipeline.process([Article("a", text)])
    assert len(article.events) == 1
    assert article.events[0].actor1 == "Al Shabaab" and article.events[0].fatalities == 23


def test_stages_elaboration_an_event_that_came_after_is_another(pipeline):
    text = ("Gunmen attacked a police post in Mandera on Monday. "
            "The attack came a day after a roadside bomb killed three soldiers in Wajir.")
    (article,) = pipeline.process([Article("a", text)])
    assert len(article.events) == 2


def test_stages_elaboration_a_place_told_after_the_event_is_its_place(pipeline):
    text = ("Gunmen killed 11 people at a bar in central Mexico late on Saturday, authorities said. "
            "The attackers burst into the bar in the town of Tarimoro and opened fire on the customers.")
    (article,) = pipeline.process([Article("a", text)])
    assert len(article.events) == 1
    assert (article.events[0].location, article.events[0].admin1) == ("Tarimoro", "Guanajuato")


def test_stages_elaboration_a_landmark_is_no_finer_place(pipeline):
    text = ("Al-Shabaab militants stormed a military base in the Lower Shabelle region on Saturday.\n\n"
            "The attack on the base, about 70 km west of Mogadishu, began with a suicide car bomb at the gate.")
    (article,) = pipeline.process([Article("a", text)])
    assert len(article.events) == 1 and article.events[0].admin1 == "Lower Shabelle"


def test_stages_elaboration_a_death_at_a_protest_is_its_toll(pipeline):
    text = ("Thousands of people marched through Lagos on Monday to protest against the fuel price rise. "
            "One protester was shot dead near the governor's office.")
    (article,) = pipeline.process([Article("a", text)])
    (event,) = article.events
    assert event.event_type == "Protests" and event.fatalities == 1


def test_stages_elaboration_the_forces_answer_to_a_mob_is_the_mob_violence(pipeline):
    text = ("A mob attacked two men accused of stealing a motorcycle in Kano on Sunday. "
            "Police fired at the crowd, killing a 17-year-old boy.")
    (article,) = pipeline.process([Article("a", text)])
    (event,) = article.events
    assert (event.sub_event_type, event.fatalities, event.inter2) == ("Mob violence", 1, 7)
