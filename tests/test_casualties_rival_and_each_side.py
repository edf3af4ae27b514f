"""count_casualties on a second source's lower figure told to the press ("the mayor told local radio that
three had died"), on dead counted per side ("one from each side") and on those lynched of whom some lived
("one of them survived"), sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A car bomb killed two civilians in Jamundi, police said. The mayor told local radio that three people had died.", 2),
        ("A blast killed 5 people in Quetta, officials said. A doctor told the state broadcaster that 8 had died.", 5),
        ("Soldiers and rebels clashed near Goma. One fighter from each side was killed.", 2),
        ("Clashes between herders and farmers left one dead on each side.", 2),
        ("Two soldiers from each group died in the fighting near Kapoeta.", 4),
        ("Gunmen killed two herders in Bawku. Each side blamed the other.", 2),
        # some of those lynched lived
        ("A mob lynched two suspected thieves in Goma; one of them survived and was taken to hospital.", 1),
        ("Residents lynched three men accused of witchcraft in Kilifi; one of the men escaped.", 2),
        ("A mob lynched a suspected thief in Embu.", 1),
    ],
)  # fmt: skip
def test_casualties_rival_and_each_side(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
