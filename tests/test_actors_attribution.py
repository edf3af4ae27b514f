"""The perpetrator named in a neighbouring sentence of the paragraph (actors.attribution)."""

import pytest

from wirecoder.actors.attribution import is_back_reference
from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A roadside bomb killed four soldiers near Gao on Monday. JNIM claimed responsibility for the blast.",
         "JNIM"),
        ("Gunmen shot dead two teachers in Mandera on Friday. The attackers are believed to be Al Shabaab.",
         "Al Shabaab"),
        ("ADF fighters stormed Oicha on Sunday night. They killed nine villagers and burned a clinic.",
         "ADF"),
        # A hedged attribution keeps the attacker unidentified.
        ("Gunmen shot dead two teachers in Mandera on Friday. It is not clear whether Al Shabaab was involved.",
         "Unidentified Armed Group"),
        # A clause denying a claim withdraws only itself.
        ("A blast killed two children in a village in Mandera on Monday. Authorities suspect al Shabaab, though "
         "no group has claimed responsibility.", "Al Shabaab"),
        ("A suicide bomber killed nine people at a market in Mora on Monday. No group claimed responsibility; "
         "however, sources attributed the attack to Boko Haram.", "Boko Haram"),
        ("A landmine hit an army truck near Liboi on Monday. No one has claimed the attack, which came as Al "
         "Shabaab has often taken credit for attacks in the region.", "Unidentified Armed Group"),
        ("Armed men raided an office in Kwale on Monday, killing two. The MRC is suspected, but not confirmed, "
         "to be responsible.", "Unidentified Armed Group"),
        # A bomb beside the police, claimed by a group: the group's attack on the police.
        ("A bomb went off near a police van in Peshawar on Monday, killing two officers. The TTP claimed "
         "responsibility for the attack.", "TTP"),
        # Wire copy gives each sentence a paragraph: a claim just after the lead's paragraph is the lead's.
        ("A suicide bomber killed three police officers at a station in Bannu on Friday.\n\nSix other officers "
         "were wounded, police said.\n\nThe Pakistani Taliban, or TTP, claimed responsibility.", "TTP"),
        # ... but not one told after another incident.
        ("A suicide bomber killed three police officers at a station in Bannu on Friday.\n\nSeparately, gunmen "
         "killed a trader in Quetta.\n\nThe TTP claimed responsibility.", "Unidentified Armed Group"),
    ],
)
def test_actors_attribution_from_the_paragraph(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("The Houthi movement said it had fired a ballistic missile at an army parade in Marib.", "Military Forces of Yemen Houthi"),
        ("The Taliban said they had attacked a checkpoint in Kunduz overnight.", "Taliban"),
        # The speaker did not do it: a statement about someone else's act keeps the attacker unknown.
        ("Police said gunmen had shot dead a trader in Mandera.", "Unidentified Armed Group"),
    ],
)
def test_actors_attribution_the_speaker_of_it_or_they(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor1.startswith(actor1)


def test_actors_attribution_a_faction_is_not_its_state(pipeline):
    text = "Houthi fighters and government forces clashed in Marib province on Thursday, tribal sources said."
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.actor2) == ("Military Forces of Yemen Houthi", "Military Forces of Yemen")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("They", True), ("the attackers", True), ("the militia", True), ("the movement", True), ("it", False),
     ("Al Shabaab fighters", False), ("a militia", False), (None, False)],
)
def test_actors_attribution_back_references(phrase, expected):
    assert is_back_reference(phrase) is expected


