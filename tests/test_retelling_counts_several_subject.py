"""A lede whose subject counts several separate events ("Two separate bombings killed seven people") sums up the
events told after it (retelling.counts_several); "twin blasts" at one place, or one bombing, is one event."""

import pytest

from wirecoder.retelling import counts_several


@pytest.mark.parametrize(("sentence", "several"), [
    ("Two separate bombings killed at least seven people in Iraq on Monday, security officials said.", True),
    ("Three unrelated shootings left five people dead across Chicago overnight, police said.", True),
    ("Several separate attacks on police posts were reported in the north on Friday.", True),
    ("Twin blasts killed 12 people at a market in Maiduguri on Monday.", False),
    ("Two bombs exploded at a bus station in Kano, killing four people.", False),
    ("A car bomb killed seven people at a checkpoint in Mogadishu on Monday.", False),
])
def test_retelling_counts_several_as_the_subject(sentence, several):
    assert counts_several(sentence) is several
