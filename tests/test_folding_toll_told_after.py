"""Folding sentences that only tell the toll of the event before them: a source's figures ("The health
ministry reported 32 dead"), a second blast, more dead in the next paragraph (sentences written for these
tests)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        ("On 3 May 2022, rival militias clashed in Zawiya. The health ministry reported 14 dead and 40 injured.", 14, 40),
        ("On 9 June 2023, a bomb exploded at a cafe in Kismayo, killing one civilian. A second device then went "
         "off as police arrived, killing 2 officers.", 3, None),
        ("On 4 March 2021, a roadside bomb hit a minibus near Afgooye, killing one and injuring several others. Two "
         "rescuers were killed when a second device exploded.", 3, 3),
        ("Security forces fired on protesters in Bamako on Friday, killing four people, a doctor said.\n\n"
         "Two more people were crushed to death when the crowd stampeded.", 6, None),
    ],
)
def test_folding_toll_told_after(pipeline, text, fatalities, injuries):
    (article,) = pipeline.process([Article("t", text)])
    assert article.events[0].fatalities == fatalities
    if injuries is not None:
        assert article.events[0].injuries == injuries


def test_folding_more_dead_feared_adds_nothing(pipeline):
    text = ("Two police officers were killed in riots in Kisii on Monday.\n\n"
            "Seven other deaths are feared but unconfirmed.")
    (article,) = pipeline.process([Article("t", text)])
    assert article.events[0].fatalities == 2