@pytest.mark.parametrize(
    ("text", "field", "actor"),
    [
        # One group in the story: its unnamed "insurgents" are that group.
        ("Boko Haram fighters abducted 12 women near Gwoza on Sunday.\n\n"
         "Nigerian troops killed 17 insurgents in an ambush near Bama on Monday.", "actor2", "Boko Haram"),
        # Two groups named: the insurgents stay unidentified.
        ("Boko Haram fighters abducted 12 women near Gwoza on Sunday. Islamic State West Africa Province "
         "claimed a raid on Monguno.\n\nNigerian troops killed 17 insurgents in an ambush near Bama on Monday.",
         "actor2", "Unidentified Armed Group"),
        # Gunmen are not a conflict's fighters: they stay unidentified.
        ("Boko Haram fighters abducted 12 women near Gwoza on Sunday.\n\n"
         "Police said gunmen shot dead two traders in Maiduguri on Monday.", "actor1", "Unidentified Armed Group"),
    ],
)
def test_actors_attribution_the_story_s_one_group(pipeline, text, field, actor):
    (article,) = pipeline.process([Article("note", text)])
    last = max(article.events, key=lambda e: e.evidence_start)
    assert (getattr(last, field) or "").startswith(actor)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A Russian airstrike hit a camp for displaced people near Maarat Misrin, killing four.", "Military Forces of Russia"),
        ("Ten civilians were killed in a Turkish drone strike on a car near Sinjar on Monday.", "Military Forces of Turkey"),
        ("A US drone strike targeted a vehicle in Kabul, killing 10 civilians.", "Military Forces of the United States"),
        # ACLED names the Saudi-led coalition in Yemen after its operation.
        ("Saudi-led coalition air strikes hit a market in Saada, killing 20 people.", "Operation Restoring Hope"),
        # No country names the weapon: the striker is unknown.
        ("An air strike killed three people in Saada.", "Unidentified Armed Group"),
    ],
)
def test_actors_attribution_the_country_whose_weapon_struck(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # No place the gazetteer knows: the actors say which country.
        ("Al Shabaab took control of the town of Qoryooley-Xaar after AMISOM troops withdrew.", "Somalia"),
        ("Taliban fighters attacked a checkpoint overnight, killing four soldiers.", "Afghanistan"),
    ],
)
def test_actors_attribution_the_country_of_the_actors(pipeline, text, country):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].country == country


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Pakistani jets shot down an Indian fighter plane near the Line of Control.", "Military Forces of India"),
        ("A bomb hit a Nigerian Army convoy near Damboa.", "Military Forces of Nigeria"),
        ("Militants attacked a Turkish army base in Duhok.", "Military Forces of Turkey"),
    ],
)
def test_actors_attribution_a_country_s_military_target(pipeline, text, actor2):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor2 == actor2


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # Who tells or finds is not who did it.
        ("A suicide bomber blew himself up outside a mosque in Kunduz, killing 46 worshippers, a Taliban "
         "spokesman said.", "Unidentified Armed Group"),
        ("Police found the bodies of six men dumped on a highway near Cajeme.", "Unidentified Armed Group"),
        ("According to the Taliban, a roadside bomb killed two civilians in Helmand.", "Unidentified Armed Group"),
        # A group said to be behind it still is.
        ("A roadside bomb killed two soldiers in Helmand; the Taliban claimed responsibility.", "Taliban"),
    ],
)
def test_actors_attribution_a_source_is_no_perpetrator(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # Running into a laid explosive makes the subject its victim.
        ("A convoy of United Nations peacekeepers hit an improvised explosive device near Kidal on Saturday, the "
         "mission said.", "Unidentified Armed Group", "UN: United Nations"),
        ("A Kenya Defence Forces convoy struck a landmine near Mandera, killing two soldiers. Al Shabaab claimed "
         "the attack.", "Al Shabaab", "Military Forces of Kenya"),
        ("Militants set off a bomb at a checkpoint in Mogadishu, killing two soldiers.", "Unidentified Armed Group",
         "Military Forces of Somalia"),
    ],
)
def test_actors_attribution_who_ran_into_a_mine_is_its_victim(pipeline, text, actor1, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert event.actor1.startswith(actor1) and event.actor2 == actor2


def test_actors_attribution_the_one_blamed_did_it(pipeline):
    text = "The army blamed the ELN for the kidnapping of two oil workers near the town of Tame on Wednesday."
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.actor2) == ("ELN: National Liberation Army", "Civilians (Colombia)")
