"""A described side and who it is said to be are one mention of the latter (actors.name_context)."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "country", "names"),
    [
        ("Armed men believed to be separatists burned a school in Kumba on Friday.", "Cameroon",
         ["Unidentified Armed Group (Cameroon)"]),
        ("Gunmen suspected to be members of Al Shabaab ambushed a bus near Mandera.", "Kenya",
         ["Al Shabaab"]),
        ("Assailants, thought to be jihadists, raided the village of Kompienga.", "Burkina Faso",
         ["Unidentified Armed Group (Burkina Faso)"]),
        ("Attackers identified as bandits seized 20 cattle in Gusau.", "Nigeria", ["Unidentified Armed Group (Nigeria)"]),
        # no identity told between them: two sides
        ("Gunmen fought soldiers for two hours near Kumba.", "Cameroon", ["Unidentified Armed Group (Cameroon)", "Military Forces of Cameroon"]),
    ],
)
def test_actors_name_context_said_to_be_is_one_side(coder, sentence, country, names):
    found = [m for m in coder.mentions(sentence, country) if m.actor.inter in {1, 2, 3}]
    assert [m.actor.name for m in found] == names
    assert all(not m.actor.text.lower().startswith(("armed men", "gunmen", "assailants", "attackers"))
               for m in found if len(names) == 1)  # the side is who it is said to be


@pytest.mark.parametrize(
    ("sentence", "country", "name"),
    [
        # a victim said to be an attacker is still the victim
        ("Herders beat to death a man believed to be one of the raiders near Isiolo.", "Kenya", "Civilians (Kenya)"),
        # a suspicion of state agents leaves the gunmen unidentified
        ("Masked gunmen, suspected to be soldiers, raided the party office in Kisumu.", "Kenya",
         "Unidentified Armed Group (Kenya)"),
        # unidentified men said to be other unidentified men keep the event country's name
        ("Assailants believed to be Somali bandits abducted three traders near Garissa.", "Kenya",
         "Unidentified Armed Group (Kenya)"),
    ],
)
def test_actors_name_context_said_to_be_keeps_who_was_there(coder, sentence, country, name):
    assert name in [m.actor.name for m in coder.mentions(sentence, country)]
