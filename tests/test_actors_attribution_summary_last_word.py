"""An incident summary's last word on who did it ("X was responsible.", "X was suspected.", "X were
blamed."), told after a remark on related attacks, names the perpetrator as a claim there does; someone
else said to be responsible who is no armed group names none (actors.attribution). Summaries written for
these tests (real places and groups, invented incidents)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("07/14/2007: Assailants opened fire on a wedding party in Bajaur town, Federally Administered Tribal Areas, "
         "Pakistan. Eleven guests were killed. The incident was one of two related attacks in Bajaur on this date. "
         "Tehrik-i-Taliban Pakistan (TTP) was responsible.", "TTP: Tehreek-i-Taliban Pakistan"),
        ("05/09/1990: Assailants attacked a bus near Ayacucho city, Ayacucho department, Peru. Six passengers were "
         "killed. This was one of three related attacks in Ayacucho department on this date. Shining Path was "
         "suspected.", "Shining Path"),
        ("11/03/2016: Assailants detonated a bomb in a market in Mbau town, Nord-Kivu province, Democratic Republic "
         "of the Congo. Four civilians were killed. The incident was part of multiple attacks in the area. The "
         "Allied Democratic Forces (ADF) were blamed.", "ADF: Allied Democratic Forces"),
        ("11/03/2016: Assailants detonated a bomb in a market in Mbau town, Nord-Kivu province, Democratic Republic "
         "of the Congo. Four civilians were killed. Police said a trader was responsible.",
         "Unidentified Armed Group (Democratic Republic of Congo)"),
    ],
)
def test_actors_attribution_summary_last_word(first_event, text: str, actor1: str) -> None:
    assert first_event(text).actor1 == actor1
