"""A lede or sentence that sums up several events: "in a series of air strikes and ground operations", "fighting
continued on several fronts"; one event told stays one."""

import pytest

from wirecoder.retelling import counts_several


@pytest.mark.parametrize(("sentence", "several"), [
    ("The army said it had killed dozens of jihadists in a series of air strikes over the past week.", True),
    ("Rebels killed 14 soldiers in three separate drone strikes on Sunday, officials said.", True),
    ("Elsewhere in the country, fighting continued on several fronts.", True),
    ("Jets killed nine people in an air strike on a market near Kanbalu on Tuesday.", False),
    ("Fighting continued on the northern front near Kupiansk, the General Staff said.", False),
])
def test_retelling_counts_several_air_strikes_and_fronts(sentence: str, several: bool) -> None:
    assert counts_several(sentence) is several
