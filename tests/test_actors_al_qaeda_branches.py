"""Al Qaeda named without a branch is coded as its branch in the country: JNIM in the central Sahel (AQIM before
JNIM formed in 2017), AQAP in Yemen; elsewhere it stays Al Qaeda."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Jihadists linked to Al-Qaeda killed at least 150 people in an attack on Barsalogho, Burkina Faso, on "
         "24 August 2024.", "JNIM: Group for Support of Islam and Muslims"),
        ("Al-Qaeda-linked militants attacked an army post in Boni, Mali, on 3 March 2016, killing two soldiers.",
         "AQIM: Al Qaeda in the Islamic Maghreb"),
        ("Al Qaeda fighters attacked a checkpoint in Lawdar, Yemen, on 2 May 2019.",
         "AQAP: Al Qaeda in the Arabian Peninsula"),
        ("Al Qaeda militants attacked a police post in Kunar, Afghanistan, on 2 May 2009.", "Al Qaeda"),
    ],
)
def test_al_qaeda_is_its_local_branch(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor1 == actor1
