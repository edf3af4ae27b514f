"""What a story's body tells apart from its lede: "The attack came a day after ..." tells background;
a lede that counts several attacks is their sum, not an event; a claim names the unknown attacker; an arrest
the attack led to, told "hours later", does not make the attack another one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.model import Article, Event, Evidence
from wirecoder.retelling import counts_several
from wirecoder.story import _CAME_APART, _goes_on

PUBLISHED = datetime(2024, 5, 15, 9, 0)  # a Wednesday


def _run(pipeline, text: str) -> list:
    [article] = pipeline.run([Article("s1", text, published=PUBLISHED)])
    return sorted(article.events, key=lambda e: e.evidence_start)


@pytest.mark.parametrize(("sentence", "apart"), [
    ("The attack came a day after suspected militants burned a primary school in Dadaab.", True),
    ("The ambush came two days after gunmen killed a chief near Moyale.", True),
    # hours apart is the same day's news, told here first: an event of the story
    ("This strike follows hours after a drone hit a fuel depot in Erbil.", False),
    ("The release came hours after a motorcycle bomb blew up near a police van in Khar.", False),
    ("The raid came just hours before a curfew took effect in Gao.", False),
    ("The ambush came barely a week after a bomb killed two soldiers near Gao.", True),
    ("The attack came after weeks of tension between the two clans.", False),
    ("The soldiers came under fire a day after arriving in the town.", False),
])
def test_story_came_apart_reads_the_subject_as_told(sentence: str, apart: bool) -> None:
    assert (_CAME_APART.match(sentence) is not None) is apart


@pytest.mark.parametrize(("sentence", "several"), [
    ("Gunmen killed at least nine people in three separate attacks in central Mali since Friday.", True),
    ("Russian strikes killed five civilians across Ukraine over the past day, officials said.", True),
    ("Jihadists killed 20 people in a series of raids on villages in Tillaberi.", True),
    ("Gunmen killed nine people in an attack on a village near Bandiagara on Friday.", False),
    ("Troops killed six militants in two days of fighting near Gao.", False),
    ("The army said it had neutralised 30 terrorists in air and ground operations across Borno.", True),
    ("The army said troops killed four militants in an operation in the forest near Gwoza.", False),
    # the sentence's own event, one of a run told as background
    ("Four soldiers died when their truck hit a mine near Mandera, the latest in a string of attacks.", False),
    ("It was the third in a series of raids on the camp this year.", False),
])
def test_story_counts_several_events_in_a_lede(sentence: str, several: bool) -> None:
    assert counts_several(sentence) is several


@pytest.mark.slow
def test_story_came_apart_is_background(pipeline) -> None:
    text = ("Four police officers were killed on Tuesday when their truck struck a roadside bomb near Wajir, "
            "police said.\n\nThe officers were on patrol along the border road, a commander said.\n\n"
            "The attack came a day after suspected militants burned a primary school in Dadaab.")
    events = _run(pipeline, text)
    assert [(e.location, e.event_date) for e in events] == [("Wajir", date(2024, 5, 14))]


@pytest.mark.slow
def test_story_lede_summing_up_attacks_is_no_event(pipeline) -> None:
    text = ("Gunmen killed at least nine people in three separate attacks in central Mali since Friday, officials "
            "said.\n\nThe deadliest attack targeted a village near Bandiagara on Friday, where six people were shot "
            "dead.\n\nOn Saturday, a roadside bomb killed two soldiers near Sevare.\n\nOn Sunday, gunmen shot dead "
            "a trader in Djenne, a relative said.")
    events = _run(pipeline, text)
    assert sorted(e.fatalities for e in events) == [1, 2, 6]


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "actor1"), [
    ("The Pakistani Taliban said it had carried out the attack.", "TTP: Tehreek-i-Taliban Pakistan"),
    ("Police later shot dead two of the attackers in a nearby orchard.", "Unidentified Armed Group (Pakistan)"),
    # a group named where none claimed the attack is no doer
    ("No group claimed the attack, but the area is a stronghold of fighters of the Pakistani Taliban.",
     "Unidentified Armed Group (Pakistan)"),
    ("No group claimed the attack, but militants linked to the Pakistani Taliban are active in the area.",
     "Unidentified Armed Group (Pakistan)"),
    ("No group claimed the attack, but police blamed the Pakistani Taliban.", "TTP: Tehreek-i-Taliban Pakistan"),
])
def test_story_claim_names_the_unknown_attacker(pipeline, claim: str, actor1: str) -> None:
    text = ("A bomb exploded at a police post in Khar, in northwest Pakistan, on Monday, killing three policemen, "
            f"officials said.\n\nThe blast destroyed part of the building, a police officer said.\n\n{claim}")
    first = _run(pipeline, text)[0]
    assert first.actor1 == actor1


@pytest.mark.slow
@pytest.mark.parametrize(("sequel", "count"), [
    ("He said officers arrested three suspects hours later in a nearby settlement.", 1),
    ("Hours later, gunmen shot dead a councillor in Maru, residents said.", 2),
])
def test_story_arrest_hours_later_leaves_the_attack_one(pipeline, sequel: str, count: int) -> None:
    text = ("Gunmen killed eight villagers in an attack on the town of Tsafe in Zamfara state late on Saturday, "
            "residents said.\n\nZamfara police spokesman Musa Bello said officers exchanged fire with the gunmen "
            f"before they fled into the forest. {sequel}\n\nThe victims were buried on Sunday.")
    violent = [e for e in _run(pipeline, text) if e.event_type != "Strategic developments"]
    assert len(violent) == count


@pytest.mark.slow
@pytest.mark.parametrize(("development", "developments"), [
    ("The government has recruited thousands of volunteers to fight alongside the army in the region.", 0),
    ("Authorities imposed a curfew in Kaya on Tuesday and suspended mobile internet services.", 1),
])
def test_story_change_to_a_group_goes_on_telling(pipeline, development: str, developments: int) -> None:
    text = ("Gunmen killed twelve villagers in an attack on a village near Kaya in northern Burkina Faso on Monday, "
            "residents said.\n\nThe attackers arrived on motorbikes and fired at people in the market, a resident "
            f"said.\n\n{development}")
    events = _run(pipeline, text)
    assert sum(e.event_type == "Strategic developments" for e in events) == developments
    assert [e.fatalities for e in events if e.event_type != "Strategic developments"] == [12]


def test_story_goes_on_with_the_event_told_just_before() -> None:
    """A summary listing the day's events first ("Drone strike kills 2 in Sumy; drones hit a depot in Belgorod"):
    a body sentence goes on telling the event told just before it, not the last one the summary listed."""
    text = "S" * 400
    def told(start: int, kind: str, sub: str, *spans: tuple[int, int]) -> Event:
        return Event(article_id="a", event_id=f"a-{start}", event_type=kind, sub_event_type=sub, notes="",
                     evidence_start=start, evidence_end=spans[0][1],
                     evidence=tuple(Evidence(a, b, "") for a, b in spans))

    strike = ("Explosions/Remote violence", "Air/drone strike")
    sumy = told(0, *strike, (0, 40), (100, 160))
    depot = told(50, *strike, (50, 90), (300, 360))
    debris = told(200, "Violence against civilians", "Attack", (200, 260))
    assert _goes_on([sumy, depot], [0, 1], debris, text) == 0
