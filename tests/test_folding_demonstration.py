"""What follows a demonstration in the same paragraph is folded into it."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at hundreds of protesters marching in Lagos on Saturday. Several people were arrested.",
        "Hundreds of students marched peacefully through Dhaka on Monday. Police later arrested 12 of them.",
    ],
)
def test_folding_arrests_at_a_demonstration_are_an_intervention(pipeline, text):
    (article,) = pipeline.process([Article("demo", text)])
    assert [event.sub_event_type for event in article.events] == ["Protest with intervention"]
