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
        ("A bomb blast killed two people at a bus station in Maiduguri. Police said the bomber was a suicide "
         "bomber.", "Suicide bomb"),
    ],
)
def test_stages_elaboration_types_from_the_paragraph(pipeline, text, sub_event_type):
    (article,) = pipeline.process([Article("a", text)])
    assert article.events[0].sub_event_type == sub_event_type
