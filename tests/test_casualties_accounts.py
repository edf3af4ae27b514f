"""count_casualties on tolls that sources tell differently: ACLED keeps the lowest credible figure
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A second speaker's figure for the same dead is another account, not more dead.
        ("The government said four people were killed; the opposition said 11 died.", 4),
        ("Officials said four people were killed, but witnesses said as many as 11 died.", 4),
        ("Police said four protesters were killed, while activists said at least 11 were killed.", 4),
        ("Four people were killed, according to police. Rights groups said 11 people died.", 4),
        # Other victims, or more of them, still add up.
        ("Police said two soldiers were killed, while residents said three civilians died.", 5),
        ("Police said four people were killed in Kano. Officials said two others died in Kaduna.", 6),
        ("Two people were killed in Kano, police said. Three more died in Kaduna, officials said.", 5),
        # A share of the dead told before is no toll of its own.
        ("At least 12 gang members were killed by police. Many of the fatalities were in fact civilians.", 12),
        ("Gunmen killed 11 people in Kabul. Five of the dead were soldiers.", 11),
        # A first figure nobody attributes, then a source's: the two may be different deaths.
        ("Two soldiers were killed in the ambush near Gao. Residents said three people died in the town.", 5),
    ],
)  # fmt: skip
def test_casualties_accounts_other_source(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # An armed group's claim of deaths against a first report of the wounded alone.
        ("Six soldiers were wounded in the attack, the army said. The Taliban claimed to have killed 20 soldiers.", 0),
        ("Four police officers were injured in the ambush. Al Shabaab claims seven officers dead.", 0),
        ("Three guards were wounded when gunmen raided the post. A second report indicates the gunmen "
         "killed two guards.", 0),
        # The claim stands when the first report gives a toll, or no wounded, or when it is the only report.
        ("One soldier was killed and four wounded, the army said. Boko Haram claimed to have killed 30.", 1),
        ("Boko Haram claimed to have killed 30 soldiers in an attack on a base in Borno.", 30),
        ("Militants claimed to have killed two policemen and wounded three others in Mandera.", 2),
        # Residents' account is no armed group's claim.
        ("One man was badly injured in the clashes. Residents claimed three people were killed.", 3),
    ],
)  # fmt: skip
def test_casualties_accounts_claim_against_wounded(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
