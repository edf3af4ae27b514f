"""What a news article says after its report (a quote on it, a claim, the forces' answer in the next
paragraph, the damage the attackers did, the bomber named again) is folded into that event; a second
incident told apart still gives an event of its own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

CASES = [
    pytest.param(
        "Fighters of Islamic State West Africa Province attacked a military base in Marte on Sunday, killing "
        "three soldiers, sources said.\n\nThe insurgents then set fire to a fuel depot at the edge of the base."
        "\n\n\"Our men fought gallantly and neutralised many of the terrorists,\" an officer said.",
        ["Armed clash"],
        id="damage_and_quote",
    ),
    pytest.param(
        "Militants ambushed an army convoy near Djibo on Sunday, killing 10 soldiers, the army said.\n\n"
        "Soldiers fought back and killed at least 20 of the attackers, the army said.",
        ["Armed clash"],
        id="answer_next_paragraph",
    ),
    pytest.param(
        "At least 20 people were killed when a suicide bomber blew himself up at an election rally in Mastung on Friday, "
        "officials said.\n\nThe bomber detonated his explosives as a candidate was addressing a meeting in the village.",
        ["Suicide bomb"],
        id="bomber_named_again",
    ),
    pytest.param(
        "Taliban fighters attacked a police checkpoint in Kunduz on Wednesday night, killing seven policemen."
        "\n\nThe fighting lasted two hours before reinforcements arrived.\n\n"
        "A Taliban spokesman claimed responsibility on Twitter and said the fighters had seized weapons.",
        ["Armed clash"],
        id="claim_after_elaboration",
    ),
    pytest.param(
        "Twenty passengers were abducted when gunmen stopped a bus near Katsina on Sunday, police said.\n\n"
        "About ten armed men opened fire on the bus as it slowed at a bend, said the driver.",
        ["Abduction/forced disappearance"],
        id="how_it_went",
    ),
    pytest.param(
        "Twenty passengers were abducted when gunmen stopped a bus near Katsina on Sunday, police said.\n\n"
        "Armed men opened fire on worshippers at a mosque in Funtua, residents said.",
        ["Abduction/forced disappearance", "Attack"],
        id="next_attack_elsewhere",
    ),
    pytest.param(
        "Militants attacked an army post in Turbat on Monday night, killing five soldiers, officials said.\n\n"
        "A sixth soldier was killed during the exchange of fire, the army said.",
        ["Armed clash"],
        id="toll_in_the_exchange_of_fire",
    ),
    pytest.param(
        "Gunmen shot dead a trader in Jos on Sunday evening, police said.\n\n"
        "He died on the way to the Jos University Teaching Hospital in Abuja.",
        ["Attack"],
        id="victim_told_again",
    ),
    pytest.param(
        "One person was killed in a clash between supporters of two parties in Sylhet on Sunday, police said.\n\n"
        "The clash broke out when ruling party men attacked a procession of the opposition, witnesses said.",
        ["Mob violence"],
        id="event_opens_the_next_sentence",
    ),
    pytest.param(
        "Gunmen killed a shepherd near Muqdadiyah on Sunday, police said.\n\n"
        "Separately, gunmen abducted two farmers near Baqubah on Monday.",
        ["Abduction/forced disappearance", "Attack"],
        id="two_incidents_stay_two",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_folding_article_elaborations(pipeline, text, expected):
    (article,) = pipeline.process([Article("probe", text)])
    assert sorted(e.sub_event_type for e in article.events) == expected
