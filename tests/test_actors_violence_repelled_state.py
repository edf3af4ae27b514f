"""Forces that repel "a Russian assault" fought Russia's forces, external abroad; an attack told by no
demonym stays an unidentified armed group's (actors.violence)."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor2", "inter2"),
    [
        ("On 9 March 2023, Kyiv's troops repelled a Russian assault near Kreminna (Luhanska).",
         "Military Forces of Russia", 8),
        ("On 14 May 2022, Armenian troops repelled an Azerbaijani attack near Jermuk (Vayots Dzor).",
         "Military Forces of Azerbaijan", 8),
        ("On 21 June 2021, soldiers repelled an attack on their base in Damboa (Borno).",
         "Unidentified Armed Group (Nigeria)", 3),
    ],
)
def test_actors_violence_repelled_state(first_event, text, actor2, inter2):
    event = first_event(text)
    assert (event.actor2, event.inter2) == (actor2, inter2)
