"""Wire copy gives each sentence a paragraph: the crowd named again, or an act "during the raid", in the next
paragraph still adds to the event just told; a place of its own makes another event."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas on Saturday at hundreds of protesters marching in Conakry.\n\n"
        "A rights group said dozens of protesters were injured.",
        "Riot police used water cannon on Sunday against thousands of demonstrators in Tbilisi.\n\n"
        "At least 15 demonstrators were wounded, medics said.",
    ],
)
def test_folding_crowd_harmed_in_the_next_paragraph(pipeline, text):
    (article,) = pipeline.process([Article("t", text)])
    assert len(article.events) == 1 and article.events[0].event_type == "Protests"


def test_folding_crowd_elsewhere_in_the_next_paragraph_stays_apart(pipeline):
    text = ("Police fired tear gas on Saturday at hundreds of protesters marching in Conakry.\n\n"
            "In Kankan, police shot dead two protesters on Friday.")
    (article,) = pipeline.process([Article("t", text)])
    assert len(article.events) == 2


def test_folding_shot_during_the_raid_in_the_next_paragraph(pipeline):
    text = ("Soldiers arrested four men in a raid on the village of Beita on Tuesday, the army said.\n\n"
            "Medics said a teenager was shot in the leg during the raid.")
    (article,) = pipeline.process([Article("t", text)])
    assert len(article.events) == 1


def test_folding_reinforcements_sent_after_an_attack(pipeline):
    text = ("Gunmen killed five villagers in Tsafe on Sunday, police said.\n\n"
            "Police and military reinforcements were deployed, he said.")
    (article,) = pipeline.process([Article("t", text)])
    assert [e.event_type for e in article.events] == ["Violence against civilians"]


def test_folding_troops_sent_elsewhere_stay_apart(pipeline):
    text = ("Gunmen killed five villagers in Tsafe on Sunday, police said.\n\n"
            "In Kaduna, the army deployed troops to the Kachia road on Monday.")
    (article,) = pipeline.process([Article("t", text)])
    assert len(article.events) == 2
