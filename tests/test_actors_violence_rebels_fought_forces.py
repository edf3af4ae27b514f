"""Rebels who take a place after fighting a state's forces fought those forces, not an unnamed group; forces who
only tell of it are no side (actors.violence)."""

import pytest

from wirecoder.model import Article


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("GOMA (Reuters) - The M23 rebel group took control of the village of Kibumba on Friday after fighting "
         "with the army.", "Military Forces of the Democratic Republic of Congo"),
        ("MOGADISHU (AP) - Al Shabaab fighters captured the village of Galcad on Saturday after heavy clashes with "
         "Somali troops.", "Military Forces of Somalia"),
        # the army only says so: the militia they fought is the other side
        ("MOGADISHU (AP) - Al Shabaab fighters overran the village of Galcad on Saturday, killing six clan "
         "militiamen, an army officer said.", "Unidentified Clan Militia"),
    ],
)
def test_actors_violence_rebels_fought_forces(pipeline, text, actor2):
    (article,) = pipeline.process([Article("note", text)])
    assert (article.events[0].actor2 or "").startswith(actor2)
