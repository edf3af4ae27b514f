"""A story's body tells a new event only when it introduces one ("In a separate incident", "Overnight, ...",
"In the capital, ...", another town or day); otherwise its sentences elaborate the event told before them and
fold into it. Short texts
(notes, incident summaries) are left as the dedup stage weighed them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.model import Article, Event, Evidence
from wirecoder.sentences import split_sentences
from wirecoder.story import news_events

CASES = [
    pytest.param(
        "Gunmen on motorbikes killed nine soldiers escorting a supply convoy in northern Burkina Faso, the army "
        "said on Wednesday.\n\nThe ambush took place on Tuesday near Namsiguia in the Bam province, when the "
        "attackers opened fire on the lead vehicles.\n\nThe convoy was carrying food to the besieged town of "
        "Djibo, a security source said.",
        [("Armed clash", 9)],
        id="the_ambush_took_place",
    ),
    pytest.param(
        "Militants killed four policemen in an attack on a checkpoint in the Lakki Marwat district of northwest "
        "Pakistan on Sunday, police said.\n\nThe militants struck the checkpoint near Tajori with rocket-propelled "
        "grenades and automatic weapons shortly after midnight, a police official said.\n\nNo group has claimed "
        "responsibility.",
        [("Armed clash", 4)],
        id="the_militants_struck_another_name",
    ),
    pytest.param(
        "A car bomb killed seven people near a government office in the Afghan city of Pul-e-Alam on Monday, "
        "officials said.\n\nThe blast damaged dozens of shops, a provincial spokesman said.\n\nThe death toll "
        "rose to 12 on Wednesday after five of the wounded died in hospital, the health department said.",
        [("Remote explosive/landmine/IED", 12)],
        id="toll_update_on_another_day",
    ),
    pytest.param(
        "Soldiers killed six militants in a gunfight in the Silvan district of southeastern Turkey on Tuesday, "
        "the army said.\n\nThe fighting lasted several hours, it said.\n\nIn a separate incident, a roadside bomb "
        "wounded three police officers near Lice, the governor's office said.",
        [("Armed clash", 6), ("Remote explosive/landmine/IED", 0)],
        id="separate_incident",
    ),
    pytest.param(
        "A roadside bomb killed three policemen in southern Kandahar province on Saturday, officials said.\n\n"
        "The mine exploded under their pickup on a dirt road, a police spokesman said.\n\nIn the capital, an "
        "attacker threw a grenade at a police checkpoint late on Saturday, wounding two officers.",
        [("Remote explosive/landmine/IED", 3), ("Grenade", 0)],
        id="in_the_capital",
    ),
    pytest.param(
        "Gunmen killed five villagers in an attack on a village in Zamfara state on Sunday, residents said.\n\n"
        "The attackers arrived on motorcycles and fired at people in the market, a resident said.\n\nOvernight, "
        "dozens of bandits attacked a police station in neighbouring Katsina state and clashed with officers.",
        [("Attack", 5), ("Armed clash", 0)],
        id="overnight_new_scene",
    ),
    pytest.param(
        "Police fired tear gas at thousands of protesters in the Colombian city of Cali on Thursday.\n\nThe "
        "demonstrators threw stones at officers and blocked the main road, witnesses said.\n\nThe protests began "
        "on 28 April against a planned tax reform.",
        [("Protest with intervention", 0)],
        id="history_of_the_protests",
    ),
    pytest.param(
        "Riot police clashed with protesters in the Colombian city of Popayan on Thursday, and officials said "
        "12 officers were hurt.\n\nThe crowd set fire to the entrance of a police building, witnesses said.\n\n"
        "Rights groups say at least 40 people have been killed during the weeks of protests across the country.",
        [("Violent demonstration", 0)],
        id="running_tally_adds_no_dead",
    ),
    pytest.param(
        "Soldiers raided three villages in Myaung township in Myanmar's Sagaing region on Monday, killing "
        "four men, residents said.\n\nThe soldiers shot the men as they tried to flee, a villager said.\n\n"
        "Soldiers also raped two women in one of the villages, a rights group said.",
        [("Attack", 4), ("Sexual violence", 0)],
        id="sexual_violence_stays_its_own",
    ),
    pytest.param(
        "Police shot dead two protesters in the city of Rajshahi on Tuesday, witnesses said.\n\nThe police "
        "fired rubber bullets and tear gas at students who had blocked a highway.\n\nTwo more people died in "
        "Rajshahi when protesters and ruling party activists fought with sticks.",
        [("Excessive force against protesters", 2), ("Violent demonstration", 2)],
        id="two_more_died",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_story_news_events_fold_elaborations(pipeline, text: str, expected: list[tuple[str, int]]) -> None:
    [article] = pipeline.run([Article("s1", text)])
    got = sorted((e.sub_event_type, e.fatalities) for e in article.events)
    assert got == sorted(expected)


@pytest.mark.slow
def test_story_news_events_fold_keeps_place_of_elaboration(pipeline) -> None:
    """The elaboration names the village the lede left unnamed: the event is placed there."""
    text = ("Suspected jihadists ambushed a convoy in northern Burkina Faso, killing 11 soldiers, the government "
            "said.\n\nThe attack happened on Monday near Bourzanga in the Centre-Nord region, a security source "
            "said.\n\nThe army said it had sent reinforcements.")
    [article] = pipeline.run([Article("b1", text)])
    [event] = [e for e in article.events if e.event_type == "Battles"]
    assert event.location == "Bourzanga"
    assert event.fatalities == 11


def _event(start: int, end: int, sub: str, kind: str, day: int, text: str) -> Event:
    return Event(article_id="a", event_id=f"a-{start}", event_type=kind, sub_event_type=sub, notes=text[start:end],
                 evidence_start=start, evidence_end=end, evidence=(Evidence(start, end, text[start:end]),),
                 event_date=date(2024, 3, day), time_precision=1, confidence=0.7)


_KINDS = [("Armed clash", "Battles"), ("Attack", "Violence against civilians"),
          ("Air/drone strike", "Explosions/Remote violence"), ("Peaceful protest", "Protests"), ("Arrests",
          "Strategic developments")]
_STORY = " ".join(f"Sentence number {i} of the story tells something." for i in range(12))


def test_story_news_events_leave_short_texts() -> None:
    """A note of a few sentences keeps every event the dedup stage kept: the story rules are for articles."""
    text = "Gunmen attacked a village. The gunmen then fought soldiers nearby."
    article = Article("n", text, sentences=split_sentences(text))
    events = [_event(0, 26, "Attack", "Violence against civilians", 3, text),
              _event(27, len(text), "Armed clash", "Battles", 3, text)]
    assert news_events(article, events) == events


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 11), st.sampled_from(_KINDS), st.integers(1, 28)), min_size=1, max_size=6,
                unique_by=lambda t: t[0]))
def test_story_news_events_lose_no_telling(mentions) -> None:
    """Folding never invents events nor loses a telling: every sentence of an event in is evidence of one
    event out."""
    text = _STORY
    sentences = split_sentences(text)
    article = Article("a", text, sentences=sentences)
    events = [_event(sentences[i].start, sentences[i].end, sub, kind, day, text) for i, (sub, kind), day in mentions]
    out = news_events(article, events)
    assert len(out) <= len(events)
    told_out = [e.start for event in out for e in event.evidence]
    assert len(told_out) == len(set(told_out))
    assert sorted(told_out) == sorted(e.evidence_start for e in events)
