"""An alias that rows of different countries share names, in gold, the actor the actors stage reads in the
event's country: GTD's "Ansar al-Sunna" is an Iraqi group in Iraq and Mozambique's insurgents there."""

from __future__ import annotations

import pytest

from wirecoder.evaluate.gtd import gtd_fields
from wirecoder.evaluate.normalise import fold, load_actor_aliases

ROW = {
    "eventid": "200503020001", "iyear": "2005", "imonth": "3", "iday": "2", "provstate": "Unknown",
    "city": "Unknown", "latitude": "", "longitude": "", "specificity": "4", "summary": "x",
    "attacktype1_txt": "Armed Assault", "nkill": "2",
}


@pytest.mark.parametrize(
    ("gname", "country", "name"),
    [
        ("Ansar al-Sunna", "Iraq", "Jaish Ansar al-Sunna"),
        ("Ansar al-Sunna", "Mozambique", "Islamic State (Mozambique)"),
        ("Ansar al-Sharia (Yemen)", "Yemen", "AQAP: Al Qaeda in the Arabian Peninsula"),
        ("Ansar al-Sharia (Libya)", "Libya", "Ansar al-Sharia (Libya)"),
        ("Justice and Equality Movement (JEM)", "Sudan", "JEM: Justice and Equality Movement"),
        ("Jaish-e-Mohammad (JeM)", "India", "JeM: Jaish-e-Mohammed"),
    ],
)
def test_evaluate_aliases_by_country_gold_and_reading_agree(coder, gname, country, name):
    gold = gtd_fields({**ROW, "country_txt": country, "gname": gname})[2]["actor1"]
    read = [a.name for _, _, a in coder.find(f"{gname} claimed responsibility for the attack.", country)]
    assert (gold, read[:1]) == (name, [name])


def test_evaluate_aliases_by_country_elsewhere_the_first_row_holds():
    # In a country of neither row (and with no country), the earlier row keeps the alias.
    assert load_actor_aliases()[fold("Ansar al-Sunna")] == "Islamic State (Mozambique)"
    assert load_actor_aliases(iso3="KEN")[fold("Ansar al-Sunna")] == "Islamic State (Mozambique)"
    # A name no other row shares is the same everywhere.
    assert load_actor_aliases(iso3="IRQ")[fold("Taliban")] == "Taliban"
