"""Cues for ground taken by what holds it (border crossings, outposts, headquarters) and for strikes told
by their military target or by aircraft firing, with the negatives that must stay out."""

from __future__ import annotations

import pytest

from wirecoder.events.cues import ARMED_VIGILANTES, find_cues


def _families(sentence: str) -> set[str]:
    return {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "family", "present"),
    [
        ("The Taliban seized the Islam Qala border crossing after brief fighting.", "overtake", True),
        ("Rebels overran an army outpost near Hpakant.", "overtake", True),
        ("The RSF took control of the army's 22nd Division headquarters in Babanusa.", "overtake", True),
        ("Militants captured a soldier at the border crossing.", "overtake", False),
        ("Police seized the headquarters' computers.", "overtake", False),
        ("Ukrainian forces struck a Russian command post near Tokmak.", "air", True),
        ("A drone hit an ammunition depot in Kursk region.", "air", True),
        ("A military helicopter fired on a village market in Magway.", "air", True),
        ("Jets strafed the road out of the town.", "air", True),
        ("Gunmen hijacked a plane and fired shots into the air.", "air", False),
        ("The striker hit the post twice in the second half.", "air", False),
        ("Indian and Pakistani troops traded fire along the border.", "fight", True),
        ("Merchants traded goods along the border.", "fight", False),
        ("Russian forces entered Avdiivka after Ukrainian troops withdrew.", "overtake", True),
        ("Ukrainian soldiers entered Kyiv on Friday.", "overtake", False),
        # coders' notes tell in the present: "Police repulse an attack", "Troops retake the town"
        ("Police repulse an attack by bandits on a camp in Baringo.", "fight", True),
        ("Soldiers repel an ISWAP assault on their base in Marte.", "fight", True),
        ("Government forces retake Buloburde from Al Shabaab.", "regain", True),
        ("The army regains control of Kurmuk.", "regain", True),
        ("The magnet repels metal filings.", "fight", False),
        ("Security forces shell FARC positions in Cauca.", "shelling", True),
        ("Shell opened a new refinery near the port.", "shelling", False),
        ("Boko Haram militants storm Gamboru and burn houses.", "fight", True),
        ("Gunmen storm a police station in Zamfara.", "fight", True),
        ("Storm Daniel battered the coast near Derna.", "fight", False),
        ("A storm hit the town overnight.", "fight", False),
        ("Police fight armed robbers in Kasarani.", "fight", True),
        ("Vigilantes fight with bandits near Gusau.", "fight", True),
        ("The government vowed to fight the rebels.", "fight", False),
        ("The fight against militants continues in the north.", "fight", False),
        ("Traders take back unsold goods every evening.", "regain", False),
    ],
)
def test_cues_territory_and_strikes(sentence, family, present) -> None:
    assert (family in _families(sentence)) is present


@pytest.mark.parametrize(
    ("sentence", "armed"),
    [
        ("A vigilante group clashed with bandits near Gusau.", True),
        ("Bandits attacked the village but local vigilantes repelled them.", True),
        ("Vigilantes lynched a suspected kidnapper after a shootout.", False),
        ("Vigilantes beat a thief to death in the market.", False),
    ],
)
def test_cues_armed_vigilantes(sentence, armed) -> None:
    assert bool(ARMED_VIGILANTES.search(sentence)) is armed
