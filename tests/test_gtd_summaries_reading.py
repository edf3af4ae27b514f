"""How incident summaries in the Global Terrorism Database's style are read: the suspicion they end with,
"No group claimed responsibility", "the ensuing clash", the "Unknown:" heading, a span of days, and a
site named before the town the summary puts it in."""

import pytest


pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # The suspicion the summary ends with, after a remark on related attacks, names the perpetrator.
        ("03/02/2011: Assailants armed with firearms attacked a bus station in Kano city, Kano state, Nigeria. "
         "Nine people were killed in the attack. This was one of four related attacks in Kano. Boko Haram was "
         "suspected of carrying out the attack.", "Boko Haram"),
        ("Unknown: Assailants abducted a district official near Ghazni city, Ghazni province, Afghanistan. The "
         "incident occurred between 05/10/2012 and 05/12/2012. The victim was released on 06/01/2012. The Taliban "
         "were suspected of carrying out the incident.", "Taliban"),
        # A suspect that is no armed group leaves the perpetrator unidentified.
        ("04/05/2013: Assailants shot and killed a shopkeeper in Kano city, Kano state, Nigeria. No further "
         "details were reported. This was one of two related attacks. A local gang was suspected of "
         "carrying out the attack.", "Unidentified Armed Group"),
    ],
)
def test_gtd_suspicion_names_the_perpetrator(first_event, text, actor1):
    assert first_event(text).actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # "No group claimed responsibility": the forces beside the bomb were its target.
        ("06/21/2018: An explosive device detonated near a police patrol in Kirkuk city, Kirkuk governorate, Iraq. "
         "Two police officers were killed. No group claimed responsibility for the incident.",
         "Unidentified Armed Group", "Police Forces of Iraq"),
        ("02/11/2009: An explosive device detonated as an army patrol passed near Yala city, Yala province, "
         "Thailand. One soldier was injured in the blast. No group claimed responsibility for the incident.",
         "Unidentified Armed Group", "Military Forces of Thailand"),
        # A group manning the checkpoint is the target of the group that claims the bomb.
        ("07/14/2019: An explosive device detonated near a Syrian Democratic Forces (SDF) checkpoint in Raqqa "
         "city, Ar-Raqqah governorate, Syria. Two SDF members were killed in the blast. The Islamic State of Iraq "
         "and the Levant (ISIL) claimed responsibility for the incident.", "Islamic State", "QSD"),
    ],
)
def test_gtd_bomb_beside_forces_is_an_attack_on_them(first_event, text, actor1, actor2):
    event = first_event(text)
    assert (event.actor1.startswith(actor1), event.actor2.startswith(actor2)) == (True, True), event


