"""Headline-style sentences get a verb parse; ordinary wire sentences keep the model's own."""

from __future__ import annotations

import pytest

from wirecoder.events.headlines import reparse_headline
from wirecoder.events.roles import find_roles


@pytest.mark.parametrize(
    ("text", "verb", "agent", "target"),
    [
        ("Police battle cattle raiders in Turkana district", "battle", "Police", "cattle raiders"),
        ("Gunmen storm polling stations and attack voters", "storm", "Gunmen", "polling stations"),
        ("Bandits attack and kill herders near Baragoi", "kill", "Bandits", "herders"),
        ("Armed members of the gang attack police officers; casualties on both sides", "attack",
         "Armed members of the gang", "police officers"),
    ],
)
def test_events_headlines_present_tense_verbs_get_their_roles(nlp, text, verb, agent, target):
    doc = reparse_headline(nlp(text), nlp)
    token = next(t for t in doc if t.text == verb)
    roles = find_roles(token)
    assert roles.agent is not None and roles.agent.text == agent
    assert roles.target is not None and roles.target.text == target


@pytest.mark.parametrize(
    "text",
    [
        "Rebel attacks killed five soldiers in the north on Monday.",
        "Police said the militia attacks had stopped.",
        "The attack on the market was the third this month.",
        "Gunmen killed three villagers.",
    ],
)
def test_events_headlines_sentences_with_a_finite_root_are_left_alone(nlp, text):
    doc = nlp(text)
    assert reparse_headline(doc, nlp) is doc


@pytest.mark.parametrize(
    "text",
    ["Police battle cattle raiders in Turkana district", "Youths block roads and burn tyres in Kisumu"],
)
def test_events_headlines_keep_the_original_words_and_entities(nlp, text):
    original = nlp(text)
    doc = reparse_headline(original, nlp)
    assert doc.text == original.text
    assert [t.text for t in doc] == [t.text for t in original]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in original.ents
    ]


def test_events_headlines_docstring_example_runs(nlp):
    import doctest

    import wirecoder.events.headlines as module

    result = doctest.testmod(module, extraglobs={"nlp": nlp})
    assert result.attempted > 0 and result.failed == 0
