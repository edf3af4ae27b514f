"""count_casualties on figures the other side denies, shares of the dead told just before, deaths told by their
manner (drowned, suffocated), tolls revised by a word standing for them, attackers told again as dead, and
victims named before a place (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # A claim the other side denies: ACLED keeps the lowest credible figure, none of the claim's.
        ("Army officials claimed that 40 rebels were killed in the raid; the rebels denied any casualties.", 0),
        ("Al Shabaab claimed to have killed 30 soldiers. The army denied suffering any losses.", 0),
        ("The Taliban said they killed 12 policemen, a figure the government dismissed.", 0),
        ("Rebels attacked a police post, killing four officers; the army said 20 rebels died, a claim the group rejected.", 4),
        # ... but a denial of responsibility, or a second figure, is no denial of the deaths.
        ("Gunmen killed five villagers near Tahoua. The group denied any involvement.", 5),
        ("Al Shabaab claimed to have killed 30 soldiers. The army said two soldiers died.", 2),
        ("Gunmen killed 7 villagers, a report the police confirmed.", 7),
        # A share of the dead told just before is part of them; a share of the wounded who died is more dead.
        ("Soldiers fired on a crowd in Sagaing, killing two people, one of whom died on the way to hospital.", 2),
        ("Gunmen killed five villagers, three of whom were children, and wounded two.", 5),
        ("Gunmen wounded five villagers near Kidal, two of whom later died in hospital.", 2),
        # Deaths told by their manner.
        ("Between 5 and 7 passengers drowned after gunmen fired on their boat.", 5),
        ("Militiamen drowned two fishermen in Lake Albert.", 2),
        ("Eleven detainees suffocated in an overcrowded police cell in Juba.", 11),
        ("Chants drowned out the speech as police fired tear gas at the crowd.", 0),
        # A toll revised by a word standing for it, after the toll was told.
        ("A bomb went off in a church in Jolo. Reports first put the death toll at 14; officials later revised it to 20.", 20),
        ("A blast hit a market in Kabul, killing 20 people. Officials later raised the figure to 26.", 26),
        ("Gunmen attacked Mopti. The toll was initially put at 134 before officials revised it up to 157.", 157),
        ("Police fired on protesters and killed two. The government raised it to 26 percent later.", 2),
        # The attackers told again as dead, by the figure told for them before.
        ("Two female suicide bombers struck a market in Mora. Five civilians were killed. The bombers were also killed.", 7),
        ("Three gunmen stormed a hotel and killed 9 guests. The gunmen were later shot dead by police.", 12),
        ("Three gunmen stormed a hotel and killed 9 guests. The gunmen were arrested.", 9),
        # Victims named before a place or a body they come from.
        ("Thirty rebels were killed and one peacekeeper from Rwanda died, the UN mission said.", 31),
        ("Two soldiers with the UN mission died in the ambush.", 2),
        ("A teacher at the school was shot dead.", 1),
        # A side's own loss told by a verb of its own ends the other side's dead.
        ("Troops killed 12 militants and lost two soldiers near Tillaberi.", 14),
    ],
)  # fmt: skip
def test_casualties_denied_shares(text: str, fatalities: int) -> None:
    """The count follows ACLED: denied claims give way, shares and repeats add nothing, new dead add."""
    assert count_casualties(text, 0, len(text)).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        # The wounded told by their treatment.
        ("Seven protesters were admitted to hospital with bullet wounds.", 0, 7),
        ("Police said 14 people were treated for gunshot wounds after the clashes in Harare.", 0, 14),
        ("Two people died and four were rushed to the district hospital with machete wounds.", 2, 4),
        # A thing told before ", and" names no one: the figure after it is the count.
        ("Dozens of people were arrested during the unrest, and 14 were killed.", 14, None),
        ("Police fired tear gas at the crowd, and 3 were killed.", 3, None),
        ("Gunmen shot at the village chief, and two others were killed.", 3, None),
    ],
)  # fmt: skip
def test_casualties_treated_and_after_things(text: str, fatalities: int, injuries: int | None) -> None:
    """Deaths and injuries are read from the people a clause names, not from the things before them."""
    found = count_casualties(text, 0, len(text))
    assert (found.fatalities, found.injuries) == (fatalities, injuries)