def test_gtd_bomb_beside_forces_unsaid_keeps_the_forces(first_event):
    # Nothing says anyone attacked them: ACLED's notes name the forces actor1 as often as actor2.
    event = first_event("A device exploded in front of a police camp in Mandera town on Monday.")
    assert event.actor1 == "Police Forces of Kenya"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2", "fatalities"),
    [
        # The toll of "the ensuing clash with security forces" is the attack's; the attackers are not its responders.
        ("09/13/2013: Assailants stormed a hotel in Quetta city, Balochistan province, Pakistan. Four guards and "
         "all three assailants were killed in the ensuing clash with security forces. The Balochistan Liberation "
         "Army (BLA) claimed responsibility for the incident.", "BLA", "Military Forces of Pakistan", 7),
        ("02/02/2016: Assailants attacked a market in Dikwa town, Borno state, Nigeria. Six civilians and two "
         "assailants were killed in the subsequent fighting with soldiers. Boko Haram claimed responsibility for "
         "the incident.", "Boko Haram", "Military Forces of Nigeria", 8),
    ],
)
def test_gtd_ensuing_clash_is_the_attack(first_event, text, actor1, actor2, fatalities):
    event = first_event(text)
    assert (event.actor1.startswith(actor1), event.actor2, event.fatalities) == (True, actor2, fatalities)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        # "Unknown:" heads a summary as its date does: its numeric dates are month first.
        ("Unknown: Assailants kidnapped two engineers near Kirkuk city, Kirkuk governorate, Iraq. The incident "
         "occurred between 03/04/2010 and 03/06/2010. No group claimed responsibility for the incident.",
         "2010-03-04", 2),
        # One day told alone is known to the day.
        ("Unknown: Assailants kidnapped two engineers near Kirkuk city, Kirkuk governorate, Iraq. The incident "
         "occurred on 03/04/2010.", "2010-03-04", 1),
        # Elsewhere numeric dates stay day first, as ACLED writes them.
        ("Gunmen kidnapped two engineers near Kirkuk on 03/04/2010, police said.", "2010-04-03", 1),
    ],
)
def test_gtd_unknown_heading_and_span(first_event, text, date, precision):
    event = first_event(text)
    assert (event.event_date.isoformat(), event.time_precision) == (date, precision)


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        # A site named after a town elsewhere, then put in the town: the town.
        ("05/05/2014: An explosive device detonated at the Erawan shrine in Bangkok city, Bangkok province, "
         "Thailand. Two people were injured.", "Bangkok", "Bangkok"),
        # A name read as a province, put by the text in another province: a place there the gazetteer lacks.
        ("09/09/2007: Assailants set fire to a school in Rangae district, Narathiwat province, Thailand. There "
         "were no reported casualties.", "Rangae", "Narathiwat"),
        # Towns GTD names often that GeoNames' towns of 500+ people lack (places/data/sites.tsv).
        ("07/01/2015: Assailants attacked a checkpoint in Sheikh Zuweid city, North Sinai governorate, Egypt.",
         "Sheikh Zuweid", "North Sinai"),
        ("04/04/2017: Assailants ambushed a patrol near Dantewada town, Chhattisgarh state, India.",
         "Dantewada", "Chhattisgarh"),
        # A town named with its own province stays the town.
        ("09/09/2007: Assailants set fire to a school in Yala city, Yala province, Thailand.", "Yala", "Yala"),
        # A site with no town after it locates the event where its name says.
        ("07/07/2015: Assailants threw a grenade at the Maiduguri central mosque. Two worshippers were injured.",
         "Maiduguri", "Borno"),
    ],
)
def test_gtd_summary_place(first_event, text, location, admin1):
    event = first_event(text)
    assert (event.location, event.admin1) == (location, admin1)


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "actor2"),
    [
        # A site blown up or bombed by a group: an explosion, with no victim when none was hurt.
        ("06/02/2013: Assailants blew up a section of the Kirkuk-Ceyhan oil pipeline near Baiji city, Salah al-Din "
         "governorate, Iraq. There were no reported casualties.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED", None),
        ("04/04/2016: Assailants bombed a railway bridge near Sibi town, Balochistan province, Pakistan. There "
         "were no reported casualties.", "Explosions/Remote violence", "Remote explosive/landmine/IED", None),
        # Hostages killed: the killing, not the abduction.
        ("03/03/2015: Assailants executed four hostages near Derna city, Derna district, Libya.",
         "Violence against civilians", "Attack", "Civilians (Libya)"),
        # A bus hijacked with its passengers: an abduction.
        ("06/06/2011: Assailants hijacked a passenger bus near Quetta city, Balochistan province, Pakistan. The "
         "passengers were released the next day.", "Violence against civilians", "Abduction/forced disappearance",
         "Civilians (Pakistan)"),
        # Hostages only threatened are still abducted.
        ("03/03/2015: Assailants abducted four engineers near Derna city, Derna district, Libya, and threatened to "
         "kill the hostages.", "Violence against civilians", "Abduction/forced disappearance", "Civilians (Libya)"),
    ],
)
def test_gtd_what_was_done(first_event, text, event_type, sub_event_type, actor2):
    event = first_event(text)
    assert (event.event_type, event.sub_event_type, event.actor2) == (event_type, sub_event_type, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "fatalities"),
    [
        # A second bomb told without a place of its own is the same bombing: its toll is the bombing's.
        ("03/09/2017: A suicide bomber detonated an explosives-laden vest at a market in Baidoa city, Bay region, "
         "Somalia. A second bomber detonated his vest nearby minutes later. At least 12 people, including the "
         "bombers, were killed in the blasts.", "Unidentified Armed Group (Somalia)", 12),
        # The lone attacker killed by police adds to the toll.
        ("05/05/2016: A gunman shot and killed a judge outside a courthouse in Istanbul city, Istanbul province, "
         "Turkey. The assailant was killed by police.", "Unidentified Armed Group (Turkey)", 2),
        # Hostages killed in a later sentence: the abduction's captives are the dead.
        ("05/05/2015: Assailants abducted six truck drivers near Ramadi city, Al Anbar governorate, Iraq. The "
         "hostages were executed the next day. No group claimed responsibility for the incident.",
         "Unidentified Armed Group (Iraq)", 6),
        ("05/05/2015: Assailants abducted six truck drivers near Ramadi city, Al Anbar governorate, Iraq. The "
         "hostages were released the next day. No group claimed responsibility for the incident.",
         "Unidentified Armed Group (Iraq)", 0),
        # Houthi forces, whom ACLED codes as Yemen's, named as the suspects.
        ("02/02/2019: Assailants fired mortar shells at a market in Taizz city, Taizz governorate, Yemen. Two "
         "civilians were killed. Houthi extremists (Ansar Allah) were suspected of carrying out the attack.",
         "Military Forces of Yemen Houthi", 2),
        # The state's own forces as suspects are no claimant the summary names.
        ("02/02/2019: Assailants fired mortar shells at a market in Taizz city, Taizz governorate, Yemen. Two "
         "civilians were killed. Yemeni soldiers were suspected of carrying out the attack.",
         "Unidentified Armed Group (Yemen)", 2),
    ],
)
def test_gtd_who_and_how_many(first_event, text, actor1, fatalities):
    event = first_event(text)
    assert (event.actor1, event.fatalities) == (actor1, fatalities)

