"""Insurgents a story leaves unnamed are the group it names most, not one it mentions in passing
(actors.story_groups.story_group)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

_STORY = (
    "{lede}\n\nThe attackers arrived on motorcycles at dawn and fired on homes, a local official said.\n\n"
    "{passing}\n\n{second}\n\nThe army said reinforcements had been sent to the area."
)


@pytest.mark.parametrize(
    ("lede", "passing", "second", "actor1"),
    [
        # the group named twice, another once (its allegiance): the story's group
        ("ADF rebels killed 11 villagers in an attack on Kalunguta in North Kivu on Monday, officials said.",
         "The ADF, which has pledged allegiance to the Islamic State group, has killed thousands since 2014.",
         "On Wednesday, fighting between the rebels and the Congolese army near Mavivi killed four soldiers.",
         "ADF"),
        # two groups named as often: the insurgents stay unidentified
        ("ADF rebels killed 11 villagers in an attack on Kalunguta in North Kivu on Monday, officials said.",
         "Mai-Mai militias are also active in the territory.",
         "On Wednesday, fighting between the rebels and the Congolese army near Mavivi killed four soldiers.",
         "Unidentified Armed Group"),
    ],
)
def test_actors_story_group_the_group_named_most(pipeline, lede, passing, second, actor1):
    text = _STORY.format(lede=lede, passing=passing, second=second)
    (article,) = pipeline.process([Article("story", text)])
    clash = next(e for e in article.events if "Mavivi" in article.text[e.evidence_start : e.evidence_end])
    assert (clash.actor1 or "").startswith(actor1)
