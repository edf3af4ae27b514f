"""count_casualties on the attackers' own deaths, which ACLED counts with their victims' (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # After an active killing in its sentence, "he" / "him" / "being" is the killer, not a victim again.
        ("An Afghan soldier turned his weapon on his comrades, killing two before he was shot dead.", 3),
        ("A suicide bomber killed nine people at a restaurant in Mogadishu before he was shot dead by guards.", 10),
        ("The gunman killed four worshippers in Kaduna before being shot dead by police.", 5),
        ("A militant killed four people in the market before soldiers shot him dead.", 5),
        # A victim told first (a passive) is the one who dies after it.
        ("A trader was shot and wounded by robbers in Kano before he died in hospital.", 1),
        ("Gunmen shot a trader, who was taken to hospital before he died.", 1),
        ("A soldier was killed before he could return fire.", 1),
        # No death of the killer told.
        ("Police shot dead a robber after he opened fire on them.", 1),
    ],
)  # fmt: skip
def test_casualties_attackers_killer_died(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
